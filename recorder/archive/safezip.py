"""Reading an untrusted zip: every member checked before a byte is used, and read in bounded chunks.

Nothing is extracted to disk. Each refusal is one sentence (:class:`Refused`), never a traceback.
"""

from __future__ import annotations

import io
import os
import stat
import struct
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from . import layout
from . import messages as M

# What Python's zipfile and zlib raise on malformed input.
ZIP_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    OSError,
    ValueError,
    NotImplementedError,
    KeyError,
    OverflowError,
)


_LOCAL = struct.Struct("<4sBBHHHHLLLHH")
_CENTRAL = struct.Struct("<4sBBBBHHHHLLLHHHHHLL")
_MODE = (0o100644 & 0xFFFF) << 16


def _dos_time(dt: tuple[int, int, int, int, int, int]) -> tuple[int, int]:
    return dt[3] << 11 | dt[4] << 5 | dt[5] // 2, (dt[0] - 1980) << 9 | dt[1] << 5 | dt[2]


def _zip64_sizes(extra: bytes) -> tuple[int, int] | None:
    """(uncompressed, compressed) from a local header's zip64 field, or None if the extra is not exactly that."""
    if len(extra) != 20 or extra[:4] != b"\x01\x00\x10\x00":
        return None
    usize, csize = struct.unpack("<QQ", extra[4:])
    return usize, csize


def _end_records(count: int, size: int, offset: int) -> tuple[bytes, bytes]:
    """The two byte-exact ends a zip of ``count`` members with this central directory can have: the plain end
    record, or the zip64 end record, its locator and the end record with its fields saturated."""
    if count >= 0xFFFF or size > 0xFFFFFFFF or offset > 0xFFFFFFFF:
        plain = b"not possible"
    else:
        plain = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, count, count, size, offset, 0)
    zip64 = (
        struct.pack("<4sQ2H2L4Q", b"PK\x06\x06", 44, 45, 45, 0, 0, count, count, size, offset)
        + struct.pack("<4sLQL", b"PK\x06\x07", 0, offset + size, 1)
        + struct.pack(
            "<4s4H2LH",
            b"PK\x05\x06",
            0,
            0,
            min(count, 0xFFFF),
            min(count, 0xFFFF),
            min(size, 0xFFFFFFFF),
            min(offset, 0xFFFFFFFF),
            0,
        )
    )
    return plain, zip64


def _only_zip64(extra: bytes) -> bool:
    return len(extra) >= 4 and extra[:2] == b"\x01\x00" and int.from_bytes(extra[2:4], "little") == len(extra) - 4


class _PositionalFile(io.RawIOBase):
    """A read-only view of an open file with a position of its own (pread), sharing nothing with other readers of
    the same descriptor: a forked process shares the file's position with its parent."""

    def __init__(self, fd: int) -> None:
        super().__init__()
        self._fd = fd
        self._pos = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = os.preadv(self._fd, [buffer], self._pos)
        self._pos += n
        return n

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        if whence == os.SEEK_SET:
            self._pos = offset
        elif whence == os.SEEK_CUR:
            self._pos += offset
        else:
            self._pos = os.fstat(self._fd).st_size + offset
        return self._pos

    def tell(self) -> int:
        return self._pos


class Refused(Exception):
    """The archive (or one member) cannot be used; ``readable`` is False when it cannot even be opened."""

    def __init__(self, message: str, readable: bool = True, **params: Any) -> None:
        super().__init__(message.format(**params))
        self.message = message
        self.params = params
        self.readable = readable


