"""The main window's two doors to phone evidence (issue 14): importing into the current case, and the case's calls
and messages. Kept here so the window only adds two actions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
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


def _close_on_lock(window: Any, widget: Any) -> None:
    """It holds the vault's keys and shows decrypted content: it closes with the review windows when the vault
    locks."""
    window.views.append(widget)
    widget.destroyed.connect(lambda _obj=None, w=widget: window._forget_view(w))


def open_import(window: Any) -> None:
    if not _ready(window):
        return
    from .import_dialog import ImportDialog

    dialog = ImportDialog(window.vault, window.keys, window.case, window.runner, window)
    dialog.imported.connect(window.refresh)
    window._keep("import", dialog)
    _close_on_lock(window, dialog)
    dialog.show()


def open_calls(window: Any) -> None:
    if not _ready(window):
        return
    from .calls_view import CallsView

    view = CallsView(window.vault, window.keys, window.case, window.runner)
    window._keep("calls", view)
    _close_on_lock(window, view)
    view.resize(900, 700)
    view.show()
    view.load()


def is_marks_session(vault: Any, keys: Any, session_id: str) -> bool:
    """Whether a session is a marks session (numbers marked by the owner, FORMAT §3.7)."""
    import json

    from ..core.errors import RecorderError
    from ..core.store import SessionReader
    from ..importing.marks import is_marks_start

    try:
        reader = SessionReader(vault, keys.recording, session_id)
        return bool(reader.scan.frames) and is_marks_start(json.loads(reader.record(0)[1]))
    except (RecorderError, ValueError, OSError):
        return False


def open_imported(window: Any, session_id: str) -> bool:
    """Open an import session in its own view (its files, playable and shown), a marks session as the case's calls
    view (where the marks are shown and made); False for a recording."""
    from .imported_view import ImportedView, is_import_session

    if window.vault is not None and window.keys is not None and is_marks_session(window.vault, window.keys, session_id):
        open_calls(window)
        return True
    if window.vault is None or window.keys is None or not is_import_session(window.vault, window.keys, session_id):
        return False
    view = ImportedView(window.vault, window.keys, session_id, window.runner)
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.views.append(view)  # closed with the other review windows when the vault locks
    view.destroyed.connect(lambda _obj=None, v=view: window._forget_view(v))
    view.resize(800, 700)
    view.show()
    return True
