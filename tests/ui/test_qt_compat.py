"""The guard against PySide6 6.12.0 losing references to True on CPython 3.11."""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QCoreApplication, QObject, Signal
    from omnipos.ui import qt_compat
    guarded = qt_compat.apply()
    app = QCoreApplication([])
    class A(QObject):
        s = Signal(object)
    a = A()
    a.s.connect(lambda v: None)
    for _ in range(50_000):  # far more than True's references without the guard
        a.s.emit(1)
    print("survived", guarded)
""")


def test_many_signals_do_not_crash_the_process() -> None:
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=False,
                         timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "survived" in out.stdout
