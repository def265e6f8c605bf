"""The task runner: one database writer thread, results back on the GUI thread by signal."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject, Signal

from omnipos.domain.errors import NotFoundError
from omnipos.ui.common.crash import CrashReporter
from omnipos.ui.common.tasks import DB_THREAD_NAME, SyncTaskRunner, TaskRunner, gui_thread_only


class Results(QObject):
    got = Signal(object)


@pytest.fixture
def runner(qtbot):
    r = TaskRunner()
    yield r
    r.shutdown(wait=True)


def test_db_work_runs_on_the_single_writer_and_returns_on_the_gui_thread(qtbot, runner) -> None:
    gui = threading.current_thread()
    seen: list[tuple[str, str]] = []
    results = Results()

    def done(value: str) -> None:
        seen.append((value, threading.current_thread().name))
        if len(seen) == 20:
            results.got.emit(seen)

    with qtbot.waitSignal(results.got, timeout=5000):
        for i in range(20):
            runner.run_db(lambda i=i: f"{i}:{threading.current_thread().name}", done)
    # In order, all on one worker thread, delivered on the GUI thread.
    assert [int(v.split(":")[0]) for v, _ in seen] == list(range(20))
    assert len({v.split(":")[1] for v, _ in seen}) == 1
    assert seen[0][0].split(":")[1].startswith(DB_THREAD_NAME)
    assert all(name == gui.name for _, name in seen)


def test_user_facing_errors_and_crashes_take_different_roads(qtbot, runner) -> None:
    def not_found() -> None:
        raise NotFoundError("No product for code 123")

    with qtbot.waitSignal(runner.user_error) as blocker:
        runner.run_db(not_found)
    assert str(blocker.args[0]) == "No product for code 123"

    def broken() -> None:
        raise RuntimeError("bug")

    with qtbot.waitSignal(runner.unexpected_error) as blocker:
        runner.run_db(broken)
    assert isinstance(blocker.args[0], RuntimeError)


def test_on_error_handler_gets_the_exception(qtbot, runner) -> None:
    results = Results()
    with qtbot.waitSignal(results.got) as blocker:
        runner.run_net(lambda: 1 / 0, on_error=results.got.emit)
    assert isinstance(blocker.args[0], ZeroDivisionError)


def test_device_workers_are_one_thread_per_device(qtbot, runner) -> None:
    results = Results()
    names: list[tuple[str, str]] = []

    def record(pair: tuple[str, str]) -> None:
        names.append(pair)
        if len(names) == 3:
            results.got.emit(names)

    def job(device: str):
        return lambda: (device, threading.current_thread().name)

    with qtbot.waitSignal(results.got):
        runner.run_device("printer", job("printer"), record)
        runner.run_device("printer", job("printer"), record)
        runner.run_device("scale", job("scale"), record)
    printer = {thread for device, thread in names if device == "printer"}
    scale = {thread for device, thread in names if device == "scale"}
    assert len(printer) == 1 and len(scale) == 1 and printer != scale


def test_busy_signal_brackets_database_work(qtbot, runner) -> None:
    states: list[bool] = []
    runner.busy_changed.connect(states.append)
    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.run_db(lambda: None)
    assert states == [True, False]


def test_sync_runner_runs_at_once() -> None:
    runner = SyncTaskRunner()
    out: list[int] = []
    runner.run_db(lambda: 41 + 1, out.append)
    assert out == [42] and not runner.db_busy


def test_gui_thread_only_refuses_worker_threads(qtbot) -> None:
    @gui_thread_only
    def touch_widgets() -> str:
        return "ok"

    assert touch_widgets() == "ok"
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            touch_widgets()
        except AssertionError as exc:
            errors.append(exc)

    t = threading.Thread(target=worker)
    t.start()
    t.join()
    assert errors and "GUI thread" in str(errors[0])


def test_crash_dialog_shows_once_with_the_details(qtbot) -> None:
    reporter = CrashReporter()
    try:
        raise RuntimeError("first problem")
    except RuntimeError as exc:
        first = exc
    reporter.report(first)
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    dialog = reporter.dialog
    qtbot.addWidget(dialog)
    assert "first problem" in dialog.details.toPlainText()
    reporter.report(RuntimeError("second problem"))
    qtbot.wait(50)
    assert reporter.dialog is dialog
    assert "second" not in dialog.details.toPlainText()
    dialog.copy_button.click()
    from PySide6.QtGui import QGuiApplication

    assert "first problem" in QGuiApplication.clipboard().text()


def test_network_work_waits_for_the_warm_up_on_the_database_thread(qtbot, runner) -> None:
    # Two threads importing pydantic at once broke the bundle's start (ImportError from a
    # half-made module): nothing on the network pool starts before the warm-up has ended.
    release, net_ran = threading.Event(), threading.Event()
    order: list[str] = []

    def warm() -> str:
        release.wait(5)
        order.append("warm")
        return threading.current_thread().name

    def network() -> None:
        order.append("net")
        net_ran.set()

    runner.hold_for_warm_up()  # as run_gui does before the window is shown
    runner.run_net(network)
    warmed: list[str] = []
    runner.warm_up(warm, warmed.append)
    assert not net_ran.wait(0.3)  # held while the warm-up runs
    release.set()
    qtbot.waitUntil(lambda: bool(warmed) and net_ran.is_set(), timeout=5000)
    assert order == ["warm", "net"]
    assert warmed[0].startswith(DB_THREAD_NAME)
    runner.run_net(lambda: order.append("later"))  # after it, nothing waits
    qtbot.waitUntil(lambda: order[-1] == "later", timeout=5000)


def test_a_till_closed_before_its_warm_up_lets_held_network_work_end(qtbot) -> None:
    runner = TaskRunner()
    ran = threading.Event()
    runner.hold_for_warm_up()
    runner.run_net(ran.set)
    runner.shutdown(wait=True)  # the warm-up was never asked for
    assert ran.wait(5)
