"""The application-wide scan filter and router, with Qt offscreen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from omnipos.devices.wedge import WedgeDetector
from omnipos.ui.shell.scanning import ScanFilter, ScanRouter, install_scan_filter


class FakeClock:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def setup(qtbot, clock: FakeClock) -> Iterator[tuple[ScanFilter, ScanRouter, QLineEdit, QLineEdit]]:
    app = QApplication.instance()
    router = ScanRouter()
    scan_filter = install_scan_filter(app, router, WedgeDetector(clock=clock))
    window = QWidget()
    layout = QVBoxLayout(window)
    search, other = QLineEdit(), QLineEdit()
    layout.addWidget(search)
    layout.addWidget(other)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is search)
    yield scan_filter, router, search, other
    app.removeEventFilter(scan_filter)
    scan_filter.deleteLater()


def _type(qtbot, widget: QWidget, text: str, clock: FakeClock, gap: float) -> None:
    for char in text:
        qtbot.keyClick(widget, char)
        clock.t += gap


def _enter(qtbot, widget: QWidget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_scan_goes_to_handler_not_to_focused_search_box(qtbot, setup, clock) -> None:
    _scan_filter, router, search, _ = setup
    got: list[str] = []
    router.push(got.append, name="till")
    _type(qtbot, search, "5901234123457", clock, 0.004)
    _enter(qtbot, search)
    assert got == ["5901234123457"]
    assert search.text() == ""


def test_human_typing_reaches_the_widget(qtbot, setup, clock) -> None:
    scan_filter, router, search, _ = setup
    got: list[str] = []
    router.push(got.append)
    for char in "milk":
        qtbot.keyClick(search, char)
        clock.t += 0.2
        scan_filter.poll()  # what the timer does after max_gap
    _enter(qtbot, search)
    assert got == []
    assert search.text() == "milk"


def test_held_keys_released_by_the_timer(qtbot, setup) -> None:
    """Real clock: one key, then the single-shot timer releases it."""
    scan_filter, router, search, _ = setup
    scan_filter.detector = WedgeDetector()  # monotonic clock
    router.push(lambda code: None)
    qtbot.keyClick(search, "a")
    qtbot.waitUntil(lambda: search.text() == "a", timeout=2000)


def test_scan_while_another_field_has_focus(qtbot, setup, clock) -> None:
    _, router, _search, other = setup
    other.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is other)
    got: list[str] = []
    router.push(got.append)
    _type(qtbot, other, "S001-T01-000123", clock, 0.003)
    _enter(qtbot, other)
    assert got == ["S001-T01-000123"] and other.text() == ""


def test_no_handler_types_the_scan(qtbot, setup, clock) -> None:
    _, router, search, _ = setup
    seen: list[str] = []
    router.scanned.connect(seen.append)
    _type(qtbot, search, "96385074", clock, 0.003)
    _enter(qtbot, search)
    assert search.text() == "96385074"
    assert seen == ["96385074"]


def test_a_shortcut_typed_right_after_fast_keys_never_overtakes_them(qtbot, setup, clock) -> None:
    """Keys held as a possible scan reach their box before a function key's shortcut runs.

    Qt runs a shortcut before the key press is delivered, so without care F12 typed
    within the scan gap after "12" would pay with "" in the box and "12" arriving after.
    """
    _, router, search, _ = setup
    router.push(lambda code: None)
    seen: list[str] = []
    shortcut = QShortcut(QKeySequence(Qt.Key.Key_F12), search.window())
    shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
    shortcut.activated.connect(lambda: seen.append(search.text()))
    _type(qtbot, search, "12", clock, 0.004)
    assert search.text() == ""  # held: it may still be the start of a scan
    qtbot.keyClick(search, Qt.Key.Key_F12)
    assert seen == ["12"]
    assert search.text() == "12"


def test_a_scan_ending_in_a_key_with_a_shortcut_is_not_broken_up(qtbot, setup, clock) -> None:
    """Printable keys that match no shortcut leave the held scan alone."""
    _, router, search, _ = setup
    got: list[str] = []
    router.push(got.append)
    shortcut = QShortcut(QKeySequence(Qt.Key.Key_F12), search.window())
    shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
    _type(qtbot, search, "5901234123457", clock, 0.004)
    _enter(qtbot, search)
    assert got == ["5901234123457"] and search.text() == ""


def test_router_stack_and_owner(qtbot) -> None:
    router = ScanRouter()
    till: list[str] = []
    pickups: list[str] = []
    router.push(till.append, name="till")
    owner = QWidget()
    router.push(pickups.append, owner=owner, name="pickups")
    assert router.current == "pickups"
    router.route("1")
    owner.deleteLater()
    qtbot.waitUntil(lambda: router.current == "till")
    router.route("2")
    assert (till, pickups) == (["2"], ["1"])


def test_route_from_thread(qtbot) -> None:
    import threading

    router = ScanRouter()
    got: list[str] = []
    router.push(got.append)
    thread = threading.Thread(target=router.route_from_thread, args=("5901234123457",))
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: got == ["5901234123457"])


def test_pop_unknown_token() -> None:
    router = ScanRouter()
    token = router.push(lambda code: None)
    assert router.pop(token) and not router.pop(token)


def test_held_keys_for_a_deleted_widget_are_dropped(qtbot, setup, clock) -> None:
    scan_filter, router, search, _other = setup
    router.push(lambda code: None)
    qtbot.keyClick(search, "x")
    assert scan_filter.detector.pending == "x"
    search.deleteLater()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not search)
    clock.t += 1.0
    scan_filter.poll()  # must not raise
    assert scan_filter.detector.pending == ""
