"""The main window's two doors to phone evidence (issue 14): importing into the current case, and the case's calls
and messages. Kept here so the window only adds two actions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox


def _ready(window: Any) -> bool:
    if window.vault is None or window.keys is None:
        window.open_unlock()
        return False
    if not window.case:
        QMessageBox.information(
            window,
            QCoreApplication.translate("PhoneActions", "Phone evidence"),
            QCoreApplication.translate("PhoneActions", "Choose or create a case first."),
        )
        return False
    return True


def open_import(window: Any) -> None:
    if not _ready(window):
        return
    from .import_dialog import ImportDialog

    dialog = ImportDialog(window.vault, window.keys, window.case, window.runner, window)
    dialog.imported.connect(window.refresh)
    window._keep("import", dialog)
    dialog.show()


def open_calls(window: Any) -> None:
    if not _ready(window):
        return
    from .calls_view import CallsView

    view = CallsView(window.vault, window.keys, window.case, window.runner)
    window._keep("calls", view)
    view.resize(900, 700)
    view.show()
    view.load()
