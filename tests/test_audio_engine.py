"""The capture engine in-process, fed by the test tone: exact accounting of frames, pauses, levels, status."""

from __future__ import annotations

import math

import numpy as np
import pytest

from recorder.audio import messages as AM
from recorder.audio.blocks import BlockQueue
from recorder.audio.engine import Recorder
from recorder.audio.engine_status import EngineEvent
from recorder.audio.pauses import Pauses
from recorder.audio.sources import Deliver, Finished, RunningInput, ToneSource
from recorder.core.check import check_session
from recorder.core.errors import RecorderError
from recorder.core.session import Session
from recorder.core.store import SessionReader
from recorder.core.vault import Vault
from tests.fixtures.audio import PulseServer, wait_for
from tests.fixtures.core import PASSPHRASE

SEC = 1_000_000_000


def _read(vault: Vault, sid: str) -> tuple[list[dict], bytes]:  # type: ignore[type-arg]
    keys = vault.unlock(PASSPHRASE)
    entries, pcm = [], bytearray()
    for entry, payload in SessionReader(vault, keys.recording, sid).entries():
        entries.append(entry)
        if entry["kind"] == "audio":
            pcm += payload
    assert check_session(vault, keys.recording, sid).ok
    return entries, bytes(pcm)


def _tone(rate: int, frames: int, level: float = 0.25, freq: float = 440.0) -> np.ndarray:
    n = np.arange(frames) % rate
    return np.round(level * 32767 * np.sin(2 * math.pi * freq * n / rate)).astype(np.int16)


def test_a_test_tone_is_recorded_sample_for_sample_and_never_as_live(vault: Vault) -> None:
    source = ToneSource()
    session = Session.start(vault, "tone", Recorder.source_of(source=source))
    events: list[EngineEvent] = []
    rec = Recorder(session, source=source, on_event=events.append)
    rec.start()
    wait_for(lambda: rec.status().audio_s >= 1.2, timeout=20, what="1.2 s of tone")
    status = rec.status()
    assert status.state == "recording" and status.input_name == "test tone 440 Hz"
    # A sine at 0.25 of full scale: RMS 0.25/√2 → -15.05 dBFS, peak -12.04 dBFS.
    assert status.level_rms_dbfs == pytest.approx(20 * math.log10(0.25 / math.sqrt(2)), abs=0.2)
    assert status.level_peak_dbfs == pytest.approx(20 * math.log10(0.25), abs=0.2)
    wait_for(lambda: rec.status().fingerprint is not None and rec.status().saved_up_to_s > 0, what="a checkpoint")
    rec.stop()
    rec.stop()  # idempotent
    assert rec.status().state == "stopped"
    assert [e.kind for e in events] == ["sealed"]

    entries, pcm = _read(vault, session.id)
    assert entries[0]["body"]["source"] == {"name": "test tone 440 Hz", "live": False, "kind": "test-signal"}
    opened = [e for e in entries if e["kind"] == "input"]
    assert opened[0]["body"]["live"] is False and opened[0]["body"]["kind"] == "test-signal"
    samples = np.frombuffer(pcm, dtype=np.int16)
    assert np.array_equal(samples, _tone(48_000, len(samples)))
    audio = [e for e in entries if e["kind"] == "audio"]
    starts = [e["mono_ns"] for e in audio]
    assert starts == sorted(starts)


class _CountingTone(ToneSource):
    """The tone, counting every frame it hands to the engine."""

    def __init__(self, speed: float) -> None:
        super().__init__(speed=speed)
        self.delivered = 0

    def open(self, rate: int, block_frames: int, deliver: Deliver, finished: Finished) -> RunningInput:
        def counting(samples, first, overflow):  # type: ignore[no-untyped-def]
            self.delivered += len(samples)
            deliver(samples, first, overflow)

        return super().open(rate, block_frames, counting, finished)


