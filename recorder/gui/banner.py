"""Problems and news as a band across the top of the window, in the user's language — never a modal dialog,
so nothing interrupts a recording (issue 4 item 5)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

_STYLE = {
    "info": "background:#e8f1fb; border:1px solid #9cbfe6;",
    "warning": "background:#fff4d6; border:1px solid #e0b84c;",
    "error": "background:#fde3e1; border:1px solid #d9776e;",
}


class Banner(QFrame):
    """One message with optional action buttons and a close button."""

    closed = Signal()

    def __init__(self, text: str, level: str = "info", key: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.level = level
        self.setObjectName("banner")
        self.setStyleSheet(f"QFrame#banner {{{_STYLE.get(level, _STYLE['info'])} border-radius:4px;}}")
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 4, 4)
        self._layout.addWidget(self.label, 1)
        self.close_button = QPushButton("×")
        self.close_button.setFlat(True)
        self.close_button.setFixedWidth(28)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.dismiss)
        self._layout.addWidget(self.close_button)

    def add_action(self, text: str, slot: Callable[[], None], default: bool = False) -> QPushButton:
        button = QPushButton(text)
        button.setDefault(default)
        button.setAutoDefault(default)
        button.clicked.connect(slot)
        self._layout.insertWidget(self._layout.count() - 1, button)
        return button

    def text(self) -> str:
        return self.label.text()

    def dismiss(self) -> None:
        self.hide()
        self.closed.emit()
        self.deleteLater()


class BannerArea(QWidget):
    """A stack of banners. A banner with a ``key`` replaces an earlier one with the same key."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.banners: list[Banner] = []

    def show_message(self, text: str, level: str = "info", key: str | None = None) -> Banner:
        if key is not None:
            self.remove(key)
        banner = Banner(text, level, key, self)
        banner.closed.connect(lambda: self._forget(banner))
        self.banners.append(banner)
        self._layout.addWidget(banner)
        return banner

    def remove(self, key: str) -> None:
        for b in [b for b in self.banners if b.key == key]:
            b.dismiss()

    def texts(self) -> list[str]:
        return [b.text() for b in self.banners]

    def _forget(self, banner: Banner) -> None:
        if banner in self.banners:
            self.banners.remove(banner)
