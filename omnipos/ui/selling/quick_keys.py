"""The store's quick keys under the sale: a touch or Ctrl+F1 … Ctrl+F12 sells one of the
product on it; Ctrl+G lets a manager change the layout (journalled, sent to the hub)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from omnipos.domain.cart import ProductInfo
from omnipos.domain.permissions import Action, ManagerOverride
from omnipos.services.quick_keys import QuickKeyService, QuickKeyView
from omnipos.ui.common.banner import Level, error_words
from omnipos.ui.i18n import translate
from omnipos.ui.selling.quick_keys_dialog import QuickKeysDialog
from omnipos.ui.selling.sale_on_screen import SaleOnScreen


class QuickKeys:
    """The grid of favourite products (nothing to do until ``use`` gives it the layout)."""

    def __init__(self, sale: SaleOnScreen, add_product: Callable[[ProductInfo], None]) -> None:
        self._sale = sale
        self._add_product = add_product
        self._quick: QuickKeyService | None = None
        self._views: dict[int, QuickKeyView] = {}
        self.dialog: QuickKeysDialog | None = None  # the editor, kept for tests

    def use(self, keys: QuickKeyService) -> None:
        """The store's quick keys under the sale (Ctrl+F1 … Ctrl+F12, or a touch)."""
        self._quick = keys
        for n, button in enumerate(self._sale.view.quick_buttons, start=1):
            button.clicked.connect(lambda _c=False, n=n: self.press(n))
        self.reload()

    def reload(self) -> None:
        """Read the layout again (at start-up, after a pull, after an edit)."""
        if self._quick is not None:
            self._sale.runner.run_db(self._quick.layout, self._show, self._sale.show_error)

    def _show(self, views: tuple[QuickKeyView, ...]) -> None:
        self._views = {v.key.position: v for v in views}
        self._sale.view.show_quick_keys({p: v.text for p, v in self._views.items()})

    def press(self, position: int) -> None:
        banner = self._sale.view.banner
        key = self._views.get(position)
        if key is None:
            banner.show_message(translate("Sell", "Quick key {position} is not set.").format(
                position=position), Level.INFO)
        elif key.product is None:
            banner.show_message(
                translate("Sell", "Quick key {position} sells {sku}, which is not in the "
                                  "catalog.").format(position=position, sku=key.key.sku),
                Level.WARNING)
        else:
            self._add_product(key.product)

    def open_editor(self) -> None:
        """Ctrl+G: a manager changes the store's quick keys (journalled, sent to the hub)."""
        quick, sale = self._quick, self._sale
        if quick is None:
            return
        dialog = QuickKeysDialog([v.key for v in self._views.values()], sale.view)
        self.dialog = dialog

        def submitted(keys: Any) -> None:
            actor = sale.who()

            def start(ok: ManagerOverride | None,
                      failed: Callable[[BaseException], None]) -> None:
                sale.runner.run_db(lambda: quick.save(keys, actor=actor, override=ok),
                                   saved, failed)

            def saved(views: tuple[QuickKeyView, ...]) -> None:
                dialog.accept()
                self._show(views)
                sale.view.banner.show_message(translate("Sell", "Quick keys saved; the store's "
                                                                "other tills get them from the "
                                                                "hub."), Level.SUCCESS)

            def failed(exc: BaseException) -> None:
                dialog.show_error(error_words(exc))

            if sale.approvals is None:
                start(None, failed)
            else:
                sale.approvals.run(Action.CHANGE_SETTINGS, start, failed, parent=dialog)

        dialog.submitted.connect(submitted)
        dialog.finished.connect(lambda _r: sale.view.focus_scan())
        dialog.open()