def test_a_full_queue_becomes_gaps_that_account_for_every_frame(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    # The tone runs 50x faster than real time into a writer slowed down on purpose: the queue fills, blocks are
    # dropped, and every dropped frame must reappear in a "queue-full" gap.
    monkeypatch.setattr("recorder.audio.engine.QUEUE_SECONDS", 1)
    source = _CountingTone(speed=50)
    session = Session.start(vault, "overload", Recorder.source_of(source=source))
    slow_append = session.append_audio

    def append(pcm: bytes, **kw):  # type: ignore[no-untyped-def]
        slow_append(pcm, **kw)
        for _ in range(20):  # a slow disk, in CPU terms
            _ = sum(range(2000))

    monkeypatch.setattr(session, "append_audio", append)
    gaps: list[EngineEvent] = []
    rec = Recorder(session, block_ms=20, source=source, on_event=lambda e: gaps.append(e) if e.kind == "gap" else None)
    rec.start()
    wait_for(lambda: len(gaps) >= 2, timeout=30, what="gaps from the full queue")
    rec.stop()

    entries, pcm = _read(vault, session.id)
    lost = sum(e["body"]["frames_lost"] for e in entries if e["kind"] == "gap")
    assert {e["body"]["reason"] for e in entries if e["kind"] == "gap"} == {"queue-full"}
    assert len(pcm) // 2 + lost == source.delivered
    assert gaps[0].message == AM.AUDIO_GAP


def test_pause_and_resume_cut_the_audio_where_they_happened(vault: Vault) -> None:
    source = ToneSource()
    session = Session.start(vault, "pause", Recorder.source_of(source=source))
    rec = Recorder(session, source=source)
    rec.start()
    wait_for(lambda: rec.status().audio_s >= 0.5, what="audio before the pause")
    rec.pause()
    assert rec.status().state == "paused"
    paused_at = rec.status().audio_s
    wait_for(lambda: rec.status().elapsed_s >= paused_at + 1.0, what="time to pass while paused")
    rec.resume()
    wait_for(lambda: rec.status().audio_s >= paused_at + 0.5, what="audio after the resume")
    rec.stop()

    entries, _pcm = _read(vault, session.id)
    pause = next(e for e in entries if e["kind"] == "pause")
    resume = next(e for e in entries if e["kind"] == "resume")
    blocks = [
        (e["mono_ns"], e["mono_ns"] + e["body"]["frames"] * SEC // e["body"]["rate"])
        for e in entries
        if e["kind"] == "audio"
    ]
    # No audio from inside the pause (the pause moment is taken just before its entry is written, the resume
    # moment just before its entry: 5 ms covers the writing).
    assert not any(
        start < resume["mono_ns"] - 5_000_000 and end > pause["mono_ns"] + 5_000_000 for start, end in blocks
    )
    assert any(end <= pause["mono_ns"] for _, end in blocks)
    assert any(start >= resume["mono_ns"] - 5_000_000 for start, _ in blocks)
    assert not [e for e in entries if e["kind"] == "gap"]  # a pause is not a loss


def test_unpaused_parts_of_a_block() -> None:
    pauses = Pauses()
    pauses.begin(100)
    pauses.end(200)
    pauses.begin(300)  # still paused
    assert pauses.unpaused(0, 400) == [(0, 100), (200, 300)]
    assert pauses.unpaused(150, 250) == [(200, 250)]
    assert pauses.unpaused(310, 400) == []
    rec = Recorder.__new__(Recorder)
    rec._pauses = pauses
    rec._rate = 1000
    assert rec._frames_between(0, 400) == 0  # 200 ns unpaused at 1 kHz


def test_block_queue_drops_when_full_and_says_how_much() -> None:
    q = BlockQueue(capacity=3, max_frames=4)
    block = np.arange(4, dtype=np.int16)
    q.put(block, 1, False)
    q.put(block + 10, 2, False)
    q.put(block + 20, 3, False)  # ring full (one slot kept for the block being copied): dropped
    q.put(block + 30, 4, True)
    first = q.get()
    assert first is not None and first.pcm == block.tobytes() and first.dropped_before == 0
    q.put(block + 40, 5, False)
    second, third = q.get(), q.get()
    assert second is not None and np.frombuffer(second.pcm, np.int16)[0] == 10
    assert third is not None and third.dropped_before == 8 and third.first_mono_ns == 5
    assert q.get() is None
    q.put(np.arange(9, dtype=np.int16), 6, False)  # longer than a slot: dropped, counted
    assert q.take_dropped() == 9 and q.dropped_total == 17


def test_an_input_that_cannot_be_opened_fails_before_any_audio(pulse: PulseServer, vault: Vault) -> None:
    session = Session.start(vault, "no such input", Recorder.source_of(source=ToneSource()))
    events: list[EngineEvent] = []
    rec = Recorder(session, "Microphone That Is Not There", on_event=events.append)
    with pytest.raises(RecorderError) as caught:
        rec.start()
    assert caught.value.message == AM.UNKNOWN_INPUT
    status = rec.status()
    assert status.state == "failed" and status.problem == caught.value.sentence()
    assert session.sealed and session.seal_reason == "input-failed"
    entries, pcm = _read(vault, session.id)
    assert pcm == b"" and entries[-1]["body"]["reason"] == "input-failed"


class _OverflowingTone(ToneSource):
    """The tone, but block 5 comes with the input-overflow flag after 0.5 s of frames went missing."""

    def open(self, rate: int, block_frames: int, deliver: Deliver, finished: Finished) -> RunningInput:
        state = {"k": 0}

        def flaky(samples, first, overflow):  # type: ignore[no-untyped-def]
            k = state["k"]
            state["k"] += 1
            if k == 5:
                return  # this block never arrives …
            deliver(samples, first, overflow or k == 6)  # … and the next one says input overflowed

        return super().open(rate, block_frames, flaky, finished)


def test_an_overflow_reported_by_the_audio_system_becomes_a_gap(vault: Vault) -> None:
    source = _OverflowingTone()
    session = Session.start(vault, "overflow", Recorder.source_of(source=source))
    rec = Recorder(session, source=source)
    rec.start()
    wait_for(lambda: rec.status().audio_s >= 1.0, timeout=20, what="audio after the overflow")
    rec.stop()
    entries, pcm = _read(vault, session.id)
    gaps = [e for e in entries if e["kind"] == "gap"]
    assert [g["body"]["reason"] for g in gaps] == ["overflow"]
    # Estimated from the block times: one 100 ms block (4800 frames) is missing, give or take a few ms of clock.
    assert abs(gaps[0]["body"]["frames_lost"] - 4800) <= 48 * 5
    kinds = [e["kind"] for e in entries if e["kind"] != "checkpoint"]  # a checkpoint may fall in between
    assert kinds[kinds.index("gap") + 1] == "audio"  # the gap stands right before the block that reported it


class _UnpluggableTone(ToneSource):
    """A tone whose input can be pulled out; re-opening fails while ``plugged`` is False."""

    def __init__(self) -> None:
        super().__init__()
        self.plugged = True
        self.current: RunningInput | None = None
        self.reconnects = 0

    def open(self, rate: int, block_frames: int, deliver: Deliver, finished: Finished) -> RunningInput:
        self.current = super().open(rate, block_frames, deliver, finished)
        return self.current

    def unplug(self) -> None:
        self.plugged = False
        assert self.current is not None
        self.current.close()  # the stream ends: active turns False, as PortAudio's does when the device goes

    def reconnect(self, rate: int) -> str | None:
        self.reconnects += 1
        return self.name if self.plugged else None


def test_a_lost_input_is_retried_every_second_and_every_lost_frame_is_a_gap(vault: Vault) -> None:
    source = _UnpluggableTone()
    session = Session.start(vault, "unplug", Recorder.source_of(source=source))
    events: list[EngineEvent] = []
    rec = Recorder(session, source=source, on_event=events.append)
    rec.start()
    wait_for(lambda: rec.status().audio_s >= 0.3, what="audio before the loss")
    source.unplug()
    wait_for(lambda: rec.status().state == "input-lost", what="the loss to be noticed")
    assert rec.status().problem == AM.INPUT_LOST
    wait_for(lambda: source.reconnects >= 2, timeout=10, what="two attempts to re-open")
    source.plugged = True
    wait_for(lambda: rec.status().state == "recording", timeout=10, what="the input to come back")
    resumed_at = rec.status().audio_s
    wait_for(lambda: rec.status().audio_s >= resumed_at + 0.3, what="audio after the return")
    source.unplug()  # … and gone again when the recording is stopped
    wait_for(lambda: rec.status().state == "input-lost", what="the second loss")
    rec.stop()

    assert [e.kind for e in events] == ["input-lost", "input-resumed", "input-lost", "sealed"]
    entries, _pcm = _read(vault, session.id)
    gaps = [e["body"] for e in entries if e["kind"] == "gap"]
    assert [g["reason"] for g in gaps] == ["input-lost"] * 4
    assert "until the recording stopped" in gaps[-1]["detail"]
    resumed = [e for e in entries if e["kind"] == "input" and e["body"]["event"] == "resumed"]
    assert len(resumed) == 1 and resumed[0]["body"]["outage_ms"] >= 1000  # two failed attempts, a second apart
    # The two gaps of the first outage cover exactly the time from the end of the last block before it to the
    # first frame after it (the tone's frame times are its exact schedule).
    first_gap = next(e for e in entries if e["kind"] == "gap")
    last_before = [e for e in entries if e["kind"] == "audio" and e["seq"] < first_gap["seq"]][-1]
    first_after = next(e for e in entries if e["kind"] == "audio" and e["seq"] > resumed[0]["seq"])
    end_before = last_before["mono_ns"] + last_before["body"]["frames"] * SEC // 48_000
    expected = (first_after["mono_ns"] - end_before) * 48_000 // SEC
    assert abs(gaps[0]["frames_lost"] + gaps[1]["frames_lost"] - expected) <= 2