class SafeZip:
    """A zip archive opened for checking; use as a context manager."""

    def __init__(self, path: Path) -> None:
        self._file = open(path, "rb")  # noqa: SIM115 - closed in close()
        try:
            self.zip = zipfile.ZipFile(self._file)
            infos = self.zip.infolist()
        except ZIP_ERRORS:
            self._file.close()
            raise Refused(M.NOT_ZIP, readable=False) from None
        try:
            self.members = self._check(infos)
            self._check_layout(infos)
        except BaseException:
            self.close()
            raise

    @staticmethod
    def _check(infos: list[zipfile.ZipInfo]) -> dict[str, zipfile.ZipInfo]:
        if len(infos) > layout.MAX_MEMBERS:
            raise Refused(M.TOO_MANY_MEMBERS, count=len(infos), limit=layout.MAX_MEMBERS)
        members: dict[str, zipfile.ZipInfo] = {}
        total = 0
        for info in infos:
            name = info.filename
            if not layout.is_safe_member_name(name) or info.orig_filename != name:
                raise Refused(M.UNSAFE_NAME, name=repr(info.orig_filename)[:200])
            if name in members:
                raise Refused(M.DUPLICATE_NAME, name=name)
            mode = info.external_attr >> 16
            if info.create_system == 3 and stat.S_IFMT(mode) not in (0, stat.S_IFREG):
                raise Refused(M.SYMLINK, name=name)
            if info.flag_bits & 0x1:
                raise Refused(M.ZIP_ENCRYPTED, name=name)
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise Refused(M.BAD_METHOD, name=name)
            if info.file_size > layout.MAX_MEMBER:
                raise Refused(M.TOO_BIG, name=name)
            if info.compress_type == zipfile.ZIP_STORED and info.compress_size != info.file_size:
                raise Refused(M.MEMBER_SIZE_WRONG, name=name)
            if info.compress_type == zipfile.ZIP_DEFLATED and info.file_size > max(
                layout.MAX_RATIO * info.compress_size, 1024 * 1024
            ):
                raise Refused(M.BOMB, name=name)
            total += info.file_size
            if total > layout.MAX_TOTAL:
                raise Refused(M.TOO_BIG, name=name)
            members[name] = info
        return members

    def _read_at(self, offset: int, n: int) -> bytes:
        self._file.seek(offset)
        data = self._file.read(n)
        if len(data) != n:
            raise Refused(M.NOT_ZIP, readable=False)
        return data

    def _check_layout(self, infos: list[zipfile.ZipInfo]) -> None:
        """Every byte of the container is either a member's content or the one plain encoding of its structure.

        The content is covered by SHA256SUMS; this covers the rest, so that a changed byte in a header, a date,
        a mode or a gap between members is noticed too: members back to back from byte 0, each local header the
        same as its central record, one date and one file mode for all, no comments, nothing after the end.
        """
        self._file.seek(0, 2)
        size = self._file.tell()
        pos = 0
        first = infos[0] if infos else None
        for info in sorted(infos, key=lambda i: i.header_offset):
            name = info.filename
            if info.header_offset != pos:
                raise Refused(M.LAYOUT, name=name)
            head = self._read_at(pos, _LOCAL.size)
            sig, version, reserved, flags, method, dtime, ddate, crc, csize, usize, nlen, elen = _LOCAL.unpack(head)
            raw_name = self._read_at(pos + _LOCAL.size, nlen)
            extra = self._read_at(pos + _LOCAL.size + nlen, elen)
            zip64 = _zip64_sizes(extra)
            sizes = (usize, csize) if zip64 is None else zip64
            if (
                sig != b"PK\x03\x04"
                or version != (45 if zip64 is not None else 20)
                # The central record needs version 45 when it carries a zip64 field (an offset past 2 GiB).
                or info.extract_version != (45 if info.extra else version)
                or reserved != 0
                or flags != info.flag_bits
                or method != info.compress_type
                or (dtime, ddate) != _dos_time(info.date_time)
                or crc != info.CRC
                or sizes != (info.file_size, info.compress_size)
                or raw_name != info.orig_filename.encode("utf-8" if flags & 0x800 else "cp437")
                or (elen and zip64 is None)
                or info.create_version != info.extract_version
                or info.create_system != 3
                or info.external_attr != _MODE
                or info.internal_attr != 0
                or info.volume != 0
                or info.comment
                or flags & ~0x800
                or (first is not None and info.date_time != first.date_time)
            ):
                raise Refused(M.LAYOUT, name=name)
            pos += _LOCAL.size + nlen + elen + info.compress_size
        if self.zip.comment or getattr(self.zip, "start_dir", pos) != pos:
            raise Refused(M.LAYOUT, name="central directory")
        if size - pos > 64 * 1024 * 1024:  # far more than 100,000 central records could need
            raise Refused(M.LAYOUT, name="central directory")
        central = self._read_at(pos, size - pos)
        at = 0
        for info in sorted(infos, key=lambda i: i.header_offset):
            head = central[at : at + _CENTRAL.size]
            if len(head) != _CENTRAL.size:
                raise Refused(M.LAYOUT, name="central directory")
            fields = _CENTRAL.unpack(head)
            nlen, elen, clen, disk = fields[12], fields[13], fields[14], fields[15]
            extra = central[at + _CENTRAL.size + nlen : at + _CENTRAL.size + nlen + elen]
            if fields[0] != b"PK\x01\x02" or clen or disk or fields[4] != 0 or (elen and not _only_zip64(extra)):
                raise Refused(M.LAYOUT, name=info.filename)
            at += _CENTRAL.size + nlen + elen
        if central[at:] not in _end_records(len(infos), at, pos):
            raise Refused(M.LAYOUT, name="end of central directory")

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        try:
            self.zip.close()
        finally:
            self._file.close()

    def size(self, name: str) -> int:
        return self.members[name].file_size

    def stored_span(self, name: str) -> tuple[int, int] | None:
        """(offset, size) of a stored member's bytes in the file, or None for a compressed one. The layout check
        made at opening proved each local header, so its bytes follow it."""
        info = self.members[name]
        if info.compress_type != zipfile.ZIP_STORED:
            return None
        fields = _LOCAL.unpack(self._read_at(info.header_offset, _LOCAL.size))
        return info.header_offset + _LOCAL.size + fields[-2] + fields[-1], info.compress_size

    def fileno(self) -> int:
        return self._file.fileno()

    def reader_for_fork(self) -> SafeZip:
        """The same checked archive, read through a position of its own (for a forked process; the checks made
        when it was opened stand, as it is the same open file)."""
        other = object.__new__(SafeZip)
        other._file = io.BufferedReader(_PositionalFile(self._file.fileno()), 1 << 20)  # type: ignore[assignment]
        other.zip = zipfile.ZipFile(other._file)
        other.members = self.members
        return other

    def stream(self, name: str, chunk: int = layout.CHUNK) -> Iterator[bytes]:
        """The member's bytes in chunks; never more than its declared size (zipfile stops there and checks CRC)."""
        info = self.members[name]
        seen = 0
        try:
            with self.zip.open(info) as f:
                while True:
                    data = f.read(chunk)
                    if not data:
                        break
                    seen += len(data)
                    if seen > info.file_size:
                        raise Refused(M.BOMB, name=name)
                    yield data
        except ZIP_ERRORS:
            raise Refused(M.MEMBER_DAMAGED, name=name) from None
        if seen != info.file_size:
            raise Refused(M.MEMBER_SIZE_WRONG, name=name)

    def read_small(self, name: str, limit: int = layout.MAX_SMALL_MEMBER) -> bytes:
        if self.size(name) > limit:
            raise Refused(M.TOO_BIG, name=name)
        return b"".join(self.stream(name))
