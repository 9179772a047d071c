"""The pauses of one recording, by the monotonic clock: what the engine drops from the audio and never counts as
lost (docs/FORMAT.md §4, "Pause and resume"). Read by the writer thread while the user pauses from another."""

from __future__ import annotations

import threading


class Pauses:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._spans: list[list[int | None]] = []  # [start_mono, end_mono or None while paused]

    def begin(self, now: int) -> None:
        with self._lock:
            self._spans.append([now, None])

    def end(self, now: int) -> None:
        with self._lock:
            if self._spans and self._spans[-1][1] is None:
                self._spans[-1][1] = now

    def unpaused(self, start: int, end: int) -> list[tuple[int, int]]:
        """The parts of [start, end) outside every pause."""
        with self._lock:
            pauses = [(int(p[0] or 0), p[1]) for p in self._spans if p[1] is None or int(p[1]) > start]
        parts = [(start, end)]
        for p0, p1 in pauses:
            stop = end if p1 is None else int(p1)
            nxt = []
            for s, e in parts:
                if stop <= s or p0 >= e:
                    nxt.append((s, e))
                    continue
                if p0 > s:
                    nxt.append((s, p0))
                if stop < e:
                    nxt.append((stop, e))
            parts = nxt
        return parts
