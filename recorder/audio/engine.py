"""The audio capture engine: an input feeding a session, with nothing lost silently (issue 3, DESIGN §4).

Two threads meet here. The input's callback (PortAudio's thread, or a test source's) only copies each block into
the preallocated :class:`~recorder.audio.blocks.BlockQueue` and returns. The writer thread (this module) takes
blocks out, writes gap entries for anything lost, hands the PCM to :meth:`Session.append_audio` (hash, chain,
encrypt, append), ticks the session at least every 100 ms so checkpoints and fsyncs keep their cadence when no
audio flows, watches the input, and re-opens it when it was lost. Once a second it also asks the sound server which
input feeds the stream (:class:`~recorder.audio.devices.StreamInputWatch`): a server that moves the stream to
another input by itself is recorded as an ``input`` ``changed`` entry. ``on_event`` is called on the writer thread.

An audio entry's ``mono_ns`` is the monotonic time of the block's FIRST frame (recorder/core/timeline.py relies
on it); the entry can therefore be written after a note or checkpoint that carries a later time.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from ..core import messages as CM
from ..core.environment import Moment
from ..core.errors import DiskFull, RecorderError, SessionEnded
from ..core.session import Session, Source
from . import messages as M
from .blocks import Block, BlockQueue
from .devices import ServerInput, StreamInputWatch
from .engine_status import (
    FAILED,
    GAP_INPUT_LOST,
    GAP_OUTPUT_SILENT,
    GAP_OVERFLOW,
    GAP_QUEUE_FULL,
    INPUT_LOST,
    PAUSED,
    RECORDING,
    SILENCE_DBFS,
    SILENT_AFTER_NS,
    STOPPED,
    EngineEvent,
    EngineStatus,
    dbfs,
)
from .pauses import Pauses
from .sources import AudioSource, DeviceSource, RunningInput

log = logging.getLogger(__name__)

SEC = 1_000_000_000
QUEUE_SECONDS = 10  # room for a writer stalled by a slow disk; kill -9 loses what is queued, normally ~nothing
POLL_S = 0.1  # the writer polls the queue (a lock-free hand-over has nothing to wait on); each wake-up costs CPU
FIRST_POLL_S = 0.005  # ... but while waiting for the first block of an opening, which should be on disk at once
TICK_NS = 100_000_000  # session.tick() at least this often
# Blocks wait in the queue up to this long and are then written one after another: appending a block is mostly
# Python code (JSON, hash, encryption) that runs slower from cold caches, and a writer woken for each block found
# them cold. Written in twos, the two writers of a call took 1.01 % of a core against 1.18 % (averages of six runs
# side by side, each 0.97-1.08 against 1.04-1.43; 0.7-1.0 % at 300 ms). kill -9 loses what is queued: up to this
# much more (DESIGN P2 allows 1 s; the kill -9 campaign lost at most 0.34 s).
WRITE_EVERY_NS = 200_000_000
RETRY_NS = SEC  # re-open a lost input every second
WATCH_NS = SEC  # ask the sound server which input feeds the stream this often
FIRST_BLOCK_TIMEOUT_NS = 5 * SEC  # a freshly opened input that delivers nothing by then is treated as lost
STALL_TIMEOUT_NS = 2 * SEC  # an input that stops delivering (without saying so) for this long is lost


class Recorder:
    """Record from an input into ``session`` until :meth:`stop`. The session must have been started with the
    matching :class:`Source` (see :meth:`source_of`) — a test source is never recorded as live."""

    def __init__(
        self,
        session: Session,
        device: str | int | None = None,
        *,
        block_ms: int = 100,
        rate: int | None = None,
        source: AudioSource | None = None,
        on_event: Callable[[EngineEvent], None] | None = None,
        track: str | None = None,
    ) -> None:
        """``track``: None for the microphone, the session's own recording (it pauses and seals the session);
        ``OTHER_TRACK`` for a call's second input, which only adds its track's entries (see call.py)."""
        if not 10 <= block_ms <= 250:
            raise ValueError("block_ms must be between 10 and 250")
        self.session = session
        self.track = track
        # In a call: the sound server moving the microphone's stream to an output's sound (a ".monitor", as
        # PulseAudio does when the microphone goes and only monitors are left) is the microphone lost, not a change.
        self.refuse_monitor = False
        self.block_ms = block_ms
        self._requested_rate = rate
        self._source: AudioSource = source if source is not None else DeviceSource(device)
        self._on_event = on_event
        self._lock = threading.Lock()  # status fields and pauses; never taken by the audio callback
        self._state = RECORDING
        self._problem: str | None = None
        self.last_error: RecorderError | None = None
        self._input_name = ""
        self._rate = 0
        self._block_frames = 0
        self._queue: BlockQueue | None = None
        self._input: RunningInput | None = None
        self._thread: threading.Thread | None = None
        self._started_mono = 0
        self._stop_reason: str | None = None
        self._stop_requested = threading.Event()
        self._finished = threading.Event()
        self._rms = SILENCE_DBFS
        self._peak = SILENCE_DBFS
        self._pauses = Pauses()
        # Writer-thread state.
        self._prev_first: int | None = None
        self._prev_end: int | None = None
        self._opened_mono = 0
        self._last_seen = 0
        self._got_block = False
        self._lost_at: int | None = None  # when the input was found lost (until audio returns)
        self._outage_frames = 0  # the frames of the gap entries written for the current outage so far
        self._lost_first_at: int | None = None  # start of the whole outage, for the resumed entry
        self._next_retry = 0
        self._input_ended = False
        self._pending_name: str | None = None
        # The sound server's view of the live input (None for test sources, or where there is no such server).
        self._watch: StreamInputWatch | None = None
        self._server_input: ServerInput | None = None
        self._next_watch = 0
        self.first_audio_durable = threading.Event()  # set once the first audio block is fsynced
        self._level_buf: Any = None  # NumPy float32 scratch, made on the first block (NumPy loads after it)

    @staticmethod
    def source_of(device: str | int | None = None, source: AudioSource | None = None) -> Source:
        """The :class:`Source` to start a session with, for a device or a test source (prepared: may raise)."""
        src: AudioSource = source if source is not None else DeviceSource(device)
        src.prepare(None)
        return src.describe()

    # -- control (any thread) ---------------------------------------------------------------------------------
    def start(self) -> None:
        """Open the input and start the writer. Raises RecorderError (no input, unknown device, format refused)
        before any audio is recorded; the session is then sealed with the reason "input-failed" (and on_event
        hears "sealed" on the calling thread). To avoid even that session, check the input first with
        :func:`recorder.audio.devices.choose_input` (or :meth:`source_of`) before starting the session."""
        if self._thread is not None:
            return
        try:
            name, rate = self._source.prepare(self._requested_rate)
            self._rate = rate
            self._input_name = name
            self._block_frames = max(1, rate * self.block_ms // 1000)
            capacity = max(3, QUEUE_SECONDS * 1000 // self.block_ms)
            self._queue = BlockQueue(capacity, self._block_frames)
            self._opened_mono = self._last_seen = self._started_mono = time.monotonic_ns()
            self._input = self._source.open(rate, self._block_frames, self._queue.put, _nothing)
            self.session.add("input", self._input_body("opened", name))
            if self._source.kind == "device" and self._source.live:
                self._watch = StreamInputWatch()
                self._next_watch = self._started_mono + WATCH_NS
        except RecorderError as exc:
            self._close_input()
            self._fail_start(exc)
            raise
        self._thread = threading.Thread(target=self._run, name="audio-writer", daemon=True)
        self._thread.start()

    def pause(self) -> None:
        with self._lock:
            if self._state not in (RECORDING, INPUT_LOST) or self._thread is None:
                return
            self._pauses.begin(time.monotonic_ns())
            self._state = PAUSED
        if self.track is None:
            self.session.pause()

    def resume(self) -> None:
        with self._lock:
            if self._state != PAUSED:
                return
            self._pauses.end(time.monotonic_ns())
            self._state = INPUT_LOST if self._lost_at is not None else RECORDING
        if self.track is None:
            self.session.resume()

    def stop(self, reason: str = "stopped") -> None:
        """Close the input, write every queued block, seal the session. Idempotent. Called from on_event (the
        writer thread) it returns at once and the writer finishes by itself."""
        if self._stop_reason is None:
            self._stop_reason = reason
        self._stop_requested.set()
        thread = self._thread
        if thread is None:
            self._seal(self._stop_reason or reason)
            return
        if threading.current_thread() is thread:
            return
        thread.join()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait until the recording has ended (stopped, sealed or failed); True if it has."""
        return self._finished.wait(timeout)

    def status(self) -> EngineStatus:
        s = self.session
        rate = self._rate or s.rate or 0
        with self._lock:
            return EngineStatus(
                state=self._state,
                elapsed_s=(time.monotonic_ns() - self._started_mono) / SEC if self._started_mono else 0.0,
                audio_s=self.frames_recorded / rate if rate else 0.0,
                saved_up_to_s=s.saved_up_to,
                level_rms_dbfs=self._rms,
                level_peak_dbfs=self._peak,
                input_name=self._input_name,
                fingerprint=s.fingerprint,
                problem=self._problem,
            )

    @property
    def frames_recorded(self) -> int:
        """Frames of this recorder's track in the session."""
        s = self.session
        return s.audio_frames if self.track is None else s.track_frames.get(self.track, 0)

    # -- the writer thread ----------------------------------------------------------------------------------------
    def _run(self) -> None:
        queue = self._queue
        assert queue is not None
        last_tick = last_loop = write_at = time.monotonic_ns()
        try:
            while not self._stop_requested.is_set():
                # Until an opening's first block is on disk, each block is written at once; then they are held
                # until write_at and written together (WRITE_EVERY_NS), the meter meanwhile kept fresh. With
                # nothing queued, the pass is an ordinary one: the input is watched as often as before. Never more
                # than WRITE_EVERY_NS of audio is held, whatever the pace (a test source at 60x real time).
                queued = len(queue)
                hold = (
                    self._got_block
                    and 0 < queued * self.block_ms * 1_000_000 < WRITE_EVERY_NS
                    and time.monotonic_ns() < write_at
                )
                block = None if hold else queue.get()
                if block is not None:
                    self._write_block(block)
                elif hold:
                    newest = queue.newest()
                    if newest is not None:
                        self._levels(newest)
                now = time.monotonic_ns()
                if block is None and not hold:
                    write_at = now + WRITE_EVERY_NS  # the queue is empty: what comes next waits until then
                if now - last_loop > STALL_TIMEOUT_NS // 2:
                    # The writer itself did not run (the process was stopped, the machine slept): do not blame
                    # the input for the silence; give it its full time again.
                    self._last_seen = max(self._last_seen, now)
                last_loop = now
                if now - last_tick >= TICK_NS:
                    self.session.tick()
                    last_tick = now
                if now >= self._next_watch and self._watch is not None:
                    self._next_watch = now + WATCH_NS
                    self._check_server_input()
                if block is None:
                    if not hold:
                        self._watch_input(now)  # only with the queue empty: a held block is not a late one
                    # Sleep until the next block is likely there, but never past the next tick. Until the first
                    # block has come, look often: it goes to disk the moment it arrives, not up to a tick later.
                    poll = POLL_S if self._got_block else FIRST_POLL_S
                    self._stop_requested.wait(max(0.001, min(poll, (last_tick + TICK_NS - now) / SEC)))
            self._finish()
        except DiskFull as exc:
            self._on_disk_full(exc)
        except SessionEnded:
            self._close_input()
            self._set_state(STOPPED)
        except Exception as exc:  # a bug must not lose what was captured: seal what there is, say so
            log.exception("audio writer failed")
            self._on_failure(exc)
        finally:
            self._finished.set()

    def _finish(self) -> None:
        """Stop requested: close the input, write what is queued, account for the rest, seal."""
        self._close_input()
        if self._watch is not None:
            self._watch.close()
        queue = self._queue
        assert queue is not None
        while (block := queue.get()) is not None:
            self._write_block(block)
        dropped = queue.take_dropped()
        if dropped:
            self._gap(GAP_QUEUE_FULL, dropped, "blocks dropped while the writer was behind, just before the stop")
        if self._lost_at is not None:
            n = self._frames_between(self._lost_at, time.monotonic_ns())
            self._gap(GAP_INPUT_LOST, n, "no input until the recording stopped", event=False)
        self._seal(self._stop_reason or "stopped")

    def _write_block(self, block: Block) -> None:
        queue = self._queue
        if self._lost_at is not None and queue is not None and block.stream != queue.stream:
            return  # from the opening that was lost (see _on_lost)
        rate = self._rate
        now = time.monotonic_ns()
        self._last_seen = now
        self._got_block = True
        first = block.first_mono_ns
        if self._prev_first is not None and first < self._prev_first:
            first = self._prev_first  # audio times never run backwards among themselves
        block_ns = block.frames * SEC // rate
        if self._lost_at is not None:
            self._on_resumed(first)
        if block.dropped_before:
            self._gap(GAP_QUEUE_FULL, block.dropped_before, "the writer fell behind; blocks were dropped")
        if block.overflow:
            est = self._frames_between(self._prev_end, first) if self._prev_end is not None else 0
            self._gap(GAP_OVERFLOW, est, "the audio system reported lost input; the frame count is estimated")
        for seg_start, seg_end in self._pauses.unpaused(first, first + block_ns):
            i0 = (seg_start - first) * rate // SEC
            i1 = block.frames if seg_end >= first + block_ns else (seg_end - first) * rate // SEC
            if i1 > i0:
                utc = seg_start + (time.time_ns() - time.monotonic_ns())
                self.session.append_audio(
                    block.pcm[2 * i0 : 2 * i1],
                    rate=rate,
                    captured=Moment(utc_ns=utc, mono_ns=seg_start),
                    track=self.track,
                )
        self._prev_first = first
        self._prev_end = first + block_ns
        if not self.first_audio_durable.is_set() and self.session.durable_frames > 0:
            # A milestone for the log (and the start-up benchmarks): the first audio is on disk, fsynced.
            self.first_audio_durable.set()
            log.info("first audio saved to disk, %.3f s after the input opened", (now - self._opened_mono) / SEC)
        # After the append: the meter is for the eyes, the journal comes first (and the very first block is on
        # disk before NumPy has loaded). Of blocks written together, only the newest is shown.
        if queue is None or len(queue) == 0:
            self._levels(block.pcm)

    def _levels(self, pcm: bytes) -> None:
        import numpy as np  # loaded once, on the writer thread, after the first block is written

        x = np.frombuffer(pcm, dtype=np.int16)
        n = int(x.size)
        if n:
            if self._level_buf is None or self._level_buf.size < n:
                self._level_buf = np.empty(n, dtype=np.float32)
            f = self._level_buf[:n]
            np.copyto(f, x, casting="unsafe")  # no allocation per block: this runs ten times a second for hours
            rms = dbfs(float(np.sqrt(np.dot(f, f) / n)))
            peak = dbfs(float(max(int(x.max()), -int(x.min()))))
        else:
            rms = peak = SILENCE_DBFS
        with self._lock:
            self._rms, self._peak = rms, peak

    # -- the input going away and coming back ------------------------------------------------------------------
    def _watch_input(self, now: int) -> None:
        if self._input_ended:
            return
        if self._lost_at is None:
            inp = self._input
            if inp is None:
                return
            if inp.active and getattr(self._source, "silent_when_idle", False):
                # Nothing delivered, the stream still open: nothing was played (issue 16 §2). Recorded by the clock
                # as silence with its reason, never as lost input; the other track is not touched.
                since = self._prev_end if self._prev_end is not None else self._opened_mono
                if now - since >= SILENT_AFTER_NS:
                    n = self._frames_between(since, now)
                    self._gap(GAP_OUTPUT_SILENT, n, "nothing was played; the loopback delivers nothing then", False)
                    self._prev_end = self._last_seen = now
                return
            timeout = STALL_TIMEOUT_NS if self._got_block else FIRST_BLOCK_TIMEOUT_NS
            if inp.active and now - self._last_seen < timeout:
                return
            if self._source.kind == "file" and not inp.active:
                # A test file that has played to its end: nothing is lost, the recording just has no more audio.
                self._close_input()
                self._input_ended = True
                self.session.add("input", {**self._track_field(), "event": "ended", "device": self._input_name})
                return
            how = "stopped" if not inp.active else f"delivered nothing for {timeout // SEC} s"
            self._on_lost(now, how)
        elif self._input is not None:
            # Re-opened, waiting for audio to return.
            if self._input.active and now - self._last_seen < FIRST_BLOCK_TIMEOUT_NS:
                return
            self._close_input()
            self._next_retry = now + RETRY_NS
        elif now >= self._next_retry:
            self._try_reopen(now)

    def _check_server_input(self) -> None:
        """Record it when the sound server has moved the stream to another input (the first answer is the
        baseline; none is asked while the input is lost, and the baseline is taken anew after it resumed)."""
        watch = self._watch
        if watch is None or not watch.enabled or self._lost_at is not None or self._input is None:
            return
        now_on = watch.current()
        if now_on is None:
            return
        if self.refuse_monitor and now_on.name.endswith(".monitor"):
            self._on_lost(time.monotonic_ns(), f"was replaced by the sound of an output, “{now_on.description}”")
            return
        before = self._server_input
        self._server_input = now_on
        if before is None or before.name == now_on.name:
            return
        self.session.add(
            "input",
            {
                **self._input_body("changed", now_on.description),
                "server_name": now_on.name,
                "previous": before.description,
                "previous_server_name": before.name,
            },
        )
        with self._lock:
            self._input_name = now_on.description
        self._emit("input-changed", {"device": now_on.description, "previous": before.description}, M.INPUT_CHANGED)

    def _on_lost(self, now: int, how: str) -> None:
        self._close_input()
        if self._queue is not None:
            # Blocks still queued from this opening are not audio of the input now lost (an input replaced by the
            # server delivered until the close): they are dropped, their time is in the gap.
            self._queue.stream += 1
        since = self._prev_end if self._prev_end is not None else self._opened_mono
        n = self._frames_between(since, now)
        name = self._input_name
        self._gap(GAP_INPUT_LOST, n, f"the input “{name}” {how}", event=False)
        self._outage_frames = n
        self._lost_at = self._lost_first_at = now
        self._next_retry = now + RETRY_NS
        with self._lock:
            if self._state != PAUSED:
                self._state = INPUT_LOST
            self._problem = M.INPUT_LOST if self.track is None else M.OTHER_LOST
        self._emit("input-lost", {"device": name, "frames_lost": n, "rate": self._rate}, self._problem)

    def _try_reopen(self, now: int) -> None:
        self._next_retry = now + RETRY_NS
        name = self._source.reconnect(self._rate)
        if name is None:
            return
        queue = self._queue
        assert queue is not None
        queue.stream += 1
        try:
            self._input = self._source.open(self._rate, self._block_frames, queue.put, _nothing)
        except RecorderError:
            self._input = None
            return
        self._pending_name = name
        self._last_seen = time.monotonic_ns()
        self._got_block = False

    def _on_resumed(self, first: int) -> None:
        assert self._lost_at is not None and self._lost_first_at is not None
        name = self._pending_name or self._input_name
        n = self._frames_between(self._lost_at, first)
        self._gap(GAP_INPUT_LOST, n, f"no input until it resumed on “{name}”", event=False)
        outage_ms = (first - self._lost_first_at) // 1_000_000
        self.session.add("input", {**self._input_body("resumed", name), "outage_ms": max(0, outage_ms)})
        self._lost_at = self._lost_first_at = None
        self._server_input = None  # a new stream: its input is the new baseline
        self._prev_end = None  # the new opening's clock starts here; no overflow estimate across the outage
        with self._lock:
            self._input_name = name
            if self._state == INPUT_LOST:
                self._state = RECORDING
            self._problem = None
        # The gap the user is told of is the one recorded: both of its entries, from the last block before the
        # loss (not from the moment it was noticed, up to 2 s later) to the first block after (issue 12 §5).
        seconds = (self._outage_frames + n) / self._rate
        self._outage_frames = 0
        said = M.INPUT_RESUMED if self.track is None else M.OTHER_RESUMED
        self._emit("input-resumed", {"device": name, "seconds": seconds, "rate": self._rate}, said)

    # -- endings ------------------------------------------------------------------------------------------------------
    def _on_disk_full(self, exc: DiskFull) -> None:
        self._close_input()
        self.last_error = exc
        with self._lock:
            self._state = FAILED
            self._problem = exc.sentence()
        self._emit("disk-full", {}, CM.DISK_FULL)
        self._seal("disk-full")

    def _on_failure(self, exc: BaseException) -> None:
        self._close_input()
        self.last_error = exc if isinstance(exc, RecorderError) else RecorderError(M.RECORDING_FAILED)
        with self._lock:
            self._state = FAILED
            self._problem = self.last_error.sentence()
        self._emit("failed", {**self.last_error.params, "error": type(exc).__name__}, self.last_error.message)
        self._seal("failed")

    def _fail_start(self, exc: RecorderError) -> None:
        self.last_error = exc
        with self._lock:
            self._state = FAILED
            self._problem = exc.sentence()
        try:
            self.session.add(
                "input",
                {**self._track_field(), "event": "failed", "device": self._input_name, "reason": exc.sentence()},
            )
        except RecorderError:
            pass
        self._seal("input-failed")
        self._finished.set()

    def _seal(self, reason: str) -> None:
        """Seal; if even that fails (the disk is full), leave the session for recovery to mark. A call's second
        track never seals: the microphone's recorder does, after this one has written what it had."""
        s = self.session
        if self.track is not None:
            with self._lock:
                if self._state != FAILED:
                    self._state = STOPPED
            return
        if s.sealed:
            return
        try:
            s.seal(reason)
        except (RecorderError, OSError) as exc:
            log.warning("could not seal session %s (%s); it will be recovered on the next start", s.id, exc)
            try:
                s.abandon()
            except OSError:
                pass
            with self._lock:
                self._state = FAILED
            return
        with self._lock:
            if self._state != FAILED:
                self._state = STOPPED
        rate = self._rate or s.rate or 0
        self._emit(
            "sealed",
            {"reason": reason, "audio_s": s.audio_frames / rate if rate else 0.0, "fingerprint": s.fingerprint},
        )

    # -- helpers ----------------------------------------------------------------------------------------------------
    def _input_body(self, event: str, name: str) -> dict[str, Any]:
        return {
            "event": event,
            "device": name,
            "rate": self._rate,
            "block_frames": self._block_frames,
            "live": bool(self._source.live),
            "kind": self._source.kind,
            **self._track_field(),
        }

    def _track_field(self) -> dict[str, Any]:
        return {"track": self.track} if self.track is not None else {}

    def _gap(self, reason: str, frames: int, detail: str, event: bool = True) -> None:
        frames = max(0, int(frames))
        self.session.add_gap(reason, frames, self._rate, detail, track=self.track)
        if event:
            seconds = frames / self._rate if self._rate else 0.0
            self._emit(
                "gap",
                {
                    "reason": reason,
                    "frames_lost": frames,
                    "rate": self._rate,
                    "seconds": seconds,
                    "duration_ms": frames * 1000 // self._rate if self._rate else 0,
                },
                M.AUDIO_GAP,
            )

    def _frames_between(self, start: int | None, end: int) -> int:
        """Frames that would have been captured between two moments, paused time excluded."""
        if start is None or end <= start:
            return 0
        ns = sum(e - s for s, e in self._pauses.unpaused(start, end))
        return ns * self._rate // SEC

    def _close_input(self) -> None:
        inp, self._input = self._input, None
        if inp is not None:
            inp.close()

    def _set_state(self, state: str) -> None:
        with self._lock:
            self._state = state

    def _emit(self, kind: str, detail: dict[str, Any], message: str | None = None) -> None:
        if self._on_event is None:
            return
        try:
            # Which track it concerns, so that the state strip can name the device lost in a call.
            self._on_event(EngineEvent(kind, {**detail, **self._track_field()}, message))
        except Exception:  # the listener's problem must never stop the recording
            log.exception("on_event listener failed")


def _nothing() -> None:
    pass
