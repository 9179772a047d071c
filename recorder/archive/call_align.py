"""What a call's archive derives from its journal (docs/FORMAT.md §7.10): ``alignment.json`` and the placement of
each track's blocks in the stereo listening copy ``call-stereo.wav``. The exporter writes them and the verifier
derives them again and compares; both use this module, fed the journal's entries in ``seq`` order.

Memory: each track's blocks are kept as four 64-bit integers (``array``), 32 bytes a block (a two-hour call at
100 ms blocks: 4.6 MB); the audio is never held, the listening copy is produced window by window from the two
tracks' sample streams.
"""

from __future__ import annotations

import hashlib
import json
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..core import limits
from ..core.drift import ME, OTHER, CallClocks, drift_between_ppb, drift_ppb
from . import wav

ALIGNMENT_FORMAT = "evidence-recorder-alignment"
ALIGNMENT_VERSION = 1
STEREO_HEADER_SIZE = 44
MAX_STEREO_SIZE = limits.MAX_MEMBER  # 44 + 4N must fit one member (FORMAT §7.1, 4 GiB − 2) and its RIFF size
_WINDOW = 1 << 16  # frames of the listening copy produced at a time (256 KiB of output)
_INT64 = range(-(2**63), 2**63)


def is_call_entry(entry: dict[str, Any]) -> bool:
    """An entry (any kind) whose body has a ``track`` field: its session is a call (FORMAT §7.10)."""
    body = entry.get("body")
    return isinstance(body, dict) and "track" in body


def _int64(value: Any) -> bool:
    return type(value) is int and value in _INT64


class TrackBlocks:
    """One track's audio entries: (seq, frame_offset, frames, mono_ns) each, flat in an array."""

    __slots__ = ("data", "rate", "frames")

    def __init__(self) -> None:
        self.data = array("q")
        self.rate = 0  # the first audio entry's
        self.frames = 0

    def add(self, seq: int, offset: int, frames: int, mono_ns: int, rate: int) -> None:
        self.data.extend((seq, offset, frames, mono_ns))
        self.rate = self.rate or rate
        self.frames += frames

    def __len__(self) -> int:
        return len(self.data) // 4

    def block(self, i: int) -> tuple[int, int, int, int]:
        d = self.data
        return d[4 * i], d[4 * i + 1], d[4 * i + 2], d[4 * i + 3]

    def first_mono(self) -> int | None:
        return self.data[3] if self.data else None


@dataclass(frozen=True)
class Listening:
    """Where the listening copy's time axis starts, its rate, its length and the tolerance of the rule."""

    rate: int
    frames: int
    origin_mono_ns: int
    tolerance_frames: int

    def as_json(self) -> bytes:
        return b'{"frames":%d,"origin_mono_ns":%d,"rate":%d,"tolerance_frames":%d}' % (
            self.frames,
            self.origin_mono_ns,
            self.rate,
            self.tolerance_frames,
        )

    @property
    def size(self) -> int:
        return STEREO_HEADER_SIZE + 4 * self.frames


