"""The main window: cases and sessions on the left, the record panel on the right, banners on top.

It wires views to the recording controller and the vault; it holds no evidence logic of its own. Nothing here
opens a modal dialog: problems are banners, and every dialog is shown non-modally, so a recording in progress is
never interrupted.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QSplitter, QToolBar, QVBoxLayout, QWidget

from ..core.check import CheckResult, check_session
from ..core.environment import Moment
from ..core.errors import RecorderError, WrongPassphrase
from ..core.store import SessionStatus, list_sessions
from ..core.vault import Vault, VaultKeys
from . import phone_actions
from .appearance import apply_text_size, fit_to_screen, scrolled
from .banner import BannerArea
from .call_mode import CallModeView
from .case_list import CasesPanel, local_time
from .cases import append_case_op, build_index, shown_case
from .help_menu import HelpMenu
from .i18n import Translations, sentence
from .icons import icon
from .locking import Locking
from .record_panel import RECORD_KEY, RecordPanel
from .recording import RecordingController, input_choices
from .settings import QuickTag, Settings, SettingsDialog
from .state_strip import RecordingState
from .wizard import SetupWizard, keep_clear_of
from .worker import Runner

log = logging.getLogger(__name__)


class MainWindow(Locking, QMainWindow):
    locked_changed = Signal(bool)
    session_checked = Signal(str, object)  # session id, CheckResult

    def __init__(
        self,
        home: Path,
        settings: Settings,
        translations: Translations,
        runner: Runner,
        vault: Vault | None,
        controller: RecordingController | None = None,
    ) -> None:
        super().__init__()
        self.home = home
        self.settings = settings
        self.translations = translations
        self.runner = runner
        self.vault = vault
        self.keys: VaultKeys | None = None
        self.case: str | None = None
        self.checks: dict[str, CheckResult] = {}
        self._case_of: dict[str, str] = {}
        self._close_after_stop = False
        self._unchecked: list[str] = []
        self.dialogs: dict[str, QWidget] = {}
        self.views: list[QWidget] = []
        self.controller = controller or RecordingController(runner)
        self.setWindowIcon(icon("app"))
        self.setAcceptDrops(True)

        self.banners = BannerArea()
        self.state_view = RecordingState(self, lambda: self.tr("Evidence Recorder"))  # strip, title, tray
        self.cases_panel = CasesPanel()
        self.record_panel = RecordPanel(self)
        self.record_panel.set_tags(settings.quick_tags)
        apply_text_size(settings.text_size)
        splitter = QSplitter()
        splitter.addWidget(self.cases_panel)
        splitter.addWidget(scrolled(self.record_panel))  # scrolls rather than overflow a small screen
        splitter.setStretchFactor(1, 3)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.banners)
        layout.addWidget(self.state_view.strip)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.lock_state = QLabel()
        self.statusBar().addPermanentWidget(self.lock_state)

        self.toolbar = QToolBar()
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)
        self.lock_action = QAction(self)
        self.lock_action.triggered.connect(self.toggle_lock)
        self.passphrase_action = QAction(self)
        self.passphrase_action.triggered.connect(self.open_passphrase_setup)
        self.export_action = QAction(self)
        self.export_action.triggered.connect(self.open_export)
        self.verify_action = QAction(self)
        self.verify_action.triggered.connect(self.open_verify)
        self.complaint_action = QAction(self)  # issue 15 §4: recorder/gui/complaint_wizard.py
        self.print_action = QAction(self)  # issue 15 §5: recorder/gui/print_report.py
        self.print_action.triggered.connect(self.print_report)
        self.complaint_action.triggered.connect(self.open_complaint)
        self.settings_action = QAction(self)
        self.settings_action.triggered.connect(self.open_settings)
        self.import_action = QAction(self)  # phone evidence (issue 14): recorder/gui/phone_actions.py
        self.import_action.triggered.connect(lambda: phone_actions.open_import(self))
        self.calls_action = QAction(self)
        self.calls_action.triggered.connect(lambda: phone_actions.open_calls(self))
        for a in (
            self.lock_action,
            self.passphrase_action,
            self.import_action,
            self.calls_action,
            self.export_action,
            self.verify_action,
            self.complaint_action,
            self.print_action,
            self.settings_action,
        ):
            self.toolbar.addAction(a)
        self.help_menu = HelpMenu(self, self.dialogs)
        self.call_mode = CallModeView(self)  # issue 16: the switch beside Record, the strip's two meters

        # One key starts and stops recording from anywhere in the window (shown on the button; no text field takes
        # F9), and from every dialog and review window it opens (see _keep).
        self.record_shortcut = self._record_key(self)

        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self._idle_lock)

        rp = self.record_panel
        rp.record_clicked.connect(self.toggle_record)
        rp.pause_clicked.connect(self.toggle_pause)
        rp.attach_clicked.connect(self.choose_attachments)
        rp.share_clicked.connect(self.share_fingerprint)
        rp.tag_bar.tagged.connect(self.add_tag)
        rp.note_field.note_entered.connect(self.controller.add_note)
        rp.visitors_card.saved.connect(self.controller.add_visitors)
        c = self.controller
        c.started.connect(self._on_started)
        c.stopped.connect(self._on_stopped)
        c.status_changed.connect(rp.show_status)
        c.status_changed.connect(self.state_view.status)
        c.started.connect(self.state_view.started)
        c.stopped.connect(lambda _sid, _r: self.state_view.stopped(getattr(c.last_status, "audio_s", None)))
        c.logged.connect(self.state_view.logged)
        c.logged.connect(rp.add_event)
        c.problem.connect(lambda text, level, key: self.banners.show_message(text, level, key))
        c.problem_cleared.connect(self.banners.remove)
        cp = self.cases_panel
        cp.case_selected.connect(self.choose_case)
        cp.case_created.connect(self._case_created)
        cp.case_renamed.connect(self._case_renamed)
        cp.session_opened.connect(self.open_session)
        cp.unlock_clicked.connect(self.open_unlock)

        if vault is not None and vault.pending:
            self.keys = vault.unlock("")
        fit_to_screen(self, 1280, 760)  # five quick tags a row in any language, where the screen allows
        self.retranslate()
        self.refresh()
        self.restart_idle_timer()

    # -- recording ---------------------------------------------------------------------------------------------
    @property
    def recording(self) -> bool:
        return self.controller.recording

    def toggle_record(self) -> None:
        if self.recording:
            # A note typed but not yet entered is part of what the user meant to record: keep it.
            self.record_panel.note_field.commit()
            self.controller.stop()
        else:
            self.start_recording()

    def start_recording(self) -> bool:
        if self.recording:
            return True
        if self.vault is None:
            # Record now, set up later: a vault whose keys wait for a passphrase (issue 4 item 1).
            try:
                self.vault = Vault.create_pending(self.home)
            except RecorderError as exc:
                self.banners.show_message(lambda e=exc: sentence(e), "error", "start")
                return False
            self.keys = self.vault.unlock("")
            self._update_pending()
        case = self.case or self.tr("Unsorted recordings")
        self.record_panel.clear_events()
        return self.controller.start(self.vault, case, self.settings.input_device)

    def adopt_recording(self, early: Any) -> bool:
        """Show a recording started before the window (``recorder --record``, see recorder/quick_start.py)."""
        if early.problem is not None:
            self.banners.show_message(lambda e=early.problem: sentence(e), "error", "start")
            return False
        self.record_panel.clear_events()
        return self.controller.adopt(early)

    def toggle_pause(self) -> None:
        self.controller.toggle_pause()
        self.record_panel.set_paused(self.controller.paused)

    def add_tag(self, tag: QuickTag, at: Moment) -> None:
        self.controller.add_tag(tag, at)

    def choose_attachments(self) -> None:
        dialog = QFileDialog(self, self.tr("Attach photos or files"))
        dialog.setModal(False)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.filesSelected.connect(lambda files: [self.controller.attach(Path(f)) for f in files])
        self._keep("attach", dialog)
        dialog.show()

    def share_fingerprint(self) -> None:
        session = self.controller.session
        if not self.recording or session is None or session.last_checkpoint_hash is None:
            return
        from .share_dialog import ShareDialog

        dialog = ShareDialog(session.id, session.last_checkpoint_hash, self)
        self._keep("share", dialog)
        dialog.show()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.recording and event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        urls: list[QUrl] = event.mimeData().urls() if self.recording else []
        for url in urls:
            if url.isLocalFile() and Path(url.toLocalFile()).is_file():
                self.controller.attach(Path(url.toLocalFile()))
        event.acceptProposedAction()

    def _on_started(self, session_id: str) -> None:
        self.record_panel.set_recording(True)
        self.record_panel.set_case(self.case or self.tr("Unsorted recordings"))
        self.banners.remove("saved")
        self.refresh()

    def _on_stopped(self, session_id: str, reason: str) -> None:
        self.record_panel.set_recording(False)
        self.banners.remove("input")
        self.banners.remove("closing")
        self.refresh()
        if session_id:
            self.banners.show_message(lambda: self.tr("The recording was saved and sealed."), "info", "saved")
            if self.keys is None:
                self._unchecked.append(session_id)  # checked as soon as the vault is unlocked
            self.check(session_id)
        if self._close_after_stop:
            self.close()

    # -- checking and opening sessions -------------------------------------------------------------------------
    def check(self, session_id: str) -> None:
        """Check a session off the GUI thread (needs the keys); the list shows the result."""
        if self.vault is None or self.keys is None:
            return
        vault, recording = self.vault, self.keys.recording

        def done(result: object) -> None:
            assert isinstance(result, CheckResult)
            self.checks[session_id] = result
            self.cases_panel.set_check(session_id, result)
            self.session_checked.emit(session_id, result)

        self.runner.submit(lambda p, c: check_session(vault, recording, session_id, p, c), done, self.show_error)

    def open_session(self, session_id: str) -> None:
        if self.vault is None:
            return
        if self.keys is None:
            self.open_unlock()
            return
        if phone_actions.open_imported(self, session_id):  # an import session: its files (issue 14)
            return
        from .review import SessionView  # loaded on first use: it is not needed to start recording

        view = SessionView(self.vault, self.keys, session_id)
        view.stamp_settings = self.controller.stamp_settings  # a closed sitting is stamped like a recording
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._record_key(view)
        self.views.append(view)
        # Closed by the user, the view is deleted: forget it then, so locking never touches a deleted window.
        view.destroyed.connect(lambda _obj=None, v=view: self._forget_view(v))
        fit_to_screen(view, 1200, 800)  # opens on the screen, sized to it
        view.show()

    def _record_key(self, widget: QWidget) -> QShortcut:
        shortcut = QShortcut(QKeySequence(RECORD_KEY), widget)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(self.toggle_record)
        return shortcut

    def _keep(self, name: str, dialog: QWidget) -> None:
        """Keep a dialog by name; F9 starts and stops recording there too (it belongs to the dialog, so it goes
        with it; an application-wide key would outlive a closed window)."""
        if self.dialogs.get(name) is not dialog:
            self._record_key(dialog)
        self.dialogs[name] = dialog

    def _forget_view(self, view: QWidget) -> None:
        if view in self.views:
            self.views.remove(view)

    # -- passphrase for a vault made by "record now" ------------------------------------------------------------
    def open_passphrase_setup(self) -> None:
        if self.vault is not None and not self.vault.pending:
            return
        wizard = SetupWizard(self.translations.language, passphrase_only=self.vault is not None, parent=self)
        wizard.language_chosen.connect(self.set_language)
        wizard.record_now.connect(self.start_recording)
        wizard.passphrase_chosen.connect(lambda p: self.set_passphrase(p, wizard))
        self._keep("wizard", wizard)
        wizard.show()
        keep_clear_of(wizard, self.record_panel.record_button)

    def set_passphrase(self, passphrase: str, wizard: SetupWizard | None = None) -> None:
        home = self.home
        vault = self.vault

        def work(_p: Any, _c: Any) -> tuple[Vault, VaultKeys]:
            if vault is None:
                new = Vault.create(home, passphrase)
                return new, new.unlock(passphrase)  # just typed twice: the new vault opens unlocked
            vault.set_passphrase(passphrase)
            return vault, vault.unlock(passphrase)

        def done(result: object) -> None:
            v, keys = result  # type: ignore[misc]
            self.vault, self.keys = v, keys
            if wizard is not None:
                wizard.accept()
            self.banners.show_message(
                lambda: self.tr("Passphrase set. You will need it to open, play or export recordings."),
                "info",
                "pending",
            )
            self._update_pending()
            self.refresh()
            self.restart_idle_timer()

        def failed(exc: BaseException) -> None:
            if wizard is not None and isinstance(exc, RecorderError):
                wizard.error.setText(sentence(exc))
            else:
                self.show_error(exc)

        self.runner.submit(work, done, failed)

    def _update_pending(self) -> None:
        pending = self.vault is None or self.vault.pending
        self.passphrase_action.setVisible(pending)
        if self.vault is not None and self.vault.pending:
            banner = self.banners.show_message(
                lambda: self.tr(
                    "Your recordings are not locked yet: anyone with this computer can open them. Set a passphrase."
                ),
                "warning",
                "pending",
            )
            banner.add_action(lambda: self.tr("Set a passphrase…"), self.open_passphrase_setup)
        self._update_lock_words()

    # -- cases ------------------------------------------------------------------------------------------------------
    def choose_case(self, name: str) -> None:
        self.case = name
        if not self.recording:
            self.record_panel.set_case(name)

    def _case_created(self, name: str) -> None:
        if self.vault is not None:
            self._safe(lambda: append_case_op(self.vault, {"op": "create", "name": name}))  # type: ignore[arg-type]
        self.choose_case(name)

    def _case_renamed(self, old: str, new: str) -> None:
        if self.vault is not None:
            self._safe(lambda: append_case_op(self.vault, {"op": "rename", "from": old, "to": new}))  # type: ignore[arg-type]
        if self.case == old:
            self.choose_case(new)

    def refresh(self) -> None:
        """Re-read the vault's sessions (and, unlocked, their cases)."""
        self._update_pending()
        if self.vault is None:
            self.cases_panel.show_locked([])
            return
        if self.keys is None:
            self.cases_panel.show_locked(list_sessions(self.vault))
            return
        index = build_index(self.vault, self.keys, self._case_of)
        self.case = shown_case(self.case) if self.case else self.case  # the built-in case follows the language
        if self.case and self.case not in index.cases:
            index.cases[self.case] = []
        select = self.case or (index.names()[0] if index.names() else "")
        self.cases_panel.show_cases(index.cases, self.checks, select)
        if select and not self.case:
            self.choose_case(select)

    def sessions_of_case(self) -> list[SessionStatus]:
        return self.cases_panel.sessions_of(self.case or "")

    # -- dialogs ----------------------------------------------------------------------------------------------------
    def open_settings(self) -> None:
        dialog = SettingsDialog(self.settings, input_choices(), self.translations.language, self)
        dialog.applied.connect(self.apply_settings)
        dialog.language_changed.connect(self.set_language)  # only a language the user chose there
        self._keep("settings", dialog)
        dialog.show()

    def apply_settings(self) -> None:
        apply_text_size(self.settings.text_size)
        self.record_panel.set_tags(self.settings.quick_tags)
        self.restart_idle_timer()

    def set_language(self, language: str) -> None:
        """Switch the whole app's language; the recording, if any, carries on untouched."""
        self.settings.language = language
        self.translations.apply(language)

    def open_export(self) -> None:
        if self.vault is None or self.keys is None:
            self.open_unlock()
            return
        from .export_dialog import ExportDialog

        ids = [st.id for st in self.sessions_of_case()]
        dialog = ExportDialog(
            self.vault, self.keys, ids, self.case or "", self.translations.language, self.runner, self
        )
        self._keep("export", dialog)
        dialog.show()

    def open_verify(self) -> None:
        from .verify_dialog import VerifyDialog

        dialog = VerifyDialog(self.runner, self)
        self._keep("verify", dialog)
        dialog.show()

    def print_report(self) -> None:
        from .print_report import print_package

        print_package(self)

    def open_complaint(self) -> None:
        from .complaint_wizard import ComplaintWizard

        wizard = ComplaintWizard(self.translations.language, self)
        self._keep("complaint", wizard)
        wizard.show()

    # -- announcements and errors -----------------------------------------------------------------------------------
    def announce_recovered(self, recovered: list[SessionStatus]) -> None:
        for st in recovered:
            try:
                end = local_time_of_file(st.journal)
            except OSError:
                end = "—"
            start = local_time(st.created_utc)
            self.banners.show_message(
                lambda start=start, end=end: self.tr(
                    "A recording started {start} was interrupted and has been recovered; it ends at {end}."
                ).format(start=start, end=end),
                "warning",
                f"recovered-{st.id}",
            )

    def show_error(self, exc: BaseException) -> None:
        if isinstance(exc, WrongPassphrase | RecorderError):
            self.banners.show_message(lambda: sentence(exc), "error", "error")
        else:
            log.error("unexpected error", exc_info=exc)
            self.banners.show_message(
                lambda: self.tr("Something went wrong. What was recorded is kept; details are in the log file."),
                "error",
                "error",
            )

    def _safe(self, call: Any) -> None:
        try:
            call()
        except Exception as exc:
            self.show_error(exc)

    # -- closing -----------------------------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.recording:
            for d in self.dialogs.values():
                d.close()
            for v in list(self.views):
                v.close()
            event.accept()
            return
        # Ask without blocking: the recording goes on while the question is shown, and the default keeps it.
        event.ignore()
        banner = self.banners.show_message(
            lambda: self.tr("A recording is in progress. Closing the window would stop it."), "warning", "closing"
        )
        keep = banner.add_action(
            lambda: self.tr("Keep recording"), lambda: self.banners.remove("closing"), default=True
        )
        banner.add_action(lambda: self.tr("Stop recording and close"), self._stop_and_close)
        keep.setFocus()

    def _stop_and_close(self) -> None:
        self._close_after_stop = True
        self.controller.stop()

    # -- words -------------------------------------------------------------------------------------------------------
    def _update_lock_words(self) -> None:
        if self.vault is None:
            self.lock_state.setText(self.tr("No evidence vault yet"))
        elif self.vault.pending:
            self.lock_state.setText(self.tr("Not locked yet (no passphrase)"))
        elif self.keys is None:
            self.lock_state.setText(self.tr("Locked"))
        else:
            self.lock_state.setText(self.tr("Unlocked"))
        self.lock_action.setText(self.tr("Lock") if self.keys is not None else self.tr("Unlock…"))
        self.lock_action.setVisible(self.vault is not None and not self.vault.pending)

    def retranslate(self) -> None:
        self.state_view.refresh()  # the window title, with the recording's state
        self.passphrase_action.setText(self.tr("Set a passphrase…"))
        self.import_action.setText(self.tr("Import phone evidence…"))
        self.calls_action.setText(self.tr("Calls and messages"))
        self.export_action.setText(self.tr("Export…"))
        self.verify_action.setText(self.tr("Verify an evidence package…"))
        self.complaint_action.setText(self.tr("Complaint package…"))
        self.print_action.setText(self.tr("Print a report…"))
        self.settings_action.setText(self.tr("Settings…"))
        self.help_menu.retranslate()
        self._update_lock_words()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.vault is not None and self.vault.pending:
                self._update_pending()
            elif self.keys is not None:
                self.refresh()  # case names that are words of the app (the built-in case) change language
        super().changeEvent(event)


def local_time_of_file(path: Path) -> str:
    """When a file was last written, in local time: for an interrupted recording, when its last entry landed."""
    from datetime import datetime

    return datetime.fromtimestamp(path.stat().st_mtime).strftime("%Y-%m-%d %H:%M:%S")
