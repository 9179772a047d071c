"""The zip container, read byte by byte as FORMAT §7.1 fixes it: local headers back to back from byte 0, the
central directory right after the last member's data, one end record (with the zip64 records only when FORMAT
says), nothing else. Every structural field is compared with the one value FORMAT allows."""

from __future__ import annotations

import re
import struct
import zlib
from dataclasses import dataclass

from tests.independent_verifier.errors import Fail

LIMIT32 = 2**31 - 1  # "passes 2 GiB − 1"
MAX_MEMBERS = 100_000
MAX_MEMBER = 64 * 2**30
MAX_TOTAL = 256 * 2**30
EXTERNAL = 0o100644 << 16
MADE_BY_UNIX = 3

LOCAL = struct.Struct("<4sHHHHHIIIHH")
CENTRAL = struct.Struct("<4sHHHHHHIIIHHHHHII")
END = struct.Struct("<4sHHHHIIH")
END64 = struct.Struct("<4sQHHIIQQQQ")
LOCATOR = struct.Struct("<4sIQI")

_BAD_CHAR = re.compile(r"[\x00-\x1f\x7f\\:]")


@dataclass(frozen=True)
class Member:
    name: str
    method: int
    crc: int
    csize: int
    usize: int
    data_offset: int
    dos: tuple[int, int]  # (time, date)


def check_name(name: str) -> None:
    if not name or len(name) > 512 or name.startswith("/") or _BAD_CHAR.search(name):
        raise Fail("container", f"unsafe member name {name!r}")
    if any(p in ("", ".", "..") for p in name.split("/")):
        raise Fail("container", f"unsafe member name {name!r}")


def stored_name(name: str) -> bool:
    """Which members are stored (method 0); every other one is deflated. Taken from real archives: FORMAT
    §7.1's wording ("keys, signatures") does not match them (see /tmp/format-gaps.md)."""
    if name in ("identity.pem", "SHA256SUMS", "SHA256SUMS.sig"):
        return True
    parts = name.split("/")
    if len(parts) == 3 and parts[0] == "sessions":
        leaf = parts[2]
        return (
            leaf == "audio.wav" or leaf == "session-key.pem" or re.fullmatch(r"audio-part\d{3,}\.wav", leaf) is not None
        )
    return len(parts) == 4 and parts[0] == "sessions" and parts[2] in ("attachments", "imported", "derived")


def _zip64_central(extra: bytes, sizes: bool, offset: bool) -> tuple[int | None, int | None, int | None]:
    want = (16 if sizes else 0) + (8 if offset else 0)
    if not want:
        if extra:
            raise Fail("container", "a central record carries an extra field it does not need")
        return None, None, None
    if len(extra) != 4 + want or struct.unpack_from("<HH", extra) != (1, want):
        raise Fail("container", "a central record's zip64 field is not as written")
    vals = list(struct.unpack_from(f"<{want // 8}Q", extra, 4))
    u = c = o = None
    if sizes:
        u, c = vals[0], vals[1]
        vals = vals[2:]
    if offset:
        o = vals[0]
    return u, c, o


