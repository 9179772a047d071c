"""The quick-tag bar: one button per tag, each also on its key anywhere in the window: 1–0 on the first two rows,
Shift+1–4 on a row of their own.

The moment is read when the key is pressed or the button clicked, so the tag lands where it happened.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from ..core.environment import Moment
from .settings import QuickTag, key_text


class TagBar(QWidget):
    tagged = Signal(object, object)  # QuickTag, Moment

    def __init__(self, shortcut_parent: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shortcut_parent = shortcut_parent
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[QPushButton] = []
        self._shortcuts: list[QShortcut] = []
        self.tags: list[QuickTag] = []

    def set_tags(self, tags: list[QuickTag]) -> None:
        for b in self.buttons:
            b.deleteLater()
        for s in self._shortcuts:
            s.setEnabled(False)
            s.deleteLater()
        self.buttons, self._shortcuts, self.tags = [], [], list(tags)
        plain = shifted = 0
        for tag in tags:
            button = QPushButton()
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keeps the number keys free for the shortcuts
            button.clicked.connect(lambda _=False, t=tag: self.tagged.emit(t, Moment()))
            # The digits fill two rows of five; Shift tags start a row of their own, so the rows match the keys.
            if tag.key.startswith("Shift+"):
                row, col = 2 + shifted // 5, shifted % 5
                shifted += 1
            else:
                row, col = plain // 5, plain % 5
                plain += 1
            self._layout.addWidget(button, row, col)
            self.buttons.append(button)
            # Plain digits: a focused text field takes them first (ShortcutOverride), so typing a note is safe.
            sc = QShortcut(QKeySequence(tag.key), self._shortcut_parent)
            sc.activated.connect(lambda t=tag: self._by_key(t))
            self._shortcuts.append(sc)
        self.retranslate()
        self.set_active(self.isEnabled())

    def _by_key(self, tag: QuickTag) -> None:
        if self.isEnabled():
            self.tagged.emit(tag, Moment())

    def set_active(self, active: bool) -> None:
        self.setEnabled(active)
        for s in self._shortcuts:
            s.setEnabled(active)

    def retranslate(self) -> None:
        for button, tag in zip(self.buttons, self.tags, strict=True):
            button.setText(f"{key_text(tag.key)}  {tag.text()}")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
