"""Whether the line on the laws of recording calls has been shown (issue 16 §6): once, whether call mode is first
used on the command line or in the app, so both read and write the same small file in the vault folder,
``notices.json`` (beside ``settings.ini``; the app's own file, not evidence: docs/FORMAT.md §2). Qt-free.

It lives in the vault folder, like the app's settings, so that ``--home`` keeps test runs and vaults apart. The
memory is best effort: a file that cannot be read or written only means the line is shown again next time.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from ..core.fsutil import atomic_write

log = logging.getLogger(__name__)

NOTICES_FILE = "notices.json"
CALL_LAWS = "call-laws"


def _read(home: Path) -> dict[str, object]:
    try:
        doc = json.loads((home / NOTICES_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return doc if isinstance(doc, dict) else {}


def notice_due(home: Path, name: str = CALL_LAWS) -> bool:
    """True until :func:`notice_shown` has noted ``name`` for this vault folder."""
    return not _read(home).get(name)


def notice_shown(home: Path, name: str = CALL_LAWS) -> None:
    """Remember that ``name`` was shown (with the UTC time, for whoever reads the file)."""
    from datetime import UTC, datetime

    doc = _read(home)
    doc[name] = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    try:
        home.mkdir(parents=True, exist_ok=True)
        atomic_write(home / NOTICES_FILE, json.dumps(doc, ensure_ascii=False, sort_keys=True).encode("utf-8"))
    except OSError:
        log.warning("could not remember that a notice was shown", exc_info=True)
