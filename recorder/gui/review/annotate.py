"""The form for a later annotation: a note or a tag, at the playhead or about a captured event."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...core.tags import DEFAULT_TAGS
from .markers import KIND_WORDS, Marker, clock_text, tr

NOTE, TAG = "note", "tag"


class AnnotationDialog(QDialog):
    """Asks what to add. The caller reads :meth:`kind`, :meth:`text`, :meth:`tag` and :meth:`about`."""

    def __init__(self, frame: int, rate: int, event: Marker | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a later annotation"))
        self.frame = frame
        self._event = event
        self.what = QComboBox(self)
        self.what.addItem(self.tr("Note"), NOTE)
        self.what.addItem(self.tr("Tag"), TAG)
        self.tags = QComboBox(self)
        for t in DEFAULT_TAGS:
            self.tags.addItem(QCoreApplication.translate("Tags", t.label), t.code)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setPlaceholderText(self.tr("What you want to add, in your own words"))
        self.at_playhead = QRadioButton(self.tr("At {time} (the playhead)").format(time=clock_text(frame, rate)), self)
        self.at_event = QRadioButton(self)
        if event is not None:
            word = tr(KIND_WORDS.get(event.kind, event.kind))
            self.at_event.setText(
                self.tr("About the selected {what} at {time}").format(
                    what=word.lower(), time=clock_text(event.frame, rate)
                )
            )
            self.at_event.setChecked(True)
        else:
            self.at_event.setText(self.tr("About an event (select one in the list first)"))
            self.at_event.setEnabled(False)
            self.at_playhead.setChecked(True)
        notice = QLabel(
            self.tr(
                "It will be shown as added later, with today's date, and kept apart from the recording, "
                "which is never changed."
            ),
            self,
        )
        notice.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        form = QFormLayout()
        form.addRow(self.tr("Add"), self.what)
        form.addRow(self.tr("Tag"), self.tags)
        form.addRow(self.tr("Where"), self.at_playhead)
        form.addRow("", self.at_event)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.text_edit)
        layout.addWidget(notice)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.what.currentIndexChanged.connect(self._update)
        self.text_edit.textChanged.connect(self._update)
        self._update()

    def kind(self) -> str:
        return str(self.what.currentData())

    def text(self) -> str:
        return self.text_edit.toPlainText().strip()

    def tag(self) -> tuple[str, str]:
        """(code, label as shown) of the chosen tag."""
        return str(self.tags.currentData()), self.tags.currentText()

    def about(self) -> Marker | None:
        return self._event if self.at_event.isChecked() else None

    def _update(self) -> None:
        is_tag = self.kind() == TAG
        self.tags.setEnabled(is_tag)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(is_tag or bool(self.text()))