class CallAlignment:
    """Fed a session's entries in ``seq`` order (:meth:`feed`, or :meth:`feed_audio` for an audio entry of the
    microphone's one canonical form); then :meth:`alignment_chunks`, :meth:`listening` and :func:`stereo_chunks`.
    ``valid`` turns False at an audio entry whose numbers are not 64-bit integers (a chain the rules break anyway)."""

    def __init__(self) -> None:
        self.tracks = {ME: TrackBlocks(), OTHER: TrackBlocks()}
        self.clocks = CallClocks()
        self.is_call = False
        self.valid = True

    def feed(self, entry: dict[str, Any]) -> None:
        body = entry.get("body")
        if not isinstance(body, dict):
            return
        if "track" in body:
            self.is_call = True
        self.clocks.feed(entry)
        if entry.get("kind") != "audio":
            return
        track = body.get("track", ME)
        blocks = self.tracks.get(track) if isinstance(track, str) else None
        values = (
            entry.get("seq"),
            body.get("frame_offset"),
            body.get("frames"),
            entry.get("mono_ns"),
            body.get("rate"),
        )
        if blocks is None or not all(_int64(v) for v in values):
            self.valid = False
            return
        blocks.add(*values)  # type: ignore[arg-type]

    def feed_audio(self, entry: dict[str, Any]) -> None:
        """:meth:`feed` for an audio entry of the one canonical form (chain.parse_audio_entry): the microphone's,
        every number a 64-bit integer."""
        body = entry["body"]
        self.clocks.me.audio(body["frame_offset"], body["frames"], entry["mono_ns"])
        self.clocks.rates.setdefault(ME, body["rate"])
        self.tracks[ME].add(entry["seq"], body["frame_offset"], body["frames"], entry["mono_ns"], body["rate"])

    # -- the listening copy ----------------------------------------------------------------------------------
    def listening(self) -> Listening | None:
        """The listening copy's numbers, or None when there is none: a track without audio, two rates, or a copy
        too long for one WAV member (FORMAT §7.10)."""
        me, other = self.tracks[ME], self.tracks[OTHER]
        if not self.valid or not len(me) or not len(other) or me.rate != other.rate or me.rate <= 0:
            return None
        first_me, first_other = me.first_mono(), other.first_mono()
        assert first_me is not None and first_other is not None
        origin = min(first_me, first_other)
        tolerance = me.rate // 50
        end = 0
        for track in (me, other):
            for _place, _dropped, _kept, track_end in placements(track, origin, me.rate, tolerance):
                end = max(end, track_end)
        listening = Listening(me.rate, end, origin, tolerance)
        return listening if listening.size <= MAX_STEREO_SIZE else None

    # -- alignment.json --------------------------------------------------------------------------------------
    def alignment_chunks(self, session_id: str) -> Iterator[bytes]:
        """alignment.json (canonical JSON and one LF, FORMAT §7.10) in pieces of about 64 KiB."""
        listening = self.listening()
        me_ppb = self.drift(ME)
        other_ppb = self.drift(OTHER)
        between = drift_between_ppb(me_ppb, other_ppb)
        yield (
            b'{"drift_between_ppb":%s,"format":%s,"listening":%s,"session":%s,"tracks":{"me":'
            % (
                _num(between),
                json.dumps(ALIGNMENT_FORMAT).encode(),
                listening.as_json() if listening is not None else b"null",
                json.dumps(session_id, ensure_ascii=False).encode("utf-8"),
            )
        )
        yield from self._track_chunks(ME, me_ppb)
        yield b',"other":'
        yield from self._track_chunks(OTHER, other_ppb)
        yield b'},"version":%d}\n' % ALIGNMENT_VERSION

    def alignment_size(self, session_id: str) -> int:
        return sum(len(c) for c in self.alignment_chunks(session_id))

    def drift(self, track: str) -> int | None:
        """The track's drift in parts per billion over all its audio entries (None: nothing measured)."""
        clock = self.clocks.me if track == ME else self.clocks.other
        rate = self.tracks[track].rate
        return drift_ppb(clock.frames, clock.ns, rate) if rate else None

    def between(self) -> int | None:
        """The drift between the tracks: the other party's minus the microphone's."""
        return drift_between_ppb(self.drift(ME), self.drift(OTHER))

    def _track_chunks(self, track: str, ppb: int | None) -> Iterator[bytes]:
        blocks = self.tracks[track]
        clock = self.clocks.me if track == ME else self.clocks.other
        yield b'{"blocks":['
        d = blocks.data
        n = len(blocks)
        step = 2048
        for start in range(0, n, step):
            stop = min(n, start + step)
            piece = b",".join(
                b"[%d,%d,%d,%d]" % (d[4 * i], d[4 * i + 1], d[4 * i + 2], d[4 * i + 3]) for i in range(start, stop)
            )
            yield piece if start == 0 else b"," + piece
        yield (
            b'],"clock":{"drift_ppb":%s,"frames":%d,"ns":%d},"frames":%d,"rate":%d}'
            % (_num(ppb), clock.frames, clock.ns, blocks.frames, blocks.rate)
        )


