"""The timeline cache (docs/FORMAT.md §5.4): what the review screen needs to draw a session — its audio block
index, its events and the waveform's peaks — built record by record and kept ENCRYPTED beside the journal.

One builder, :class:`TimelineState`, is fed the same way by the session writer while it records (so a sealed
session has its cache the moment it is sealed, and a crash leaves one at most ten minutes old) and by a reader
decrypting a journal (a session without a usable cache, or the records after the last cache of an interrupted
one). The cache is derived data, never evidence: it is bound to the journal's header, size and last record (it
must hold that record's hash, checked by decrypting that one record), it is completed or rebuilt whenever it does
not match, and deleting it loses nothing.

NumPy (and what only a failure or an event needs) is imported where it is used: the session writer imports this
module, and the path to the first recorded block should stay short.
"""

from __future__ import annotations

import json
import os
import struct
import threading
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from . import crypto
from .canonical import canonical_json
from .chain import entry_hash, is_other_track
from .journal import FRAME_MAGIC, MAX_RECORD, Frame, record_aad, unpack_record
from .timeline import event_time_ns

CACHE_FILE = "timeline.cache"
CACHE_MAGIC = b"EVRTLC03"
CACHE_FORMAT = "evidence-recorder-timeline-cache"
CACHE_VERSION = 3  # 3: a call's other track (its blocks and peaks) is kept too
CACHE_KEY_INFO = b"evidence-recorder/timeline-cache/v1\n"
PEAK_FRAMES = 512  # one (min, max) pair per 512 frames: 10.7 ms at 48 kHz, about 4 MB for 3 hours
# Entries that are not events on the timeline: audio is the waveform itself, checkpoints are bookkeeping.
NOT_EVENTS = frozenset({"audio", "checkpoint"})
# One row per audio record: seq, file offset of its frame, frame_offset, frames, mono_ns (little-endian).
BLOCK_ROW = struct.Struct("<QQQQq")
# While recording, the cache is rewritten every ten minutes of recorded time, so that after a crash opening the
# session decrypts at most those minutes (a few tenths of a second). Each write costs up to about 50 ms of CPU
# after hours of recording, on a thread of its own: well under a hundredth of a percent of a core.
WRITE_EVERY_NS = 600 * 1_000_000_000
FRAME_HEAD = struct.Struct(">2sBQI12s")  # docs/FORMAT.md §3.1, as in core.journal
KEEP_FREE = 256 << 20  # the recording writes no cache when less than this would stay free on its disk


def cache_key(data_key: bytes, session_id: str) -> bytes:
    # Derived from the session's data key, so only someone who could read the journal can make a cache that
    # authenticates (a cache made with the public recording key alone would not).
    return HKDF(algorithm=hashes.SHA256(), length=crypto.KEY_LEN, salt=None, info=CACHE_KEY_INFO).derive(
        data_key + session_id.encode("ascii")
    )


