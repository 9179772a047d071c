"""Canonical JSON: the one byte form that entries are hashed and signed in (docs/FORMAT.md §1).

Keys sorted by code point, no insignificant white space, UTF-8, and only integers, strings, booleans, null,
arrays and objects — no floats, whose textual form differs between implementations.
"""

from __future__ import annotations

import base64
import json
from typing import Any

from .limits import MAX_JSON_DEPTH


def _check(value: Any, depth: int = 0) -> None:
    if depth > MAX_JSON_DEPTH:
        raise ValueError("nesting too deep for a canonical entry")
    if value is None or isinstance(value, (bool, str)):
        return
    if isinstance(value, int):
        if not -(2**63) <= value < 2**63:
            raise ValueError("integer out of the 64-bit range")
        return
    if isinstance(value, list):
        for item in value:
            _check(item, depth + 1)
        return
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise ValueError("object keys must be strings")
            _check(item, depth + 1)
        return
    raise ValueError(f"{type(value).__name__} is not allowed in canonical JSON")


def canonical_json(value: Any) -> bytes:
    """Return the canonical UTF-8 bytes of ``value``; raise ValueError for values outside the profile."""
    _check(value)
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode("utf-8")


_MAX_DEPTH = MAX_JSON_DEPTH
# Every decimal digit mapped to "0": a run of 19 zeros in the mapped bytes is a run of 19 digits in the original.
_DIGITS_TO_ZERO = bytes.maketrans(b"0123456789", b"0" * 10)
_LONG_NUMBER = b"0" * 19  # integers of at most 18 digits are always inside the 64-bit range


class _OutsideFastPath(Exception):
    """A float, NaN or Infinity: decide by the exact rule instead."""


def _refuse(text: str) -> Any:
    raise _OutsideFastPath


_FAST = json.JSONDecoder(parse_float=_refuse, parse_constant=_refuse)


def parse_canonical(data: bytes) -> tuple[Any, bool]:
    """Parse JSON ``data``; return (value, whether ``data`` is exactly ``canonical_json(value)``).

    Raises ValueError (UnicodeDecodeError included) when ``data`` is not JSON at all. The same verdict as
    ``canonical_json(json.loads(data)) == data``, but without walking the value in Python when the parse itself
    shows it is inside the profile (no float, no run of digits long enough to overflow, shallow nesting): checking
    hours of entries spends much of its time here.
    """
    text = data.decode("utf-8")
    try:
        value = _FAST.decode(text)
        fast = data.count(b"[") + data.count(b"{") <= _MAX_DEPTH and _LONG_NUMBER not in data.translate(_DIGITS_TO_ZERO)
    except _OutsideFastPath:
        value, fast = json.loads(text), False
    try:
        if not fast:
            return value, canonical_json(value) == data
        out = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
        return value, out.encode("utf-8") == data
    except ValueError:  # a float, or a lone surrogate that cannot be UTF-8
        return value, False


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    """Standard base64 with padding, in its one canonical form (FORMAT §1): the unused low bits of the last
    character are zero. Another spelling of the same bytes (``…Ax==`` for ``…Aw==``) is refused: a signature or
    key written two ways would give one entry two hashes."""
    raw = base64.b64decode(text.encode("ascii"), validate=True)
    if base64.b64encode(raw).decode("ascii") != text:
        raise ValueError("not canonical base64")
    return raw
