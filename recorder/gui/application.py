"""Starting the desktop app: QApplication, languages, logging, the vault, recovery, the main window.

``recorder`` opens it; ``recorder --record`` opens it already recording, asking nothing; ``recorder --self-test``
opens it offscreen on a throw-away vault, records about a second from the available input, seals, checks the
session and exits 0 (from source and from the packaged build).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path
from types import TracebackType
from typing import Any

from .. import APP_NAME, __version__
from ..core.errors import RecorderError
from ..core.ledger import LedgerReport
from ..core.store import SessionStatus, recover_all, review_ledger
from ..core.vault import Vault, default_home
from ..logs import setup_logging

log = logging.getLogger(__name__)

SELF_TEST_SECONDS = 1.0
SELF_TEST_TIMEOUT_MS = 30_000


def open_main_window(
    home: Path,
    *,
    language: str | None = None,
    runner: Any = None,
    controller: Any = None,
) -> tuple[Any, list[SessionStatus]]:
    """Build the main window for the vault in ``home`` (which may not exist yet). Returns it and the sessions
    recovered now. Used by :func:`run` and by the tests."""
    from .i18n import Translations
    from .main_window import MainWindow
    from .settings import Settings
    from .vault_notices import announce_vault
    from .worker import Runner

    settings = Settings(home)
    translations = Translations()
    translations.apply(language or settings.language)
    vault: Vault | None = None
    recovered: list[SessionStatus] = []
    problem: RecorderError | None = None
    ledger: LedgerReport | None = None
    if Vault.exists(home):
        try:
            vault = Vault.open(home)
            recovered = recover_all(vault)
            ledger = review_ledger(vault)
        except RecorderError as exc:
            problem = exc
    window = MainWindow(home, settings, translations, runner or Runner(), vault, controller)
    window.controller.stamp_settings = lambda: settings.time_stamps
    if vault is not None:
        _send_waiting_stamps(window, vault, settings.time_stamps)
    if problem is not None:
        window.show_error(problem)
    window.announce_recovered(recovered)
    if vault is not None:
        announce_vault(window.banners, vault, ledger)
    return window, recovered


def _send_waiting_stamps(window: Any, vault: Vault, stamp_settings: dict[str, Any]) -> None:
    """Stamps that an earlier run could not send (offline) are sent now, on a worker (issue 7, item 3)."""
    from ..timestamp.authorities import StampSettings
    from ..timestamp.stamper import send_pending, sessions_with_pending
    from ..timestamp.trust import TrustStore

    waiting = sessions_with_pending(vault)
    if not waiting:
        return

    def work(_progress: Any, _cancel: Any) -> Any:
        settings = StampSettings.from_mapping(stamp_settings)
        return send_pending(waiting, settings, TrustStore.from_files(settings.root_files))

    def failed(exc: BaseException) -> None:
        log.info("waiting stamps not sent: %s", getattr(exc, "message", exc.__class__.__name__))

    window.runner.submit(work, None, failed)


def _install_excepthook(window: Any) -> None:
    """An exception escaping a slot becomes a banner sentence and a log line, never a traceback window."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.error("unhandled", exc_info=(exc_type, exc, tb))
        try:
            window.show_error(exc)
        except Exception:
            log.exception("could not show the error")

    sys.excepthook = hook


def _stop_on_signals(app: Any, window: Any) -> Any:
    """SIGTERM or Ctrl-C (from a terminal or a session manager) stops and seals the recording, then quits; the
    seal's reason is the signal's (``terminated`` for SIGTERM, ``stopped`` for Ctrl-C, as FORMAT says). One that
    came while the app was loading (noted by recorder/stop_signals.py since the process began) is handled now."""
    from PySide6.QtCore import QTimer

    from ..stop_signals import CATCHER, reason

    def shutdown(signum: int) -> None:
        if window.recording:
            window.controller.stop(reason(signum))
        app.quit()

    CATCHER.forward_to(lambda signum: QTimer.singleShot(0, lambda: shutdown(signum)))
    # Python runs signal handlers only between bytecodes; a light timer lets it look while Qt's loop waits.
    wake = QTimer(app)
    wake.start(250)
    wake.timeout.connect(lambda: None)
    return wake


def run(args: argparse.Namespace, early: Any = None) -> int:
    """``early``: a recording :mod:`recorder.quick_start` began before Qt loaded (``--record``), or None."""
    self_test = bool(getattr(args, "self_test", False))
    if self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)

    scratch: Path | None = None
    if self_test:
        # Never the user's vault: a throw-away one, removed afterwards.
        scratch = Path(tempfile.mkdtemp(prefix="recorder-self-test-"))
        home = scratch / "vault"
    else:
        home = Path(args.home).expanduser() if getattr(args, "home", None) else default_home()
    setup_logging(home)
    log.info("starting %s %s", APP_NAME, __version__)
    window, _recovered = open_main_window(home, language=getattr(args, "lang", None))
    _install_excepthook(window)

    class Activity(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress):
                window.note_activity()
            return False

    activity = Activity()
    app.installEventFilter(activity)
    if getattr(args, "record", False) and not self_test:
        if early is not None:
            window.adopt_recording(early)  # already recording since before Qt loaded
        else:
            window.start_recording()  # before the first paint: every moment counts when someone is at the door
    _stop_on_signals(app, window)
    window.show()
    try:
        if self_test:
            return _self_test(app, window)
        if window.vault is None and not getattr(args, "record", False):
            window.open_passphrase_setup()
        if not window.recording:
            # Load the audio layer (numpy, PortAudio) once the window is up, so the first click records at once.
            QTimer.singleShot(150, lambda: importlib.import_module("recorder.audio.engine"))
        return int(app.exec())
    finally:
        window.runner.wait()  # a check or export still running finishes (or is cancelled) before Qt goes away
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)


def _self_test(app: Any, window: Any) -> int:
    from PySide6.QtCore import QTimer

    outcome = {"code": 1}

    def say(text: str) -> None:
        print(text, flush=True)

    def on_status(st: Any) -> None:
        if window.recording and float(st.audio_s) >= SELF_TEST_SECONDS:
            window.controller.stop("self-test")

    def on_checked(session_id: str, result: Any) -> None:
        s = result.summary
        say(
            f"self-test: session {session_id}: {s.entries} entries, {s.audio_seconds:.2f} s of audio, "
            f"sealed={s.sealed}, problems={len(result.problems)}"
        )
        outcome["code"] = 0 if result.ok and s.sealed and s.audio_seconds > 0 else 1
        app.exit(outcome["code"])

    def timeout() -> None:
        say("self-test: no sealed, checked recording in time; " + " | ".join(window.banners.texts()))
        if window.recording:
            window.controller.stop("self-test")
        app.exit(1)

    window.controller.status_changed.connect(on_status)
    window.session_checked.connect(on_checked)
    QTimer.singleShot(SELF_TEST_TIMEOUT_MS, timeout)
    if not window.start_recording():
        say("self-test: recording did not start: " + " | ".join(window.banners.texts()))
        return 1
    say(f"self-test: recording from {window.controller.engine.status().input_name}")
    code = int(app.exec())
    window.close()
    return code if code == outcome["code"] else 1
