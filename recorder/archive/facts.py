"""The facts of DESIGN §8 that follow from tags and times, computed the same way by the exporter (for the
report) and by the verifier (to check the report against the chain). Qt-free, plain data in and out.

Durations come from the monotonic clock (``mono_ns``), which the wall clock cannot disturb; wall times are the
device's clock (UTC in the entries, shown in the profile's local offset). Every value is an integer or a string
so the facts embed in the report as canonical JSON.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from ..core import drift
from ..core.chain import is_other_track
from ..core.environment import parse_utc
from ..core.timeline import AudioClock, Block

# Restricted hours for contacts, by profile: (start hour, end hour) in local time. Taiwan ("tw") and Hong Kong
# ("hk"): no restricted-hours rule is cited here yet, so they use the Mainland window (docs/FORMAT.md §7.7).
PROFILES: dict[str, tuple[int, int]] = {"cn": (22, 8), "tw": (22, 8), "hk": (22, 8), "us": (21, 8)}
# Mainland China, Taiwan and Hong Kong keep one offset all year: used for a session that recorded no offset of its
# own (before issue 11); other profiles then use the exporting device's offset.
PROFILE_OFFSETS: dict[str, int] = {"cn": 480, "tw": 480, "hk": 480}
# Where to call in danger, by profile (police first).
EMERGENCY_NUMBERS: dict[str, tuple[str, ...]] = {
    "cn": ("110",),
    "tw": ("110", "119"),
    "hk": ("999",),
    "us": ("911",),
}
FACT_CODES = (
    "arrived",
    "showed-id",
    "refused-id",
    "asked-to-leave",
    "refused-to-leave",
    "threat",
    "insult",
    "contacted-others",
    "entered-home",
    "left",
)
EVENT_KINDS = frozenset({"note", "tag", "attachment", "visitors", "pause", "resume", "gap", "input"})


@dataclass
class SessionEvents:
    """What the facts and the report need from one session's chain, gathered entry by entry (no audio bytes)."""

    events: list[dict[str, Any]] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    start: dict[str, Any] | None = None
    last: dict[str, Any] | None = None
    # The last entry a signature covers (the seal, or in an interrupted session its last checkpoint): events after
    # it are hash-chained but unsigned, anyone holding the file could have appended them, so the facts leave them
    # out (issue 11 §3). None: all events count (set by the exporter and the verifier once the chain is read).
    signed_through: int | None = None
    frames_at: dict[int, int] = field(default_factory=dict)  # signed entry's seq → audio frames before it
    # A call's second track (FORMAT §4.5), kept apart: the timeline and every offset_ms are the microphone's
    # (``blocks``), never the other party's frame offsets. ``block_seqs`` is each of ``blocks``' entry seq, so that
    # the drift measure can put both tracks' blocks back in chain order with the entries that break their runs.
    other_blocks: list[Block] = field(default_factory=list)
    other_seqs: list[int] = field(default_factory=list)
    block_seqs: list[int] = field(default_factory=list)
    call: bool = False  # an entry whose body has ``track`` was seen: the session is a call (FORMAT §7.10)

    @property
    def frames(self) -> int:
        """Audio frames so far (the end of the last block)."""
        return self.blocks[-1].frame_offset + self.blocks[-1].frames if self.blocks else 0

    def signed(self, entry: dict[str, Any]) -> bool:
        """Whether a signature covers this event (it is at or before ``signed_through``)."""
        seq = entry.get("seq")
        return self.signed_through is None or (isinstance(seq, int) and seq <= self.signed_through)

    def add(self, entry: dict[str, Any]) -> None:
        """Keep an entry (the caller has already checked it with the chain rules)."""
        kind = entry.get("kind")
        if not isinstance(entry.get("mono_ns"), int) or not isinstance(entry.get("utc"), str):
            return
        self.last = entry
        body = entry.get("body")
        if not isinstance(body, dict):
            return
        if kind in ("start", "checkpoint", "seal") and isinstance(entry.get("seq"), int):
            self.frames_at[entry["seq"]] = self.frames
        if "track" in body:
            self.call = True
        if kind == "start" and self.start is None:
            self.start = entry
        elif kind == "audio":
            try:
                block = Block(entry["mono_ns"], body["frame_offset"], body["frames"], body["rate"])
            except (KeyError, TypeError):
                return
            self._keep(block, entry.get("seq"), is_other_track(entry))
        elif isinstance(kind, str) and kind in EVENT_KINDS:
            self.events.append(entry)

    def add_audio(self, entry: dict[str, Any]) -> None:
        """add() for an audio entry known to be well-formed (integer times and frames, a body): the same effect."""
        body = entry["body"]
        self.last = entry
        other = "track" in body
        if other:
            self.call = True
        self._keep(Block(entry["mono_ns"], body["frame_offset"], body["frames"], body["rate"]), entry["seq"], other)

    def _keep(self, block: Block, seq: Any, other: bool) -> None:
        seq = seq if isinstance(seq, int) else -1
        if other:
            self.other_blocks.append(block)
            self.other_seqs.append(seq)
        else:
            self.blocks.append(block)
            self.block_seqs.append(seq)

    def clock(self) -> AudioClock:
        return AudioClock(self.blocks)

    @property
    def rate(self) -> int:
        return self.blocks[0].rate if self.blocks else 0


