"""The hand-over between the audio callback and the writer thread: a bounded ring of preallocated blocks.

The callback side (:meth:`BlockQueue.put`) copies samples into a slot that already exists and appends a small
tuple to a deque; it takes no lock (deque appends and pops are atomic in CPython) and never waits. Slots are plain
``bytearray``s and samples any buffer of 16-bit samples (PortAudio's raw buffer, or a NumPy array from a test
source), so that capturing needs no NumPy: importing it would delay the first recorded block at start-up. When the ring
is full the block is dropped and its frames are counted; the count travels with the next block that gets in, so
the writer can record the loss as a gap exactly where it happened.
"""

from __future__ import annotations

import collections
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Block:
    """One captured block as the writer sees it."""

    pcm: bytes  # 16-bit little-endian mono
    frames: int
    first_mono_ns: int  # monotonic time of the block's first frame
    overflow: bool  # the audio system reported lost input before this block
    dropped_before: int  # frames dropped here (queue full) just before this block
    stream: int  # which opening of the input delivered it (changes after a lost input is re-opened)


class BlockQueue:
    def __init__(self, capacity: int, max_frames: int) -> None:
        if capacity < 3:
            raise ValueError("capacity must be at least 3")
        self.capacity = capacity
        self.max_frames = max_frames
        self._slots = [bytearray(2 * max_frames) for _ in range(capacity)]
        self._items: collections.deque[tuple[int, int, int, bool, int, int]] = collections.deque()
        self._next = 0
        # Written only by the callback thread; read by the writer only once the input is closed (drain).
        self._dropped = 0
        self.dropped_total = 0
        self.stream = 0

    def put(self, samples: Any, first_mono_ns: int, overflow: bool) -> None:
        """Callback thread: copy and return. Never blocks, never allocates more than a small tuple and a view.
        ``samples``: a C-contiguous buffer of 16-bit mono samples (``Any``: Python 3.11 has no Buffer type)."""
        data = memoryview(samples).cast("B")
        n = data.nbytes // 2
        # Slots in use = queued items + the one the writer may be copying; keep one free for this block.
        if n > self.max_frames or len(self._items) >= self.capacity - 1:
            self._dropped += n
            self.dropped_total += n
            return
        slot = self._next
        self._next = (slot + 1) % self.capacity
        self._slots[slot][: 2 * n] = data
        self._items.append((slot, n, first_mono_ns, overflow, self._dropped, self.stream))
        self._dropped = 0

    def get(self) -> Block | None:
        """Writer thread: the oldest block, or None when the queue is empty."""
        try:
            slot, n, first, overflow, dropped, stream = self._items.popleft()
        except IndexError:
            return None
        pcm = bytes(memoryview(self._slots[slot])[: 2 * n])
        return Block(pcm, n, first, overflow, dropped, stream)

    def newest(self) -> bytes | None:
        """Writer thread: a copy of the newest queued block's samples, left in the queue (for the level meter while
        blocks are held), or None when the queue is empty. Its slot is not reused before the ring comes round."""
        try:
            slot, n = self._items[-1][:2]
        except IndexError:
            return None
        return bytes(memoryview(self._slots[slot])[: 2 * n])

    def take_dropped(self) -> int:
        """Frames dropped after the last queued block (call only when the callback can no longer run)."""
        n, self._dropped = self._dropped, 0
        return n

    def __len__(self) -> int:
        return len(self._items)
