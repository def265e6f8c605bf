"""Pole displays: the DM-D and CD5220 command sets, written over a pseudo-terminal."""

from __future__ import annotations

import os
import select
import time
import tty
from collections.abc import Iterator
from decimal import Decimal

import pytest

from omnipos.devices.errors import DeviceError
from omnipos.devices.pole_display import (
    DisplayProtocol,
    PoleDisplay,
    display_bytes,
    fit,
    paid_lines,
    sale_lines,
)
from omnipos.domain.cart import Cart, ProductInfo
from omnipos.domain.tax import PriceMode, RoundingMode, TaxPolicy

POLICY = TaxPolicy(PriceMode.INCLUSIVE, RoundingMode.LINE, {"vat": Decimal("0.2")}, "EUR")
CREME = ProductInfo(1, "CREME", "Crème brûlée dessert pot", 349, "vat")
BREAD = ProductInfo(2, "BREAD", "Bread", 250, "vat")


@pytest.fixture
def pty_pair() -> Iterator[tuple[int, str]]:
    if not hasattr(os, "openpty"):
        pytest.skip("needs a POSIX pty")
    master, slave = os.openpty()
    tty.setraw(slave)
    tty.setraw(master)
    yield master, os.ttyname(slave)
    os.close(slave)
    os.close(master)


def _read(master: int, count: int, timeout: float = 5.0) -> bytes:
    data = b""
    deadline = time.monotonic() + timeout
    while len(data) < count:
        ready, _, _ = select.select([master], [], [], max(deadline - time.monotonic(), 0))
        if not ready:
            break
        data += os.read(master, 4096)
    return data


def test_each_command_set_byte_for_byte() -> None:
    top, bottom = "Bread          2.50", "TOTAL          2.50"
    assert display_bytes(DisplayProtocol.DMD, top, bottom) == (
        b"\x1b@\x1f\x01\x0c" + b"Bread          2.50 " + b"\x1f$\x01\x02"
        + b"TOTAL          2.50 ")
    assert display_bytes(DisplayProtocol.CD5220, top, bottom) == (
        b"\x1b@\x1bQA" + b"Bread          2.50 " + b"\r\x1bQB" + b"TOTAL          2.50 "
        + b"\r")


def test_text_is_ascii_of_the_width() -> None:
    assert fit("Crème brûlée") == b"Creme brulee        "
    assert fit("日本\x1b[2J") == b"???[2J              "  # no control byte reaches it
    assert fit("x" * 30) == b"x" * 20


def test_the_last_line_and_the_total() -> None:
    cart = Cart(POLICY)
    assert sale_lines(cart.view(), "Welcome to Corner") == ("Welcome to Corner", "")
    cart.add(BREAD)
    cart.add(CREME, 2)
    top, bottom = sale_lines(cart.view())
    assert top == "2 x Crème brûlé 6.98" and len(top) == 20
    assert bottom == "TOTAL           9.48"
    assert paid_lines(948, 52, "EUR") == ("TOTAL           9.48", "CHANGE          0.52")
    assert paid_lines(948, 0, "EUR")[1] == "Thank you"


@pytest.mark.parametrize("protocol", list(DisplayProtocol))
def test_a_serial_display_receives_the_lines(pty_pair, protocol: DisplayProtocol) -> None:
    master, path = pty_pair
    display = PoleDisplay(f"serial://{path}?baudrate=9600", protocol)
    try:
        display.show("Bread 2.50", "TOTAL 2.50")
        expected = display_bytes(protocol, "Bread 2.50", "TOTAL 2.50")
        assert _read(master, len(expected)) == expected
        display.show("Thank you", "")
        again = display_bytes(protocol, "Thank you", "")
        assert _read(master, len(again)) == again
    finally:
        display.close()


def test_a_missing_display_or_a_bad_address_says_so() -> None:
    with pytest.raises(DeviceError) as missing:
        PoleDisplay("serial:///dev/omnipos-no-such-tty").show("a", "b")
    assert missing.value.kind == "offline" and "not answering" in str(missing.value)
    with pytest.raises(DeviceError) as bad:
        PoleDisplay("tcp://10.0.0.5:9100")
    assert bad.value.kind == "config"
    with pytest.raises(DeviceError, match="cd5220"):
        PoleDisplay("serial:///dev/ttyUSB1", "vfd2000")
