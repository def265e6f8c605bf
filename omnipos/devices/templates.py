"""Receipt templates: one function per document kind, writing to a ReceiptWriter.

``render(document, profile, options) -> bytes`` picks the template by the
document's type (and ``SaleReceipt.kind`` for returns). Reprints carry
``copy=True`` and print COPY at the top and the bottom.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from omnipos.devices.documents import CountSheet, PickList, PickupHandover, ShiftReport, TestPage
from omnipos.devices.profiles import PrinterProfile
from omnipos.devices.writer import ReceiptWriter
from omnipos.domain.errors import fill, message
from omnipos.domain.money import Money
from omnipos.domain.receipt import CREDIT_BALANCE, ORIGINAL_RECEIPT, SaleReceipt

__all__ = ["Document", "ReceiptOptions", "render"]

log = logging.getLogger(__name__)

Document = SaleReceipt | PickupHandover | PickList | ShiftReport | CountSheet | TestPage

_TENDER_NAMES = {"cash": message("Cash"), "card": message("Card"),
                 "store_credit": message("Store credit"), "exchange": message("Exchange"),
                 "channel": message("Web order payment")}


def english(words: str, **values: Any) -> str:
    """``words`` (marked with ``message``) in English, filled with ``values``."""
    return fill(words, values)


Say = Callable[..., str]  # (words, **values) -> the words in the till's language, filled


@dataclass(frozen=True, slots=True)
class ReceiptOptions:
    """Per-store print options (settings ``receipt.*``)."""

    logo: Path | None = None
    qr_url: str = ""  # e.g. "https://shop.example/r/{receipt_no}"; "" = no QR
    locale: str = "en_US"
    kick_drawer: bool = False  # add the drawer pulse to this job (cash sales)
    # The printed words in the till's language: the UI passes its ``said`` (devices/ may not
    # import Qt); English by default, so a till without a language prints as it always did.
    say: Say = english

    @classmethod
    def from_settings(cls, values: Mapping[str, Any],
                      resources: Path | None = None) -> ReceiptOptions:
        """From settings ``receipt.logo`` (a path, relative to ``resources``),
        ``receipt.qr_url`` and ``receipt.locale``; missing keys keep the defaults."""
        logo_value = values.get("receipt.logo") or ""
        logo: Path | None = None
        if logo_value:
            logo = Path(str(logo_value))
            if not logo.is_absolute() and resources is not None:
                logo = resources / logo
        return cls(logo=logo, qr_url=str(values.get("receipt.qr_url") or ""),
                   locale=str(values.get("receipt.locale") or "en_US"))


def _amount(minor: int, currency: str) -> str:
    return Money(minor, currency).plain()


def _money(minor: int, currency: str, locale: str) -> str:
    return Money(minor, currency).format(locale).replace("\xa0", " ").replace("\u202f", " ")


def _when(value: object) -> str:
    """Stored times are UTC; the customer reads the till's local time."""
    if isinstance(value, datetime):
        local = value.astimezone() if value.tzinfo is not None else value
        return local.strftime("%Y-%m-%d %H:%M")
    return str(value)


def _rate(rate: str) -> str:
    try:
        pct = (Decimal(rate) * 100).normalize()
    except InvalidOperation:
        return rate
    return f"{pct:f}%"


def _copy_mark(w: ReceiptWriter, copy: bool, say: Say) -> None:
    if copy:
        w.line(say(message("*** COPY ***")), align="center", bold=True)


def _head(w: ReceiptWriter, store_name: str, header: tuple[str, ...], opts: ReceiptOptions,
          copy: bool) -> None:
    _copy_mark(w, copy, opts.say)
    if opts.logo is not None:
        w.logo(opts.logo)
    w.title(store_name)
    for text in header:
        w.wrap(text, align="center")
    w.feed()


def _tail(w: ReceiptWriter, footer: tuple[str, ...], copy: bool, say: Say) -> None:
    for text in footer:
        w.wrap(text, align="center")
    _copy_mark(w, copy, say)
    w.feed()