def offset_ms(clock: AudioClock, rate: int, entry: dict[str, Any]) -> int:
    """Where an event sits in the exported audio, in milliseconds from its start."""
    if not rate:
        return 0
    try:
        return clock.offset_of(entry) * 1000 // rate
    except (KeyError, TypeError, ValueError):
        return 0


def _event_ns(entry: dict[str, Any]) -> int:
    body = entry.get("body") or {}
    began = body.get("began_mono_ns") if isinstance(body, dict) else None
    return began if isinstance(began, int) else int(entry["mono_ns"])


def _minutes(ns: int) -> int:
    return (ns + 30_000_000_000) // 60_000_000_000


def local_hhmm(utc: str, offset_minutes: int) -> str:
    try:
        return (parse_utc(utc) + timedelta(minutes=offset_minutes)).strftime("%H:%M")
    except ValueError:
        return "?"


def in_window(utc: str, offset_minutes: int, window: tuple[int, int]) -> bool:
    try:
        hour = (parse_utc(utc) + timedelta(minutes=offset_minutes)).hour
    except ValueError:
        return False
    start, end = window
    return hour >= start or hour < end if start > end else start <= hour < end


def compute(ev: SessionEvents, profile: str, offset_minutes: int) -> dict[str, Any]:
    """The session's facts as plain data (see docs/FORMAT.md §7.5 for every field)."""
    window = PROFILES.get(profile, PROFILES["cn"])
    clock, rate = ev.clock(), ev.rate
    tags = [
        e
        for e in ev.events
        if e.get("kind") == "tag"
        and isinstance(e.get("body"), dict)
        and e["body"].get("code") in FACT_CODES
        and ev.signed(e)
    ]
    tags.sort(key=_event_ns)

    def point(e: dict[str, Any]) -> dict[str, Any]:
        return {
            "seq": e.get("seq"),
            "code": (e.get("body") or {}).get("code") if e.get("kind") == "tag" else e.get("kind"),
            "utc": e["utc"],
            "local": local_hhmm(e["utc"], offset_minutes),
            "offset_ms": offset_ms(clock, rate, e),
        }

    first = {code: next((t for t in tags if t["body"]["code"] == code), None) for code in FACT_CODES}
    arrived, left = first["arrived"], None
    lefts = [t for t in tags if t["body"]["code"] == "left"]
    if lefts:
        left = lefts[-1]
    visit: dict[str, Any] = {"start": point(arrived) if arrived else None, "end": point(left) if left else None}
    if arrived and left and _event_ns(left) >= _event_ns(arrived):
        visit["minutes"] = _minutes(_event_ns(left) - _event_ns(arrived))
    else:
        visit["minutes"] = None

    asked = first["asked-to-leave"]
    stayed: dict[str, Any] | None = None
    if asked:
        after = next((t for t in lefts if _event_ns(t) >= _event_ns(asked)), None)
        stayed = {"asked": point(asked), "left": point(after) if after else None}
        stayed["minutes"] = _minutes(_event_ns(after) - _event_ns(asked)) if after else None

    visitors = None
    for e in ev.events:
        body = e.get("body")
        if (
            e.get("kind") == "visitors"
            and isinstance(body, dict)
            and isinstance(body.get("count"), int)
            and ev.signed(e)
        ):
            visitors = body["count"] if visitors is None else max(visitors, body["count"])

    restricted = []
    candidates = tags if tags else ([ev.start] if ev.start else [])
    for e in candidates:
        if in_window(e["utc"], offset_minutes, window):
            restricted.append(point(e))

    facts: dict[str, Any] = {
        "profile": profile if profile in PROFILES else "cn",
        "utc_offset_minutes": offset_minutes,
        "window": f"{window[0]:02d}:00-{window[1]:02d}:00",
        "visit": visit,
        "visitors": visitors,
        "stayed_after_asked": stayed,
        "id": [point(t) for t in tags if t["body"]["code"] in ("showed-id", "refused-id")],
        "entered_home": [point(t) for t in tags if t["body"]["code"] == "entered-home"],
        "threats": [point(t) for t in tags if t["body"]["code"] in ("threat", "insult")],
        "contacted_others": [point(t) for t in tags if t["body"]["code"] == "contacted-others"],
        "restricted_window": restricted,
    }
    if ev.call:  # only a call has the field: a one-track session's facts are what they were before call mode
        facts["call"] = call_facts(ev)
    return facts


