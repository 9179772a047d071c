"""Structured attacks on the container (issue 11 §2): the members' content untouched (so SHA256SUMS and every
signature still hold), only the zip around them written differently, as another tool might: each must be
refused, since other tools (Info-ZIP unzip) may read such bytes differently from the verifier.

The archive is rebuilt from a list of :class:`Spec` (one per member) by :func:`build`, which writes a consistent
zip with whatever header fields, extras, methods and order an attack asks for.
"""

from __future__ import annotations

import dataclasses
import random
import struct
import zlib
from dataclasses import dataclass, field

from recorder.archive import container as C
from recorder.archive import layout

from . import mutator
from .case import Case


@dataclass
class Spec:
    name: str
    content: bytes
    stored: bytes = b""  # the bytes written after the local header (the content, or its deflate stream)
    method: int = 0
    flags: int = 0
    usize: int = -1  # declared sizes (-1: the real ones)
    csize: int = -1
    crc: int = -1
    local_extra: bytes = b""
    central_extra: bytes = b""
    local_version: int = C.VERSION
    central_version: int = C.VERSION
    made_by: int = C.UNIX << 8 | C.VERSION
    external: int = C.MODE
    comment: bytes = b""
    local_sizes: tuple[int, int] | None = None  # the 32-bit (compressed, uncompressed) of the local header
    when: tuple[int, int] | None = None  # (DOS time, DOS date)
    name_bytes: bytes | None = None
    gap_after: bytes = b""  # bytes between this member's data and the next local header
    fields: dict[str, int] = field(default_factory=dict)


def specs(case: Case) -> list[Spec]:
    return [Spec(n, case.members[n]) for n in case.order]


def build(
    case: Case,
    members: list[Spec],
    *,
    central_order: list[int] | None = None,
    zip64_end: bool = False,
    comment: bytes = b"",
    prefix: bytes = b"",
    suffix: bytes = b"",
    count: int | None = None,
) -> bytes:
    when = C.dos_time(case.infos[0].date_time)
    out = bytearray(prefix)
    offsets = []
    for s in members:
        stored = s.stored if s.method or s.stored else s.content
        raw, flag = C.name_bytes(s.name)
        raw = s.name_bytes if s.name_bytes is not None else raw
        crc = zlib.crc32(s.content) if s.crc < 0 else s.crc
        usize = len(s.content) if s.usize < 0 else s.usize
        csize = len(stored) if s.csize < 0 else s.csize
        dtime, ddate = s.when or when
        lc, lu = s.local_sizes or (csize, usize)
        offsets.append(len(out))
        out += struct.pack(
            "<4sHHHHHLLLHH",
            b"PK\x03\x04",
            s.local_version,
            s.flags | flag,
            s.method,
            dtime,
            ddate,
            crc,
            lc,
            lu,
            len(raw),
            len(s.local_extra),
        )
        out += raw + s.local_extra + stored + s.gap_after
    cd_start = len(out)
    for i in central_order or range(len(members)):
        s = members[i]
        stored = s.stored if s.method or s.stored else s.content
        raw, flag = C.name_bytes(s.name)
        raw = s.name_bytes if s.name_bytes is not None else raw
        crc = zlib.crc32(s.content) if s.crc < 0 else s.crc
        usize = len(s.content) if s.usize < 0 else s.usize
        csize = len(stored) if s.csize < 0 else s.csize
        dtime, ddate = s.when or when
        out += struct.pack(
            "<4sHHHHHHLLLHHHHHLL",
            b"PK\x01\x02",
            s.made_by,
            s.central_version,
            s.flags | flag,
            s.method,
            dtime,
            ddate,
            crc,
            csize,
            usize,
            len(raw),
            len(s.central_extra),
            len(s.comment),
            0,
            0,
            s.external,
            offsets[i],
        )
        out += raw + s.central_extra + s.comment
    cd_size = len(out) - cd_start
    n = len(members) if count is None else count
    if zip64_end:
        out += struct.pack("<4sQHHLLQQQQ", b"PK\x06\x06", 44, 45, 45, 0, 0, n, n, cd_size, cd_start)
        out += struct.pack("<4sLQL", b"PK\x06\x07", 0, cd_start + cd_size, 1)
    out += struct.pack("<4sHHHHLLH", b"PK\x05\x06", 0, 0, n & 0xFFFF, n & 0xFFFF, cd_size, cd_start, len(comment))
    return bytes(out + comment + suffix)


