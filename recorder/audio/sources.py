"""Where blocks come from: a live input device (PortAudio), or a test source that is never presented as live.

A source delivers each block as ``deliver(samples, first_frame_mono_ns, overflow)`` from its own thread and
only then; the engine's queue takes it from there. Test sources (a generated tone, a WAV file) pace themselves
in real time (or faster, for benchmarks) and say ``live=False`` — the session's first entry records that
(DESIGN rule: a non-live source says so everywhere).
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import sounddevice as sd

from ..core.errors import RecorderError
from ..core.session import Source
from . import devices
from . import messages as M

if TYPE_CHECKING:  # NumPy is for the test sources only; live capture starts without it
    import numpy as np
    import numpy.typing as npt

# deliver(samples, first_frame_mono_ns, overflow): samples is a C-contiguous buffer of 16-bit mono samples.
Deliver = Callable[[Any, int, bool], None]
Finished = Callable[[], None]


class RunningInput(Protocol):
    """An opened, started input. ``active`` turns False when it stops delivering for good (device gone)."""

    @property
    def active(self) -> bool: ...

    def close(self) -> None: ...


class AudioSource(Protocol):
    """What the engine records from. ``prepare`` picks the input and rate and raises RecorderError if it cannot."""

    live: bool
    kind: str

    def prepare(self, rate: int | None) -> tuple[str, int]: ...

    def open(self, rate: int, block_frames: int, deliver: Deliver, finished: Finished) -> RunningInput: ...

    def reconnect(self, rate: int) -> str | None: ...

    def describe(self) -> Source: ...


# -- a live device ------------------------------------------------------------------------------------------
class _PortAudioInput:
    def __init__(self, stream: sd.RawInputStream) -> None:
        self._stream = stream

    @property
    def active(self) -> bool:
        return bool(self._stream.active)

    def close(self) -> None:
        try:
            self._stream.close(ignore_errors=True)
        except sd.PortAudioError:
            pass


class DeviceSource:
    """A live capture device: by name, by index, or the system's default input (``None``)."""

    live = True
    kind = "device"

    def __init__(self, device: str | int | None = None) -> None:
        self.requested = device
        self.choice: devices.InputChoice | None = None
        # In a call (recorder/audio/call.py): never fall back to a default input that is an output's sound.
        self.avoid_monitors = False

    def prepare(self, rate: int | None) -> tuple[str, int]:
        self.choice = devices.choose_input(self.requested, rate)
        return self.choice.name, self.choice.rate

    def describe(self) -> Source:
        name = self.choice.name if self.choice else str(self.requested or "default")
        return Source(name, live=True, kind="device")

    def open(self, rate: int, block_frames: int, deliver: Deliver, finished: Finished) -> RunningInput:
        if self.choice is None:
            self.prepare(rate)
        assert self.choice is not None
        block_ns = block_frames * 1_000_000_000 // rate
        mono = time.monotonic_ns

        def callback(indata: Any, frames: int, when: Any, status: sd.CallbackFlags) -> None:
            # Runs on PortAudio's thread: read the clock, copy, return. The first frame was captured at least one
            # block ago; PortAudio's own estimate of the input latency is used when it is larger and plausible.
            now = mono()
            try:
                latency = int((when.currentTime - when.inputBufferAdcTime) * 1e9)
            except (AttributeError, TypeError, ValueError):
                latency = 0
            if latency < block_ns or latency > 1_000_000_000:
                latency = block_ns
            deliver(indata, now - latency, bool(status.input_overflow))

        with devices._portaudio_lock:
            try:
                # The raw stream hands over PortAudio's own buffer (mono int16): no NumPy array per block.
                stream = sd.RawInputStream(
                    device=self.choice.index,
                    samplerate=rate,
                    channels=1,
                    dtype=devices.SAMPLE_DTYPE,
                    blocksize=block_frames,
                    callback=callback,
                    finished_callback=finished,
                )
            except (sd.PortAudioError, ValueError) as exc:
                raise RecorderError(M.INPUT_FAILED, device=self.choice.name, reason=_reason(exc)) from None
            try:
                stream.start()
            except sd.PortAudioError as exc:
                stream.close(ignore_errors=True)
                raise RecorderError(M.INPUT_FAILED, device=self.choice.name, reason=_reason(exc)) from None
        return _PortAudioInput(stream)

    def reconnect(self, rate: int) -> str | None:
        """After the input was lost: re-read the devices, try the same one, then the default. None = not yet."""
        try:
            devices.refresh()
        except sd.PortAudioError:
            return None
        for candidate in (self.requested, None) if self.requested not in (None, "") else (None,):
            if candidate is None and self.avoid_monitors and devices.default_source_is_monitor():
                continue
            try:
                index, name, _default_rate = devices.find_input(candidate)
            except RecorderError:
                continue
            if devices.accepts(index, rate):
                self.choice = devices.InputChoice(index, name, rate)
                return name
        return None


