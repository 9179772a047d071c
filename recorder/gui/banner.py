"""Problems and news as a band across the top of the window, in the user's language — never a modal dialog,
so nothing interrupts a recording (issue 4 item 5).

A banner's words are given as a function that words it in the current language (``lambda: self.tr(...)``), so
that a banner already shown follows a switch of language; a plain string stays as it is.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .appearance import banner_style

# What a banner says: the words, or a function that words them in the current language.
Wording = str | Callable[[], str]


def worded(wording: Wording) -> str:
    return wording() if callable(wording) else wording


class Banner(QFrame):
    """One message with optional action buttons and a close button."""

    closed = Signal()

    def __init__(
        self, text: Wording, level: str = "info", key: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.key = key
        self._wording = text
        self._actions: list[tuple[QPushButton, Wording]] = []
        self.level = level
        self._restyling = False
        self.setObjectName("banner")
        self._restyle()
        self.label = QLabel(worded(text))
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

    def add_action(self, text: Wording, slot: Callable[[], None], default: bool = False) -> QPushButton:
        button = QPushButton(worded(text))
        self._actions.append((button, text))
        button.setDefault(default)
        button.setAutoDefault(default)
        button.clicked.connect(slot)
        self._layout.insertWidget(self._layout.count() - 1, button)
        return button

    def text(self) -> str:
        return self.label.text()

    def retranslate(self) -> None:
        self.label.setText(worded(self._wording))
        for button, wording in self._actions:
            button.setText(worded(wording))
        self.close_button.setAccessibleName(self.tr("Close"))

    def _restyle(self) -> None:
        # Colours from the palette's roles (appearance.py), so a dark or high-contrast theme keeps banners legible.
        self.setStyleSheet(banner_style(self.level, QApplication.palette()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange and not self._restyling:
            self._restyling = True  # setting a style sheet sends another PaletteChange
            self._restyle()
            self._restyling = False
        super().changeEvent(event)

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

    def show_message(self, text: Wording, level: str = "info", key: str | None = None) -> Banner:
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
