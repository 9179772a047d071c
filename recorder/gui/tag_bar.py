"""The quick-tag bar: one button per tag, each also on its key anywhere in the window: 1–0 in rows of up to five
(fewer where the window is narrow, as on a small screen at 150 %), Shift+1–4 starting a row of their own.

The moment is read when the key is pressed or the button clicked, so the tag lands where it happened.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from ..core.environment import Moment
from .settings import QuickTag, key_text

MAX_COLUMNS = 5


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
        self._columns = 0
        for tag in tags:
            button = QPushButton()
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keeps the number keys free for the shortcuts
            button.clicked.connect(lambda _=False, t=tag: self.tagged.emit(t, Moment()))
            self.buttons.append(button)
            # Plain digits: a focused text field takes them first (ShortcutOverride), so typing a note is safe.
            sc = QShortcut(QKeySequence(tag.key), self._shortcut_parent)
            sc.activated.connect(lambda t=tag: self._by_key(t))
            self._shortcuts.append(sc)
        self.retranslate()
        self._arrange(self._fitting_columns(self.width()) if self.width() > 0 else MAX_COLUMNS)
        self.set_active(self.isEnabled())

    # -- layout: as many columns as fit (at most five), so the bar never makes the window wider than the screen ----
    def _widest(self) -> int:
        return max((b.sizeHint().width() for b in self.buttons), default=0)

    def _needed_width(self, columns: int) -> int:
        """The width the buttons take in ``columns`` columns, each as wide as its widest button."""
        widths = [0] * columns
        for group in self._groups():
            for i, b in enumerate(group):
                widths[i % columns] = max(widths[i % columns], b.sizeHint().width())
        return sum(widths) + max(0, self._layout.horizontalSpacing()) * (columns - 1)

    def _fitting_columns(self, width: int) -> int:
        return next((c for c in range(MAX_COLUMNS, 1, -1) if self._needed_width(c) <= width), 1)

    def _groups(self) -> tuple[list[QPushButton], list[QPushButton]]:
        """The buttons of the digits, and those of the Shift keys (which start a row of their own)."""
        pairs = list(zip(self.buttons, self.tags, strict=True))
        return (
            [b for b, t in pairs if not t.key.startswith("Shift+")],
            [b for b, t in pairs if t.key.startswith("Shift+")],
        )

    def _arrange(self, columns: int) -> None:
        """Place the buttons: the digits in rows of ``columns``; the Shift tags start a row of their own."""
        if columns == self._columns:
            return
        self._columns = columns
        for b in self.buttons:
            self._layout.removeWidget(b)
        plain, shifted = self._groups()
        first_shift_row = -(-len(plain) // columns)
        for i, b in enumerate(plain):
            self._layout.addWidget(b, i // columns, i % columns)
        for i, b in enumerate(shifted):
            self._layout.addWidget(b, first_shift_row + i // columns, i % columns)
        self._layout.activate()
        # The layout takes the rows' height from this: more rows when narrower (a window on a small screen).
        self.setMinimumHeight(self._layout.minimumSize().height())
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        # As narrow as the widest button (the columns adapt on resize); as tall as the current rows.
        return QSize(self._widest(), self._layout.minimumSize().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(self._fitting_columns(event.size().width()))
        super().resizeEvent(event)

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
            self._columns = 0  # the words' widths changed: place the buttons again
            self._arrange(self._fitting_columns(self.width()))
        super().changeEvent(event)
