"""Events are placed in the audio by when they happened, not by when their entry was written."""

from __future__ import annotations

from recorder.core.timeline import AudioClock, Block, blocks_of

RATE = 48000
SEC = 1_000_000_000


def _audio(mono: int, offset: int, frames: int = 4800) -> dict:  # type: ignore[type-arg]
    return {"kind": "audio", "mono_ns": mono, "body": {"frame_offset": offset, "frames": frames, "rate": RATE}}


def test_event_inside_a_block_lands_at_its_moment() -> None:
    entries = [_audio(10 * SEC + i * SEC // 10, i * 4800) for i in range(20)]
    clock = AudioClock(blocks_of(entries))
    tag = {"kind": "tag", "mono_ns": 10 * SEC + 1_250_000_000, "body": {}}
    assert clock.offset_of(tag) == int(1.25 * RATE)


def test_note_is_placed_when_typing_began() -> None:
    clock = AudioClock([Block(0, 0, 48000 * 10, RATE)])
    note = {"kind": "note", "mono_ns": 7 * SEC, "body": {"began_mono_ns": 2 * SEC}}
    assert clock.offset_of(note) == 2 * RATE


def test_event_in_a_pause_sits_at_the_next_captured_frame() -> None:
    clock = AudioClock([Block(0, 0, RATE, RATE), Block(5 * SEC, RATE, RATE, RATE)])
    assert clock.frame_at(3 * SEC) == RATE
    assert clock.frame_at(5 * SEC + SEC // 2) == RATE + RATE // 2
    assert clock.frame_at(-1) == 0
