"""The status bar and the Sync screen say what threatens the till's sync (issue 15).

Events missing at the hub (a gap), a keyring that keeps secrets unencrypted,
a hub reached over plain HTTP, and a hub certificate that changed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStatusBar

from omnipos.db.engine import Database
from omnipos.db.settings import set_settings
from omnipos.sync.state import GAPS, LAST_ERROR, ONLINE, set_state
from omnipos.ui.sync.sync_status import ATTENTION, SyncStatusWidget
from tests.ui.sync.test_sync_ui import _shot, _snap, _till

CHANGED = ("The hub's certificate changed: this till pinned SHA-256 AA:BB at enrollment, the "
           "hub now shows CC:DD. Sync is stopped so that the device token goes to no other "
           "server.")
KEYRING = ("The keyring (keyrings.alt.file.PlaintextKeyring) keeps secrets UNENCRYPTED in a "
           "file: anyone who can read that file has this till's device token.")
HTTP = ("The hub http://hub.lab:8700 is reached over plain HTTP (--allow-http): the device "
        "token crosses the network unencrypted.")


def test_the_status_bar_says_it_plainly(qtbot: Any) -> None:
    from omnipos.ui.common.style import load_style

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setStyleSheet(load_style())
    bar = QStatusBar()
    qtbot.addWidget(bar)
    w = SyncStatusWidget(bar)
    bar.addPermanentWidget(w)
    bar.resize(1200, 40)
    bar.show()
    qtbot.waitExposed(bar)
    w.show_snapshot(_snap(security=(("Keyring unencrypted", KEYRING), ("Plain HTTP", HTTP)),
                          gap_warning="The hub is missing event 2 (not on this till any more) "
                                      "of this till."))
    w.show_pulling(None)  # the controller ends 'connecting' when the first pass reports
    assert w.state == ATTENTION  # online, but not as safe as it should be
    text = w.queue_label.text()
    assert "⚠ Keyring unencrypted" in text and "⚠ Plain HTTP" in text
    assert "events missing at the hub" in text
    assert KEYRING in w.toolTip() and HTTP in w.toolTip() and "missing event 2" in w.toolTip()
    qtbot.waitUntil(lambda: w.queue_label.width() >= w.queue_label.sizeHint().width())
    _shot(w, "status_insecure")
    w.show_snapshot(_snap(online=False, certificate_problem=True, last_error=CHANGED))
    assert w.state == ATTENTION and w.state_label.text() == "Certificate changed"
    assert w.error_label.isVisible() and w.error_label.text().startswith("The hub's certificate")
    _shot(w, "status_certificate")


def test_the_sync_screen_lists_the_warnings(qtbot: Any, db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        set_settings(s, {"device.id": "d-1", "hub.url": "http://hub.lab:8700",
                         "hub.allow_http": True})
        set_state(s, GAPS, [{"first": 41, "last": 47, "held_here": 0}])
        set_state(s, LAST_ERROR, {"kind": "certificate", "message": CHANGED, "at": "now"})
        set_state(s, ONLINE, False)
    controller, sync = _till(qtbot, db, tmp_path, starter=lambda changed, progress: None)
    try:
        qtbot.waitUntil(lambda: sync.widget.state == ATTENTION)
        qtbot.keyClick(controller.view.scan_field, Qt.Key.Key_F10)
        qtbot.waitUntil(lambda: sync.shown and sync.view.warnings.isVisible())
        lines = sync.view.warnings.text()
        assert "The hub's certificate changed" in lines
        assert "The hub is missing events 41-47 of this till (not on this till any more)" in lines
        assert "plain HTTP" in lines
        _shot(controller.view.window(), "screen_warnings")
    finally:
        sync.stop()


def test_a_spanish_till_says_the_gaps_and_the_plain_http_link_in_spanish(
        qapp: QApplication, db: Database) -> None:
    """What the sync services say (gaps, security) reaches the screen in the till's language;
    ``omnipos status`` keeps the English."""
    from omnipos.services.sync import SyncService
    from omnipos.ui.i18n import Language, install
    from omnipos.ui.sync.sync_status import SyncSnapshot

    with db.transaction() as s:
        set_settings(s, {"device.id": "d-1", "hub.url": "http://hub.lab:8700",
                         "hub.allow_http": True})
        set_state(s, GAPS, [{"first": 41, "last": 47, "held_here": 0},
                            {"first": 50, "last": 50, "held_here": 1}])
    info = SyncService(db).status()
    install(qapp, Language("es", "es_ES"))
    try:
        snap = SyncSnapshot.from_status(info)
    finally:
        install(qapp, Language("en", "en_US"))
    assert snap.gap_warning == ("Al hub le faltan los eventos 41-47 de esta caja (ya no están "
                                "en esta caja). Al hub le falta el evento 50 de esta caja "
                                "(está aquí: enviado de nuevo, o en cuarentena aquí).")
    assert ("HTTP sin cifrar", "Al hub http://hub.lab:8700 se llega por HTTP sin cifrar "
            "(--allow-http): el token del dispositivo cruza la red sin cifrar.") in snap.security
    english = SyncSnapshot.from_status(info)
    assert english.gap_warning == info["gap_warning"]
    assert ("Plain HTTP", HTTP) in english.security
