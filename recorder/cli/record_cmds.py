"""``recorder record`` (headless recording with notes and tags from stdin) and ``recorder devices``."""

from __future__ import annotations

import argparse
import locale
import logging
import math
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any, BinaryIO

from ..audio.call import CallRecorder
from ..audio.call_notice import notice_due, notice_shown
from ..audio.devices import list_inputs
from ..audio.engine import Recorder
from ..audio.engine_status import EngineEvent
from ..audio.loopback import LoopbackSource, find_loopback, loopbacks
from ..audio.sources import AudioSource, DeviceSource, FileSource, ToneSource
from ..core import limits
from ..core.environment import Moment
from ..core.errors import RecorderError
from ..core.messages import QT_TRANSLATE_NOOP
from ..core.session import Session
from ..core.tags import DEFAULT_TAGS
from ..core.vault import Vault
from ..i18n import translate
from ..logs import setup_logging
from ..stop_signals import CATCHER
from ..stop_signals import reason as signal_reason
from ..timestamp.cli_options import add_tsa_options, start_stamper
from ..timestamp.cli_options import check_args as check_tsa_args
from ..timestamp.stamper import Stamper
from .common import EXIT_ERROR, EXIT_FAILED, EXIT_OK, UsageError, error_sentence, open_vault, said, say, warn
from .output import NativeMessagesToLog, valid_text

log = logging.getLogger(__name__)

TAG_BY_WORD = {t.code: t for t in DEFAULT_TAGS} | {t.key: t for t in DEFAULT_TAGS}


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "record",
        help=translate("CLI", "record from the microphone until Ctrl-C; lines typed become notes, “#word” tags"),
    )
    p.add_argument("--case", required=True, metavar="NAME", help=translate("CLI", "the case this recording is for"))
    p.add_argument("--duration", type=float, metavar="S", help=translate("CLI", "stop after S seconds"))
    p.add_argument("--input", metavar="DEV", help=translate("CLI", "the input's name or number (see “devices”)"))
    p.add_argument("--rate", type=int, metavar="HZ", help=translate("CLI", "sample rate (default 48000)"))
    p.add_argument(
        "--source",
        metavar="SOURCE",
        help=translate("CLI", "record a test signal instead: “test-tone”, or “file:PATH.wav” (never marked live)"),
    )
    p.add_argument(
        "--call",
        action="store_true",
        help=translate(
            "CLI", "call mode: the microphone (me) and what the computer plays (the other party) as two tracks"
        ),
    )
    p.add_argument(
        "--loopback",
        metavar="OUTPUT",
        help=translate("CLI", "in call mode, the output whose sound is the other party (default: the default output)"),
    )
    add_tsa_options(p)
    p.set_defaults(func=cmd_record)
    p = sub.add_parser("devices", help=translate("CLI", "list audio inputs"))
    p.add_argument(
        "--loopback",
        action="store_true",
        help=translate("CLI", "list the outputs whose sound call mode can record (the other party)"),
    )
    p.set_defaults(func=cmd_devices)


def _source(args: argparse.Namespace) -> AudioSource:
    spec = args.source
    if spec is None:
        return DeviceSource(args.input)
    if spec == "test-tone":
        return ToneSource()
    if spec.startswith("file:"):
        return FileSource(Path(spec[5:]).expanduser())
    raise UsageError(translate("CLI", "Unknown source “{source}”: use “test-tone” or “file:PATH.wav”."), source=spec)


OTHER_FAILED = QT_TRANSLATE_NOOP(
    "CLI",
    "The other party's sound is no longer being recorded because of an unexpected error. Your microphone goes on "
    "recording.",
)


OTHER_LOST_TOO = QT_TRANSLATE_NOOP(
    "CLI",
    "The computer's sound (the other party) can no longer be recorded either. Each is recorded again as soon as it is "
    "back; the gaps are recorded.",
)


