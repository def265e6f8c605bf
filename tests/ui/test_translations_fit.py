"""Words that are longer in Spanish or German still fit the till's 1280x800 screen.

``cut`` names every visible label, button and placeholder of a window whose
words are wider than the room they were given (Qt clips or elides them
without a word). The shell's tabs, the Sell screen, the lock screen and the
store form are checked in Spanish and German; the wizard's pages are checked
as tests/ui/setup/test_wizard_spanish.py walks them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget

from omnipos.services.selling import CheckoutService
from omnipos.services.setup import StoreSetup
from omnipos.ui.app import create_till
from omnipos.ui.common.style import load_style
from omnipos.ui.common.tasks import SyncTaskRunner
from omnipos.ui.counts.counts_view import CountsView
from omnipos.ui.devices.device_settings_view import DeviceSettingsView
from omnipos.ui.devices.receipt_printer import ReceiptPrinter
from omnipos.ui.i18n import Language, install
from omnipos.ui.manager.shift_menu import ShiftMenu
from omnipos.ui.parcels.parcels_view import ParcelsView
from omnipos.ui.pickups.pickups_view import PickupsView
from omnipos.ui.returns.returns_view import ReturnsView
from omnipos.ui.shell.keymap import ScreenId
from omnipos.ui.stock.stock_view import StockView
from omnipos.ui.sync.sync_view import SyncView
from tests.ui.conftest import _make_till, show_window

FIELD_MARGINS = 24  # a line edit's frame and text margins, both sides (till.qss padding)


def cut(root: QWidget) -> list[str]:
    """What ``root`` shows cut: each as "kind 'text' (room < needed px)"."""
    QApplication.processEvents()  # the layouts a new text asked for, done as on screen
    found = []
    right = root.window().width()
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and widget.text() and not widget.wordWrap() \
                and widget.pixmap().isNull():
            room, needed, text = widget.width(), widget.minimumSizeHint().width(), widget.text()
        elif isinstance(widget, QAbstractButton) and widget.text():
            room, needed, text = widget.width(), widget.minimumSizeHint().width(), widget.text()
        elif isinstance(widget, QLineEdit) and widget.placeholderText() and not widget.text():
            text = widget.placeholderText()
            room = widget.width() - FIELD_MARGINS
            needed = widget.fontMetrics().horizontalAdvance(text)
        else:
            continue
        edge = widget.mapTo(root.window(), QPoint(widget.width(), 0)).x()
        if needed > room or edge > right:
            kind = type(widget).__name__
            found.append(f"{kind} {text!r} ({room} < {needed} px, right edge {edge})")
    return found


@pytest.fixture(params=[Language("es", "es_ES"), Language("de", "de_DE")],
                ids=["es", "de"])
def language(request: Any, qapp: QApplication) -> Iterator[Language]:
    yield install(qapp, request.param)
    install(qapp, Language("en", "en_US"))


def test_the_eight_tabs_and_the_sell_screen_fit(
        language: Language, qtbot: Any, db: Any, tmp_path: Path) -> None:
    till = _make_till(qtbot, db, with_printer=True, tmp=tmp_path)
    for screen in ScreenId:  # the tabs of a till with every screen (this one sells only)
        if screen not in till.window.tabs.buttons:
            till.window.tabs.add(screen)
    qtbot.waitUntil(lambda: all(b.isVisible() for b in till.window.tabs.buttons.values()))
    assert till.window.width() == 1280
    assert cut(till.window) == []


def test_the_store_settings_fit(language: Language, qtbot: Any, db: Any, tmp_path: Path) -> None:
    ui = create_till(CheckoutService(db), SyncTaskRunner(), ReceiptPrinter(None),
                     data_dir=str(tmp_path), setup=StoreSetup(db))
    show_window(qtbot, ui.window)
    ui.window.show_screen(ScreenId.MANAGER)
    assert ui.settings is not None and ui.window.current_screen is ui.settings
    assert cut(ui.window) == []


@pytest.mark.parametrize("shift_open", [False, True])
def test_the_shift_menu_fits(language: Language, qtbot: Any, qapp: QApplication,
                             shift_open: bool) -> None:
    qapp.setStyleSheet(load_style())
    menu = ShiftMenu(shift_open, "Morgan Manager (#9)")
    qtbot.addWidget(menu)
    menu.show()
    qtbot.waitExposed(menu)
    assert cut(menu) == []


def test_the_device_settings_fit(language: Language, qtbot: Any, qapp: QApplication) -> None:
    qapp.setStyleSheet(load_style())
    dialog = DeviceSettingsView()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= 1280
    assert cut(dialog) == []


SCREENS = {
    "pickups": lambda: PickupsView(),
    "returns": lambda: ReturnsView("USD"),
    "parcels": lambda: ParcelsView(),
    "counts": lambda: CountsView("USD"),
    "stock": lambda: StockView(),
    "sync": lambda: SyncView(),
}


@pytest.mark.parametrize("screen", sorted(SCREENS))
def test_every_screen_fits_below_the_tabs(language: Language, qtbot: Any, qapp: QApplication,
                                          screen: str) -> None:
    qapp.setStyleSheet(load_style())
    view = SCREENS[screen]()
    qtbot.addWidget(view)
    view.resize(1280, 700)  # 800 less the tabs and the status bar
    view.show()
    qtbot.waitExposed(view)
    assert cut(view) == []
