"""The recording as the window sees it: starts the audio engine on a new session, polls its status for the
meter and clocks, adds tags, notes, attachments and the visitors card, and turns engine events (raised on the
writer thread) into signals on the GUI thread.

Nothing here shows a dialog: problems leave as ``problem`` signals, which the window shows as banners.
"""

from __future__ import annotations

import functools
import logging
import mimetypes
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from ..core import messages as M
from ..core.environment import Moment
from ..core.errors import RecorderError
from ..core.session import Session
from ..core.vault import Vault
from .i18n import sentence, translated
from .settings import QuickTag
from .words import input_text
from .worker import Runner

log = logging.getLogger(__name__)

POLL_MS = 100
DISK_CHECK_POLLS = 20  # every 2 s
DISK_LOW_BYTES = 500 * 1024 * 1024  # about 2.5 hours of 48 kHz mono audio with its journal overhead


def free_bytes(path: Path) -> int:
    try:
        return shutil.disk_usage(path).free
    except OSError:
        return DISK_LOW_BYTES * 2  # unknown: say nothing rather than cry wolf


@dataclass
class LoggedEvent:
    """One line of the running list, kept as data so it can be re-worded when the language changes."""

    at_s: float
    kind: str
    detail: dict[str, Any] = field(default_factory=dict)


def input_names() -> list[str]:
    """The names of the audio inputs, or [] when the audio layer cannot list them."""
    try:
        from ..audio.devices import list_inputs

        return [d.name for d in list_inputs()]
    except Exception:  # no PortAudio, no devices: the settings simply offer the system default
        log.warning("could not list audio inputs", exc_info=True)
        return []


def input_choices() -> list[tuple[str, str]]:
    """The inputs to offer, as (name, what the system calls it); the names that only stand for the system's
    default are left out (the settings offer "System default" first)."""
    from ..audio.descriptions import SERVER_DEFAULT_NAMES

    return [(n, input_text(n)) for n in input_names() if n.strip().lower() not in SERVER_DEFAULT_NAMES]


def engine_sentence(event: Any) -> str:
    """An engine event's message in the user's language, its details filled in."""
    message = str(getattr(event, "message", "") or "")
    detail = dict(getattr(event, "detail", None) or {})
    for key in ("device", "previous") if detail.get("track") is None else ():  # a call's output keeps its name
        if isinstance(detail.get(key), str):
            detail[key] = input_text(detail[key])  # "Built-in Microphone", not ALSA's "default"
    text = translated("Messages", message)
    try:
        return text.format(**detail)
    except (KeyError, IndexError, ValueError):
        try:
            return message.format(**detail)
        except (KeyError, IndexError, ValueError):
            return message


