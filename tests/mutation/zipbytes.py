"""The archive's bytes, parsed into their regions (each local header, each member's data, each central record,
the end records), so that random changes can be spread over every region and structured ones aimed at one."""

from __future__ import annotations

import struct
from dataclasses import dataclass

LOCAL = struct.Struct("<4sHHHHHLLLHH")
CENTRAL = struct.Struct("<4sHHHHHHLLLHHHHHLL")
END = struct.Struct("<4sHHHHLLH")


@dataclass(frozen=True)
class Region:
    label: str  # "local <name>", "data <name>", "central <name>", "end"
    start: int
    end: int


@dataclass(frozen=True)
class Member:
    name: str
    local: int  # offset of the local header
    data: int  # offset of the member's (stored or compressed) bytes
    size: int  # compressed size
    central: int  # offset of its central record
    central_end: int


def members(raw: bytes) -> tuple[list[Member], int, int]:
    """The members in file order, the central directory's start and the end records' start (a plain zip as the
    exporter writes it: no zip64 end record unless present, no comment)."""
    end_at = raw.rindex(b"PK\x05\x06")
    _sig, _d, _d2, _n, count, _size, cd_offset, _clen = END.unpack_from(raw, end_at)
    z64 = raw.rfind(b"PK\x06\x06", 0, end_at)
    if z64 >= 0:
        count = struct.unpack_from("<Q", raw, z64 + 32)[0]
        cd_offset = struct.unpack_from("<Q", raw, z64 + 48)[0]
        end_at = z64
    out = []
    at = cd_offset
    for _ in range(count):
        f = CENTRAL.unpack_from(raw, at)
        nlen, elen, clen = f[10], f[11], f[12]
        name = raw[at + CENTRAL.size : at + CENTRAL.size + nlen].decode("utf-8")
        extra = raw[at + CENTRAL.size + nlen : at + CENTRAL.size + nlen + elen]
        csize, offset = f[8], f[16]
        vals = list(struct.unpack_from(f"<{(len(extra) - 4) // 8}Q", extra, 4)) if extra else []
        if f[9] == 0xFFFFFFFF:
            vals.pop(0)
        if csize == 0xFFFFFFFF:
            csize = vals.pop(0)
        if offset == 0xFFFFFFFF:
            offset = vals.pop(0)
        lf = LOCAL.unpack_from(raw, offset)
        data = offset + LOCAL.size + lf[9] + lf[10]
        end = at + CENTRAL.size + nlen + elen + clen
        out.append(Member(name, offset, data, csize, at, end))
        at = end
    return out, cd_offset, end_at


def regions(raw: bytes) -> list[Region]:
    found, _cd, end_at = members(raw)
    out = []
    for m in found:
        out.append(Region(f"local {m.name}", m.local, m.data))
        if m.size:
            out.append(Region(f"data {m.name}", m.data, m.data + m.size))
        out.append(Region(f"central {m.name}", m.central, m.central_end))
    out.append(Region("end", end_at, len(raw)))
    return out
