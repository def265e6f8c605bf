"""Layout of the device settings dialog: printer, drawer, scanner test."""

from __future__ import annotations

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

from omnipos.devices.profiles import PROFILES

TERMINATOR_CHOICES = (("enter", "Enter"), ("tab", "Tab"), ("enter_or_tab", "Enter or Tab"))


class DeviceSettingsView(QDialog):
    """Widgets only; ``DeviceSettingsController`` gives them behaviour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deviceSettings")
        self.setWindowTitle("Printer, drawer and scanner")
        self.setMinimumWidth(520)

        printer_box = QGroupBox("Receipt printer", self)
        self.uri_edit = QLineEdit(printer_box)
        self.uri_edit.setPlaceholderText("tcp://192.168.1.50:9100, usb://04b8:0202, "
                                         "serial:///dev/ttyUSB0?baudrate=19200")
        self.profile_combo = QComboBox(printer_box)
        for key, profile in PROFILES.items():
            self.profile_combo.addItem(profile.label, key)
        self.test_print_button = QPushButton("Test print", printer_box)
        self.drawer_button = QPushButton("Open drawer", printer_box)
        self.printer_status = QLabel("Not tested yet", printer_box)
        self.printer_status.setObjectName("printerStatus")
        self.printer_status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_print_button)
        buttons.addWidget(self.drawer_button)
        buttons.addStretch(1)
        form = QFormLayout(printer_box)
        form.addRow("Address", self.uri_edit)
        form.addRow("Model", self.profile_combo)
        form.addRow(buttons)
        form.addRow("Status", self.printer_status)

        scanner_box = QGroupBox("Barcode scanner", self)
        self.terminator_combo = QComboBox(scanner_box)
        for key, label in TERMINATOR_CHOICES:
            self.terminator_combo.addItem(label, key)
        self.scan_field = QLineEdit(scanner_box)
        self.scan_field.setPlaceholderText("Scan a barcode here (or type one and press Enter)")
        self.last_code = QLabel("-", scanner_box)
        self.symbology = QLabel("-", scanner_box)
        self.validity = QLabel("-", scanner_box)
        self.validity.setObjectName("scanValidity")
        self.validity.setWordWrap(True)
        self.details = QLabel("", scanner_box)
        self.details.setWordWrap(True)
        scan_form = QFormLayout(scanner_box)
        scan_form.addRow("Scan ends with", self.terminator_combo)
        scan_form.addRow("Test", self.scan_field)
        scan_form.addRow("Last code", self.last_code)
        scan_form.addRow("Symbology", self.symbology)
        scan_form.addRow("Valid", self.validity)
        scan_form.addRow("", self.details)

        self.error = QLabel("", self)
        self.error.setObjectName("settingsError")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)

        layout = QVBoxLayout(self)
        layout.addWidget(printer_box)
        layout.addWidget(scanner_box)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