class TimelineState:
    """The cache's content after the first :attr:`records` records of a journal; :meth:`add` feeds the next.

    For an audio record the cost is a few attribute updates and two byte copies (its index row and its
    samples); samples are reduced to peaks a megabyte at a time, so hours of recording take a few megabytes.
    """

    BATCH = 1 << 20  # bytes of samples gathered before they are reduced to peaks

    def __init__(self) -> None:
        self.last: Frame | None = None  # the last record added: where it sits, its number and flags
        self.head = ""  # its entry hash
        self.rate = 0
        self.total_frames = 0
        self.source: dict[str, Any] | None = None
        self.case: str | None = None
        # [seq, entry hash, {"kind", "utc", "body", "payload"?, "at"?}]: every entry except audio and checkpoints
        self.events: list[list[Any]] = []
        self.blocks = bytearray()  # BLOCK_ROW per audio record, in order
        self.peaks = bytearray()  # little-endian i16 (min, max) per whole PEAK_FRAMES frames
        self.pending = bytearray()  # samples not reduced yet (fewer than PEAK_FRAMES after reduce())
        # A call's other track (FORMAT §4.5), the same way in its own frames; all empty in a one-track session.
        self.other_rate = 0
        self.other_total_frames = 0
        self.other_blocks = bytearray()
        self.other_peaks = bytearray()
        self.other_pending = bytearray()

    @property
    def records(self) -> int:
        return self.last.seq + 1 if self.last is not None else 0

    @property
    def final(self) -> bool:
        return self.last is not None and self.last.final

    def add(self, frame: Frame, entry: dict[str, Any], h: str, payload: bytes) -> None:
        """Record ``frame`` (the next one), its entry, the entry's hash and its payload (the samples of audio)."""
        self.last = frame
        self.head = h
        kind = entry["kind"]
        if kind == "audio" and is_other_track(entry):
            self._other(frame, entry, payload)
        elif kind == "audio":
            body = entry["body"]
            frames = body["frames"]
            if not self.rate:
                self.rate = int(body["rate"])
            self.blocks += BLOCK_ROW.pack(frame.seq, frame.offset, body["frame_offset"], frames, entry["mono_ns"])
            self.total_frames += frames
            self.pending += payload
            if len(self.pending) >= self.BATCH:
                self.reduce()
        elif kind not in NOT_EVENTS:
            self._event(frame.seq, h, str(kind), entry)

    def _other(self, frame: Frame, entry: dict[str, Any], payload: bytes) -> None:
        body = entry["body"]
        if not self.other_rate:
            self.other_rate = int(body["rate"])
        row = BLOCK_ROW.pack(frame.seq, frame.offset, body["frame_offset"], body["frames"], entry["mono_ns"])
        self.other_blocks += row
        self.other_total_frames += body["frames"]
        self.other_pending += payload
        if len(self.other_pending) >= self.BATCH:
            self.reduce()

    def _event(self, seq: int, h: str, kind: str, entry: dict[str, Any]) -> None:
        body = entry.get("body")
        # A copy: the caller's dictionary is what was hashed, and must not change the cache if it changes later.
        import copy

        body = copy.deepcopy(body) if isinstance(body, dict) else {}
        item: dict[str, Any] = {"kind": kind, "utc": str(entry.get("utc")), "body": body}
        payload = entry.get("payload")
        if isinstance(payload, dict):
            item["payload"] = dict(payload)
        try:
            item["at"] = event_time_ns(entry)  # when it happened; placed in the audio when the timeline is made
        except (KeyError, TypeError, ValueError):
            pass  # no usable time: shown at the start
        if kind == "start":
            self.source = body.get("source") if isinstance(body.get("source"), dict) else None
            self.case = body.get("case") if isinstance(body.get("case"), str) else None
        self.events.append([seq, h, item])

    def reduce(self) -> None:
        """Turn the gathered samples into peaks, keeping back what does not fill a whole PEAK_FRAMES."""
        self.pending = _reduce(self.pending, self.peaks)
        if self.other_pending:
            self.other_pending = _reduce(self.other_pending, self.other_peaks)

    def copy(self) -> TimelineState:
        """A snapshot that later :meth:`add` calls do not change (events are never changed once added)."""
        other = TimelineState()
        other.__dict__.update(self.__dict__)
        other.events = list(self.events)
        for name in _SECTIONS:
            setattr(other, name, bytearray(getattr(self, name)))
        return other

    # -- the plaintext of the cache ----------------------------------------------------------------------------
    def plaintext(self) -> bytes:
        meta = {
            "head": self.head,
            "rate": self.rate,
            "total_frames": self.total_frames,
            "source": self.source,
            "case": self.case,
            "other_rate": self.other_rate,
            "other_total_frames": self.other_total_frames,
            "events": self.events,
        }
        counts = {name: len(getattr(self, name)) // size for name, size in _SECTIONS.items()}
        meta.update(counts)
        # Sorted and compact, but not checked for the canonical profile: this is derived data, never hashed.
        m = json.dumps(meta, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        parts = [bytes(getattr(self, name)[: counts[name] * size]) for name, size in _SECTIONS.items()]
        return b"".join((len(m).to_bytes(4, "big"), m, *parts))

    @classmethod
    def of_plaintext(cls, plain: bytes, last: Frame) -> TimelineState:
        """The state a cache holds; ``last`` is its last record as read (and authenticated) from the journal."""
        m = int.from_bytes(plain[:4], "big")
        meta = json.loads(plain[4 : 4 + m])
        state = cls()
        state.last = last
        state.head = str(meta["head"])
        state.rate = int(meta["rate"])
        state.total_frames = int(meta["total_frames"])
        state.other_rate = int(meta["other_rate"])
        state.other_total_frames = int(meta["other_total_frames"])
        source, case = meta.get("source"), meta.get("case")
        state.source = source if isinstance(source, dict) else None
        state.case = case if isinstance(case, str) else None
        state.events = meta["events"]
        for seq, h, item in state.events:
            if type(seq) is not int or not isinstance(h, str) or not isinstance(item, dict):
                raise ValueError("cache event")
        at = 4 + m
        for name, size in _SECTIONS.items():
            n = int(meta[name]) * size
            if n < 0 or at + n > len(plain):
                raise ValueError("cache shorter than its counts")
            setattr(state, name, bytearray(plain[at : at + n]))
            at += n
        if at != len(plain):
            raise ValueError("cache longer than its counts")
        return state


# The byte sections of the plaintext after its meta, in order, and the size of one item of each.
_SECTIONS = {
    "blocks": BLOCK_ROW.size,
    "peaks": 4,
    "pending": 2,
    "other_blocks": BLOCK_ROW.size,
    "other_peaks": 4,
    "other_pending": 2,
}


def _reduce(pending: bytearray, peaks: bytearray) -> bytearray:
    """Append the peaks of ``pending``'s whole PEAK_FRAMES to ``peaks``; what is left over, as a new buffer."""
    import numpy as np

    samples = np.frombuffer(pending, dtype="<i2", count=len(pending) // 2)
    whole = len(samples) // PEAK_FRAMES * PEAK_FRAMES
    if whole:
        # Reduced across the transposed bins: NumPy then works on whole rows of bins at once (faster than
        # bin by bin along axis 1).
        bins = samples[:whole].reshape(-1, PEAK_FRAMES).T
        pairs = np.empty((whole // PEAK_FRAMES, 2), dtype="<i2")
        np.minimum.reduce(bins, axis=0, out=pairs[:, 0])
        np.maximum.reduce(bins, axis=0, out=pairs[:, 1])
        peaks += pairs.tobytes()
    del samples  # a new buffer rather than resizing one NumPy still looks at
    return bytearray(pending[whole * 2 :])


# -- the cache file ------------------------------------------------------------------------------------------
def write_cache(
    path: Path, data_key: bytes, session_id: str, header_hash: bytes, journal_size: int, state: TimelineState
) -> None:
    """Write the cache of the journal's first ``journal_size`` bytes (the state's records; any torn tail)."""
    if state.last is None:
        return  # nothing to bind to
    header = canonical_json(
        {
            "format": CACHE_FORMAT,
            "version": CACHE_VERSION,
            "session": session_id,
            "journal_header_sha256": header_hash.hex(),
            "journal_size": journal_size,
            "records": state.records,
            "last_record_offset": state.last.offset,
            "peak_frames": PEAK_FRAMES,
        }
    )
    nonce, ct = crypto.aead_encrypt(cache_key(data_key, session_id), state.plaintext(), CACHE_MAGIC + header)
    _replace(path, CACHE_MAGIC + len(header).to_bytes(4, "big") + header + nonce + ct)


def _replace(path: Path, data: bytes) -> None:
    # Written beside and renamed, so a reader sees the old cache or the new one. No fsync: after a power loss a
    # torn cache fails to authenticate and is rebuilt, so durability would only cost the recording disk time.
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}-{threading.get_ident()}")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with open(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        try:
            tmp.unlink()
        except OSError:
            pass
        raise


def remove_leftovers(directory: Path) -> None:
    """Remove temporary cache files a killed process left behind (ciphertext, but clutter)."""
    try:
        for p in directory.glob(f".{CACHE_FILE}.tmp-*"):
            p.unlink()
    except OSError:
        pass


def read_cache(
    path: Path, journal: Path, data_key: bytes, session_id: str, header_hash: bytes, journal_size: int
) -> tuple[TimelineState, int] | None:
    """The state a cache holds and the journal size it covers, or None if it does not belong to this journal.

    It belongs if it authenticates under this session's cache key, names this journal's header, covers no more
    than the journal's ``journal_size`` bytes, and its last record is there: at its offset, with its number,
    authenticating, with the entry hash the cache holds. The caller uses it whole if it covers the journal's
    size, else reads only the records after it.
    """
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    n = len(CACHE_MAGIC)
    if raw[:n] != CACHE_MAGIC or len(raw) < n + 4:
        return None
    hlen = int.from_bytes(raw[n : n + 4], "big")
    header_bytes = raw[n + 4 : n + 4 + hlen]
    rest = raw[n + 4 + hlen :]
    try:
        header = json.loads(header_bytes)
        expected = {
            "format": CACHE_FORMAT,
            "version": CACHE_VERSION,
            "session": session_id,
            "journal_header_sha256": header_hash.hex(),
            "peak_frames": PEAK_FRAMES,
        }
        if not isinstance(header, dict) or any(header.get(k) != v for k, v in expected.items()):
            return None
        covered, records, offset = header["journal_size"], header["records"], header["last_record_offset"]
        if not all(type(x) is int for x in (covered, records, offset)):
            return None
        if not (records > 0 and 0 < offset < covered <= journal_size):
            return None
        key = cache_key(data_key, session_id)
        nonce, ct = rest[: crypto.NONCE_LEN], rest[crypto.NONCE_LEN :]
        plain = crypto.aead_decrypt(key, nonce, ct, CACHE_MAGIC + header_bytes)
        last = _read_record(journal, data_key, header_hash, offset)
        if last is None:
            return None
        frame, h = last
        if frame.seq != records - 1 or frame.end > covered:
            return None
        state = TimelineState.of_plaintext(plain, frame)
        if state.head != h:
            return None
        return state, covered
    except (crypto.InvalidTag, ValueError, KeyError, TypeError, IndexError, UnicodeDecodeError):
        return None


def _read_record(journal: Path, data_key: bytes, header_hash: bytes, offset: int) -> tuple[Frame, str] | None:
    """Decrypt the one record whose frame starts at ``offset``: (its frame, its entry hash), or None."""
    try:
        with open(journal, "rb") as f:
            head = os.pread(f.fileno(), FRAME_HEAD.size, offset)
            if len(head) < FRAME_HEAD.size:
                return None
            magic, flags, seq, length, nonce = FRAME_HEAD.unpack(head)
            if magic != FRAME_MAGIC or not crypto.TAG_LEN <= length <= MAX_RECORD:
                return None
            ct = os.pread(f.fileno(), length, offset + FRAME_HEAD.size)
    except OSError:
        return None
    if len(ct) < length:
        return None
    try:
        plain = crypto.aead_decrypt(data_key, nonce, ct, record_aad(header_hash, flags, seq))
        entry, _payload = unpack_record(plain)
    except (crypto.InvalidTag, ValueError):
        return None
    return Frame(seq, flags, offset, length, nonce), entry_hash(entry)


# -- kept by the session writer --------------------------------------------------------------------------------
class CacheWriter:
    """The timeline cache of a session being recorded: fed every record by the session writer (under its lock),
    written at the seal, and every WRITE_EVERY_NS of recorded time on a short-lived thread of its own.

    Derived data must never stop a recording: if anything here fails, the cache is given up (the session then
    opens the slow way, by decrypting its journal once) and recording carries on.
    """

    def __init__(self, directory: Path, session_id: str, data_key: bytes, header_hash: bytes) -> None:
        self._path = directory / CACHE_FILE
        self._id = session_id
        self._key = data_key  # the session data key: memory only, like the session's own copy
        self._header_hash = header_hash
        self._state: TimelineState | None = TimelineState()
        self._due: int | None = None
        self._thread: threading.Thread | None = None

    def add(self, frame: Frame, entry: dict[str, Any], h: str, payload: bytes) -> None:
        state = self._state
        if state is None:
            return
        try:
            state.add(frame, entry, h, payload)
            at = entry["mono_ns"]
            if self._due is None:
                self._due = at + WRITE_EVERY_NS
            elif at >= self._due and not frame.final:
                self._due = at + WRITE_EVERY_NS
                self._write_in_background(state, frame.end)
        except Exception:  # see the class comment
            _warn("timeline cache of %s given up while recording", self._id)
            self._state = None

    def _write_in_background(self, state: TimelineState, journal_size: int) -> None:
        if self._thread is not None and self._thread.is_alive():
            return  # the previous one is still writing (a very slow disk): skip this one
        state.reduce()
        snapshot = state.copy()  # a few megabytes copied under the session lock; the rest off it
        self._thread = threading.Thread(
            target=self._write, args=(snapshot, journal_size), name=f"timeline-cache-{self._id}"
        )
        self._thread.start()

    def _write(self, state: TimelineState, journal_size: int) -> None:
        try:
            # The evidence comes first: on a nearly full disk the space is left to the journal.
            disk = os.statvfs(self._path.parent)
            size = len(state.blocks) + len(state.peaks) + 200 * len(state.events)  # about the file's size
            if disk.f_bavail * disk.f_frsize < KEEP_FREE + 2 * size:
                return
            write_cache(self._path, self._key, self._id, self._header_hash, journal_size, state)
        except Exception:  # a cache that cannot be written is rebuilt when the session is opened
            _warn("could not write the timeline cache of %s", self._id)

    def seal(self, journal_size: int) -> None:
        """Write the cache of the sealed journal (``journal_size`` bytes, the seal last). Never raises."""
        self._join()
        state, self._state = self._state, None
        if state is not None:
            try:
                state.reduce()
            except Exception:  # see the class comment
                return
            self._write(state, journal_size)

    def discard(self) -> None:
        """The session ended without a seal: keep whatever the last periodic write left, write nothing more."""
        self._join()
        self._state = None

    def _join(self) -> None:
        if self._thread is not None:
            self._thread.join()
            self._thread = None


def _warn(message: str, session_id: str) -> None:
    import logging

    logging.getLogger(__name__).warning(message, session_id, exc_info=True)
