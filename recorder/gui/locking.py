"""Locking and unlocking the vault from the main window (issue 13 item 6): the lock hides everything read from the
vault — review windows closed (even after one was closed and deleted by the user), the export dialog closed, the
case, the running list and who is here hidden — and keeps the check marks for after the unlock; the idle lock; the
unlock dialog, off the GUI thread.

A mixin of :class:`~recorder.gui.main_window.MainWindow` (plain methods, no QObject of its own): the window's
attributes it uses are declared below for the type checker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication

from ..core.errors import RecorderError
from ..core.vault import VaultKeys
from .i18n import sentence
from .unlock_dialog import UnlockDialog

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer, SignalInstance
    from PySide6.QtWidgets import QWidget

    from ..core.vault import Vault
    from .banner import BannerArea
    from .record_panel import RecordPanel
    from .settings import Settings
    from .worker import Runner


class Locking:
    vault: Vault | None
    keys: VaultKeys | None
    views: list[QWidget]
    dialogs: dict[str, QWidget]
    banners: BannerArea
    record_panel: RecordPanel
    settings: Settings
    runner: Runner
    idle_timer: QTimer
    locked_changed: SignalInstance
    _case_of: dict[str, str]
    _unchecked: list[str]

    if TYPE_CHECKING:  # the window's own, for the type checker only (never shadowing them at run time)

        def refresh(self) -> None: ...
        def check(self, session_id: str) -> None: ...
        def show_error(self, exc: BaseException) -> None: ...
        def _keep(self, name: str, dialog: QWidget) -> None: ...

    def toggle_lock(self) -> None:
        if self.keys is not None and self.vault is not None and not self.vault.pending:
            self.lock()
        else:
            self.open_unlock()

    def lock(self) -> None:
        if self.vault is None or self.vault.pending:
            return
        self.keys = None
        self._case_of.clear()  # the check results stay (no content): the list shows them again after unlock
        for view in list(self.views):
            view.close()
        self.views.clear()
        dialog = self.dialogs.pop("export", None)
        if dialog is not None:
            dialog.close()
        self.record_panel.set_locked(True)
        self.refresh()
        self.locked_changed.emit(True)

    def _idle_lock(self) -> None:
        if self.keys is not None and self.vault is not None and not self.vault.pending:
            self.lock()
            self.banners.show_message(
                lambda: QCoreApplication.translate(
                    "MainWindow", "Locked after a time without use. Recording still works."
                ),
                "info",
                "lock",
            )

    def restart_idle_timer(self) -> None:
        minutes = self.settings.idle_lock_minutes
        if minutes > 0 and self.keys is not None:
            self.idle_timer.start(minutes * 60_000)
        else:
            self.idle_timer.stop()

    def note_activity(self) -> None:
        if self.idle_timer.isActive():
            self.idle_timer.start()

    def open_unlock(self) -> None:
        if self.vault is None or self.keys is not None:
            return
        dialog = self.dialogs.get("unlock")
        if not isinstance(dialog, UnlockDialog):
            dialog = UnlockDialog(cast("QWidget", self))  # the window itself
            dialog.submitted.connect(self.unlock)
            self._keep("unlock", dialog)
        dialog.error.hide()
        dialog.set_busy(False)
        dialog.show()
        dialog.passphrase.setFocus()

    def unlock(self, passphrase: str) -> None:
        vault = self.vault
        dialog = self.dialogs.get("unlock")
        if vault is None:
            return

        def done(keys: object) -> None:
            assert isinstance(keys, VaultKeys)
            self.keys = keys
            if isinstance(dialog, UnlockDialog):
                dialog.passphrase.clear()
                dialog.set_busy(False)
                dialog.accept()
            self.banners.remove("lock")
            self.record_panel.set_locked(False)
            self.refresh()
            self.restart_idle_timer()
            self.locked_changed.emit(False)
            pending, self._unchecked = self._unchecked, []
            for sid in pending:
                self.check(sid)

        def failed(exc: BaseException) -> None:
            if isinstance(dialog, UnlockDialog) and isinstance(exc, RecorderError):
                dialog.show_error(sentence(exc))
            else:
                if isinstance(dialog, UnlockDialog):
                    dialog.set_busy(False)
                self.show_error(exc)

        self.runner.submit(lambda p, c: vault.unlock(passphrase), done, failed)
