"""The till's keys, all in one place: which key does what, on which screen.

Every QShortcut of the application is made from ``KEYMAP``; a screen names
its actions (``Act``) and never a key, so a key cannot be taken twice by
accident. ``Keymap`` refuses a collision when it is built, which is at
start-up: two actions on one key in one scope, or a screen key that an
application-wide key already owns. Keys of a modal dialog (``Dialog``) only
clash with the same dialog's keys, because the window's keys are dead while
it shows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence

__all__ = ["KEYMAP", "Act", "Binding", "Dialog", "KeyCollision", "Keymap", "Scope", "ScreenId"]


class ScreenId(StrEnum):
    """The till's screens, in the order of Alt+1 … Alt+8."""

    SELL = "sell"
    PICKUPS = "pickups"
    RETURNS = "returns"
    PARCELS = "parcels"
    COUNTS = "counts"
    STOCK = "stock"
    MANAGER = "manager"
    SYNC = "sync"

    @property
    def title(self) -> str:
        return QCoreApplication.translate("Screens", _TITLES[self])

    @property
    def number(self) -> int:
        """1 for Sell … 8 for Sync: the digit of its Alt key."""
        return list(ScreenId).index(self) + 1


_TITLES = {
    ScreenId.SELL: QT_TRANSLATE_NOOP("Screens", "Sell"),
    ScreenId.PICKUPS: QT_TRANSLATE_NOOP("Screens", "Pickups"),
    ScreenId.RETURNS: QT_TRANSLATE_NOOP("Screens", "Returns"),
    ScreenId.PARCELS: QT_TRANSLATE_NOOP("Screens", "Parcels"),
    ScreenId.COUNTS: QT_TRANSLATE_NOOP("Screens", "Counts"),
    ScreenId.STOCK: QT_TRANSLATE_NOOP("Screens", "Stock"),
    ScreenId.MANAGER: QT_TRANSLATE_NOOP("Screens", "Manager"),
    ScreenId.SYNC: QT_TRANSLATE_NOOP("Screens", "Sync"),
}


class Dialog(StrEnum):
    """Modal dialogs with keys of their own."""

    PAYMENT = "payment"
    DISCOUNT = "discount"  # a line or sale discount: percent or amount off
    CONFIRM = "confirm"  # a yes/no question (cancel the sale, an unusual float)
    REFUND = "refund"  # where a return's money goes, before it goes
    CUSTOMER = "customer"  # the picker of a sale's customer (find, add, take off)
    SETUP = "setup"  # the first-run wizard (a layer over the screens, keys of its own)
    RECEIPT = "receipt"  # after payment: print, email or no receipt


Scope = ScreenId | Dialog | None  # None: every screen of the application


