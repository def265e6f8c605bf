"""Work-arounds for defects in the Qt binding, each guarded by the exact versions hit.

PySide6 / shiboken6 6.12.0 on CPython 3.11 drops one reference to ``True``
every time a signal is delivered to a Python callable (measured here: 200
deliveries, ``sys.getrefcount(True)`` 200 lower). ``True`` starts with a few
thousand references, so a till dies with "Fatal Python error: bool_dealloc"
after a few thousand signals: a busy morning. CPython 3.12 made ``True``,
``False`` and ``None`` immortal, and PySide6 6.11 does not have the defect.

The real fix is to pin the binding (``PySide6-Essentials<6.12`` or ``!=6.12.0``)
or to run on Python 3.12+. Until then ``apply()`` raises the reference counts
of the singletons so far that the lost references can never bring them to
zero; it changes nothing else and does nothing on versions without the defect.
"""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)

_AFFECTED_BINDINGS = ("6.12.0",)
_HEADROOM = 1 << 40  # lost references a process could never reach
_applied = False


def needs_refcount_guard() -> bool:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False  # immortal singletons: the lost references are harmless
    import shiboken6

    return str(getattr(shiboken6, "__version__", "")) in _AFFECTED_BINDINGS


def apply() -> bool:
    """Guard the singletons against the binding's lost references; True when applied."""
    global _applied
    if _applied or not needs_refcount_guard():
        return _applied
    for obj in (True, False, None):
        # ob_refcnt is the first field of every CPython 3.11 object.
        ctypes.c_ssize_t.from_address(id(obj)).value += _HEADROOM
    _applied = True
    log.warning("PySide6 %s on Python %s loses references to True per signal; guard applied. "
                "Pin PySide6-Essentials<6.12 or use Python 3.12+.",
                _AFFECTED_BINDINGS[0], sys.version.split()[0])
    return True
