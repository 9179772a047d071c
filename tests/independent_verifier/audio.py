"""The audio members (FORMAT §7.6): the exact 44-byte WAV header, parts of a fixed size, every block's hash."""

from __future__ import annotations

import hashlib
import struct
from typing import Any

from tests.independent_verifier.errors import Fail

PART_FRAMES = 2_147_481_581


def wav_header(rate: int, frames: int) -> bytes:
    n = 2 * frames
    return struct.pack(
        "<4sI4s4sIHHIIHH4sI", b"RIFF", 36 + n, b"WAVE", b"fmt ", 16, 1, 1, rate, 2 * rate, 2, 16, b"data", n
    )


def part_names(session_id: str, frames: int) -> list[str]:
    if frames <= PART_FRAMES:
        return [f"sessions/{session_id}/audio.wav"]
    count = -(-frames // PART_FRAMES)
    return [f"sessions/{session_id}/audio-part{i:03d}.wav" for i in range(1, count + 1)]


def check(parts: list[bytes], rate: int, frames: int, blocks: list[dict[str, Any]], sid: str) -> None:
    """``parts`` are the WAV members in order; ``blocks`` the audio entries."""
    pcm: list[bytes] = []
    offset = 0
    if not parts and not frames and not blocks:
        return  # a session without audio (an import session)
    if not 0 < rate < 2**31:  # the WAV header's u32 fields hold the rate and twice it
        raise Fail("audio", f"{sid}: a sample rate no WAV header can state")
    for i, data in enumerate(parts):
        n = min(PART_FRAMES, frames - offset)
        if len(data) != 44 + 2 * n or data[:44] != wav_header(rate, n):
            raise Fail("audio", f"{sid}: audio part {i + 1} is not the WAV FORMAT §7.6 describes")
        pcm.append(data)
        offset += n
    if offset != frames:
        raise Fail("audio", f"{sid}: the audio parts do not hold the chain's frames")
    for e in blocks:
        start = e["body"]["frame_offset"] * 2
        size = e["body"]["frames"] * 2
        if len(pcm) == 1:
            chunk: bytes | memoryview = memoryview(pcm[0])[44 + start : 44 + start + size]
        else:
            chunk = _span(pcm, start, size)
        if hashlib.sha256(chunk).hexdigest() != e["payload"]["sha256"]:
            raise Fail("audio", f"{sid}: the audio of entry {e['seq']} does not match its hash")


def _span(pcm: list[bytes], start: int, size: int) -> bytes:
    out = bytearray()
    per = 2 * PART_FRAMES
    while size:
        i, off = divmod(start, per)
        take = min(size, per - off)
        out += pcm[i][44 + off : 44 + off + take]
        start += take
        size -= take
    return bytes(out)