def _reason(exc: BaseException) -> str:
    text = str(exc.args[0]) if exc.args else str(exc)
    return text.strip() or type(exc).__name__


# -- test sources (never live) --------------------------------------------------------------------------------
class _PacedInput:
    """Delivers blocks from ``make_block`` on a thread, at ``speed`` × real time."""

    def __init__(
        self,
        make_block: Callable[[int], npt.NDArray[np.int16] | None],
        rate: int,
        block_frames: int,
        deliver: Deliver,
        finished: Finished,
        speed: float,
    ) -> None:
        self._make = make_block
        self._rate = rate
        self._frames = block_frames
        self._deliver = deliver
        self._finished = finished
        self._speed = speed
        self._stop = threading.Event()
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, name="test-audio-source", daemon=True)
        self._thread.start()

    @property
    def active(self) -> bool:
        return not self._done.is_set()

    def _run(self) -> None:
        try:
            t0 = time.monotonic_ns()
            block_ns = self._frames * 1_000_000_000 // self._rate
            k = 0
            while not self._stop.is_set():
                # A block is "captured" once its last frame has passed; pace on that.
                due = t0 + int((k + 1) * block_ns / self._speed)
                delay = (due - time.monotonic_ns()) / 1e9
                if delay > 0 and self._stop.wait(delay):
                    break
                block = self._make(k)
                if block is None:
                    break
                first = t0 + int(k * block_ns / self._speed)
                self._deliver(block, first, False)
                k += 1
        finally:
            self._done.set()
            self._finished()

    def close(self) -> None:
        self._stop.set()
        if threading.current_thread() is not self._thread:
            self._thread.join(timeout=5)


class ToneSource:
    """A generated sine tone (for tests and benchmarks). Recorded as ``kind="test-signal"``, not live."""

    live = False
    kind = "test-signal"

    def __init__(self, frequency: float = 440.0, level: float = 0.25, rate: int = 48_000, speed: float = 1.0) -> None:
        self.frequency = frequency
        self.level = level
        self.rate = rate
        self.speed = speed
        self.name = f"test tone {frequency:g} Hz"

    def prepare(self, rate: int | None) -> tuple[str, int]:
        if rate is not None:
            self.rate = rate
        return self.name, self.rate

    def describe(self) -> Source:
        return Source(self.name, live=False, kind=self.kind)

    def open(self, rate: int, block_frames: int, deliver: Deliver, finished: Finished) -> RunningInput:
        import numpy as np

        # One period-aligned buffer; each block is a slice of it, so the benchmark measures the writer, not numpy.
        n = np.arange(rate, dtype=np.float64)
        cycle = np.round(self.level * 32767 * np.sin(2 * math.pi * self.frequency * n / rate)).astype(np.int16)
        ring = np.concatenate([cycle, cycle[:block_frames]])

        def make(k: int) -> npt.NDArray[np.int16]:
            start = (k * block_frames) % rate
            return ring[start : start + block_frames]

        return _PacedInput(make, rate, block_frames, deliver, finished, self.speed)

    def reconnect(self, rate: int) -> str | None:
        return self.name


class FileSource:
    """A sound file played in real time (for tests). Recorded as ``kind="file"``, not live; ends with the file."""

    live = False
    kind = "file"

    def __init__(self, path: Path | str, speed: float = 1.0) -> None:
        self.path = Path(path)
        self.speed = speed
        self.name = self.path.name
        self._samples: npt.NDArray[np.int16] | None = None
        self._rate = 0

    def prepare(self, rate: int | None) -> tuple[str, int]:
        import numpy as np
        import soundfile

        try:
            data, file_rate = soundfile.read(str(self.path), dtype="int16", always_2d=True)
        except (OSError, RuntimeError, ValueError, soundfile.LibsndfileError):
            raise RecorderError(M.TEST_SOURCE_UNREADABLE, path=str(self.path)) from None
        self._samples = np.ascontiguousarray(data[:, 0])
        self._rate = int(file_rate)
        if rate is not None and rate != self._rate:
            raise RecorderError(M.FORMAT_REFUSED, device=self.name, rate=rate)
        return self.name, self._rate

    def describe(self) -> Source:
        return Source(self.name, live=False, kind=self.kind)

    def open(self, rate: int, block_frames: int, deliver: Deliver, finished: Finished) -> RunningInput:
        if self._samples is None:
            self.prepare(rate)
        samples = self._samples
        assert samples is not None

        def make(k: int) -> npt.NDArray[np.int16] | None:
            start = k * block_frames
            if start >= samples.shape[0]:
                return None
            return samples[start : start + block_frames]

        return _PacedInput(make, rate, block_frames, deliver, finished, self.speed)

    def reconnect(self, rate: int) -> str | None:
        return None