# The entries that end a track's run of the drift measure (FORMAT §4.5): a gap or input entry of the track, a pause,
# a resume. The events list holds them (EVENT_KINDS); the audio blocks are kept apart, by track.
_TRACK_CUTS = frozenset({"gap", "input"})
_BOTH_CUTS = frozenset({"pause", "resume"})


def call_facts(ev: SessionEvents) -> dict[str, Any]:
    """FACTS' ``call`` (FORMAT §7.10): each track's device, rate and frames, and the drift between them, over every
    entry of the journal (the unsigned tail included, as alignment.json)."""
    me = _clock(ev.blocks, ev.block_seqs, _cuts(ev, None))
    other = _clock(ev.other_blocks, ev.other_seqs, _cuts(ev, drift.OTHER))
    me_ppb = me.drift_ppb(ev.blocks[0].rate) if ev.blocks else None
    other_ppb = other.drift_ppb(ev.other_blocks[0].rate) if ev.other_blocks else None
    return {
        drift.ME: _track_facts(ev.blocks, _device(ev, None)),
        drift.OTHER: _track_facts(ev.other_blocks, _device(ev, drift.OTHER)),
        "drift_between_ppb": drift.drift_between_ppb(me_ppb, other_ppb),
    }


def _cuts(ev: SessionEvents, track: str | None) -> list[int]:
    """The seqs, in order, of the entries that end a run of the track (absent ``track``: the microphone's)."""
    out = []
    for e in ev.events:
        kind, body, seq = e.get("kind"), e.get("body"), e.get("seq")
        if isinstance(seq, int) and (
            kind in _BOTH_CUTS or (kind in _TRACK_CUTS and isinstance(body, dict) and body.get("track") == track)
        ):
            out.append(seq)
    return out


def _clock(blocks: list[Block], seqs: list[int], cuts: list[int]) -> drift.TrackClock:
    """The track's measure (core/drift's TrackClock), its blocks given in seq order with the seqs of its cuts: the
    same as CallClocks fed the whole journal, without a dictionary per entry (hours of blocks on two tracks)."""
    clock, i = drift.TrackClock(), 0
    for seq, b in zip(seqs, blocks, strict=True):
        if i < len(cuts) and cuts[i] < seq:
            clock.cut()
            while i < len(cuts) and cuts[i] < seq:
                i += 1
        clock.audio(b.frame_offset, b.frames, b.mono_ns)
    return clock


def _device(ev: SessionEvents, track: str | None) -> Any:
    """The ``device`` of the track's first ``input`` ``opened`` entry, or None."""
    for e in ev.events:
        body = e.get("body")
        if (
            e.get("kind") == "input"
            and isinstance(body, dict)
            and body.get("event") == "opened"
            and body.get("track") == track
        ):
            return body.get("device")  # as written (the recorder writes a text)
    return None


def _track_facts(blocks: list[Block], device: Any) -> dict[str, Any]:
    return {"device": device, "rate": blocks[0].rate if blocks else 0, "frames": sum(b.frames for b in blocks)}


def recorded_offset(ev: SessionEvents) -> int | None:
    """The UTC offset (minutes) the session recorded in its signed start entry, if it did (older ones did not)."""
    body = (ev.start or {}).get("body")
    env = body.get("environment") if isinstance(body, dict) else None
    value = env.get("utc_offset_minutes") if isinstance(env, dict) else None
    if isinstance(value, int) and not isinstance(value, bool) and -1440 < value < 1440:
        return value
    return None


def session_offset(ev: SessionEvents, profile: str, fallback_minutes: int) -> int:
    """The local offset of a session's facts: the one the session recorded when it started (the time where the
    events happened: restricted hours are the place's local hours, issue 15 §1); for a session recorded before
    that was written, the profile's fixed one, else ``fallback_minutes`` (the exporting device's)."""
    recorded = recorded_offset(ev)
    if recorded is not None:
        return recorded
    return PROFILE_OFFSETS.get(profile, fallback_minutes)
