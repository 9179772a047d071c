"""Parts of report.html that stand on their own, each given the report's ``translate`` (the words of the report's
language): the facts table, and a call's two tracks (issue 16 §4, FORMAT §7.10). Kept out of ``report`` so that
the page's module stays readable; Qt-free like it."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from ..core.chain import is_other_track
from ..core.drift import BEYOND_CLOCKS_PPB
from ..core.messages import QT_TRANSLATE_NOOP
from ..core.tags import BY_CODE
from . import report_words as W
from .report_model import SessionExport

Translate = Callable[[str, str], str]
When = Callable[[str | None, int], str]

AT_AUDIO = QT_TRANSLATE_NOOP("Report", "{local} (at {position} in the audio)")
H_CALL = QT_TRANSLATE_NOOP("Report", "Call: two tracks")
ME_TRACK = QT_TRANSLATE_NOOP("Report", "Me — the microphone, {device}")
OTHER_TRACK = QT_TRANSLATE_NOOP("Report", "The other party — what the computer played, {device}")
NOT_OPENED = QT_TRANSLATE_NOOP("Report", "not recorded (the computer's sound output could not be opened)")
LEFT = QT_TRANSLATE_NOOP("Report", "Left channel of the listening copy {path} (made from the two tracks)")
RIGHT = QT_TRANSLATE_NOOP("Report", "Right channel of the listening copy {path} (made from the two tracks)")
TRACK_LENGTH = QT_TRANSLATE_NOOP("Report", "Length of the audio: {length}")
TRACK_GAPS = QT_TRANSLATE_NOOP("Report", "Gaps: {n}")
TRACK_FILE = QT_TRANSLATE_NOOP("Report", "Audio file: {path}")
H_DRIFT = QT_TRANSLATE_NOOP("Report", "Drift between the two devices")
DRIFT = QT_TRANSLATE_NOOP(
    "Report",
    "{ppm} ppm (millionths: how much faster the other party's device clock ran than the microphone's; negative: "
    "slower). Over the call ({length}), counting frames alone would have put the two tracks about {ms} ms apart.",
)
NO_DRIFT = QT_TRANSLATE_NOOP("Report", "Not measured: a track has too little unbroken audio.")
DRIFT_BEYOND = QT_TRANSLATE_NOOP(
    "Report",
    "This is far more than device clocks differ (tens of ppm, a few hundred at most): the measure also counts a "
    "step in one track's capture times, as when the computer moves its sound to another output, so it does not "
    "show the clocks alone.",
)
# A call's gaps in the recording's own table: the microphone's and, so that "0" is not read as the whole call's,
# the other party's (listed in the part "Call: two tracks").
CALL_GAPS = QT_TRANSLATE_NOOP("Report", "{me} in my track, {other} in the other party's (see “Call: two tracks”)")
ALIGNED = QT_TRANSLATE_NOOP(
    "Report",
    "The two tracks are aligned by the capture time of each block of sound (one clock for both), not by counting "
    "frames: the drift between the devices does not shift one track against the other.",
)
OTHER_GAP_LINE = QT_TRANSLATE_NOOP(
    "Report", "Gap in the other party's track at {when}: about {seconds} s of audio missing ({reason})."
)
SILENT_LINE = QT_TRANSLATE_NOOP(
    "Report",
    "Silence in the other party's track at {when}: for about {seconds} s the computer played nothing (not a loss).",
)
OTHER_ROW = QT_TRANSLATE_NOOP("Report", "{what} (the other party's track)")


def e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def hms(ms: int) -> str:
    s = ms // 1000
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}.{ms % 1000:03d}"


def seconds(ms: Any) -> str:
    """A duration in seconds, one decimal ("19.0"); two below a second so that a short gap is not "0.0"."""
    if not isinstance(ms, int) or isinstance(ms, bool):
        return "?"
    return f"{ms / 1000:.1f}" if ms >= 1000 else f"{ms / 1000:.2f}"


def point(p: dict[str, Any] | None, translate: Translate) -> str:
    if not p:
        return "—"
    return e(
        translate("Report", AT_AUDIO)
        .replace("{local}", str(p.get("local")))
        .replace("{position}", hms(int(p.get("offset_ms", 0))))
    )


def facts_html(f: dict[str, Any], translate: Translate) -> str:
    rows = []
    visit = f.get("visit") or {}
    rows.append((translate("Report", "Visit start (tag “Arrived”)"), point(visit.get("start"), translate)))
    rows.append((translate("Report", "Visit end (last tag “Left”)"), point(visit.get("end"), translate)))
    if visit.get("minutes") is not None:
        rows.append((translate("Report", "Visit duration"), translate("Report", "{n} min").format(n=visit["minutes"])))
    if f.get("visitors") is not None:
        rows.append((translate("Report", "Number of visitors"), e(f["visitors"])))
    stayed = f.get("stayed_after_asked")
    if stayed:
        rows.append((translate("Report", "Asked them to leave"), point(stayed.get("asked"), translate)))
        if stayed.get("minutes") is not None:
            rows.append(
                (
                    translate("Report", "Stayed after being asked to leave"),
                    translate("Report", "{n} min").format(n=stayed["minutes"]),
                )
            )
        else:
            none = translate("Report", "no “Left” tag")
            rows.append((translate("Report", "Stayed after being asked to leave"), none))
    for key, label in (
        ("id", translate("Report", "Identification")),
        ("entered_home", translate("Report", "Entered home")),
        ("threats", translate("Report", "Threats and insults")),
        ("contacted_others", translate("Report", "Contacted family or others")),
    ):
        for p in f.get(key) or []:
            code = p.get("code")
            name = translate("Tags", BY_CODE[code].label) if code in BY_CODE else str(code)
            rows.append((label, f"{e(name)}: {point(p, translate)}"))
    restricted = f.get("restricted_window") or []
    rows.append(
        (
            translate("Report", "Events in the restricted hours {window}").format(window=e(f.get("window"))),
            e(len(restricted)) + ("".join(f"<br>{point(p, translate)}" for p in restricted)),
        )
    )
    body = "".join(f"<tr><th>{e(k)}</th><td>{v}</td></tr>" for k, v in rows)
    return f'<table class="facts">{body}</table>'


# -- a call (FORMAT §7.10) -------------------------------------------------------------------------------------


def my_gaps(se: SessionExport) -> list[dict[str, Any]]:
    """The microphone's gaps: in a call a gap with ``track`` is the other party's (FORMAT §4.5); in a one-track
    session every gap."""
    return [g for g in se.summary.gaps if "track" not in g]


def other_row(what: str, entry: dict[str, Any], translate: Translate) -> str:
    """A timeline row's "what" for an entry of the other party's track (a gap, an input event) says so."""
    return translate("Report", OTHER_ROW).replace("{what}", what) if is_other_track(entry) else what


def gap_reason(entry: dict[str, Any], translate: Translate) -> str:
    """A timeline gap's reason in words, as its track means it (the other party's lost input is the output)."""
    reason = (entry.get("body") or {}).get("reason")
    return W.other_gap_reason(reason, translate) if is_other_track(entry) else W.gap_reason(reason, translate)


def length_ms(track: dict[str, Any]) -> int:
    rate, frames = track.get("rate"), track.get("frames")
    return frames * 1000 // rate if isinstance(rate, int) and isinstance(frames, int) and rate > 0 else 0


def drift_words(call: dict[str, Any], translate: Translate) -> str:
    """The measured drift between the devices in ppm, and how far apart counting frames alone would have put the
    tracks over the call: |drift| × the longer track's length (FORMAT §7.10)."""
    ppb = call.get("drift_between_ppb")
    if not isinstance(ppb, int) or isinstance(ppb, bool):
        return translate("Report", NO_DRIFT)
    span = max(length_ms(call.get("me") or {}), length_ms(call.get("other") or {}))
    words = (
        translate("Report", DRIFT)
        .replace("{ppm}", f"{ppb / 1000:.3f}")
        .replace("{length}", hms(span))
        .replace("{ms}", f"{abs(ppb) * span / 1e9:.1f}")
    )
    if abs(ppb) > BEYOND_CLOCKS_PPB:  # not the clocks alone (core.drift)
        words += " " + translate("Report", DRIFT_BEYOND)
    return words


