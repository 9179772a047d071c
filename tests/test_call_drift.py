"""The clock measure of a call's two tracks in its checkpoints and seal (docs/FORMAT.md §4.5, §4.2 rule 9): written
by the session as the call is recorded, recomputed by the chain check, and a forged, missing or misplaced measure
refused even when the entry is signed with the session's own key."""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from recorder.audio.call import CallRecorder
from recorder.audio.engine import Recorder
from recorder.audio.sources import ToneSource
from recorder.core.canonical import canonical_json, unb64
from recorder.core.chain import GENESIS, ChainChecker, entry_hash, sign_entry
from recorder.core.check import check_session
from recorder.core.drift import CallClocks, measure
from recorder.core.environment import Moment
from recorder.core.errors import Worded, render
from recorder.core.session import Session, Source
from recorder.core.store import SessionReader
from recorder.core.vault import Vault
from recorder.i18n import translator
from tests.fixtures.audio import recorder_argv, wait_for
from tests.fixtures.core import PASSPHRASE

BLOCK = b"\x01\x00" * 4800  # 100 ms at 48 kHz
DRIFT_PHRASE = "clock measure (drift)"


def _entries(vault: Vault, sid: str) -> list[dict[str, Any]]:
    keys = vault.unlock(PASSPHRASE)
    return [e for e, _payload in SessionReader(vault, keys.recording, sid).entries()]


def _lines(vault: Vault, sid: str) -> list[bytes]:
    keys = vault.unlock(PASSPHRASE)
    return [entry for _frame, entry, _payload in SessionReader(vault, keys.recording, sid).records()]


def _problems(lines: list[bytes]) -> list[tuple[int | None, str]]:
    start = json.loads(lines[0])
    checker = ChainChecker(session=start["session"], signer=unb64(start["body"]["session_public"]))
    for line in lines:
        checker.feed(line)
    return [(p.seq, str(p.what)) for p in checker.problems]


def _assert_measured(entries: list[dict[str, Any]]) -> int:
    """Every checkpoint and the seal after the first entry with a track carry the measure of the entries before
    them, and none before it; returns how many carried one."""
    first = next(i for i, e in enumerate(entries) if "track" in e["body"])
    carried = 0
    for i, e in enumerate(entries):
        if e["kind"] not in ("checkpoint", "seal"):
            continue
        if i < first:
            assert "drift" not in e["body"], e
        else:
            assert e["body"]["drift"] == measure(entries[:i]), (i, e)
            carried += 1
    return carried


# -- recorded live: the session writes what the journal measures ---------------------------------------------------
def test_a_call_with_a_fast_output_clock_measures_its_drift(vault: Vault) -> None:
    # The other party's test source is paced 0.1 % fast: 48,048 frames per second of the monotonic clock (+1000
    # ppm, far beyond a real device's tens of ppm, so the measure cannot be mistaken for rounding).
    me, other = ToneSource(), ToneSource(frequency=880, speed=1.001)
    session = Session.start(vault, "drifting call", Recorder.source_of(source=me), checkpoint_interval=0.25)
    rec = CallRecorder(session, source=me, other_source=other)
    rec.start()
    wait_for(lambda: session.track_frames.get("other", 0) >= 48_000 * 3, timeout=30, what="3 s of the other party")
    rec.stop()

    keys = vault.unlock(PASSPHRASE)
    assert check_session(vault, keys.recording, session.id).ok
    entries = _entries(vault, session.id)
    assert entries[-1]["kind"] == "seal"
    assert _assert_measured(entries) >= 4  # several checkpoints and the seal
    clocks = CallClocks.of(entries)
    assert clocks.is_call and entries[-1]["body"]["drift"] == clocks.body()
    # The test sources date each block by their pacing schedule (integer nanoseconds), so the measure is the pace
    # give or take the rounding of each block's time (under 1 ns in 100 ms: 10 ppb).
    me_ppb, other_ppb = clocks.drift_ppb("me"), clocks.drift_ppb("other")
    assert me_ppb is not None and abs(me_ppb) <= 100, me_ppb
    assert other_ppb is not None and abs(other_ppb - 1_000_000) <= 100, other_ppb
    between = clocks.between_ppb()
    assert between is not None and abs(between - 1_000_000) <= 200, between
    assert clocks.other.ns >= 2_000_000_000  # measured over seconds, not one block


