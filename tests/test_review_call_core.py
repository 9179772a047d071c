"""A call's other party on the review's timeline (issue 16 §4, FORMAT §4.5, §5.4, §5.5), without Qt: its blocks and
peaks kept in the timeline cache, and each timeline frame given the other party's sample captured at the same
time — by capture times, not frame counts; silence where the other party has none."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from recorder.core import session as session_mod
from recorder.core.chain import OTHER_TRACK
from recorder.core.check import check_session
from recorder.core.peaks import AudioReader, open_timeline
from recorder.core.session import Session, Source
from recorder.core.timeline_cache import PEAK_FRAMES
from recorder.core.tracks import TOLERANCE_NS, OtherOnTimeline, TrackMap, runs_of
from recorder.core.vault import Vault, VaultKeys
from tests.test_review_core import RATE, SEC, assert_no_plaintext, scripted_clock, tone

BLOCK = RATE // 10
ME_BLOCKS = 40  # 4 s of microphone
OTHER_START_MS = 250  # the other party's first block is captured 250 ms after the microphone's
OTHER_BEFORE_GAP = 15  # other blocks before the output went silent
OTHER_GAP_MS = 500
OTHER_BLOCKS = 30
JITTER_NS = 2_000_000  # capture times of single blocks off by ±2 ms, as callbacks are


def other_value(j: int) -> int:
    """The other party's block j is one level throughout (1000, 1010, …): where each lands is plain to see."""
    return 1000 + 10 * j


@dataclass
class Call:
    id: str
    me_pcm: bytes = b""
    expected_other: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype="<i2"))  # on the timeline
    tag_frame: int = 0


def other_time(t0: int, j: int) -> int:
    """When the other party's block j was captured (nominal): 250 ms in, and 500 ms later after the gap."""
    ms = OTHER_START_MS + 100 * j + (OTHER_GAP_MS if j >= OTHER_BEFORE_GAP else 0)
    return t0 + ms * SEC // 1000


