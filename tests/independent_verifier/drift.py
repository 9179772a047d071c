"""The clock measure of a call's tracks (FORMAT §4.5 "Runs and the clock measure (drift)"), fed entry by entry."""

from __future__ import annotations

from typing import Any

TRACKS = ("me", "other")


def track_of(e: dict[str, Any]) -> Any:
    """§4.5: "an entry's track is the value of its body's `track`, "me" when it has none" — any JSON value: a gap
    or input of another track than "me" or "other" belongs to neither and ends no run of theirs (only an audio
    entry's `track` is held to "other", §4.2 rule 6)."""
    return e["body"].get("track", "me")


class Measure:
    """Per track, *F* and *T* summed within runs. A run ends at a `gap` or `input` of the same track, or at any
    `pause` or `resume`, anywhere in the chain between two of the track's audio entries."""

    def __init__(self) -> None:
        self.frames = {t: 0 for t in TRACKS}
        self.ns = {t: 0 for t in TRACKS}
        self._previous: dict[str, dict[str, Any] | None] = {t: None for t in TRACKS}

    def add(self, e: dict[str, Any]) -> None:
        kind = e["kind"]
        if kind in ("pause", "resume"):
            self._previous = {t: None for t in TRACKS}
        elif kind in ("gap", "input"):
            track = track_of(e)
            if isinstance(track, str) and track in self._previous:
                self._previous[track] = None
        elif kind == "audio":
            track = track_of(e)
            before = self._previous[track]
            if before is not None:  # the first entry of a run adds nothing
                self.frames[track] += e["body"]["frame_offset"] - before["body"]["frame_offset"]
                self.ns[track] += e["mono_ns"] - before["mono_ns"]
            self._previous[track] = e

    def body(self) -> dict[str, Any]:
        """What a checkpoint or seal of a call carries as `drift` (§4.5)."""
        return {t: {"frames": self.frames[t], "ns": self.ns[t]} for t in TRACKS}

    def ppb(self, track: str, rate: int) -> int | None:
        """(F × 10⁹ − rate × T) × 10⁹ // (rate × T); null when T = 0 (or, with no audio, rate 0)."""
        f, t = self.frames[track], self.ns[track]
        if t == 0 or rate == 0:
            return None
        return (f * 10**9 - rate * t) * 10**9 // (rate * t)

    def between(self, rates: dict[str, int]) -> int | None:
        me, other = self.ppb("me", rates["me"]), self.ppb("other", rates["other"])
        return None if me is None or other is None else other - me
