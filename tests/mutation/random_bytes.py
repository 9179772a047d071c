"""Random changes spread over every region of the archive: a byte flipped, bytes inserted, bytes deleted."""

from __future__ import annotations

import random
from functools import cache

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


@mutator("flip a byte", ANY, weight=3000)
def flip(case: Case, rng: random.Random) -> bytes:
    data = bytearray(case.raw)
    data[_place(case, rng)] ^= rng.randrange(1, 256)
    return bytes(data)


@mutator("insert bytes", ANY, weight=1000)
def insert(case: Case, rng: random.Random) -> bytes:
    at = _place(case, rng)
    return case.raw[:at] + rng.randbytes(rng.choice((1, 1, 2, 4, 16))) + case.raw[at:]


@mutator("delete bytes", ANY, weight=1000)
def delete(case: Case, rng: random.Random) -> bytes:
    at = _place(case, rng)
    return case.raw[:at] + case.raw[at + rng.choice((1, 1, 2, 4, 16)) :]
