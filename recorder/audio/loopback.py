"""What the computer plays, as an input: the second track of a call (issue 16), behind the same
:class:`~recorder.audio.sources.AudioSource` interface as the microphone.

SoundCard reaches it with one API: the monitor of an output on PulseAudio and PipeWire, WASAPI loopback on
Windows. On macOS no system API is reachable from Python yet, so a virtual output such as BlackHole is chosen as the
computer's output and recorded here by its name (README, "Call mode"). The microphone stays on PortAudio
(sounddevice), whose callback and ADC times the engine already relies on; SoundCard is loaded only in call mode
(it connects to the sound server when imported).

SoundCard reads by blocking calls, so blocks are read on a thread of our own (not the sound server's): it hands
each block of 16-bit samples (on PulseAudio asked of the server in that format; elsewhere converted from SoundCard's
float) to the engine's queue with the monotonic time of its first frame (the newest frame read, less the stream's
latency as the server reports it and the frames read after the first).
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from typing import Any

from ..core.errors import Phrase, RecorderError
from ..core.session import Source
from . import devices
from . import messages as M
from .sources import Deliver, Finished, RunningInput

log = logging.getLogger(__name__)

SEC = 1_000_000_000
BYTES_PER_FRAME = 2  # 16-bit mono, as the pinned stream is opened
LOOK_MARGIN_S = 0.01  # a look comes this long after a block is expected to be complete
# How often a loopback that follows the default output asks the server which output that is (one round trip).
FOLLOW_EVERY_S = 1.0


def _soundcard() -> Any:
    """The SoundCard module; importing it connects to the sound server, so a failure is one sentence."""
    try:
        import soundcard
    except Exception as exc:  # no server, no library: the call cannot be recorded, say why
        # SoundCard asserts that its connection to the sound server is ready: without a server that is a bare
        # AssertionError, which would be shown as its class name; say it in words.
        reason = str(exc) or Phrase(M.NO_SOUND_SERVER)
        raise RecorderError(M.NO_LOOPBACK, reason=reason) from None
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
        if sys.platform.startswith("linux"):
            # SoundCard's default_speaker() fails inside libpulse's callback when no output exists (all unplugged),
            # and cffi prints that as a traceback, once a second while a lost output is looked for: asked here.
            default = _default_output()
            for m in found:
                if str(m.id) == f"{default}.monitor":
                    return str(m.id), str(m.name)
            raise RecorderError(M.NO_LOOPBACK, reason=f"no loopback of “{default or '—'}”")
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


def _pinned_recorder(device_id: str, rate: int, frames: int) -> Any:
    """On PulseAudio (and PipeWire's pulse server): SoundCard's recorder, connected with PA_STREAM_DONT_MOVE. The
    server moves a movable recording stream whenever the default input changes or its source goes away — onto the
    microphone, as the tests saw — and the other party's track would then hold the user's voice. Pinned, the stream
    ends instead (the output lost, a gap on its track). SoundCard has no flag for it, hence this subclass of its
    recorder (read only by :meth:`_LoopbackInput._read_pulse`); None where SoundCard does not use PulseAudio."""
    try:
        from soundcard import pulseaudio as pa
    except ImportError:
        return None
    lib, ffi = pa._pa, pa._ffi

    class _Pinned(pa._Recorder):  # type: ignore[misc,name-defined]
        def __enter__(self) -> Any:
            # SoundCard's own __enter__ with one change: 16-bit samples, the format the journal stores, instead of
            # float32. The server then hands over the sink's samples as they are (a null sink's, and most sound
            # cards', are 16-bit) instead of converting each to float for us to convert back on every block, and
            # half as many bytes travel. Where the sink is float (PipeWire), the server's one conversion is
            # PulseAudio's own float-to-16-bit rounding, the one _to_int16 repeats for the WASAPI path.
            spec = ffi.new("pa_sample_spec*")
            spec.format, spec.rate, spec.channels = lib.PA_SAMPLE_S16LE, self._samplerate, 1
            channel_map = lib.pa_channel_map_init_extend(ffi.new("pa_channel_map*"), 1, lib.PA_CHANNEL_MAP_DEFAULT)
            self._spec_and_map = (spec, channel_map)  # cffi frees what nothing refers to
            self.stream = pa._pulse._pa_stream_new(pa._pulse.context, self._name.encode(), spec, channel_map)
            if not self.stream:
                raise RuntimeError("the server refused the stream")
            bufattr = ffi.new("pa_buffer_attr*")
            bufattr.maxlength = bufattr.minreq = bufattr.prebuf = 2**32 - 1
            bufattr.fragsize = bufattr.tlength = BYTES_PER_FRAME * self._blocksize
            self._connect_stream(bufattr)
            while (state := pa._pulse._pa_stream_get_state(self.stream)) not in (
                lib.PA_STREAM_READY,
                lib.PA_STREAM_FAILED,
            ):
                time.sleep(0.01)
            if state == lib.PA_STREAM_FAILED:
                raise RuntimeError("the output's stream could not be opened")
            self.channels = 1
            return self

        def _connect_stream(self, bufattr: Any) -> None:
            # No read callback: _read_pulse looks by itself; a Python callback run by libpulse's thread for each
            # of ~450 fragments a second cost 1.8 % of a core on its own.
            flags = lib.PA_STREAM_ADJUST_LATENCY | lib.PA_STREAM_DONT_MOVE
            pa._pulse._pa_stream_connect_record(self.stream, self._id.encode(), bufattr, flags)

        @property
        def latency(self) -> float:
            """SoundCard's value (the latency after a fresh timing update from the server), for less: its wrapper
            waits for the server's answer by waking every millisecond and cost 0.2 % of a core at ten blocks a
            second; here libpulse's thread says when the answer is in."""
            answered = threading.Event()
            mainloop = pa._pulse.mainloop
            usec = ffi.new("pa_usec_t*")
            lib.pa_threaded_mainloop_lock(mainloop)
            try:
                operation = lib.pa_stream_update_timing_info(self.stream, self._timing_answered, ffi.NULL)
                self._answered = answered
            finally:
                lib.pa_threaded_mainloop_unlock(mainloop)
            while operation != ffi.NULL and not answered.wait(0.1):
                if lib.pa_operation_get_state(operation) != lib.PA_OPERATION_RUNNING:
                    break  # cancelled: the stream failed, and the reader will see it
            lib.pa_threaded_mainloop_lock(mainloop)
            try:
                if operation != ffi.NULL:
                    lib.pa_operation_unref(operation)
                lib.pa_stream_get_latency(self.stream, usec, ffi.NULL)
            finally:
                lib.pa_threaded_mainloop_unlock(mainloop)
            return int(usec[0]) / 1_000_000

    def timing_answered(stream: Any, success: int, userdata: Any) -> None:
        recorder._answered.set()

    recorder = _Pinned(device_id, rate, 1, frames)
    # libpulse's thread calls it once a block; kept alive as long as the recorder.
    recorder._timing_answered = ffi.callback("pa_stream_success_cb_t", timing_answered)
    recorder._answered = threading.Event()
    return recorder


class _LoopbackInput:
    """Reads blocks on its own thread until closed or the stream fails (the output went away)."""

    def __init__(
        self, device_id: str, rate: int, block_frames: int, deliver: Deliver, finished: Finished, follow: bool = False
    ) -> None:
        self._id = device_id
        self._follow = follow
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
        sc = _soundcard()
        try:
            stream = _pinned_recorder(self._id, self._rate, self._frames)
            pulse = stream is not None
            if stream is None:
                mic = sc.get_microphone(self._id, include_loopback=True)
                stream = mic.recorder(samplerate=self._rate, channels=1, blocksize=self._frames)
            stream._name = devices.LOOPBACK_STREAM  # SoundCard has no parameter for it; the watch tells by it
            with stream as rec:
                self._opened.set()
                if pulse:
                    self._read_pulse(rec)
                else:
                    self._read_blocking(rec)
        except Exception as exc:  # the output went away (the stream failed) or could not be opened
            self.error = str(exc) or type(exc).__name__
            log.info("loopback input ended: %s", self.error)
        finally:
            self._opened.set()
            self._done.set()
            self._finished()

    def _read_pulse(self, rec: Any) -> None:
        """PulseAudio hands a monitor's sound over in fragments of a few milliseconds whatever block size is asked
        for (about 450 a second here); waking for each (SoundCard's ``record``) cost 11 % of a core, and taking
        them through SoundCard's per-call wrappers still 4 %. So: look once a block, when the block should be
        complete, and, under one lock of the sound server's thread, copy every fragment that is there (libpulse's
        peek and drop), then cut blocks. A block's first frame is dated from the newest frame read (now, less the
        latency the server reports) and the frames read after it: exact whatever the look's moment. The stream is
        pinned (DONT_MOVE): when its output goes, the server ends it, and so does this."""
        from soundcard import pulseaudio as pa

        lib, ffi, mainloop, stream = pa._pa, pa._ffi, pa._pulse.mainloop, rec.stream
        data_ptr, nbytes_ptr = ffi.new("void**"), ffi.new("size_t*")
        rate, frames = self._rate, self._frames
        block_bytes = BYTES_PER_FRAME * frames
        byte_rate = BYTES_PER_FRAME * rate
        ended = (lib.PA_STREAM_FAILED, lib.PA_STREAM_TERMINATED)
        pending = bytearray()
        wait = frames / rate
        next_follow = time.monotonic() + FOLLOW_EVERY_S
        while not self._stop.wait(wait):
            if self._follow and time.monotonic() >= next_follow:
                next_follow = time.monotonic() + FOLLOW_EVERY_S
                self._check_default_output()
            lib.pa_threaded_mainloop_lock(mainloop)
            try:
                if lib.pa_stream_get_state(stream) in ended:
                    raise RuntimeError("the output's stream ended")
                while lib.pa_stream_readable_size(stream) > 0:
                    if lib.pa_stream_peek(stream, data_ptr, nbytes_ptr) < 0 or nbytes_ptr[0] == 0:
                        break
                    if data_ptr[0] == ffi.NULL:
                        pending += bytes(nbytes_ptr[0])  # a hole the server left: silence, as SoundCard reads it
                    else:
                        pending += ffi.buffer(data_ptr[0], nbytes_ptr[0])
                    lib.pa_stream_drop(stream)
            finally:
                lib.pa_threaded_mainloop_unlock(mainloop)
            if len(pending) >= block_bytes:
                now = time.monotonic_ns()
                latency = _latency_ns(rec)
                while len(pending) >= block_bytes:
                    first = now - latency - (len(pending) // BYTES_PER_FRAME) * SEC // rate
                    self._deliver(pending[:block_bytes], first, False)
                    del pending[:block_bytes]
            # The next look: when the next block should be complete (fragments come every few milliseconds), never
            # sooner than the margin nor later than a block.
            wait = min(frames / rate, max(LOOK_MARGIN_S, (block_bytes - len(pending)) / byte_rate + LOOK_MARGIN_S))

    def _check_default_output(self) -> None:
        """The stream is pinned to its output (DONT_MOVE, see _pinned_recorder), but when the computer's default
        output changes (headphones or a headset plugged in mid-call), the call's sound moves there with every
        stream that follows the default, and the pinned monitor would go on recording the old output's silence
        while the strip said "recording". So this stream ends, as if its output had gone: the engine records a gap
        on this track and re-opens the loopback on the default output's monitor (LoopbackSource.reconnect)."""
        default = _default_output()
        if default and self._id != f"{default}.monitor":
            raise RuntimeError(f"the computer's sound now goes to another output, “{default}”")

    def _read_blocking(self, rec: Any) -> None:
        """Elsewhere (WASAPI): SoundCard's blocking read of one block; dated from the moment it returned."""
        block_ns = self._frames * SEC // self._rate
        while not self._stop.is_set():
            data = rec.record(numframes=self._frames)
            now = time.monotonic_ns()
            self._deliver(_to_int16(data[:, 0]), now - block_ns - _latency_ns(rec), False)

    def close(self) -> None:
        self._stop.set()
        # A blocked read returns with the next block (or fails within a second when the output is gone).
        if threading.current_thread() is not self._thread:
            self._thread.join(timeout=2)


_server_info_cb: Any = None
_default_sink: list[str | None] = [None]


def _default_output() -> str | None:
    """The name of the server's default output (sink), None when it has none or does not answer. SoundCard's own
    ``server_info`` fails inside libpulse's callback when there is no default output (all unplugged), which cffi
    prints to stderr as a traceback: hence this callback, which reads only that name and lets NULL be None."""
    global _server_info_cb
    from soundcard import pulseaudio as pa

    ffi = pa._ffi
    if _server_info_cb is None:

        def answered(context: Any, info: Any, userdata: Any) -> None:
            name = info.default_sink_name if info != ffi.NULL else ffi.NULL
            _default_sink[0] = ffi.string(name).decode("utf-8", "replace") if name != ffi.NULL else None

        _server_info_cb = ffi.callback("pa_server_info_cb_t", answered)  # kept: libpulse calls it later
    _default_sink[0] = None
    try:
        pa._pulse._pa_context_get_server_info(pa._pulse.context, _server_info_cb, ffi.NULL)
    except Exception:  # the server went away: the stream's own end says so
        return None
    return _default_sink[0]


def _latency_ns(rec: Any) -> int:
    """The stream's latency as the server reports it (samples captured but not yet read), 0 when unknown. For a
    monitor libpulse would report it negative, taking off the output's unplayed part; that counts as 0 (read without
    libpulse's ``negative`` flag), because the server already holds a monitor's sound back from a recording stream
    by the output's latency (docs/PERFORMANCE.md, "Call mode": counted twice otherwise)."""
    try:
        latency = int(rec.latency * SEC)
    except Exception:  # timing not known yet (or not on this platform): no correction
        return 0
    return latency if 0 <= latency < SEC else 0


def _to_int16(samples: Any) -> Any:
    """The server converts its 16-bit samples to float exactly (x / 32768); this is the inverse."""
    import numpy as np

    return np.ascontiguousarray(np.clip(np.rint(samples * 32768.0), -32768, 32767).astype(np.int16))


class LoopbackSource:
    """What an output plays (the default output's when ``device`` is None): a live input, kind "loopback"."""

    live = True
    kind = "loopback"
    # WASAPI's loopback delivers nothing while nothing plays: the engine records that as silence, not as a loss.
    # PulseAudio's monitors always deliver (a late block there is late, not silence), and a pinned stream whose
    # output goes away ends, which is a loss.
    silent_when_idle = sys.platform == "win32"

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
        # No output named: the other party is whatever the computer plays, so the default output is followed when
        # it changes (headphones plugged in mid-call); one named (--loopback, the settings) is kept.
        return _LoopbackInput(self.device_id, rate, block_frames, deliver, finished, follow=not self.requested)

    def reconnect(self, rate: int) -> str | None:
        """After the output was lost: the same one if it is back, else the default output's. None = not yet."""
        for candidate in (self.requested, None) if self.requested else (None,):
            try:
                self.device_id, self.name = find_loopback(candidate)
            except RecorderError:
                continue
            return self.name
        return None
