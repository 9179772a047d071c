"""Timeline index, peaks cache, streamed audio and the review chain (issue 5), without Qt.

Test sessions are written with the real Session class under a scripted clock, so that six seconds of audio
and their events are "recorded" at once with both clocks consistent (entries in time order, the seal last).
"""

from __future__ import annotations

import contextlib
import hashlib
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from recorder.core import environment as environment_mod
from recorder.core import session as session_mod
from recorder.core.check import check_session
from recorder.core.errors import RecorderError
from recorder.core.peaks import (
    AudioReader,
    SessionAccess,
    Timeline,
    build_timeline,
    load_timeline,
    open_timeline,
)
from recorder.core.review import (
    ReviewSitting,
    load_review,
    read_review_entries,
    review_files,
    session_head,
    verify_review_entries,
)
from recorder.core.session import Session, Source
from recorder.core.store import SessionReader, recover
from recorder.core.tags import BY_CODE
from recorder.core.vault import Vault, VaultKeys

RATE = 48000
SEC = 1_000_000_000
NOTE_MARK = "NOTE-PLAINTEXT-MARKER-7f3a"
LATER_MARK = "LATER-PLAINTEXT-MARKER-c9d1"
# A tiny valid PNG (1x1, red), so the photo path is exercised with a real image.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108020000009077"
    "53de0000000c4944415408d763f8cfc000000301010018dd8db00000000049454e44ae426082"
)


class ScriptedClock:
    """Stands in for the ``time`` module inside the core while a test session is written."""

    def __init__(self) -> None:
        self.mono = time.monotonic_ns()
        self.utc = time.time_ns()

    def monotonic_ns(self) -> int:
        return self.mono

    def time_ns(self) -> int:
        return self.utc

    def set(self, mono: int) -> None:
        self.utc += mono - self.mono
        self.mono = mono

    def __getattr__(self, name: str) -> Any:
        return getattr(time, name)


@contextlib.contextmanager
def scripted_clock() -> Iterator[ScriptedClock]:
    clock = ScriptedClock()
    saved = environment_mod.time, session_mod.time
    environment_mod.time = clock  # type: ignore[assignment]
    session_mod.time = clock  # type: ignore[assignment]
    try:
        yield clock
    finally:
        environment_mod.time, session_mod.time = saved


