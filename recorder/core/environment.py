"""The environment self-check written into every session's first entry (issue 2, item 4)."""

from __future__ import annotations

import functools
import hashlib
import os
import platform
import re
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .. import __version__


@functools.cache
def code_sha256() -> str:
    """SHA-256 over the app's own Python files (relative path and bytes, in path order).

    Lets a reader tell which build made a recording; computed once per process.
    """
    root = Path(__file__).resolve().parent.parent
    h = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root).as_posix().encode("utf-8")
        h.update(len(rel).to_bytes(4, "big") + rel)
        data = path.read_bytes()
        h.update(len(data).to_bytes(8, "big") + data)
    return h.hexdigest()


def environment() -> dict[str, Any]:
    env: dict[str, Any] = {
        "app": "evidence-recorder",
        "app_version": __version__,
        "code_sha256": code_sha256(),
        "os": platform.platform(),
        "python": platform.python_version(),
        "frozen": bool(getattr(sys, "frozen", False)),
        # The device's offset from UTC when the session started (its time-zone setting, DST included): the report
        # shows local times with it, and the verifier holds the report to it (FORMAT §4.1, §7.7).
        "utc_offset_minutes": (time.localtime().tm_gmtoff or 0) // 60,
    }
    zone = time_zone_name()
    if zone is not None:  # the place's rules, for a reader who wants them; the offset above is what is used
        env["time_zone"] = zone
    return env


_ZONE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)+|UTC")


def time_zone_name() -> str | None:
    """The device's IANA time-zone name ("Asia/Shanghai"), where the system says it: ``TZ`` naming a zone, else
    the zoneinfo file /etc/localtime links to; None when neither names one (e.g. ``TZ=UTC0``, Windows)."""
    tz = os.environ.get("TZ")
    if tz is not None:
        tz = tz.removeprefix(":")
        return tz if _ZONE_NAME.fullmatch(tz) else None
    try:
        target = os.path.realpath("/etc/localtime")
    except OSError:
        return None
    _, found, name = target.partition("/zoneinfo/")
    return name if found and _ZONE_NAME.fullmatch(name) else None


def utc_text(ns: int) -> str:
    """UTC time as ``YYYY-MM-DDTHH:MM:SS.ffffffZ`` (microseconds), the one time form in entries."""
    sec, rem = divmod(ns, 1_000_000_000)
    return datetime.fromtimestamp(sec, UTC).strftime("%Y-%m-%dT%H:%M:%S") + f".{rem // 1000:06d}Z"


def parse_utc(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


class Moment:
    """Both clocks read together: wall-clock UTC (what people read) and monotonic (what durations trust)."""

    __slots__ = ("utc_ns", "mono_ns")

    def __init__(self, utc_ns: int | None = None, mono_ns: int | None = None) -> None:
        self.utc_ns = time.time_ns() if utc_ns is None else utc_ns
        self.mono_ns = time.monotonic_ns() if mono_ns is None else mono_ns

    @property
    def utc(self) -> str:
        return utc_text(self.utc_ns)
