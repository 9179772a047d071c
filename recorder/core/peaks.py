"""A session's timeline for review: where its audio blocks sit, where each event sits in the audio, and the
waveform's peaks — from the encrypted timeline cache (:mod:`recorder.core.timeline_cache`) when it matches the
journal, else by decrypting the journal in memory (only the records the cache does not cover).

Opening a long session must be quick and must not hold its audio in memory (issue 5, item 6): the session writer
builds the cache while recording and writes it at the seal, so even the first opening of a sealed session
decrypts a few megabytes instead of the journal; :class:`AudioReader` then decrypts only the records that cover
the frames being played. The cache is derived data: it is never evidence, it is completed or rebuilt whenever it
does not match the journal, and deleting it loses nothing.
"""

from __future__ import annotations

import bisect
import json
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from . import crypto
from .chain import entry_hash
from .journal import FRAME_MAGIC, Frame, Scan, _read_header, is_locked, read_records, record_aad, unpack_record
from .progress import CancelFlag, Cancelled, Progress, never, no_progress
from .session import JOURNAL_FILE, read_blob
from .store import INTERRUPTED, INTERRUPTED_FILE, RECORDING, SEALED, UNFINISHED, SessionReader, data_key
from .timeline import AudioClock
from .timeline_cache import (
    BLOCK_ROW,
    CACHE_FILE,
    FRAME_HEAD,
    TimelineState,
    read_cache,
    remove_leftovers,
    write_cache,
)
from .vault import Vault

BLOCK_DTYPE = np.dtype(
    [("seq", "<u8"), ("file_offset", "<u8"), ("frame_offset", "<u8"), ("frames", "<u8"), ("mono_ns", "<i8")]
)
assert BLOCK_DTYPE.itemsize == BLOCK_ROW.size


@dataclass(frozen=True)
class Event:
    """One captured entry shown on the timeline, placed at ``frame`` in the session's audio."""

    seq: int
    hash: str
    kind: str
    utc: str
    frame: int
    body: dict[str, Any]
    payload: dict[str, Any] | None = None


@dataclass
class Track:
    """A call's other track (FORMAT §4.5) in its own frames: its block index and peaks, as :class:`Timeline` has
    them for the microphone's. :mod:`recorder.core.tracks` places it on the microphone's timeline."""

    rate: int
    total_frames: int
    blocks: np.ndarray  # BLOCK_DTYPE, in frame order
    peaks: np.ndarray  # int16, shape (n, 2), PEAK_FRAMES frames of this track each
    _starts: list[int] = field(default_factory=list, repr=False)

    def block_at(self, frame: int) -> int:
        if not self._starts:
            self._starts = [int(x) for x in self.blocks["frame_offset"]]
        return bisect.bisect_right(self._starts, frame) - 1


@dataclass
class Timeline:
    """Everything the review screen needs to draw a session, without its audio."""

    session: str
    state: str
    rate: int
    total_frames: int
    blocks: np.ndarray  # BLOCK_DTYPE, in frame order
    peaks: np.ndarray  # int16, shape (n, 2): min and max of each PEAK_FRAMES frames
    events: list[Event]
    head: str  # hash of the last intact entry (the seal's, for a sealed session)
    entries: int
    source: dict[str, Any] | None = None
    case: str | None = None
    from_cache: bool = False  # drawn from the cache alone, without decrypting any record beyond the last
    records_read: int = 0  # journal records decrypted to make it (besides the one that binds the cache)
    damaged_at: int | None = None  # the record where reading stopped because it failed authentication
    other: Track | None = None  # a call's other party; None in a one-track session
    _starts: list[int] = field(default_factory=list, repr=False)

    @property
    def seconds(self) -> float:
        return self.total_frames / self.rate if self.rate else 0.0

    @property
    def interrupted(self) -> bool:
        return self.state == INTERRUPTED

    def block_at(self, frame: int) -> int:
        """Index into :attr:`blocks` of the block holding ``frame`` (-1 if there is no audio)."""
        if not self._starts:
            self._starts = [int(x) for x in self.blocks["frame_offset"]]
        return bisect.bisect_right(self._starts, frame) - 1


