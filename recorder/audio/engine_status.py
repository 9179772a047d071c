"""What the audio engine tells its listeners (the app's strip, the command line): its states, its status, its
events, the gap reasons it writes (docs/FORMAT.md §4, "Entries written by the audio engine") and the level in dBFS.
Kept apart from the engine so that readers of these words need not load it."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

SILENCE_DBFS = -120.0

# Gap reasons (docs/FORMAT.md §4, "Entries written by the audio engine").
GAP_OVERFLOW = "overflow"
GAP_QUEUE_FULL = "queue-full"
GAP_INPUT_LOST = "input-lost"
GAP_OUTPUT_SILENT = "output-silent"  # a loopback that delivers nothing while nothing plays (WASAPI): not a loss
SILENT_AFTER_NS = 500_000_000  # ... is recorded as silence by the clock after this long without a block

RECORDING, PAUSED, INPUT_LOST, STOPPED, FAILED = "recording", "paused", "input-lost", "stopped", "failed"


@dataclass(frozen=True)
class EngineStatus:
    state: str  # "recording" | "paused" | "input-lost" | "stopped" | "failed"
    elapsed_s: float  # since start(), pauses included
    audio_s: float  # audio in the session
    saved_up_to_s: float  # audio known to be on disk (fsynced)
    level_rms_dbfs: float  # of the newest block
    level_peak_dbfs: float
    input_name: str
    fingerprint: str | None  # short code of the newest signed checkpoint
    problem: str | None  # a RecorderError sentence (English source) or None


@dataclass(frozen=True)
class EngineEvent:
    """Something the user should learn about. ``message`` is the English source sentence (a messages key, context
    "Messages"); its placeholders are filled from ``detail``."""

    kind: str  # "input-lost" | "input-resumed" | "input-changed" | "gap" | "disk-full" | "sealed" | "failed"
    detail: dict[str, Any] = field(default_factory=dict)
    message: str | None = None


def dbfs(value: float) -> float:
    return max(SILENCE_DBFS, 20.0 * math.log10(value / 32768.0)) if value > 0 else SILENCE_DBFS
