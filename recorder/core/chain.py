"""Entries and the hash chain: what an entry is, how it is hashed and signed, and the rules a chain obeys.

One set of rules serves both the vault check (entries decrypted from the journal) and the archive verifier
(entries read from plaintext JSON Lines), so the two can never disagree (docs/FORMAT.md §4).
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from .canonical import b64, canonical_json, parse_canonical, unb64
from .crypto import ed25519_verify

ENTRY_VERSION = 1
GENESIS = "0" * 64
SIGNATURE_DOMAIN = b"evidence-recorder/entry/v1\n"

# Entry kinds captured live. Review chains (later annotations) use their own kinds, see REVIEW_KINDS.
SESSION_KINDS = frozenset(
    {"start", "audio", "note", "tag", "attachment", "visitors", "pause", "resume", "gap", "input", "checkpoint", "seal"}
)
REVIEW_KINDS = frozenset({"review-start", "annotation", "review-seal"})
SIGNED_KINDS = frozenset({"start", "checkpoint", "seal", "review-start", "annotation", "review-seal"})


def entry_hash(entry_bytes: bytes) -> str:
    return hashlib.sha256(entry_bytes).hexdigest()


def signing_message(entry: dict[str, Any]) -> bytes:
    """The bytes a signature covers: a domain prefix and the canonical entry without its ``sig`` field."""
    return SIGNATURE_DOMAIN + canonical_json({k: v for k, v in entry.items() if k != "sig"})


def sign_entry(entry: dict[str, Any], key: Ed25519PrivateKey) -> dict[str, Any]:
    return {**entry, "sig": b64(key.sign(signing_message(entry)))}


def fingerprint(hash_hex: str) -> str:
    """A short code of a chain hash that a person can read out: 12 base32 letters in three groups."""
    code = base64.b32encode(bytes.fromhex(hash_hex)).decode("ascii")[:12]
    return f"{code[0:4]}-{code[4:8]}-{code[8:12]}"


@dataclass(frozen=True)
class Problem:
    """One thing that does not hold, with where it is (entry number, and byte offset when known)."""

    seq: int | None
    what: str
    offset: int | None = None

    def __str__(self) -> str:
        where = f"entry {self.seq}" if self.seq is not None else "journal"
        if self.offset is not None:
            where += f" (byte {self.offset})"
        return f"{where}: {self.what}"


@dataclass
class ChainSummary:
    session: str | None = None
    case: str | None = None
    entries: int = 0
    head: str = GENESIS
    start_utc: str | None = None
    end_utc: str | None = None
    sealed: bool = False
    seal_reason: str | None = None
    last_signed_seq: int = -1
    last_checkpoint_hash: str | None = None
    audio_frames: int = 0
    audio_rate: int | None = None
    source: dict[str, Any] | None = None
    gaps: list[dict[str, Any]] = field(default_factory=list)
    max_unsigned_ns: int = 0

    @property
    def unsigned_tail(self) -> int:
        """Entries after the last signature: hash-chained, unsigned (DESIGN P4)."""
        return self.entries - 1 - self.last_signed_seq

    @property
    def audio_seconds(self) -> float:
        return self.audio_frames / self.audio_rate if self.audio_rate else 0.0

    @property
    def fingerprint(self) -> str | None:
        return fingerprint(self.last_checkpoint_hash) if self.last_checkpoint_hash else None


def _is_hex(value: Any, length: int) -> bool:
    if not isinstance(value, str) or len(value) != length:
        return False
    try:
        bytes.fromhex(value)
    except ValueError:
        return False
    return True


class ChainChecker:
    """Feeds entries one by one, in order, and collects every rule they break.

    ``signer`` is the public key that must sign signed entries; for a session chain it is taken from the
    start entry, for a review chain it is given (the vault's identity key).
    """

    def __init__(self, session: str | None = None, review: bool = False, signer: bytes | None = None) -> None:
        self.summary = ChainSummary(session=session)
        self.problems: list[Problem] = []
        self._review = review
        self._signer = signer
        self._last_mono: int | None = None
        self._last_audio_mono: int | None = None
        self._last_signed_mono: int | None = None

    def _fail(self, seq: int | None, what: str) -> None:
        self.problems.append(Problem(seq, what))

    def feed(self, entry_bytes: bytes) -> dict[str, Any] | None:
        """Check one entry; return it parsed (or None if it cannot be parsed at all)."""
        s = self.summary
        expected = s.entries
        try:
            entry, canonical = parse_canonical(entry_bytes)
        except ValueError:
            self._fail(expected, "not valid JSON")
            return None
        if not isinstance(entry, dict):
            self._fail(expected, "not a JSON object")
            return None
        if not canonical:
            self._fail(expected, "not in canonical form")
        seq, kind, body = entry.get("seq"), entry.get("kind"), entry.get("body")
        if entry.get("v") != ENTRY_VERSION:
            self._fail(expected, f"unknown entry version {entry.get('v')!r}")
        if seq != expected:
            self._fail(
                expected, f"sequence number {seq!r} where {expected} was expected (missing, repeated or moved entry)"
            )
        if entry.get("prev") != s.head:
            self._fail(expected, "does not link to the previous entry (hash chain broken)")
        if s.session is None and isinstance(entry.get("session"), str):
            s.session = entry["session"]
        elif entry.get("session") != s.session:
            self._fail(expected, "belongs to another recording")
        if not isinstance(body, dict):
            self._fail(expected, "has no body")
            body = {}
        kinds = REVIEW_KINDS if self._review else SESSION_KINDS
        if kind not in kinds:
            self._fail(expected, f"unknown kind {kind!r}")
        if s.sealed:
            self._fail(expected, "comes after the seal")
        first = "review-start" if self._review else "start"
        if (expected == 0) != (kind == first):
            self._fail(expected, f"the first entry must be, and only the first entry may be, “{first}”")
        utc, mono = entry.get("utc"), entry.get("mono_ns")
        if not isinstance(utc, str) or not isinstance(mono, int):
            self._fail(expected, "has no valid time")
        else:
            # An audio entry carries the time of its block's FIRST frame, captured before the entries written while
            # the block waited in the queue; so audio times are compared with audio times, and every other entry's
            # time with every earlier entry's (docs/FORMAT.md §4).
            if kind == "audio":
                if self._last_audio_mono is not None and mono < self._last_audio_mono:
                    self._fail(expected, "time runs backwards")
                self._last_audio_mono = mono
            else:
                if self._last_mono is not None and mono < self._last_mono:
                    self._fail(expected, "time runs backwards")
            self._last_mono = mono if self._last_mono is None else max(self._last_mono, mono)
            s.start_utc = s.start_utc or utc
            s.end_utc = utc
        payload = entry.get("payload")
        if payload is not None and (
            not isinstance(payload, dict)
            or not _is_hex(payload.get("sha256"), 64)
            or not isinstance(payload.get("size"), int)
            or payload["size"] < 0
        ):
            self._fail(expected, "has a malformed payload reference")

        if kind == "start" and not self._review:
            self._on_start(expected, body)
        elif kind == "audio":
            self._on_audio(expected, body, payload)
        elif kind == "gap":
            s.gaps.append({"seq": expected, "utc": utc, **body})
        elif kind in ("seal", "review-seal"):
            s.sealed = True
            s.seal_reason = body.get("reason") if isinstance(body.get("reason"), str) else None

        if kind in SIGNED_KINDS:
            self._check_signature(expected, entry)
            if isinstance(mono, int):
                self._last_signed_mono = mono
        elif "sig" in entry:
            self._fail(expected, "carries a signature where none belongs")
        if isinstance(mono, int) and self._last_signed_mono is not None:
            s.max_unsigned_ns = max(s.max_unsigned_ns, mono - self._last_signed_mono)

        s.head = entry_hash(entry_bytes)
        if kind == "checkpoint" or kind in ("seal", "review-seal"):
            s.last_checkpoint_hash = s.head
        s.entries += 1
        return entry

    def _on_start(self, seq: int, body: dict[str, Any]) -> None:
        s = self.summary
        try:
            key = unb64(body["session_public"])
            if len(key) != 32:
                raise ValueError
            self._signer = key
        except (KeyError, TypeError, ValueError):
            self._fail(seq, "the start entry has no valid session public key")
        s.case = body.get("case") if isinstance(body.get("case"), str) else None
        s.source = body.get("source") if isinstance(body.get("source"), dict) else None

    def _on_audio(self, seq: int, body: dict[str, Any], payload: Any) -> None:
        s = self.summary
        frames, offset, rate = body.get("frames"), body.get("frame_offset"), body.get("rate")
        channels, fmt = body.get("channels"), body.get("format")
        if not (isinstance(frames, int) and frames > 0 and isinstance(rate, int) and rate > 0):
            self._fail(seq, "audio block without a valid length or rate")
            return
        if offset != s.audio_frames:
            self._fail(seq, f"audio offset {offset!r} where {s.audio_frames} was expected")
        if s.audio_rate is None:
            s.audio_rate = rate
        elif rate != s.audio_rate:
            self._fail(seq, "the sample rate changes within the recording")
        if channels != 1 or fmt != "s16le":
            self._fail(seq, "unsupported sample format")
        if not isinstance(payload, dict) or payload.get("size") != frames * 2:
            self._fail(seq, "audio payload size does not match its frame count")
        s.audio_frames += frames

    def _check_signature(self, seq: int, entry: dict[str, Any]) -> None:
        sig = entry.get("sig")
        try:
            raw = unb64(sig) if isinstance(sig, str) else b""
        except ValueError:
            raw = b""
        if self._signer is None or len(raw) != 64 or not ed25519_verify(self._signer, raw, signing_message(entry)):
            self._fail(seq, "signature does not verify")
            return
        self.summary.last_signed_seq = seq