@dataclass
class SessionAccess:
    """What reviewing needs to read a session: its journal, header hash and data key (in memory only)."""

    id: str
    dir: Path
    journal: Path
    header_hash: bytes
    key: bytes
    size: int
    state: str

    @classmethod
    def of(cls, reader: SessionReader) -> SessionAccess:
        sc = reader.scan
        return cls(
            reader.id, reader.dir, reader.status.journal, sc.header_hash, reader._key, sc.size, reader.status.state
        )

    def blob(self, name: str, sha256_hex: str) -> bytes:
        """Decrypt an attachment's stored bytes (authenticated against its recorded hash), as SessionReader does."""
        return read_blob(self.dir, self.id, self.key, name, sha256_hex)

    def cached(self) -> tuple[TimelineState, int] | None:
        """The cache's state and the journal size it covers, if it belongs to this journal (see read_cache)."""
        return read_cache(self.dir / CACHE_FILE, self.journal, self.key, self.id, self.header_hash, self.size)


def open_timeline(
    vault: Vault,
    recording: X25519PrivateKey,
    session_id: str,
    progress: Progress = no_progress,
    cancel: CancelFlag = never,
    use_cache: bool = True,
) -> tuple[Timeline, SessionAccess]:
    """Open a session for review: its timeline, and access for streaming its audio and photos.

    With a cache covering the journal, only the journal's header, its last record and the cache are read — no
    walk over the journal's frames. With a cache covering the start of it (an interrupted recording), only the
    records after it are decrypted; without one, all of them. Either way the cache is then written.
    """
    directory = vault.session_dir(session_id)
    path = directory / JOURNAL_FILE
    seed: TimelineState | None = None
    if use_cache and (directory / CACHE_FILE).is_file() and not is_locked(path):
        try:
            with open(path, "rb") as f:
                header, header_hash, _start = _read_header(f, path)
                size = os.fstat(f.fileno()).st_size
        except OSError:
            header = None
        if header is not None and header.get("session") == session_id:
            key = data_key(Scan(header, header_hash, [], None, size), session_id, recording, path)
            access = SessionAccess(session_id, directory, path, header_hash, key, size, UNFINISHED)
            found = access.cached()
            if found is not None:
                state, covered = found
                if covered == size:
                    access.state = _state(access, state.final)
                    progress(1, 1)
                    return timeline_of(state, session_id, access.state, from_cache=True), access
                seed = state
    reader = SessionReader(vault, recording, session_id)
    return load_timeline(vault, reader, progress, cancel, use_cache=False, seed=seed), SessionAccess.of(reader)


def load_timeline(
    vault: Vault,
    reader: SessionReader,
    progress: Progress = no_progress,
    cancel: CancelFlag = never,
    use_cache: bool = True,
    seed: TimelineState | None = None,
) -> Timeline:
    """The session's timeline from an opened reader: from the cache when it covers the journal, else built
    (from ``seed`` or the cache when they cover the start of the journal) and cached."""
    access = SessionAccess.of(reader)
    if use_cache and seed is None:
        found = access.cached()
        if found is not None:
            state, covered = found
            if covered == access.size:
                progress(1, 1)
                return timeline_of(state, reader.id, reader.status.state, from_cache=True)
            seed = state
    timeline, state = _build(reader, seed, progress, cancel)
    # Not while still growing (the cache would be stale at once), nor for a damaged journal (nothing to keep).
    if reader.status.state != RECORDING and timeline.damaged_at is None:
        try:
            remove_leftovers(reader.dir)
            write_cache(reader.dir / CACHE_FILE, access.key, reader.id, access.header_hash, access.size, state)
        except (OSError, ValueError):
            pass  # a read-only vault or a full disk still reviews; it just cannot keep the cache
    return timeline


