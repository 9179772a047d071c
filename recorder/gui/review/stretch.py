"""Playback faster or slower at the same pitch: WSOLA (waveform-similarity overlap-add) time stretching.

Frames of the recording are overlap-added at a fixed output hop while the input advances ``speed`` times as
fast; each frame is shifted by up to a few milliseconds to where it best continues the previous one, so voices
keep their pitch and stay clear at 0.5×–2×. Only what is heard changes; the evidence is never altered.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

FRAME = 1536  # 32 ms at 48 kHz: long enough for a voice's pitch period, short enough to follow speech
HOP = FRAME // 2  # output hop; a periodic Hann window at 50 % overlap sums to exactly 1
SEEK = 256  # how far (frames) a frame may shift to match the previous one
WINDOW = (0.5 - 0.5 * np.cos(2 * np.pi * np.arange(FRAME) / FRAME)).astype(np.float32)

Reader = Callable[[int, int], np.ndarray]  # (start frame, count) -> int16 samples, fewer at the end
# A reader may also give frames of several channels, shape (n, channels) (a call's two tracks): every channel is
# then shifted alike, by where their sum continues best, so the tracks stay together.


class TimeStretch:
    """Renders the audio from ``start`` at ``speed``; :attr:`position` is the input frame reached."""

    def __init__(self, read: Reader, start: int, speed: float, total: int, channels: int = 0) -> None:
        self._read = read
        self.speed = speed
        self.total = total
        self.position = float(start)
        self._shape: tuple[int, ...] = (channels,) if channels else ()  # () for plain mono samples
        self._window = WINDOW[:, None] if channels else WINDOW
        self._tail = np.zeros((FRAME - HOP, *self._shape), dtype=np.float32)
        self._natural: np.ndarray | None = None  # what would follow the last frame, to match the next one to

    @property
    def at_end(self) -> bool:
        return self.position >= self.total

    def render(self, frames: int) -> np.ndarray:
        """At least one hop and about ``frames`` output samples (int16); empty at the end of the audio."""
        out: list[np.ndarray] = []
        made = 0
        while made < max(frames, 1) and not self.at_end:
            out.append(self._step())
            made += HOP
        if not out:
            return np.zeros((0, *self._shape), dtype="<i2")
        return np.clip(np.concatenate(out), -32768, 32767).astype("<i2")

    def _step(self) -> np.ndarray:
        centre = int(self.position)
        lo = max(0, centre - SEEK)
        # Enough for every candidate frame and for the natural continuation of whichever is chosen.
        region = self._read(lo, centre - lo + SEEK + HOP + FRAME).astype(np.float32)
        mono = region.sum(axis=1) if region.ndim == 2 else region
        best = centre - lo
        if self._natural is not None and len(region) >= FRAME + 1:
            # Cross-correlation of every candidate start with the natural continuation of the previous frame.
            scores = np.correlate(mono[: centre - lo + SEEK + FRAME], self._natural, mode="valid")
            if len(scores):
                best = int(np.argmax(scores))
        frame = region[best : best + FRAME]
        if len(frame) < FRAME:
            frame = np.concatenate([frame, np.zeros((FRAME - len(frame), *self._shape), dtype=np.float32)])
        natural = mono[best + HOP : best + HOP + FRAME]
        self._natural = natural if len(natural) == FRAME else None
        shaped = frame * self._window
        chunk = self._tail[:HOP] + shaped[:HOP]
        self._tail = shaped[HOP:].copy()
        self.position = min(float(self.total), self.position + HOP * self.speed)
        return chunk
