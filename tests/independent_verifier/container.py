"""The zip container of archive version 2, read as FORMAT §7.1 fixes it: every member stored, local headers back to
back from byte 0, the central directory right after the last member's bytes, one end record (the zip64 records
only where FORMAT says), nothing else. Every header is re-derived from the members' names, sizes, CRC-32s and
order, and compared byte for byte."""

from __future__ import annotations

import re
import struct
import zlib
from dataclasses import dataclass

from tests.independent_verifier.errors import Fail

ESCAPE32 = 0xFFFFFFFF
ESCAPE16 = 0xFFFF
MAX_MEMBERS = 100_000
MAX_MEMBER = 0xFFFFFFFE  # 4 GiB − 2
MAX_TOTAL = 256 * 2**30
MAX_DIRECTORY = 64 * 2**20
EXTERNAL = 0o100644 << 16

LOCAL = struct.Struct("<4sHHHHHIIIHH")
CENTRAL = struct.Struct("<4sHHHHHHIIIHHHHHII")
END = struct.Struct("<4sHHHHIIH")
END64 = struct.Struct("<4sQHHIIQQQQ")
LOCATOR = struct.Struct("<4sIQI")

_BAD_CHAR = re.compile(r"[\x00-\x1f\x7f\\:]")


@dataclass(frozen=True)
class Member:
    name: str
    crc: int
    size: int
    data_offset: int
    dos: tuple[int, int]  # (time, date)


def check_name(name: str) -> None:
    if not name or len(name) > 512 or name.startswith("/") or _BAD_CHAR.search(name):
        raise Fail("container", f"unsafe member name {name!r}")
    if any(p in ("", ".", "..") for p in name.split("/")):
        raise Fail("container", f"unsafe member name {name!r}")


def _end(buf: bytes | memoryview) -> tuple[int, int, int, int]:
    """(members, directory size, directory offset, where the directory must end) from the end records."""
    n = len(buf)
    if n < END.size or bytes(buf[n - END.size : n - END.size + 4]) != b"PK\x05\x06":
        # Exit 2 as for a file that is no zip at all: `recorder verify` does the same (see the gaps file).
        raise Fail("unreadable", "not a zip archive, or damaged beyond reading (no end record at its end)")
    _sig, disk, cd_disk, count_disk, count, cd_size, cd_off, comment = END.unpack_from(buf, n - END.size)
    if disk or cd_disk or comment or count_disk != count:
        raise Fail("container", "the end-of-central-directory record is not as written")
    if ESCAPE16 not in (count,) and ESCAPE32 not in (cd_size, cd_off):
        return count, cd_size, cd_off, n - END.size
    if (count, cd_size, cd_off) != (ESCAPE16, ESCAPE32, ESCAPE32):
        raise Fail("container", "the end record's escape values are not all set")
    at = n - END.size - LOCATOR.size
    if at - END64.size < 0:
        raise Fail("container", "the zip64 end records are missing")
    lsig, ldisk, z64_off, disks = LOCATOR.unpack_from(buf, at)
    if lsig != b"PK\x06\x07" or ldisk != 0 or disks != 1 or z64_off != at - END64.size:
        raise Fail("container", "the zip64 end locator is not as written")
    zsig, zsize, made, need, zdisk, zcd_disk, c1, c2, cd_size, cd_off = END64.unpack_from(buf, z64_off)
    if zsig != b"PK\x06\x06" or zsize != 44 or made != 45 or need != 45 or zdisk or zcd_disk or c1 != c2:
        raise Fail("container", "the zip64 end record is not as written")
    if not (c1 >= ESCAPE16 or cd_size >= ESCAPE32 or cd_off >= ESCAPE32):
        raise Fail("container", "zip64 end records where FORMAT writes none")
    return c1, cd_size, cd_off, z64_off


def read(buf: bytes | memoryview) -> list[Member]:
    """The members in file order, after checking every structural byte of the container."""
    count, cd_size, cd_off, end_of_cd = _end(buf)
    if count == 0:
        raise Fail("container", "the archive has no member")
    if count > MAX_MEMBERS:
        raise Fail("container", f"the archive has {count} members (at most {MAX_MEMBERS})")
    if cd_size > MAX_DIRECTORY:
        raise Fail("container", "the central directory is larger than 64 MiB")
    if cd_off + cd_size != end_of_cd:
        raise Fail("container", "the central directory does not end where the end record begins")

    members: list[Member] = []
    names: set[str] = set()
    pos = cd_off
    expected_local = 0
    total = 0
    dos: tuple[int, int] | None = None
    for _ in range(count):
        if pos + CENTRAL.size > end_of_cd:
            raise Fail("container", "the central directory is cut short")
        fields = CENTRAL.unpack_from(buf, pos)
        _s, _made, _need, flags, _method, t, d, crc, size, _usize, nlen, xlen, _c, _ds, _ia, _ea, loff = fields
        raw_name = bytes(buf[pos + CENTRAL.size : pos + CENTRAL.size + nlen])
        if xlen == 12 and loff == ESCAPE32 and pos + CENTRAL.size + nlen + 12 <= end_of_cd:
            loff = struct.unpack_from("<Q", buf, pos + CENTRAL.size + nlen + 4)[0]
        try:
            name = raw_name.decode("utf-8")
        except UnicodeDecodeError:
            raise Fail("container", "a member name is not UTF-8") from None
        check_name(name)
        if name in names:
            raise Fail("container", f"{name} is in the archive twice")
        names.add(name)
        if dos is None:
            dos = (t, d)
        flags_want = 0 if raw_name.isascii() else 0x800
        zip64 = loff >= ESCAPE32
        ver = 45 if zip64 else 20
        extra = struct.pack("<HHQ", 1, 8, loff) if zip64 else b""
        want = CENTRAL.pack(
            b"PK\x01\x02", (3 << 8) | ver, ver, flags_want, 0, dos[0], dos[1], crc, size, size, nlen, len(extra),
            0, 0, 0, EXTERNAL, ESCAPE32 if zip64 else loff,
        ) + raw_name + extra  # fmt: skip
        if bytes(buf[pos : pos + len(want)]) != want:
            raise Fail("container", f"{name}: its central record is not the one FORMAT §7.1 derives")
        pos += len(want)
        if pos > end_of_cd:
            raise Fail("container", "the central directory is cut short")
        if size > MAX_MEMBER:
            raise Fail("container", f"{name} is larger than 4 GiB − 2 bytes")
        total += size
        if total > MAX_TOTAL:
            raise Fail("container", "the members total more than 256 GiB")
        if loff != expected_local:
            raise Fail("container", f"{name}: members do not lie back to back in directory order")
        local = LOCAL.pack(b"PK\x03\x04", 20, flags_want, 0, dos[0], dos[1], crc, size, size, nlen, 0) + raw_name
        if bytes(buf[loff : loff + len(local)]) != local:
            raise Fail("container", f"{name}: its local header is not the one FORMAT §7.1 derives")
        data_offset = loff + len(local)
        expected_local = data_offset + size
        if expected_local > cd_off:
            raise Fail("container", f"{name}: its bytes run into the central directory")
        members.append(Member(name, crc, size, data_offset, dos))
    if pos != end_of_cd:
        raise Fail("container", "the central directory holds more than its records")
    if expected_local != cd_off:
        raise Fail("container", "bytes lie between the last member and the central directory")
    return members


def content(buf: bytes | memoryview, m: Member) -> bytes:
    data = bytes(buf[m.data_offset : m.data_offset + m.size])
    if zlib.crc32(data) != m.crc:
        raise Fail("container", f"{m.name}: CRC-32 does not match")
    return data
