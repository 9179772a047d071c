"""What this user's config folder remembers of each vault, outside the vault's own folder (issue 12 §2–§3).

Whoever can write to the vault folder can replace ``vault.json`` with one of their own, or cut the ledger of
sessions short; a copy of the vault's public keys and of the ledger's head kept elsewhere lets the app notice.
One small file per vault, ``<config>/vaults/<key>.json``, keyed by the vault folder's real path
(docs/FORMAT.md §2.1). ``$RECORDER_CONFIG`` replaces the platform's config folder (the tests use it).

Pins are best effort: a config folder that cannot be written leaves the vault unpinned (and the app as it was
before pinning existed), never a recording refused.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from .. import APP_NAME
from .canonical import b64, canonical_json, unb64
from .fsutil import atomic_write

CONFIG_ENV = "RECORDER_CONFIG"
PIN_FORMAT = "evidence-recorder-pin"
PIN_VERSION = 1


def config_dir() -> Path:
    env = os.environ.get(CONFIG_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def real_home(home: Path) -> str:
    return os.path.realpath(home)


def pin_path(home: Path) -> Path:
    key = hashlib.sha256(real_home(home).encode("utf-8", "surrogateescape")).hexdigest()[:32]
    return config_dir() / "vaults" / f"{key}.json"


@dataclass
class Pin:
    """The vault's public keys when it was made, and its ledger as last written by this user."""

    identity_public: bytes
    recording_public: bytes
    ledger_entries: int = 0
    ledger_head: str = "0" * 64
    sessions: list[str] = field(default_factory=list)

    def as_json(self, home: Path) -> dict[str, Any]:
        return {
            "format": PIN_FORMAT,
            "version": PIN_VERSION,
            "home": real_home(home),
            "identity_public": b64(self.identity_public),
            "recording_public": b64(self.recording_public),
            "ledger": {"entries": self.ledger_entries, "head": self.ledger_head, "sessions": self.sessions},
        }


def read_pin(home: Path) -> Pin | None:
    """The pin of the vault in ``home``; None if there is none, or if it is unreadable or foreign."""
    try:
        raw = pin_path(home).read_bytes()
        doc = json.loads(raw.decode("utf-8"))
        if doc.get("format") != PIN_FORMAT or doc.get("version") != PIN_VERSION or doc.get("home") != real_home(home):
            return None
        ledger = doc.get("ledger") or {}
        pin = Pin(
            unb64(doc["identity_public"]),
            unb64(doc["recording_public"]),
            int(ledger.get("entries", 0)),
            str(ledger.get("head", "0" * 64)),
            [str(s) for s in ledger.get("sessions", [])],
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    if len(pin.identity_public) != 32 or len(pin.recording_public) != 32:
        return None
    return pin


def write_pin(home: Path, pin: Pin) -> bool:
    """Write (replace) the pin; False if the config folder cannot be written."""
    path = pin_path(home)
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        atomic_write(path, canonical_json(pin.as_json(home)) + b"\n")
    except OSError:
        return False
    return True


def forget_pin(home: Path) -> None:
    with contextlib.suppress(OSError):
        pin_path(home).unlink()
