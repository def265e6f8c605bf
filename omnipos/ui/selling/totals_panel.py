"""The totals panel in large type: subtotal, discount, each tax, total, paid, change due
(the discount, paid and change rows only when they are not zero; a finished sale without
its subtotal and discount: its lines above show them)."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from omnipos.domain.cart import CartTotals
from omnipos.ui.common import formatting
from omnipos.ui.common.amount_label import AmountLabel
from omnipos.ui.i18n import translate


def _caption(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("role", "totalsCaption")
    return label


def _value(parent: QWidget) -> AmountLabel:
    label = AmountLabel(parent)
    label.setProperty("role", "totalsValue")
    return label


class TotalsPanel(QFrame):
    """Shows one CartTotals; the tax rows follow the classes that appear in the cart."""

    def __init__(self, currency: str, rates: Mapping[str, Decimal],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("totalsPanel")
        self._currency = currency
        self._rates = dict(rates)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(16, 12, 16, 12)
        self._grid.setHorizontalSpacing(12)
        self._grid.setVerticalSpacing(4)
        self._grid.setColumnStretch(0, 1)

        self.subtotal = _value(self)
        self.discount = _value(self)
        self._discount_caption = _caption(translate("Sell", "Discount"), self)
        self.total = AmountLabel(self)
        self.total.setObjectName("totalValue")
        self._total_caption = QLabel(translate("Sell", "Total"), self)
        self._total_caption.setObjectName("totalCaption")
        self.paid = _value(self)
        self.change = AmountLabel(self)
        self.change.setObjectName("changeValue")
        self._change_caption = QLabel(translate("Sell", "Change due"), self)
        self._change_caption.setObjectName("changeCaption")
        self.title = QLabel(translate("Sell", "Current sale"), self)
        self.title.setObjectName("salePanelTitle")
        self._subtotal_caption = _caption(translate("Sell", "Subtotal"), self)
        self._paid_caption = _caption(translate("Sell", "Paid"), self)
        # One caption/value pair per tax class, made once and then only shown or hidden:
        # deleting and re-creating labels on every change left a stale "Tax" label painted
        # over the panel until the next event-loop turn (and new ones appeared a turn late).
        self._tax_rows: dict[str, tuple[QLabel, AmountLabel]] = {}
        self.tax_values: dict[str, AmountLabel] = {}  # the classes shown now
        self._totals: CartTotals | None = None
        self._tax_word = translate("Sell", "Tax")
        self._paid_minor = 0
        self._change_minor = 0
        self._ensure_rows(sorted(self._rates))
        self.show_totals(None)

    def _caption_text(self, code: str) -> str:
        rate = self._rates.get(code)
        text = f"{self._tax_word} {code}"
        return text + (f" {formatting.percent(rate)}" if rate is not None else "")

    def _ensure_rows(self, tax_classes: list[str]) -> None:
        """Make rows for classes not seen before and lay every row out in class order."""
        missing = [code for code in tax_classes if code not in self._tax_rows]
        if not missing and self._grid.count():
            return
        for code in missing:
            caption, value = _caption(self._caption_text(code), self), _value(self)
            caption.hide()
            value.hide()
            self._tax_rows[code] = (caption, value)
        fixed = [self.title, self._subtotal_caption, self.subtotal, self._discount_caption,
                 self.discount, self._total_caption, self.total, self._paid_caption, self.paid,
                 self._change_caption, self.change]
        for widget in fixed + [w for pair in self._tax_rows.values() for w in pair]:
            self._grid.removeWidget(widget)
        self._grid.addWidget(self.title, 0, 0, 1, 2)
        rows: list[tuple[QLabel, QLabel]] = [(self._subtotal_caption, self.subtotal),
                                             (self._discount_caption, self.discount)]
        rows += [self._tax_rows[code] for code in sorted(self._tax_rows)]
        rows += [(self._total_caption, self.total), (self._paid_caption, self.paid),
                 (self._change_caption, self.change)]
        for row, (caption, value) in enumerate(rows, start=1):
            self._grid.addWidget(caption, row, 0)
            self._grid.addWidget(value, row, 1)

    def _show_row(self, caption: QLabel, value: QLabel, shown: bool) -> None:
        # Every scan shows the totals: setVisible costs tens of microseconds even when
        # nothing changes, so only a row that appears or goes is told.
        if value.isVisibleTo(self) != shown or caption.isVisibleTo(self) != shown:
            caption.setVisible(shown)
            value.setVisible(shown)

    def _shown_rows(self) -> tuple[bool, ...]:
        return tuple(label.isVisibleTo(self) for label in
                     (self.subtotal, self.discount, self.paid, self.change,
                      *(value for _caption, value in self._tax_rows.values())))

    def show_totals(self, totals: CartTotals | None, *, paid_minor: int = 0,
                    change_minor: int = 0, title: str = "",
                    finished: bool = False) -> None:
        """Show a cart's totals (None: an empty sale) and what was paid on it; a ``finished``
        sale shows its taxes, total, what was paid and the change (its lines stay above)."""
        self.title.setText(title or translate("Sell", "Current sale"))
        cur = totals.currency if totals is not None else self._currency
        self._currency = cur
        classes = sorted(totals.tax_by_class) if totals is not None else []
        tax_word = (translate("Sell", "incl. tax")
                    if totals is not None and totals.prices_include_tax
                    else translate("Sell", "Tax"))
        self._ensure_rows(classes)
        if tax_word != self._tax_word:
            self._tax_word = tax_word
            for code, (caption, _value_label) in self._tax_rows.items():
                caption.setText(self._caption_text(code))
        before = self._shown_rows()
        self.tax_values = {}
        for code, (caption, value) in self._tax_rows.items():
            shown = code in classes
            self._show_row(caption, value, shown)
            if shown:
                self.tax_values[code] = value
        # Rows that would only say 0.00 are left out: with two tax rows and a notice over
        # the screen, every row counts for the buttons under the panel at 1280x800.
        discount = totals.discount_minor if totals else 0
        for (caption, value), shown in (((self._subtotal_caption, self.subtotal), not finished),
                                        ((self._discount_caption, self.discount),
                                         discount != 0 and not finished),
                                        ((self._paid_caption, self.paid),
                                         paid_minor != 0 or change_minor != 0),
                                        ((self._change_caption, self.change),
                                         change_minor != 0)):
            self._show_row(caption, value, shown)
        if before != self._shown_rows():
            self._grid.activate()  # close the gap now, not on the next event-loop turn
        money = formatting.money
        self.subtotal.setText(money(totals.subtotal_minor if totals else 0, cur))
        self.discount.setText(f"-{money(discount, cur)}" if discount else money(0, cur))
        for code, label in self.tax_values.items():
            label.setText(money(totals.tax_by_class.get(code, 0) if totals else 0, cur))
        self.total.setText(money(totals.total_minor if totals else 0, cur))
        self._total_caption.setText(translate("Sell", "Total {currency}").format(currency=cur))
        self.paid.setText(money(paid_minor, cur))
        self.change.setText(money(change_minor, cur))
        self._totals = totals
        self._paid_minor, self._change_minor = paid_minor, change_minor
