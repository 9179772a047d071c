"""The Help menu: the keyboard shortcuts in the user's language, and About (version, the code's hash — the same
``code_sha256`` every recording's first entry carries, so a reader can match a recording to this build — and the
licence). Both dialogs are non-modal, like every dialog of the main window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..core.environment import code_sha256
from ..core.messages import QT_TRANSLATE_NOOP

LICENCE = "GPL-3.0-or-later"
SOURCE_URL = "https://www.gnu.org/licenses/gpl-3.0.html"

# (keys, what they do): keys as Qt names them (shown in the keyboard's own words), the words in context "Shortcuts".
SHORTCUTS: tuple[tuple[str, str], ...] = (
    ("F9", QT_TRANSLATE_NOOP("Shortcuts", "Start or stop recording, from anywhere in the app")),
    ("1, 2, …, 9, 0", QT_TRANSLATE_NOOP("Shortcuts", "Add the quick tag shown on that button")),
    ("Shift+1, …, Shift+4", QT_TRANSLATE_NOOP("Shortcuts", "Add a quick tag of the second row")),
    ("N", QT_TRANSLATE_NOOP("Shortcuts", "Write a note")),
    ("Enter", QT_TRANSLATE_NOOP("Shortcuts", "Add the note; the next digit is a tag again")),
    ("Esc", QT_TRANSLATE_NOOP("Shortcuts", "Leave the note field (what is typed is kept)")),
    ("Ctrl+W, Esc", QT_TRANSLATE_NOOP("Shortcuts", "Close a recording's review window")),
    ("Space", QT_TRANSLATE_NOOP("Shortcuts", "Play or pause, in a review window")),
    ("Right, Left", QT_TRANSLATE_NOOP("Shortcuts", "Next or previous tag or note, in a review window")),
    ("Shift+Right, Shift+Left", QT_TRANSLATE_NOOP("Shortcuts", "Jump forward or back, in a review window")),
    ("F1", QT_TRANSLATE_NOOP("Shortcuts", "This list")),
)


def _keys_text(keys: str) -> str:
    return ", ".join(
        QKeySequence(k.strip()).toString(QKeySequence.SequenceFormat.NativeText) if "…" not in k else k.strip()
        for k in keys.split(",")
    )


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(False)
        self.table = QTableWidget(len(SHORTCUTS), 2)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 360)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        for row, (keys, what) in enumerate(SHORTCUTS):
            self.table.setItem(row, 0, QTableWidgetItem(_keys_text(keys)))
            self.table.setItem(row, 1, QTableWidgetItem(QCoreApplication.translate("Shortcuts", what)))
        self.table.resizeRowsToContents()

    def texts(self) -> list[str]:
        return [self.table.item(r, c).text() for r in range(self.table.rowCount()) for c in range(2)]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class TextDialog(QDialog):
    """A window of text with a Close button, kept in the user's language (Help's About, Help → Call mode)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(False)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.retranslate()

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class AboutDialog(TextDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setOpenExternalLinks(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About Evidence Recorder"))
        code = code_sha256()
        # The hash in groups of eight, so it wraps and can be read out.
        grouped = " ".join(code[i : i + 8] for i in range(0, len(code), 8))
        self.body.setText(
            "<p><b>{name}</b></p><p>{version}</p><p>{code_line}<br><tt>{code}</tt></p><p>{licence}</p>".format(
                name=self.tr("Evidence Recorder"),
                version=self.tr("Version {version}").format(version=__version__),
                code_line=self.tr("Hash value (SHA-256) of this program's code, also written into every recording:"),
                code=grouped,
                licence=self.tr(
                    "Free software under the GNU General Public License, version 3 or later ({link})."
                ).format(link=f'<a href="{SOURCE_URL}">{LICENCE}</a>'),
            )
        )


class HelpMenu:
    """Adds Help → Keyboard shortcuts and About to a main window; the dialogs are kept in ``window.dialogs``."""

    def __init__(self, window: QMainWindow, dialogs: dict[str, QWidget]) -> None:
        self.window, self.dialogs = window, dialogs
        self.menu = window.menuBar().addMenu("")
        self.shortcuts_action = QAction(window)
        self.shortcuts_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.call_action = QAction(window)  # issue 16: what call mode records, and macOS's virtual output
        self.call_action.triggered.connect(self.show_call_mode)
        self.about_action = QAction(window)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.menu.addAction(self.shortcuts_action)
        self.menu.addAction(self.call_action)
        self.menu.addAction(self.about_action)
        self.retranslate()

    def _show(self, key: str, make: type[QDialog]) -> None:
        dialog = self.dialogs.get(key)
        if dialog is None:
            dialog = make(self.window)
            self.dialogs[key] = dialog
        dialog.show()
        dialog.raise_()

    def show_shortcuts(self) -> None:
        self._show("shortcuts", ShortcutsDialog)

    def show_call_mode(self) -> None:
        from .call_mode import CallModeHelp

        self._show("call-mode", CallModeHelp)

    def show_about(self) -> None:
        self._show("about", AboutDialog)

    def retranslate(self) -> None:
        self.menu.setTitle(QCoreApplication.translate("HelpMenu", "&Help"))
        self.shortcuts_action.setText(QCoreApplication.translate("HelpMenu", "Keyboard shortcuts"))
        self.call_action.setText(QCoreApplication.translate("HelpMenu", "Call mode"))
        self.about_action.setText(QCoreApplication.translate("HelpMenu", "About Evidence Recorder"))