class _Run:
    """What the main thread waits for: a signal, the duration, or the engine ending by itself."""

    def __init__(self) -> None:
        self.done = threading.Event()
        self.reason = "stopped"
        self.disk_full = False
        self.failed: str | None = None
        self.notes = 0
        self.tags = 0
        self.gaps = 0
        self.not_kept = 0  # lines typed that did not become a note or tag (each was reported when it happened)
        self.input_broken = False  # stdin failed before its end: what was typed after cannot be known
        self.reader: threading.Thread | None = None
        self.reader_waiting_since: float | None = None  # the reader is blocked on stdin since (monotonic)
        self.other_failed = False  # a call's other party stopped being recorded by an error (the microphone went on)
        self.mic_lost = False  # the microphone is lost just now (from its input-lost to its input-resumed)

    def stop(self, reason: str) -> None:
        if not self.done.is_set():
            self.reason = reason
        self.done.set()

    def on_event(self, event: EngineEvent) -> None:
        if event.kind == "gap":
            self.gaps += 1
        elif event.kind == "input-lost":
            self.gaps += 1
            other = (event.detail or {}).get("track") is not None
            if other and self.mic_lost:
                # The engine's words for the other party say the microphone goes on, which it does not now.
                warn(translate("CLI", OTHER_LOST_TOO))
            else:
                warn(translate("Messages", event.message or ""))
            self.mic_lost = self.mic_lost or not other
        elif event.kind in ("input-resumed", "input-changed") and event.message:
            if event.kind == "input-resumed" and (event.detail or {}).get("track") is None:
                self.mic_lost = False
            warn(translate("Messages", event.message).format(**event.detail))
        elif event.kind == "disk-full":
            self.disk_full = True
            self.stop("disk-full")
        elif event.kind == "failed" and (event.detail or {}).get("track") is not None:
            # A call's other party failed (an error in its writer): the microphone goes on, as in the app; stopping
            # the whole call here would lose the user's side for a fault of the other's.
            self.other_failed = True
            warn(translate("CLI", OTHER_FAILED))
        elif event.kind == "failed":
            self.failed = event.message
            self.stop("failed")


# Longest --duration: beyond a month it is a slip of the keyboard (1e308), not a plan.
MAX_DURATION_S = 31 * 24 * 3600.0
MAX_STAMP_EVERY_MIN = 24 * 60.0


def check_values(args: argparse.Namespace) -> None:
    """Refuse values that cannot be meant, before anything is opened or written (exit 2, one sentence)."""
    case = args.case
    if not valid_text(case):
        raise UsageError(
            translate(
                "CLI",
                "The case name holds bytes that are not text in this system's encoding. Nothing was recorded: "
                "type the name again, or choose another.",
            )
        )
    if not case.strip():
        raise UsageError(translate("CLI", "The case name is empty. Nothing was recorded: give it with --case NAME."))
    if len(case) > limits.MAX_NAME_CHARS:
        raise UsageError(
            translate("CLI", "The case name is {length} characters long; at most {limit} are allowed."),
            length=len(case),
            limit=limits.MAX_NAME_CHARS,
        )
    if args.input is not None and not valid_text(args.input):
        raise UsageError(translate("CLI", "The input's name holds bytes that are not text: see “recorder devices”."))
    duration = args.duration
    if duration is not None and not (math.isfinite(duration) and 0 < duration <= MAX_DURATION_S):
        raise UsageError(
            translate("CLI", "--duration takes a number of seconds above 0 and at most {limit:.0f}."),
            limit=MAX_DURATION_S,
        )
    rate = args.rate
    # A device refuses a rate it cannot record at, in its own sentence; a test tone or file would try to make any
    # rate (at 10^9 Hz the tone's first block alone exhausted the memory), and no rate is 0 or less.
    if rate is not None and (rate <= 0 or (args.source is not None and not 1000 <= rate <= 384_000)):
        raise UsageError(translate("CLI", "--rate takes a sample rate in Hz from 1000 to 384000."))
    every = getattr(args, "stamp_every", None)
    if every is not None and not (math.isfinite(every) and 0 < every <= MAX_STAMP_EVERY_MIN):
        raise UsageError(
            translate("CLI", "--stamp-every takes a number of minutes above 0 and at most {limit:.0f}."),
            limit=MAX_STAMP_EVERY_MIN,
        )