class Act(StrEnum):
    """What a key does. The screen (or the shell) that owns the scope gives each its slot."""

    # every screen
    KEYS = "keys"
    ABOUT = "about"
    COMPLETE = "complete"
    BACK = "back"
    DEVICES = "devices"
    SHIFT = "shift"
    LOCK = "lock"
    FULL_SCREEN = "full_screen"
    SHOW_SELL = "show.sell"
    SHOW_PICKUPS = "show.pickups"
    SHOW_RETURNS = "show.returns"
    SHOW_PARCELS = "show.parcels"
    SHOW_COUNTS = "show.counts"
    SHOW_STOCK = "show.stock"
    SHOW_MANAGER = "show.manager"
    SHOW_SYNC = "show.sync"
    # the Sell screen
    SEARCH = "sell.search"
    QUANTITY = "sell.quantity"
    LINE_DISCOUNT = "sell.line_discount"
    SALE_DISCOUNT = "sell.sale_discount"
    PRICE = "sell.price"
    VOID_LINE = "sell.void_line"
    LINE_UP = "sell.line_up"
    LINE_DOWN = "sell.line_down"
    OPEN_PRICE = "sell.open_price"
    STOCK_OF_LINE = "sell.stock_of_line"
    CUSTOMER = "sell.customer"
    QUICK_KEYS_EDIT = "sell.quick_keys_edit"
    QUICK_1 = "sell.quick_1"
    QUICK_2 = "sell.quick_2"
    QUICK_3 = "sell.quick_3"
    QUICK_4 = "sell.quick_4"
    QUICK_5 = "sell.quick_5"
    QUICK_6 = "sell.quick_6"
    QUICK_7 = "sell.quick_7"
    QUICK_8 = "sell.quick_8"
    QUICK_9 = "sell.quick_9"
    QUICK_10 = "sell.quick_10"
    QUICK_11 = "sell.quick_11"
    QUICK_12 = "sell.quick_12"
    # the Pickups screen
    PICKUP_FIND = "pickups.find"
    PICKUP_ID_CHECK = "pickups.id_check"
    PICKUP_REJECT = "pickups.reject"
    PICKUP_PRINT = "pickups.print"
    PICKUP_UP = "pickups.up"
    PICKUP_DOWN = "pickups.down"
    PICKUP_NEXT_TAB = "pickups.next_tab"
    PICKUP_PREV_TAB = "pickups.prev_tab"
    # the Returns screen
    RETURN_NO_RECEIPT = "returns.no_receipt"
    RETURN_QUANTITY = "returns.quantity"
    RETURN_CONDITION = "returns.condition"
    RETURN_DISPOSITION = "returns.disposition"
    RETURN_CUSTOMER = "returns.customer"
    RETURN_EXCHANGE = "returns.exchange"
    RETURN_REMOVE = "returns.remove"
    RETURN_UP = "returns.up"
    RETURN_DOWN = "returns.down"
    # the Parcels screen
    PARCEL_SET_ASIDE = "parcels.set_aside"
    PARCEL_MATCH = "parcels.match"
    PARCEL_CONDITION = "parcels.condition"
    PARCEL_DISPOSITION = "parcels.disposition"
    PARCEL_NOTE = "parcels.note"
    PARCEL_REMOVE = "parcels.remove"
    PARCEL_UP = "parcels.up"
    PARCEL_DOWN = "parcels.down"
    # the Counts screen
    COUNT_FIND = "counts.find"
    COUNT_QUANTITY = "counts.quantity"
    COUNT_AREA = "counts.area"
    COUNT_PRINT = "counts.print"
    COUNT_OTHER = "counts.other"
    COUNT_EXPORT = "counts.export"
    COUNT_UP = "counts.up"
    COUNT_DOWN = "counts.down"
    # the Stock screen
    STOCK_FIND = "stock.find"
    STOCK_ADJUST = "stock.adjust"
    STOCK_RECEIVE = "stock.receive"
    STOCK_ORDER = "stock.order"
    STOCK_UP = "stock.up"
    STOCK_DOWN = "stock.down"
    # the payment dialog
    PAY_CASH = "payment.cash"
    PAY_CARD = "payment.card"
    PAY_CREDIT = "payment.store_credit"
    # the discount dialog
    DISCOUNT_PERCENT = "discount.percent"
    DISCOUNT_AMOUNT = "discount.amount"
    # the refund dialog
    REFUND_CASH = "refund.cash"
    REFUND_CREDIT = "refund.store_credit"
    PAY_REMOVE_LAST = "payment.remove_last"
    # the receipt choice after payment
    RECEIPT_PRINT = "receipt.print"
    RECEIPT_EMAIL = "receipt.email"
    RECEIPT_NONE = "receipt.none"
    # the customer picker on the Sell screen
    CUSTOMER_REMOVE = "customer.remove"
    # a yes/no question: Enter and Esc say no
    CONFIRM_YES = "confirm.yes"
    # the first-run wizard
    SETUP_NEXT = "setup.next"
    SETUP_SKIP = "setup.skip"
    SETUP_BACK = "setup.back"
    SETUP_HUB = "setup.hub"
    SETUP_STANDALONE = "setup.standalone"
    SETUP_CATALOG_FILE = "setup.catalog_file"
    SETUP_TRY = "setup.try"

    @staticmethod
    def quick(position: int) -> Act:
        """The key of quick key ``position`` (1 … 12)."""
        return Act(f"sell.quick_{position}")

    @staticmethod
    def show(screen: ScreenId) -> Act:
        return Act(f"show.{screen.value}")

    @property
    def screen(self) -> ScreenId | None:
        """For a SHOW_* action, the screen it shows."""
        kind, _, name = self.value.partition(".")
        return ScreenId(name) if kind == "show" else None


