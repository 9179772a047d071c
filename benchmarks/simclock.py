"""A simulated clock for pushing recorded time through a Session faster than real time.

The session takes its cadence (a signed checkpoint and an fsync at least every second) from the monotonic
clock. Pushing an hour of audio in seconds with the real clock would sign and sync only a few times, and make
the journal look cheaper than it is. With this clock, advanced by 100 ms per block, a benchmark does exactly
the work a real-time recording does: one checkpoint signature and one fsync per second of audio.
"""

from __future__ import annotations

import time
from types import ModuleType

import recorder.core.environment as environment
import recorder.core.session as session


class SimulatedClock:
    """Stands in for the ``time`` module inside recorder.core.session and recorder.core.environment."""

    def __init__(self) -> None:
        self.mono_ns = time.monotonic_ns()
        self._utc_offset = time.time_ns() - self.mono_ns

    def advance(self, seconds: float) -> None:
        self.mono_ns += int(seconds * 1e9)

    def monotonic_ns(self) -> int:
        return self.mono_ns

    def time_ns(self) -> int:
        return self.mono_ns + self._utc_offset

    def __getattr__(self, name: str) -> object:
        return getattr(time, name)  # strftime, gmtime, sleep …: the real ones


_installed: list[tuple[ModuleType, object]] = []


def install() -> SimulatedClock:
    """Make the session and environment modules read the simulated clock (until :func:`uninstall`)."""
    clock = SimulatedClock()
    for module in (session, environment):
        _installed.append((module, module.time))
        module.time = clock  # type: ignore[assignment]
    return clock


def uninstall() -> None:
    while _installed:
        module, original = _installed.pop()
        module.time = original  # type: ignore[assignment]
