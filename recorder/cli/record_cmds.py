"""``recorder record`` (headless recording with notes and tags from stdin) and ``recorder devices``."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
import time
from pathlib import Path
from types import FrameType
from typing import Any

from ..audio.devices import list_inputs
from ..audio.engine import EngineEvent, Recorder
from ..audio.sources import AudioSource, DeviceSource, FileSource, ToneSource
from ..core.environment import Moment
from ..core.errors import RecorderError
from ..core.session import Session
from ..core.tags import DEFAULT_TAGS
from ..i18n import translate
from ..logs import setup_logging
from ..timestamp.cli_options import add_tsa_options, start_stamper
from ..timestamp.cli_options import check_args as check_tsa_args
from ..timestamp.stamper import Stamper
from .common import EXIT_ERROR, EXIT_OK, UsageError, error_sentence, open_vault, say, warn

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
    add_tsa_options(p)
    p.set_defaults(func=cmd_record)
    p = sub.add_parser("devices", help=translate("CLI", "list audio inputs"))
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

    def stop(self, reason: str) -> None:
        if not self.done.is_set():
            self.reason = reason
        self.done.set()

    def on_event(self, event: EngineEvent) -> None:
        if event.kind == "gap":
            self.gaps += 1
        elif event.kind == "input-lost":
            self.gaps += 1
            warn(translate("Messages", event.message or ""))
        elif event.kind in ("input-resumed", "input-changed") and event.message:
            warn(translate("Messages", event.message).format(**event.detail))
        elif event.kind == "disk-full":
            self.disk_full = True
            self.stop("disk-full")
        elif event.kind == "failed":
            self.failed = event.message
            self.stop("failed")


def cmd_record(args: argparse.Namespace) -> int:
    vault = open_vault(args)
    setup_logging(vault.home)  # what happened while recording (never what was recorded), as the app logs it
    source = _source(args)
    # Choose and check the input BEFORE a session exists: no input, an unknown name or a refused format is one
    # sentence and exit 2, and nothing is written to the vault.
    source.prepare(args.rate)
    check_tsa_args(args)  # a bad --tsa or --tsa-root is exit 2 before anything is recorded
    session = Session.start(vault, args.case, source.describe())
    stamper = start_stamper(args, session, vault)
    run = _Run()
    recorder = Recorder(session, args.input, rate=args.rate, source=source, on_event=run.on_event)
    recorder.start()
    previous = {sig: signal.signal(sig, _handler(run, reason)) for sig, reason in _SIGNALS.items()}
    try:
        say(
            "Recording {session} from “{input}”. Stop with Ctrl-C. A line typed here becomes a note; “#word” a tag.",
            session=session.id,
            input=recorder.status().input_name,
        )
        sys.stdout.flush()
        threading.Thread(target=_read_stdin, args=(session, run), name="stdin-notes", daemon=True).start()
        _wait(run, recorder, args.duration)
        recorder.stop(run.reason)
    finally:
        stamper.stop()  # the seal's stamp gets one bounded try; what is not sent waits in the queue
        for sig, old in previous.items():
            signal.signal(sig, old)
    code = _report(session, recorder, run)
    _report_stamps(stamper)
    return code


def _report_stamps(stamper: Stamper) -> None:
    say(
        "Trusted time stamps: {got} obtained, {waiting} waiting for a time-stamp authority.",
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


def _wait(run: _Run, recorder: Recorder, duration: float | None) -> None:
    """Until a signal or the engine ends it, or ``duration`` seconds of audio are recorded (the recording is then
    that long, not that long minus the input's start-up); gaps count as time, so a lost input cannot stretch it."""
    if duration is None:
        run.done.wait()
        return
    started = time.monotonic()
    first_audio: float | None = None
    pause = 0.02
    while not run.done.wait(pause):
        now = time.monotonic()
        audio = recorder.status().audio_s
        if audio > 0 and first_audio is None:
            first_audio = now - audio
        if audio >= duration or now - (first_audio or started) >= duration + DURATION_GRACE_S:
            run.stop("duration")
        # Look rarely while the end is far (each look costs CPU), every 20 ms near it.
        pause = min(0.25, max(0.02, (duration - audio) / 2))


# Beyond the duration, how long to wait for audio that is late (an input that was lost, or slow to start).
DURATION_GRACE_S = 2.0

_SIGNALS = {signal.SIGINT: "stopped", signal.SIGTERM: "terminated"}


def _handler(run: _Run, reason: str) -> Any:
    def handle(signum: int, frame: FrameType | None) -> None:
        run.stop(reason)

    return handle


def _read_stdin(session: Session, run: _Run) -> None:
    """Each line becomes a note or a tag, timed when the line arrived. The end of stdin does not stop recording."""
    stream = sys.stdin
    if stream is None:
        return
    while True:
        try:
            line = stream.readline()
        except (OSError, ValueError):
            return
        if not line:
            return
        arrived = Moment()
        text = line.strip()
        if not text:
            continue
        try:
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
        except RecorderError as exc:
            if not session.sealed:
                warn(error_sentence(exc))
            return


def _report(session: Session, recorder: Recorder, run: _Run) -> int:
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
            "Sealed {session}: {seconds:.1f} s of audio, {notes} notes, {tags} tags, {gaps} gaps; "
            "fingerprint {fingerprint}.",
            **params,
        )
    else:
        say(
            "Saved {session} up to the failure: {seconds:.1f} s of audio. It could not be sealed now and will be "
            "marked as interrupted the next time the vault is opened.",
            **params,
        )
    if run.disk_full or run.failed or recorder.last_error is not None:
        err = recorder.last_error
        warn(error_sentence(err) if err is not None else translate("Messages", run.failed or ""))
        return EXIT_ERROR
    return EXIT_OK


def cmd_devices(args: argparse.Namespace) -> int:
    inputs = list_inputs()
    if not inputs:
        say("No audio input was found.")
        return EXIT_OK
    for dev in inputs:
        say(
            "{mark} {index:>3}  {name}  ({rate} Hz, {api})",
            mark="*" if dev.is_default else " ",
            index=dev.index,
            name=dev.name,
            rate=dev.default_rate,
            api=dev.host_api,
        )
    say("* the default input")
    return EXIT_OK