def _call(vault: Vault, *, forge: Any = None) -> tuple[Session, Any]:
    """A sealed call written through the session, as two writers interleave (see test_call_chain), with a pause;
    checkpoints at every entry. Returns the session and its signing key (kept from before the seal, so that a
    test can sign a forgery with it)."""
    s = Session.start(vault, "call", Source("test", live=False, kind="test-signal"), checkpoint_interval=0)
    key = s._signer
    t = time.monotonic_ns() - 2_000_000_000  # in the past: the entries written now come after every block
    at = lambda ms: Moment(utc_ns=time.time_ns(), mono_ns=t + ms * 1_000_000)  # noqa: E731
    s.append_audio(BLOCK, rate=48_000, captured=at(0))
    s.append_audio(BLOCK, rate=48_000, captured=at(100))
    s.add("input", {"event": "opened", "device": "out", "rate": 48_000, "block_frames": 4800, "live": False,
                    "kind": "test-signal", "track": "other"})  # fmt: skip
    s.append_audio(BLOCK, rate=48_000, captured=at(10), track="other")
    s.append_audio(BLOCK, rate=48_000, captured=at(110), track="other")
    s.append_audio(BLOCK, rate=48_000, captured=at(201))
    s.pause()
    s.resume()
    s.append_audio(BLOCK, rate=48_000, captured=at(900))
    s.append_audio(BLOCK, rate=48_000, captured=at(1000), track="other")
    s.append_audio(BLOCK, rate=48_000, captured=at(1001))
    s.seal()
    return s, key


def test_a_call_written_through_the_session_carries_the_measure_everywhere(vault: Vault) -> None:
    s, _key = _call(vault)
    entries = _entries(vault, s.id)
    assert _assert_measured(entries) >= 8
    assert entries[-1]["body"]["drift"] == {"me": {"frames": 14_400, "ns": 302_000_000},
                                            "other": {"frames": 4_800, "ns": 100_000_000}}  # fmt: skip
    assert _problems(_lines(vault, s.id)) == []


def test_a_one_track_session_carries_no_measure(vault: Vault) -> None:
    s = Session.start(vault, "one", Source("test", live=False, kind="test-signal"), checkpoint_interval=0)
    s.append_audio(BLOCK, rate=48_000)
    s.append_audio(BLOCK, rate=48_000)
    s.add_gap("overflow", 10, 48_000)
    s.seal()
    entries = _entries(vault, s.id)
    assert [e["kind"] for e in entries].count("checkpoint") >= 3
    assert not [e for e in entries if "drift" in e["body"]]
    assert _problems(_lines(vault, s.id)) == []


# -- forgeries, signed with the session's key: only rule 9 can catch them -------------------------------------------
def _resigned(lines: list[bytes], key: Any, change: Any) -> list[bytes]:
    """The entries with ``change(entry)`` applied, chained again and every signed entry signed again with ``key``."""
    out, prev = [], GENESIS
    for line in lines:
        entry = json.loads(line)
        change(entry)
        entry["prev"] = prev
        if "sig" in entry:
            entry = sign_entry({k: v for k, v in entry.items() if k != "sig"}, key)
        data = canonical_json(entry)
        prev = entry_hash(data)
        out.append(data)
    return out


def _seq_of_measured(lines: list[bytes], kind: str = "checkpoint") -> int:
    return next(i for i, line in enumerate(lines) if json.loads(line)["kind"] == kind and b'"drift"' in line)


@pytest.mark.parametrize("kind", ["checkpoint", "seal"])
def test_a_forged_measure_is_refused(vault: Vault, kind: str) -> None:
    s, key = _call(vault)
    lines = _lines(vault, s.id)
    target = max(i for i, line in enumerate(lines) if json.loads(line)["kind"] == kind)

    def forge(entry: dict[str, Any]) -> None:
        if entry["seq"] == target:
            entry["body"]["drift"]["other"]["ns"] += 1

    assert json.loads(lines[target])["kind"] == kind
    assert _problems(_resigned(lines, key, lambda e: None)) == []  # re-signing alone changes nothing
    assert _problems(_resigned(lines, key, forge)) == [
        (target, "its clock measure (drift) does not match the call's audio entries before it")
    ]


