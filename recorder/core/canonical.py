"""Canonical JSON: the one byte form that entries are hashed and signed in (docs/FORMAT.md §1).

Keys sorted by code point, no insignificant white space, UTF-8, and only integers, strings, booleans, null,
arrays and objects — no floats, whose textual form differs between implementations.
"""

from __future__ import annotations

import base64
import json
from typing import Any


def _check(value: Any, depth: int = 0) -> None:
    if depth > 32:
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


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
