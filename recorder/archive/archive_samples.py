"""The original's samples in a full archive, and a file's SHA-256: what an excerpt is checked against (FORMAT
§7.6, §8). Shared by the excerpt writer (``excerpt``) and its checker (``excerpt_check``), which otherwise would
import each other."""

from __future__ import annotations

import hashlib
import re
import zipfile
from pathlib import Path

from . import layout, wav

_PART = re.compile(r"audio-part\d{3}\.wav")


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def _audio_members(z: zipfile.ZipFile, session: str) -> list[str]:
    """The microphone track's parts (FORMAT §7.6): audio.wav, or audio-part001.wav … in order."""
    base = layout.session_dir(session) + "/"
    names = set(z.namelist())
    if base + "audio.wav" in names:
        return [base + "audio.wav"]
    return sorted(n for n in names if n.startswith(base) and _PART.fullmatch(n[len(base) :]))


def archive_samples_sha256(archive: Path, session: str, start: int, count: int) -> str | None:
    """SHA-256 of the archive's samples of ``session`` at frames ``start`` … ``start + count − 1`` (FORMAT §7.6:
    the parts' samples concatenated), or None when it does not hold them."""
    try:
        with zipfile.ZipFile(archive) as z:
            parts = _audio_members(z, session)
            h = hashlib.sha256()
            skip, need = start * 2, count * 2
            for name in parts:
                with z.open(name) as f:
                    f.read(wav.HEADER_SIZE)
                    while need:
                        chunk = f.read(min(1 << 20, skip + need) if skip else min(1 << 20, need))
                        if not chunk:
                            break
                        if skip:
                            cut = min(skip, len(chunk))
                            chunk, skip = chunk[cut:], skip - cut
                        h.update(chunk[:need])
                        need -= len(chunk[:need])
                if not need:
                    return h.hexdigest()
    except (OSError, zipfile.BadZipFile, KeyError, ValueError):
        return None
    return None
