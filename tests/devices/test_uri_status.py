"""Device URIs, profiles, DLE EOT status bits, file printers."""

from __future__ import annotations

from pathlib import Path

import pytest

from omnipos.devices.decode import decode_escpos
from omnipos.devices.errors import DeviceError, DeviceErrorKind
from omnipos.devices.printer import Printer
from omnipos.devices.profiles import get_profile
from omnipos.devices.status import PrinterState, is_status_byte, state_from_bytes
from omnipos.devices.uri import parse_device_uri


def test_tcp_uri_with_default_port() -> None:
    uri = parse_device_uri("tcp://192.168.1.50")
    assert (uri.scheme, uri.host, uri.port) == ("tcp", "192.168.1.50", 9100)
    assert parse_device_uri("tcp://printer.local:9101").port == 9101


def test_usb_uri_hex_ids_and_endpoints() -> None:
    uri = parse_device_uri("usb://04b8:0202?in_ep=0x81&out_ep=0x02")
    assert (uri.vendor_id, uri.product_id) == (0x04B8, 0x0202)
    assert uri.int_option("in_ep", 0x82) == 0x81
    assert uri.int_option("out_ep", 1) == 2


def test_serial_and_file_paths() -> None:
    uri = parse_device_uri("serial:///dev/ttyUSB0?baudrate=19200")
    assert uri.path == "/dev/ttyUSB0" and uri.int_option("baudrate", 9600) == 19200
    assert parse_device_uri("file:///dev/usb/lp0").path == "/dev/usb/lp0"
    assert parse_device_uri("cups://Receipts").host == "Receipts"


@pytest.mark.parametrize(
    "text",
    ["", "192.168.1.50", "tcp://", "tcp://host:port", "usb://04b8", "usb://zz:01",
     "serial://", "ipp://x", "cups://"],
)
def test_bad_uris_are_config_errors(text: str) -> None:
    with pytest.raises(DeviceError) as info:
        parse_device_uri(text)
    assert info.value.kind is DeviceErrorKind.CONFIG
    assert not info.value.retryable


def test_bad_numeric_option() -> None:
    uri = parse_device_uri("serial:///dev/ttyS0?baudrate=fast")
    with pytest.raises(DeviceError):
        uri.int_option("baudrate", 9600)


def test_profiles() -> None:
    assert get_profile("generic-58").columns == 32
    assert get_profile(None).key == "generic-80"
    with pytest.raises(DeviceError):
        get_profile("tm-xyz")


@pytest.mark.parametrize(
    ("printer", "cause", "paper", "state"),
    [
        (0x12, None, 0x12, PrinterState.OK),
        (0x12, None, 0x1E, PrinterState.PAPER_LOW),
        (0x1A, 0x32, 0x72, PrinterState.PAPER_OUT),
        (0x1A, 0x16, 0x12, PrinterState.COVER_OPEN),
        (0x1A, 0x12, 0x12, PrinterState.OFFLINE),
        (0x1A, None, None, PrinterState.OFFLINE),
    ],
)
def test_state_from_dle_eot_answers(printer: int, cause: int | None, paper: int | None,
                                    state: PrinterState) -> None:
    assert state_from_bytes(printer, cause, paper) is state


def test_status_byte_fixed_bits() -> None:
    assert is_status_byte(0x12) and is_status_byte(0x1A)
    assert not is_status_byte(0x00) and not is_status_byte(0xFF)


def test_file_printer_writes_bytes_and_has_unknown_status(tmp_path: Path) -> None:
    target = tmp_path / "lp0"
    target.touch()
    with Printer(f"file://{target}", "generic-80") as printer:
        assert printer.status() is PrinterState.UNKNOWN
        printer.write(b"hello\n")
        printer.kick_drawer()
    assert decode_escpos(target.read_bytes()) == ["hello", "[DRAWER pin2]"]
    with Printer(target.as_uri(), "generic-80") as printer:  # a second job appends
        printer.write(b"again\n")
    assert decode_escpos(target.read_bytes()) == ["hello", "[DRAWER pin2]", "again"]


def test_file_printer_in_missing_directory_is_offline(tmp_path: Path) -> None:
    with pytest.raises(DeviceError) as info:
        Printer(f"file://{tmp_path}/no/such/dir/lp0", "generic-80").open()
    assert info.value.kind is DeviceErrorKind.OFFLINE


def test_unreachable_tcp_printer_is_offline() -> None:
    with pytest.raises(DeviceError) as info:
        Printer("tcp://127.0.0.1:1", "generic-80", timeout=0.5).open()
    assert info.value.kind is DeviceErrorKind.OFFLINE


def test_dummy_printer_keeps_output() -> None:
    with Printer("dummy://", "tm-t88") as printer:
        printer.write(b"abc\n")
        assert printer.output == b"abc\n"


def test_printer_refuses_other_threads() -> None:
    import threading

    printer = Printer("dummy://", "tm-t88")
    printer.open()
    errors: list[BaseException] = []

    def use() -> None:
        try:
            printer.write(b"x")
        except AssertionError as exc:
            errors.append(exc)

    thread = threading.Thread(target=use)
    thread.start()
    thread.join()
    printer.close()
    assert errors


def test_missing_usb_printer_is_offline() -> None:
    """No such USB device (or no libusb): one DeviceError, never a pyusb exception."""
    with pytest.raises(DeviceError) as info:
        Printer("usb://dead:beef", "tm-t88", timeout=0.5).open()
    assert info.value.kind is DeviceErrorKind.OFFLINE
    assert "usb://dead:beef" in str(info.value)


def test_cups_without_pycups_is_a_config_error() -> None:
    from escpos.printer import CupsPrinter

    if CupsPrinter.is_usable():
        pytest.skip("pycups is installed here")
    with pytest.raises(DeviceError) as info:
        Printer("cups://Receipts", "generic-80").open()
    assert info.value.kind is DeviceErrorKind.CONFIG


def test_sync_open_drawer_on_offline_printer_pulses_now() -> None:
    from omnipos.devices.printing import open_drawer
    from tests.devices.fakes import FakeTcpPrinter

    fake = FakeTcpPrinter(state="cover_open").start()
    try:
        open_drawer(fake.uri, "tm-t88")
        assert decode_escpos(fake.wait_jobs(1)[0]) == ["[DRAWER pin2 now]"]
    finally:
        fake.stop()
