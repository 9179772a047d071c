"""Where each event sits in the recorded audio.

An audio entry's time (``mono_ns``) is the monotonic time of its first frame. An event (note, tag, attachment …)
is placed by its own monotonic time — for a note, when typing began — inside the block that was being captured
at that moment. Events are often written before that block (the block is still in the queue), so placement
uses all blocks, not the order of entries. An event during a pause or a gap sits at the next captured frame.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .chain import is_other_track


@dataclass(frozen=True)
class Block:
    mono_ns: int
    frame_offset: int
    frames: int
    rate: int


def blocks_of(entries: Iterable[dict[str, Any]]) -> list[Block]:
    out = []
    for e in entries:
        if e.get("kind") != "audio" or is_other_track(e):
            continue  # the microphone's blocks are the timeline; a call's other track has its own (FORMAT §4.5)
        b = e.get("body") or {}
        out.append(Block(int(e["mono_ns"]), int(b["frame_offset"]), int(b["frames"]), int(b["rate"])))
    return out


def event_time_ns(entry: dict[str, Any]) -> int:
    """The monotonic moment an event refers to: when typing began for a note, else the entry's own time."""
    body = entry.get("body") or {}
    began = body.get("began_mono_ns")
    return int(began) if isinstance(began, int) else int(entry["mono_ns"])


class AudioClock:
    """Maps a monotonic time to a frame offset in the session's audio (as exported, gaps excluded)."""

    def __init__(self, blocks: list[Block]) -> None:
        ordered = sorted(blocks, key=lambda b: b.mono_ns)
        self._starts = [b.mono_ns for b in ordered]
        self._offsets = [b.frame_offset for b in ordered]
        self._frames = [b.frames for b in ordered]
        self._rates = [b.rate for b in ordered]
        self.total_frames = sum(self._frames)

    @classmethod
    def of_sorted(cls, mono_ns: list[int], frame_offsets: list[int], frames: list[int], rate: int) -> AudioClock:
        """The same clock from columns already in ``mono_ns`` order (stable), one rate: no object per block, for
        hours of blocks (the caller sorts them with NumPy)."""
        clock = cls([])
        clock._starts, clock._offsets, clock._frames = mono_ns, frame_offsets, frames
        clock._rates = [rate] * len(mono_ns)
        clock.total_frames = sum(frames)
        return clock

    def frame_at(self, mono_ns: int) -> int:
        if not self._starts:
            return 0
        i = bisect.bisect_right(self._starts, mono_ns) - 1
        if i < 0:
            return self._offsets[0]
        into = (mono_ns - self._starts[i]) * self._rates[i] // 1_000_000_000
        if into < self._frames[i]:
            return self._offsets[i] + into
        # Between blocks (a pause or a gap): the next captured frame.
        return self._offsets[i] + self._frames[i]

    def offset_of(self, entry: dict[str, Any]) -> int:
        if entry.get("kind") == "audio":
            return int((entry.get("body") or {})["frame_offset"])
        return self.frame_at(event_time_ns(entry))
