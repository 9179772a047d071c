"""The session journal file: an append-only sequence of individually encrypted records (docs/FORMAT.md §3).

This module knows bytes, frames and encryption; what an entry *means* lives in :mod:`recorder.core.chain`.
Each frame carries a CRC-32 so that a torn tail (kill -9, power loss) is found and cut without any key; each
record is authenticated (ChaCha20-Poly1305, sequence number and journal header in the associated data) so
that, once unlocked, any change, deletion, duplication or reordering is caught.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from . import crypto
from . import messages as M
from .canonical import canonical_json
from .errors import FormatError, SessionBusy
from .fsutil import fsync_dir, os_errors
from .padding import is_zeros, record_bucket

JOURNAL_FORMAT = "evidence-recorder-journal"
# 2: non-audio records are padded (PADDED below). A reader reads versions 1 and 2; version 1 never pads.
JOURNAL_VERSION = 2
FILE_MAGIC = b"EVRJRNL1"
FRAME_MAGIC = b"RF"
FLAG_FINAL = 0x01
# magic(2) flags(1) seq(8) length(4) nonce(12)
_FRAME_HEAD = struct.Struct(">2sBQI12s")
FRAME_OVERHEAD = _FRAME_HEAD.size + 4  # + crc32
MAX_HEADER = 64 * 1024
MAX_RECORD = 64 * 1024 * 1024
AAD_PREFIX = b"EVRJ1"
# The top bit of a record's entry length: the bytes after the entry are zero padding, not a payload (§3.2).
PADDED = 0x8000_0000


@dataclass(frozen=True)
class Frame:
    """Where one record sits in the file, as read without any key."""

    seq: int
    flags: int
    offset: int
    length: int  # ciphertext length, tag included
    nonce: bytes

    @property
    def final(self) -> bool:
        return bool(self.flags & FLAG_FINAL)

    @property
    def end(self) -> int:
        return self.offset + _FRAME_HEAD.size + self.length + 4


@dataclass(frozen=True)
class TornTail:
    """Bytes after the last intact frame: what a crash left half-written, or damage."""

    offset: int
    size: int
    what: str


@dataclass
class Scan:
    header: dict[str, Any]
    header_hash: bytes
    frames: list[Frame]
    tail: TornTail | None
    size: int


def record_aad(header_hash: bytes, flags: int, seq: int) -> bytes:
    return AAD_PREFIX + header_hash + bytes([flags]) + seq.to_bytes(8, "big")


def pack_record(entry_bytes: bytes, payload: bytes = b"") -> bytes:
    """A record's plaintext. One without a payload (every kind but audio) is padded with zeros to a size bucket,
    so that its size no longer tells a note from a tag or a checkpoint (issue 12 §7)."""
    if payload:
        return len(entry_bytes).to_bytes(4, "big") + entry_bytes + payload
    n = 4 + len(entry_bytes)
    size = min(record_bucket(n), max(n, MAX_RECORD - crypto.TAG_LEN))
    return (len(entry_bytes) | PADDED).to_bytes(4, "big") + entry_bytes + bytes(size - n)


def entry_span(plain: bytes | memoryview) -> tuple[int, bool]:
    """(entry length, padded) of a record plaintext; ValueError if its layout is invalid."""
    if len(plain) < 4:
        raise ValueError("record too short")
    word = int.from_bytes(plain[:4], "big")
    n, padded = word & ~PADDED, bool(word & PADDED)
    if n > len(plain) - 4:
        raise ValueError("entry length beyond the record")
    if padded and not is_zeros(plain[4 + n :]):
        raise ValueError("padding is not zeros")
    return n, padded


def unpack_record(plain: bytes) -> tuple[bytes, bytes]:
    n, padded = entry_span(plain)
    return plain[4 : 4 + n], b"" if padded else plain[4 + n :]


def encode_header(header: dict[str, Any]) -> bytes:
    body = canonical_json(header)
    blob = FILE_MAGIC + len(body).to_bytes(4, "big") + body
    return blob + zlib.crc32(blob).to_bytes(4, "big")


class JournalWriter:
    """Appends records to a new journal file. The file is locked for as long as the writer lives."""

    def __init__(self, path: Path, header: dict[str, Any], data_key: bytes) -> None:
        self.path = path
        self._key = data_key
        blob = encode_header(header)
        self.header_hash = hashlib.sha256(blob[len(FILE_MAGIC) + 4 : -4]).digest()
        with os_errors(path.parent):
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_APPEND, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            with os_errors(path.parent):
                _write_all(fd, blob)
                os.fsync(fd)
                fsync_dir(path.parent)
        except BaseException:
            os.close(fd)
            raise
        self._fd: int | None = fd
        self.next_seq = 0
        self.size = len(blob)

    def append(self, entry_bytes: bytes, payload: bytes = b"", final: bool = False) -> Frame:
        """Encrypt and append one record. Written straight to the OS (no user-space buffer), so a killed
        process loses nothing already appended; durability against power loss comes with :meth:`sync`."""
        if self._fd is None:
            raise ValueError("journal is closed")
        seq = self.next_seq
        flags = FLAG_FINAL if final else 0
        nonce, ct = crypto.aead_encrypt(
            self._key, pack_record(entry_bytes, payload), record_aad(self.header_hash, flags, seq)
        )
        head = _FRAME_HEAD.pack(FRAME_MAGIC, flags, seq, len(ct), nonce)
        crc = zlib.crc32(ct, zlib.crc32(head))
        frame = head + ct + crc.to_bytes(4, "big")
        offset = self.size
        with os_errors(self.path.parent):
            try:
                _write_all(self._fd, frame)
            except OSError:
                # A frame that did not fit (disk full) must not stay half-written: the next record (the seal) would
                # sit behind bytes no reader can pass. Those bytes never were a record; cut them off.
                try:
                    os.ftruncate(self._fd, offset)
                except OSError:
                    pass
                raise
        self.size += len(frame)
        self.next_seq += 1
        return Frame(seq, flags, offset, len(ct), nonce)

    def sync(self) -> None:
        if self._fd is not None:
            with os_errors(self.path.parent):
                os.fsync(self._fd)

    def close(self) -> None:
        if self._fd is not None:
            try:
                os.fsync(self._fd)
            except OSError:
                pass
            os.close(self._fd)
            self._fd = None


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        view = view[n:]


def is_locked(path: Path) -> bool:
    """True while some writer (this process or another) holds the journal open for appending."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False


