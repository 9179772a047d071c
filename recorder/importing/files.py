"""Importing files with custody (issue 14 §1, DESIGN §10): one import session per import, all or nothing.

An import is a session of the journal format (docs/FORMAT.md §3.5): a signed start entry whose source is of kind
``import`` (the source the user states), one ``import`` entry per file (name, size, SHA-256, the file times as
found) with the original bytes encrypted in ``blobs/`` exactly as attachments are, then the signed seal — all at
once, so the session's key signs nothing after the import. The original bytes are never converted.

All or nothing: every file is read and hashed before anything is written (a missing, unreadable, too large or
already imported file stops the import before it begins); then each file is read again and must hash the same;
a failure while writing removes the unfinished import session's folder, which this import alone made.
"""

from __future__ import annotations

import hashlib
import json
import mimetypes
import os
import shutil
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from ..core import crypto
from ..core.environment import utc_text
from ..core.errors import RecorderError
from ..core.progress import CancelFlag, Cancelled, Progress, never, no_progress
from ..core.session import Session, Source
from ..core.store import SessionReader, session_ids
from ..core.vault import Vault
from . import audio, images
from . import messages as M

IMPORT_KIND = "import"  # the start entry's source kind of an import session
# One file is one authenticated message in the vault (and is held in memory while it is stored): 1 GiB at most.
# Phone recordings, screenshots and backups of messages are far smaller; a 2 GB file is refused with a sentence.
MAX_FILE_BYTES = 1 << 30
_CHUNK = 1 << 20

# Types phones write that Python's table may not know (so the review view can tell audio from images).
_MEDIA_TYPES = {
    ".amr": "audio/amr",
    ".awb": "audio/amr-wb",
    ".3gp": "audio/3gpp",
    ".m4a": "audio/mp4",
    ".aac": "audio/aac",
    ".opus": "audio/ogg",
    ".ogg": "audio/ogg",
    ".mp3": "audio/mpeg",
    ".wav": "audio/wav",
    ".heic": "image/heic",
    ".xml": "application/xml",
    ".csv": "text/csv",
}


class ImportError_(RecorderError):  # noqa: N801 - "ImportError" is Python's own
    """An import that did not happen; nothing of it was kept."""


@dataclass(frozen=True)
class Found:
    """A file to import, as found before anything is written."""

    path: Path
    name: str
    relative: str | None  # its path inside a folder given to the import
    size: int
    sha256: str
    custody: dict[str, Any]


@dataclass(frozen=True)
class Imported:
    seq: int
    name: str
    size: int
    sha256: str


@dataclass
class ImportResult:
    session: str
    head: str
    files: list[Imported]


@dataclass(frozen=True)
class EarlierImport:
    session: str
    utc: str
    name: str


def media_type(name: str) -> str:
    ext = os.path.splitext(name)[1].lower()
    return _MEDIA_TYPES.get(ext) or mimetypes.guess_type(name)[0] or "application/octet-stream"


def collect(paths: Iterable[Path], relative_to: Path | None = None) -> list[tuple[Path, str | None]]:
    """The files named, and every regular file inside the folders named (in name order), once each; a file named
    is given its path inside ``relative_to`` when that is given (the parts of a backup folder)."""
    out: list[tuple[Path, str | None]] = []
    seen: set[Path] = set()
    for given in paths:
        if given.is_dir():
            inside = sorted(p for p in given.rglob("*") if p.is_file() and not p.is_symlink())
            for p in inside:
                if p.resolve() not in seen:
                    seen.add(p.resolve())
                    out.append((p, p.relative_to(given).as_posix()))
            if not inside:
                raise ImportError_(M.NOTHING_TO_IMPORT, path=str(given))
        elif given.exists():
            if given.resolve() not in seen:
                seen.add(given.resolve())
                out.append((given, given.relative_to(relative_to).as_posix() if relative_to else None))
        else:
            raise ImportError_(M.IMPORT_MISSING, path=str(given))
    return out


def custody_of(st: os.stat_result, source: str | None, relative: str | None) -> dict[str, Any]:
    """The facts of a file as found: its times from the file system (not proven by anything), the stated source."""
    times: dict[str, str] = {"modified_utc": utc_text(st.st_mtime_ns)}
    birth = getattr(st, "st_birthtime_ns", None) or getattr(st, "st_birthtime", None)
    if os.name == "nt":
        times["created_utc"] = utc_text(st.st_ctime_ns)  # Windows: st_ctime is the creation time
    else:
        times["metadata_changed_utc"] = utc_text(st.st_ctime_ns)
        if isinstance(birth, int) and birth > 10**12:
            times["created_utc"] = utc_text(birth)
    body: dict[str, Any] = {"file_times": times, "source": source}
    if relative is not None:
        body["folder_path"] = relative
    return body


def _read_hashed(path: Path) -> Iterator[bytes]:
    try:
        with open(path, "rb") as f:
            while chunk := f.read(_CHUNK):
                yield chunk
    except OSError:
        raise ImportError_(M.IMPORT_UNREADABLE, path=str(path)) from None


