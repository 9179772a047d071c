"""The archive's zip container, byte for byte (docs/FORMAT.md §7.1): the one writer and the one derivation.

Every member is stored (method 0), so the container is fixed entirely by the members' names, sizes and CRC-32s,
their order and the export time. The exporter writes it with :class:`ZipWriter`; the verifier re-derives every
local header, central record and end record from the member list with the same functions and demands byte
equality, so that no byte of the file can differ from what the exporter would write for these members.
"""

from __future__ import annotations

import struct
import zlib
from typing import IO

LOCAL = struct.Struct("<4sHHHHHLLLHH")  # 30 bytes
CENTRAL = struct.Struct("<4sBBHHHHHLLLHHHHHLL")  # 46 bytes
END = struct.Struct("<4sHHHHLLH")  # 22 bytes
END64 = struct.Struct("<4sQHHLLQQQQ")  # 56 bytes
LOCATOR64 = struct.Struct("<4sLQL")  # 20 bytes

VERSION = 20  # version needed (2.0) in every local header and in central records without a zip64 field
VERSION64 = 45  # in a central record with a zip64 field, and in the zip64 end record
UNIX = 3
MODE = (0o100644 & 0xFFFF) << 16
UTF8 = 0x800
LIMIT16 = 0xFFFF
LIMIT32 = 0xFFFFFFFF
MAX_SIZE = LIMIT32 - 1  # a member's size always fits the 32-bit fields; no zip64 sizes are ever written
# From here on the zip64 forms are used (the 32-bit and 16-bit fields then hold their escape values). Module
# constants, so that a test can lower them to check those forms on a small file.
OFFSET64_FROM = LIMIT32
COUNT64_FROM = LIMIT16

When = tuple[int, int, int, int, int, int]


def dos_time(when: When) -> tuple[int, int]:
    """(time, date) in DOS form; seconds rounded down to even."""
    return when[3] << 11 | when[4] << 5 | when[5] // 2, (when[0] - 1980) << 9 | when[1] << 5 | when[2]


def name_bytes(name: str) -> tuple[bytes, int]:
    """The name as stored and the flags it needs: ASCII as is (flags 0), anything else UTF-8 with flag 0x800."""
    try:
        return name.encode("ascii"), 0
    except UnicodeEncodeError:
        return name.encode("utf-8"), UTF8


def local_header(name: str, size: int, crc: int, when: When) -> bytes:
    raw, flags = name_bytes(name)
    dtime, ddate = dos_time(when)
    return LOCAL.pack(b"PK\x03\x04", VERSION, flags, 0, dtime, ddate, crc, size, size, len(raw), 0) + raw


def central_record(name: str, size: int, crc: int, offset: int, when: When) -> bytes:
    """A central record; its local header's offset goes into a zip64 field (ID 1, 8 bytes) from 0xFFFFFFFF on."""
    raw, flags = name_bytes(name)
    dtime, ddate = dos_time(when)
    extra = b"" if offset < OFFSET64_FROM else struct.pack("<HHQ", 1, 8, offset)
    version = VERSION64 if extra else VERSION
    head = CENTRAL.pack(
        b"PK\x01\x02",
        version,
        UNIX,
        version,
        flags,
        0,
        dtime,
        ddate,
        crc,
        size,
        size,
        len(raw),
        len(extra),
        0,
        0,
        0,
        MODE,
        LIMIT32 if extra else offset,
    )
    return head + raw + extra


def needs_zip64_end(count: int, size: int, offset: int) -> bool:
    return count >= COUNT64_FROM or size >= OFFSET64_FROM or offset >= OFFSET64_FROM


def end_records(count: int, size: int, offset: int) -> bytes:
    """The end of the file after a central directory of ``count`` records, ``size`` bytes, at ``offset``."""
    if not needs_zip64_end(count, size, offset):
        return END.pack(b"PK\x05\x06", 0, 0, count, count, size, offset, 0)
    # The zip64 end record and its locator, then the plain end record with every field at its escape value.
    return (
        END64.pack(b"PK\x06\x06", 44, VERSION64, VERSION64, 0, 0, count, count, size, offset)
        + LOCATOR64.pack(b"PK\x06\x07", 0, offset + size, 1)
        + END.pack(b"PK\x05\x06", 0, 0, LIMIT16, LIMIT16, LIMIT32, LIMIT32, 0)
    )


class TooLarge(ValueError):
    """A member that cannot be stored in this container (4 GiB − 2 bytes at most)."""


class ZipWriter:
    """Writes the container to a seekable binary file: members one after the other, then the directory."""

    def __init__(self, f: IO[bytes], when: When) -> None:
        self.f = f
        self.when = when
        self.pos = 0
        self.records: list[tuple[str, int, int, int]] = []  # name, size, crc, offset
        self._open: MemberWriter | None = None

    def add(self, name: str, data: bytes | memoryview) -> None:
        with self.open(name, len(data)) as out:
            out.write(data)

    def open(self, name: str, size: int) -> MemberWriter:
        if self._open is not None:
            raise RuntimeError("a member is still being written")
        if size > MAX_SIZE:
            raise TooLarge(name)
        header = local_header(name, size, 0, self.when)  # the CRC is written in when the member is complete
        self.f.write(header)
        self._open = MemberWriter(self, name, size, self.pos)
        self.pos += len(header)
        return self._open

    def _finished(self, m: MemberWriter) -> None:
        if m.written != m.size:
            raise ValueError(f"{m.name}: {m.written} bytes written, {m.size} declared")
        end = self.f.tell()
        self.f.seek(m.offset + 14)
        self.f.write(struct.pack("<L", m.crc))
        self.f.seek(end)
        self.records.append((m.name, m.size, m.crc, m.offset))
        self.pos += m.size
        self._open = None

    def close(self) -> None:
        if self._open is not None:
            raise RuntimeError("a member is still being written")
        start = self.pos
        directory = b"".join(central_record(n, s, c, o, self.when) for n, s, c, o in self.records)
        self.f.write(directory)
        self.f.write(end_records(len(self.records), len(directory), start))
        self.pos += len(directory)


class MemberWriter:
    def __init__(self, owner: ZipWriter, name: str, size: int, offset: int) -> None:
        self.owner = owner
        self.name = name
        self.size = size
        self.offset = offset
        self.crc = 0
        self.written = 0

    def write(self, data: bytes | memoryview) -> None:
        self.crc = zlib.crc32(data, self.crc)
        self.written += len(data)
        if self.written > self.size:
            raise ValueError(f"{self.name}: more than the {self.size} bytes declared")
        self.owner.f.write(data)

    def close(self) -> None:
        self.owner._finished(self)

    def __enter__(self) -> MemberWriter:
        return self

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if exc_type is None:
            self.close()
