"""What the services, the catalog import, the printer and sign-in refuse reads in Spanish.

Each message is written in English below the UI (its ``str()`` stays English for the log)
and the till says it in its language where the person reads it: the wizard's products step,
the lock screen, the device settings' test print and the unusual float's question.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from omnipos.db.engine import Database, open_database
from omnipos.db.settings import set_setting
from omnipos.domain.errors import PermissionDenied, ValidationError, message
from omnipos.domain.shifts import CashCount
from omnipos.services.shifts import AUTO_SHIFT_SETTING, ShiftService, UnusualFloat
from omnipos.services.staff import StaffService
from omnipos.services.sync import SyncService, enrollment_problem
from omnipos.sync.errors import SyncError, SyncErrorKind, said_record
from omnipos.sync.state import LAST_ERROR, set_state
from omnipos.ui.common.tasks import SyncTaskRunner
from omnipos.ui.devices.device_settings import DeviceSettingsController
from omnipos.ui.devices.device_settings_view import DeviceSettingsView
from omnipos.ui.i18n import error_text
from omnipos.ui.setup.wizard_view import Step
from omnipos.ui.sync.sync_status import SyncSnapshot
from tests.support.staff import Crew, FakeClock
from tests.ui.conftest import SOAP, staffed_till, type_keys
from tests.ui.setup.conftest import FirstRun

CATALOG = """sku,name,gtin,price,tax_class
A1,Jabón de lavanda,4006381333931,3.99,general
A2,Leche entera 1 l,036000291452,1.29,reducido
A3,Pan de masa madre,,four fifty,general
A4,Aceite de oliva 1 l,5901234123457,8.99,vat
"""


@pytest.fixture
def new_db(tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "new.sqlite3")
    yield db
    db.close()


def test_the_catalog_imports_line_errors_are_spanish_in_the_wizard(
        qtbot: Any, spanish: None, new_db: Database, tmp_path: Path) -> None:
    run = FirstRun(qtbot, new_db, tmp_path)
    run.key(Qt.Key.Key_F3)
    run.fill_store("S7", "Tienda Mayor", "general=21%, reducido=10%", currency="EUR")
    run.key(Qt.Key.Key_F12)
    assert run.wizard.step is Step.CATALOG, run.view.error.text()
    page = run.view.catalog_page
    csv = tmp_path / "productos.csv"
    csv.write_text(CATALOG, encoding="utf-8")
    qtbot.keyClicks(page.file_field, str(csv))
    run.key(Qt.Key.Key_F12)
    assert page.problems.isVisible()
    assert page.problems.toPlainText().splitlines() == [
        "línea 4: precio: el importe 'four fifty' no es un número decimal sencillo",
        "línea 5: clase de impuesto desconocida 'vat' (conocidas: general, reducido)",
    ]
    missing = tmp_path / "no-esta.csv"
    page.file_field.setText(str(missing))
    qtbot.keyClick(page.file_field, Qt.Key.Key_Return)  # a file that is not there
    assert page.result.text() == f"No existe el archivo: {missing}"


def test_the_lock_out_and_the_wrong_pin_countdown_are_spanish(
        qtbot: Any, spanish: None, store_db: Database, staff_svc: StaffService, crew: Crew,
        clock: FakeClock, tmp_path: Path) -> None:
    ui = staffed_till(qtbot, store_db, staff_svc, clock, tmp_path)
    login = ui.login
    error = login.screen.error
    said = []
    for _ in range(5):
        type_keys(qtbot, "1111", Qt.Key.Key_Return)
        said.append(error.text())
    assert said[0] == "PIN incorrecto (quedan 4 intentos antes del bloqueo)"
    assert said[3] == "PIN incorrecto (queda 1 intento antes del bloqueo)"
    assert said[4] == ("Demasiados PIN incorrectos: bloqueo de la identificación por PIN en "
                       "esta caja durante 15 minutos")
    type_keys(qtbot, "2468", Qt.Key.Key_Return)  # the right PIN waits out the lock too
    assert login.locked
    assert error.text() == (
        "La identificación por PIN en esta caja: bloqueo de 15 minutos más por demasiados PIN "
        "incorrectos (identifíquese con su número de empleado y PIN, o con su tarjeta)")
    clock.advance(minutes=14, seconds=30)  # one minute left, said in the singular
    type_keys(qtbot, "2468", Qt.Key.Key_Return)
    assert login.locked
    assert error.text().startswith(
        "La identificación por PIN en esta caja: bloqueo de 1 minuto más por demasiados PIN")



def _closed_port() -> int:
    """A loopback port nothing listens on: a printer that is switched off."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_a_printer_that_is_off_is_said_in_spanish(qtbot: Any, spanish: None) -> None:
    uri = f"tcp://127.0.0.1:{_closed_port()}"
    values = {"printer.uri": uri, "printer.profile": "tm-t20", "scanner.terminator": "tab",
              "store.name": "Tienda Mayor", "store.currency": "EUR"}
    view = DeviceSettingsView()
    qtbot.addWidget(view)
    DeviceSettingsController(view, load=lambda: dict(values), save=lambda *_a, **_k: None,
                             runner=SyncTaskRunner())
    view.test_print_button.click()
    assert view.printer_status.text() == (
        f"Problema: No se puede contactar con la impresora {uri}: la conexión fue rechazada "
        "(¿está encendida?)")