def _num(value: int | None) -> bytes:
    return b"null" if value is None else b"%d" % value


def placements(track: TrackBlocks, origin: int, rate: int, tolerance: int) -> Iterator[tuple[int, int, int, int]]:
    """Each block of the track placed on the listening copy (FORMAT §7.10): (place, frames dropped from its start,
    frames kept, the end ``e`` after it). Integers only, floor division."""
    end: int | None = None
    for i in range(len(track)):
        _seq, _offset, frames, mono = track.block(i)
        c = (mono - origin) * rate // 1_000_000_000
        dropped = 0
        if end is None or c > end + tolerance:
            place = c
        elif c < end - tolerance:
            place = end
            dropped = min(frames, end - c)
        else:
            place = end
        end = place + frames - dropped
        yield place, dropped, frames - dropped, end


class _Samples:
    """A track's sample bytes (the concatenation of its parts after their headers), read forward in frames."""

    def __init__(self, chunks: Iterable[bytes | memoryview]) -> None:
        self._chunks = iter(chunks)
        self._buf = memoryview(b"")

    def take(self, frames: int) -> list[memoryview]:
        need = 2 * frames
        out: list[memoryview] = []
        while need:
            if not self._buf:
                more = next(self._chunks, None)
                if more is None:
                    raise EOFError("the track ends before its blocks do")
                self._buf = memoryview(more).cast("B")
                continue
            piece = self._buf[:need]
            self._buf = self._buf[len(piece) :]
            need -= len(piece)
            out.append(piece)
        return out


def _channel(
    track: TrackBlocks, listening: Listening, samples: _Samples
) -> Iterator[tuple[int, int, list[memoryview]]]:
    """(place, frames, sample pieces) of each block's kept frames, in order (the dropped frames read past)."""
    for place, dropped, kept, _end in placements(
        track, listening.origin_mono_ns, listening.rate, listening.tolerance_frames
    ):
        if dropped:
            samples.take(dropped)
        if kept:
            yield place, kept, samples.take(kept)


def stereo_chunks(
    alignment: CallAlignment,
    listening: Listening,
    me_samples: Iterable[bytes | memoryview],
    other_samples: Iterable[bytes | memoryview],
) -> Iterator[bytes]:
    """call-stereo.wav: its header, then N frames, left = me, right = the other party, each track's samples placed
    by :func:`placements` (0 where a track has none). Produced window by window: memory stays a few windows."""
    yield wav.header(listening.frames, listening.rate, channels=2)
    sources = [
        _channel(alignment.tracks[ME], listening, _Samples(me_samples)),
        _channel(alignment.tracks[OTHER], listening, _Samples(other_samples)),
    ]
    # The block each channel is placing: (place, frames left, its sample bytes left)
    current: list[tuple[int, int, bytes] | None] = [None, None]
    for w0 in range(0, listening.frames, _WINDOW):
        w1 = min(listening.frames, w0 + _WINDOW)
        out = np.zeros((w1 - w0, 2), dtype="<i2")
        for ch in (0, 1):
            while True:
                block = current[ch]
                if block is None:
                    nxt = next(sources[ch], None)
                    if nxt is None:
                        break
                    place, kept, pieces = nxt
                    block = (place, kept, b"".join(pieces))
                place, kept, data = block
                if place >= w1:
                    current[ch] = block
                    break
                n = min(kept, w1 - place)
                out[place - w0 : place - w0 + n, ch] = np.frombuffer(data, dtype="<i2", count=n)
                if n < kept:
                    current[ch] = (place + n, kept - n, data[2 * n :])
                    break
                current[ch] = None
        yield out.tobytes()


def stereo_sha256(
    alignment: CallAlignment, me_samples: Iterable[bytes | memoryview], other_samples: Iterable[bytes | memoryview]
) -> str | None:
    """The SHA-256 of the listening copy derived from the two tracks' sample streams (None: there is none)."""
    listening = alignment.listening()
    if listening is None:
        return None
    h = hashlib.sha256()
    for chunk in stereo_chunks(alignment, listening, me_samples, other_samples):
        h.update(chunk)
    return h.hexdigest()