def cmd_record(args: argparse.Namespace) -> int:
    check_values(args)
    CATCHER.check()  # a signal while the program loaded: nothing is opened yet
    vault = open_vault(args)
    with NativeMessagesToLog(logging.getLogger("recorder.audio")):
        return _record(args, vault)


def _record(args: argparse.Namespace, vault: Vault) -> int:
    source = _source(args)
    # Choose and check the input BEFORE a session exists: no input, an unknown name or a refused format is one
    # sentence and exit 2, and nothing is written to the vault.
    source.prepare(args.rate)
    loopback: LoopbackSource | None = None
    if args.call:
        loopback = LoopbackSource(args.loopback)
        loopback.prepare(args.rate)  # no output to record is exit 2 with nothing written, like no microphone
        if notice_due(vault.home):
            # Issue 16 §6: one line, never a question in the way of the recording; once, whether call mode is
            # first used here or in the app (remembered below, once the recording exists).
            say(
                QT_TRANSLATE_NOOP(
                    "CLI",
                    "Laws on recording calls differ: in some places every party to the call must agree to be recorded.",
                )
            )
    elif args.loopback is not None:
        raise UsageError(translate("CLI", "--loopback is for call mode: add --call."))
    check_tsa_args(args)  # a bad --tsa or --tsa-root is exit 2 before anything is recorded
    CATCHER.check()  # the last moment a signal ends the command with nothing recorded
    # From here on a signal is only noted (recorder/stop_signals.py): it cannot interrupt the start of the session
    # half-way; the loop below sees it within SIGNAL_POLL_S and seals the session with the signal's reason.
    session = Session.start(vault, args.case, source.describe())
    if loopback is not None:
        notice_shown(vault.home)  # not before: a command refused above leaves the vault folder as it was
    # What happened while recording (never what was recorded), as the app logs it; only now, so that a command
    # refused before this point leaves the vault folder exactly as it was (issue 12 §5).
    setup_logging(vault.home)
    run = _Run()
    stamper: Stamper | None = None
    recorder: Recorder | CallRecorder | None = None
    try:
        stamper = start_stamper(args, session, vault)
        if loopback is not None:
            recorder = CallRecorder(
                session, args.input, rate=args.rate, source=source, other_source=loopback, on_event=run.on_event
            )
        else:
            recorder = Recorder(session, args.input, rate=args.rate, source=source, on_event=run.on_event)
        recorder.start()
        if isinstance(recorder, CallRecorder) and not recorder.other_failed:
            # Said as a call, with the other party's output: "from “default”" alone did not say it was one.
            say(
                QT_TRANSLATE_NOOP(
                    "CLI",
                    "Recording {session} as a call: me from “{input}”, the other party from “{other}”. Stop with "
                    "Ctrl-C. A line typed here becomes a note; “#word” a tag.",
                ),
                session=session.id,
                input=recorder.status().input_name,
                other=recorder.other_status().input_name,
            )
        else:
            say(
                QT_TRANSLATE_NOOP(
                    "CLI",
                    "Recording {session} from “{input}”. Stop with Ctrl-C. "
                    "A line typed here becomes a note; “#word” a tag.",
                ),
                session=session.id,
                input=recorder.status().input_name,
            )
        sys.stdout.flush()
        run.reader = threading.Thread(target=_read_stdin, args=(session, run), name="stdin-notes", daemon=True)
        run.reader.start()
        _wait(run, recorder, args.duration)
        _drain(run)
        recorder.stop(run.reason)
    finally:
        if recorder is None and not session.sealed:
            # Failed between the session's start and the engine's: seal what exists (its start entry) so nothing
            # is left open; the failure itself is reported by the caller.
            _seal_quietly(session, "failed")
        if stamper is not None:
            stamper.stop()  # the seal's stamp gets one bounded try; what is not sent waits in the queue
    assert recorder is not None and stamper is not None  # else the exception above ended the command
    code = _report(session, recorder, run)
    _report_stamps(stamper)
    return code


