"""What the till's first window is built without: the heavy imports it defers until it shows.

A fresh process starts the till as the ``omnipos`` command does and lists, the moment its
window is visible, which of the deferred modules are loaded already. Each is loaded later
on purpose (the reason beside it); one that creeps back into the start shows up here. How
long the start takes is measured by bench/bench_startup.py, not here.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from omnipos.db.models import LATER
from tests.conftest import make_store

DEFERRED = {
    "pydantic": "the sync events' payload models: TillServices.warm_up, after the window shows",
    "omnipos.sync.events": "the same",
    "escpos": "the printer stack: set up once the window shows (ui/app.py)",
    "usb": "the same (python-escpos's USB printers)",
    "alembic": "the migrations' machinery: only when the schema is behind",
    "httpx": "the hub client: the sync worker starts after the window shows",
    "biip": "the GS1 and UPC-E parser: TillServices.warm_up",
    "omnipos.services.pickups": "the Pickups screen's service: imported on a worker",
    "omnipos.ui.pickups.pickups_view": "the Pickups screen: built on Alt+2 or after its import",
    **{f"omnipos.db.models.{concept}": "the models of a screen built later" for concept in LATER},
}

CHILD = """
import os
import sys

from omnipos.cli import main

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])
deferred = sys.argv[2].split()


def poll():
    from omnipos.ui.shell.main_window import MainWindow

    if not any(isinstance(w, MainWindow) and w.isVisible() for w in app.topLevelWidgets()):
        QTimer.singleShot(5, poll)
        return
    print("LOADED", *sorted(m for m in deferred if m in sys.modules), flush=True)
    os._exit(0)


QTimer.singleShot(0, poll)
main(["--data-dir", sys.argv[1]])
"""


def test_the_first_window_shows_before_the_deferred_imports(tmp_path: Path) -> None:
    make_store(tmp_path / "omnipos.sqlite3").close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    done = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path), " ".join(DEFERRED)],
                          env=env, capture_output=True, text=True, timeout=120)
    lines = [line for line in done.stdout.splitlines() if line.startswith("LOADED")]
    assert lines, f"the till window never showed:\n{done.stderr[-2000:]}"
    loaded = lines[0].split()[1:]
    assert not loaded, "loaded before the window showed: " + "; ".join(
        f"{name} ({DEFERRED[name]})" for name in loaded)
