"""A session's timeline for review: where its audio blocks sit, where each event sits in the audio, and the
waveform's peaks — computed once by decrypting the journal in memory, then cached ENCRYPTED beside it.

Opening a long session must be quick and must not hold its audio in memory (issue 5, item 6): the cache
(docs/FORMAT.md §5.4) keeps the block index (record number → frame range), the events and the peaks, so a later
opening decrypts a few megabytes instead of the whole journal; :class:`AudioReader` then decrypts only the
records that cover the frames being played. The cache is derived data: it is never evidence, it is rebuilt
whenever it does not match the journal, and deleting it loses nothing.
"""

from __future__ import annotations

import bisect
import json
import os
import struct
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from . import crypto
from .canonical import canonical_json
from .chain import entry_hash
from .errors import FormatError
from .fsutil import atomic_write, os_errors
from .journal import FRAME_MAGIC, Frame, Scan, _read_header, is_locked, record_aad, unpack_record
from .progress import CancelFlag, Cancelled, Progress, never, no_progress
from .session import JOURNAL_FILE, read_blob
from .store import INTERRUPTED, INTERRUPTED_FILE, RECORDING, SEALED, UNFINISHED, SessionReader, data_key
from .timeline import AudioClock, Block, event_time_ns
from .vault import Vault

CACHE_FILE = "timeline.cache"
CACHE_MAGIC = b"EVRTLC01"
CACHE_FORMAT = "evidence-recorder-timeline-cache"
CACHE_VERSION = 1
CACHE_KEY_INFO = b"evidence-recorder/timeline-cache/v1\n"
PEAK_FRAMES = 512  # one (min, max) pair per 512 frames: 10.7 ms at 48 kHz, about 4 MB for 3 hours
# Entries that are not events on the timeline: audio is the waveform itself, checkpoints are bookkeeping.
NOT_EVENTS = frozenset({"audio", "checkpoint"})
BLOCK_DTYPE = np.dtype(
    [("seq", "<u8"), ("file_offset", "<u8"), ("frame_offset", "<u8"), ("frames", "<u8"), ("mono_ns", "<i8")]
)
_FRAME_HEAD = struct.Struct(">2sBQI12s")


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
    from_cache: bool = False
    damaged_at: int | None = None  # the record where reading stopped because it failed authentication
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


def cache_key(data_key: bytes, session_id: str) -> bytes:
    # Derived from the session's data key, so only someone who could read the journal can make a cache that
    # authenticates (a cache made with the public recording key alone would not).
    return HKDF(algorithm=hashes.SHA256(), length=crypto.KEY_LEN, salt=None, info=CACHE_KEY_INFO).derive(
        data_key + session_id.encode("ascii")
    )


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


def open_timeline(
    vault: Vault,
    recording: X25519PrivateKey,
    session_id: str,
    progress: Progress = no_progress,
    cancel: CancelFlag = never,
    use_cache: bool = True,
) -> tuple[Timeline, SessionAccess]:
    """Open a session for review: its timeline, and access for streaming its audio and photos.

    With a cache matching the journal (same size and header), only the journal's header and the cache are
    read — no walk over the journal's frames; otherwise the journal is decrypted once and the cache written.
    """
    directory = vault.session_dir(session_id)
    path = directory / JOURNAL_FILE
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
            cached = _read_cache(directory / CACHE_FILE, access)
            if cached is not None:
                progress(1, 1)
                return cached, access
    reader = SessionReader(vault, recording, session_id)
    return load_timeline(vault, reader, progress, cancel, use_cache=False), SessionAccess.of(reader)


def load_timeline(
    vault: Vault,
    reader: SessionReader,
    progress: Progress = no_progress,
    cancel: CancelFlag = never,
    use_cache: bool = True,
) -> Timeline:
    """The session's timeline from an opened reader: from the cache when it matches, else built and cached."""
    access = SessionAccess.of(reader)
    path = reader.dir / CACHE_FILE
    if use_cache:
        cached = _read_cache(path, access)
        if cached is not None:
            progress(1, 1)
            return cached
    timeline = build_timeline(reader, progress, cancel)
    # Not while still growing (the cache would be stale at once), nor for a damaged journal (nothing to keep).
    if reader.status.state != RECORDING and timeline.damaged_at is None:
        try:
            with os_errors(vault.home):
                _write_cache(path, access, timeline, final=bool(reader.scan.frames) and reader.scan.frames[-1].final)
        except (OSError, ValueError, FormatError):
            pass  # a read-only vault still reviews; it just cannot keep the cache
    return timeline


