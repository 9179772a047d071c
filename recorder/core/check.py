"""Checking a session in the vault: every record's checksum and authentication, the chain, the signatures, every
audio block's and attachment's hash, and the interruption marker (issue 2 item 6).

Records are read a few hundred at a time with one system call each; every record's CRC-32, authentication tag,
entry and payload hash is checked, in order. (Threads were tried: on this interpreter the many short GIL
hand-overs per record cost more than they gained; see docs/PERFORMANCE.md.)
"""

from __future__ import annotations

import hashlib
import json
import os
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from . import crypto
from .chain import ChainChecker, ChainSummary, Problem
from .errors import RecorderError
from .journal import FRAME_OVERHEAD, Frame, record_aad, unpack_record
from .progress import CancelFlag, Cancelled, Progress, never, no_progress
from .store import INTERRUPTED, RECORDING, SEALED, SessionReader
from .vault import Vault

_HEAD = FRAME_OVERHEAD - 4  # frame head before the ciphertext; the CRC-32 follows it
_CHUNK = 256  # records read with one system call: about 2.5 MB of audio held at once


@dataclass
class CheckResult:
    session: str
    state: str
    summary: ChainSummary
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class _Opened:
    """One record as read by _open_batch: checksum verdict, and the decrypted entry with its payload's hash."""

    frame: Frame
    crc_ok: bool
    entry: bytes | None  # None: the record failed authentication (or was cut short)
    payload_size: int = 0
    payload_sha256: str | None = None
    layout_ok: bool = True


def _open_batch(fd: int, key: bytes, header_hash: bytes, frames: Sequence[Frame]) -> list[_Opened]:
    start, end = frames[0].offset, frames[-1].end
    view = memoryview(os.pread(fd, end - start, start))
    out: list[_Opened] = []
    decrypt = crypto.aead_decryptor(key)
    for fr in frames:
        a, b = fr.offset - start, fr.end - start
        if b > len(view):  # the file shrank under us
            out.append(_Opened(fr, False, None))
            continue
        crc_ok = zlib.crc32(view[a : b - 4]) == int.from_bytes(view[b - 4 : b], "big")
        try:
            plain = decrypt(fr.nonce, bytes(view[a + _HEAD : b - 4]), record_aad(header_hash, fr.flags, fr.seq))
        except crypto.InvalidTag:
            out.append(_Opened(fr, crc_ok, None))
            continue
        try:
            entry, payload = unpack_record(plain)
        except ValueError:
            out.append(_Opened(fr, crc_ok, b"", layout_ok=False))
            continue
        digest = hashlib.sha256(payload).hexdigest() if payload else None
        out.append(_Opened(fr, crc_ok, entry, len(payload), digest))
    return out


def check_session(
    vault: Vault,
    recording: X25519PrivateKey,
    session_id: str,
    progress: Progress = no_progress,
    cancel: CancelFlag = never,
) -> CheckResult:
    """Check one session; the result lists every problem with the entry and byte where it was found."""
    reader = SessionReader(vault, recording, session_id)
    sc, st = reader.scan, reader.status
    problems: list[Problem] = []
    checker = ChainChecker(session=session_id)
    result = CheckResult(session_id, st.state, checker.summary, problems)
    _check_file_level(reader, problems)
    _walk(reader, checker, problems, progress, cancel)
    offsets = {fr.seq: fr.offset for fr in sc.frames}
    problems.extend(Problem(p.seq, p.what, offsets.get(p.seq) if p.seq is not None else None) for p in checker.problems)
    problems.sort(key=lambda p: -1 if p.seq is None else p.seq)
    if st.state == SEALED and not checker.summary.sealed:
        problems.append(Problem(None, "the recording is marked sealed but its seal entry is missing"))
    return result


