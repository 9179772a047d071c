"""Random changes spread over every region of the archive: a byte flipped, bytes inserted, bytes deleted."""

from __future__ import annotations

import io
import random
from functools import cache

from recorder.archive import container

from . import ANY, mutator
from .case import Case
from .zipbytes import Region, regions


@cache
def _regions(raw: bytes) -> list[Region]:
    return regions(raw)


def _place(case: Case, rng: random.Random) -> int:
    """A position inside a region chosen uniformly among all regions (so small headers are hit as often as audio)."""
    r = rng.choice(_regions(case.raw))
    return rng.randrange(r.start, r.end)


@mutator("flip a byte", ANY, weight=2000)
def flip(case: Case, rng: random.Random) -> bytes:
    data = bytearray(case.raw)
    data[_place(case, rng)] ^= rng.randrange(1, 256)
    return bytes(data)


@mutator("insert bytes", ANY, weight=750)
def insert(case: Case, rng: random.Random) -> bytes:
    at = _place(case, rng)
    return case.raw[:at] + rng.randbytes(rng.choice((1, 1, 2, 4, 16))) + case.raw[at:]


@mutator("delete bytes", ANY, weight=750)
def delete(case: Case, rng: random.Random) -> bytes:
    at = _place(case, rng)
    return case.raw[:at] + case.raw[at + rng.choice((1, 1, 2, 4, 16)) :]


def _rezip(case: Case, members: dict[str, bytes]) -> bytes:
    """The members written exactly as the exporter writes them (CRC-32 and sizes consistent)."""
    out = io.BytesIO()
    z = container.ZipWriter(out, case.infos[0].date_time)
    for name in case.order:
        z.add(name, members[name])
    z.close()
    return out.getvalue()


@mutator("a member's content changed, the zip consistent", ANY, weight=1500)
def content(case: Case, rng: random.Random) -> bytes:
    """What someone who rewrites a member with a zip tool makes: the container is exact, only content differs."""
    name = rng.choice(case.order)
    data = bytearray(case.members[name])
    pos = rng.randrange(len(data) + 1)
    how = rng.randrange(3) if data else 1
    if how == 0 and pos < len(data):
        data[pos] ^= rng.randrange(1, 256)
    elif how == 1:
        data[pos:pos] = rng.randbytes(rng.choice((1, 2, 8)))
    else:
        del data[pos : pos + rng.choice((1, 2, 8))]
    if bytes(data) == case.members[name]:
        data.append(0x20)
    return _rezip(case, {**case.members, name: bytes(data)})
