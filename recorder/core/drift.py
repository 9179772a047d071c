"""The clock measure of a call's two tracks (docs/FORMAT.md §4.5, "Runs and the clock measure (drift)").

Each input's sample clock runs at its own pace. The tracks are put side by side by capture times, so drift never
shifts one against the other; it is measured so that a reader knows how far counting frames alone would have gone
wrong. Per track, over the track's *runs* (audio entries with no gap or input entry of the same track, pause or
resume between them): *F* sums the frame offsets' steps and *T* the capture times' steps inside each run. The
session writes the measure into every checkpoint and the seal of a call; the chain check recomputes it (§4.2
rule 9). Both feed the same :class:`CallClocks`, one entry at a time, so the live measure is the journal's.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeGuard

ME = "me"
OTHER = "other"  # = chain.OTHER_TRACK (not imported: chain.py imports this module)
TRACKS = (ME, OTHER)
# Above this between the tracks (in ppb), the measure is not two clocks: device clocks differ by tens of ppm, a few
# hundred at most. A step in one track's capture times inside a run (the sound server's reported delay changing as
# the computer moved its sound between outputs: +5534 ppm over a 17 s call on the test server) or a device not at
# its stated rate is counted in it; the report and the verifier say so (FORMAT §7.10).
BEYOND_CLOCKS_PPB = 1_000_000
_CUTS_TRACK = ("gap", "input")  # (tuples: a kind read from a broken journal may be any JSON value, even a list)
_CUTS_BOTH = ("pause", "resume")


def drift_ppb(frames: int, ns: int, rate: int) -> int | None:
    """A track's drift against the monotonic clock in parts per billion: ``(F·10⁹ − rate·T)·10⁹ // (rate·T)``
    (floor division, exactly as FORMAT §4.5); None when T is 0 (nothing measured) — or when ``rate`` is not
    positive, which no valid journal has (a track without audio has T = 0 anyway). Positive: the device ran fast."""
    if ns == 0 or rate <= 0:
        return None
    return (frames * 1_000_000_000 - rate * ns) * 1_000_000_000 // (rate * ns)


def drift_between_ppb(me: int | None, other: int | None) -> int | None:
    """The drift between the tracks: the other party's minus the microphone's, None when either is."""
    return None if me is None or other is None else other - me


class TrackClock:
    """The measure of one track, kept as its audio entries come: :meth:`audio` for each, :meth:`cut` where a run
    ends (a gap or input entry of the track, a pause, a resume). O(1) per entry, a few integers of state."""

    __slots__ = ("frames", "ns", "_offset", "_mono")

    def __init__(self) -> None:
        self.frames = 0  # F: frames counted within runs
        self.ns = 0  # T: monotonic nanoseconds within runs
        self._offset: int | None = None  # the run's previous audio entry (None: no run is open)
        self._mono = 0

    def audio(self, frame_offset: int, frames: int, mono_ns: int) -> None:
        """One audio entry of the track. The measure steps by ``frame_offset`` (FORMAT: the offset's step from the
        run's previous entry, which in a valid chain is that entry's ``frames``); ``frames`` is not needed for it."""
        previous = self._offset
        if previous is not None:
            self.frames += frame_offset - previous
            self.ns += mono_ns - self._mono
        self._offset = frame_offset
        self._mono = mono_ns

    def cut(self) -> None:
        """The run ends here: the next audio entry starts a new one and adds nothing."""
        self._offset = None

    def as_body(self) -> dict[str, int]:
        return {"frames": self.frames, "ns": self.ns}

    def drift_ppb(self, rate: int) -> int | None:
        return drift_ppb(self.frames, self.ns, rate)


def _int(value: Any) -> TypeGuard[int]:
    return type(value) is int  # (not bool: JSON's true is no frame count)


class CallClocks:
    """Both tracks' measures, fed a session's entries (parsed JSON objects) in ``seq`` order.

    An audio entry goes to its track (``body.track``, absent = "me"); a gap or input entry cuts its track's run; a
    pause or resume cuts both. ``is_call`` turns True at the first entry whose body has a ``track`` field: from
    then on every checkpoint and the seal carry :meth:`body` (FORMAT §4.5). Entries of no track this module knows
    (a malformed ``track``) and audio entries without integer times or offsets are left out: such a chain is broken
    by other rules anyway."""

    __slots__ = ("me", "other", "is_call", "rates")

    def __init__(self) -> None:
        self.me = TrackClock()
        self.other = TrackClock()
        self.is_call = False
        self.rates: dict[str, int] = {}  # each track's rate: its first audio entry's

    @classmethod
    def of(cls, entries: Iterable[dict[str, Any]]) -> CallClocks:
        """The clocks after all of ``entries``."""
        clocks = cls()
        for entry in entries:
            clocks.feed(entry)
        return clocks

    def track(self, name: Any) -> TrackClock | None:
        if name == ME:
            return self.me
        if name == OTHER:
            return self.other
        return None

    def feed(self, entry: dict[str, Any]) -> None:
        body = entry.get("body")
        if not isinstance(body, dict):
            return
        self.feed_body(entry.get("kind"), body, entry.get("mono_ns"))

    def feed_body(self, kind: Any, body: dict[str, Any], mono_ns: Any) -> None:
        """:meth:`feed` for an entry given by its parts (the session has them before the entry is a dict)."""
        if "track" in body:
            self.is_call = True
            name = body["track"]
            clock = self.track(name) if isinstance(name, str) else None
        else:
            clock = self.me
        if kind == "audio":
            if clock is None:
                return
            offset = body.get("frame_offset")
            if _int(offset) and _int(mono_ns):
                clock.audio(offset, body.get("frames", 0), mono_ns)
                rate = body.get("rate")
                if _int(rate):
                    self.rates.setdefault(ME if clock is self.me else OTHER, rate)
        elif kind in _CUTS_TRACK:
            if clock is not None:
                clock.cut()
        elif kind in _CUTS_BOTH:
            self.me.cut()
            self.other.cut()

    def body(self) -> dict[str, dict[str, int]]:
        """The measure as a checkpoint or the seal carries it: ``{"me": {frames, ns}, "other": {frames, ns}}``."""
        return {ME: self.me.as_body(), OTHER: self.other.as_body()}

    def drift_ppb(self, track: str) -> int | None:
        """The track's drift (None without a measure or without audio)."""
        clock = self.track(track)
        rate = self.rates.get(track)
        return None if clock is None or rate is None else clock.drift_ppb(rate)

    def between_ppb(self) -> int | None:
        """The drift between the tracks: the other party's minus the microphone's (None when either is None)."""
        return drift_between_ppb(self.drift_ppb(ME), self.drift_ppb(OTHER))


def measure(entries: Iterable[dict[str, Any]]) -> dict[str, dict[str, int]]:
    """The measure over a whole journal's entries (parsed, in ``seq`` order): the ``drift`` a checkpoint or seal
    written after all of them carries. Use :meth:`CallClocks.of` for the rates, drifts and ``is_call`` too."""
    return CallClocks.of(entries).body()


def same_measure(value: Any, expected: dict[str, dict[str, int]]) -> bool:
    """True when ``value`` (a checkpoint's ``drift`` as read) is exactly ``expected``: the same two tracks, each
    exactly ``frames`` and ``ns`` as JSON integers (Python's ``==`` would take ``true`` for 1 and 1.0 for 1)."""
    if not isinstance(value, dict) or value.keys() != expected.keys():
        return False
    for name, want in expected.items():
        got = value[name]
        if not isinstance(got, dict) or got.keys() != want.keys():
            return False
        if any(not _int(got[k]) or got[k] != v for k, v in want.items()):
            return False
    return True
