"""The "who is here" card: how many visitors, their names or staff numbers, company, platform, phone numbers.
Saved as one ``visitors`` entry when the user presses Save (again after a change: each save is a new entry)."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget

_SPLIT = re.compile(r"[,，、;；\n]+")


def _items(text: str) -> list[str]:
    return [p.strip() for p in _SPLIT.split(text) if p.strip()]


class VisitorsCard(QGroupBox):
    saved = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count = QSpinBox()
        self.count.setRange(0, 99)
        self.names = QLineEdit()
        self.company = QLineEdit()
        self.platform = QLineEdit()
        self.phones = QLineEdit()
        self.save = QPushButton()
        self.save.clicked.connect(self._save)
        self.form = QFormLayout(self)
        self.labels = [QLabel() for _ in range(5)]
        fields = (self.count, self.names, self.company, self.platform, self.phones)
        for label, w in zip(self.labels, fields, strict=True):
            self.form.addRow(label, w)
        self.form.addRow(self.save)
        self.retranslate()

    def card(self) -> dict[str, Any]:
        return {
            "count": self.count.value(),
            "names": _items(self.names.text()),
            "company": self.company.text().strip(),
            "platform": self.platform.text().strip(),
            "phones": _items(self.phones.text()),
        }

    def is_empty(self) -> bool:
        c = self.card()
        return not (c["count"] or c["names"] or c["company"] or c["platform"] or c["phones"])

    def clear(self) -> None:
        """Empty the card: a new recording starts with no one noted yet."""
        self.count.setValue(0)
        for field in (self.names, self.company, self.platform, self.phones):
            field.clear()

    def _save(self) -> None:
        if not self.is_empty():
            self.saved.emit(self.card())

    def retranslate(self) -> None:
        self.setTitle(self.tr("Who is here"))
        labels = (
            self.tr("How many visitors"),
            self.tr("Names or staff numbers"),
            self.tr("Company"),
            self.tr("Platform or lender"),
            self.tr("Phone numbers"),
        )
        for label, text in zip(self.labels, labels, strict=True):
            label.setText(text)
        self.names.setPlaceholderText(self.tr("separate with commas"))
        self.phones.setPlaceholderText(self.tr("separate with commas"))
        self.save.setText(self.tr("Save who is here"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
