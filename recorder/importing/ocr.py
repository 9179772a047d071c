"""Screenshots of call lists read offline (issue 14 §2): RapidOCR (its wheel ships the Chinese and English models;
nothing is downloaded at run time) proposes rows — number, direction, time, duration — that the user confirms or
corrects before they count; such rows are labelled "read from a screenshot".

OCR runs in a child process: its OpenCV points Qt's plugin path at its own plugins when imported, which would break
the app's Qt. The image goes to the child through a pipe, never through a file (DESIGN P7), and the child returns
the recognised text boxes as JSON.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import dataclass
from typing import Any

from ..core.errors import RecorderError
from ..core.messages import QT_TRANSLATE_NOOP

OCR_FAILED = QT_TRANSLATE_NOOP("Messages", "The screenshot could not be read ({what}). Nothing was changed.")
NO_TEXT = QT_TRANSLATE_NOOP("Messages", "No text was found in the screenshot. Nothing was changed.")
TIMEOUT_S = 300

NUMBER = re.compile(r"^\+?[\d\s\-()]{5,20}$")
TIME = re.compile(r"(?:(\d{1,2})[-/月.](\d{1,2})日?\s*)?(\d{1,2}):(\d{2})")
DURATION_CN = re.compile(r"(?:(\d+)\s*小时)?\s*(?:(\d+)\s*分(?:钟)?)?\s*(\d+)\s*秒")
DURATION_CLOCK = re.compile(r"\b(\d{1,2}):(\d{2})\b")
DIRECTIONS = {
    "呼入": "incoming", "已接": "incoming", "来电": "incoming", "incoming": "incoming",
    "呼出": "outgoing", "已拨": "outgoing", "去电": "outgoing", "outgoing": "outgoing",
    "未接": "missed", "missed": "missed",
    "拒接": "rejected", "已拒接": "rejected", "rejected": "rejected", "拦截": "blocked", "blocked": "blocked",
}  # fmt: skip


@dataclass(frozen=True)
class Box:
    text: str
    x: float
    y: float  # the box's vertical centre
    height: float
    score: float


def _child_command() -> list[str]:
    from .ocr_child import CHILD_ARGUMENT

    if getattr(sys, "frozen", False):  # the packaged app: it runs itself as the child (recorder/__main__.py)
        return [sys.executable, CHILD_ARGUMENT]
    return [sys.executable, "-m", "recorder.importing.ocr_child"]


def read_boxes(data: bytes) -> list[Box]:
    """The text boxes RapidOCR finds in an image, top to bottom (a child process; bounded time)."""
    try:
        run = subprocess.run(
            _child_command(),
            input=data,
            capture_output=True,
            timeout=TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise RecorderError(OCR_FAILED, what=type(exc).__name__) from None
    if run.returncode != 0:
        last = run.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no reason given"]
        raise RecorderError(OCR_FAILED, what=last[0][:200])
    boxes = [Box(**b) for b in json.loads(run.stdout)]
    if not boxes:
        raise RecorderError(NO_TEXT)
    return sorted(boxes, key=lambda b: (b.y, b.x))


def _duration(text: str) -> int | None:
    m = DURATION_CN.search(text)
    if m:
        return int(m.group(1) or 0) * 3600 + int(m.group(2) or 0) * 60 + int(m.group(3))
    return None


def propose_call_rows(boxes: list[Box]) -> list[dict[str, Any]]:
    """Rows of a call list: each begins at a box that is a phone number; the boxes below it, up to the next
    number, and those beside it give its direction, time and duration. Nothing here is trusted: the user confirms
    or corrects every row."""
    starts = [i for i, b in enumerate(boxes) if NUMBER.match(b.text.strip()) and sum(c.isdigit() for c in b.text) >= 5]
    rows: list[dict[str, Any]] = []
    for k, i in enumerate(starts):
        top = boxes[i].y - boxes[i].height
        bottom = boxes[starts[k + 1]].y - boxes[starts[k + 1]].height / 2 if k + 1 < len(starts) else float("inf")
        band = [b for b in boxes if top <= b.y < bottom and b is not boxes[i]]
        row: dict[str, Any] = {
            "number": re.sub(r"[\s\-()]", "", boxes[i].text),
            "direction": None,
            "time_text": None,
            "duration_s": None,
            "read_from": "screenshot",
        }
        for b in band:
            text = b.text.strip()
            for word, direction in DIRECTIONS.items():
                if word in text.lower() and row["direction"] is None:
                    row["direction"] = direction
            seconds = _duration(text)
            if seconds is not None and row["duration_s"] is None:
                row["duration_s"] = seconds
            elif row["time_text"] is None and TIME.search(text):
                row["time_text"] = TIME.search(text).group(0)  # type: ignore[union-attr]
        if row["duration_s"] is None and row["direction"] in ("missed", "rejected", "blocked"):
            row["duration_s"] = 0
        rows.append(row)
    return rows
