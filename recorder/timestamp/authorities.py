"""Which time-stamp authorities to ask, and how (issue 7, item 1).

The defaults are public RFC 3161 authorities whose certificates chain to roots in the Mozilla store that
``certifi`` ships, so their tokens verify without the user adding anything. They are tried in order; with
``copies=2`` each stamp is asked of two *different* authorities, so one authority's failure or later distrust
does not leave a session without a time anchor.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..core.errors import RecorderError
from . import messages as M


@dataclass(frozen=True)
class Authority:
    """One RFC 3161 time-stamp authority, reached by HTTP(S) POST."""

    url: str
    name: str = ""

    @property
    def label(self) -> str:
        """What the user and the report call it: its name, or the host of its address."""
        return self.name or (urlsplit(self.url).hostname or self.url)

    @property
    def slug(self) -> str:
        """A file-name-safe short form, used in the names of the token files it issued."""
        host = urlsplit(self.url).hostname or "tsa"
        port = urlsplit(self.url).port
        text = f"{host}-{port}" if port else host
        return re.sub(r"[^a-z0-9.-]+", "-", text.lower()).strip("-.")[:60] or "tsa"


DEFAULT_AUTHORITIES: tuple[Authority, ...] = (
    Authority("http://timestamp.digicert.com", "DigiCert"),
    Authority("http://timestamp.sectigo.com", "Sectigo"),
    Authority("http://ts.ssl.com", "SSL.com"),
)


# Overrides the default list for a whole run: comma-separated URLs, or "none" to keep stamps queued without
# asking anyone. The test suite sets "none", so no test can ever reach a public authority by accident.
ENV_AUTHORITIES = "RECORDER_TSA"


def default_authorities(env: Mapping[str, str] | None = None) -> list[Authority]:
    """The authorities used when neither the settings nor the command line name any."""
    value = (os.environ if env is None else env).get(ENV_AUTHORITIES, "").strip()
    if not value:
        return list(DEFAULT_AUTHORITIES)
    if value.lower() == "none":
        return []
    return [parse_authority(u) for u in value.split(",") if u.strip()]


def parse_authority(url: str) -> Authority:
    """An authority from an address the user gave; anything but http(s)://host… is refused in one sentence."""
    text = url.strip()
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise RecorderError(M.BAD_TSA_URL, url=url)
    return Authority(text)


@dataclass
class StampSettings:
    """How stamps are taken. ``interval_minutes`` is the checkpoint cadence while recording (DESIGN §5)."""

    authorities: list[Authority] = field(default_factory=default_authorities)
    copies: int = 1
    interval_minutes: float = 5.0
    retry_seconds: float = 60.0
    timeout_seconds: float = 10.0
    root_files: list[Path] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.copies = 2 if self.copies >= 2 else 1

    @classmethod
    def from_mapping(cls, values: dict[str, Any]) -> StampSettings:
        """Settings as the GUI stores them (plain JSON values); unknown or missing keys take the defaults."""
        s = cls()
        urls = values.get("authorities")
        if isinstance(urls, list) and urls:
            s.authorities = [parse_authority(u) for u in urls if isinstance(u, str)]
        for key in ("copies", "interval_minutes", "retry_seconds", "timeout_seconds"):
            v = values.get(key)
            if isinstance(v, int | float) and not isinstance(v, bool) and v > 0:
                setattr(s, key, type(getattr(s, key))(v))
        roots = values.get("root_files")
        if isinstance(roots, list):
            s.root_files = [Path(r) for r in roots if isinstance(r, str)]
        s.__post_init__()
        return s

    def as_mapping(self) -> dict[str, Any]:
        return {
            "authorities": [a.url for a in self.authorities],
            "copies": self.copies,
            "interval_minutes": self.interval_minutes,
            "retry_seconds": self.retry_seconds,
            "timeout_seconds": self.timeout_seconds,
            "root_files": [str(p) for p in self.root_files],
        }
