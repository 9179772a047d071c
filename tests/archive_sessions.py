"""Sessions made quickly for the archive tests and benchmarks: a non-live source, and a simulated clock so
that an hour of audio (with a checkpoint every simulated second) is written in seconds, without PulseAudio."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from unittest import mock

import numpy as np

from recorder.core import environment, session
from recorder.core.session import Session, Source
from recorder.core.vault import Vault

RATE = 48000
BLOCK = RATE // 4  # 250 ms, as the capture writes them


class SimulatedClock:
    """Stands in for the ``time`` module inside the core: both clocks move only when told to."""

    def __init__(self) -> None:
        self.utc = time.time_ns()
        self.mono = time.monotonic_ns()

    def time_ns(self) -> int:
        return self.utc

    def monotonic_ns(self) -> int:
        return self.mono

    def advance(self, ns: int) -> None:
        self.utc += ns
        self.mono += ns

    def __getattr__(self, name: str) -> Any:
        return getattr(time, name)


@contextmanager
def simulated_clock() -> Iterator[SimulatedClock]:
    clock = SimulatedClock()
    with mock.patch.object(environment, "time", clock), mock.patch.object(session, "time", clock):
        yield clock


def record(
    vault: Vault,
    case: str = "Case A",
    seconds: float = 6.0,
    *,
    tags: bool = True,
    seal: bool = True,
    seed: int = 1,
    attachment: bytes | None = b"\xff\xd8\xff\xe0 photo bytes " * 64,
    noise: bool = True,
    attachment_name: str = "photo 1.jpg",
) -> str:
    """Record ``seconds`` of audio in 250 ms blocks with a few tags, a note, visitors and an attachment."""
    rng = np.random.default_rng(seed)
    blocks = int(seconds * 4)
    silence = bytes(BLOCK * 2)
    with simulated_clock() as clock:
        s = Session.start(vault, case, Source("test tone", False, "test-signal"))
        for i in range(blocks):
            pcm = rng.integers(-3000, 3000, BLOCK, dtype=np.int16).tobytes() if noise else silence
            s.append_audio(pcm, rate=RATE)
            clock.advance(250_000_000)
            if tags:
                if i == 2:
                    s.add_tag("Arrived", "1", code="arrived")
                elif i == 5:
                    s.add_note("他们不肯走 — they will not leave")
                elif i == 6:
                    s.add_tag("Asked them to leave", "4", code="asked-to-leave")
                elif i == 8 and attachment is not None:
                    s.add_attachment(attachment_name, attachment, "image/jpeg")
                elif i == 9:
                    s.add("visitors", {"count": 2, "names": ["Zhang"], "company": "X Loans"})
                elif i == 12:
                    s.add_tag("Threat", "6", code="threat")
                elif i == 15:
                    s.add_gap("overflow", 480, RATE)
                elif i == blocks - 2:
                    s.add_tag("Left", "0", code="left")
            s.tick()
        if seal:
            s.seal()
        else:
            # Entries after the last checkpoint: an interruption leaves them hash-chained but unsigned.
            s.add_note("the last words before the power went out")
            s.add_tag("Threat", "6", code="threat")
            s.abandon()
        return s.id