def _seal_quietly(session: Session, reason: str) -> None:
    try:
        session.seal(reason)
    except Exception:  # reported by the failure that brought us here; recovery closes it on the next opening
        log.exception("could not seal after a failed start")


def _report_stamps(stamper: Stamper) -> None:
    say(
        QT_TRANSLATE_NOOP("CLI", "Trusted time stamps: {got} obtained, {waiting} waiting for a time-stamp authority."),
        got=len(stamper.tokens()),
        waiting=len(stamper.requests()),
    )
    for clock in stamper.clock_warnings():
        warn(error_sentence(clock))
    if not stamper.settings.authorities:
        return  # none configured (RECORDER_TSA=none): nothing was tried, so there is no reason to tell
    reasons = {error_sentence(p) for p in (r.last_problem for r in stamper.requests()) if p is not None}
    for reason in sorted(reasons):
        warn(reason)


def _wait(run: _Run, recorder: Recorder | CallRecorder, duration: float | None) -> None:
    """Until a signal or the engine ends it, or ``duration`` seconds of audio are recorded (the recording is then
    that long, not that long minus the input's start-up); gaps count as time, so a lost input cannot stretch it.

    A signal is looked for every SIGNAL_POLL_S: the handler only notes it (an Event set from a handler could
    deadlock with the wait it interrupts)."""
    started = time.monotonic()
    first_audio: float | None = None
    next_look = started
    while True:
        now = time.monotonic()
        if CATCHER.signum is not None:
            run.stop(signal_reason(CATCHER.signum))
        if duration is not None and now >= next_look:
            audio = recorder.status().audio_s
            if audio > 0 and first_audio is None:
                first_audio = now - audio
            if audio >= duration or now - (first_audio or started) >= duration + DURATION_GRACE_S:
                run.stop("duration")
            # Look rarely while the end is far (each look costs CPU), every 20 ms near it.
            next_look = now + min(0.25, max(0.02, (duration - audio) / 2))
        if run.done.is_set():
            return
        pause = SIGNAL_POLL_S if duration is None else max(0.0, min(SIGNAL_POLL_S, next_look - now))
        run.done.wait(pause)


def _drain(run: _Run, timeout: float = 2.0) -> None:
    """Before the seal, let the reader finish the lines already typed (read ahead, or being added): it is done
    when it has reached the end of stdin or has waited on it for a moment. Bounded by ``timeout``."""
    reader = run.reader
    deadline = time.monotonic() + timeout
    while reader is not None and reader.is_alive() and time.monotonic() < deadline:
        since = run.reader_waiting_since
        if since is not None and time.monotonic() - since >= 0.05:
            return
        time.sleep(0.01)


# Beyond the duration, how long to wait for audio that is late (an input that was lost, or slow to start).
DURATION_GRACE_S = 2.0
# How often the waiting main thread looks for a noted signal.
SIGNAL_POLL_S = 0.05


def _input_encoding() -> str:
    """The encoding typed text comes in: the locale's (what the terminal sends), UTF-8 if Python knows no such."""
    name = locale.getpreferredencoding(False) or "utf-8"
    try:
        "".encode(name)
    except LookupError:
        return "utf-8"
    return name


