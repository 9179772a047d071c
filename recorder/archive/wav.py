"""The exported audio: the captured PCM as it is, behind a plain 44-byte WAV header (stored, never re-encoded).

Only one header shape is written and accepted — 16-bit signed little-endian PCM, mono (a call's listening
copy: two channels) — so the verifier can
tell exactly where the sample bytes start and that nothing else is in the file.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Iterable, Iterator
from typing import Any

Chunk = bytes | memoryview

HEADER_SIZE = 44


def header(frames: int, rate: int, channels: int = 1) -> bytes:
    """The 44-byte header of 16-bit PCM: mono for the tracks, two channels for a call's listening copy (§7.10)."""
    block = 2 * channels
    data = frames * block
    if data + 36 > 0xFFFFFFFF:
        raise ValueError("too long for one WAV file")
    return (
        b"RIFF"
        + struct.pack("<I", 36 + data)
        + b"WAVE"
        + b"fmt "
        + struct.pack("<IHHIIHH", 16, 1, channels, rate, rate * block, block, 16)
        + b"data"
        + struct.pack("<I", data)
    )


def parts(total_frames: int, part_frames: int) -> list[tuple[int, int]]:
    """(first frame, frames) of each part; one part unless a WAV's 4 GiB limit forces a split."""
    if total_frames <= part_frames:
        return [(0, total_frames)]
    return [(start, min(part_frames, total_frames - start)) for start in range(0, total_frames, part_frames)]


def add_parts(
    add_stream: Callable[[str, Iterable[Chunk], int], None],
    name_of: Callable[[int, int], str],
    total_frames: int,
    rate: int,
    part_frames: int,
    payloads: Iterator[Chunk],
    damaged: Callable[[], Exception],
) -> list[dict[str, Any]]:
    """Stream one track's audio payloads, in order, into its WAV members (``name_of(i, count)`` names part i),
    split as :func:`parts` says; returns the manifest's parts. Payloads that end early or run on past
    ``total_frames`` raise ``damaged()``: the member would not be the track's audio."""
    pending: Chunk = b""
    made: list[dict[str, Any]] = []
    spans = parts(total_frames, part_frames)
    for i, (start, count) in enumerate(spans):

        def part_chunks(need: int = 2 * count, count: int = count) -> Iterator[Chunk]:
            nonlocal pending
            yield header(count, rate)
            while need > 0:
                if not pending:
                    pending = next(payloads, b"")
                    if not pending:
                        raise damaged()
                piece, pending = pending[:need], pending[need:]
                need -= len(piece)
                yield piece

        name = name_of(i, len(spans))
        add_stream(name, part_chunks(), HEADER_SIZE + 2 * count)
        made.append({"path": name, "frame_offset": start, "frames": count})
    if pending or next(payloads, b""):
        raise damaged()
    return made
