"""A call's other party on the microphone's timeline (issue 16 §4, docs/FORMAT.md §4.5 "Alignment" and §5.5).

The review shows and plays a call on one timeline: the microphone's audio as recorded, gaps excluded (the frames
every marker is placed on, recorder/core/timeline.py). The other party's audio is put beside it by capture time
(the audio entries' ``mono_ns``), never by counting frames: each frame of the timeline has a capture time, and
it is given the other party's sample captured at that time, or silence where the other party has none.

Capture times of single blocks jitter by a few milliseconds (a callback runs a little late or early), and
following every block's own time would skip or repeat a few samples at each block: clicks, ten a second. So
each track is read as **runs**: a block continues the run before it when it follows that run's frames directly
and its capture time is within :data:`TOLERANCE_NS` of the time the run's first block and the frames since it
give; any other block (after a gap, a pause, or once the device's clock has drifted that far) starts a run of
its own at its own time. Within a run the frames are evenly spaced in time; the two tracks are therefore never
more than the tolerance apart, and the mapping is deterministic (integers only when the two rates are equal).

Nothing here touches the disk: samples come from :class:`~recorder.core.peaks.AudioReader` (decrypted in memory).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .peaks import AudioReader, Timeline
from .timeline_cache import PEAK_FRAMES

SEC = 1_000_000_000
TOLERANCE_NS = 20_000_000  # 20 ms: far above a callback's jitter, and the bound for aligned tracks


@dataclass(frozen=True)
class Runs:
    """A track's runs: each starts at capture time ``times[i]`` (ns) with the track's frame ``firsts[i]`` and
    lasts ``lengths[i]`` frames."""

    times: np.ndarray  # int64, never decreasing
    firsts: np.ndarray  # int64
    lengths: np.ndarray  # int64
    rate: int


def runs_of(blocks: np.ndarray, rate: int) -> Runs:
    """The runs of a track's blocks (BLOCK_DTYPE rows, any order: they are taken in frame order)."""
    ordered = blocks[np.argsort(blocks["frame_offset"], kind="stable")]
    times: list[int] = []
    firsts: list[int] = []
    lengths: list[int] = []
    for mono, first, frames in zip(
        ordered["mono_ns"].tolist(), ordered["frame_offset"].tolist(), ordered["frames"].tolist(), strict=True
    ):
        if times and first == firsts[-1] + lengths[-1]:
            expected = times[-1] + (first - firsts[-1]) * SEC // rate
            if abs(mono - expected) <= TOLERANCE_NS:
                lengths[-1] += frames
                continue
        times.append(mono)
        firsts.append(first)
        lengths.append(frames)
    return Runs(_int64(times), _int64(firsts), _int64(lengths), rate)


def _int64(xs: list[int]) -> np.ndarray:
    return np.array(xs, dtype=np.int64)


class TrackMap:
    """Which frame of the other track sounds at each frame of the microphone's timeline."""

    def __init__(self, me: Runs, other: Runs, total_frames: int) -> None:
        self.me, self.other, self.total_frames = me, other, total_frames

    @classmethod
    def of(cls, timeline: Timeline) -> TrackMap | None:
        """The map of a call's timeline; None for a one-track session (or a call whose microphone has no audio)."""
        if timeline.other is None or not len(timeline.blocks):
            return None
        other = timeline.other
        return cls(runs_of(timeline.blocks, timeline.rate), runs_of(other.blocks, other.rate), timeline.total_frames)

    def other_frames(self, frames: np.ndarray) -> np.ndarray:
        """For each timeline frame in ``frames`` (int64, within the audio), the other track's frame captured at
        the same time, or −1 where the other party has none (silence)."""
        me, other = self.me, self.other
        x = np.asarray(frames, dtype=np.int64)
        if not len(other.times) or not len(x):
            return np.full(len(x), -1, dtype=np.int64)
        i = np.clip(np.searchsorted(me.firsts, x, side="right") - 1, 0, len(me.firsts) - 1)
        into = x - me.firsts[i]
        t = me.times[i] + into * SEC // me.rate  # the capture time of each frame (floored to the ns)
        j = np.searchsorted(other.times, t, side="right") - 1
        jj = np.maximum(j, 0)
        if me.rate == other.rate:
            # Exact: the offset of the other run's first frame, in frames, plus the frames into this run.
            s = (me.times[i] - other.times[jj]) * me.rate // SEC + into
        else:  # resampled to the timeline's rate by the nearest earlier sample
            exact = (me.times[i] - other.times[jj]).astype(np.float64) + into * (SEC / me.rate)
            s = np.floor(exact * other.rate / SEC).astype(np.int64)
        ok = (j >= 0) & (s >= 0) & (s < other.lengths[jj])
        return np.where(ok, other.firsts[jj] + s, -1)

    def peaks(self, other_peaks: np.ndarray) -> np.ndarray:
        """The other track's peak pairs on the timeline: one (min, max) per PEAK_FRAMES timeline frames, from the
        other track's pairs at the first and last frame of each (0, 0 where it is silent)."""
        n = -(-self.total_frames // PEAK_FRAMES)
        out = np.zeros((n, 2), dtype="<i2")
        if not n or not len(other_peaks):
            return out
        starts = np.arange(n, dtype=np.int64) * PEAK_FRAMES
        ends = np.minimum(starts + PEAK_FRAMES, self.total_frames) - 1
        a, b = self.other_frames(starts), self.other_frames(ends)
        last = len(other_peaks) - 1
        pa = other_peaks[np.clip(a // PEAK_FRAMES, 0, last)].astype(np.int32)
        pb = other_peaks[np.clip(b // PEAK_FRAMES, 0, last)].astype(np.int32)
        big, small = np.int32(1 << 20), np.int32(-(1 << 20))
        lo = np.minimum(np.where(a >= 0, pa[:, 0], big), np.where(b >= 0, pb[:, 0], big))
        hi = np.maximum(np.where(a >= 0, pa[:, 1], small), np.where(b >= 0, pb[:, 1], small))
        silent_end = (a < 0) | (b < 0)  # silence is a level of 0 within the pair
        out[:, 0] = np.where(silent_end, np.minimum(lo, 0), lo)
        out[:, 1] = np.where(silent_end, np.maximum(hi, 0), hi)
        return out


class OtherOnTimeline:
    """Reads the other party's audio on the microphone's timeline (silence where it has none), decrypting in
    memory only the other track's records that hold it. Thread-safe as its reader is."""

    def __init__(self, reader: AudioReader, track_map: TrackMap) -> None:
        self._reader = reader
        self.map = track_map

    @property
    def total_frames(self) -> int:
        return self.map.total_frames

    def read(self, start: int, count: int) -> np.ndarray:
        """``count`` int16 samples from timeline frame ``start`` (fewer only at the end of the timeline)."""
        start = max(0, start)
        count = max(0, min(count, self.map.total_frames - start))
        out = np.zeros(count, dtype="<i2")
        if not count:
            return out
        src = self.map.other_frames(np.arange(start, start + count, dtype=np.int64))
        # Pieces of consecutive other frames: one read each (usually the whole request is one piece).
        breaks = np.flatnonzero((np.diff(src) != 1) | (src[1:] < 0) | (src[:-1] < 0)) + 1
        for lo, hi in zip(np.r_[0, breaks].tolist(), np.r_[breaks, count].tolist(), strict=True):
            first = int(src[lo])
            if first < 0:
                continue
            got = self._reader.read(first, hi - lo)
            out[lo : lo + len(got)] = got
        return out

    def close(self) -> None:
        self._reader.close()
