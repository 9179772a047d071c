"""Asking for the passphrase. Not modal (a recording may be running); a wrong passphrase is said plainly and the
field is cleared for another try."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from .appearance import status_style

WIDTH_IN_CHARACTERS = 56  # wide enough for the prompt on two or three lines in any of the languages


class UnlockDialog(QDialog):
    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(False)
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(status_style("bad"))
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * WIDTH_IN_CHARACTERS)
        self.retranslate()

    def _submit(self) -> None:
        self.set_busy(True)
        self.error.hide()
        self.submitted.emit(self.passphrase.text())

    def set_busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.error.setText(text)
        self.error.show()
        self._fit()
        self.passphrase.clear()
        self.passphrase.setFocus()

    def _fit(self) -> None:
        """Grow (never shrink) to show the wrapped prompt and message whole: a dialog does not follow its labels'
        height for its width by itself, so a message in a longer language was cut off."""
        layout = self.layout()
        layout.activate()
        width = self.width()
        need = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
        if need > self.height():
            self.resize(self.width(), need)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Unlock"))
        self.prompt.setText(self.tr("Enter the passphrase of your evidence vault to see cases and play recordings."))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Unlock"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        if self.isVisible():
            self._fit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