def build_timeline(reader: SessionReader, progress: Progress = no_progress, cancel: CancelFlag = never) -> Timeline:
    """Decrypt the journal once: block index, events and peaks (no audio kept beyond one block)."""
    sc = reader.scan
    rows: list[tuple[int, int, int, int, int]] = []
    entries: list[tuple[int, str, dict[str, Any]]] = []
    peaks = _PeakAccumulator()
    rate = 0
    head = ""
    source: dict[str, Any] | None = None
    case: str | None = None
    count = 0
    damaged_at: int | None = None
    records = reader.records()
    while True:
        if cancel():
            raise Cancelled()
        try:
            frame, entry_bytes, payload = next(records)
        except StopIteration:
            break
        except crypto.InvalidTag:
            # Altered or damaged from here on: show what precedes it; the check reports the rest.
            damaged_at = count
            break
        entry = json.loads(entry_bytes)
        head = entry_hash(entry_bytes)
        count += 1
        kind = entry.get("kind")
        body = entry.get("body") or {}
        if kind == "audio":
            rate = rate or int(body["rate"])
            rows.append(
                (frame.seq, frame.offset, int(body["frame_offset"]), int(body["frames"]), int(entry["mono_ns"]))
            )
            peaks.add(payload)
        elif kind not in NOT_EVENTS:
            if kind == "start":
                source = body.get("source") if isinstance(body.get("source"), dict) else None
                case = body.get("case") if isinstance(body.get("case"), str) else None
            entries.append((frame.seq, head, entry))
        if frame.seq % 256 == 0:
            progress(frame.end, sc.size)
    blocks = np.array(rows, dtype=BLOCK_DTYPE) if rows else np.zeros(0, dtype=BLOCK_DTYPE)
    timeline = Timeline(
        session=reader.id,
        state=reader.status.state,
        rate=rate or 48000,
        total_frames=int(blocks["frames"].sum()) if len(blocks) else 0,
        blocks=blocks,
        peaks=peaks.finish(),
        events=[],
        head=head,
        entries=count,
        source=source,
        case=case,
        damaged_at=damaged_at,
    )
    timeline.events = place_events(timeline.blocks, timeline.rate, entries)
    progress(sc.size, sc.size)
    return timeline


def place_events(blocks: np.ndarray, rate: int, entries: list[tuple[int, str, dict[str, Any]]]) -> list[Event]:
    """Each event at its audio offset, by :class:`~recorder.core.timeline.AudioClock` (when it happened)."""
    clock = AudioClock([Block(int(b["mono_ns"]), int(b["frame_offset"]), int(b["frames"]), rate) for b in blocks])
    out = []
    for seq, h, e in entries:
        body = e.get("body")
        payload = e.get("payload")
        try:
            frame = clock.frame_at(event_time_ns(e))
        except (KeyError, TypeError, ValueError):
            frame = 0
        out.append(
            Event(
                seq=seq,
                hash=h,
                kind=str(e.get("kind")),
                utc=str(e.get("utc")),
                frame=frame,
                body=body if isinstance(body, dict) else {},
                payload=payload if isinstance(payload, dict) else None,
            )
        )
    return out