@pytest.mark.parametrize("kind", ["checkpoint", "seal"])
def test_a_missing_measure_in_a_call_is_refused(vault: Vault, kind: str) -> None:
    s, key = _call(vault)
    lines = _lines(vault, s.id)
    target = _seq_of_measured(lines, kind)

    def drop(entry: dict[str, Any]) -> None:
        if entry["seq"] == target:
            del entry["body"]["drift"]

    assert _problems(_resigned(lines, key, drop)) == [
        (target, "has no clock measure (drift), which a call's checkpoints and seal carry")
    ]


def test_a_measure_before_the_first_track_or_in_a_one_track_session_is_refused(vault: Vault) -> None:
    s, key = _call(vault)
    lines = _lines(vault, s.id)
    before = next(i for i, line in enumerate(lines) if json.loads(line)["kind"] == "checkpoint")
    assert before < next(i for i, line in enumerate(lines) if b'"track"' in line)
    zero = {"me": {"frames": 0, "ns": 0}, "other": {"frames": 0, "ns": 0}}

    def add(entry: dict[str, Any]) -> None:
        if entry["seq"] == before:
            entry["body"]["drift"] = zero

    outside = (
        "carries a clock measure (drift), which belongs only in a call's checkpoints and seal "
        "after its first track entry"
    )
    assert _problems(_resigned(lines, key, add)) == [(before, outside)]

    one = Session.start(vault, "one", Source("test", live=False, kind="test-signal"), checkpoint_interval=0)
    one_key = one._signer
    one.append_audio(BLOCK, rate=48_000)
    one.append_audio(BLOCK, rate=48_000)
    one.seal()
    one_lines = _lines(vault, one.id)

    def add_everywhere(entry: dict[str, Any]) -> None:
        if entry["kind"] in ("checkpoint", "seal"):
            entry["body"]["drift"] = zero

    signed = [i for i, line in enumerate(one_lines) if json.loads(line)["kind"] in ("checkpoint", "seal")]
    assert _problems(_resigned(one_lines, one_key, add_everywhere)) == [(i, outside) for i in signed]


# -- what the user is told ------------------------------------------------------------------------------------------
def test_recorder_check_says_one_sentence_of_a_wrong_measure(
    vault: Vault, monkeypatch: pytest.MonkeyPatch, passphrase_file: Path
) -> None:
    # The writer itself gets the measure wrong once (a bug, or a tampered program): the entry is signed with the
    # session's key as every checkpoint is, and the check says so in one line.
    wrong = {"done": False}
    real = CallClocks.body

    def body_once_wrong(self: CallClocks) -> dict[str, dict[str, int]]:
        measured = real(self)
        if self.other.ns and not wrong["done"]:
            wrong["done"] = True
            measured["other"]["frames"] += 48
        return measured

    monkeypatch.setattr(CallClocks, "body", body_once_wrong)
    s, _key = _call(vault)
    monkeypatch.undo()
    assert wrong["done"]
    check = subprocess.run(
        recorder_argv(vault.home, "check", s.id, "--passphrase-file", str(passphrase_file)),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert check.returncode != 0, check.stdout
    said = [line for line in check.stdout.splitlines() if line.strip()]
    assert said[0] == f"{s.id}: CHECK FAILED.", said
    assert len(said) == 2 and said[1].strip().startswith("entry ") and DRIFT_PHRASE in said[1], said
    assert "Traceback" not in check.stderr


@pytest.mark.parametrize(
    "lang, words", [("zh_CN", "时钟测量（漂移）"), ("zh_TW", "時鐘測量（漂移）"), ("en", DRIFT_PHRASE)]
)
def test_the_rule_is_said_in_the_readers_language(vault: Vault, lang: str, words: str) -> None:
    s, key = _call(vault)
    lines = _lines(vault, s.id)
    target = max(i for i, line in enumerate(lines) if json.loads(line)["kind"] == "checkpoint")

    def drop(entry: dict[str, Any]) -> None:
        if entry["seq"] == target:
            del entry["body"]["drift"]

    start = json.loads(lines[0])
    checker = ChainChecker(session=s.id, signer=unb64(start["body"]["session_public"]))
    for line in _resigned(lines, key, drop):
        checker.feed(line)
    [problem] = checker.problems
    what = problem.what
    assert isinstance(what, Worded)
    assert words in render(what.context, what.message, what.params, translator(lang))
