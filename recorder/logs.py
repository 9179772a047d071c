"""The app's log file: a rotating file in the vault folder's logs/. Only what happened, never what was recorded.

Qt-free, so that ``recorder --record`` can log the recording it starts before the window loads
(recorder/quick_start.py).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

LOG_DIR = "logs"


class _OwnerOnlyHandler(logging.handlers.RotatingFileHandler):
    """The log and its rotated copies are owner-only (0600), like every file in the vault folder (issue 12 §2)."""

    def _open(self):  # type: ignore[no-untyped-def]
        stream = super()._open()
        os.chmod(self.baseFilename, 0o600)
        return stream


def setup_logging(home: Path) -> None:
    root = logging.getLogger()
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return
    try:
        (home / LOG_DIR).mkdir(mode=0o700, parents=True, exist_ok=True)
        handler = _OwnerOnlyHandler(
            home / LOG_DIR / "recorder.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return  # an unwritable folder is reported by the vault itself, in a sentence
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