def _check_file_level(reader: SessionReader, problems: list[Problem]) -> None:
    """The torn tail and the interruption marker: what is known before any record is decrypted."""
    sc, st = reader.scan, reader.status
    marker = st.interruption
    if sc.tail is not None:
        torn_ok = (
            st.state == INTERRUPTED
            and marker is not None
            and not any(f.final for f in sc.frames)
            and marker.get("intact_bytes") == sc.tail.offset
        )
        if not torn_ok and st.state != RECORDING:
            problems.append(Problem(len(sc.frames), f"damaged data ({sc.tail.what})", sc.tail.offset))
    if st.state == INTERRUPTED and marker is not None:
        intact, file_bytes = marker.get("intact_records"), marker.get("file_bytes")
        if not isinstance(intact, int) or not isinstance(file_bytes, int):
            problems.append(Problem(None, "the interruption record is damaged"))
        elif len(sc.frames) > intact:
            problems.append(
                Problem(
                    intact,
                    f"{len(sc.frames) - intact} entries were added after the recording was recovered",
                    sc.frames[intact].offset,
                )
            )
        elif sc.size != file_bytes:
            # Bytes after a torn tail are never read as records, but the file must stay as recovery found it.
            problems.append(
                Problem(
                    len(sc.frames),
                    f"the file changed after the recording was recovered ({file_bytes} bytes then, {sc.size} now)",
                    min(file_bytes, sc.size),
                )
            )


def _walk(
    reader: SessionReader,
    checker: ChainChecker,
    problems: list[Problem],
    progress: Progress,
    cancel: CancelFlag,
) -> None:
    sc = reader.scan
    total = sc.size
    key, header_hash = reader._key, sc.header_hash
    with open(reader.status.journal, "rb") as f:
        fd = f.fileno()
        for i in range(0, len(sc.frames), _CHUNK):
            if cancel():
                raise Cancelled()
            opened = _open_batch(fd, key, header_hash, sc.frames[i : i + _CHUNK])
            for rec in opened:
                fr = rec.frame
                if not rec.crc_ok:
                    problems.append(Problem(fr.seq, "damaged data (record checksum)", fr.offset))
                if rec.entry is None:
                    problems.append(Problem(fr.seq, "record fails authentication (altered or damaged)", fr.offset))
                    return  # the chain cannot be followed past a record that cannot be read
                if not rec.layout_ok:
                    problems.append(Problem(fr.seq, "record layout is invalid", fr.offset))
                    return
                entry = checker.feed(rec.entry)
                if entry is not None:
                    _check_payload(reader, entry, rec, problems)
            progress(opened[-1].frame.end, total)
    progress(total, total)


def _check_payload(reader: SessionReader, entry: dict[str, Any], rec: _Opened, problems: list[Problem]) -> None:
    ref = entry.get("payload")
    seq, offset = rec.frame.seq, rec.frame.offset
    if not isinstance(ref, dict):
        if rec.payload_size:
            problems.append(Problem(seq, "carries data that its entry does not describe", offset))
        return
    size, digest = rec.payload_size, rec.payload_sha256
    if entry.get("kind") in ("attachment", "import", "derived"):  # each stands for a stored file (blob)
        body = entry.get("body") or {}
        try:
            data = reader.blob(str(body.get("blob")), str(ref.get("sha256")))
        except (OSError, ValueError, RecorderError, crypto.InvalidTag):
            problems.append(Problem(seq, "the attached file is missing or altered", offset))
            return
        size, digest = len(data), hashlib.sha256(data).hexdigest()
    if size != ref.get("size") or (digest or hashlib.sha256(b"").hexdigest()) != ref.get("sha256"):
        problems.append(Problem(seq, "data does not match the hash recorded at capture", offset))


def dumps_result(result: CheckResult) -> str:
    s = result.summary
    return json.dumps(
        {
            "session": result.session,
            "ok": result.ok,
            "state": result.state,
            "entries": s.entries,
            "audio_seconds": round(s.audio_seconds, 3),
            "sealed": s.sealed,
            "unsigned_tail": s.unsigned_tail,
            "problems": [str(p) for p in result.problems],
        },
        ensure_ascii=False,
    )
