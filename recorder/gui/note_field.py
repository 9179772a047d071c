"""The note field: Enter adds the note; its time is when typing began, not when Enter was pressed.

Enter and Escape give the keyboard back to the window, so the next digit is a quick tag, not the start of another
note (issue 13 item 4); the field is entered again by clicking it or by its own key (N, see the main window)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from ..core.environment import Moment
from ..core.limits import MAX_NOTE_CHARS


class NoteField(QLineEdit):
    note_entered = Signal(str, object)  # text, Moment when typing began

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.began: Moment | None = None
        # The field holds no more than the session writer accepts, so a note that is typed is never refused after
        # the field was cleared for it (core.limits, one set of limits).
        self.setMaxLength(MAX_NOTE_CHARS)
        self.textEdited.connect(self._on_edit)
        self.returnPressed.connect(self._entered)
        self.retranslate()

    def _on_edit(self, text: str) -> None:
        if not text:
            self.began = None  # erased: the next keystroke starts a new note
        elif self.began is None:
            self.began = Moment()

    def commit(self) -> None:
        """Add what is typed, as Enter would (used when the recording stops with a note half-written)."""
        self._on_enter()

    def _entered(self) -> None:
        self._on_enter()
        self.clearFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.clearFocus()  # what is typed stays; it is added by Enter, or at the stop
            event.accept()
            return
        super().keyPressEvent(event)

    def _on_enter(self) -> None:
        text = self.text().strip()
        if not text:
            return
        began = self.began or Moment()
        self.clear()
        self.began = None
        self.note_entered.emit(text, began)

    def retranslate(self) -> None:
        self.setPlaceholderText(
            self.tr("Type a note (key N); Enter adds it, Esc leaves the field. Its time is when you began typing.")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