def make_call(vault: Vault) -> Call:
    """A sealed two-track call: 4 s of a tone on the microphone; on the other track, 3 s of steady levels from
    0.25 s, silent (no blocks, an "output-silent" gap) from 1.75 s to 2.25 s; single blocks' times jittered by
    ±2 ms; a tag at 1 s."""
    with scripted_clock() as clock:
        t0 = clock.mono + SEC
        clock.set(t0 - SEC // 2)
        s = Session.start(vault, "Call", Source("test tone", live=False, kind="test-signal"), checkpoint_interval=3600)
        call = Call(s.id)
        blocks: list[tuple[int, bool, int]] = [(t0 + i * SEC // 10, True, i) for i in range(ME_BLOCKS)]
        for j in range(OTHER_BLOCKS):
            jitter = 0 if j in (0, OTHER_BEFORE_GAP) else (JITTER_NS if j % 2 else -JITTER_NS)
            blocks.append((other_time(t0, j) + jitter, False, j))
        blocks.sort()
        tagged = False
        for at, mine, k in blocks:
            if not tagged and at >= t0 + SEC:
                clock.set(t0 + SEC)
                s.add_tag("Threatened me", "2", code="threat")
                tagged = True
            clock.set(at)
            moment = session_mod.Moment(clock.utc, at)
            if mine:
                pcm = tone(k * BLOCK, BLOCK)
                call.me_pcm += pcm
                s.append_audio(pcm, rate=RATE, captured=moment)
            else:
                if k == OTHER_BEFORE_GAP:  # nothing played for 500 ms: silence by the clock (FORMAT §4.5)
                    s.add_gap("output-silent", OTHER_GAP_MS * RATE // 1000, RATE, track=OTHER_TRACK)
                pcm = np.full(BLOCK, other_value(k), dtype="<i2").tobytes()
                s.append_audio(pcm, rate=RATE, captured=moment, track=OTHER_TRACK)
        clock.set(t0 + 5 * SEC)
        s.seal("stopped")
    # What the timeline must hold for the other party: each of its blocks at its nominal time (the runs ignore
    # the jitter), silence before it starts, in its gap and after it ends.
    expected = np.zeros(ME_BLOCKS * BLOCK, dtype="<i2")
    for j in range(OTHER_BLOCKS):
        first = (other_time(0, j)) * RATE // SEC
        end = min(first + BLOCK, len(expected))
        if first < end:
            expected[first:end] = other_value(j)
    call.expected_other = expected
    call.tag_frame = RATE
    return call


def test_a_calls_other_track_is_kept_in_the_cache_and_read_beside_the_microphone_by_capture_time(
    vault: Vault, keys: VaultKeys, tmp_path: Path
) -> None:
    call = make_call(vault)
    timeline, access = open_timeline(vault, keys.recording, call.id)
    assert timeline.from_cache  # written by the recording at its seal, the other track with it
    assert check_session(vault, keys.recording, call.id).ok
    assert timeline.other is not None
    assert timeline.total_frames == ME_BLOCKS * BLOCK
    assert timeline.other.total_frames == OTHER_BLOCKS * BLOCK and timeline.other.rate == RATE
    assert [e.frame for e in timeline.events if e.kind == "tag"] == [call.tag_frame]  # markers as one track

    # The runs: the jitter stays within the tolerance, the 500 ms gap does not.
    runs = runs_of(timeline.other.blocks, RATE)
    assert runs.firsts.tolist() == [0, OTHER_BEFORE_GAP * BLOCK]
    assert runs.lengths.tolist() == [OTHER_BEFORE_GAP * BLOCK, (OTHER_BLOCKS - OTHER_BEFORE_GAP) * BLOCK]
    assert JITTER_NS < TOLERANCE_NS

    track_map = TrackMap.of(timeline)
    assert track_map is not None
    other = OtherOnTimeline(AudioReader(access, timeline.other), track_map)
    me = AudioReader(access, timeline)
    try:
        got = other.read(0, timeline.total_frames)
        assert np.array_equal(got, call.expected_other)
        # Any stretch reads the same as the whole (playback reads 4096 frames at a time).
        for start in (0, 11_999, 12_000, 83_999, 84_000, 107_999, 108_000, 190_000):
            assert np.array_equal(other.read(start, 4096), call.expected_other[start : start + 4096])
        assert np.array_equal(me.read(0, timeline.total_frames).tobytes(), call.me_pcm)  # the microphone as it was
    finally:
        other.close()
        me.close()

    # The other party's waveform on the timeline: its levels where it spoke, flat where it did not.
    peaks = track_map.peaks(timeline.other.peaks)
    assert len(peaks) == len(timeline.peaks)
    # Drawn from the other track's own pairs (512 of its frames each, not lined up with the timeline's), so a
    # pair holds at least what its 512 timeline frames hold, and at most a neighbouring block's level more
    # (neighbouring blocks differ by 10).
    exp = call.expected_other
    for b in range(len(peaks)):
        here = exp[b * PEAK_FRAMES : (b + 1) * PEAK_FRAMES]
        lo, hi = int(peaks[b, 0]), int(peaks[b, 1])
        assert here.min() - 10 <= lo <= here.min() and here.max() <= hi <= here.max() + 10, (b, lo, hi)
    assert peaks[: 12_000 // PEAK_FRAMES].tolist() == [[0, 0]] * (12_000 // PEAK_FRAMES)  # before it starts
    gap = slice(84_000 // PEAK_FRAMES + 1, 108_000 // PEAK_FRAMES)
    assert not peaks[gap].any()  # its silence

    # Opened again without the cache: the same (the cache holds the other track exactly).
    (vault.session_dir(call.id) / "timeline.cache").unlink()
    again, _access = open_timeline(vault, keys.recording, call.id)
    assert not again.from_cache and again.other is not None
    assert np.array_equal(again.other.blocks, timeline.other.blocks)
    assert np.array_equal(again.other.peaks, timeline.other.peaks)
    third, _access = open_timeline(vault, keys.recording, call.id)
    assert third.from_cache and third.other is not None and np.array_equal(third.other.peaks, timeline.other.peaks)
    # Nothing in clear on disk: neither track's samples.
    other_pcm = np.full(4096, other_value(3), dtype="<i2").tobytes()
    assert_no_plaintext([tmp_path], ["Threatened me"], call.me_pcm[BLOCK * 2 : BLOCK * 2 + 4096])
    assert_no_plaintext([tmp_path], [], other_pcm)


def test_a_one_track_session_has_no_other_track(vault: Vault, keys: VaultKeys) -> None:
    from tests.test_review_core import make_session

    made = make_session(vault, with_photo=False)
    timeline, _access = open_timeline(vault, keys.recording, made.id)
    assert timeline.other is None and TrackMap.of(timeline) is None


def _blocks(times_ns: list[int], frames: int) -> np.ndarray:
    from recorder.core.peaks import BLOCK_DTYPE

    b = np.zeros(len(times_ns), dtype=BLOCK_DTYPE)
    b["mono_ns"] = times_ns
    b["frame_offset"] = np.arange(len(times_ns)) * frames
    b["frames"] = frames
    return b


def test_a_drifting_output_clock_is_followed_by_capture_time_never_more_than_the_tolerance_off() -> None:
    """The output's clock runs 1000 ppm fast (its 100 ms blocks arrive every 99.9 ms): counted by frames alone the
    other party would be 60 ms late after a minute; placed by capture times it stays within 20 ms, and is never
    silent in between (a new run starts where the drift reaches the tolerance)."""
    n = 600  # 60 s
    me = runs_of(_blocks([k * SEC // 10 for k in range(n)], BLOCK), RATE)
    other_times = [k * 99_900_000 for k in range(n)]
    other = runs_of(_blocks(other_times, BLOCK), RATE)
    assert 2 <= len(other.times) <= 4  # re-anchored every ~20 s (20 ms of drift at 1 ms a second)
    track_map = TrackMap(me, other, n * BLOCK)
    x = np.arange(0, n * BLOCK - 2 * BLOCK, 97, dtype=np.int64)
    y = track_map.other_frames(x)
    assert (y >= 0).all()  # no hole
    # Where each timeline frame's other sample was truly captured (the other's frame k of block j is at
    # other_times[j] + k × 99.9 ms / 4800), against the frame's own time x / RATE.
    j, k = y // BLOCK, y % BLOCK
    captured = np.array(other_times)[j] + k * 99_900_000 // BLOCK
    off_ms = np.abs(captured - x * SEC // RATE) / 1e6
    assert off_ms.max() <= 20.5, off_ms.max()
    # Counting frames alone would have been 60 ms off by the end.
    assert abs(n * BLOCK * SEC // RATE - other_times[-1] - 99_900_000) > 55_000_000


def test_another_rate_on_the_other_track_is_placed_by_time_too() -> None:
    me = runs_of(_blocks([k * SEC // 10 for k in range(20)], BLOCK), RATE)
    other = runs_of(_blocks([SEC // 2 + k * SEC // 10 for k in range(10)], 4410), 44_100)
    track_map = TrackMap(me, other, 20 * BLOCK)
    y = track_map.other_frames(np.arange(20 * BLOCK, dtype=np.int64))
    heard = y[RATE // 2 : RATE * 3 // 2]
    assert (y[: RATE // 2] == -1).all() and (heard >= 0).all() and (y[RATE * 3 // 2 :] == -1).all()
    assert heard[0] == 0 and heard[-1] == 44_099 and (np.diff(heard) >= 0).all()  # one second of it, in order
