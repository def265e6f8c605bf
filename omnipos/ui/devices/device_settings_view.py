"""Layout of the device settings dialog: printer, drawer, scanner test, customer display."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omnipos.devices.pole_display import DisplayProtocol
from omnipos.devices.profiles import PROFILES
from omnipos.services.devices import DisplayWindow
from omnipos.ui.i18n import translate

WINDOW_CHOICES = ((DisplayWindow.AUTO, QT_TRANSLATE_NOOP("Devices", "On a second screen")),
                  (DisplayWindow.ON, QT_TRANSLATE_NOOP("Devices", "Always")),
                  (DisplayWindow.OFF, QT_TRANSLATE_NOOP("Devices", "Never")))
TERMINATOR_CHOICES = (("enter", QT_TRANSLATE_NOOP("Devices", "Enter")),
                      ("tab", QT_TRANSLATE_NOOP("Devices", "Tab")),
                      ("enter_or_tab", QT_TRANSLATE_NOOP("Devices", "Enter or Tab")))


class DeviceSettingsView(QDialog):
    """Widgets only; ``DeviceSettingsController`` gives them behaviour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deviceSettings")
        self.setWindowTitle(translate("Devices", "Printer, drawer and scanner"))
        self.setMinimumWidth(1240)  # the 1280 px screen: the fields as wide as they can be

        printer_box = QGroupBox(translate("Devices", "Receipt printer"), self)
        self.uri_edit = QLineEdit(printer_box)
        self.uri_edit.setPlaceholderText(translate("Devices", "e.g. tcp://192.168.1.50:9100"))
        self.uri_edit.setToolTip(translate("Devices", "tcp://192.168.1.50:9100, "
                                                      "usb://04b8:0202, "
                                                      "serial:///dev/ttyUSB0?baudrate=19200"))
        self.profile_combo = QComboBox(printer_box)
        for key, profile in PROFILES.items():
            self.profile_combo.addItem(profile.label, key)
        self.test_print_button = QPushButton(translate("Devices", "Test print"), printer_box)
        self.drawer_button = QPushButton(translate("Devices", "Open drawer"), printer_box)
        self.printer_status = QLabel(translate("Devices", "Not tested yet"), printer_box)
        self.printer_status.setObjectName("printerStatus")
        self.printer_status.setWordWrap(True)
        # A printer's problem takes up to five lines (its address and the reason): keep room
        # for them, since the form does not grow its row when a wrapped label's text changes.
        self.printer_status.setStyleSheet("min-height: 4.6em")  # five lines in the till's font


        buttons = QHBoxLayout()
        buttons.addWidget(self.test_print_button)
        buttons.addWidget(self.drawer_button)
        buttons.addStretch(1)
        form = QFormLayout(printer_box)
        form.addRow(translate("Devices", "Address"), self.uri_edit)
        form.addRow(translate("Devices", "Model"), self.profile_combo)
        form.addRow(buttons)
        form.addRow(translate("Devices", "Status"), self.printer_status)

        scanner_box = QGroupBox(translate("Devices", "Barcode scanner"), self)
        self.terminator_combo = QComboBox(scanner_box)
        for key, label in TERMINATOR_CHOICES:
            self.terminator_combo.addItem(translate("Devices", label), key)
        self.scan_field = QLineEdit(scanner_box)
        self.scan_field.setPlaceholderText(translate("Devices", "Scan or type a code, Enter"))
        self.last_code = QLabel("-", scanner_box)
        self.symbology = QLabel("-", scanner_box)
        self.validity = QLabel("-", scanner_box)
        self.validity.setObjectName("scanValidity")
        self.validity.setWordWrap(True)
        self.details = QLabel("", scanner_box)
        self.details.setWordWrap(True)
        scan_form = QFormLayout(scanner_box)
        scan_form.addRow(translate("Devices", "Scan ends with"), self.terminator_combo)
        scan_form.addRow(translate("Devices", "Test"), self.scan_field)
        scan_form.addRow(translate("Devices", "Last code"), self.last_code)
        scan_form.addRow(translate("Devices", "Symbology"), self.symbology)
        scan_form.addRow(translate("Devices", "Valid"), self.validity)
        scan_form.addRow("", self.details)

        display_box = QGroupBox(translate("Devices", "Customer display"), self)
        self.display_uri_edit = QLineEdit(display_box)
        self.display_uri_edit.setObjectName("displayUri")
        self.display_uri_edit.setPlaceholderText(translate("Devices", "e.g. serial:///dev/ttyUSB1"))
        self.display_uri_edit.setToolTip(translate("Devices", "serial:///dev/ttyUSB1?baudrate=9600"))
        self.display_protocol_combo = QComboBox(display_box)
        for protocol in DisplayProtocol:
            self.display_protocol_combo.addItem(protocol.label, protocol.value)
        self.display_window_combo = QComboBox(display_box)
        for mode, label in WINDOW_CHOICES:
            self.display_window_combo.addItem(translate("Devices", label), mode.value)
        self.test_display_button = QPushButton(translate("Devices", "Test display"), display_box)
        self.display_status = QLabel("", display_box)
        self.display_status.setObjectName("displayStatus")
        self.display_status.setWordWrap(True)
        display_form = QFormLayout(display_box)
        display_form.addRow(translate("Devices", "Pole address"), self.display_uri_edit)
        display_form.addRow(translate("Devices", "Command set"), self.display_protocol_combo)
        display_form.addRow("", self.test_display_button)
        display_form.addRow("", self.display_status)
        display_form.addRow(translate("Devices", "Window"), self.display_window_combo)

        self.error = QLabel("", self)
        self.error.setObjectName("settingsError")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)

        # Two columns: the dialog fits a 1280x800 till with its Save button in sight.
        left = QVBoxLayout()
        left.addWidget(printer_box)
        left.addWidget(scanner_box)
        right = QVBoxLayout()
        right.addWidget(display_box)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
