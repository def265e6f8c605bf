"""The first-run wizard: a till with no store gets one, then a printer and a scanner test.

A layer of the shell's window (``MainWindow.cover``), driven by the keyboard:
F2 a hub or F3 a standalone store on the first page, F12 does the step and goes
on, F8 skips it, Esc goes back. The hub step enrolls through the sync service
and shows the hub's answer in words; the store step writes the store through
``services.setup`` (journalled), and the products step (``catalog_step``)
imports a standalone store's catalog or adds sample products. ``store_ready``
is emitted as soon as the till has a store, so the shell can build its screens
under the wizard; the printer
step opens the printer settings (F3's dialog: address, model, test page) and
the scanner step shows what a scan reads; a till with no printer yet can write its
receipts to a file in its data folder instead (``printer_chosen`` tells the shell's
printer). ``finished`` (with whether the till
has a store) ends the wizard; everything it set is changed later on the Manager
screen (store, receipt) or with F3 (printer, scanner).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QWidget

from omnipos.domain.barcodes import parse_scan
from omnipos.domain.errors import UserFacingError, ValidationError
from omnipos.services.devices import DeviceSettings
from omnipos.services.setup import StoreSetup
from omnipos.services.sync import SyncService
from omnipos.ui.common import formatting
from omnipos.ui.common.tasks import TaskRunner
from omnipos.ui.devices.device_settings import describe
from omnipos.ui.i18n import error_text, translate
from omnipos.ui.setup.catalog_step import CatalogStep
from omnipos.ui.setup.wizard_view import Step, WizardView
from omnipos.ui.shell.keymap import KEYMAP, Act, Dialog
from omnipos.ui.shell.scanning import ScanRouter

__all__ = ["SetupWizard"]

log = logging.getLogger(__name__)

# The steps in their order; a till connected to a hub gets its catalog from the hub.
STANDALONE = (Step.CHOOSE, Step.STORE, Step.CATALOG, Step.PRINTER, Step.SCANNER, Step.DONE)
WITH_HUB = (Step.CHOOSE, Step.HUB, Step.PRINTER, Step.SCANNER, Step.DONE)
DevicesOpener = Callable[[QWidget], Any]  # opens F3's dialog; returns its controller
_NEXT = {  # the step's own button, translated where it shows
    Step.STORE: QT_TRANSLATE_NOOP("Wizard", "Save the store  F12"),
    Step.PRINTER: QT_TRANSLATE_NOOP("Wizard", "Printer settings  F12"),
}


class SetupWizard(QObject):
    store_ready = Signal()  # the till has a store now: build the screens
    finished = Signal(bool)  # the wizard is over; True when the till has a store
    printer_chosen = Signal(dict)  # printer settings the wizard saved itself (a receipt file)

    def __init__(self, view: WizardView, setup: StoreSetup, sync: SyncService,
                 devices: DeviceSettings, runner: TaskRunner, scanner: ScanRouter | None,
                 *, tokens: Any = None, receipt_file: Path | None = None) -> None:
        super().__init__(view)
        self._receipt_file = receipt_file  # where receipts go on a till with no printer yet
        self.view = view
        self._setup, self._sync, self._devices, self._runner = setup, sync, devices, runner
        self._scanner, self._tokens = scanner, tokens
        self._open_devices: DevicesOpener | None = None
        self._scan_token: int | None = None
        self.catalog = CatalogStep(view.catalog_page, setup, runner)
        self.catalog.done.connect(lambda: self.go(Step.PRINTER))
        self.catalog.busy_changed.connect(self._catalog_busy)
        self.has_store = False
        self.enrolled = False  # the store came from a hub (else a standalone one)
        self.chosen: tuple[Step, ...] = ()  # the path of the first page's choice
        self.how = ""  # what the store step did, for the last page
        self.printer_text = ""
        self.scanned = ""
        self.busy = False
        self.step = Step.CHOOSE
        slots = {Act.SETUP_NEXT: self.next, Act.SETUP_SKIP: self.skip,
                 Act.SETUP_BACK: self.back, Act.SETUP_HUB: lambda: self._choose(Step.HUB),
                 Act.SETUP_STANDALONE: lambda: self._choose(Step.STORE),
                 Act.SETUP_CATALOG_FILE: lambda: self._on_catalog(self.catalog.choose_file),
                 Act.SETUP_TRY: self._try_without}
        for binding in KEYMAP.in_scope(Dialog.SETUP):
            for sequence in KEYMAP.sequences(binding.act):
                shortcut = QShortcut(sequence, view)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slots[binding.act])
        view.next_button.clicked.connect(self.next)
        view.skip_button.clicked.connect(self.skip)
        view.back_button.clicked.connect(self.back)
        view.hub_choice.clicked.connect(lambda: self._choose(Step.HUB))
        view.standalone_choice.clicked.connect(lambda: self._choose(Step.STORE))
        view.hub_field.returnPressed.connect(self.next)
        view.code_field.returnPressed.connect(self.next)
        view.name_field.returnPressed.connect(self.next)
        view.scan_field.returnPressed.connect(self._typed_scan)
        view.printer_file.clicked.connect(self._try_without)
        view.printer_file.setVisible(receipt_file is not None)
        self.go(Step.CHOOSE)

    def use_devices(self, opener: DevicesOpener) -> None:
        """How the printer step opens the printer settings (once the screens exist)."""
        self._open_devices = opener

    def focus_widget(self) -> QWidget:
        v = self.view
        return {Step.HUB: v.hub_field, Step.STORE: v.store_form.first_field,
                Step.CATALOG: v.catalog_page.file_field, Step.SCANNER: v.scan_field}.get(
            self.step, v.focus_sink)

    # -- moving between steps -------------------------------------------------------

    def go(self, step: Step) -> None:
        if self.step is Step.SCANNER and step is not Step.SCANNER:
            self._stop_scanner()
        self.step = step
        v = self.view
        path = self.path()
        if step in path:
            v.show_step(step, path.index(step) + 1, len(path))
        else:
            v.show_step(step)  # the first page, or the last one with nothing chosen
        v.back_button.setVisible(step is not Step.CHOOSE)
        v.skip_button.setVisible(step is not Step.DONE)
        v.next_button.setVisible(step is not Step.CHOOSE)
        if step is Step.HUB and not self.has_store:
            v.next_button.setText(translate("Wizard", "Enroll  F12"))
        elif step is Step.DONE:
            v.next_button.setText(translate("Wizard", "Start selling  F12") if self.has_store
                                  else translate("Wizard", "Close OmniPOS  F12"))
        else:
            v.next_button.setText(translate("Wizard", str(_NEXT.get(step, "Next  F12"))))
        if step is Step.PRINTER:
            self._show_printer()
        elif step is Step.SCANNER:
            self._start_scanner()
        elif step is Step.DONE:
            v.summary.setText(self._summary())
        target = self.focus_widget()
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        log.debug("setup step %s", step.value)

    def path(self) -> tuple[Step, ...]:
        """The steps of the path taken: the store's kind once there is one, else the choice.

        The first page has no path yet (it is where the path is chosen), so it counts none.
        """
        if self.step is Step.CHOOSE:
            return ()
        if self.has_store:
            return WITH_HUB if self.enrolled else STANDALONE
        return self.chosen

    def _choose(self, step: Step) -> None:
        if self.step is Step.CHOOSE and not self.busy:
            self.chosen = WITH_HUB if step is Step.HUB else STANDALONE
            self.go(step)

    def _on_catalog(self, action: Callable[[], None]) -> None:
        if self.step is Step.CATALOG and not self.busy:
            action()

    def _try_without(self) -> None:
        """F5: sample products on the products step, a receipt file on the printer step."""
        if self.busy:
            return
        if self.step is Step.CATALOG:
            self.catalog.add_samples()
        elif self.step is Step.PRINTER and self._receipt_file is not None:
            self._printer_to_file(self._receipt_file)

    def next(self) -> None:
        if self.busy:
            return
        if self.step is Step.HUB:
            self._enroll() if not self.has_store else self.go(Step.PRINTER)
        elif self.step is Step.STORE:
            self._save_store()
        elif self.step is Step.CATALOG:
            self.catalog.next()
        elif self.step is Step.PRINTER:
            self._printer_settings()
        elif self.step is Step.SCANNER:
            self.go(Step.DONE)
        elif self.step is Step.DONE:
            self._stop_scanner()
            self.finished.emit(self.has_store)

    def skip(self) -> None:
        if self.busy or self.step is Step.DONE:
            return
        if self.step in (Step.CHOOSE, Step.HUB, Step.STORE) and not self.has_store:
            self.go(Step.DONE)  # nothing to sell with: the last page says so
        elif self.step is Step.STORE:
            self.go(Step.CATALOG)
        else:
            self.go({Step.CHOOSE: Step.PRINTER, Step.HUB: Step.PRINTER,
                     Step.CATALOG: Step.PRINTER, Step.PRINTER: Step.SCANNER,
                     Step.SCANNER: Step.DONE}[self.step])

    def back(self) -> None:
        if self.busy or self.step is Step.CHOOSE:
            return
        if self.step in (Step.HUB, Step.STORE):
            self.go(Step.CHOOSE)
        elif self.step is Step.CATALOG:
            self.go(Step.STORE)
        elif self.step is Step.PRINTER:
            self.go(Step.HUB if self.enrolled else Step.CATALOG
                    if self.has_store else Step.CHOOSE)
        elif self.step is Step.SCANNER:
            self.go(Step.PRINTER)
        else:
            self.go(Step.SCANNER if self.has_store else Step.CHOOSE)

    # -- the store: a hub or a standalone one ---------------------------------------

    def _enroll(self) -> None:
        v = self.view
        hub_url, code = v.hub_field.text().strip(), v.code_field.text().strip()
        if not hub_url.startswith(("http://", "https://")):
            v.show_error(translate("Wizard", "Enter the hub's address, starting with http:// or "
                                             "https://"))
            v.hub_field.setFocus()
            return
        if not code:
            v.show_error(translate("Wizard", "Enter the one-time enrollment code."))
            v.code_field.setFocus()
            return
        name = v.name_field.text().strip() or None
        self._busy(True, translate("Wizard", "Asking the hub at {hub_url}…").format(
            hub_url=hub_url))
        sync, tokens = self._sync, self._tokens
        self._runner.run_net(lambda: sync.enroll(hub_url, code, device_name=name, tokens=tokens),
                             self._enrolled, self._enroll_failed)

    def _enrolled(self, result: Any) -> None:
        self._busy(False)
        self.view.hub_answer.setText(translate(
            "Wizard", "The hub answered: this till is {till} of store {store}. It sent {changes} "
            "changes (catalog, prices, staff, settings).").format(
            till=result.till_code, store=result.store_code,
            changes=formatting.number(result.pull.changes)))
        self.view.hub_answer.setProperty("level", "ok")
        self.enrolled = True
        self.how = translate("Wizard", "enrolled with {hub_url} as till {till}").format(
            hub_url=result.hub_url, till=result.till_code)
        self._store_done()

    def _enroll_failed(self, exc: BaseException) -> None:
        self._busy(False)
        reason = error_text(exc) if isinstance(exc, UserFacingError) else translate(
            "Wizard", "enrollment failed: {error}").format(error=exc)
        self.view.hub_answer.setText(translate(
            "Wizard", "The hub did not enroll this till: {reason}").format(reason=reason))
        self.view.hub_answer.setProperty("level", "error")
        self.view.code_field.setFocus()
        self.view.code_field.selectAll()

    def _save_store(self) -> None:
        try:
            details = self.view.store_form.read()
        except ValidationError as exc:
            self.view.show_error(error_text(exc))
            return
        self._busy(True, translate("Wizard", "Saving the store…"))
        setup = self._setup
        self._runner.run_db(lambda: setup.save(details, actor=None, on_behalf="first-run setup"),
                            lambda _changed: self._store_saved(details.code, details.name),
                            self._failed)

    def _store_saved(self, code: str, name: str) -> None:
        self._busy(False)
        self.enrolled = False
        self.how = translate("Wizard", "standalone store {code} {name}").format(
            code=code, name=name)
        self._store_done(Step.CATALOG)

    def _store_done(self, then: Step = Step.PRINTER) -> None:
        first = not self.has_store
        self.has_store = True
        if first:
            self.store_ready.emit()
        self.go(then)

    # -- printer and scanner --------------------------------------------------------

    def _show_printer(self) -> None:
        self._runner.run_db(self._devices.load, self._printer_loaded, self._failed)

    def _printer_loaded(self, values: Any) -> None:
        uri, profile = values.get("printer.uri"), values.get("printer.profile")
        if uri and uri.startswith("file:"):
            path = unquote(urlparse(uri).path)
            self.printer_text = translate(
                "Wizard", "Receipts: written to the file {path}, as a printer would get them "
                "(F3 sets a printer later).").format(path=path)
        elif uri:
            self.printer_text = translate("Wizard", "Printer: {uri} ({model})").format(
                uri=uri, model=profile or translate("Wizard", "default model"))
        else:
            self.printer_text = translate("Wizard", "No printer set yet.")
        self.view.printer_state.setText(self.printer_text)

    def _printer_settings(self) -> None:
        if self._open_devices is None:
            self.view.show_error(translate(
                "Wizard", "The printer can be set once the till has a store (F8 skips)."))
            return
        controller = self._open_devices(self.view.window())
        controller.view.finished.connect(lambda _r: self._printer_closed())
        controller.saved.connect(self._printer_saved)

    def _printer_to_file(self, path: Path) -> None:
        values = {"printer.uri": path.resolve().as_uri()}
        self._busy(True, translate("Wizard", "Saving the printer…"))
        devices = self._devices
        self._runner.run_db(lambda: devices.save(values, actor=None),
                            lambda _changed: self._printer_filed(values), self._failed)

    def _printer_filed(self, values: dict[str, Any]) -> None:
        self._busy(False)
        self.printer_chosen.emit(values)
        self._printer_saved(values)

    def _printer_saved(self, values: Any) -> None:
        self._printer_loaded(values)
        self.go(Step.SCANNER)

    def _printer_closed(self) -> None:
        if self.step is Step.PRINTER:
            self._show_printer()
            self.view.setFocus()

    def _start_scanner(self) -> None:
        if self._scanner is not None and self._scan_token is None:
            self._scan_token = self._scanner.push(self.show_scan, owner=self, name="setup")

    def _stop_scanner(self) -> None:
        if self._scanner is not None and self._scan_token is not None:
            self._scanner.pop(self._scan_token)
        self._scan_token = None

    def _typed_scan(self) -> None:
        code = self.view.scan_field.text().strip()
        if code:
            self.show_scan(code)

    def show_scan(self, code: str) -> None:
        """What the scanner read, in words (a scan on the scanner step, or a code typed)."""
        shown = code.replace("\x1d", "<GS>")
        self.view.scan_field.setText(shown)
        self.view.scan_field.selectAll()  # the next scan replaces it
        try:
            scan = parse_scan(code)
        except ValidationError as exc:
            text = translate("Wizard", "Read {code}: not a code the till can use ({error}).")\
                .format(code=shown, error=error_text(exc))
        else:
            what = describe(scan)
            kind = (translate("Wizard", "a product code, check digit correct") if scan.is_product
                    else translate("Wizard", "read, but not a product code (no GTIN)"))
            symbology = (translate("Wizard", "unknown") if scan.symbology == "unknown"
                         else scan.symbology)
            text = translate("Wizard", "Read {code}: {symbology}; {kind}. The scanner works.")\
                .format(code=shown, symbology=f"{symbology}, {what}" if what else symbology,
                        kind=kind)
            self.scanned = shown
        self.view.scan_result.setText(text)

    # -- the end ----------------------------------------------------------------------

    def _summary(self) -> str:
        if not self.has_store:
            return translate(
                "Wizard", "This till has no store yet, so it cannot sell. Esc goes back to "
                "connect it to a hub or set up a store; F12 closes OmniPOS (the next start asks "
                "again).")
        lines = [translate("Wizard", "This till is {how}.").format(how=self.how)]
        if self.catalog.how:
            products = translate("Wizard", "Products: {how}.").format(how=self.catalog.how)
            if self.catalog.samples:
                first = self.catalog.samples[0]
                products += " " + translate(
                    "Wizard", "Type {code} and Enter at the Sell screen to sell {name}.").format(
                    code=first.code, name=first.name)
            lines.append(products)
        elif not self.enrolled:
            lines.append(translate("Wizard", "Products: none yet; import the catalog with "
                                             "'omnipos catalog import FILE.csv'."))
        lines += [self.printer_text or translate("Wizard", "Printer: not set (F3 sets it later)."),
                  translate("Wizard", "Scanner: read {code}.").format(code=self.scanned)
                  if self.scanned
                  else translate("Wizard", "Scanner: not tested (F3 has a scanner test)."),
                  translate("Wizard", "Change any of it later: the store and the receipt's header "
                            "and footer on the Manager screen (Alt+7), the printer and scanner "
                            "with F3.")]
        return "\n".join(lines)

    def _catalog_busy(self, busy: bool) -> None:
        self.busy = busy
        for w in (self.view.next_button, self.view.skip_button, self.view.back_button):
            w.setEnabled(not busy)

    def _busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        v = self.view
        v.show_error("")
        if busy:
            v.hub_answer.setText(text) if self.step is Step.HUB else v.show_error(text)
        for w in (v.next_button, v.skip_button, v.back_button, v.hub_field, v.code_field,
                  v.name_field, v.store_form):
            w.setEnabled(not busy)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.view.show_error(error_text(exc) if isinstance(exc, UserFacingError) else translate(
            "Wizard", "Problem: {error}").format(error=exc))
        log.warning("setup step %s failed: %s", self.step.value, exc)