class _PeakAccumulator:
    """Min and max of every PEAK_FRAMES frames, fed block by block (blocks need not align with bins).

    Blocks are gathered into a few megabytes before reducing, so the per-block cost is a copy, not numpy calls.
    """

    BATCH = 4 << 20  # bytes

    def __init__(self) -> None:
        self._parts: list[np.ndarray] = []
        self._buffer = bytearray()

    def add(self, pcm: bytes) -> None:
        self._buffer += pcm
        if len(self._buffer) >= self.BATCH:
            self._reduce(final=False)

    def _reduce(self, final: bool) -> None:
        samples = np.frombuffer(self._buffer, dtype="<i2", count=len(self._buffer) // 2)
        whole = len(samples) // PEAK_FRAMES * PEAK_FRAMES
        if whole:
            bins = samples[:whole].reshape(-1, PEAK_FRAMES)
            self._parts.append(np.stack([bins.min(axis=1), bins.max(axis=1)], axis=1))
        if final and len(samples) > whole:
            rest = samples[whole:]
            self._parts.append(np.array([[rest.min(), rest.max()]], dtype="<i2"))
        carry = bytes(self._buffer[whole * 2 :])
        self._buffer = bytearray(carry)

    def finish(self) -> np.ndarray:
        self._reduce(final=True)
        self._buffer = bytearray()
        if not self._parts:
            return np.zeros((0, 2), dtype="<i2")
        return np.concatenate(self._parts).astype("<i2")


# -- the cache file (docs/FORMAT.md §5.4) -------------------------------------------------------------------
def _cache_header(access: SessionAccess) -> bytes:
    return canonical_json(
        {
            "format": CACHE_FORMAT,
            "version": CACHE_VERSION,
            "session": access.id,
            "journal_size": access.size,
            "journal_header_sha256": access.header_hash.hex(),
            "peak_frames": PEAK_FRAMES,
        }
    )


def _write_cache(path: Path, access: SessionAccess, t: Timeline, final: bool) -> None:
    meta = canonical_json(
        {
            "rate": t.rate,
            "total_frames": t.total_frames,
            "blocks": len(t.blocks),
            "peaks": len(t.peaks),
            "head": t.head,
            "entries": t.entries,
            "final": final,
            "source": t.source,
            "case": t.case,
            "events": [[ev.seq, ev.hash, _entry_of(ev)] for ev in t.events],
        }
    )
    plain = len(meta).to_bytes(4, "big") + meta + t.blocks.tobytes() + t.peaks.astype("<i2").tobytes()
    header = _cache_header(access)
    nonce, ct = crypto.aead_encrypt(cache_key(access.key, access.id), plain, CACHE_MAGIC + header)
    atomic_write(path, CACHE_MAGIC + len(header).to_bytes(4, "big") + header + nonce + ct)
    os.chmod(path, 0o600)


def _entry_of(ev: Event) -> dict[str, Any]:
    # The fields placement needs; the cache keeps the entry's hash, so its bytes need not be kept.
    out: dict[str, Any] = {"kind": ev.kind, "utc": ev.utc, "body": ev.body, "frame": ev.frame}
    if ev.payload is not None:
        out["payload"] = ev.payload
    return out


def _state(access: SessionAccess, final: bool) -> str:
    if final:
        return SEALED
    if is_locked(access.journal):
        return RECORDING
    return INTERRUPTED if (access.dir / INTERRUPTED_FILE).exists() else UNFINISHED


def _read_cache(path: Path, access: SessionAccess) -> Timeline | None:
    """The cached timeline, or None if there is none, it is stale (the journal differs) or it fails to decrypt.

    Sets ``access.state`` from what the cache knows of the journal's last record (sealed or not).
    """
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    header = _cache_header(access)
    n = len(CACHE_MAGIC)
    if raw[:n] != CACHE_MAGIC or raw[n + 4 : n + 4 + len(header)] != header:
        return None
    if int.from_bytes(raw[n : n + 4], "big") != len(header):
        return None
    rest = raw[n + 4 + len(header) :]
    try:
        key = cache_key(access.key, access.id)
        plain = crypto.aead_decrypt(key, rest[: crypto.NONCE_LEN], rest[crypto.NONCE_LEN :], CACHE_MAGIC + header)
        m = int.from_bytes(plain[:4], "big")
        meta = json.loads(plain[4 : 4 + m])
        nb, npk = int(meta["blocks"]), int(meta["peaks"])
        at = 4 + m
        blocks = np.frombuffer(plain, dtype=BLOCK_DTYPE, count=nb, offset=at).copy()
        at += nb * BLOCK_DTYPE.itemsize
        peaks = np.frombuffer(plain, dtype="<i2", count=npk * 2, offset=at).reshape(npk, 2).copy()
        events = [
            Event(int(seq), str(h), e["kind"], e["utc"], int(e["frame"]), e["body"], e.get("payload"))
            for seq, h, e in meta["events"]
        ]
        access.state = _state(access, bool(meta["final"]))
        return Timeline(
            session=access.id,
            state=access.state,
            rate=int(meta["rate"]),
            total_frames=int(meta["total_frames"]),
            blocks=blocks,
            peaks=peaks,
            events=events,
            head=str(meta["head"]),
            entries=int(meta["entries"]),
            source=meta.get("source"),
            case=meta.get("case"),
            from_cache=True,
        )
    except (crypto.InvalidTag, ValueError, KeyError, TypeError, IndexError):
        return None


# -- streaming the audio ------------------------------------------------------------------------------------
class AudioReader:
    """Reads any frame range of the session's audio by decrypting only the records that hold it.

    Keeps the last few decrypted blocks in memory (a block is at most a few hundred milliseconds), so playback
    of a three-hour session uses as little memory as of a three-minute one. Thread-safe.
    """

    KEEP = 4

    def __init__(self, access: SessionAccess, timeline: Timeline) -> None:
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
        head = self._file.read(_FRAME_HEAD.size)
        magic, flags, got_seq, length, nonce = _FRAME_HEAD.unpack(head)
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