def ensure_not_locked(path: Path, session_id: str) -> None:
    if is_locked(path):
        raise SessionBusy(M.SESSION_BUSY, session=session_id)


def _read_header(f: BinaryIO, path: Path) -> tuple[dict[str, Any], bytes, int]:
    start = f.read(len(FILE_MAGIC) + 4)
    if len(start) < len(FILE_MAGIC) + 4 or start[: len(FILE_MAGIC)] != FILE_MAGIC:
        raise FormatError(M.NOT_A_JOURNAL, path=str(path))
    n = int.from_bytes(start[len(FILE_MAGIC) :], "big")
    if n > MAX_HEADER:
        raise FormatError(M.JOURNAL_CORRUPT, path=str(path), offset=len(FILE_MAGIC), what="header length")
    body = f.read(n)
    crc = f.read(4)
    if len(body) != n or len(crc) != 4 or zlib.crc32(start + body).to_bytes(4, "big") != crc:
        raise FormatError(M.JOURNAL_CORRUPT, path=str(path), offset=len(start), what="header checksum")
    try:
        header = json.loads(body.decode("utf-8"))
        if not isinstance(header, dict) or header.get("format") != JOURNAL_FORMAT:
            raise ValueError
        version = header["version"]
        if not isinstance(version, int):
            raise ValueError
    except (ValueError, KeyError, UnicodeDecodeError):
        raise FormatError(M.JOURNAL_CORRUPT, path=str(path), offset=len(start), what="header") from None
    if version > JOURNAL_VERSION:
        raise FormatError(M.JOURNAL_NEWER, path=str(path), version=version)
    return header, hashlib.sha256(body).digest(), len(start) + n + 4


def scan(path: Path, quick: bool = False) -> Scan:
    """Read the header and walk the frames by length and CRC, without any key.

    Stops at the first frame that is incomplete or fails its checksum: everything before it is the intact
    prefix, everything from it on is reported as the torn tail. ``quick`` walks frame headers only and checks
    the CRC of the last frame alone — enough to tell a session's state for a listing without reading gigabytes;
    recovery and checks use the full walk.
    """
    with open(path, "rb") as f:
        header, header_hash, pos = _read_header(f, path)
        size = os.fstat(f.fileno()).st_size
        frames: list[Frame] = []
        tail: TornTail | None = None
        expected = 0
        fd = f.fileno()
        while pos < size:
            # pread: one exact read per frame head, instead of a buffered reader refilling 8 KiB after each seek.
            head = os.pread(fd, _FRAME_HEAD.size, pos)
            if len(head) < _FRAME_HEAD.size:
                tail = TornTail(pos, size - pos, "incomplete record")
                break
            magic, flags, seq, length, nonce = _FRAME_HEAD.unpack(head)
            if magic != FRAME_MAGIC or length > MAX_RECORD or length < crypto.TAG_LEN:
                tail = TornTail(pos, size - pos, "record marker")
                break
            end = pos + _FRAME_HEAD.size + length + 4
            if end > size:
                tail = TornTail(pos, size - pos, "incomplete record")
                break
            if not quick or end == size:
                rest = os.pread(fd, length + 4, pos + _FRAME_HEAD.size)
                if zlib.crc32(rest[:-4], zlib.crc32(head)).to_bytes(4, "big") != rest[-4:]:
                    tail = TornTail(pos, size - pos, "record checksum")
                    break
            if seq != expected:
                tail = TornTail(pos, size - pos, f"record number {seq} where {expected} was expected")
                break
            frames.append(Frame(seq, flags, pos, length, nonce))
            expected += 1
            pos = end
    return Scan(header, header_hash, frames, tail, size)


def read_records(
    path: Path, sc: Scan, data_key: bytes, upto: int | None = None
) -> Iterator[tuple[Frame, bytes, bytes]]:
    """Decrypt the intact frames in order; yield (frame, entry bytes, payload). Raises InvalidTag on tampering."""
    frames = sc.frames if upto is None else sc.frames[:upto]
    with open(path, "rb") as f:
        for fr in frames:
            f.seek(fr.offset + _FRAME_HEAD.size)
            ct = f.read(fr.length)
            plain = crypto.aead_decrypt(data_key, fr.nonce, ct, record_aad(sc.header_hash, fr.flags, fr.seq))
            entry, payload = unpack_record(plain)
            yield fr, entry, payload