def build_timeline(
    reader: SessionReader,
    progress: Progress = no_progress,
    cancel: CancelFlag = never,
    seed: TimelineState | None = None,
) -> Timeline:
    """Decrypt the journal (after ``seed``'s records): block index, events and peaks, no audio kept whole."""
    return _build(reader, seed, progress, cancel)[0]


def _build(
    reader: SessionReader, seed: TimelineState | None, progress: Progress, cancel: CancelFlag
) -> tuple[Timeline, TimelineState]:
    sc = reader.scan
    state = seed
    # The seed must be the start of this journal as scanned: its last record where the cache says (the cache
    # reader has already decrypted that record and matched its hash).
    if state is not None:
        n = state.records
        if not (state.last is not None and len(sc.frames) >= n and sc.frames[n - 1].offset == state.last.offset):
            state = None
    if state is None:
        state = TimelineState()
    if state.records:
        rest = Scan(sc.header, sc.header_hash, sc.frames[state.records :], None, sc.size)
        records = read_records(reader.status.journal, rest, reader._key)
    else:
        records = reader.records()
    count = 0
    damaged_at: int | None = None
    while True:
        if cancel():
            raise Cancelled()
        try:
            frame, entry_bytes, payload = next(records)
        except StopIteration:
            break
        except crypto.InvalidTag:
            # Altered or damaged from here on: show what precedes it; the check reports the rest.
            damaged_at = state.records
            break
        count += 1
        state.add(frame, json.loads(entry_bytes), entry_hash(entry_bytes), payload)
        if frame.seq % 256 == 0:
            progress(frame.end, sc.size)
    state.reduce()
    timeline = timeline_of(state, reader.id, reader.status.state, records_read=count, damaged_at=damaged_at)
    progress(sc.size, sc.size)
    return timeline, state


def timeline_of(
    state: TimelineState,
    session_id: str,
    status: str,
    from_cache: bool = False,
    records_read: int = 0,
    damaged_at: int | None = None,
) -> Timeline:
    """The timeline a state describes: arrays for blocks and peaks, and each event placed in the audio."""
    blocks, pairs = _arrays(state.blocks, state.peaks, state.pending)
    rate = state.rate or 48000
    other = None
    if state.other_blocks:
        other_blocks, other_pairs = _arrays(state.other_blocks, state.other_peaks, state.other_pending)
        other = Track(state.other_rate or rate, state.other_total_frames, other_blocks, other_pairs)
    return Timeline(
        session=session_id,
        state=status,
        rate=rate,
        total_frames=state.total_frames,
        blocks=blocks,
        peaks=pairs,
        events=place_events(blocks, rate, state.events),
        head=state.head,
        entries=state.records,
        source=state.source,
        case=state.case,
        from_cache=from_cache,
        records_read=records_read,
        damaged_at=damaged_at,
        other=other,
    )