def test_the_unusual_float_is_asked_in_spanish(
        qtbot: Any, spanish: None, store_db: Database, staff_svc: StaffService, crew: Crew,
        clock: FakeClock, tmp_path: Path) -> None:
    with store_db.transaction() as s:
        set_setting(s, AUTO_SHIFT_SETTING, False)  # the first scan asks for the float
    ui = staffed_till(qtbot, store_db, staff_svc, clock, tmp_path)
    type_keys(qtbot, "2468", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ui.sell.view.scan_field)
    type_keys(qtbot, SOAP, Qt.Key.Key_Return)
    shift = ui.manager.shift
    qtbot.waitUntil(lambda: shift.open_dialog is not None and shift.open_dialog.isActiveWindow())
    type_keys(qtbot, "11", Qt.Key.Key_Return)  # eleven 100.00 notes: 1,100.00, over 500.00
    qtbot.waitUntil(lambda: shift.confirm_dialog is not None
                    and shift.confirm_dialog.isVisible())
    question = shift.confirm_dialog.question.text()
    assert question.startswith("El fondo contado es ") and "más que el habitual" in question
    assert question.endswith("¿Abrir el turno con él?")
    assert shift._shifts.current() is None  # not opened until it is confirmed
    # The service's own words for it (the command line and the log read them in English).
    refusal = UnusualFloat(110000, 50000, "USD")
    assert str(refusal) == ("the float counted (1100.00 USD) is more than the usual 500.00 USD: "
                            "count again, or confirm it")
    spoken = error_text(refusal)
    assert spoken.startswith("el fondo contado (") and "es más que el habitual" in spoken
    assert spoken.endswith("cuéntelo de nuevo o confírmelo")


def test_enrollment_and_sync_errors_are_spanish(spanish: None, store_db: Database) -> None:
    url = "https://hub.tienda.example:8443"
    down = SyncError(SyncErrorKind.NETWORK, message("hub unreachable: {reason}"),
                     reason="ConnectError: [Errno 111] Connection refused")
    refused = enrollment_problem(down, url)
    assert str(refused).startswith(f"Cannot reach the hub at {url}: check the address")
    assert error_text(refused) == (
        f"No se puede contactar con el hub en {url}: compruebe la dirección y la red. (no se "
        "puede contactar con el hub: ConnectError: [Errno 111] Connection refused)")
    used = SyncError(SyncErrorKind.AUTH, message("hub answered {code}: {reason}"), status=403,
                     code=403, reason="enrollment code unknown")
    assert error_text(enrollment_problem(used, url)) == (
        "El hub rechazó el código: no existe, ya se usó o ha caducado. Pida uno nuevo.")
    # The status bar reads the last error from the sync state, written by the worker.
    changed = SyncError(SyncErrorKind.CERTIFICATE, message("{problem}; enroll again"),
                        problem=ValidationError(message("the hub {hub} is not reached over "
                                                        "HTTPS"), hub=url))
    with store_db.transaction() as s:
        set_state(s, LAST_ERROR, {"kind": str(changed.kind), "message": str(changed),
                                  "said": said_record(changed)})
    snap = SyncSnapshot.from_status(SyncService(store_db).status())
    assert snap.last_error == f"al hub {url} no se llega por HTTPS; registre la caja de nuevo"
    assert snap.certificate_problem


def test_the_manager_approval_prompt_is_spanish(
        spanish: None, store_db: Database, crew: Crew, clock: FakeClock) -> None:
    shifts = ShiftService(store_db, clock=clock)
    shifts.open(CashCount("USD", {2000: 5}), actor=crew.cashier)
    with pytest.raises(PermissionDenied) as refused:
        shifts.pay_out(500, "window cleaner", actor=crew.cashier)
    assert str(refused.value) == ("Cam Cashier (#1) may not pay cash in or out (pay out of "
                                  "5.00 USD): a manager must approve")
    said = error_text(refused.value)
    assert said.startswith("Cam Cashier (#1) no puede meter o sacar efectivo de la caja "
                           "(salida de caja de 5,00")
    assert said.endswith("): debe autorizarlo un encargado")
