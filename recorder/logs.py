"""The app's log file: a rotating file in the vault folder's logs/. Only what happened, never what was recorded.

Qt-free, so that ``recorder --record`` can log the recording it starts before the window loads
(recorder/quick_start.py).
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_DIR = "logs"


def setup_logging(home: Path) -> None:
    root = logging.getLogger()
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return
    try:
        (home / LOG_DIR).mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            home / LOG_DIR / "recorder.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return  # an unwritable folder is reported by the vault itself, in a sentence
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