def _arrays(block_rows: bytearray, peaks: bytearray, pending: bytearray) -> tuple[np.ndarray, np.ndarray]:
    """A track's block index and its peak pairs (the last pair covering what remains after the whole
    PEAK_FRAMES), as arrays of their own."""
    blocks = np.frombuffer(block_rows, dtype=BLOCK_DTYPE).copy()
    pairs = np.frombuffer(peaks, dtype="<i2").reshape(-1, 2)
    rest = np.frombuffer(pending, dtype="<i2", count=len(pending) // 2)
    if len(rest):
        pairs = np.concatenate([pairs, np.array([[rest.min(), rest.max()]], dtype="<i2")])
    return blocks, pairs.copy()


def place_events(blocks: np.ndarray, rate: int, events: list[list[Any]]) -> list[Event]:
    """Each event at its audio offset, by :class:`~recorder.core.timeline.AudioClock` (when it happened)."""
    order = np.argsort(blocks["mono_ns"], kind="stable")
    ordered = blocks[order]
    clock = AudioClock.of_sorted(
        ordered["mono_ns"].tolist(), ordered["frame_offset"].tolist(), ordered["frames"].tolist(), rate
    )
    out = []
    for seq, h, e in events:
        at = e.get("at")
        body, payload = e.get("body"), e.get("payload")
        out.append(
            Event(
                seq=seq,
                hash=h,
                kind=str(e.get("kind")),
                utc=str(e.get("utc")),
                frame=clock.frame_at(at) if type(at) is int else 0,
                body=body if isinstance(body, dict) else {},
                payload=payload if isinstance(payload, dict) else None,
            )
        )
    return out


def _state(access: SessionAccess, final: bool) -> str:
    if final:
        return SEALED
    if is_locked(access.journal):
        return RECORDING
    return INTERRUPTED if (access.dir / INTERRUPTED_FILE).exists() else UNFINISHED


# -- streaming the audio ------------------------------------------------------------------------------------
class AudioReader:
    """Reads any frame range of the session's audio by decrypting only the records that hold it.

    Keeps the last few decrypted blocks in memory (a block is at most a few hundred milliseconds), so playback
    of a three-hour session uses as little memory as of a three-minute one. Thread-safe.
    """

    KEEP = 4

    def __init__(self, access: SessionAccess, timeline: Timeline | Track) -> None:
        # ``timeline``: the microphone's track (the Timeline itself) or a call's other Track.
        self._timeline = timeline
        self._key = access.key  # the session data key; memory only
        self._header_hash = access.header_hash
        self._file = open(access.journal, "rb")  # noqa: SIM115 - kept open while the view lives
        self._lock = threading.Lock()
        self._kept: dict[int, np.ndarray] = {}

    @property
    def total_frames(self) -> int:
        return self._timeline.total_frames

    def read(self, start: int, count: int) -> np.ndarray:
        """Up to ``count`` int16 samples from frame ``start`` (fewer at the end of the audio)."""
        t = self._timeline
        start = max(0, start)
        count = max(0, min(count, t.total_frames - start))
        out: list[np.ndarray] = []
        with self._lock:
            i = t.block_at(start)
            while count > 0 and 0 <= i < len(t.blocks):
                samples = self._block(i)
                into = start - int(t.blocks["frame_offset"][i])
                piece = samples[into : into + count]
                if not len(piece):
                    break
                out.append(piece)
                start += len(piece)
                count -= len(piece)
                i += 1
        return np.concatenate(out) if out else np.zeros(0, dtype="<i2")

    def _block(self, i: int) -> np.ndarray:
        kept = self._kept.get(i)
        if kept is not None:
            return kept
        row = self._timeline.blocks[i]
        payload = self._decrypt(int(row["file_offset"]), int(row["seq"]))
        samples = np.frombuffer(payload, dtype="<i2")
        if len(self._kept) >= self.KEEP:
            self._kept.pop(next(iter(self._kept)))
        self._kept[i] = samples
        return samples

    def _decrypt(self, offset: int, seq: int) -> bytes:
        self._file.seek(offset)
        head = self._file.read(FRAME_HEAD.size)
        magic, flags, got_seq, length, nonce = FRAME_HEAD.unpack(head)
        if magic != FRAME_MAGIC or got_seq != seq:
            raise crypto.InvalidTag()
        ct = self._file.read(length)
        frame = Frame(seq, flags, offset, length, nonce)
        plain = crypto.aead_decrypt(self._key, frame.nonce, ct, record_aad(self._header_hash, frame.flags, seq))
        entry, payload = unpack_record(plain)
        # The record authenticates; the entry's hash of the payload is what the session check verifies.
        if json.loads(entry).get("kind") != "audio":
            raise crypto.InvalidTag()
        return payload

    def close(self) -> None:
        with self._lock:
            self._kept.clear()
            self._file.close()