class RecordingController(QObject):
    """Owns at most one running recording."""

    started = Signal(str)
    stopped = Signal(str, str)  # session id, reason
    status_changed = Signal(object)  # the engine's EngineStatus
    other_status_changed = Signal(object)  # in call mode: the other party's track's EngineStatus
    logged = Signal(object)  # LoggedEvent
    problem = Signal(object, str, str)  # wording (banner.Wording), level ("warning" | "error"), banner key
    problem_cleared = Signal(str)  # banner key
    _engine_event = Signal(object)

    def __init__(self, runner: Runner, source: Any = None, other_source: Any = None) -> None:
        """``source`` is an audio.sources test source (a tone or a file; recorded as not live) or None for the
        chosen input device; ``other_source`` likewise for a call's other party (None: the computer's output)."""
        super().__init__()
        self.runner = runner
        self.source = source
        self.other_source = other_source
        # Call mode (issue 16): read when a recording starts (the window points it at its switch); ``loopback``
        # names the output whose sound is the other party (None: the default output).
        self.call_mode: Callable[[], bool] = lambda: False
        self.loopback: str | None = None
        self.engine: Any = None
        self.session: Session | None = None
        self.stamper: Any = None
        # Trusted-time settings, read when a recording starts (the window points this at its Settings).
        self.stamp_settings: Callable[[], dict[str, Any]] = dict
        self.events: list[LoggedEvent] = []
        self.last_status: Any = None
        self._stopping = False
        self._polls = 0
        self._disk_low = False
        self._t0 = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._engine_event.connect(self._on_engine_event)

    # -- state ---------------------------------------------------------------------------------------------
    @property
    def recording(self) -> bool:
        return self.engine is not None

    @property
    def call(self) -> bool:
        """A call is being recorded (two tracks: me and the other party)."""
        return self.engine is not None and hasattr(self.engine, "other_status")

    @property
    def paused(self) -> bool:
        return bool(self.session is not None and self.session.paused)

    def elapsed(self) -> float:
        return time.monotonic() - self._t0 if self.recording else 0.0

    def audio_time(self) -> float:
        """Where the recording is now on its own clock, the recorded audio's (pauses and lost input not counted):
        the clock of the running list, the state strip and the review window alike (to within a block)."""
        if self.engine is not None:
            try:
                return float(self.engine.status().audio_s)
            except Exception:  # the status is for the eyes: a failure here must not lose the entry being logged
                log.exception("engine status")
        return float(getattr(self.last_status, "audio_s", 0.0) or 0.0)

    # -- start and stop ------------------------------------------------------------------------------------
    def start(self, vault: Vault, case: str, device: str | None = None) -> bool:
        """Start recording into a new session of ``case``. On failure a problem is signalled, False returned."""
        if self.recording:
            return True
        from ..audio.engine import Recorder  # the audio layer loads PortAudio: only when recording starts

        call = bool(self.call_mode())
        try:
            # The input is looked up first, so a missing microphone leaves no empty session behind.
            source = Recorder.source_of(device, self.source)
            session = Session.start(vault, case, source)
            # Each event carries its session: one of a stopped recording, still queued for the GUI thread when F9
            # starts the next (its "sealed"), must not end the new one.
            on_event = functools.partial(self._relay, session.id)
            engine: Any
            if call:
                from ..audio.call import CallRecorder  # loads SoundCard, which connects to the sound server

                engine = CallRecorder(
                    session,
                    device,
                    self.loopback,
                    source=self.source,
                    other_source=self.other_source,
                    on_event=on_event,
                )
            else:
                engine = Recorder(session, device, source=self.source, on_event=on_event)
            engine.start()  # on failure the engine seals the session with reason "input-failed"
        except RecorderError as exc:
            log.warning("recording could not start: %s", exc.message)
            self.problem.emit(lambda e=exc: sentence(e), "error", "start")
            return False
        if call and engine.other_failed:
            # The microphone records; the other party's sound could not be opened (recorded on its track as a
            # failed input). Said in a banner, never a dialog: the recording has begun.
            from .call_mode import other_failed_sentence

            error = engine.other.last_error
            log.warning("the other party's sound could not be opened: %s", getattr(error, "message", ""))
            self.problem.emit(lambda e=error: other_failed_sentence(e), "warning", "other-input")
        return self._begin(vault, session, engine, device, time.monotonic())

    def adopt(self, early: Any) -> bool:
        """Take over a recording started before the window (recorder/quick_start.py): its engine events, held
        until now, arrive as if this controller had started it."""
        if self.recording:
            return True
        early.relay.connect(self._engine_event.emit)
        return self._begin(early.vault, early.session, early.engine, early.device, early.started_monotonic)

    def _begin(self, vault: Vault, session: Session, engine: Any, device: str | None, t0: float) -> bool:
        self.engine, self.session = engine, session
        self.events = []
        self._t0 = t0
        detail = {"input": getattr(engine.status(), "input_name", "") or device or ""}
        if hasattr(engine, "other_status"):
            other = engine.other_status()
            detail["other"] = "" if other.state == "failed" else other.input_name
        self._log("started", **detail)
        self._start_stamps(vault, session)
        self._timer.start()
        log.info("recording started")  # a milestone for the start-up benchmark; no content
        self.problem_cleared.emit("start")
        self.started.emit(session.id)
        return True

    def stop(self, reason: str = "stopped") -> None:
        if not self.recording or self._stopping:
            return
        engine, session = self.engine, self.session
        self._stopping = True
        try:
            engine.stop(reason)
        except RecorderError as exc:
            self.problem.emit(lambda e=exc: sentence(e), "error", "stop")
        finally:
            self._stopping = False
        self._polls = 0
        self._disk_low = False
        self._finish(session, reason)

    def _start_stamps(self, vault: Vault, session: Session) -> None:
        """Trusted timestamps on the session's first entry, its checkpoints and its seal (issue 7). The stamper
        works on its own thread; a problem with its settings is a warning banner, never a stop."""
        from ..timestamp.authorities import StampSettings
        from ..timestamp.stamper import stamp_session

        try:
            self.stamper = stamp_session(session, StampSettings.from_mapping(self.stamp_settings()), vault)
        except RecorderError as exc:
            log.warning("time stamps not started: %s", exc.message)
            self.problem.emit(lambda e=exc: sentence(e), "warning", "stamps")

    def _finish(self, session: Session | None, reason: str) -> None:
        self._timer.stop()
        stamper, self.stamper = self.stamper, None
        if stamper is not None:
            stamper.stop(wait=0)  # the seal's stamp is sent by the worker; the GUI thread never waits for it
        engine, self.engine = self.engine, None  # first: a listener of the signals below may call stop() again
        if engine is not None:
            try:
                self.last_status = engine.status()
                self.status_changed.emit(self.last_status)
            except Exception:
                log.exception("final status")
        self._log("stopped")
        sid = session.id if session else ""
        self.stopped.emit(sid, reason)

    def toggle_pause(self) -> None:
        if not self.recording:
            return
        try:
            if self.paused:
                self.engine.resume()
                self._log("resumed")
            else:
                self.engine.pause()
                self._log("paused")
        except RecorderError as exc:
            self.problem.emit(lambda e=exc: sentence(e), "error", "pause")

    # -- what the user adds ----------------------------------------------------------------------------------
    def add_tag(self, tag: QuickTag, at: Moment | None = None) -> str | None:
        return self._add(
            lambda s: s.add_tag(tag.text(), key=tag.key, at=at or Moment(), code=tag.code),
            "tag",
            code=tag.code,
            label=tag.label or "",
        )

    def add_note(self, text: str, began: Moment | None) -> str | None:
        return self._add(lambda s: s.add_note(text, began=began), "note", text=text)

    def add_visitors(self, card: dict[str, Any]) -> str | None:
        return self._add(lambda s: s.add("visitors", card), "visitors", count=card.get("count", 0), card=card)

    def attach(self, path: Path, on_done: Callable[[str | None], None] | None = None) -> None:
        """Hash and encrypt a file into the session, off the GUI thread; the list shows it when stored."""
        session = self.session
        if session is None or session.sealed:
            return
        name = path.name
        media_type = mimetypes.guess_type(name)[0]

        def work(_progress: Any, _cancel: Any) -> str:
            try:
                data = path.read_bytes()
            except OSError:
                raise RecorderError(M.ATTACHMENT_UNREADABLE, path=str(path)) from None
            return session.add_attachment(name, data, media_type)

        def done(entry_hash: object) -> None:
            self._log("attachment", name=name)
            if on_done:
                on_done(str(entry_hash))

        def failed(exc: BaseException) -> None:
            self._report(exc)
            if on_done:
                on_done(None)

        self.runner.submit(work, done, failed)

    def _add(self, call: Callable[[Session], str], kind: str, **detail: Any) -> str | None:
        session = self.session
        if session is None or not self.recording:
            return None
        try:
            entry = call(session)
        except Exception as exc:
            self._report(exc)
            return None
        self._log(kind, **detail)
        return entry

    def _report(self, exc: BaseException) -> None:
        if isinstance(exc, RecorderError):
            self.problem.emit(lambda: sentence(exc), "error", "add")
        else:
            log.error("could not add to the recording", exc_info=exc)
            self.problem.emit(lambda: self.tr("Something went wrong; the recording goes on."), "error", "add")

    def _log(self, kind: str, **detail: Any) -> None:
        ev = LoggedEvent(self.audio_time(), kind, detail)
        self.events.append(ev)
        self.logged.emit(ev)

    # -- engine ----------------------------------------------------------------------------------------------
    @Slot()
    def _poll(self) -> None:
        if self.engine is None:
            return
        st = self.engine.status()
        self._polls += 1
        if self._polls % DISK_CHECK_POLLS == 1 and self.session is not None:
            self._check_disk(self.session.vault.home)
        self.last_status = st
        self.status_changed.emit(st)
        other = getattr(self.engine, "other_status", None)
        if other is not None:
            self.other_status_changed.emit(other())
        if st.state in ("stopped", "failed") and self.recording:
            self._finish(self.session, st.state)

    def _check_disk(self, home: Path) -> None:
        free = free_bytes(home)
        if free < DISK_LOW_BYTES and not self._disk_low:
            self._disk_low = True
            log.warning("disk nearly full: %d MB free", free // 2**20)
            self.problem.emit(
                lambda mb=free // 2**20: self.tr(
                    "The disk is nearly full ({mb} MB left). The recording goes on; please free some space."
                ).format(mb=mb),
                "warning",
                "disk-low",
            )
        elif free >= DISK_LOW_BYTES and self._disk_low:
            self._disk_low = False
            self.problem_cleared.emit("disk-low")

    def _relay(self, session_id: str, event: Any) -> None:
        """On the engine's thread: hand the event to the GUI thread with the session it belongs to."""
        self._engine_event.emit((session_id, event))

    @Slot(object)
    def _on_engine_event(self, event: Any) -> None:
        if isinstance(event, tuple):
            session_id, event = event
            if self.session is None or self.session.id != session_id:
                log.info("engine event of an earlier recording: %s", getattr(event, "kind", ""))
                return
        kind = getattr(event, "kind", "")
        log.info("engine event %s", kind)
        if (event.detail or {}).get("track") is not None:
            self._on_other_event(kind, event)
        elif kind == "input-lost":
            self.problem.emit(lambda: engine_sentence(event), "warning", "input")
            if self._lost("other_status"):
                # The other party's banner said "your microphone goes on recording": no longer true.
                from .call_mode import other_lost_too_sentence

                self.problem.emit(other_lost_too_sentence, "warning", "other-input")
            d = event.detail or {}
            lost_s = float(d.get("frames_lost", 0)) / float(d.get("rate") or 1)
            self._log("input-lost", seconds_before_noticed=lost_s)
        elif kind == "input-resumed":
            self.problem.emit(lambda: engine_sentence(event), "info", "input")
            self._log("input-resumed")
        elif kind == "input-changed":
            self.problem.emit(lambda: engine_sentence(event), "warning", "input")
            self._log("input-changed", **dict(event.detail or {}))
        elif kind == "gap":
            self._log("gap", seconds=float((event.detail or {}).get("duration_ms", 0)) / 1000)
        elif kind in ("disk-full", "failed"):
            self.problem.emit(lambda: engine_sentence(event), "error", kind)
        elif kind == "sealed" and self.recording:
            self._finish(self.session, str((event.detail or {}).get("reason", "stopped")))

    def _lost(self, which: str) -> bool:
        """Whether the call's microphone ("status") or other party ("other_status") is lost just now."""
        status = getattr(self.engine, which, None)
        return status is not None and status().state == "input-lost"

    def _on_other_event(self, kind: str, event: Any) -> None:
        """An event of a call's other track (the computer's output): a banner of its own ("other-input"), so the
        microphone's banner is neither replaced nor cleared by it; the microphone goes on whatever happens here."""
        d = dict(event.detail or {})
        device = str(d.get("device") or "")
        if kind == "input-lost":
            if self.paused:
                # The engine's words ("your microphone goes on recording") are untrue while nothing is recorded.
                from .call_mode import other_lost_paused_sentence

                self.problem.emit(other_lost_paused_sentence, "warning", "other-input")
            elif self._lost("status"):
                # The microphone is lost too (a headset unplugged): the engine's words say it goes on recording.
                from .call_mode import other_lost_too_sentence

                self.problem.emit(other_lost_too_sentence, "warning", "other-input")
            else:
                self.problem.emit(lambda: engine_sentence(event), "warning", "other-input")
            lost_s = float(d.get("frames_lost", 0)) / float(d.get("rate") or 1)
            self._log("input-lost", track="other", device=device, seconds_before_noticed=lost_s)
        elif kind == "input-resumed":
            if self.paused:
                # Back while paused: "recorded again … after a gap of 0.0 s" would say it is being recorded.
                from .call_mode import other_back_paused_sentence

                self.problem.emit(lambda: other_back_paused_sentence(device), "info", "other-input")
            else:
                self.problem.emit(lambda: engine_sentence(event), "info", "other-input")
            self._log("input-resumed", track="other", device=device)
        elif kind == "gap":
            self._log("gap", track="other", seconds=float(d.get("duration_ms", 0)) / 1000)
        elif kind == "failed":
            from .call_mode import other_failed_sentence

            self.problem.emit(lambda: other_failed_sentence(None), "warning", "other-input")
