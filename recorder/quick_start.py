"""``recorder --record``: start recording before the window exists (issue 4, DESIGN §1 moment 1).

Someone is at the door: every fraction of a second before the first audio is on disk counts. Loading Qt and
building the window takes longer than opening the microphone, so ``--record`` starts the recording with the core
and the audio layer only (no Qt) and hands it to the window once that is up. The window then shows it exactly as
one it started itself (:meth:`recorder.gui.recording.RecordingController.adopt`).

The recording goes where the window would have put it: the vault in the same folder (made with a pending key,
as the window does, when there is none yet), the case "Unsorted recordings" in the app's language, the input
chosen in the settings. When any of that cannot be read plainly (a settings file this reader does not
understand), nothing starts here and the window starts the recording itself, as before.
"""

from __future__ import annotations

import configparser
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .core.errors import RecorderError
from .core.session import Session
from .core.vault import Vault
from .i18n import load_ts, normalize, system_language
from .stop_signals import CATCHER, reason

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.ini"  # the window's QSettings file (recorder/gui/settings.py)
UNSORTED_CONTEXT, UNSORTED = "MainWindow", "Unsorted recordings"  # the window's name for a case not chosen
# How long the window waits for the first block to be on disk. Loading Qt holds the interpreter for long stretches
# (its libraries load with the GIL held), which would hold up the writer thread too; a microphone delivers its
# first block within ~0.1 s, and one that does not is not waited for longer than this.
FIRST_BLOCK_WAIT_S = 0.5


class EventRelay:
    """The engine's ``on_event``. Events raised before the window is there are held and handed over, in order,
    when it connects; later ones go straight through. Called on the engine's writer thread, never the callback's."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._held: list[Any] = []
        self._target: Callable[[Any], None] | None = None

    def __call__(self, event: Any) -> None:
        with self._lock:
            if self._target is None:
                self._held.append(event)
                return
            target = self._target
        target(event)

    def connect(self, target: Callable[[Any], None]) -> None:
        with self._lock:  # held events are delivered under the lock, so none can overtake them
            for event in self._held:
                target(event)
            self._held = []
            self._target = target


@dataclass
class EarlyRecording:
    """What was started before the window: a running recording, or the reason it could not start."""

    vault: Vault | None
    case: str
    device: str | None
    session: Session | None = None
    engine: Any = None  # recorder.audio.engine.Recorder
    relay: EventRelay = field(default_factory=EventRelay)
    started_monotonic: float = 0.0
    problem: RecorderError | None = None

    @property
    def signalled(self) -> bool:
        """SIGTERM or Ctrl-C came before the window could handle it: the window stops and seals once it is up.
        (Noted by recorder/stop_signals.py, installed before the session started: never fatal in between.)"""
        return CATCHER.signum is not None

    def abandon(self) -> None:
        """The window never came: stop and seal, so nothing recorded is left open."""
        if self.engine is not None:
            self.engine.stop(reason(CATCHER.signum) if CATCHER.signum is not None else "stopped")


def plain_settings(home: Path) -> dict[str, str] | None:
    """The window's settings that matter here, if the file can be read without Qt; None when in doubt.

    QSettings writes simple strings as they are (UTF-8, section [General]); anything it escapes or wraps
    (a leading "@", quotes, backslashes) is left to the window.
    """
    path = home / SETTINGS_FILE
    if not path.exists():
        return {}
    parser = configparser.RawConfigParser()
    try:
        parser.read(path, encoding="utf-8")
    except (configparser.Error, OSError, UnicodeDecodeError):
        return None
    if not parser.has_section("General"):
        return {}
    out: dict[str, str] = {}
    for key in ("language", "input_device"):
        value = parser.get("General", key, fallback="")
        if any(c in value for c in '@"\\') or value != value.strip():
            return None
        if value:
            out[key] = value
    return out


def case_name(language: str) -> str:
    if language == "en":
        return UNSORTED
    return load_ts(language).get((UNSORTED_CONTEXT, UNSORTED), UNSORTED)


def start(home: Path, language: str | None) -> EarlyRecording | None:
    """Start recording into the vault at ``home``. None: not started here (the window will try). A recording
    that failed to start is returned with its ``problem`` (the window shows it and does not try again)."""
    CATCHER.check()  # a signal while the program loaded: nothing is opened yet
    settings = plain_settings(home)
    if settings is None:
        return None
    language = normalize(language) or normalize(settings.get("language")) or system_language()
    device = settings.get("input_device") or None
    early = EarlyRecording(None, case_name(language), device)
    from .audio.engine import Recorder

    try:
        # As the window does: the input first (a missing microphone leaves no empty session), then the vault.
        source = Recorder.source_of(device)
        early.vault = Vault.open(home) if Vault.exists(home) else Vault.create_pending(home)
        # A signal so far ends the program with nothing recorded (a sentence, 130/143); one from now on is noted,
        # and the window seals the recording with its reason.
        if not CATCHER.installed:
            CATCHER.install()
        CATCHER.check()
        session = Session.start(early.vault, early.case, source)
        engine = Recorder(session, device, on_event=early.relay)
        engine.start()  # on failure the engine seals the session with the reason "input-failed"
    except RecorderError as exc:
        log.warning("recording could not start: %s", exc.message)
        early.problem = exc
        return early
    early.session, early.engine, early.started_monotonic = session, engine, time.monotonic()
    log.info("recording started before the window")
    engine.first_audio_durable.wait(FIRST_BLOCK_WAIT_S)
    return early