def gaps_cell(se: SessionExport, translate: Translate) -> str:
    """The recording table's "Gaps": the microphone's count; in a call both tracks' (each one's list is below)."""
    mine = len(my_gaps(se))
    if not isinstance(se.facts.get("call"), dict):
        return str(mine)
    others = len(se.summary.gaps) - mine
    return translate("Report", CALL_GAPS).replace("{me}", str(mine)).replace("{other}", str(others))


def listening_path(se: SessionExport) -> str | None:
    """The listening copy's member, as the exporter made it (None: the call has none)."""
    path = (se.call_members or {}).get("listening")
    return path if isinstance(path, str) else None


def other_parts(se: SessionExport) -> list[dict[str, Any]]:
    """The other party's WAV parts, as the exporter wrote them (the manifest's ``call.other.parts``)."""
    parts = ((se.call_members or {}).get("other") or {}).get("parts")
    return (
        [p for p in parts if isinstance(p, dict) and isinstance(p.get("path"), str)] if isinstance(parts, list) else []
    )


def call_html(se: SessionExport, translate: Translate, offset_minutes: int, when: When) -> str:
    """The part "Call: two tracks": who each track is, its device, side of the listening copy, length, gaps and
    audio files; the drift between the devices; that the tracks are aligned by their capture times."""
    call = se.facts.get("call")
    if not isinstance(call, dict):
        return ""
    me, other = call.get("me") or {}, call.get("other") or {}
    listening = listening_path(se)
    other_gaps = [g for g in se.summary.gaps if "track" in g]
    rows = []
    for track, gaps, parts, head in (
        (me, my_gaps(se), se.audio_parts, ME_TRACK),
        (other, other_gaps, other_parts(se), OTHER_TRACK),
    ):
        if head is ME_TRACK:
            device = W.input_name(track.get("device"), translate)
        else:
            named = track.get("device")
            device = named if isinstance(named, str) and named.strip() else translate("Report", NOT_OPENED)
        lines = [
            e(translate("Report", TRACK_LENGTH).replace("{length}", hms(length_ms(track)))),
            e(translate("Report", TRACK_GAPS).replace("{n}", str(len(gaps)))),
        ]
        for part in parts:
            link = f'<a href="{e(part["path"])}">{e(part["path"])}</a>'
            lines.append(e(translate("Report", TRACK_FILE)).replace("{path}", link))
        if listening:
            side = translate("Report", LEFT if head is ME_TRACK else RIGHT)
            lines.append(e(side).replace("{path}", f'<a href="{e(listening)}">{e(listening)}</a>'))
        rows.append((translate("Report", head).replace("{device}", device), "<br>".join(lines)))
    rows.append((translate("Report", H_DRIFT), e(drift_words(call, translate))))
    out = [f"<h3>{e(translate('Report', H_CALL))}</h3><table>"]
    out.append("".join(f"<tr><th>{e(k)}</th><td>{v}</td></tr>" for k, v in rows) + "</table>")
    out.append(f"<p>{e(translate('Report', ALIGNED))}</p>")
    for gap in other_gaps:
        reason = W.other_gap_reason(gap.get("reason"), translate)
        line = (
            translate("Report", SILENT_LINE if gap.get("reason") == "output-silent" else OTHER_GAP_LINE)
            .replace("{when}", when(gap.get("utc"), offset_minutes))
            .replace("{seconds}", seconds(gap.get("duration_ms")))
            .replace("{reason}", reason)
        )
        out.append(f"<p>{e(line)}</p>")
    return "".join(out)
