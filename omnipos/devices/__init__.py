"""Receipt printers, cash drawer and barcode scanners. No Qt here.

* ``printing`` - what the till calls: ``PrintQueue``, ``render_receipt``,
  ``open_printer``, ``print_now``, ``open_drawer`` (see its docstring).
* ``printer`` - one printer over python-escpos, raising ``DeviceError``.
* ``uri``, ``profiles``, ``status`` - addresses, models, DLE EOT status.
* ``templates``, ``writer``, ``documents``, ``decode`` - receipt layout and
  reading ESC/POS bytes back as text.
* ``wedge`` - keyboard-wedge scan detection; ``serial_scanner`` - serial scanners.
"""
