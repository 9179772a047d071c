"""A small form to mark a number (issue 14 §2): whose it is — the collector's (with the company, the lending
platform and the person's name as given), family, a colleague, another contact, or no mark any more. Saved as a
new sealed marks session of the case (recorder/importing/marks.py); nothing imported is changed."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import RecorderError
from ..core.vault import Vault
from ..importing import marks as marking
from .i18n import sentence


class MarkDialog(QDialog):
    def __init__(
        self,
        vault: Vault,
        case: str,
        number: str = "",
        mark: dict[str, object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault, self.case = vault, case
        self.session: str | None = None  # the marks session written, once saved
        mark = mark or {}
        self.setWindowTitle(self.tr("Mark a number"))
        self.number = QLineEdit(number)
        self.role = QComboBox()
        for role, words in (
            ("collector", self.tr("The collector's (calls on behalf of a lender)")),
            ("family", self.tr("Family")),
            ("colleague", self.tr("A colleague")),
            ("contact", self.tr("Another contact")),
            ("none", self.tr("No mark (withdraw an earlier one)")),
        ):
            self.role.addItem(words, role)
        self.role.setCurrentIndex(max(0, self.role.findData(mark.get("role") or "collector")))
        self.company = QLineEdit(str(mark.get("company") or ""))
        self.platform = QLineEdit(str(mark.get("platform") or ""))
        self.person = QLineEdit(str(mark.get("person") or ""))
        self.error = QLabel()
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Number"), self.number)
        form.addRow(self.tr("Whose number"), self.role)
        form.addRow(self.tr("Company"), self.company)
        form.addRow(self.tr("Lending platform or app"), self.platform)
        form.addRow(self.tr("Person's name, as given"), self.person)
        note = QLabel(
            self.tr("A mark is your own statement, kept as a new signed entry of the case; the imports are unchanged.")
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        """Write the mark (a marks session of a few entries: quick) and close; a sentence if it cannot be made."""
        try:
            body = marking.mark_body(
                self.number.text(),
                str(self.role.currentData()),
                self.company.text(),
                self.platform.text(),
                self.person.text(),
            )
            self.session = marking.mark_numbers(self.vault, self.case, [body])
        except RecorderError as exc:
            self.error.setText(sentence(exc))
            return
        self.accept()
