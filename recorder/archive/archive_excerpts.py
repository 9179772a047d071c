"""Excerpts carried inside the full archive (issue 15 §3, FORMAT §7.9): for each stretch asked for at export, the
original samples as ``excerpts/NN/excerpt.wav`` and a derived Opus copy ``excerpts/NN/excerpt.opus``, described in
the manifest's ``excerpts`` list (recording, frame range, SHA-256 of the samples, how the copy was made).

The members are listed in SHA256SUMS like every other, so the archive's one signature covers them; ``recorder
verify`` then proves each WAV holds exactly the original's samples at the stated frames (archive.excerpt_verify).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from ..core import crypto
from ..core.messages import QT_TRANSLATE_NOOP
from ..core.store import SessionReader
from ..core.vault import Vault, VaultKeys
from . import excerpt_text as T
from . import layout, wav
from .excerpt import ExcerptError, _place, _read, _samples, find_session, opus_copy

EXCERPTS_DIR = "excerpts"
WAV_NAME = "excerpt.wav"
COMPRESSED_NAME = "excerpt.opus"

BAD_SPEC = QT_TRANSLATE_NOOP(
    "Excerpt", "An excerpt is written FROM..TO, a time (h:m:s) or a tag at each end: “{text}”."
)
FOLDER_NOT_VERIFIED = QT_TRANSLATE_NOOP(
    "Excerpt", "{path} is not an excerpt folder that verifies; check it with “recorder verify-excerpt”."
)
FOLDER_OTHER = QT_TRANSLATE_NOOP(
    "Excerpt", "The excerpt folder {path} does not hold the samples of recording {session} at its frames."
)
NOT_EXPORTED = QT_TRANSLATE_NOOP(
    "Excerpt", "The excerpt's recording {session} is not among the recordings exported; add it to the export."
)


@dataclass(frozen=True)
class ExcerptSpec:
    """A stretch to carry in the archive: from and to as `recorder excerpt` takes them (a time, a tag, or a frame),
    of ``session`` (None: the only recording exported, or the one holding the start tag)."""

    start: str | int
    end: str | int
    session: str | None = None
    samples_sha256: str | None = None  # from an excerpt folder: the samples it holds, which the cut must equal
    folder: str = ""  # that folder, for the sentence


def parse_specs(values: Sequence[str]) -> list[ExcerptSpec]:
    """``[RECORDING@]FROM..TO`` each (the command line's ``--excerpt``, the export dialog's field split at ``;``)."""
    specs = []
    for value in values:
        head, at, rest = value.partition("@")
        session = head.strip() if at and layout.is_safe_session_id(head.strip()) else None
        start, sep, end = (rest if session else value).partition("..")
        if not sep or not start.strip() or not end.strip():
            raise ExcerptError(BAD_SPEC, text=value)
        specs.append(ExcerptSpec(start.strip(), end.strip(), session))
    return specs


def specs_from_folders(path: Path) -> list[ExcerptSpec]:
    """``--excerpts-from DIR``: an excerpt folder (FORMAT §8.2), or a folder of them; each must verify, and is
    carried as its recording's frames (cut again from the vault, and compared with the folder's samples)."""
    from .excerpt import MANIFEST
    from .excerpt_check import check_excerpt

    path = Path(path)
    folders = [path] if (path / MANIFEST).is_file() else sorted(p for p in path.glob("*") if (p / MANIFEST).is_file())
    if not folders:
        raise ExcerptError(FOLDER_NOT_VERIFIED, path=str(path))
    specs = []
    for folder in folders:
        if not check_excerpt(folder).ok:
            raise ExcerptError(FOLDER_NOT_VERIFIED, path=str(folder))
        m = json.loads((folder / MANIFEST).read_bytes())
        start, sid = int(m["frame_start"]), str(m["original"]["session"])
        specs.append(ExcerptSpec(start, start + int(m["frames"]), sid, str(m["samples_sha256"]), str(folder)))
    return specs


class _Adder(Protocol):
    def add(self, path: str, data: bytes, *, compress: bool = False, listed: bool = True) -> None: ...


def stock_commands(entries: list[dict[str, Any]], parts: dict[str, list[dict[str, Any]]]) -> list[str]:
    """For VERIFY.txt: per excerpt, two lines that print the same SHA-256 (FORMAT §7.9 check 4 with stock tools)."""
    lines = []
    for e in entries:
        start, size = 2 * e["frame_start"], 2 * e["frames"]
        wavs = [p["path"] for p in parts[e["session"]]]
        if len(wavs) == 1:
            original = f"tail -c +{45 + start} {wavs[0]} | head -c {size} | sha256sum"
        else:
            each = " ".join(wavs)
            original = f'for f in {each}; do tail -c +45 "$f"; done | tail -c +{start + 1} | head -c {size} | sha256sum'
        lines += [f"tail -c +45 {e['wav']['path']} | sha256sum", original]
    return lines


def member_dir(number: int) -> str:
    return f"{EXCERPTS_DIR}/{number:02d}"


def add_excerpts(
    zout: _Adder, vault: Vault, keys: VaultKeys, session_ids: list[str], specs: Sequence[ExcerptSpec]
) -> list[dict[str, Any]]:
    """Write each excerpt's two members into the archive being made; return the manifest's ``excerpts`` list."""
    entries = []
    for number, spec in enumerate(specs, start=1):
        sid = spec.session or find_session(vault, keys, session_ids, str(spec.start))
        if sid not in session_ids:
            raise ExcerptError(NOT_EXPORTED, session=sid)
        reader = SessionReader(vault, keys.recording, sid)
        try:
            rec = _read(reader)
        except crypto.InvalidTag:
            raise ExcerptError(T.DAMAGED, session=sid) from None
        if not rec.frames:
            raise ExcerptError(T.NO_AUDIO, session=sid)
        start, start_at = _place(rec, spec.start, None)
        end, end_at = _place(rec, spec.end, start)
        if end <= start:
            raise ExcerptError(T.EMPTY_STRETCH, start=spec.start, end=spec.end)
        count = end - start
        if count * 2 + 36 > 0xFFFFFFFF:
            raise ExcerptError(T.TOO_LONG)
        pcm = _samples(reader, start, count)
        if len(pcm) != count * 2:
            raise ExcerptError(T.DAMAGED, session=sid)
        if spec.samples_sha256 is not None and hashlib.sha256(pcm).hexdigest() != spec.samples_sha256:
            raise ExcerptError(FOLDER_OTHER, path=spec.folder, session=sid)
        wav_bytes = wav.header(count, rec.rate) + pcm
        opus_bytes, settings = opus_copy(pcm, rec.rate)
        base = member_dir(number)
        wav_path, opus_path = f"{base}/{WAV_NAME}", f"{base}/{COMPRESSED_NAME}"
        zout.add(wav_path, wav_bytes)
        zout.add(opus_path, opus_bytes)
        entries.append(
            {
                "session": sid,
                "rate": rec.rate,
                "frame_start": start,
                "frames": count,
                "from": start_at,
                "to": end_at,
                "samples_sha256": hashlib.sha256(pcm).hexdigest(),
                "crosses": [b for b in rec.breaks if start < b["at_frame"] < end],
                "wav": {"path": wav_path, "kind": "captured", "sha256": hashlib.sha256(wav_bytes).hexdigest()},
                "compressed": {
                    "path": opus_path,
                    "kind": "derived",
                    "derived_from": wav_path,
                    "settings": settings,
                    "sha256": hashlib.sha256(opus_bytes).hexdigest(),
                },
            }
        )
    return entries
