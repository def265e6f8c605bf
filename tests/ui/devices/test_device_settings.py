"""The device settings dialog: load/save, test print, drawer, scanner test field."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from omnipos.devices.decode import decode_escpos
from omnipos.domain.barcodes import make_embedded_code
from omnipos.services.devices import DeviceSettings
from omnipos.ui.common.tasks import SyncTaskRunner
from omnipos.ui.devices.device_settings import DeviceSettingsController
from omnipos.ui.devices.device_settings_view import DeviceSettingsView
from omnipos.ui.shell.scanning import ScanRouter
from tests.devices.fakes import FakeTcpPrinter


class Store:
    def __init__(self, **values: Any) -> None:
        self.values: dict[str, Any] = {"printer.uri": "", "printer.profile": "tm-t20",
                                       "scanner.terminator": "tab", "store.name": "Café Müller",
                                       "store.currency": "EUR", **values}
        self.saved: list[dict[str, Any]] = []

    def load(self) -> dict[str, Any]:
        return dict(self.values)

    def save(self, values: dict[str, Any], **_who: Any) -> None:
        self.saved.append(values)
        self.values.update(values)


@pytest.fixture
def make_dialog(qtbot):
    def make(store: Store, router: ScanRouter | None = None, **kwargs: Any):
        view = DeviceSettingsView()
        qtbot.addWidget(view)
        controller = DeviceSettingsController(view, load=store.load, save=store.save,
                                              runner=SyncTaskRunner(), router=router, **kwargs)
        return view, controller

    return make


def test_loads_and_saves_settings(make_dialog) -> None:
    store = Store(**{"printer.uri": "tcp://10.0.0.5:9100"})
    view, _controller = make_dialog(store)
    assert view.uri_edit.text() == "tcp://10.0.0.5:9100"
    assert view.profile_combo.currentData() == "tm-t20"
    assert view.terminator_combo.currentData() == "tab"
    view.uri_edit.setText("usb://04b8:0202")
    view.profile_combo.setCurrentIndex(view.profile_combo.findData("generic-58"))
    view.buttons.accepted.emit()
    assert store.saved == [{"printer.uri": "usb://04b8:0202", "printer.profile": "generic-58",
                            "scanner.terminator": "tab", "display.uri": "",
                            "display.protocol": "dmd", "display.window": "auto"}]


def test_bad_uri_is_not_saved(make_dialog) -> None:
    store = Store()
    view, _ = make_dialog(store)
    view.uri_edit.setText("192.168.1.5")
    view.buttons.accepted.emit()
    assert store.saved == []
    assert "not valid" in view.error.text()


def test_test_print_and_drawer_on_loopback_printer(make_dialog,
                                                  fake_printer: FakeTcpPrinter) -> None:
    no_sales: list[tuple[Any, Any]] = []  # the drawer opens after the journalled no-sale
    view, _ = make_dialog(Store(**{"printer.uri": fake_printer.uri}),
                          no_sale=lambda who, ok: no_sales.append((who, ok)))
    view.test_print_button.click()
    assert "Test page sent" in view.printer_status.text()
    view.drawer_button.click()
    assert no_sales == [(None, None)]
    assert "journalled" in view.printer_status.text()
    jobs = fake_printer.wait_jobs(2)
    assert "TEST PAGE" in decode_escpos(jobs[0], "TM-T20II")
    assert "Café Müller" in decode_escpos(jobs[0], "TM-T20II")
    assert decode_escpos(jobs[1]) == ["[DRAWER pin2]"]


def test_no_drawer_without_the_no_sale(make_dialog, fake_printer: FakeTcpPrinter) -> None:
    """Without the shift service's no-sale the dialog cannot open the drawer at all."""
    view, _ = make_dialog(Store(**{"printer.uri": fake_printer.uri}))
    assert not view.drawer_button.isEnabled()
    view.drawer_button.click()
    view.test_print_button.click()
    assert [decode_escpos(j) for j in fake_printer.wait_jobs(1)
            if "[DRAWER pin2]" in decode_escpos(j)] == []  # one test page, no pulse


def test_a_refused_no_sale_sends_no_pulse(make_dialog, fake_printer: FakeTcpPrinter) -> None:
    from omnipos.domain.errors import PermissionDenied

    def refused(who: Any, ok: Any) -> None:
        raise PermissionDenied("nobody is signed in may not open the drawer without a sale")

    view, _ = make_dialog(Store(**{"printer.uri": fake_printer.uri}), no_sale=refused)
    view.drawer_button.click()
    assert "Drawer not opened" in view.printer_status.text()
    assert fake_printer.jobs == []


def test_paper_out_shows_problem(make_dialog, fake_printer: FakeTcpPrinter) -> None:
    fake_printer.state = "paper_out"
    view, _ = make_dialog(Store(**{"printer.uri": fake_printer.uri}))
    view.test_print_button.click()
    assert view.printer_status.text() == "Problem: Printer is out of paper"
    assert view.test_print_button.isEnabled()


def test_scanner_test_field_shows_code_symbology_validity(make_dialog) -> None:
    router = ScanRouter()
    till: list[str] = []
    router.push(till.append, name="till")
    view, _controller = make_dialog(Store(), router)
    assert router.current == "device settings"
    router.route("]E05901234123457")
    assert view.last_code.text() == "]E05901234123457"
    assert view.symbology.text() == "EAN-13"
    assert view.validity.text().startswith("Yes")
    router.route(make_embedded_code("12345", 1299))
    assert "price 12.99 EUR" in view.details.text()
    router.route("5901234123458")
    assert view.validity.text().startswith("No:") and "check digit" in view.validity.text()
    view.reject()
    assert router.current == "till"
    assert till == []


def test_typed_code_is_tested(make_dialog, qtbot) -> None:
    view, _ = make_dialog(Store())
    view.scan_field.setText("]C10105901234123457172603311034ABC")
    view.scan_field.returnPressed.emit()
    assert view.symbology.text() == "GS1-128"
    assert "batch 34ABC" in view.details.text() and "expires 2026-03-31" in view.details.text()


def test_device_settings_on_till_database(store_db) -> None:
    settings = DeviceSettings(store_db)
    changed = settings.save({"printer.uri": "tcp://127.0.0.1:9100", "printer.profile": "tm-t88",
                             "scanner.terminator": "enter"}, actor=None)  # no staff: allowed
    assert changed == ["printer.uri", "printer.profile", "scanner.terminator"]
    values = settings.load()
    assert values["printer.uri"] == "tcp://127.0.0.1:9100"
    assert values["printer.profile"] == "tm-t88"
    assert values["store.name"]


def test_screenshot(make_dialog, qtbot) -> None:
    """Renders offscreen; set OMNIPOS_SCREENSHOT=path to look at it."""
    view, controller = make_dialog(Store(**{"printer.uri": "tcp://192.168.1.50:9100"}))
    controller.show_scan("]E05901234123457")
    view.show()
    qtbot.waitExposed(view)
    image = view.grab()
    assert image.width() >= 520
    target = os.environ.get("OMNIPOS_SCREENSHOT")
    if target:
        image.save(str(Path(target)))
    QApplication.processEvents()