def survey(
    paths: Iterable[Path], source: str | None, cancel: CancelFlag = never, relative_to: Path | None = None
) -> list[Found]:
    """Pass one: stat and hash every file (nothing is written). Raises the sentence of the first problem."""
    found: list[Found] = []
    for path, relative in collect(paths, relative_to):
        try:
            st = path.stat()
        except OSError:
            raise ImportError_(M.IMPORT_UNREADABLE, path=str(path)) from None
        if not stat.S_ISREG(st.st_mode):
            raise ImportError_(M.IMPORT_UNREADABLE, path=str(path))
        if st.st_size > MAX_FILE_BYTES:
            raise ImportError_(M.IMPORT_TOO_BIG, path=str(path), limit=MAX_FILE_BYTES >> 20)
        h = hashlib.sha256()
        for chunk in _read_hashed(path):
            if cancel():
                raise Cancelled()
            h.update(chunk)
        found.append(Found(path, path.name, relative, st.st_size, h.hexdigest(), custody_of(st, source, relative)))
    return found


def is_import_start(entry: dict[str, Any]) -> bool:
    """Whether a session's first entry starts an import session (its source is of kind ``import``)."""
    source = (entry.get("body") or {}).get("source")
    return entry.get("kind") == "start" and isinstance(source, dict) and source.get("kind") == IMPORT_KIND


def earlier_imports(vault: Vault, recording: X25519PrivateKey) -> dict[str, EarlierImport]:
    """SHA-256 → the first import of those bytes, over every import session of the vault (needs the passphrase)."""
    known: dict[str, EarlierImport] = {}
    for sid in session_ids(vault):
        try:
            reader = SessionReader(vault, recording, sid)
            if not reader.scan.frames:
                continue
            _frame, first, _payload = reader.record(0)
            if not is_import_start(json.loads(first)):
                continue
            for entry, _payload in reader.entries():
                ref = entry.get("payload")
                if entry.get("kind") == "import" and isinstance(ref, dict):
                    digest = str(ref.get("sha256"))
                    body = entry.get("body") or {}
                    known.setdefault(digest, EarlierImport(sid, str(entry.get("utc")), str(body.get("name"))))
        except (RecorderError, crypto.InvalidTag, ValueError, OSError):
            continue  # a damaged session is the check's business; it cannot hide a duplicate it does not hold
    return known


def import_files(
    vault: Vault,
    recording: X25519PrivateKey,
    case: str,
    paths: Iterable[Path],
    source: str | None = None,
    *,
    progress: Progress = no_progress,
    cancel: CancelFlag = never,
    derive: Callable[[Session, list[Imported]], None] | None = None,
    relative_to: Path | None = None,
    on_start: Callable[[Session], Callable[[], None]] | None = None,
) -> ImportResult:
    """Import ``paths`` (files or folders) into ``case`` as one sealed import session; all or nothing.

    ``derive``, when given, adds the entries derived from the imported files (e.g. parsed call-log rows) to the
    session before its seal; if it fails, nothing is imported. ``on_start`` is called with the started session
    (to stamp it with trusted time, as a recording is) and returns what stops that again, after the seal or
    before an unfinished import is removed."""
    source = source.strip() if source else None
    found = survey(paths, source or None, cancel, relative_to)
    if not found:
        raise ImportError_(M.NOTHING_TO_IMPORT, path=", ".join(str(p) for p in paths))
    known = earlier_imports(vault, recording)
    firsts: dict[str, Found] = {}
    for f in found:
        if f.sha256 in known:
            e = known[f.sha256]
            raise ImportError_(M.ALREADY_IMPORTED, path=str(f.path), when=e.utc, name=e.name, session=e.session)
        if f.sha256 in firsts:
            raise ImportError_(M.SAME_FILE_TWICE, path=str(firsts[f.sha256].path), other=str(f.path))
        firsts[f.sha256] = f
    total = sum(f.size for f in found)
    done = 0
    progress(0, total)
    session = Session.start(
        vault,
        case,
        Source(name=source or "", live=False, kind=IMPORT_KIND),
        extra={"import": {"files": len(found), "bytes": total}},
    )
    stop = on_start(session) if on_start is not None else None
    try:
        files: list[Imported] = []
        for f in found:
            if cancel():
                raise Cancelled()
            data = b"".join(_read_hashed(f.path))
            if len(data) != f.size or hashlib.sha256(data).hexdigest() != f.sha256:
                raise ImportError_(M.IMPORT_CHANGED, path=str(f.path))
            seq = session.entries
            kind = media_type(f.name)
            custody = f.custody
            # What a recording or image states about itself (codec and duration; EXIF time and device), read by a
            # named reader: facts of the file, not observed by this app.
            facts = audio.probe(data) if audio.is_audio(kind) else images.probe(data) if images.is_image(kind) else None
            if facts is not None:
                custody = {**custody, "read_from_file": facts}
            session.add_import(f.name, data, custody, kind)
            files.append(Imported(seq, f.name, f.size, f.sha256))
            done += f.size
            progress(done, total)
        if derive is not None:
            derive(session, files)
        head = session.seal("imported")
    except BaseException:
        if stop is not None:
            stop()
        _discard(session)
        raise
    if stop is not None:
        stop()  # the seal's stamp gets its bounded try; what is not sent waits in the session's queue
    return ImportResult(session.id, head, files)


def _discard(session: Session) -> None:
    """Remove the unfinished import session this import made (nothing of it was sealed or ever shown)."""
    session.abandon()
    shutil.rmtree(session.dir, ignore_errors=True)
