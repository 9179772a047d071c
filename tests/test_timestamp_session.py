"""A session stamped while it records: at the start, during and at the seal; queued while no authority answers;
rejected answers with their reasons; and a recording that never waits for an authority."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from recorder.core.session import Session, Source
from recorder.core.vault import Vault
from recorder.timestamp import messages as M
from recorder.timestamp.queue import StampStore
from recorder.timestamp.stamper import Stamper, send_pending, sessions_with_pending
from tests.fixtures.tsa import LocalTSA, TsaPki, settings_for, trust_for

BLOCK = b"\x01\x00" * 4800  # 100 ms at 48 kHz


def until(condition: Callable[[], bool], timeout: float = 20.0) -> None:
    """Wait for a condition the test cannot be told about directly (a worker thread's result on disk)."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not reached"
        time.sleep(0.02)


def start(vault: Vault) -> Session:
    return Session.start(vault, "Door visit", Source("test tone", live=False, kind="test-signal"))


def kinds(store: StampStore) -> list[str]:
    return sorted(str(t.doc["kind"]) for t in store.tokens())


def test_start_during_and_seal_are_stamped(vault: Vault, tsa: LocalTSA, tsa_pki: TsaPki) -> None:
    session = start(vault)
    # 0.005 min = 0.3 s between checkpoint stamps: the "every N minutes" cadence, made short for the test.
    stamper = Stamper(session, settings_for(tsa, interval_minutes=0.005), trust_for(tsa_pki)).start()
    until(lambda: kinds(stamper.store) == ["start"])
    first = stamper.store.tokens()[0]
    assert first.entry_hash == session.first_hash
    checkpoint_hashes: set[str] = set()
    while len(checkpoint_hashes) < 2:
        session.append_audio(BLOCK, rate=48000)
        session.tick()
        checkpoint_hashes = {t.entry_hash for t in stamper.store.tokens() if t.doc["kind"] == "checkpoint"}
        time.sleep(0.05)  # paces the fake audio like a microphone would
    head = session.seal()
    stamper.stop()
    assert not stamper.running
    found = kinds(stamper.store)
    assert found.count("start") == 1 and found.count("seal") == 1 and found.count("checkpoint") >= 2
    assert {t.entry_hash for t in stamper.store.tokens() if t.doc["kind"] == "seal"} == {head}
    assert stamper.requests() == []
    for t in stamper.store.tokens():
        assert t.doc["tsa"] == "Test TSA" and abs(int(t.doc["clock_difference_ms"])) < 5000
        assert (stamper.store.dir / str(t.doc["root"])).is_file()


def test_down_for_a_while_then_stamped_later(vault: Vault, tsa_down: LocalTSA, tsa_pki: TsaPki) -> None:
    session = start(vault)
    stamper = Stamper(session, settings_for(tsa_down), trust_for(tsa_pki)).start()
    until(lambda: [r.state for r in stamper.requests()] == ["queued"])
    problem = stamper.requests()[0].last_problem
    assert problem is not None and problem.message == M.UNREACHABLE
    assert (stamper.store.queue_dir / f"{session.first_hash}.json").is_file()
    session.append_audio(BLOCK, rate=48000)
    tsa_down.start()  # the authority comes back
    until(lambda: kinds(stamper.store) == ["start"])
    assert stamper.requests() == []
    session.seal()
    stamper.stop()
    assert kinds(stamper.store) == ["seal", "start"]


def test_queued_stamps_are_sent_on_a_later_launch(vault: Vault, tsa_down: LocalTSA, tsa_pki: TsaPki) -> None:
    session = start(vault)
    stamper = Stamper(session, settings_for(tsa_down), trust_for(tsa_pki)).start()
    session.append_audio(BLOCK, rate=48000)
    session.seal()
    stamper.stop()
    assert sorted(r.kind for r in StampStore(session.dir).pending()) == ["seal", "start"]
    assert StampStore(session.dir).tokens() == []
    # A later launch: nothing of the first run is in memory, only the queue on disk.
    tsa_down.start()
    assert sessions_with_pending(vault) == [session.dir]
    outcomes = send_pending(sessions_with_pending(vault), settings_for(tsa_down), trust_for(tsa_pki))
    assert sorted(o.kind for o in outcomes if o.done) == ["seal", "start"]
    assert kinds(StampStore(session.dir)) == ["seal", "start"]
    assert sessions_with_pending(vault) == []


def test_a_new_recording_also_sends_what_earlier_ones_left(vault: Vault, tsa_down: LocalTSA, tsa_pki: TsaPki) -> None:
    earlier = start(vault)
    s1 = Stamper(earlier, settings_for(tsa_down), trust_for(tsa_pki)).start()
    earlier.seal()
    s1.stop()
    tsa_down.start()
    later = start(vault)
    s2 = Stamper(later, settings_for(tsa_down), trust_for(tsa_pki), earlier_sessions=sessions_with_pending(vault))
    s2.start()
    until(lambda: kinds(StampStore(earlier.dir)) == ["seal", "start"])
    later.seal()
    s2.stop()
    assert kinds(StampStore(later.dir)) == ["seal", "start"]


@pytest.mark.parametrize(("mode", "message"), [("expired", M.EXPIRED), ("garbage", M.GARBAGE)])
def test_a_rejected_answer_is_kept_as_the_stamp_status(
    vault: Vault, tsa: LocalTSA, tsa_pki: TsaPki, mode: str, message: str
) -> None:
    tsa.mode = mode
    session = start(vault)
    stamper = Stamper(session, settings_for(tsa), trust_for(tsa_pki)).start()
    until(lambda: [r.state for r in stamper.requests()] == ["rejected"])
    problem = stamper.requests()[0].last_problem
    assert problem is not None and problem.message == message
    session.append_audio(BLOCK, rate=48000)  # the recording goes on
    session.seal()
    stamper.stop()
    assert stamper.store.tokens() == [] and session.sealed


def test_two_authorities_per_stamp(vault: Vault, tsa: LocalTSA, tsa_pki: TsaPki, tmp_path: Path) -> None:
    work = tmp_path / "second"
    work.mkdir()
    second = LocalTSA(tsa_pki, work).start()
    down = LocalTSA(tsa_pki, work)  # never started: the first authority in the list is down
    try:
        session = start(vault)
        settings = settings_for(down, tsa, second, copies=2)
        stamper = Stamper(session, settings, trust_for(tsa_pki)).start()
        until(lambda: len(stamper.store.tokens()) == 2)
        session.seal()
        stamper.stop()
        by_hash: dict[str, set[str]] = {}
        for t in stamper.store.tokens():
            by_hash.setdefault(t.entry_hash, set()).add(str(t.doc["authority_url"]))
        assert by_hash == {session.first_hash: {tsa.url, second.url}, session.head: {tsa.url, second.url}}
    finally:
        second.stop()


def test_a_hanging_authority_never_delays_the_recording(vault: Vault, tsa: LocalTSA, tsa_pki: TsaPki) -> None:
    """The listener only notes hashes: while the stamper is stuck inside a request that the authority will not
    answer, audio, checkpoints and the seal all go through. If any of them waited for the stamper, the seal
    would return only after the hang is released, and the check below would see the hang over."""
    tsa.mode = "hang"
    session = start(vault)
    stamper = Stamper(session, settings_for(tsa, timeout_seconds=60), trust_for(tsa_pki)).start()
    until(lambda: _in_request(stamper))
    for _ in range(30):
        session.append_audio(BLOCK, rate=48000)
        session.tick()
    session.add_note("they are still here")
    session.seal()
    hang_still_on = not tsa.release.is_set() and _in_request(stamper)
    tsa.release.set()
    stamper.stop()
    assert hang_still_on
    assert session.sealed and session.audio_frames == 30 * 4800


def _in_request(stamper: Stamper) -> bool:
    """True while the stamper thread is blocked inside the HTTP exchange (seen from its stack)."""
    import sys

    thread = stamper._thread
    if thread is None or thread.ident is None:
        return False
    frame = sys._current_frames().get(thread.ident)
    while frame is not None:
        if frame.f_code.co_name == "post_request":
            return True
        frame = frame.f_back
    return False


def test_listener_does_no_io(vault: Vault, tsa_down: LocalTSA, tsa_pki: TsaPki) -> None:
    """Called under the session lock, the listener must not touch the disk: it only notes the hash."""
    session = start(vault)
    stamper = Stamper(session, settings_for(tsa_down), trust_for(tsa_pki))
    calls: list[str] = []
    original = stamper.store.enqueue
    stamper.store.enqueue = lambda *a, **k: (calls.append(threading.current_thread().name), original(*a, **k))[1]  # type: ignore[method-assign]
    stamper.start()
    for _ in range(5):
        session.append_audio(BLOCK, rate=48000)
    session.seal()
    stamper.stop()
    assert calls and all(name.startswith("stamper-") for name in calls)


def test_a_device_clock_five_minutes_fast_is_said_plainly(
    vault: Vault, tsa: LocalTSA, tsa_pki: TsaPki, monkeypatch: pytest.MonkeyPatch
) -> None:
    from recorder.core.environment import Moment
    from recorder.timestamp import client

    class FastClock(Moment):
        def __init__(self) -> None:
            super().__init__()
            self.utc_ns += 300 * 1_000_000_000

    monkeypatch.setattr(client, "Moment", FastClock)
    session = start(vault)
    stamper = Stamper(session, settings_for(tsa), trust_for(tsa_pki)).start()
    until(lambda: kinds(stamper.store) == ["start"])
    session.seal()
    stamper.stop()
    assert all(abs(int(t.doc["clock_difference_ms"]) - 300_000) < 5_000 for t in stamper.tokens())
    warnings = [w.sentence() for w in stamper.clock_warnings()]
    assert len(warnings) == 2
    # genTime is whole seconds, so the difference reads 300 to 302 s depending on when in the second it came.
    assert re.match(r"The device clock differed from the time of Test TSA by \+30[0-2] s", warnings[0])
