"""The Counts screen's dialogs: start a count, the area to count, a variance reason, match an
unknown code to an item. Each is a ``FormDialog``: Enter accepts, Esc closes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from omnipos.domain.counts import CountKind, VarianceReason, parse_area
from omnipos.domain.errors import ValidationError
from omnipos.services.counts.review import ReviewLine
from omnipos.ui.common.form_dialog import FormDialog
from omnipos.ui.i18n import said, translate


@dataclass(frozen=True, slots=True)
class NewCount:
    kind: CountKind
    title: str
    skus: tuple[str, ...]
    category: str
    location: str
    due: datetime | None
    blind: bool


class NewCountDialog(FormDialog):
    """F8 on the list: a manager starts a count (SKUs, a category, a location, or all)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Counts", "Start a count"),
                         heading=translate("Counts", "Start a stock count"), width=640,
                         name="newCountDialog", parent=parent)
        self.kind = QComboBox(self)
        self.kind.addItem(translate("Counts", "Cycle count: the items listed"), "skus")
        self.kind.addItem(translate("Counts", "Cycle count: a category"), "category")
        self.kind.addItem(translate("Counts", "Cycle count: a shelf location"), "location")
        self.kind.addItem(translate("Counts", "Full count: every item in the store"), "full")
        self.what = QLineEdit(self)
        self.what.setObjectName("countWhatField")
        self.what.setPlaceholderText(translate("Counts", "SKUs separated by spaces or commas, or "
                                                         "the category"))
        self.title = QLineEdit(self)
        self.due = QLineEdit(self)
        self.due.setPlaceholderText(translate("Counts", "YYYY-MM-DD (optional)"))
        self.blind = QCheckBox(
            translate("Counts", "Blind: counters do not see expected quantities"), self)
        self.blind.setChecked(True)
        self.add_row(translate("Counts", "What to count"), self.what)
        self.add_row(translate("Counts", "Kind"), self.kind)
        self.add_row(translate("Counts", "Title"), self.title)
        self.add_row(translate("Counts", "Due"), self.due)
        self.add_widget(self.blind)

    def read(self) -> NewCount:
        how = self.kind.currentData()
        what = self.what.text().strip()
        if how != "full" and not what:
            raise ValidationError(translate("Counts", "say what to count: SKUs, a category or a "
                                                      "location"))
        due = None
        if self.due.text().strip():
            try:
                due = datetime.combine(date.fromisoformat(self.due.text().strip()),
                                       time(23, 59, 59), UTC)
            except ValueError as exc:
                raise ValidationError(
                    translate("Counts", "due: write a date as YYYY-MM-DD")) from exc
        skus = tuple(s for s in what.replace(",", " ").split() if s) if how == "skus" else ()
        return NewCount(CountKind.FULL if how == "full" else CountKind.CYCLE,
                        self.title.text().strip(), skus,
                        what if how == "category" else "", what if how == "location" else "",
                        due, self.blind.isChecked())


class AreaDialog(FormDialog):
    """F5 on the list: count one area of the count (several tills count one count by area)."""

    def __init__(self, number: str, parent: QWidget | None = None) -> None:
        super().__init__(translate("Counts", "Count an area"), heading=translate(
            "Counts", "Which area of count {number} do you count?").format(number=number),
                         width=560, name="areaDialog", parent=parent)
        self.add_widget(QLabel(translate("Counts", "Another till can count another area at the "
                                                   "same time; the hub adds the areas up."), self))
        self.area = QLineEdit(self)
        self.area.setObjectName("areaField")
        self.area.setPlaceholderText(translate("Counts", "Front, Back room, Aisle 4…"))
        self.add_row(translate("Counts", "Area"), self.area)

    def read(self) -> str:
        area = parse_area(self.area.text())
        if not area:
            raise ValidationError(translate("Counts", "name the area (or Esc and Enter to count "
                                                      "the whole store)"))
        return area


class ReasonDialog(FormDialog):
    """F4 in review: why the selected line's count differs (digit or list, then Enter)."""

    def __init__(self, line: ReviewLine, parent: QWidget | None = None) -> None:
        super().__init__(translate("Counts", "Variance reason"), heading=translate(
            "Counts", "Why is {name} off?").format(name=line.name), width=520,
                         name="reasonDialog", parent=parent)
        self.choice = QComboBox(self)
        self.choice.setObjectName("reasonChoice")
        self.choice.addItem(translate("Counts", "No reason"), None)
        for reason in VarianceReason:
            self.choice.addItem(said(reason.label), reason)
        if line.reason is not None:
            self.choice.setCurrentIndex(list(VarianceReason).index(line.reason) + 1)
        self.add_row(translate("Counts", "Reason"), self.choice)

    def read(self) -> VarianceReason | None:
        value = self.choice.currentData()
        return VarianceReason(value) if value else None


class MatchDialog(FormDialog):
    """F8 in review: an unknown code is this item (each of its scans counts one)."""

    def __init__(self, codes: list[tuple[str, int]], parent: QWidget | None = None) -> None:
        super().__init__(translate("Counts", "Match a code"), heading=translate(
            "Counts", "Which item carries this code?"), width=600,
                         name="matchDialog", parent=parent)
        self.code = QComboBox(self)
        self.code.setObjectName("matchCode")
        for code, scans in codes:
            scanned = (translate("Counts", "{code}  (1 scan)") if scans == 1 else
                       translate("Counts", "{code}  ({scans} scans)"))
            self.code.addItem(scanned.format(code=code, scans=scans), code)
        self.sku = QLineEdit(self)
        self.sku.setObjectName("matchSku")
        self.sku.setPlaceholderText(translate("Counts", "the item's SKU"))
        self.add_row(translate("Counts", "Item SKU"), self.sku)
        self.add_row(translate("Counts", "Code"), self.code)

    def read(self) -> tuple[str, str]:
        sku = self.sku.text().strip()
        if not sku:
            raise ValidationError(translate("Counts", "type the SKU of the item this code belongs "
                                                      "to"))
        return str(self.code.currentData()), sku
