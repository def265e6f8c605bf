"""The first run: the wizard as a layer of the shell's window, until the till has a store."""

from __future__ import annotations

from pathlib import Path

from omnipos.services.devices import DeviceSettings
from omnipos.services.setup import StoreSetup
from omnipos.services.sync import SyncService
from omnipos.ui.common.tasks import TaskRunner
from omnipos.ui.i18n import translate
from omnipos.ui.setup.wizard import SetupWizard
from omnipos.ui.setup.wizard_view import WizardView
from omnipos.ui.shell.main_window import MainWindow
from omnipos.ui.shell.scanning import ScanRouter

__all__ = ["first_run"]


def first_run(window: MainWindow, setup: StoreSetup, sync: SyncService, devices: DeviceSettings,
              runner: TaskRunner, scanner: ScanRouter | None, *, data_dir: str = "") -> SetupWizard:
    """Cover ``window`` with the wizard; the caller builds the screens on ``store_ready``."""
    view = WizardView()
    wizard = SetupWizard(view, setup, sync, devices, runner, scanner,
                         receipt_file=Path(data_dir) / "receipts.escpos" if data_dir else None)
    window.cover(view, wizard.focus_widget)
    window.status.set_identity(store=translate("Wizard", "(none yet)"), till="-", cashier="-")
    return wizard
