"""The audio members (FORMAT §7.6): the exact 44-byte WAV header of each part, every audio block's hash."""

from __future__ import annotations

import bisect
import hashlib
import struct
from typing import Any

from tests.independent_verifier.errors import Fail


def wav_header(rate: int, frames: int) -> bytes:
    n = 2 * frames
    return struct.pack(
        "<4sI4s4sIHHIIHH4sI", b"RIFF", 36 + n, b"WAVE", b"fmt ", 16, 1, 1, rate, 2 * rate, 2, 16, b"data", n
    )


def check(parts: list[tuple[bytes, int]], rate: int, frames: int, blocks: list[dict[str, Any]], sid: str) -> None:
    """``parts``: each WAV member with the frames the manifest gives it, in order; ``blocks`` the audio entries."""
    if not parts and not frames and not blocks:
        return  # a session without audio (an import session)
    if not 0 < rate < 2**31:  # the WAV header's u32 fields hold the rate and twice it
        raise Fail("audio", f"{sid}: a sample rate no WAV header can state")
    pcm: list[bytes] = []
    for i, (data, n) in enumerate(parts):
        if 2 * n > 0xFFFFFFFF - 36 or len(data) != 44 + 2 * n or data[:44] != wav_header(rate, n):
            raise Fail("audio", f"{sid}: audio part {i + 1} is not the WAV FORMAT §7.6 describes")
        pcm.append(data)
    if sum(n for _d, n in parts) != frames:
        raise Fail("audio", f"{sid}: the audio parts do not hold the chain's frames")
    starts = [0]
    for _d, n in parts:
        starts.append(starts[-1] + n)
    for e in blocks:
        first, count = e["body"]["frame_offset"], e["body"]["frames"]
        chunk = _span(pcm, starts, first, count)
        if hashlib.sha256(chunk).hexdigest() != e["payload"]["sha256"]:
            raise Fail("audio", f"{sid}: the audio of entry {e['seq']} does not match its hash")


def _span(pcm: list[bytes], starts: list[int], first: int, count: int) -> bytes | memoryview:
    """Frames first … first + count − 1 of the concatenated parts (the parts may be of any size)."""
    i = bisect.bisect_right(starts, first) - 1
    off = first - starts[i]
    if off + count <= starts[i + 1] - starts[i]:
        return memoryview(pcm[i])[44 + 2 * off : 44 + 2 * (off + count)]
    out = bytearray()
    while count and i < len(pcm):
        take = min(count, starts[i + 1] - starts[i] - off)
        out += pcm[i][44 + 2 * off : 44 + 2 * (off + take)]
        count -= take
        i += 1
        off = 0
    return bytes(out)