class _FdLines:
    """Lines from a file descriptor, read with os.read: no Python-level lock is held while waiting, so the
    interpreter can exit while this thread still waits for a line (a BufferedReader's lock, held in a daemon
    thread at exit, is a fatal error)."""

    def __init__(self, fd: int) -> None:
        self._fd = fd
        self._buf = bytearray()
        self._eof = False

    def readline(self, limit: int) -> bytes:
        while not self._eof and b"\n" not in self._buf and len(self._buf) < limit:
            chunk = os.read(self._fd, 65536)
            if not chunk:
                self._eof = True
            self._buf += chunk
        end = self._buf.find(b"\n")
        n = min(limit, end + 1 if end >= 0 else len(self._buf))
        line = bytes(self._buf[:n])
        del self._buf[:n]
        return line


def _stdin_lines() -> _FdLines | None:
    try:
        return _FdLines(sys.stdin.fileno()) if sys.stdin is not None else None
    except (OSError, ValueError, AttributeError):  # no real standard input (closed, or replaced in-process)
        return None


def _read_stdin(session: Session, run: _Run, stream: BinaryIO | _FdLines | None = None) -> None:
    """Each line becomes a note or a tag, timed when the line arrived. The end of stdin does not stop recording.

    Any bytes become a note (issue 12 §1): read as bytes, decoded with the locale's encoding, and bytes that are
    not text in it kept visibly as ``\\xNN`` escapes. A line longer than the archive accepts
    (limits.MAX_INPUT_LINE), or a note or tag beyond its limit, is refused with a sentence, and the reading goes
    on. Whatever a line meets, the reader goes on to the next; each line not kept is counted, and the run then
    ends with a non-zero exit."""
    if stream is None:
        stream = _stdin_lines()
        if stream is None:
            return
    encoding = _input_encoding()
    while True:
        run.reader_waiting_since = time.monotonic()
        try:
            raw = stream.readline(limits.MAX_INPUT_LINE + 1)
        except (OSError, ValueError) as exc:
            log.warning("standard input failed: %s", exc.__class__.__name__)
            run.input_broken = True
            warn(translate("CLI", "Typed lines can no longer be read (standard input failed); recording goes on."))
            return
        finally:
            run.reader_waiting_since = None
        if not raw:
            return
        arrived = Moment()
        if len(raw) > limits.MAX_INPUT_LINE and not raw.endswith(b"\n"):
            _refuse_long_line(stream, len(raw), run)
            continue
        try:
            _add_line(session, run, raw.decode(encoding, "backslashreplace"), arrived)
        except RecorderError as exc:
            if session.sealed:
                return  # the recording ended while the line came: lines after the seal have nowhere to go
            run.not_kept += 1
            warn(error_sentence(exc))
        except Exception:
            # Never the end of reading: this line is reported as not kept, and the next one is read.
            log.exception("a typed line could not be added")
            run.not_kept += 1
            warn(translate("CLI", "A typed line could not be added to the recording; the next lines are read."))


def _refuse_long_line(stream: BinaryIO | _FdLines, length: int, run: _Run) -> None:
    """Skip the rest of a line beyond the limit (never held whole in memory) and say how long it was."""
    while True:
        try:
            more = stream.readline(1024 * 1024)
        except (OSError, ValueError):
            break
        length += len(more)
        if not more or more.endswith(b"\n"):
            break
    run.not_kept += 1
    warn(error_sentence(limits.TooLong(limits.LINE_TOO_LONG, length=length, limit=limits.MAX_INPUT_LINE)))


def _add_line(session: Session, run: _Run, line: str, arrived: Moment) -> None:
    text = line.strip()
    if not text:
        return
    if text.startswith("#") and len(text) > 1 and not text[1].isspace():
        word = text[1:].strip()
        kind = TAG_BY_WORD.get(word.lower())
        if kind is not None and word == kind.key:
            session.add_tag(kind.label, key=kind.key, at=arrived, code=kind.code)
        else:
            session.add_tag(word, at=arrived, code=kind.code if kind else None)
        run.tags += 1
    else:
        session.add_note(text, began=arrived)
        run.notes += 1


