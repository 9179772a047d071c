"""The exported audio: the captured PCM as it is, behind a plain 44-byte WAV header (stored, never re-encoded).

Only one header shape is written and accepted — 16-bit signed little-endian mono PCM — so the verifier can
tell exactly where the sample bytes start and that nothing else is in the file.
"""

from __future__ import annotations

import struct

HEADER_SIZE = 44


def header(frames: int, rate: int) -> bytes:
    data = frames * 2
    if data + 36 > 0xFFFFFFFF:
        raise ValueError("too long for one WAV file")
    return (
        b"RIFF"
        + struct.pack("<I", 36 + data)
        + b"WAVE"
        + b"fmt "
        + struct.pack("<IHHIIHH", 16, 1, 1, rate, rate * 2, 2, 16)
        + b"data"
        + struct.pack("<I", data)
    )


def parts(total_frames: int, part_frames: int) -> list[tuple[int, int]]:
    """(first frame, frames) of each part; one part unless a WAV's 4 GiB limit forces a split."""
    if total_frames <= part_frames:
        return [(0, total_frames)]
    return [(start, min(part_frames, total_frames - start)) for start in range(0, total_frames, part_frames)]
