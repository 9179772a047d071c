"""A recording session being written: the one place entries are made, chained, signed and appended.

The session's Ed25519 key is generated here and lives only in this object's memory; it signs a checkpoint at
least every ``checkpoint_interval`` seconds and the seal, and is dropped when the session ends (DESIGN P4).
All methods are thread-safe: the audio writer thread and the GUI or CLI thread append side by side.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from . import crypto, limits
from . import messages as M
from .allocator import keep_large_buffers_returnable
from .canonical import b64, canonical_json
from .chain import ENTRY_VERSION, GENESIS, OTHER_TRACK, entry_hash, fingerprint, sign_entry
from .drift import CallClocks
from .environment import Moment, environment
from .errors import FormatError, RecorderError, SessionEnded
from .fsutil import atomic_write, os_errors
from .journal import JOURNAL_FORMAT, JOURNAL_VERSION, JournalWriter, scan
from .ledger import JOURNAL_FILE as JOURNAL_FILE
from .ledger import record_session
from .padding import is_zeros, padme
from .timeline_cache import CacheWriter
from .vault import Vault

BLOBS_DIR = "blobs"
BLOB_MAGIC = b"EVRBLOB2"  # padded (docs/FORMAT.md §3.3); "EVRBLOB1" blobs (unpadded) are still read
BLOB_MAGIC_V1 = b"EVRBLOB1"
SAMPLE_FORMAT = "s16le"


@dataclass(frozen=True)
class Source:
    """Where the audio comes from. ``live`` is False for anything that is not a live capture device."""

    name: str
    live: bool
    kind: str = "device"  # "device", "test-signal", "file"

    def as_body(self) -> dict[str, Any]:
        return {"name": self.name, "live": self.live, "kind": self.kind}


def new_session_id(now: Moment) -> str:
    return time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(now.utc_ns // 1_000_000_000)) + "-" + secrets.token_hex(3)


def blob_aad(session_id: str, sha256_hex: str) -> bytes:
    return b"EVRB1" + session_id.encode("ascii") + bytes.fromhex(sha256_hex)


def blob_name(data_key: bytes, sha256_hex: str) -> str:
    # Keyed, so a stored name does not reveal the hash of a known photo to whoever holds the device.
    return hmac.new(data_key, b"blob-name\n" + bytes.fromhex(sha256_hex), hashlib.sha256).hexdigest() + ".blob"


def new_journal_header(
    recording_public: bytes, session_id: str, now: Moment, extra: dict[str, Any] | None = None
) -> tuple[dict[str, Any], bytes]:
    """A fresh data key and the journal header that carries it wrapped to the vault's recording key
    (docs/FORMAT.md §3.1–3.2). Session journals and review sittings are made the same way."""
    data_key = crypto.new_data_key()
    wrapped = crypto.wrap_key(recording_public, data_key, session_id.encode("ascii"))
    header: dict[str, Any] = {
        "format": JOURNAL_FORMAT,
        "version": JOURNAL_VERSION,
        "session": session_id,
        **(extra or {}),
        "created_utc": now.utc,
        "cipher": "chacha20-poly1305",
        "key_wrap": {
            "scheme": "x25519-hkdf-sha256-chacha20poly1305",
            "recipient": b64(recording_public),
            "ephemeral": b64(wrapped["ephemeral"]),
            "nonce": b64(wrapped["nonce"]),
            "ciphertext": b64(wrapped["ciphertext"]),
        },
    }
    return header, data_key


def read_blob(directory: Path, session_id: str, data_key: bytes, name: str, sha256_hex: str) -> bytes:
    """Decrypt an attachment's stored bytes (authenticated against the hash its entry recorded)."""
    if "/" in name or "\\" in name or name.startswith("."):
        raise FormatError(M.JOURNAL_CORRUPT, path=str(directory), offset=0, what="attachment name")
    raw = (directory / BLOBS_DIR / name).read_bytes()
    if not raw.startswith((BLOB_MAGIC, BLOB_MAGIC_V1)):
        raise crypto.InvalidTag()
    n = len(BLOB_MAGIC)
    plain = crypto.aead_decrypt(
        data_key, raw[n : n + crypto.NONCE_LEN], raw[n + crypto.NONCE_LEN :], blob_aad(session_id, sha256_hex)
    )
    if raw.startswith(BLOB_MAGIC_V1):
        return plain
    size = int.from_bytes(plain[:8], "big")
    if len(plain) < 8 or size > len(plain) - 8 or not is_zeros(memoryview(plain)[8 + size :]):
        raise crypto.InvalidTag()  # (authenticated, so only a writer's bug could get here)
    return plain[8 : 8 + size]


