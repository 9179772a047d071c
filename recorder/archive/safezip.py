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

from ..core import limits
from . import container, layout
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


def _utf8(raw: bytes) -> str | None:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return None


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
            # The exact container first, from the raw bytes and within fixed bounds (the member count is taken
            # from the end record before the central directory is read); only then is zipfile let near it.
            names = self._check_container()
            try:
                self.zip = zipfile.ZipFile(self._file)
                infos = self.zip.infolist()
            except ZIP_ERRORS:
                raise Refused(M.NOT_ZIP, readable=False) from None
            if [i.filename for i in infos] != names:  # cannot differ once the bytes are exact; never assume it
                raise Refused(M.LAYOUT, name="central directory")
            self.members = {i.filename: i for i in infos}
        except BaseException:
            self._file.close()
            raise

    def _read_at(self, offset: int, n: int) -> bytes:
        self._file.seek(offset)
        data = self._file.read(n)
        if len(data) != n:
            raise Refused(M.NOT_ZIP, readable=False)
        return data

    def _check_container(self) -> list[str]:
        """Every byte of the file is either a member's content or what recorder.archive.container derives for
        these members (FORMAT §7.1): each local header, central record and end record is re-derived from the
        names, sizes, checksums and offsets and compared byte for byte. The content is covered by SHA256SUMS and
        the CRC-32 checked as it is read."""
        self._file.seek(0, os.SEEK_END)
        size = self._file.tell()
        if size < container.END.size:
            raise Refused(M.NOT_ZIP, readable=False)
        end_at = size - container.END.size
        sig, _disk, _cd_disk, _n_here, count, cd_size, cd_offset, _clen = container.END.unpack(
            self._read_at(end_at, container.END.size)
        )
        if sig != b"PK\x05\x06":
            raise Refused(M.NOT_ZIP, readable=False)
        if count == container.LIMIT16 or cd_size == container.LIMIT32 or cd_offset == container.LIMIT32:
            end_at -= container.END64.size + container.LOCATOR64.size
            if end_at < 0:
                raise Refused(M.NOT_ZIP, readable=False)
            fields = container.END64.unpack(self._read_at(end_at, container.END64.size))
            if fields[0] != b"PK\x06\x06":
                raise Refused(M.LAYOUT, name="end of central directory")
            count, cd_size, cd_offset = fields[7], fields[8], fields[9]
        # Refused from the end record's count alone: a million members never reach memory.
        if count > layout.MAX_MEMBERS:
            raise Refused(M.TOO_MANY_MEMBERS, count=count, limit=layout.MAX_MEMBERS)
        if cd_offset + cd_size != end_at or cd_size > limits.MAX_CENTRAL_DIRECTORY:
            raise Refused(M.LAYOUT, name="central directory")
        if self._read_at(end_at, size - end_at) != container.end_records(count, cd_size, cd_offset):
            raise Refused(M.LAYOUT, name="end of central directory")
        directory = self._read_at(cd_offset, cd_size)
        names: list[str] = []
        seen: set[str] = set()
        # First what each record says (so that a bad name, a link or a method gets its own sentence), then
        # whether every byte is what the exporter would have written for it.
        at = total = 0
        found: list[tuple[str, int, int, int, int]] = []  # name, CRC, size, record start, record length
        for _ in range(count):
            head = directory[at : at + container.CENTRAL.size]
            if len(head) != container.CENTRAL.size or head[:4] != b"PK\x01\x02":
                raise Refused(M.LAYOUT, name="central directory")
            f = container.CENTRAL.unpack(head)
            flags, method, crc, csize, usize, nlen = f[4], f[5], f[8], f[9], f[10], f[11]
            length = container.CENTRAL.size + nlen + f[12] + f[13]
            raw_name = directory[at + container.CENTRAL.size : at + container.CENTRAL.size + nlen]
            name = _utf8(raw_name)
            if name is None or not layout.is_safe_member_name(name):
                raise Refused(M.UNSAFE_NAME, name=repr(raw_name)[:200])
            if name in seen:
                raise Refused(M.DUPLICATE_NAME, name=name)
            seen.add(name)
            if f[2] == container.UNIX and stat.S_IFMT(f[16] >> 16) not in (0, stat.S_IFREG):
                raise Refused(M.SYMLINK, name=name)
            if flags & 0x1:
                raise Refused(M.ZIP_ENCRYPTED, name=name)
            if method != 0:
                raise Refused(M.BAD_METHOD, name=name)
            if usize > layout.MAX_MEMBER:
                raise Refused(M.TOO_BIG, name=name)
            total += usize
            if total > layout.MAX_TOTAL:
                raise Refused(M.TOO_BIG, name=name)
            if csize != usize:
                raise Refused(M.MEMBER_SIZE_WRONG, name=name)
            found.append((name, crc, usize, at, length))
            at += length
        if at != cd_size:
            raise Refused(M.LAYOUT, name="central directory")
        when: container.When | None = None
        pos = 0
        for name, crc, usize, start, length in found:
            if when is None:
                dtime, ddate = struct.unpack_from("<HH", directory, start + 12)
                when = (
                    1980 + (ddate >> 9),
                    ddate >> 5 & 15,
                    ddate & 31,
                    dtime >> 11,
                    dtime >> 5 & 63,
                    (dtime & 31) * 2,
                )
            record = container.central_record(name, usize, crc, pos, when)
            if directory[start : start + length] != record:
                raise Refused(M.LAYOUT, name=name)
            local = container.local_header(name, usize, crc, when)
            if self._read_at(pos, len(local)) != local:
                raise Refused(M.LAYOUT, name=name)
            pos += len(local) + usize
            names.append(name)
        if pos != cd_offset:
            raise Refused(M.LAYOUT, name="central directory")
        return names

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
        raw_name, _flags = container.name_bytes(name)
        return info.header_offset + container.LOCAL.size + len(raw_name), info.compress_size

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