def _tender(kind: str, say: Say) -> str:
    known = _TENDER_NAMES.get(kind)
    return say(known) if known is not None else kind.title()


def _sale(w: ReceiptWriter, r: SaleReceipt, opts: ReceiptOptions) -> None:
    cur, say = r.currency, opts.say
    is_return = r.kind == "return"
    _head(w, r.store_name, r.header_lines, opts, r.copy)
    if is_return:
        w.line(say(message("RETURN")), align="center", bold=True)
    w.pair(say(message("Receipt")), r.receipt_no)
    w.pair(_when(r.created_at), say(message("Till {code}"), code=r.till_code))
    w.line(say(message("Cashier: {name}"), name=r.cashier))
    if r.customer:
        w.line(say(message("Customer: {name}"), name=r.customer))
    original = r.extra.get(ORIGINAL_RECEIPT)
    if original:
        w.pair(say(message("Original receipt")), original)
    w.rule()
    for line in r.lines:
        if line.qty == "1" and line.sold_by == "unit":
            w.pair(line.name, _amount(line.total_minor + line.discount_minor, cur))
        else:
            w.line(line.name)
            unit = " kg" if line.sold_by == "weight" else ""
            per = "/kg" if line.sold_by == "weight" else ""
            detail = f"  {line.qty}{unit} x {_amount(line.unit_price_minor, cur)}{per}"
            w.pair(detail, _amount(line.total_minor + line.discount_minor, cur))
        if line.discount_minor:
            w.pair("  " + say(message("Discount")), _amount(-line.discount_minor, cur))
        if line.note:
            w.line(f"  {line.note}")
    w.rule()
    w.pair(say(message("Subtotal")), _amount(r.subtotal_minor, cur))
    if r.discount_minor:
        w.pair(say(message("Discount")), _amount(-r.discount_minor, cur))
    if not r.prices_include_tax:
        w.pair(say(message("Tax")), _amount(r.tax_minor, cur))
    label = say(message("REFUND")) if is_return else say(message("TOTAL"))
    w.pair(label, _money(r.total_minor, cur, opts.locale), bold=True)
    if r.rounding_minor:  # cash rounding: the cash actually due differs from the total
        w.pair(say(message("Cash rounding")), _amount(r.rounding_minor, cur))
        w.pair(say(message("Total in cash")),
               _money(r.total_minor + r.rounding_minor, cur, opts.locale), bold=True)
    for tender in r.tenders:
        name = _tender(tender.kind, say)
        if tender.kind == "card" and tender.card_last4:
            name = f"{name} ****{tender.card_last4}"
        if is_return:
            name = say(message("Refunded to {tender}"), tender=name.lower())
        if tender.kind == "cash" and tender.tendered_minor:
            w.pair(name, _amount(tender.tendered_minor, cur))
        else:
            w.pair(name, _amount(tender.amount_minor, cur))
        if tender.approval_code:
            w.line("  " + say(message("Approval {code}"), code=tender.approval_code))
    if r.change_minor:
        w.pair(say(message("Change")), _amount(r.change_minor, cur), bold=True)
    balance = r.extra.get(CREDIT_BALANCE)
    if balance is not None:
        w.pair(say(message("Store credit balance")), _money(int(balance), cur, opts.locale))
    if r.taxes:
        w.rule()
        w.line(say(message("Tax (included)")) if r.prices_include_tax else say(message("Tax")))
        for tax in r.taxes:
            w.pair("  " + say(message("{tax_class} {rate} on {base}"), tax_class=tax.tax_class,
                              rate=_rate(tax.rate), base=_amount(tax.base_minor, cur)),
                   _amount(tax.tax_minor, cur))
    w.feed()
    w.barcode128(r.receipt_no)
    if opts.qr_url:
        w.qr(opts.qr_url.format(receipt_no=r.receipt_no, store_code=r.store_code))
    _tail(w, r.footer_lines, r.copy, say)


