"""The excerpts inside a full archive, checked (FORMAT §7.9): each WAV is the WAV header for its frames and rate
followed by samples whose SHA-256 is the manifest's ``samples_sha256``, and those samples are exactly the
original recording's at ``frame_start`` … ``frame_start + frames − 1`` — read from the recording's audio parts in
this archive, which the session check proves against the signed journal. The Opus copy is derived: only its
SHA-256 is compared (with the manifest's and SHA256SUMS'), never its sound.
"""

from __future__ import annotations

import hashlib
import os
import re
from typing import Any

from ..core.messages import QT_TRANSLATE_NOOP
from . import messages as M
from . import wav
from .member_reader import MemberReader

_PATH = re.compile(r"^excerpts/(\d{2})/excerpt\.(wav|opus)$")
_HEX = re.compile(r"^[0-9a-f]{64}$")
_MAX_FRAMES = (0xFFFFFFFF - 36) // 2

EXCERPT_OK = QT_TRANSLATE_NOOP(
    "Archive",
    "Excerpt {name} holds exactly the samples of recording {session} from frame {start} to {end} ({seconds} s); "
    "its Opus copy is only derived from it (for playing), not proven to sound the same.",
)
EXCERPT_CHANGED = QT_TRANSLATE_NOOP(
    "Archive", "Excerpt {name} does not hold the samples its manifest entry states: it was changed."
)
EXCERPT_NOT_ORIGINAL = QT_TRANSLATE_NOOP(
    "Archive", "Excerpt {name} is not the samples of recording {session} from frame {start} to {end}."
)
EXCERPT_NO_RECORDING = QT_TRANSLATE_NOOP(
    "Archive", "Excerpt {name} names recording {session}, whose audio this archive does not hold at those frames."
)
MESSAGES = frozenset({EXCERPT_CHANGED, EXCERPT_NOT_ORIGINAL, EXCERPT_NO_RECORDING})


def members(manifest: dict[str, Any]) -> list[str]:
    """The excerpts' members in written order (after every recording's, FORMAT §7.3); none when malformed."""
    entries = manifest.get("excerpts")
    if _problem(entries) is not None or not isinstance(entries, list):
        return []
    return [p for e in entries for p in (e["wav"]["path"], e["compressed"]["path"])]


def _problem(entries: Any) -> str | None:
    if entries is None:
        return None
    if not isinstance(entries, list) or not entries:
        return "its 'excerpts' is not a list of excerpts"
    for number, e in enumerate(entries, start=1):
        if not isinstance(e, dict):
            return "an excerpt entry is not an object"
        ints = ("rate", "frame_start", "frames")
        if not all(type(e.get(k)) is int for k in ints) or not 0 < e["rate"] < 2**31 or e["frame_start"] < 0:
            return f"excerpt {number} has no valid frame range"
        if not 0 < e["frames"] <= _MAX_FRAMES:  # what one WAV header can state (FORMAT §7.6)
            return f"excerpt {number} has no valid frame range"
        if not isinstance(e.get("session"), str) or not _HEX.match(str(e.get("samples_sha256"))):
            return f"excerpt {number} names no recording or samples"
        w, c = e.get("wav"), e.get("compressed")
        if not isinstance(w, dict) or not isinstance(c, dict):
            return f"excerpt {number} names no files"
        base = f"excerpts/{number:02d}/excerpt."
        if (w.get("path"), w.get("kind")) != (base + "wav", "captured") or not _HEX.match(str(w.get("sha256"))):
            return f"excerpt {number} has a malformed WAV entry"
        if (c.get("path"), c.get("kind"), c.get("derived_from")) != (base + "opus", "derived", base + "wav"):
            return f"excerpt {number} has a malformed Opus entry"
        if not _HEX.match(str(c.get("sha256"))) or not isinstance(c.get("settings"), dict):
            return f"excerpt {number} has a malformed Opus entry"
    return None


def check(v: MemberReader, manifest: dict[str, Any]) -> None:
    """Check the manifest's excerpts, reading each WAV once (hashed against SHA256SUMS on the way)."""
    entries = manifest.get("excerpts")
    why = _problem(entries)
    if why is not None:
        v.problem(M.MANIFEST_BAD, why=why)
        return
    sessions = {s["id"]: s for s in manifest["sessions"]}
    for e in entries or []:
        _check_one(v, e, sessions.get(e["session"]))


def _check_one(v: MemberReader, e: dict[str, Any], session: dict[str, Any] | None) -> None:
    name, sid, start, frames = e["wav"]["path"], e["session"], e["frame_start"], e["frames"]
    for member in (e["wav"], e["compressed"]):
        if v.sums.get(member["path"]) not in (None, member["sha256"]):
            v.problem(EXCERPT_CHANGED, name=member["path"])
    audio = (session or {}).get("audio") or {}
    if session is None or audio.get("rate") != e["rate"] or start + frames > audio.get("frames", 0):
        v.problem(EXCERPT_NO_RECORDING, name=name, session=sid)
        return
    header = wav.header(frames, e["rate"])
    got = bytearray()
    h = hashlib.sha256()

    def consume(chunk: bytes) -> None:
        if len(got) < len(header):
            cut = len(header) - len(got)
            got.extend(chunk[:cut])
            chunk = chunk[cut:]
        h.update(chunk)

    if not v.read_member(name, consume):
        return
    if bytes(got) != header or v.z.size(name) != len(header) + 2 * frames or h.hexdigest() != e["samples_sha256"]:
        v.problem(EXCERPT_CHANGED, name=name)
        return
    if _original_sha256(v, audio["parts"], start, frames) != e["samples_sha256"]:
        v.problem(EXCERPT_NOT_ORIGINAL, name=name, session=sid, start=start, end=start + frames - 1)
        return
    seconds = f"{frames / e['rate']:.1f}"
    v.statement(EXCERPT_OK, name=name, session=sid, start=start, end=start + frames - 1, seconds=seconds)


def _original_sha256(v: MemberReader, parts: list[dict[str, Any]], start: int, frames: int) -> str | None:
    """SHA-256 of the recording's samples at the range, read in place from its stored audio parts (FORMAT §7.6)."""
    h = hashlib.sha256()
    end, need = start + frames, frames
    for part in parts:
        lo, hi = max(start, part["frame_offset"]), min(end, part["frame_offset"] + part["frames"])
        if lo >= hi:
            continue
        if lo < 0 or part["frame_offset"] < 0:
            return None  # parts not from frame 0 on: the session check says so
        span = v.z.stored_span(part["path"]) if part["path"] in v.z.members else None
        if span is None:
            return None
        offset, size = span
        at, left = offset + wav.HEADER_SIZE + (lo - part["frame_offset"]) * 2, (hi - lo) * 2
        if wav.HEADER_SIZE + (hi - part["frame_offset"]) * 2 > size:
            return None
        while left:
            data = os.pread(v.z.fileno(), min(left, 1 << 20), at)
            if not data:
                return None
            h.update(data)
            at, left = at + len(data), left - len(data)
        need -= hi - lo
    return h.hexdigest() if need == 0 else None
