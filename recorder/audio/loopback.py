"""What the computer plays, as an input: the second track of a call (issue 16), behind the same
:class:`~recorder.audio.sources.AudioSource` interface as the microphone.

SoundCard reaches it with one API: the monitor of an output on PulseAudio and PipeWire, WASAPI loopback on
Windows. On macOS no system API is reachable from Python yet, so a virtual output such as BlackHole is chosen as the
computer's output and recorded here by its name (README, "Call mode"). The microphone stays on PortAudio
(sounddevice), whose callback and ADC times the engine already relies on; SoundCard is loaded only in call mode
(it connects to the sound server when imported).

SoundCard reads by blocking calls, so blocks are read on a thread of our own (not the sound server's): it converts
each block to 16-bit samples and hands it to the engine's queue with the monotonic time of its first frame (the
moment the block was complete, less its length and the stream's latency as the server reports it).
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from typing import Any

from ..core.errors import RecorderError
from ..core.session import Source
from . import devices
from . import messages as M
from .sources import Deliver, Finished, RunningInput

log = logging.getLogger(__name__)

SEC = 1_000_000_000


def _soundcard() -> Any:
    """The SoundCard module; importing it connects to the sound server, so a failure is one sentence."""
    try:
        import soundcard
    except Exception as exc:  # no server, no library: the call cannot be recorded, say why
        raise RecorderError(M.NO_LOOPBACK, reason=str(exc) or type(exc).__name__) from None
    return soundcard


def loopbacks() -> list[tuple[str, str]]:
    """The outputs whose sound can be recorded, as (id, name)."""
    sc = _soundcard()
    try:
        return [(str(m.id), str(m.name)) for m in sc.all_microphones(include_loopback=True) if m.isloopback]
    except Exception as exc:
        raise RecorderError(M.NO_LOOPBACK, reason=str(exc) or type(exc).__name__) from None


def find_loopback(requested: str | None) -> tuple[str, str]:
    """The loopback to record: the one named (by id, else by part of its name), or the default output's."""
    sc = _soundcard()
    try:
        everything = sc.all_microphones(include_loopback=True)
        found = [m for m in everything if m.isloopback]
        if sys.platform == "darwin":
            # No loopback on macOS: a virtual output (BlackHole) shows as an input of its own, chosen by name.
            found = [m for m in everything if requested and requested.lower() in str(m.name).lower()]
        if requested:
            for m in found:
                if str(m.id) == requested:
                    return str(m.id), str(m.name)
            for m in found:
                if requested.lower() in str(m.name).lower():
                    return str(m.id), str(m.name)
            raise RecorderError(M.UNKNOWN_LOOPBACK, device=requested)
        speaker = sc.default_speaker()
    except RecorderError:
        raise
    except Exception as exc:
        raise RecorderError(M.NO_LOOPBACK, reason=str(exc) or type(exc).__name__) from None
    # PulseAudio/PipeWire: the output's monitor is "<sink>.monitor"; WASAPI: the loopback has the output's id.
    for m in found:
        if str(m.id) in (str(speaker.id), f"{speaker.id}.monitor"):
            return str(m.id), str(m.name)
    for m in found:
        if str(speaker.name) in str(m.name):
            return str(m.id), str(m.name)
    raise RecorderError(M.NO_LOOPBACK, reason=f"no loopback of “{speaker.name}”")


def present(device_id: str) -> bool:
    """Whether the sound server still has this source. PulseAudio (and PipeWire's pulse server) moves a recording
    stream whose source is removed to the default source instead of ending it, so the reader asks after each
    block (one round trip to the server, ~0.1 ms) and treats a vanished source as the output lost. Elsewhere
    (WASAPI) the stream itself fails."""
    try:
        from soundcard import pulseaudio
    except ImportError:
        return True
    try:
        pulseaudio._pulse.source_info(device_id)
    except IndexError:
        return False
    except Exception:  # the question failed, not the source: go on as before
        return True
    return True