@dataclass(frozen=True, slots=True)
class Binding:
    act: Act
    keys: tuple[str, ...]  # QKeySequence portable texts: "F2", "Alt+1", "Del"
    label: str  # what F1 shows
    scope: Scope = None

    @property
    def key_text(self) -> str:
        """The keys as a person reads them: "Alt+8 or F10"."""
        return QCoreApplication.translate("Keys", " or ").join(
            QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in self.keys)

    @property
    def text(self) -> str:
        """``label`` in the till's language (the labels are marked for lupdate)."""
        screen = self.act.screen
        if screen is not None:
            return QCoreApplication.translate("Keys", "{screen} screen").format(screen=screen.title)
        position = self.act.value.removeprefix("sell.quick_")
        if position.isdigit():
            return QCoreApplication.translate(
                "Keys", "Quick key {position} (the grid under the sale)").format(position=position)
        return QCoreApplication.translate("Keys", self.label)


class KeyCollision(ValueError):
    """Two actions want one key (the message names both)."""


def _normal(key: str) -> str:
    text = QKeySequence(key).toString(QKeySequence.SequenceFormat.PortableText)
    if not text:
        raise ValueError(f"unknown key {key!r}")
    return text


def _clash(a: Scope, b: Scope) -> bool:
    if a == b:
        return True
    # An application-wide key is live on every screen, but not inside a modal dialog.
    return (a is None and isinstance(b, ScreenId)) or (b is None and isinstance(a, ScreenId))


def _scope_name(scope: Scope) -> str:
    if scope is None:
        return "every screen"
    return f"the {scope.title if isinstance(scope, ScreenId) else scope.value} " + (
        "screen" if isinstance(scope, ScreenId) else "dialog")


class Keymap:
    """The bindings, checked: building one with a collision raises KeyCollision."""

    def __init__(self, bindings: Iterable[Binding]) -> None:
        self._bindings = tuple(bindings)
        self._by_act: dict[Act, Binding] = {}
        taken: list[tuple[str, Binding]] = []
        for binding in self._bindings:
            if binding.act in self._by_act:
                raise KeyCollision(f"action {binding.act.value!r} is declared twice")
            self._by_act[binding.act] = binding
            for key in binding.keys:
                norm = _normal(key)
                for other_key, other in taken:
                    if other_key == norm and _clash(binding.scope, other.scope):
                        raise KeyCollision(
                            f"{norm} is bound to both {other.act.value!r} "
                            f"({_scope_name(other.scope)})"
                            f" and {binding.act.value!r} ({_scope_name(binding.scope)})")
                taken.append((norm, binding))

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._bindings)

    def binding(self, act: Act) -> Binding:
        return self._by_act[act]

    def sequences(self, act: Act) -> list[QKeySequence]:
        return [QKeySequence(k) for k in self._by_act[act].keys]

    def in_scope(self, scope: Scope) -> list[Binding]:
        return [b for b in self._bindings if b.scope == scope]

    def key_list(self, screen: ScreenId, screens: Iterable[ScreenId]) -> list[tuple[str, str]]:
        """(keys, what they do) for F1: the screen's own keys, then those of every screen.

        Screen switches are listed only for the screens this till has.
        """
        have = set(screens)
        rows = [(b.key_text, b.text) for b in self.in_scope(screen)]
        for b in self.in_scope(None):
            target = b.act.screen
            if target is None or target in have:
                rows.append((b.key_text, b.text))
        return rows


