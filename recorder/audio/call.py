"""Call mode (issue 16): the microphone ("me") and what the computer plays ("the other party") recorded at once
into one session, as two tracks (docs/FORMAT.md §4.5).

Each input has its own :class:`~recorder.audio.engine.Recorder`: its own callback, queue and writer thread, so a
lost device, a full queue or a slow read on one input is a gap on that track only, and the other goes on. The
microphone's recorder owns the session (its pause, its seal); the other party's only adds entries of its track.
Both write through the same :class:`~recorder.core.session.Session`, whose lock orders their entries in one chain.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from ..core.chain import OTHER_TRACK
from ..core.errors import RecorderError
from ..core.session import Session
from .engine import Recorder
from .engine_status import FAILED, EngineEvent, EngineStatus
from .loopback import LoopbackSource
from .sources import AudioSource, DeviceSource

ME = "me"
OTHER = OTHER_TRACK


class CallRecorder:
    """Record a call: the same controls as :class:`Recorder` (start, pause, resume, stop, wait, status)."""

    def __init__(
        self,
        session: Session,
        device: str | int | None = None,
        loopback: str | None = None,
        *,
        block_ms: int = 100,
        rate: int | None = None,
        source: AudioSource | None = None,
        other_source: AudioSource | None = None,
        on_event: Callable[[EngineEvent], None] | None = None,
    ) -> None:
        self.session = session
        mic = source if source is not None else DeviceSource(device)
        if isinstance(mic, DeviceSource):
            mic.avoid_monitors = True
        self.me = Recorder(session, device, block_ms=block_ms, rate=rate, source=mic, on_event=on_event)
        self.me.refuse_monitor = True
        other = other_source if other_source is not None else LoopbackSource(loopback)
        self.other = Recorder(session, block_ms=block_ms, rate=rate, source=other, on_event=on_event, track=OTHER_TRACK)
        self._stop_lock = threading.Lock()

    @property
    def first_audio_durable(self) -> threading.Event:
        return self.me.first_audio_durable

    @property
    def last_error(self) -> RecorderError | None:
        return self.me.last_error

    def start(self) -> None:
        """Start the microphone (its failure is the call's, as for one track), then the other party: a loopback
        that cannot be opened is recorded as failed on its track and the microphone goes on."""
        self.me.start()
        try:
            self.other.start()
        except RecorderError:
            pass  # recorded by the other recorder as an "input" "failed" entry of its track; on_event was told

    def pause(self) -> None:
        self.other.pause()
        self.me.pause()

    def resume(self) -> None:
        self.me.resume()
        self.other.resume()

    def stop(self, reason: str = "stopped") -> None:
        """The other party's queued blocks first, then the microphone's recorder seals the session."""
        with self._stop_lock:
            self.other.stop(reason)
            self.me.stop(reason)

    def wait(self, timeout: float | None = None) -> bool:
        return self.me.wait(timeout)

    def status(self) -> EngineStatus:
        return self.me.status()

    def other_status(self) -> EngineStatus:
        return self.other.status()

    @property
    def other_failed(self) -> bool:
        return self.other.status().state == FAILED