def _pinned_recorder(device_id: str, rate: int, frames: int) -> Any:
    """On PulseAudio (and PipeWire's pulse server): SoundCard's recorder, connected with PA_STREAM_DONT_MOVE. The
    server moves a movable recording stream whenever the default input changes or its source goes away — onto the
    microphone, as the tests saw — and the other party's track would then hold the user's voice. Pinned, the stream
    ends instead (the output lost, a gap on its track). SoundCard has no flag for it, hence this subclass of its
    recorder; None where SoundCard does not use PulseAudio."""
    try:
        from soundcard import pulseaudio as pa
    except ImportError:
        return None

    class _Pinned(pa._Recorder):  # type: ignore[misc,name-defined]
        def _connect_stream(self, bufattr: Any) -> None:
            flags = pa._pa.PA_STREAM_ADJUST_LATENCY | pa._pa.PA_STREAM_DONT_MOVE
            pa._pulse._pa_stream_connect_record(self.stream, self._id.encode(), bufattr, flags)

            @pa._ffi.callback("pa_stream_request_cb_t")  # type: ignore[untyped-decorator]
            def read_callback(stream: Any, nbytes: Any, userdata: Any) -> None:
                self._record_event.set()

            self._callback = read_callback
            pa._pulse._pa_stream_set_read_callback(self.stream, read_callback, pa._ffi.NULL)

    return _Pinned(device_id, rate, 1, frames)


class _LoopbackInput:
    """Reads blocks on its own thread until closed or the stream fails (the output went away)."""

    def __init__(self, device_id: str, rate: int, block_frames: int, deliver: Deliver, finished: Finished) -> None:
        self._id = device_id
        self._rate = rate
        self._frames = block_frames
        self._deliver = deliver
        self._finished = finished
        self._stop = threading.Event()
        self._done = threading.Event()
        self._opened = threading.Event()
        self.error: str | None = None
        self._thread = threading.Thread(target=self._run, name="loopback-input", daemon=True)
        self._thread.start()
        self._opened.wait(10)
        if self.error is not None:
            raise RecorderError(M.NO_LOOPBACK, reason=self.error)

    @property
    def active(self) -> bool:
        return not self._done.is_set()

    def _run(self) -> None:
        import numpy as np

        sc = _soundcard()
        block_ns = self._frames * SEC // self._rate
        out = np.empty(self._frames, dtype=np.int16)
        try:
            stream = _pinned_recorder(self._id, self._rate, self._frames)
            if stream is None:
                mic = sc.get_microphone(self._id, include_loopback=True)
                stream = mic.recorder(samplerate=self._rate, channels=1, blocksize=self._frames)
            stream._name = devices.LOOPBACK_STREAM  # SoundCard has no parameter for it; the watch tells by it
            with stream as rec:
                self._opened.set()
                while not self._stop.is_set():
                    data = rec.record(numframes=self._frames)
                    now = time.monotonic_ns()
                    if not present(self._id):
                        # The output went away and the sound server moved this stream to another source (the
                        # microphone, by default): this block may already be someone else's sound. Dropped; lost.
                        raise RuntimeError("the output is gone")
                    try:
                        latency = int(rec.latency * SEC)
                    except Exception:  # timing not known yet: the block's own length is the estimate
                        latency = 0
                    latency = latency if 0 <= latency < SEC else 0
                    # The server converts its 16-bit samples to float exactly (x / 32768); this is the inverse.
                    np.multiply(data[:, 0], 32768.0, out=data[:, 0])
                    np.clip(np.rint(data[:, 0]), -32768, 32767, out=data[:, 0])
                    out[:] = data[:, 0]
                    self._deliver(out, now - block_ns - latency, False)
        except Exception as exc:  # the output went away (the stream failed) or could not be opened
            self.error = str(exc) or type(exc).__name__
            log.info("loopback input ended: %s", self.error)
        finally:
            self._opened.set()
            self._done.set()
            self._finished()

    def close(self) -> None:
        self._stop.set()
        # A blocked read returns with the next block (or fails within a second when the output is gone).
        if threading.current_thread() is not self._thread:
            self._thread.join(timeout=2)


class LoopbackSource:
    """What an output plays (the default output's when ``device`` is None): a live input, kind "loopback"."""

    live = True
    kind = "loopback"

    def __init__(self, device: str | None = None) -> None:
        self.requested = device
        self.device_id: str | None = None
        self.name = device or "default output"

    def prepare(self, rate: int | None) -> tuple[str, int]:
        self.device_id, self.name = find_loopback(self.requested)
        return self.name, rate or 48_000

    def describe(self) -> Source:
        return Source(self.name, live=True, kind=self.kind)

    def open(self, rate: int, block_frames: int, deliver: Deliver, finished: Finished) -> RunningInput:
        if self.device_id is None:
            self.prepare(rate)
        assert self.device_id is not None
        return _LoopbackInput(self.device_id, rate, block_frames, deliver, finished)

    def reconnect(self, rate: int) -> str | None:
        """After the output was lost: the same one if it is back, else the default output's. None = not yet."""
        for candidate in (self.requested, None) if self.requested else (None,):
            try:
                self.device_id, self.name = find_loopback(candidate)
            except RecorderError:
                continue
            return self.name
        return None
