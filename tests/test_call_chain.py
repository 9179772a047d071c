"""The chain rules for a call's two tracks (FORMAT §4.2 rules 5 and 6, §4.5): each track its own frame offsets and
its own order of audio times; the track field is "other" or absent."""

from __future__ import annotations

import json
import time
from typing import Any

from recorder.core.canonical import canonical_json, unb64
from recorder.core.chain import GENESIS, ChainChecker, entry_hash
from recorder.core.environment import Moment
from recorder.core.session import Session, Source
from recorder.core.store import SessionReader
from recorder.core.vault import Vault
from tests.fixtures.core import PASSPHRASE

BLOCK = b"\x01\x00" * 4800  # 100 ms at 48 kHz


def _call(vault: Vault) -> tuple[str, list[bytes]]:
    """A sealed session whose blocks interleave as two writers would write them: the other party's blocks come
    after the microphone's later ones (their times are earlier than the last microphone block's)."""
    s = Session.start(vault, "call", Source("test", live=False, kind="test-signal"), checkpoint_interval=3600)
    t = time.monotonic_ns() - 1_000_000_000  # in the past: the seal comes after every block
    at = lambda ms: Moment(utc_ns=time.time_ns(), mono_ns=t + ms * 1_000_000)  # noqa: E731
    s.append_audio(BLOCK, rate=48_000, captured=at(0))
    s.append_audio(BLOCK, rate=48_000, captured=at(100))
    s.append_audio(BLOCK, rate=48_000, captured=at(10), track="other")
    s.append_audio(BLOCK, rate=48_000, captured=at(110), track="other")
    s.append_audio(BLOCK, rate=48_000, captured=at(200))
    s.seal()
    keys = vault.unlock(PASSPHRASE)
    lines = [entry for _frame, entry, _payload in SessionReader(vault, keys.recording, s.id).records()]
    return s.id, lines


def _check(sid: str, lines: list[bytes]) -> ChainChecker:
    start = json.loads(lines[0])
    checker = ChainChecker(session=sid, signer=unb64(start["body"]["session_public"]))
    for line in lines:
        checker.feed(line)
    return checker


def _rechained(lines: list[bytes], change: Any) -> list[bytes]:
    """The entries with ``change(entry)`` applied to the audio entries, chained again (prev hashes recomputed)."""
    out, prev = [], GENESIS
    for line in lines:
        entry = json.loads(line)
        if entry["kind"] == "audio":
            change(entry)
        entry["prev"] = prev
        data = canonical_json(entry)
        prev = entry_hash(data)
        out.append(data)
    return out


def test_two_tracks_keep_their_own_offsets_and_times(vault: Vault) -> None:
    sid, lines = _call(vault)
    checker = _check(sid, lines)
    assert checker.problems == []
    assert (checker.summary.audio_frames, checker.summary.other_frames) == (14_400, 9_600)


def test_a_block_moved_to_the_other_track_or_an_unknown_track_breaks_the_chain(vault: Vault) -> None:
    sid, lines = _call(vault)
    other_first = next(i for i, line in enumerate(lines) if b'"track":"other"' in line)

    def moved(entry: dict) -> None:  # type: ignore[type-arg]
        if entry["seq"] == other_first:
            del entry["body"]["track"]  # the other party's first block claimed for the microphone

    def renamed(entry: dict) -> None:  # type: ignore[type-arg]
        if entry["body"].get("track") == "other":
            entry["body"]["track"] = "me"

    problems = [p.what for p in _check(sid, _rechained(lines, moved)).problems]
    assert any("audio offset 0 where 9600 was expected" in p for p in problems), problems
    problems = [p.what for p in _check(sid, _rechained(lines, renamed)).problems]
    assert any("audio of an unknown track 'me'" in p for p in problems), problems
