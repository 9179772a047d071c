"""Words the report prints for the tokens a recording stores — a gap's or a seal's reason, a source's kind, an input
event, the system's default input — in the report's language, never the raw token ("(stopped)", "input",
"default (device)"). The same source texts, in the same context "Words", as the app's own (gui/words.py), so one
translation serves both; this module is Qt-free because the report is rendered by the core (issue 15 §1)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ..core.messages import QT_TRANSLATE_NOOP

Translate = Callable[[str, str], str]

GAP_REASONS = {
    "input-lost": QT_TRANSLATE_NOOP("Words", "the microphone was lost"),
    "queue-full": QT_TRANSLATE_NOOP("Words", "the computer could not keep up"),
    "overflow": QT_TRANSLATE_NOOP("Words", "the sound system dropped some sound"),
    "paused": QT_TRANSLATE_NOOP("Words", "paused"),
}
# The same tokens on a call's other track (FORMAT §4.5): what was lost there is the computer's sound output, and a
# loopback that delivers nothing while nothing plays is silence by the clock, not a loss.
OTHER_GAP_REASONS = {
    **GAP_REASONS,
    "input-lost": QT_TRANSLATE_NOOP("Words", "the computer's sound output was lost"),
    "output-silent": QT_TRANSLATE_NOOP("Words", "nothing was playing (silence, not a loss)"),
}
SEAL_REASONS = {
    "stopped": QT_TRANSLATE_NOOP("Words", "stopped by you"),
    "disk-full": QT_TRANSLATE_NOOP("Words", "the disk was full"),
    "input-failed": QT_TRANSLATE_NOOP("Words", "the microphone could not be used"),
    "failed": QT_TRANSLATE_NOOP("Words", "stopped by an error"),
    "duration": QT_TRANSLATE_NOOP("Words", "the chosen length was reached"),
    "self-test": QT_TRANSLATE_NOOP("Words", "the app's self-test"),
    "imported": QT_TRANSLATE_NOOP("Words", "imported files"),
    "marked": QT_TRANSLATE_NOOP("Words", "numbers marked by you"),
    "signal": QT_TRANSLATE_NOOP("Words", "the app was asked to close"),
}
SOURCE_KINDS = {
    "device": QT_TRANSLATE_NOOP("Words", "an input device"),
    "test-signal": QT_TRANSLATE_NOOP("Words", "a test signal"),
    "file": QT_TRANSLATE_NOOP("Words", "a sound file"),
    "marks": QT_TRANSLATE_NOOP("Words", "marks of numbers (no sound)"),
}
DEFAULT_INPUT = QT_TRANSLATE_NOOP("Words", "the system's default microphone")
UNKNOWN_REASON = QT_TRANSLATE_NOOP("Words", "unknown reason")
INPUT_EVENTS = {
    "opened": QT_TRANSLATE_NOOP("Words", "Recording from {device}"),
    "ended": QT_TRANSLATE_NOOP("Words", "Input ended: {device}"),
    "resumed": QT_TRANSLATE_NOOP("Words", "Input back: {device}"),
    "failed": QT_TRANSLATE_NOOP("Words", "Input could not be used: {device}"),
    "changed": QT_TRANSLATE_NOOP("Words", "Input changed to {device} (was {previous})"),
}
# The names that only mean "the system's default" (as recorder.audio.descriptions.SERVER_DEFAULT_NAMES; the
# archive layer does not import the audio layer).
DEFAULT_NAMES = frozenset({"default", "pulse", "pipewire", "sysdefault"})


def _reason(words: Mapping[str, str], reason: Any, translate_in: Translate) -> str:
    # A known token in words; any other text was written for people by whatever wrote the entry: as it is.
    if not isinstance(reason, str) or not reason:
        return translate_in("Words", UNKNOWN_REASON)
    known = words.get(reason)
    return translate_in("Words", known) if known else reason


def gap_reason(reason: Any, translate_in: Translate) -> str:
    return _reason(GAP_REASONS, reason, translate_in)


def other_gap_reason(reason: Any, translate_in: Translate) -> str:
    """A gap's reason on a call's other track (the other party's)."""
    return _reason(OTHER_GAP_REASONS, reason, translate_in)


def seal_reason(reason: Any, translate_in: Translate) -> str:
    return _reason(SEAL_REASONS, reason, translate_in)


def source_kind(kind: Any, translate_in: Translate) -> str:
    return _reason(SOURCE_KINDS, kind, translate_in)


def input_name(name: Any, translate_in: Translate) -> str:
    """An input named in the recording: the names that only mean the system's default are said so."""
    if not isinstance(name, str) or not name.strip() or name.strip().lower() in DEFAULT_NAMES:
        return translate_in("Words", DEFAULT_INPUT)
    return name


def input_event(body: Mapping[str, Any], translate_in: Translate) -> str:
    """An ``input`` entry in words ("Input back: Built-in Microphone")."""
    device = input_name(body.get("device") or body.get("name"), translate_in)
    template = INPUT_EVENTS.get(str(body.get("event")))
    if template is None:
        return device
    previous = input_name(body.get("previous"), translate_in)
    return translate_in("Words", template).replace("{device}", device).replace("{previous}", previous)
