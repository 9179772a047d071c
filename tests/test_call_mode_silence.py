"""Call mode (issue 16 §2): a loopback that delivers nothing while nothing plays (as WASAPI's does) is recorded as
silence by the clock with its reason, never as lost input, and the microphone's track is not touched."""

from __future__ import annotations

import threading
import time

import numpy as np

from recorder.audio.call import CallRecorder
from recorder.audio.engine import Recorder
from recorder.audio.sources import Deliver, Finished, RunningInput, ToneSource
from recorder.core.check import check_session
from recorder.core.session import Session
from recorder.core.store import SessionReader
from recorder.core.vault import Vault
from tests.fixtures.audio import wait_for
from tests.fixtures.core import PASSPHRASE

SEC = 1_000_000_000
QUIET_S = 1.5


class _QuietOutput:
    """A loopback that delivers 100 ms blocks in real time, except for QUIET_S in which nothing plays and it
    delivers nothing while its stream stays open."""

    live = False
    kind = "loopback"
    silent_when_idle = True
    name = "quiet output"

    def __init__(self) -> None:
        self.quiet_started = threading.Event()
        self.quiet_ended = threading.Event()

    def prepare(self, rate: int | None) -> tuple[str, int]:
        return self.name, rate or 48_000

    def describe(self):  # type: ignore[no-untyped-def]
        return ToneSource().describe()

    def reconnect(self, rate: int) -> str | None:
        return self.name

    def open(self, rate: int, block_frames: int, deliver: Deliver, finished: Finished) -> RunningInput:
        stop = threading.Event()
        block = np.full(block_frames, 1000, dtype=np.int16)
        me = self

        def run() -> None:
            t0, k = time.monotonic_ns(), 0
            while not stop.is_set():
                due = t0 + (k + 1) * block_frames * SEC // rate
                if stop.wait(max(0.0, (due - time.monotonic_ns()) / SEC)):
                    break
                quiet = 0.5 * SEC <= due - t0 < (0.5 + QUIET_S) * SEC
                if quiet:
                    me.quiet_started.set()
                else:
                    if me.quiet_started.is_set():
                        me.quiet_ended.set()
                    deliver(block, t0 + k * block_frames * SEC // rate, False)
                k += 1

        thread = threading.Thread(target=run, daemon=True)
        thread.start()

        class _Running:
            active = True

            def close(self) -> None:
                stop.set()
                thread.join(timeout=5)

        return _Running()


def test_a_loopback_silent_while_nothing_plays_is_silence_not_a_loss(vault: Vault) -> None:
    me, other = ToneSource(), _QuietOutput()
    session = Session.start(vault, "quiet call", Recorder.source_of(source=me))
    rec = CallRecorder(session, source=me, other_source=other)
    rec.start()
    wait_for(other.quiet_ended.is_set, timeout=20, what="the output to play again")
    wait_for(lambda: session.track_frames.get("other", 0) >= 48_000 * 1, timeout=20, what="more of the other party")
    rec.stop()

    keys = vault.unlock(PASSPHRASE)
    assert check_session(vault, keys.recording, session.id).ok
    entries = [e for e, _payload in SessionReader(vault, keys.recording, session.id).entries()]
    gaps = [e["body"] for e in entries if e["kind"] == "gap"]
    assert gaps and {(g.get("track"), g["reason"]) for g in gaps} == {("other", "output-silent")}, gaps
    silent_s = sum(g["frames_lost"] for g in gaps) / 48_000
    # The silence is counted from the end of the last block before it to the moment it was noticed and on, until
    # the blocks came back: the quiet time, give or take the writer's 100 ms look and a block.
    assert abs(silent_s - QUIET_S) <= 0.25, silent_s
    assert not [e for e in entries if e["kind"] == "input" and e["body"]["event"] != "opened"]