def _pickup(w: ReceiptWriter, d: PickupHandover, opts: ReceiptOptions) -> None:
    say = opts.say
    _head(w, d.store_name, d.header_lines, opts, d.copy)
    w.line(say(message("ORDER PICKUP")), align="center", bold=True)
    w.pair(say(message("Order")), d.order_no)
    w.pair(say(message("Handed over")), _when(d.handed_over_at))
    w.line(say(message("Customer: {name}"), name=d.customer_name))
    w.line(say(message("Associate: {name}"), name=d.associate))
    if d.verified_by:
        w.line(say(message("Verified: {name}"), name=d.verified_by))
    w.rule()
    for line in d.lines:
        w.pair(line.name, f"x {line.qty}")
    w.rule()
    w.feed()
    w.line(say(message("Received in good order:")))
    w.feed(2)
    w.line("_" * min(w.columns, 32))
    w.line(say(message("Signature")))
    w.feed()
    w.barcode128(d.order_no)
    _tail(w, d.footer_lines, d.copy, say)


def _pick_list(w: ReceiptWriter, d: PickList, opts: ReceiptOptions) -> None:
    say = opts.say
    w.title(d.title)
    w.line(d.store_name, align="center")
    w.pair(say(message("Order")), d.order_no)
    w.pair(say(message("Printed")), _when(d.printed_at))
    if d.promised_by is not None:
        w.pair(say(message("Promised")), _when(d.promised_by))
    w.line(say(message("Customer: {name}"), name=d.customer_name))
    if d.ship_to:
        w.line(say(message("Ship to:")), bold=True)
        for text in d.ship_to:
            w.wrap(f"  {text}")
    w.rule()
    qty_width = 6
    name_width = w.columns - qty_width - 5  # "[ ] " and the space before the quantity
    for line in d.lines:
        w.columns_row(["[ ]", line.name, line.qty], [3, name_width, -qty_width])
        if line.sku:
            w.line(f"    {line.sku}")
    w.rule()
    w.pair(say(message("Lines")), str(len(d.lines)))
    if d.note:
        w.wrap(d.note)
    if d.barcode:
        w.feed()
        w.barcode128(d.barcode)
    w.feed()


def _shift(w: ReceiptWriter, d: ShiftReport, opts: ReceiptOptions) -> None:
    cur, say = d.currency, opts.say
    _copy_mark(w, d.copy, say)
    w.title(say(message("{kind} REPORT"), kind=d.kind))
    w.line(d.store_name, align="center")
    w.pair(say(message("Till")), d.till_code)
    w.pair(say(message("Shift")), d.shift_no)
    w.pair(say(message("Cashier")), d.cashier)
    w.pair(say(message("Opened")), _when(d.opened_at))
    if d.closed_at is not None:
        w.pair(say(message("Closed")), _when(d.closed_at))
    if d.closed_by and d.closed_by != d.cashier:
        w.pair(say(message("Closed by")), d.closed_by)
    w.pair(say(message("Printed")), _when(d.printed_at))
    w.rule()
    w.pair(say(message("Sales ({count})"), count=d.sales_count),
           _amount(d.sales_total_minor, cur))
    w.pair(say(message("Returns ({count})"), count=d.returns_count),
           _amount(-d.returns_total_minor, cur))
    w.pair(say(message("Net")),
           _money(d.sales_total_minor - d.returns_total_minor, cur, opts.locale), bold=True)
    w.pair(say(message("Voids")), str(d.voids_count))
    w.pair(say(message("No-sale openings")), str(d.no_sale_count))
    if d.tenders:
        w.rule()
        w.line(say(message("Tenders")))
        for kind, amount in d.tenders:
            w.pair(f"  {_tender(kind, say)}", _amount(amount, cur))
    if d.taxes:
        w.rule()
        w.line(say(message("Tax")))
        for tax_class, base, tax in d.taxes:
            w.pair("  " + say(message("{tax_class} on {base}"), tax_class=tax_class,
                              base=_amount(base, cur)), _amount(tax, cur))
    w.rule()
    w.pair(say(message("Opening float")), _amount(d.opening_float_minor, cur))
    w.pair(say(message("Paid in")), _amount(d.paid_in_minor, cur))
    w.pair(say(message("Paid out")), _amount(-d.paid_out_minor, cur))
    w.pair(say(message("Safe drops")), _amount(-d.safe_drops_minor, cur))
    w.pair(say(message("Cash expected")), _amount(d.cash_expected_minor, cur), bold=True)
    if d.cash_counted_minor is not None:
        w.pair(say(message("Cash counted")), _amount(d.cash_counted_minor, cur))
        w.pair(say(message("Variance")),
               _amount(d.cash_counted_minor - d.cash_expected_minor, cur), bold=True)
    if d.kind == "Z":
        w.feed()
        w.line(say(message("SHIFT CLOSED")), align="center", bold=True)
    _copy_mark(w, d.copy, say)
    w.feed()