OTHER_FAILED_AT_END = QT_TRANSLATE_NOOP(
    "CLI", "The other party's sound was not recorded to the end (an unexpected error); your microphone's was."
)


def _report(session: Session, recorder: Recorder | CallRecorder, run: _Run) -> int:
    st = recorder.status()
    params: dict[str, Any] = {
        "session": session.id,
        "seconds": st.audio_s,
        "notes": run.notes,
        "tags": run.tags,
        "gaps": run.gaps,
        "fingerprint": session.fingerprint or "-",
    }
    if session.seal_reason is not None:
        say(
            QT_TRANSLATE_NOOP(
                "CLI",
                # Counts after a colon, so no plural form is needed ("1 tags" read wrongly; issue 13 item 9).
                "Sealed {session}: {seconds:.1f} s of audio; notes: {notes}, tags: {tags}, gaps: {gaps}; "
                "fingerprint {fingerprint}.",
            ),
            **params,
        )
    else:
        say(
            QT_TRANSLATE_NOOP(
                "CLI",
                "Saved {session} up to the failure: {seconds:.1f} s of audio. It could not be sealed now and will be "
                "marked as interrupted the next time the vault is opened.",
            ),
            **params,
        )
    if isinstance(recorder, CallRecorder):
        # The line above counts the microphone's track (the seal's audio_frames, FORMAT §4.5); a call has two.
        from .session_cmds import CALL_LINE

        say(CALL_LINE, me=st.audio_s, other=recorder.other_status().audio_s)
    if run.disk_full or run.failed or recorder.last_error is not None:
        err = recorder.last_error
        warn(error_sentence(err) if err is not None else translate("Messages", run.failed or ""))
        return EXIT_ERROR
    if run.other_failed:
        warn(translate("CLI", OTHER_FAILED_AT_END))
        return EXIT_FAILED  # the recording is whole up to the failure, but the call's second track is not
    if run.not_kept or run.input_broken:
        # Typed input was lost (each line was named when it happened): the recording is whole, but the run did
        # not do all it was asked, and a script must be able to tell (issue 12 §1).
        if run.not_kept:
            warn(
                said(
                    QT_TRANSLATE_NOOP(
                        "CLI", "%n typed lines were not added to the recording (the reasons are above).", None, 1
                    ),
                    n=run.not_kept,
                )
            )
        return EXIT_FAILED
    return EXIT_OK


def cmd_devices(args: argparse.Namespace) -> int:
    if getattr(args, "loopback", False):
        return _list_loopbacks()
    inputs = list_inputs()
    if not inputs:
        say(QT_TRANSLATE_NOOP("CLI", "No audio input was found."))
        return EXIT_OK
    for dev in inputs:
        say(
            QT_TRANSLATE_NOOP("CLI", "{mark} {index:>3}  {name}  ({rate} Hz, {api})"),
            mark="*" if dev.is_default else " ",
            index=dev.index,
            name=dev.name,
            rate=dev.default_rate,
            api=dev.host_api,
        )
    say(QT_TRANSLATE_NOOP("CLI", "* the default input"))
    return EXIT_OK


def _list_loopbacks() -> int:
    """``recorder devices --loopback``: what ``--loopback`` accepts (an id, or part of a name)."""
    found = loopbacks()
    if not found:
        say(QT_TRANSLATE_NOOP("CLI", "No output whose sound can be recorded was found."))
        return EXIT_OK
    try:
        default_id: str | None = find_loopback(None)[0]
    except RecorderError:
        default_id = None  # no default output just now: none is marked
    for device_id, name in found:
        say(
            QT_TRANSLATE_NOOP("CLI", "{mark} {id}  {name}"),
            mark="*" if device_id == default_id else " ",
            id=device_id,
            name=name,
        )
    if default_id is not None:
        # Which one a call records without --loopback: the list alone did not say.
        say(QT_TRANSLATE_NOOP("CLI", "* the default output's sound, recorded when --loopback is not given"))
    return EXIT_OK
