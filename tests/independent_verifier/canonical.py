"""Canonical JSON (FORMAT §1): parse strictly, then re-serialise and demand the same bytes."""

from __future__ import annotations

import base64
import binascii
import json
import re
from typing import Any

from tests.independent_verifier.errors import Fail

INT_MIN, INT_MAX = -(2**63), 2**63 - 1
UTC_RE = re.compile(r"\A\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z\Z")
MAX_DEPTH = 32
HEX64_RE = re.compile(r"\A[0-9a-f]{64}\Z")


def _no_float(text: str) -> Any:
    raise ValueError("floating-point number")


def _int(text: str) -> int:
    value = int(text)
    if not INT_MIN <= value <= INT_MAX:
        raise ValueError("integer outside 64 bits")
    return value


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    d = dict(pairs)
    if len(d) != len(pairs):
        raise ValueError("duplicate key")
    return d


_DECODER = json.JSONDecoder(
    parse_float=_no_float, parse_int=_int, parse_constant=_no_float, object_pairs_hook=_pairs, strict=True
)


def dumps(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def parse(raw: bytes, cls: str, what: str) -> Any:
    """The value of ``raw``, which must be canonical JSON."""
    try:
        text = raw.decode("utf-8")
        obj = _DECODER.decode(text)
    except (UnicodeDecodeError, ValueError, RecursionError) as e:
        raise Fail(cls, f"{what} is not valid JSON ({type(e).__name__})") from None
    try:
        again = dumps(obj)
    except (ValueError, RecursionError):
        raise Fail(cls, f"{what} is not canonical JSON") from None
    if again != raw:
        raise Fail(cls, f"{what} is not canonical JSON")
    if not _depth_ok(obj):
        raise Fail(cls, f"{what} nests deeper than {MAX_DEPTH} levels")
    return obj


def _depth_ok(obj: Any) -> bool:
    """FORMAT §1: the top-level value at level 0, each element or member one deeper; none below level 32."""
    level = [(obj, 0)]
    while level:
        value, depth = level.pop()
        if depth > MAX_DEPTH:
            return False
        if isinstance(value, dict):
            level.extend((v, depth + 1) for v in value.values() if isinstance(v, (dict, list)) or depth + 1 > MAX_DEPTH)
        elif isinstance(value, list):
            level.extend((v, depth + 1) for v in value if isinstance(v, (dict, list)) or depth + 1 > MAX_DEPTH)
    return True


def b64(value: Any, cls: str, what: str, size: int | None = None) -> bytes:
    """Standard base64 with padding, in its one canonical spelling."""
    if not isinstance(value, str):
        raise Fail(cls, f"{what} is not base64")
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise Fail(cls, f"{what} is not base64") from None
    if base64.b64encode(raw).decode() != value:
        raise Fail(cls, f"{what} is not canonical base64")
    if size is not None and len(raw) != size:
        raise Fail(cls, f"{what} is not {size} bytes")
    return raw


def is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)