def _count(w: ReceiptWriter, d: CountSheet, opts: ReceiptOptions) -> None:
    say = opts.say
    w.title(say(message("COUNT SHEET")))
    w.line(d.store_name, align="center")
    w.line(d.title, align="center")
    w.pair(say(message("Count")), d.count_no)
    w.pair(say(message("Created")), _when(d.created_at))
    w.rule()
    qty_width = 7
    name_width = w.columns - 2 * (qty_width + 1)
    # Column heads: at most 7 letters in every language (the quantity columns' width).
    w.columns_row([say(message("Item")), say(message("Expect")), say(message("Counted"))],
                  [name_width, -qty_width, -qty_width])
    w.rule()
    for line in d.lines:
        w.line(f"{line.sku} {line.location}".strip())
        counted = line.counted or "_" * (qty_width - 1)
        w.columns_row([f"  {line.name}", line.expected, counted],
                      [name_width, -qty_width, -qty_width])
    w.rule()
    w.pair(say(message("Lines")), str(len(d.lines)))
    w.feed()
    w.line(say(message("Counted by: {name}"), name=d.counted_by or "_" * 20))
    w.feed()
    w.barcode128(d.count_no)
    w.feed()


def _test(w: ReceiptWriter, d: TestPage, opts: ReceiptOptions) -> None:
    say = opts.say
    if opts.logo is not None:
        w.logo(opts.logo)
    w.title(say(message("TEST PAGE")))
    w.line(d.store_name, align="center")
    w.pair(say(message("Printed")), _when(d.printed_at))
    w.pair(say(message("Printer")), d.printer_uri)
    w.pair(say(message("Profile")), d.profile_label)
    w.pair(say(message("Columns")), str(w.columns))
    w.rule()
    w.line(say(message("Accents: {letters}"), letters="é è ê ü ö ä ñ ç ß å ø"))
    w.line(say(message("Currency: {signs}"), signs="€ £ $ ¥"))
    digits = "1234567890"
    w.line((digits * (w.columns // 10 + 1))[: w.columns])
    w.rule("=")
    w.line(say(message("Bold line")), bold=True)
    w.line(say(message("Centred line")), align="center")
    w.line(say(message("Right line")), align="right")
    w.barcode128("TEST-123")
    if opts.qr_url:
        w.qr(opts.qr_url.format(receipt_no="TEST-123", store_code=""))
    w.feed()


def render(document: Document, profile: PrinterProfile,
           options: ReceiptOptions | None = None) -> bytes:
    """The ESC/POS bytes of one document for ``profile``, cut at the end."""
    opts = options or ReceiptOptions()
    w = ReceiptWriter(profile)
    if isinstance(document, SaleReceipt):
        _sale(w, document, opts)
    elif isinstance(document, PickupHandover):
        _pickup(w, document, opts)
    elif isinstance(document, PickList):
        _pick_list(w, document, opts)
    elif isinstance(document, ShiftReport):
        _shift(w, document, opts)
    elif isinstance(document, CountSheet):
        _count(w, document, opts)
    elif isinstance(document, TestPage):
        _test(w, document, opts)
    else:
        raise TypeError(f"no receipt template for {type(document).__name__}")
    w.cut()
    if opts.kick_drawer:
        w.kick_drawer()
    return w.output()