def read(buf: bytes | memoryview) -> list[Member]:
    """The members in file order, after checking every structural byte of the container."""
    n = len(buf)
    if n < END.size or bytes(buf[n - END.size : n - END.size + 4]) != b"PK\x05\x06":
        if bytes(buf[:4]) == b"PK\x03\x04":
            raise Fail("container", "the zip does not end with its end-of-central-directory record")
        raise Fail("unreadable", "not a zip archive")
    sig, disk, cd_disk, count_disk, count, cd_size, cd_off, comment = END.unpack_from(buf, n - END.size)
    if disk or cd_disk or comment or count_disk != count:
        raise Fail("container", "the end-of-central-directory record is not as written")
    end_of_cd = n - END.size
    if (count, cd_size, cd_off) == (0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF):
        if n < END.size + LOCATOR.size + END64.size:
            raise Fail("container", "the zip64 end records are missing")
        lsig, ldisk, z64_off, disks = LOCATOR.unpack_from(buf, n - END.size - LOCATOR.size)
        if lsig != b"PK\x06\x07" or ldisk != 0 or disks != 1 or z64_off != n - END.size - LOCATOR.size - END64.size:
            raise Fail("container", "the zip64 end locator is not as written")
        zsig, zsize, made, need, zdisk, zcd_disk, c1, c2, cd_size, cd_off = END64.unpack_from(buf, z64_off)
        if zsig != b"PK\x06\x06" or zsize != 44 or made != 45 or need != 45 or zdisk or zcd_disk or c1 != c2:
            raise Fail("container", "the zip64 end record is not as written")
        count = c1
        if not (count >= 0xFFFF or cd_size > LIMIT32 or cd_off > LIMIT32):
            raise Fail("container", "zip64 end records are used where FORMAT says none")
        end_of_cd = z64_off
    elif count >= 0xFFFF or cd_size > LIMIT32 or cd_off > LIMIT32:
        raise Fail("container", "the end record is not as written (zip64 expected)")
    if count == 0:
        raise Fail("container", "the archive has no member")
    if count > MAX_MEMBERS:
        raise Fail("container", f"the archive has {count} members (at most {MAX_MEMBERS})")
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
        (csig, made, need, flags, method, t, d, crc, csize, usize, nlen, xlen, clen, dstart, iattr, eattr, loff) = (
            CENTRAL.unpack_from(buf, pos)
        )
        if csig != b"PK\x01\x02":
            raise Fail("container", "a central directory record is damaged")
        raw_name = bytes(buf[pos + CENTRAL.size : pos + CENTRAL.size + nlen])
        extra = bytes(buf[pos + CENTRAL.size + nlen : pos + CENTRAL.size + nlen + xlen])
        pos += CENTRAL.size + nlen + xlen + clen
        if pos > end_of_cd:
            raise Fail("container", "the central directory is cut short")
        try:
            name = raw_name.decode("utf-8")
        except UnicodeDecodeError:
            raise Fail("container", "a member name is not UTF-8") from None
        check_name(name)
        if name in names:
            raise Fail("container", f"{name} is in the archive twice")
        names.add(name)
        ascii_name = raw_name.isascii()
        if flags != (0 if ascii_name else 0x800):
            raise Fail("container", f"{name}: general-purpose flags are not as written")
        if method != (0 if stored_name(name) else 8):
            raise Fail("container", f"{name}: compression method is not as written")
        if clen or dstart or iattr or eattr != EXTERNAL:
            raise Fail("container", f"{name}: central record fields are not as written")
        big_sizes = csize == 0xFFFFFFFF or usize == 0xFFFFFFFF
        big_off = loff == 0xFFFFFFFF
        u64, c64, o64 = _zip64_central(extra, big_sizes, big_off)
        if big_sizes:
            if csize != 0xFFFFFFFF or usize != 0xFFFFFFFF:
                raise Fail("container", f"{name}: zip64 sizes are not saturated together")
            assert u64 is not None and c64 is not None
            usize, csize = u64, c64
            if usize <= LIMIT32 and csize <= LIMIT32:
                raise Fail("container", f"{name}: a zip64 field where FORMAT says none")
        elif usize > LIMIT32 or csize > LIMIT32:
            raise Fail("container", f"{name}: sizes past 2 GiB − 1 without a zip64 field")
        if big_off:
            assert o64 is not None
            loff = o64
            if loff <= LIMIT32:
                raise Fail("container", f"{name}: a zip64 offset where FORMAT says none")
        elif loff > LIMIT32:
            raise Fail("container", f"{name}: an offset past 2 GiB − 1 without a zip64 field")
        want_need = 45 if extra else 20
        if need != want_need or made != (MADE_BY_UNIX << 8) | want_need:
            raise Fail("container", f"{name}: version fields are not as written")
        if dos is None:
            dos = (t, d)
        elif (t, d) != dos:
            raise Fail("container", f"{name}: its date differs from the other members'")
        if usize > MAX_MEMBER:
            raise Fail("container", f"{name} is larger than 64 GiB")
        total += usize
        if total > MAX_TOTAL:
            raise Fail("container", "the members total more than 256 GiB")
        if method == 0 and csize != usize:
            raise Fail("container", f"{name}: stored sizes differ")
        if method == 8 and usize > max(200 * csize, 2**20):
            raise Fail("container", f"{name}: expands more than 200 times")
        # The local header, exactly where the previous member's data ended.
        if loff != expected_local:
            raise Fail("container", f"{name}: members do not lie back to back in directory order")
        local_big = usize > LIMIT32 or csize > LIMIT32
        lextra = struct.pack("<HHQQ", 1, 16, usize, csize) if local_big else b""
        want_local = LOCAL.pack(
            b"PK\x03\x04", 45 if local_big else 20, flags, method, t, d, crc,
            0xFFFFFFFF if local_big else csize, 0xFFFFFFFF if local_big else usize, nlen, len(lextra),
        ) + raw_name + lextra  # fmt: skip
        if bytes(buf[loff : loff + len(want_local)]) != want_local:
            raise Fail("container", f"{name}: its local header does not repeat its central record")
        data_offset = loff + len(want_local)
        expected_local = data_offset + csize
        if expected_local > cd_off:
            raise Fail("container", f"{name}: its data runs into the central directory")
        members.append(Member(name, method, crc, csize, usize, data_offset, dos))
    if pos != end_of_cd:
        raise Fail("container", "the central directory holds more than its records")
    if expected_local != cd_off:
        raise Fail("container", "bytes lie between the last member and the central directory")
    return members


def content(buf: bytes | memoryview, m: Member) -> bytes:
    """A member's bytes: the stored bytes, or the one deflate stream that fills exactly its compressed size and
    is the exporter's own compression of them (zlib level 1, raw deflate; see the gaps file)."""
    raw = buf[m.data_offset : m.data_offset + m.csize]
    if m.method == 0:
        data = bytes(raw)
    else:
        d = zlib.decompressobj(-15)
        try:
            data = d.decompress(raw, m.usize + 1)
        except zlib.error:
            raise Fail("container", f"{m.name}: its deflate stream is damaged") from None
        if not d.eof or d.unused_data or d.unconsumed_tail or len(data) != m.usize:
            raise Fail("container", f"{m.name}: its deflate stream does not fill exactly its declared size")
        c = zlib.compressobj(1, zlib.DEFLATED, -15)
        if c.compress(data) + c.flush() != bytes(raw):
            raise Fail("container", f"{m.name}: compressed otherwise than the exporter does")
    if len(data) != m.usize or zlib.crc32(data) != m.crc:
        raise Fail("container", f"{m.name}: CRC-32 or size does not match")
    return data