_SCREEN_KEYS = tuple(
    Binding(Act.show(s), (f"Alt+{s.number}",) + (("F10",) if s is ScreenId.SYNC else ()),
            f"{s.title} screen")
    for s in ScreenId
)

_QUICK_KEYS = tuple(
    Binding(Act.quick(n), (f"Ctrl+F{n}",), f"Quick key {n} (the grid under the sale)",
            ScreenId.SELL)
    for n in range(1, 13)
)

KEYMAP = Keymap((
    Binding(Act.KEYS, ("F1",), QT_TRANSLATE_NOOP("Keys", "These keys")),
    Binding(Act.ABOUT, ("Shift+F1",),
            QT_TRANSLATE_NOOP("Keys", "About OmniPOS: versions, data folder, log file")),
    Binding(Act.COMPLETE, ("F12",),
            QT_TRANSLATE_NOOP("Keys", "Finish what the screen is for: pay, an order's next step, "
                              "review and approve a count, sync now")),
    Binding(Act.BACK, ("Esc",),
            QT_TRANSLATE_NOOP("Keys", "Back: clear the field, close a message, leave the screen")),
    Binding(Act.DEVICES, ("F3",), QT_TRANSLATE_NOOP("Keys", "Printer, drawer and scanner")),
    Binding(Act.SHIFT, ("F7",), QT_TRANSLATE_NOOP("Keys", "Shift and cash")),
    Binding(Act.LOCK, ("F9",), QT_TRANSLATE_NOOP("Keys", "Sign out (lock the till)")),
    Binding(Act.FULL_SCREEN, ("F11",), QT_TRANSLATE_NOOP("Keys", "Full screen on or off")),
    *_SCREEN_KEYS,
    Binding(Act.SEARCH, ("F2",), QT_TRANSLATE_NOOP("Keys", "Find a product"), ScreenId.SELL),
    Binding(Act.QUANTITY, ("F4",), QT_TRANSLATE_NOOP("Keys", "Quantity of the selected line"),
            ScreenId.SELL),
    Binding(Act.LINE_DISCOUNT, ("F5",), QT_TRANSLATE_NOOP("Keys", "Discount on the selected line"),
            ScreenId.SELL),
    Binding(Act.SALE_DISCOUNT, ("F6",), QT_TRANSLATE_NOOP("Keys", "Discount on the whole sale"),
            ScreenId.SELL),
    Binding(Act.PRICE, ("F8",), QT_TRANSLATE_NOOP("Keys", "Change the price of the selected line"),
            ScreenId.SELL),
    Binding(Act.VOID_LINE, ("Del",), QT_TRANSLATE_NOOP("Keys", "Void the selected line"),
            ScreenId.SELL),
    Binding(Act.LINE_UP, ("Up",), QT_TRANSLATE_NOOP("Keys", "Select the line above"),
            ScreenId.SELL),
    Binding(Act.LINE_DOWN, ("Down",), QT_TRANSLATE_NOOP("Keys", "Select the line below"),
            ScreenId.SELL),
    Binding(Act.OPEN_PRICE, ("Ctrl+O",),
            QT_TRANSLATE_NOOP("Keys", "Open-price item (unlabelled goods)"), ScreenId.SELL),
    # Not Ctrl+U, K, W, E, A, D, H or Ctrl+Del: a text field takes those for editing on X11.
    *_QUICK_KEYS,
    Binding(Act.QUICK_KEYS_EDIT, ("Ctrl+G",),
            QT_TRANSLATE_NOOP("Keys", "Change the quick keys (a manager)"),
            ScreenId.SELL),
    Binding(Act.CUSTOMER, ("Ctrl+M",),
            QT_TRANSLATE_NOOP("Keys", "Customer of the sale: find by phone, email or name, "
                              "or add one"), ScreenId.SELL),
    Binding(Act.PICKUP_FIND, ("F2",),
            QT_TRANSLATE_NOOP("Keys", "Find an order: a name, the order number or the pickup code"),
            ScreenId.PICKUPS),
    Binding(Act.PICKUP_ID_CHECK, ("F4",),
            QT_TRANSLATE_NOOP("Keys", "Verify the customer by an ID check"), ScreenId.PICKUPS),
    Binding(Act.PICKUP_REJECT, ("F5",),
            QT_TRANSLATE_NOOP("Keys", "Reject the selected line (not found, damaged, mismatch)"),
            ScreenId.PICKUPS),
    Binding(Act.PICKUP_PRINT, ("F6",),
            QT_TRANSLATE_NOOP("Keys", "Print the pick list (or the packing slip)"),
            ScreenId.PICKUPS),
    Binding(Act.PICKUP_UP, ("Up",), QT_TRANSLATE_NOOP("Keys", "Select the order (or line) above"),
            ScreenId.PICKUPS),
    Binding(Act.PICKUP_DOWN, ("Down",),
            QT_TRANSLATE_NOOP("Keys", "Select the order (or line) below"), ScreenId.PICKUPS),
    Binding(Act.PICKUP_PREV_TAB, ("PgUp",),
            QT_TRANSLATE_NOOP("Keys", "Previous queue tab (all, new, picking…)"),
            ScreenId.PICKUPS),
    Binding(Act.PICKUP_NEXT_TAB, ("PgDown",), QT_TRANSLATE_NOOP("Keys", "Next queue tab"),
            ScreenId.PICKUPS),
    Binding(Act.RETURN_NO_RECEIPT, ("F2",),
            QT_TRANSLATE_NOOP("Keys", "A return without a receipt (store credit)"),
            ScreenId.RETURNS),
    Binding(Act.RETURN_QUANTITY, ("F4",),
            QT_TRANSLATE_NOOP("Keys", "How many of the selected line come back"),
            ScreenId.RETURNS),
    Binding(Act.RETURN_CONDITION, ("F5",),
            QT_TRANSLATE_NOOP("Keys", "Condition of the selected line (new, opened…)"),
            ScreenId.RETURNS),
    Binding(Act.RETURN_DISPOSITION, ("F6",),
            QT_TRANSLATE_NOOP("Keys", "Where it goes (restock, damaged, inspection…)"),
            ScreenId.RETURNS),
    Binding(Act.RETURN_CUSTOMER, ("F8",), QT_TRANSLATE_NOOP("Keys", "Find or add the customer"),
            ScreenId.RETURNS),
    Binding(Act.RETURN_EXCHANGE, ("Ctrl+E",),
            QT_TRANSLATE_NOOP("Keys", "Exchange: scan the new goods (again: back)"),
            ScreenId.RETURNS),
    Binding(Act.RETURN_REMOVE, ("Del",),
            QT_TRANSLATE_NOOP("Keys", "Take the selected line off the return"),
            ScreenId.RETURNS),
    Binding(Act.RETURN_UP, ("Up",), QT_TRANSLATE_NOOP("Keys", "Select the line above"),
            ScreenId.RETURNS),
    Binding(Act.RETURN_DOWN, ("Down",), QT_TRANSLATE_NOOP("Keys", "Select the line below"),
            ScreenId.RETURNS),
    Binding(Act.PARCEL_SET_ASIDE, ("F2",),
            QT_TRANSLATE_NOOP("Keys", "A parcel with no RMA: set it aside with a note"),
            ScreenId.PARCELS),
    Binding(Act.PARCEL_MATCH, ("F4",),
            QT_TRANSLATE_NOOP("Keys", "Match a parcel with no RMA to its receipt or order"),
            ScreenId.PARCELS),
    Binding(Act.PARCEL_CONDITION, ("F5",),
            QT_TRANSLATE_NOOP("Keys", "Condition of the selected item"), ScreenId.PARCELS),
    Binding(Act.PARCEL_DISPOSITION, ("F6",),
            QT_TRANSLATE_NOOP("Keys", "Where the selected item goes"), ScreenId.PARCELS),
    Binding(Act.PARCEL_NOTE, ("F8",), QT_TRANSLATE_NOOP("Keys", "A note on the selected item"),
            ScreenId.PARCELS),
    Binding(Act.PARCEL_REMOVE, ("Del",), QT_TRANSLATE_NOOP("Keys", "Take back the selected scan"),
            ScreenId.PARCELS),
    Binding(Act.PARCEL_UP, ("Up",), QT_TRANSLATE_NOOP("Keys", "Select the item above"),
            ScreenId.PARCELS),
    Binding(Act.PARCEL_DOWN, ("Down",), QT_TRANSLATE_NOOP("Keys", "Select the item below"),
            ScreenId.PARCELS),
    Binding(Act.STOCK_OF_LINE, ("Ctrl+L",),
            QT_TRANSLATE_NOOP("Keys", "Look up the selected line's stock (Stock screen)"),
            ScreenId.SELL),
    Binding(Act.COUNT_FIND, ("F2",),
            QT_TRANSLATE_NOOP("Keys", "Find an item to count by hand (no barcode)"),
            ScreenId.COUNTS),
    Binding(Act.COUNT_QUANTITY, ("F4",),
            QT_TRANSLATE_NOOP("Keys", "How many the last scan counts (a case); in review: the "
                              "line's variance reason"),
            ScreenId.COUNTS),
    Binding(Act.COUNT_AREA, ("F5",),
            QT_TRANSLATE_NOOP("Keys", "Count one area of the selected count; in review: recount "
                              "the selected line"),
            ScreenId.COUNTS),
    Binding(Act.COUNT_PRINT, ("F6",), QT_TRANSLATE_NOOP("Keys", "Print the count sheet"),
            ScreenId.COUNTS),
    Binding(Act.COUNT_OTHER, ("F8",),
            QT_TRANSLATE_NOOP("Keys", "Start a count (a manager); in review: match an unknown "
                              "code to an item"),
            ScreenId.COUNTS),
    Binding(Act.COUNT_EXPORT, ("Ctrl+E",),
            QT_TRANSLATE_NOOP("Keys", "Export the variances as a CSV file"),
            ScreenId.COUNTS),
    Binding(Act.COUNT_UP, ("Up",), QT_TRANSLATE_NOOP("Keys", "Select the count (or line) above"),
            ScreenId.COUNTS),
    Binding(Act.COUNT_DOWN, ("Down",),
            QT_TRANSLATE_NOOP("Keys", "Select the count (or line) below"), ScreenId.COUNTS),
    Binding(Act.STOCK_FIND, ("F2",), QT_TRANSLATE_NOOP("Keys", "Find an item by name"),
            ScreenId.STOCK),
    Binding(Act.STOCK_ADJUST, ("F4",),
            QT_TRANSLATE_NOOP("Keys", "Adjust this item's stock, with a reason (a manager)"),
            ScreenId.STOCK),
    Binding(Act.STOCK_RECEIVE, ("F5",),
            QT_TRANSLATE_NOOP("Keys", "Receive a delivery or a transfer"), ScreenId.STOCK),
    Binding(Act.STOCK_ORDER, ("F8",),
            QT_TRANSLATE_NOOP("Keys", "Order this item for the customer: pickup at another store "
                              "or delivery"),
            ScreenId.STOCK),
    Binding(Act.STOCK_UP, ("Up",),
            QT_TRANSLATE_NOOP("Keys", "Select the store (or delivery line) above"), ScreenId.STOCK),
    Binding(Act.STOCK_DOWN, ("Down",),
            QT_TRANSLATE_NOOP("Keys", "Select the store (or delivery line) below"),
            ScreenId.STOCK),
    Binding(Act.PAY_CASH, ("Ctrl+1",), QT_TRANSLATE_NOOP("Keys", "Pay cash"), Dialog.PAYMENT),
    Binding(Act.PAY_CARD, ("Ctrl+2",), QT_TRANSLATE_NOOP("Keys", "Pay by card"), Dialog.PAYMENT),
    Binding(Act.PAY_CREDIT, ("Ctrl+3",),
            QT_TRANSLATE_NOOP("Keys", "Pay with the customer's store credit"),
            Dialog.PAYMENT),
    Binding(Act.DISCOUNT_PERCENT, ("Ctrl+1",),
            QT_TRANSLATE_NOOP("Keys", "The discount is a percent off"),
            Dialog.DISCOUNT),
    Binding(Act.DISCOUNT_AMOUNT, ("Ctrl+2",),
            QT_TRANSLATE_NOOP("Keys", "The discount is an amount off"),
            Dialog.DISCOUNT),
    Binding(Act.REFUND_CASH, ("Ctrl+1",),
            QT_TRANSLATE_NOOP("Keys", "Pay a web order's refund in cash (a manager)"),
            Dialog.REFUND),
    Binding(Act.REFUND_CREDIT, ("Ctrl+3",),
            QT_TRANSLATE_NOOP("Keys", "Refund as store credit instead"), Dialog.REFUND),
    Binding(Act.PAY_REMOVE_LAST, ("F8",), QT_TRANSLATE_NOOP("Keys", "Remove the last tender taken"),
            Dialog.PAYMENT),
    Binding(Act.RECEIPT_PRINT, ("P",), QT_TRANSLATE_NOOP("Keys", "Print the receipt"),
            Dialog.RECEIPT),
    Binding(Act.RECEIPT_EMAIL, ("E",),
            QT_TRANSLATE_NOOP("Keys", "Email the receipt (the address, then Enter)"),
            Dialog.RECEIPT),
    Binding(Act.RECEIPT_NONE, ("N",), QT_TRANSLATE_NOOP("Keys", "No receipt (Esc too)"),
            Dialog.RECEIPT),
    Binding(Act.CUSTOMER_REMOVE, ("Ctrl+R",),
            QT_TRANSLATE_NOOP("Keys", "The sale is for no customer"), Dialog.CUSTOMER),
    Binding(Act.CONFIRM_YES, ("F12",),
            QT_TRANSLATE_NOOP("Keys", "Yes, do it (Enter and Esc go back)"), Dialog.CONFIRM),
    Binding(Act.SETUP_NEXT, ("F12",), QT_TRANSLATE_NOOP("Keys", "Do this step and go on"),
            Dialog.SETUP),
    Binding(Act.SETUP_SKIP, ("F8",),
            QT_TRANSLATE_NOOP("Keys", "Skip this step (do it later from the settings)"),
            Dialog.SETUP),
    Binding(Act.SETUP_BACK, ("Esc",), QT_TRANSLATE_NOOP("Keys", "Back one step"), Dialog.SETUP),
    Binding(Act.SETUP_HUB, ("F2",), QT_TRANSLATE_NOOP("Keys", "Connect to a hub"), Dialog.SETUP),
    Binding(Act.SETUP_STANDALONE, ("F3",), QT_TRANSLATE_NOOP("Keys", "Set up a standalone store"),
            Dialog.SETUP),
    Binding(Act.SETUP_CATALOG_FILE, ("F4",),
            QT_TRANSLATE_NOOP("Keys", "Choose the catalog's CSV file"), Dialog.SETUP),
    Binding(Act.SETUP_TRY, ("F5",),
            QT_TRANSLATE_NOOP("Keys", "Try the till without them: sample products, or "
                              "receipts to a file instead of a printer"), Dialog.SETUP),
))
