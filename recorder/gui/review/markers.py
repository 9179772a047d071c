"""What the timeline shows: captured events and later annotations as markers at audio positions."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ...archive.report_words import other_gap_reason
from ...core.chain import OTHER_TRACK
from ...core.environment import parse_utc
from ...core.messages import QT_TRANSLATE_NOOP
from ...core.peaks import Event, Timeline
from ...core.review import Annotation
from ...core.tags import BY_CODE
from ..words import gap_reason, input_event_text, visitors_sentence

# Entry kinds that become markers, and the word the user reads for each.
KIND_WORDS = {
    "tag": QT_TRANSLATE_NOOP("Review", "Tag"),
    "note": QT_TRANSLATE_NOOP("Review", "Note"),
    "attachment": QT_TRANSLATE_NOOP("Review", "Photo or file"),
    "visitors": QT_TRANSLATE_NOOP("Review", "Who is here"),
    "pause": QT_TRANSLATE_NOOP("Review", "Paused"),
    "resume": QT_TRANSLATE_NOOP("Review", "Resumed"),
    "gap": QT_TRANSLATE_NOOP("Review", "Gap"),
    "input": QT_TRANSLATE_NOOP("Review", "Input device"),  # what happened to it is in the text
    "interrupted": QT_TRANSLATE_NOOP("Review", "Interrupted end"),
    "later": QT_TRANSLATE_NOOP("Review", "Added later"),
}
MARKER_KINDS = frozenset(KIND_WORDS) - {"later", "interrupted"}


def tr(text: str) -> str:
    """Translate a word marked with QT_TRANSLATE_NOOP("Review", ...) (literal strings use translate directly)."""
    return QCoreApplication.translate("Review", text)


@dataclass(frozen=True)
class Marker:
    """One point on the timeline. ``later`` markers come from the review chain, never from the recording."""

    frame: int
    kind: str
    text: str
    utc: str | None
    seq: int | None = None
    hash: str | None = None
    later: bool = False
    tag_code: str | None = None
    media_type: str | None = None
    blob: tuple[str, str] | None = None  # (stored name, sha256) of an attachment

    @property
    def is_image(self) -> bool:
        return bool(self.media_type and self.media_type.startswith("image/"))


def local_time(utc: str | None, with_date: bool = False) -> str:
    if not utc:
        return ""
    try:
        t = parse_utc(utc).astimezone()
    except ValueError:
        return utc
    return t.strftime("%Y-%m-%d %H:%M:%S" if with_date else "%H:%M:%S")


def clock_text(frame: int, rate: int, tenths: bool = False) -> str:
    """An audio offset as h:mm:ss (or h:mm:ss.t)."""
    seconds = frame / rate if rate else 0.0
    whole = int(seconds)
    text = f"{whole // 3600}:{whole // 60 % 60:02d}:{whole % 60:02d}"
    return text + f".{int(seconds * 10) % 10}" if tenths else text


def tag_label(code: str | None, label: str | None) -> str:
    """A tag in the user's language when it is one of the defaults, else as it was typed."""
    known = BY_CODE.get(code or "")
    if known is not None:
        return QCoreApplication.translate("Tags", known.label)
    return label or code or ""


def of_other_party(text: str) -> str:
    """A gap or input event of a call's other track, said as the other party's (issue 16: which track lost what)."""
    return QCoreApplication.translate("Review", "The other party: {text}").format(text=text)


def event_marker(ev: Event) -> Marker | None:
    b = ev.body
    if ev.kind not in MARKER_KINDS:
        return None
    if ev.kind == "tag":
        code = b.get("code") if isinstance(b.get("code"), str) else None
        label = b.get("label") if isinstance(b.get("label"), str) else None
        return Marker(ev.frame, "tag", tag_label(code, label), ev.utc, ev.seq, ev.hash, tag_code=code or label)
    if ev.kind == "attachment":
        ref = ev.payload or {}
        blob = (str(b.get("blob")), str(ref.get("sha256"))) if b.get("blob") else None
        return Marker(
            ev.frame, "attachment", str(b.get("name", "")), ev.utc, ev.seq, ev.hash,
            media_type=str(b.get("media_type", "")), blob=blob,
        )  # fmt: skip
    other = ev.kind in ("gap", "input") and b.get("track") == OTHER_TRACK
    if ev.kind == "gap":
        ms = b.get("duration_ms")
        reason = str(b.get("reason", ""))
        text = other_gap_reason(reason, QCoreApplication.translate) if other else gap_reason(reason)
        if isinstance(ms, int):
            text += f" ({ms} ms)" if ms < 1000 else f" ({ms / 1000:.1f} s)"
        return Marker(ev.frame, "gap", of_other_party(text) if other else text, ev.utc, ev.seq, ev.hash)
    if ev.kind == "note":
        return Marker(ev.frame, "note", str(b.get("text", "")), ev.utc, ev.seq, ev.hash)
    if ev.kind == "visitors":
        return Marker(ev.frame, "visitors", visitors_sentence(b), ev.utc, ev.seq, ev.hash)
    if ev.kind == "input":
        text = input_event_text(b)
        return Marker(ev.frame, "input", of_other_party(text) if other else text, ev.utc, ev.seq, ev.hash)
    return Marker(ev.frame, ev.kind, "", ev.utc, ev.seq, ev.hash)


def later_marker(a: Annotation, timeline: Timeline) -> Marker:
    frame = a.frame
    if frame is None and a.about_seq is not None:
        frame = next((e.frame for e in timeline.events if e.seq == a.about_seq), 0)
    text = a.text or ""
    if a.type == "tag":
        label = tag_label(a.code, a.label)
        text = f"{label} — {text}" if text else label
    if a.about_seq is not None:
        about = next((e for e in timeline.events if e.seq == a.about_seq), None)
        if about is not None:
            what = tr(KIND_WORDS.get(about.kind, about.kind))
            text = QCoreApplication.translate("Review", "about the {what} at {time}: {text}").format(
                what=what.lower(), time=clock_text(about.frame, timeline.rate), text=text
            )
    return Marker(frame or 0, "later", text, a.utc, a.seq, a.hash, later=True, tag_code=a.code or a.label)


def added_later_text(utc: str | None) -> str:
    return QCoreApplication.translate("Review", "added later, on {date}").format(date=local_time(utc, with_date=True))


def markers_of(timeline: Timeline, annotations: list[Annotation]) -> list[Marker]:
    """All markers in audio order; a session that ended by interruption gets a marker at its end."""
    out = [m for m in (event_marker(e) for e in timeline.events) if m is not None]
    out.extend(later_marker(a, timeline) for a in annotations)
    if timeline.interrupted:
        out.append(
            Marker(
                timeline.total_frames,
                "interrupted",
                QCoreApplication.translate("Review", "The recording ended by interruption"),
                None,
            )
        )
    out.sort(key=lambda m: (m.frame, m.later))
    return out
