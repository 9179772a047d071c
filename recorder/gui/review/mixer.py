"""What is heard of a call's two tracks (issue 16 §4): mute and solo per track, and the balance between them.

The microphone ("me") plays on the left, the other party on the right, so the two voices stay apart even when
they overlap; the balance lowers one side (−1: only me, +1: only the other party). A track heard alone — the
other muted, or this one soloed — plays on both sides, at full level. Only what is heard changes; the recording
is never altered. Kept free of Qt so that the mix can be tested sample by sample.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

ME, OTHER = "me", "other"
Reader = Callable[[int, int], np.ndarray]


@dataclass
class Mix:
    me_muted: bool = False
    other_muted: bool = False
    solo: str | None = None  # ME, OTHER or None
    balance: float = 0.0  # −1 … +1

    def heard(self, track: str) -> bool:
        muted = self.me_muted if track == ME else self.other_muted
        return not muted and self.solo in (None, track)

    def gains(self) -> tuple[float, float]:
        """(me, other) levels, 0 … 1."""
        me, other = self.heard(ME), self.heard(OTHER)
        if me and other:
            b = min(1.0, max(-1.0, self.balance))
            return 1.0 - max(0.0, b), 1.0 + min(0.0, b)
        return float(me), float(other)

    def render(self, pair: np.ndarray) -> np.ndarray:
        """Stereo int16 frames, shape (n, 2), from ``pair`` (n, 2): column 0 me, column 1 the other party."""
        g_me, g_other = self.gains()
        out = np.zeros((len(pair), 2), dtype=np.float32)
        both = self.heard(ME) and self.heard(OTHER)
        if both:
            out[:, 0] = pair[:, 0] * g_me
            out[:, 1] = pair[:, 1] * g_other
        elif g_me:
            out[:] = pair[:, :1]
        elif g_other:
            out[:] = pair[:, 1:2]
        return np.clip(np.rint(out), -32768, 32767).astype("<i2")


def pair_reader(me: Reader, other: Reader) -> Reader:
    """Reads both tracks of the same timeline frames side by side: (n, 2) int16, n as the microphone's read."""

    def read(start: int, count: int) -> np.ndarray:
        a = me(start, count)
        b = other(start, len(a))
        pair = np.zeros((len(a), 2), dtype="<i2")
        pair[:, 0] = a
        pair[: len(b), 1] = b
        return pair

    return read