def _pick(case: Case, rng: random.Random, text: bool = False) -> int:
    """The index of a member (a text member: a journal, the manifest, the report … when ``text``)."""
    names = case.order
    choices = [i for i, n in enumerate(names) if not text or n.endswith((".jsonl", ".json", ".html", ".txt"))]
    return rng.choice(choices)


def _deflate(data: bytes, level: int) -> bytes:
    c = zlib.compressobj(level, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()


@mutator("rebuilt exactly (control)", "container", weight=0)
def control(case: Case, rng: random.Random) -> bytes:
    """Not run: the builder itself, checked by the campaign's test to give back the exporter's exact bytes."""
    return build(case, specs(case))


@mutator("central directory reordered", "container", weight=3)
def reorder_central(case: Case, rng: random.Random) -> bytes:
    order = list(range(len(case.order)))
    i, j = rng.sample(order, 2)
    order[i], order[j] = order[j], order[i]
    return build(case, specs(case), central_order=order)


@mutator("junk zip64 field in a central record", "container", weight=3)
def zip64_central(case: Case, rng: random.Random) -> bytes:
    ms = specs(case)
    i = _pick(case, rng)
    ms[i].central_extra = struct.pack("<HHQ", 1, 8, 0)  # an offset field where none is needed
    ms[i].central_version = 45
    return build(case, ms)


@mutator("junk zip64 field in a local header", "container", weight=3)
def zip64_local(case: Case, rng: random.Random) -> bytes:
    ms = specs(case)
    i = _pick(case, rng)
    s = ms[i]
    s.local_extra = struct.pack("<HHQQ", 1, 16, len(s.content), len(s.content))
    s.local_version = 45
    s.local_sizes = (0xFFFFFFFF, 0xFFFFFFFF)
    return build(case, ms)


@mutator("changed 32-bit sizes in a zip64 local header", "container", weight=3)
def zip64_local_sizes(case: Case, rng: random.Random) -> bytes:
    ms = specs(case)
    s = ms[_pick(case, rng)]
    s.local_extra = struct.pack("<HHQQ", 1, 16, len(s.content), len(s.content))
    s.local_version = 45
    s.local_sizes = (rng.randrange(0, 1 << 32), rng.randrange(0, 1 << 32))
    return build(case, ms)


@mutator("other extra field in a local header", "container", weight=2)
def other_extra(case: Case, rng: random.Random) -> bytes:
    ms = specs(case)
    ms[_pick(case, rng)].local_extra = struct.pack("<HH", 0x7875, 11) + bytes([1, 4, 0, 0, 0, 0, 4, 0, 0, 0, 0])
    return build(case, ms)


@mutator("zip64 end record inserted", "container", weight=1)
def zip64_end(case: Case, rng: random.Random) -> bytes:
    return build(case, specs(case), zip64_end=True)


@mutator("UTF-8 flag on an ASCII name", "container", weight=3)
def utf8_flag(case: Case, rng: random.Random) -> bytes:
    ms = specs(case)
    ms[_pick(case, rng)].flags = 0x800
    return build(case, ms)


@mutator("stored member deflated (method swap)", "container", weight=3)
def method_swap(case: Case, rng: random.Random) -> bytes:
    ms = specs(case)
    s = ms[_pick(case, rng)]
    s.method, s.stored = 8, _deflate(s.content, rng.choice((1, 6, 9)))
    return build(case, ms)


@mutator("text member re-compressed", "container", weight=3)
def recompressed(case: Case, rng: random.Random) -> bytes:
    ms = specs(case)
    s = ms[_pick(case, rng, text=True)]
    s.method, s.stored = 8, _deflate(s.content, rng.choice((0, 1, 9)))
    return build(case, ms)


@mutator("bytes hidden after a deflate stream", "container", weight=3)
def hidden_after_deflate(case: Case, rng: random.Random) -> bytes:
    ms = specs(case)
    s = ms[_pick(case, rng, text=True)]
    s.method, s.stored = 8, _deflate(s.content, 6) + b"hidden words after the end of the stream\n"
    return build(case, ms)


@mutator("deflate stream longer than its declared size", "container", weight=3)
def longer_deflate(case: Case, rng: random.Random) -> bytes:
    """Info-ZIP unzip extracts the whole stream: a journal with a hidden line the declared size leaves out."""
    ms = specs(case)
    s = next(m for m in ms if m.name.endswith(layout.JOURNAL))
    s.method = 8
    s.stored = _deflate(s.content + b'{"kind":"note","hidden":"a line only unzip shows"}\n', 6)
    return build(case, ms)


@mutator("data descriptor flag", "container", weight=2)
def descriptor(case: Case, rng: random.Random) -> bytes:
    ms = specs(case)
    s = ms[_pick(case, rng)]
    s.flags = 0x8
    s.gap_after = struct.pack("<4sLLL", b"PK\x07\x08", zlib.crc32(s.content), len(s.content), len(s.content))
    return build(case, ms)


@mutator("bytes between members", "container", weight=3)
def gap(case: Case, rng: random.Random) -> bytes:
    ms = specs(case)
    ms[_pick(case, rng)].gap_after = rng.randbytes(rng.choice((1, 4, 64)))
    return build(case, ms)


@mutator("file comment", "container", weight=2)
def file_comment(case: Case, rng: random.Random) -> bytes:
    ms = specs(case)
    ms[_pick(case, rng)].comment = b"a comment"
    return build(case, ms)


@mutator("archive comment", "container", weight=1)
def archive_comment(case: Case, rng: random.Random) -> bytes:
    return build(case, specs(case), comment=b"an archive comment")


@mutator("bytes after the end", "container", weight=2)
def trailing(case: Case, rng: random.Random) -> bytes:
    return case.raw + rng.randbytes(rng.choice((1, 22, 100)))


@mutator("bytes before the first member", "container", weight=2)
def prefix(case: Case, rng: random.Random) -> bytes:
    return build(case, specs(case), prefix=b"#!/bin/sh\nexit 0\n")


@mutator("one member's date or mode changed", "container", weight=4)
def date_or_mode(case: Case, rng: random.Random) -> bytes:
    ms = specs(case)
    s = ms[_pick(case, rng)]
    if rng.random() < 0.5:
        t, d = C.dos_time(case.infos[0].date_time)
        s.when = (t ^ 1 << rng.randrange(0, 16), d)
    else:
        s.external = rng.choice(((0o100755 & 0xFFFF) << 16, (0o100600 & 0xFFFF) << 16, 0))
    return build(case, ms)


@mutator("version made by or needed changed", "container", weight=3)
def versions(case: Case, rng: random.Random) -> bytes:
    ms = specs(case)
    s = ms[_pick(case, rng)]
    which = rng.randrange(3)
    if which == 0:
        s.made_by = 0 << 8 | 20  # MS-DOS
    elif which == 1:
        s.central_version = 45
    else:
        s.local_version = 10
    return build(case, ms)


@mutator("a directory entry added", "container", weight=1)
def directory_entry(case: Case, rng: random.Random) -> bytes:
    ms = specs(case)
    d = Spec("sessions/", b"")
    d.external = (0o40755 & 0xFFFF) << 16
    ms.insert(0, d)
    return build(case, ms)


@mutator("a member written twice", "container", weight=2)
def twice(case: Case, rng: random.Random) -> bytes:
    ms = specs(case)
    s = ms[_pick(case, rng)]
    ms.append(dataclasses.replace(s, content=s.content + b"\n"))
    return build(case, ms)


@mutator("end record declares a million members", "container", weight=1)
def million(case: Case, rng: random.Random) -> bytes:
    return build(case, specs(case), zip64_end=True, count=1_000_000)


@mutator("declared size or CRC changed in both headers", "container", weight=3)
def declared(case: Case, rng: random.Random) -> bytes:
    ms = specs(case)
    s = ms[_pick(case, rng)]
    if rng.random() < 0.5:
        s.crc = zlib.crc32(s.content) ^ 1
    else:
        s.usize = s.csize = len(s.content) - 1
        s.gap_after = s.content[-1:]
    return build(case, ms)