def tone(start_frame: int, frames: int, rate: int = RATE) -> bytes:
    """A 440 Hz tone whose loudness steps each second: recognisable in peaks and in played samples."""
    n = np.arange(start_frame, start_frame + frames)
    amp = 3000 + 2000 * ((n // rate) % 4)
    return (np.sin(2 * np.pi * 440 * n / rate) * amp).astype("<i2").tobytes()


@dataclass
class Made:
    id: str
    expected: dict[str, int] = field(default_factory=dict)  # event label -> audio frame where it must sit
    audio_frames: int = 0


def make_session(vault: Vault, with_photo: bool = True, seal: bool = True) -> Made:
    """Six seconds of audio in 0.1 s blocks, a pause from 4.0 s to 4.5 s, and events at known moments.

    ``seal=False`` leaves it as a crash would (no seal, nothing signed after the start) and recovers it.
    """
    block = RATE // 10
    with scripted_clock() as clock:
        t0 = clock.mono + SEC
        clock.set(t0 - SEC // 2)
        s = Session.start(vault, "Visit", Source("test tone", live=False, kind="test-signal"), checkpoint_interval=3600)
        made = Made(s.id)
        # (moment in ns after t0, action) — run in time order, interleaved with the audio blocks.
        script: list[tuple[int, Any]] = [
            (1 * SEC, lambda: s.add_tag("Arrived", "1", code="arrived")),
            (2 * SEC + SEC // 2, lambda: s.add_tag("Asked them to leave", "4", code="asked-to-leave")),
            (
                3 * SEC,
                lambda: s.add_note(NOTE_MARK, began=session_mod.Moment(clock.utc - SEC // 5, t0 + 28 * SEC // 10)),
            ),
            (4 * SEC, lambda: s.add("pause", {})),
            (4 * SEC + SEC // 2, lambda: s.add("resume", {})),
            (5 * SEC + SEC // 5, lambda: s.add_gap("input overflow", 960, RATE)),
            (5 * SEC + SEC // 2, lambda: s.add_tag("Left", "0", code="left")),
        ]
        if with_photo:
            script.append((3 * SEC + SEC // 2, lambda: s.add_attachment("door.png", PNG, "image/png")))
        script.sort(key=lambda x: x[0])
        made.expected = {
            "arrived": 1 * RATE,
            "asked-to-leave": 25 * RATE // 10,
            "note": 28 * RATE // 10,
            "door.png": 35 * RATE // 10,
            "pause": 4 * RATE,
            "resume": 4 * RATE,
            "gap": 47 * RATE // 10,
            "left": 5 * RATE,
        }
        # Blocks: 0.0-4.0 s, then (after the pause) 4.5-6.5 s of wall time; 6 s of audio in all.
        moments = [t0 + i * SEC // 10 for i in range(40)] + [t0 + 45 * SEC // 10 + i * SEC // 10 for i in range(20)]
        offset = 0
        for m in moments:
            while script and t0 + script[0][0] <= m:
                at, action = script.pop(0)
                clock.set(t0 + at)
                action()
            clock.set(m)
            s.append_audio(tone(offset, block), rate=RATE, captured=session_mod.Moment(clock.utc, m))
            offset += block
        clock.set(moments[-1] + SEC // 10)
        if seal:
            s.seal("stopped")
        else:
            s.abandon()
            recover(vault, s.id)
        made.audio_frames = offset
    return made


def label_of(ev: Any) -> str:
    if ev.kind == "tag":
        return str(ev.body.get("code"))
    if ev.kind == "attachment":
        return str(ev.body.get("name"))
    return str(ev.kind)


def test_events_sit_at_their_audio_offsets_and_the_cache_matches(vault: Vault, keys: VaultKeys) -> None:
    made = make_session(vault)
    reader = SessionReader(vault, keys.recording, made.id)
    cold = load_timeline(vault, reader, use_cache=False)  # decrypts the journal
    assert not cold.from_cache and cold.records_read == reader.status.records
    placed = {label_of(ev): ev.frame for ev in cold.events if ev.kind not in ("start", "seal")}
    assert placed == made.expected
    assert cold.total_frames == made.audio_frames == 6 * RATE
    assert cold.source == {"name": "test tone", "live": False, "kind": "test-signal"}

    warm, access = open_timeline(vault, keys.recording, made.id)  # header, last record and cache only
    assert warm.from_cache and access.state == "sealed" and access.size == reader.scan.size
    assert_same_timeline(warm, cold)
    assert warm.head == session_head(reader)[0]

    # The loudest bin of second 3 (amplitude 9000) versus second 0 (3000): peaks follow the audio.
    per_sec = RATE // 512
    assert cold.peaks[3 * per_sec + 5][1] > 8000 > 3500 > cold.peaks[5][1] > 2500


def test_audio_is_streamed_by_frame_range_sample_exact(vault: Vault, keys: VaultKeys) -> None:
    made = make_session(vault, with_photo=False)
    timeline, access = open_timeline(vault, keys.recording, made.id)
    audio = AudioReader(access, timeline)
    try:
        # A range crossing several block boundaries, and one running past the end.
        got = audio.read(RATE + 1234, RATE // 3)
        assert got.tobytes() == tone(RATE + 1234, RATE // 3)
        tail = audio.read(made.audio_frames - 100, 1000)
        assert tail.tobytes() == tone(made.audio_frames - 100, 100)
        assert len(audio._kept) <= AudioReader.KEEP
    finally:
        audio.close()


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_later_annotations_form_a_signed_chain_and_never_touch_the_session(vault: Vault, keys: VaultKeys) -> None:
    made = make_session(vault)
    journal = vault.session_dir(made.id) / session_mod.JOURNAL_FILE
    before_sha = _sha(journal)
    before = check_session(vault, keys.recording, made.id)
    assert before.ok
    reader = SessionReader(vault, keys.recording, made.id)
    timeline = load_timeline(vault, reader)
    left = next(e for e in timeline.events if e.body.get("code") == "left")

    first = ReviewSitting.open(vault, keys, made.id)
    a1 = first.add_note(LATER_MARK, frame=120_000, rate=RATE)
    a2 = first.add_tag("threat", BY_CODE["threat"].label, about=(left.seq, left.hash))
    first.close()
    first_file = review_files(reader.dir)[0][1]
    first_sha = _sha(first_file)
    second = ReviewSitting.open(vault, keys, made.id)
    a3 = second.add_note("pushed the door here", frame=130_000, rate=RATE)
    second.close()
    assert _sha(first_file) == first_sha  # a later sitting never rewrites an earlier one

    assert [n for n, _p in review_files(reader.dir)] == [1, 2]
    review = load_review(vault, keys, made.id)
    assert review.ok, review.problems
    assert [(a.type, a.text, a.frame, a.about_seq) for a in review.annotations] == [
        ("note", LATER_MARK, 120_000, None),
        ("tag", None, None, left.seq),
        ("note", "pushed the door here", 130_000, None),
    ]
    assert [a.hash for a in review.annotations] == [a1.hash, a2.hash, a3.hash]
    assert all(s.sealed for s in review.sittings)

    # The sealed session is byte-identical and checks exactly as before.
    after = check_session(vault, keys.recording, made.id)
    assert _sha(journal) == before_sha
    assert after.ok and after.summary.head == before.summary.head and after.summary.entries == before.summary.entries

    # The exported form verifies without keys, and any change is caught.
    sittings = read_review_entries(vault, keys, made.id)
    head = session_head(reader)[0]
    hashes = {e.seq: e.hash for e in timeline.events}
    _, _, problems = verify_review_entries(sittings, made.id, head, vault.identity_public, hashes)
    assert problems == []
    forged = [list(s) for s in sittings]
    forged[0][1] = forged[0][1].replace(LATER_MARK.encode(), b"LATER-PLAINTEXT-MARKER-XXXX")
    _, _, problems = verify_review_entries(forged, made.id, head, vault.identity_public, hashes)
    assert any("signature does not verify" in p for p in problems)
    _, _, problems = verify_review_entries(sittings[1:], made.id, head, vault.identity_public, hashes)
    assert any("sitting before it" in p for p in problems)
    _, _, problems = verify_review_entries(sittings, made.id, "0" * 64, vault.identity_public, hashes)
    assert any("final hash" in p for p in problems)
    other = Vault.create(vault.home.parent / "other", "another passphrase")
    _, _, problems = verify_review_entries(sittings, made.id, head, other.identity_public, hashes)
    assert any("signature does not verify" in p for p in problems)


def test_a_sitting_left_open_by_a_crash_keeps_its_annotations(vault: Vault, keys: VaultKeys) -> None:
    made = make_session(vault, with_photo=False)
    crashed = ReviewSitting.open(vault, keys, made.id)
    crashed.add_note("kept after the crash", frame=1, rate=RATE)
    crashed._journal.close()  # the process died: no review-seal
    later = ReviewSitting.open(vault, keys, made.id)
    later.add_note("second sitting", frame=2, rate=RATE)
    later.close()
    review = load_review(vault, keys, made.id)
    assert review.ok, review.problems
    assert [a.text for a in review.annotations] == ["kept after the crash", "second sitting"]
    assert [s.sealed for s in review.sittings] == [False, True]


def test_review_refused_while_recording_and_empty_annotation(vault: Vault, keys: VaultKeys) -> None:
    s = Session.start(vault, "Visit", Source("test tone", live=False, kind="test-signal"))
    try:
        with pytest.raises(RecorderError) as err:
            ReviewSitting.open(vault, keys, s.id)
        assert "still being made" in err.value.sentence()
    finally:
        s.seal()
    sitting = ReviewSitting.open(vault, keys, s.id)
    with pytest.raises(RecorderError) as err:
        sitting.add_note("   ", frame=0, rate=RATE)
    assert "empty" in err.value.sentence()
    sitting.close()
    with pytest.raises(RecorderError):
        sitting.add_note("too late", frame=0, rate=RATE)


def test_no_plaintext_at_rest_after_review(vault: Vault, keys: VaultKeys, tmp_path: Path) -> None:
    made = make_session(vault)
    reader = SessionReader(vault, keys.recording, made.id)
    timeline = load_timeline(vault, reader)
    audio = AudioReader(SessionAccess.of(reader), timeline)
    pcm = audio.read(2 * RATE, RATE // 10).tobytes()
    audio.close()
    sitting = ReviewSitting.open(vault, keys, made.id)
    sitting.add_note(LATER_MARK, frame=0, rate=RATE)
    sitting.close()
    load_review(vault, keys, made.id)
    assert_no_plaintext([tmp_path], [NOTE_MARK, LATER_MARK], pcm)


def assert_no_plaintext(roots: list[Path], texts: list[str], pcm: bytes) -> None:
    """No file in or under ``roots`` holds any of ``texts`` (UTF-8) or a 4 KiB run of the session's audio samples."""
    needles = [t.encode("utf-8") for t in texts] + [pcm[:4096], PNG[8:40]]
    looked = 0
    for root in roots:
        for p in [root] if root.is_file() else root.rglob("*"):
            if p.is_file() and not p.is_symlink():
                data = p.read_bytes()
                looked += 1
                for needle in needles:
                    assert needle not in data, f"{p} holds plaintext"
    assert looked > 3


def test_the_plaintext_search_finds_a_leak(tmp_path: Path) -> None:
    # The check above must be able to fail.
    for i in range(4):
        (tmp_path / f"f{i}").write_bytes(b"x" * 10)
    (tmp_path / "leak.txt").write_bytes(b"..." + LATER_MARK.encode() + b"...")
    with pytest.raises(AssertionError, match="holds plaintext"):
        assert_no_plaintext([tmp_path], [LATER_MARK], b"\x01\x02" * 4096)


def test_peaks_are_min_and_max_of_every_512_frames(
    vault: Vault, keys: VaultKeys, monkeypatch: pytest.MonkeyPatch
) -> None:
    from recorder.core import timeline_cache

    # Odd: batches carry across blocks and bins, both while recording and when reading the journal.
    monkeypatch.setattr(timeline_cache.TimelineState, "BATCH", 10_001)
    made = make_session(vault, with_photo=False)
    audio = np.frombuffer(tone(0, made.audio_frames), dtype="<i2")
    whole = len(audio) // 512 * 512
    bins = audio[:whole].reshape(-1, 512)
    expected = np.stack([bins.min(axis=1), bins.max(axis=1)], axis=1)
    rest = audio[whole:]
    expected = np.concatenate([expected, [[rest.min(), rest.max()]]]) if len(rest) else expected
    built = build_timeline(SessionReader(vault, keys.recording, made.id))
    recorded, _ = open_timeline(vault, keys.recording, made.id)
    assert recorded.from_cache
    assert np.array_equal(built.peaks, expected) and np.array_equal(recorded.peaks, expected)


def test_events_are_placed_as_the_audio_clock_places_them() -> None:
    # The timeline places events from columns of hours of blocks; it must agree with AudioClock exactly.
    from recorder.core.peaks import BLOCK_DTYPE, place_events
    from recorder.core.timeline import AudioClock, Block

    rng = np.random.default_rng(5)
    rows, mono, offset = [], 10 * SEC, 0
    for i in range(300):
        frames = int(rng.integers(1, 9600))
        rows.append((i, 0, offset, frames, mono))
        offset += frames
        mono += frames * SEC // RATE + int(rng.choice([0, 0, 0, 3 * SEC, -SEC // 100]))  # gaps, overlaps
    blocks = np.array(rows, dtype=BLOCK_DTYPE)
    times = [int(t) for t in rng.integers(0, mono + 5 * SEC, 2000)] + [0, 10 * SEC, mono, 2**62]
    events = [[i, "h", {"kind": "note", "utc": "u", "body": {}, "at": t}] for i, t in enumerate(times)]
    clock = AudioClock([Block(r[4], r[2], r[3], RATE) for r in rows])
    assert [e.frame for e in place_events(blocks, RATE, events)] == [clock.frame_at(t) for t in times]


def test_a_session_without_audio_still_has_a_timeline(vault: Vault, keys: VaultKeys) -> None:
    s = Session.start(vault, "Call", Source("test tone", live=False, kind="test-signal"))
    s.add_note("only a note")
    s.seal()
    timeline, access = open_timeline(vault, keys.recording, s.id)
    assert timeline.total_frames == 0 and len(timeline.peaks) == 0
    assert [(e.kind, e.frame) for e in timeline.events if e.kind == "note"] == [("note", 0)]
    audio = AudioReader(access, timeline)
    assert len(audio.read(0, 100)) == 0
    audio.close()
    assert timeline.from_cache  # the recording wrote it at the seal


def assert_same_timeline(got: Timeline, want: Timeline) -> None:
    assert [(e.seq, e.hash, e.kind, e.utc, e.frame, e.body, e.payload) for e in got.events] == [
        (e.seq, e.hash, e.kind, e.utc, e.frame, e.body, e.payload) for e in want.events
    ]
    assert np.array_equal(got.peaks, want.peaks) and np.array_equal(got.blocks, want.blocks)
    assert (got.head, got.entries, got.rate, got.total_frames, got.source, got.case, got.state) == (
        want.head,
        want.entries,
        want.rate,
        want.total_frames,
        want.source,
        want.case,
        want.state,
    )