def pad_blob(data: bytes) -> bytes:
    """An attachment's plaintext as stored: its length (u64), its bytes, then zeros up to a Padmé size."""
    n = 8 + len(data)
    return len(data).to_bytes(8, "big") + data + bytes(padme(n) - n)


class Session:
    """Write one recording. Use :meth:`start`; end with :meth:`seal` (a crash leaves it for recovery)."""

    def __init__(
        self,
        vault: Vault,
        session_id: str,
        directory: Path,
        journal: JournalWriter,
        data_key: bytes,
        signing_key: Ed25519PrivateKey,
        checkpoint_interval: float,
        sync_interval: float,
    ) -> None:
        self.vault = vault
        self.id = session_id
        self.dir = directory
        self._journal = journal
        self._key = data_key
        self._signer: Ed25519PrivateKey | None = signing_key
        self._lock = threading.RLock()
        # fsync runs outside _lock (a slow disk must not stall a tag pressed on the GUI thread); _sync_lock keeps
        # it from racing the close at the seal. Order: _sync_lock, then _lock.
        self._sync_lock = threading.Lock()
        self._sync_due = False
        self._head = GENESIS
        self._checkpoint_ns = int(checkpoint_interval * 1e9)
        self._sync_ns = int(sync_interval * 1e9)
        self._last_signed_mono = 0
        self._unsigned = 0
        self._last_sync_mono = 0
        self._dirty = False
        self.audio_frames = 0
        self.durable_frames = 0
        self.rate: int | None = None
        # Frames of the second track of a call (the other party, FORMAT §4.5); the microphone's are audio_frames.
        self.track_frames: dict[str, int] = {}
        self.track_rates: dict[str, int] = {}
        # Both tracks' clock measure over the entries written so far (FORMAT §4.5), fed under the lock as each entry
        # is appended; once the session is a call, every checkpoint and the seal carry it (§4.2 rule 9).
        self.clocks = CallClocks()
        self.paused = False
        self.sealed = False
        self.seal_reason: str | None = None
        self.last_checkpoint_hash: str | None = None
        self.first_hash: str | None = None
        self.entries = 0
        self._ledger: threading.Thread | None = None
        # Called as listener(kind, entry_hash) after each signed entry (start, checkpoint, seal), under the
        # session lock: a listener must only enqueue (e.g. a trusted-timestamp request), never block.
        self.listeners: list[Callable[[str, str], None]] = []
        # The review screen's timeline cache, built from each record as it is written and kept at the seal, so
        # that even the first opening of a long session need not decrypt its journal (issue 5).
        self._timeline = CacheWriter(directory, session_id, data_key, journal.header_hash)

    # -- start ---------------------------------------------------------------------------------------
    @classmethod
    def start(
        cls,
        vault: Vault,
        case: str,
        source: Source,
        *,
        checkpoint_interval: float = 1.0,
        sync_interval: float = 1.0,
        extra: dict[str, Any] | None = None,
    ) -> Session:
        """Create the session folder and journal, and write the signed start entry. Needs no passphrase."""
        # A recording process runs for hours: its large buffers are to be given back when freed (core.allocator).
        keep_large_buffers_returnable()
        now = Moment()
        session_id = new_session_id(now)
        directory = vault.session_dir(session_id)
        with os_errors(vault.home):
            directory.mkdir(parents=True)
        header, data_key = new_journal_header(vault.recording_public, session_id, now)
        try:
            journal = JournalWriter(directory / JOURNAL_FILE, header, data_key)
        except BaseException:
            remove_partial(directory)
            raise
        signing_key = Ed25519PrivateKey.generate()
        session = cls(vault, session_id, directory, journal, data_key, signing_key, checkpoint_interval, sync_interval)
        body: dict[str, Any] = {
            "case": case,
            "session_public": b64(crypto.ed25519_public_raw(signing_key)),
            "vault_identity": b64(vault.identity_public),
            # The key the session's data key is wrapped to, pinned in the signed chain too (issue 12 §2).
            "vault_recording": b64(vault.recording_public),
            "source": source.as_body(),
            "environment": environment(),
            **(extra or {}),
        }
        try:
            session._append("start", body, at=now, sign=True)
            session._sync_due = True
            session._flush_if_due()
        except BaseException:
            journal.close()
            remove_partial(directory)
            raise
        # The ledger line (a lock, two fsyncs) is written beside the recording, not before it goes on; the seal
        # waits for it. Killed before it is written, the session is added at the next opening of the vault.
        session._ledger = threading.Thread(
            target=_enter_in_ledger, args=(vault, session_id, now.utc), name="ledger", daemon=True
        )
        session._ledger.start()
        return session

    def ledger_written(self, timeout: float | None = None) -> bool:
        """Wait until the session's line is in the vault's ledger (or could not be written)."""
        if self._ledger is not None:
            self._ledger.join(timeout)
            return not self._ledger.is_alive()
        return True

    # -- what is captured ------------------------------------------------------------------------------
    def append_audio(self, pcm: bytes, *, rate: int, captured: Moment | None = None, track: str | None = None) -> None:
        """One block of 16-bit mono PCM, as captured. Its hash is in the entry; the bytes are encrypted.
        ``track`` None is the microphone ("me"); OTHER_TRACK is the computer's output in a call (FORMAT §4.5)."""
        frames = len(pcm) // 2
        if frames == 0 or len(pcm) % 2:
            raise ValueError("audio blocks are whole 16-bit mono frames")
        if track is not None:
            if track != OTHER_TRACK:
                raise ValueError(f"unknown track {track!r}")
            with self._lock:
                self._refuse_if_sealed()
                self.track_rates.setdefault(track, rate)
                offset = self.track_frames.get(track, 0)
                body = {
                    "frame_offset": offset,
                    "frames": frames,
                    "rate": rate,
                    "channels": 1,
                    "format": SAMPLE_FORMAT,
                    "track": track,
                }
                self._append("audio", body, at=captured, payload=pcm)
                self.track_frames[track] = offset + frames
            self._flush_if_due()
            return
        with self._lock:
            self._refuse_if_sealed()
            if self.rate is None:
                self.rate = rate
            body = {
                "frame_offset": self.audio_frames,
                "frames": frames,
                "rate": rate,
                "channels": 1,
                "format": SAMPLE_FORMAT,
            }
            self._append("audio", body, at=captured, payload=pcm)
            if self.audio_frames == 0:
                # The first block is made durable at once: "saved up to" should move as soon as sound arrives,
                # not a cadence later.
                self._sync_due = True
            self.audio_frames += frames
        self._flush_if_due()

    def add_note(self, text: str, began: Moment | None = None) -> str:
        """A note in the user's words; ``began`` is when typing began (the note's time on the timeline)."""
        limits.check_note(text)
        body: dict[str, Any] = {"text": text}
        at = Moment()
        if began is not None:
            body["began_utc"] = began.utc
            body["began_mono_ns"] = began.mono_ns
        return self.add("note", body, at=at)

    def add_tag(self, label: str, key: str | None = None, at: Moment | None = None, code: str | None = None) -> str:
        """A tag as the user saw it (``label``), with its language-neutral ``code`` (core.tags) when it has one."""
        limits.check_tag(label)
        body: dict[str, Any] = {"label": label}
        if key is not None:
            body["key"] = key
        if code is not None:
            body["code"] = code
        return self.add("tag", body, at=at)

    def add_attachment(self, name: str, data: bytes, media_type: str | None = None) -> str:
        """Store ``data`` encrypted beside the journal, then record its name, size and SHA-256."""
        limits.check_name(name)
        digest, blob = self._store_blob(data)
        body = {"name": name, "media_type": media_type or "application/octet-stream", "blob": blob}
        return self.add("attachment", body, payload_ref={"sha256": digest, "size": len(data)})

    def add_import(self, name: str, data: bytes, custody: dict[str, Any], media_type: str | None = None) -> str:
        """An imported file (DESIGN §10): its original bytes stored encrypted like an attachment, then an ``import``
        entry with its name, size, SHA-256 and ``custody`` (the file times as found, the source the user states;
        docs/FORMAT.md §3.5). The entry's own time is the import time."""
        digest, blob = self._store_blob(data)
        body = {**custody, "name": name, "media_type": media_type or "application/octet-stream", "blob": blob}
        return self.add("import", body, payload_ref={"sha256": digest, "size": len(data)})

    def add_derived(self, name: str, data: bytes, derivation: dict[str, Any], media_type: str) -> str:
        """Data derived from earlier entries of this session (e.g. the rows parsed from an imported call log),
        stored like an attachment; ``derivation`` says from which entries (``of``), by what and which version, so
        that a verifier can derive it again (DESIGN §10, docs/FORMAT.md §3.6)."""
        digest, blob = self._store_blob(data)
        body = {**derivation, "name": name, "media_type": media_type, "blob": blob}
        return self.add("derived", body, payload_ref={"sha256": digest, "size": len(data)})

    def _store_blob(self, data: bytes) -> tuple[str, str]:
        """Encrypt ``data`` into ``blobs/`` (written before the entry that names it); its SHA-256 and blob name."""
        digest = hashlib.sha256(data).hexdigest()
        blob = self.dir / BLOBS_DIR / blob_name(self._key, digest)
        with os_errors(self.vault.home):
            blob.parent.mkdir(exist_ok=True)
            if not blob.exists():
                nonce, ct = crypto.aead_encrypt(self._key, pad_blob(data), blob_aad(self.id, digest))
                atomic_write(blob, BLOB_MAGIC + nonce + ct)
        return digest, blob.name

    def pause(self) -> str:
        self.paused = True
        return self.add("pause", {})

    def resume(self) -> str:
        self.paused = False
        return self.add("resume", {})

    def add_gap(
        self, reason: str, frames_lost: int, rate: int, detail: str | None = None, track: str | None = None
    ) -> str:
        body: dict[str, Any] = {
            "reason": reason,
            "frames_lost": frames_lost,
            "rate": rate,
            "duration_ms": frames_lost * 1000 // rate if rate else 0,
        }
        if detail:
            body["detail"] = detail
        if track is not None:
            body["track"] = track
        return self.add("gap", body)

    def add(
        self, kind: str, body: dict[str, Any], *, at: Moment | None = None, payload_ref: dict[str, Any] | None = None
    ) -> str:
        """Append an entry of any captured kind; returns its hash."""
        with self._lock:
            self._refuse_if_sealed()
            head = self._append(kind, body, at=at, payload_ref=payload_ref)
        self._flush_if_due()
        return head

    # -- cadence -----------------------------------------------------------------------------------------
    def tick(self) -> None:
        """Sign a checkpoint and flush to disk if due. Called by the writer loop even when no audio flows."""
        with self._lock:
            if not self.sealed:
                self._maybe_checkpoint(time.monotonic_ns())
        self._flush_if_due()

    def seal(self, reason: str = "stopped") -> str:
        """Sign the final entry, flush, close the journal and forget the session key. Idempotent."""
        self.ledger_written()
        with self._sync_lock, self._lock:
            if self.sealed:
                return self._head
            body = self._with_drift({"reason": reason, "entries": self.entries + 1, "audio_frames": self.audio_frames})
            try:
                head = self._append("seal", body, sign=True, final=True)
                self._journal.sync()
                self.durable_frames = self.audio_frames
                self._timeline.seal(self._journal.size)
            finally:
                self._journal.close()
                self._signer = None
                self.sealed = True
                self.seal_reason = reason
            return head

    def abandon(self) -> None:
        """Close without sealing (the disk failed under us); recovery will mark the session interrupted."""
        # As the seal does: the ledger's line is written (or has failed) before the session lets go of the vault,
        # so nothing of it is still open or half-written when the caller goes on (e.g. unmounts the disk).
        self.ledger_written(timeout=10)
        with self._sync_lock, self._lock:
            self._journal.close()
            self._signer = None
            self.sealed = True
            self._timeline.discard()

    # -- what the GUI shows --------------------------------------------------------------------------------
    @property
    def head(self) -> str:
        return self._head

    @property
    def fingerprint(self) -> str | None:
        h = self.last_checkpoint_hash
        return fingerprint(h) if h else None

    @property
    def saved_up_to(self) -> float:
        """Seconds of audio known to be on disk (fsynced)."""
        return self.durable_frames / self.rate if self.rate else 0.0

    # -- internals ---------------------------------------------------------------------------------------
    def _refuse_if_sealed(self) -> None:
        if self.sealed:
            raise SessionEnded(M.SESSION_ENDED, session=self.id)

    def _append(
        self,
        kind: str,
        body: dict[str, Any],
        *,
        at: Moment | None = None,
        payload: bytes = b"",
        payload_ref: dict[str, Any] | None = None,
        sign: bool = False,
        final: bool = False,
    ) -> str:
        at = at or Moment()
        entry: dict[str, Any] = {
            "v": ENTRY_VERSION,
            "session": self.id,
            "seq": self.entries,
            "prev": self._head,
            "kind": kind,
            "utc": at.utc,
            "mono_ns": at.mono_ns,
            "body": body,
        }
        if payload:
            entry["payload"] = {"sha256": hashlib.sha256(payload).hexdigest(), "size": len(payload)}
        elif payload_ref is not None:
            entry["payload"] = payload_ref
        if sign:
            if self._signer is None:
                raise SessionEnded(M.SESSION_ENDED, session=self.id)
            entry = sign_entry(entry, self._signer)
        data = canonical_json(entry)
        if len(data) > limits.MAX_JOURNAL_LINE:  # a line the archive verifier would not read: refused here
            raise limits.TooLong(limits.ENTRY_TOO_LONG, length=len(data), limit=limits.MAX_JOURNAL_LINE)
        frame = self._journal.append(data, payload, final=final)
        self.clocks.feed_body(kind, body, at.mono_ns)  # (before the checkpoint below, which carries the measure)
        self._dirty = True
        self._head = entry_hash(data)
        self._timeline.add(frame, entry, self._head, payload)
        self.entries += 1
        if self.first_hash is None:
            self.first_hash = self._head
        if sign:
            self._last_signed_mono = at.mono_ns
            self._unsigned = 0
            self.last_checkpoint_hash = self._head
            for listener in list(self.listeners):
                listener(kind, self._head)
        else:
            self._unsigned += 1
            self._maybe_checkpoint(time.monotonic_ns())
        return self._head

    def _maybe_checkpoint(self, now_ns: int) -> None:
        if self._unsigned and now_ns - self._last_signed_mono >= self._checkpoint_ns:
            self._append("checkpoint", self._with_drift({"entries": self.entries + 1}), sign=True)
        if self._dirty and now_ns - self._last_sync_mono >= self._sync_ns:
            self._sync_due = True

    def _with_drift(self, body: dict[str, Any]) -> dict[str, Any]:
        """A checkpoint's or the seal's body, with the call's clock measure once the session is a call."""
        if self.clocks.is_call:
            body["drift"] = self.clocks.body()
        return body

    def _flush_if_due(self) -> None:
        """fsync the journal if the cadence asks for it; called after the session lock is released."""
        if not self._sync_due:
            return
        with self._sync_lock:
            with self._lock:
                if not self._sync_due or self.sealed:
                    return
                self._sync_due = False
                self._dirty = False
                self._last_sync_mono = time.monotonic_ns()
                frames = self.audio_frames
            try:
                self._journal.sync()
            except BaseException:
                self._dirty = True
                raise
            self.durable_frames = max(self.durable_frames, frames)


def _enter_in_ledger(vault: Vault, session_id: str, utc: str) -> None:
    try:
        record_session(vault.home, session_id, utc, vault.identity_public, vault.recording_public)
    except OSError:
        # The recording matters more than its line in the ledger: the next opening of the vault adds it (and
        # says so), as for a session started before ledgers existed.
        pass


def remove_partial(directory: Path) -> None:
    """Remove a session folder whose journal holds no entry at all (a start that failed half-way).

    Only ever called by :meth:`Session.start` on the folder it just made, so nothing recorded is lost.
    """
    journal = directory / JOURNAL_FILE
    try:
        if journal.exists():
            try:
                if scan(journal).frames:
                    return
            except RecorderError:
                pass
        for p in sorted(directory.rglob("*"), reverse=True):
            p.rmdir() if p.is_dir() else p.unlink()
        directory.rmdir()
    except OSError:
        pass
