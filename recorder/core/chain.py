"""Entries and the hash chain: what an entry is, how it is hashed and signed, and the rules a chain obeys.

One set of rules serves both the vault check (entries decrypted from the journal) and the archive verifier
(entries read from plaintext JSON Lines), so the two can never disagree (docs/FORMAT.md §4).
"""

from __future__ import annotations

import base64
import datetime
import functools
import hashlib
import json
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from .canonical import b64, canonical_json, parse_canonical, unb64
from .crypto import ed25519_verify
from .drift import CallClocks, same_measure
from .errors import Worded
from .messages import QT_TRANSLATE_NOOP

ENTRY_VERSION = 1
GENESIS = "0" * 64
SIGNATURE_DOMAIN = b"evidence-recorder/entry/v1\n"

# Entry kinds captured live. Review chains (later annotations) use their own kinds, see REVIEW_KINDS.
SESSION_KINDS = frozenset(
    {
        "start", "audio", "note", "tag", "attachment", "visitors", "pause", "resume", "gap", "input", "checkpoint",
        "seal", "import", "derived", "mark",
    }
)  # fmt: skip
REVIEW_KINDS = frozenset({"review-start", "annotation", "review-seal"})
# The second track of a call (FORMAT §4.5): what the computer plays, the other party. The microphone's audio and gap
# entries carry no track, so that journals from before call mode read exactly as they did.
OTHER_TRACK = "other"
# An entry's top-level fields (FORMAT §4, §5.2): any other is refused. Review entries carry no payload.
_ENTRY_FIELDS = frozenset({"v", "session", "seq", "prev", "kind", "utc", "mono_ns", "body", "payload", "sig"})
_REVIEW_FIELDS = _ENTRY_FIELDS - {"payload"}
SIGNED_KINDS = frozenset({"start", "checkpoint", "seal", "review-start", "annotation", "review-seal"})


# The one form of an audio entry, as the recorder writes it, in canonical JSON (docs/FORMAT.md §4). A line that
# matches this pattern IS canonical (keys in order, no white space, integers without leading zeros or sign and of
# at most 18 digits — inside 64 bits —, strings made only of characters canonical JSON writes as themselves), so
# it can be read without a JSON parse and a re-serialisation: most entries of a recording are audio entries, and
# checking hours of them spends most of its time there. Anything else (any other kind, any other value, any
# variation at all) takes the general path, which judges it by the exact rule.
_UINT = rb"(0|[1-9][0-9]{0,17})"
_HEX64 = rb"([0-9a-f]{64})"
_PLAIN = rb"([A-Za-z0-9._:+\-]*)"
# §1's one form of a time, the only one the recorder writes (Moment.utc); is_utc() also wants a real date.
_UTC_FORM = rb"([0-9]{4}-[0-9]{2}-[0-9]{2}T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]\.[0-9]{6}Z)"
_UTC = re.compile(_UTC_FORM.decode("ascii"))
_AUDIO_ENTRY = re.compile(
    rb'\{"body":\{"channels":1,"format":"s16le","frame_offset":' + _UINT + rb',"frames":' + _UINT
    + rb',"rate":' + _UINT + rb'\},"kind":"audio","mono_ns":' + _UINT + rb',"payload":\{"sha256":"' + _HEX64
    + rb'","size":' + _UINT + rb'\},"prev":"' + _HEX64 + rb'","seq":' + _UINT + rb',"session":"' + _PLAIN
    + rb'","utc":"' + _UTC_FORM + rb'","v":1\}'
)  # fmt: skip


# The recorder's checkpoint, likewise (a signature is 64 bytes: 86 base64 letters and "=="). Its signed message is
# the line without its ``,"sig":"…"`` member: the rest is already the canonical form of the entry without it.
_CHECKPOINT_ENTRY = re.compile(
    rb'\{"body":\{"entries":' + _UINT + rb'\},"kind":"checkpoint","mono_ns":' + _UINT + rb',"prev":"' + _HEX64
    + rb'","seq":' + _UINT + rb',"session":"' + _PLAIN + rb'"(,"sig":"([A-Za-z0-9+/]{86}==)")' + rb',"utc":"'
    + _UTC_FORM + rb'","v":1\}'
)  # fmt: skip


def parse_audio_entry(entry_bytes: bytes) -> dict[str, Any] | None:
    """``json.loads(entry_bytes)`` when the line is a canonical audio entry of the recorder's one form (so also
    ``canonical_json`` of the result equals the line); None for any other line, whatever it is."""
    m = _AUDIO_ENTRY.fullmatch(entry_bytes)
    return None if m is None else _audio_dict(m)


def _audio_dict(m: re.Match[bytes]) -> dict[str, Any]:
    offset, frames, rate, mono, digest, size, prev, seq, session, utc = m.groups()
    return {
        "body": {
            "channels": 1,
            "format": "s16le",
            "frame_offset": int(offset),
            "frames": int(frames),
            "rate": int(rate),
        },
        "kind": "audio",
        "mono_ns": int(mono),
        "payload": {"sha256": digest.decode("ascii"), "size": int(size)},
        "prev": prev.decode("ascii"),
        "seq": int(seq),
        "session": session.decode("ascii"),
        "utc": utc.decode("ascii"),
        "v": 1,
    }


def is_utc(value: Any) -> bool:
    """True for a time in §1's one form (``YYYY-MM-DDTHH:MM:SS.ffffffZ``) naming a real moment: a calendar date
    (leap years counted), hours 00–23, minutes and seconds 00–59 (the device clock gives no leap second)."""
    return isinstance(value, str) and _UTC.fullmatch(value) is not None and _is_date(value[:10])


@functools.lru_cache(maxsize=256)  # (a recording spans few dates: each is judged once, not once per entry)
def _is_date(text: str) -> bool:
    try:
        datetime.date(int(text[:4]), int(text[5:7]), int(text[8:10]))
    except ValueError:
        return False
    return True


def is_other_track(entry: dict[str, Any]) -> bool:
    """An audio or gap entry of a call's second track (FORMAT §4.5): kept apart from the microphone's timeline."""
    body = entry.get("body")
    return isinstance(body, dict) and "track" in body


def entry_hash(entry_bytes: bytes) -> str:
    return hashlib.sha256(entry_bytes).hexdigest()


def signing_message(entry: dict[str, Any]) -> bytes:
    """The bytes a signature covers: a domain prefix and the canonical entry without its ``sig`` field."""
    return SIGNATURE_DOMAIN + canonical_json({k: v for k, v in entry.items() if k != "sig"})


def _signing_message_in_profile(entry: dict[str, Any]) -> bytes:
    """signing_message() of an entry known to be inside the canonical profile (see canonical.canonical_json)."""
    body = {k: v for k, v in entry.items() if k != "sig"}
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    return SIGNATURE_DOMAIN + text.encode("utf-8")


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


@dataclass(frozen=True)
class PendingSignature:
    """A signed entry whose signature is still to be verified (ChainChecker with ``defer_signatures``)."""

    seq: int
    signer: bytes
    signature: bytes
    message: bytes

    def verify(self) -> bool:
        return ed25519_verify(self.signer, self.signature, self.message)


def verify_signatures(pending: list[PendingSignature], threads: int = 2) -> list[bool]:
    """The verdict on each signature, in order, computed on ``threads`` threads: verification runs in C without
    the interpreter lock, so the threads (and whatever else runs meanwhile) share the processor's cores."""
    keys: dict[bytes, Ed25519PublicKey | None] = {}
    for p in pending:
        if p.signer not in keys:
            try:
                keys[p.signer] = Ed25519PublicKey.from_public_bytes(p.signer)
            except ValueError:
                keys[p.signer] = None
    verdicts = [False] * len(pending)

    def work(lo: int, hi: int) -> None:
        for i in range(lo, hi):
            p = pending[i]
            key = keys[p.signer]
            if key is None:
                continue
            try:
                key.verify(p.signature, p.message)
            except (InvalidSignature, ValueError):
                continue
            verdicts[i] = True

    step = max(1, -(-len(pending) // max(1, threads)))
    workers = [
        threading.Thread(target=work, args=(lo, min(lo + step, len(pending))), name="signatures", daemon=True)
        for lo in range(step, len(pending), step)
    ]
    for w in workers:
        w.start()
    work(0, min(step, len(pending)))
    for w in workers:
        w.join()
    return verdicts


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
    other_frames: int = 0  # the other party's track in a call (FORMAT §4.5); 0 when there is none
    other_rate: int | None = None
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


_BAD_SIGNATURE = QT_TRANSLATE_NOOP("Chain", "signature does not verify")
_FIRST_RULE = QT_TRANSLATE_NOOP("Chain", "the first entry must be, and only the first entry may be, “{kind}”")
# Rule 9 (FORMAT §4.2, §4.5): the clock measure of a call's tracks in its checkpoints and seal.
_DRIFT_MISSING = QT_TRANSLATE_NOOP("Chain", "has no clock measure (drift), which a call's checkpoints and seal carry")
_DRIFT_WRONG = QT_TRANSLATE_NOOP("Chain", "its clock measure (drift) does not match the call's audio entries before it")
_DRIFT_OUTSIDE = QT_TRANSLATE_NOOP(
    "Chain",
    "carries a clock measure (drift), which belongs only in a call's checkpoints and seal after its first track entry",
)


class ChainChecker:
    """Feeds entries one by one, in order, and collects every rule they break.

    ``signer`` is the public key that must sign signed entries; for a session chain it is taken from the
    start entry, for a review chain it is given (the vault's identity key).
    """

    def __init__(
        self,
        session: str | None = None,
        review: bool = False,
        signer: bytes | None = None,
        *,
        defer_signatures: bool = False,
    ) -> None:
        self.summary = ChainSummary(session=session)
        self.problems: list[Problem] = []
        self._review = review
        self._signer = signer
        self._last_mono: int | None = None
        self._last_audio_mono: int | None = None
        self._last_other_mono: int | None = None
        self._last_signed_mono: int | None = None
        # The call's clock measure over the entries so far (rule 9); the fast audio path feeds the microphone's
        # clock directly, every other session entry goes through CallClocks.feed_body.
        self._clocks = CallClocks()
        self._me_clock = self._clocks.me
        # True when the last entry fed was an audio entry of the one canonical form (read without a JSON parse):
        # its parsed form is then known to be well-formed, which lets callers skip their own type checks.
        self.last_was_template = False
        # With defer_signatures, feed() keeps each well-formed signature to be verified by check_signatures(),
        # so the caller can verify them all at once (on other threads, while other work runs).
        self._defer = defer_signatures
        self.pending_signatures: list[PendingSignature] = []

    def _fail(self, at: int | None, what: str, /, **params: Any) -> None:
        # The phrase is marked for translation ("Chain"); a sentence that shows it translates it (core.errors).
        self.problems.append(Problem(at, Worded("Chain", what, **params)))

    def feed(self, entry_bytes: bytes) -> dict[str, Any] | None:
        """Check one entry; return it parsed (or None if it cannot be parsed at all)."""
        if not self._review:
            m = _AUDIO_ENTRY.fullmatch(entry_bytes)
            # (the form settles the time's shape, not its date: a 30 February takes the general path, and fails)
            if m is not None and _is_date(m[10][:10].decode("ascii")):
                self.last_was_template = True
                return self._feed_audio(entry_bytes, m)
            self.last_was_template = False
            m = _CHECKPOINT_ENTRY.fullmatch(entry_bytes)
            if m is not None and _is_date(m[8][:10].decode("ascii")):
                return self._feed_checkpoint(entry_bytes, m)
        self.last_was_template = False
        s = self.summary
        expected = s.entries
        try:
            entry, canonical = parse_canonical(entry_bytes)
        except ValueError:
            self._fail(expected, QT_TRANSLATE_NOOP("Chain", "not valid JSON"))
            return None
        if not isinstance(entry, dict):
            self._fail(expected, QT_TRANSLATE_NOOP("Chain", "not a JSON object"))
            return None
        if not canonical:
            self._fail(expected, QT_TRANSLATE_NOOP("Chain", "not in canonical form"))
        seq, kind, body = entry.get("seq"), entry.get("kind"), entry.get("body")
        if entry.get("v") != ENTRY_VERSION:
            self._fail(
                expected, QT_TRANSLATE_NOOP("Chain", "unknown entry version {version}"), version=repr(entry.get("v"))
            )
        self._check_place(expected, seq, entry.get("prev"), entry.get("session"))
        if not isinstance(body, dict):
            self._fail(expected, QT_TRANSLATE_NOOP("Chain", "has no body"))
            body = {}
        kinds = REVIEW_KINDS if self._review else SESSION_KINDS
        if not isinstance(kind, str) or kind not in kinds:  # (a list or an object is no kind, and not hashable)
            self._fail(expected, QT_TRANSLATE_NOOP("Chain", "unknown kind {kind}"), kind=repr(kind))
        fields = _REVIEW_FIELDS if self._review else _ENTRY_FIELDS
        for name in sorted(set(entry) - fields):  # (FORMAT §4: the fields are closed, as the kinds are)
            self._fail(expected, QT_TRANSLATE_NOOP("Chain", "has an unknown field {name}"), name=repr(name))
        if s.sealed:
            self._fail(expected, QT_TRANSLATE_NOOP("Chain", "comes after the seal"))
        if kind in ("gap", "input") and "track" in body and body["track"] != OTHER_TRACK:
            # Only "other" names a track; "me" is the absence of the field (FORMAT §4.2 rule 6), so that no reader
            # can take a gap for one track's where another takes it for none.
            unknown = QT_TRANSLATE_NOOP("Chain", "names an unknown track {track}")
            self._fail(expected, unknown, track=repr(body["track"]))
        first = "review-start" if self._review else "start"
        if (expected == 0) != (kind == first):
            self._fail(expected, _FIRST_RULE, kind=first)
        utc, mono = entry.get("utc"), entry.get("mono_ns")
        if not is_utc(utc) or not isinstance(mono, int):
            self._fail(expected, QT_TRANSLATE_NOOP("Chain", "has no valid time"))
        else:
            # An audio entry carries the time of its block's FIRST frame, captured before the entries written while
            # the block waited in the queue; so audio times are compared with audio times, and every other entry's
            # time with every earlier entry's (docs/FORMAT.md §4).
            if kind == "audio" and isinstance(body, dict) and "track" in body:
                # Each track's blocks keep their own order; the two tracks interleave as their writers run.
                if self._last_other_mono is not None and mono < self._last_other_mono:
                    self._fail(expected, QT_TRANSLATE_NOOP("Chain", "time runs backwards"))
                self._last_other_mono = mono
            elif kind == "audio":
                if self._last_audio_mono is not None and mono < self._last_audio_mono:
                    self._fail(expected, QT_TRANSLATE_NOOP("Chain", "time runs backwards"))
                self._last_audio_mono = mono
            else:
                if self._last_mono is not None and mono < self._last_mono:
                    self._fail(expected, QT_TRANSLATE_NOOP("Chain", "time runs backwards"))
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
            self._fail(expected, QT_TRANSLATE_NOOP("Chain", "has a malformed payload reference"))

        if kind == "start" and not self._review:
            self._on_start(expected, body)
        elif kind == "audio":
            self._on_audio(expected, body, payload)
        elif kind == "gap":
            s.gaps.append({"seq": expected, "utc": utc, **body})
        elif kind in ("seal", "review-seal"):
            s.sealed = True
            s.seal_reason = body.get("reason") if isinstance(body.get("reason"), str) else None
        if not self._review:
            if kind in ("checkpoint", "seal"):
                self._check_drift(expected, body)
            self._clocks.feed_body(kind, body, mono)

        if isinstance(kind, str) and kind in SIGNED_KINDS:
            self._check_signature(expected, entry, canonical)
            if isinstance(mono, int):
                self._last_signed_mono = mono
        elif "sig" in entry:
            self._fail(expected, QT_TRANSLATE_NOOP("Chain", "carries a signature where none belongs"))
        if isinstance(mono, int) and self._last_signed_mono is not None:
            s.max_unsigned_ns = max(s.max_unsigned_ns, mono - self._last_signed_mono)

        s.head = entry_hash(entry_bytes)
        if kind == "checkpoint" or kind in ("seal", "review-seal"):
            s.last_checkpoint_hash = s.head
        s.entries += 1
        return entry

    def _check_place(self, expected: int, seq: Any, prev: Any, session: Any) -> None:
        """The entry's place in the chain: its sequence number, its link to the one before, its recording."""
        s = self.summary
        if seq != expected:
            self._fail(
                expected,
                QT_TRANSLATE_NOOP(
                    "Chain", "sequence number {seq} where {expected} was expected (missing, repeated or moved entry)"
                ),
                seq=repr(seq),
                expected=expected,
            )
        if prev != s.head:
            self._fail(expected, QT_TRANSLATE_NOOP("Chain", "does not link to the previous entry (hash chain broken)"))
        if s.session is None and isinstance(session, str):
            s.session = session
        elif session != s.session:
            self._fail(expected, QT_TRANSLATE_NOOP("Chain", "belongs to another recording"))

    def _check_not_first(self, expected: int) -> None:
        """For an entry of the fast paths (never a start): not after the seal, and not the first entry."""
        if self.summary.sealed:
            self._fail(expected, QT_TRANSLATE_NOOP("Chain", "comes after the seal"))
        if expected == 0:
            self._fail(expected, _FIRST_RULE, kind="start")

    def _feed_audio(self, entry_bytes: bytes, m: re.Match[bytes]) -> dict[str, Any]:
        """feed() for a line of the one canonical audio form (see _AUDIO_ENTRY): the same rules, in the same order,
        as the general path, leaving out those the form itself settles (valid JSON, canonical form, version 1, a
        body, a known kind, a valid time, a well-formed payload reference, no signature)."""
        s = self.summary
        expected = s.entries
        entry = _audio_dict(m)
        seq, mono, utc, session = entry["seq"], entry["mono_ns"], entry["utc"], entry["session"]
        self._check_place(expected, seq, entry["prev"], session)
        self._check_not_first(expected)
        if self._last_audio_mono is not None and mono < self._last_audio_mono:
            self._fail(expected, QT_TRANSLATE_NOOP("Chain", "time runs backwards"))
        self._last_audio_mono = mono
        self._last_mono = mono if self._last_mono is None else max(self._last_mono, mono)
        s.start_utc = s.start_utc or utc
        s.end_utc = utc
        body = entry["body"]
        self._on_audio(expected, body, entry["payload"])
        self._me_clock.audio(body["frame_offset"], body["frames"], mono)  # (CallClocks.feed_body, without its tests)
        if self._last_signed_mono is not None:
            s.max_unsigned_ns = max(s.max_unsigned_ns, mono - self._last_signed_mono)
        s.head = entry_hash(entry_bytes)
        s.entries += 1
        return entry

    def _feed_checkpoint(self, entry_bytes: bytes, m: re.Match[bytes]) -> dict[str, Any]:
        """feed() for a line of the one canonical checkpoint form (see _CHECKPOINT_ENTRY), as _feed_audio."""
        s = self.summary
        expected = s.entries
        entries, mono_b, prev, seq_b, session_b, sig_member, sig, utc_b = m.groups()
        seq, mono, session, utc = int(seq_b), int(mono_b), session_b.decode("ascii"), utc_b.decode("ascii")
        entry: dict[str, Any] = {
            "body": {"entries": int(entries)},
            "kind": "checkpoint",
            "mono_ns": mono,
            "prev": prev.decode("ascii"),
            "seq": seq,
            "session": session,
            "sig": sig.decode("ascii"),
            "utc": utc,
            "v": 1,
        }
        self._check_place(expected, seq, entry["prev"], session)
        self._check_not_first(expected)
        if self._clocks.is_call:  # (this form has no drift)
            self._fail(expected, _DRIFT_MISSING)
        if self._last_mono is not None and mono < self._last_mono:
            self._fail(expected, QT_TRANSLATE_NOOP("Chain", "time runs backwards"))
        self._last_mono = mono if self._last_mono is None else max(self._last_mono, mono)
        s.start_utc = s.start_utc or utc
        s.end_utc = utc
        a, b = m.span(6)
        self._check_signature(expected, entry, True, SIGNATURE_DOMAIN + entry_bytes[:a] + entry_bytes[b:])
        self._last_signed_mono = mono  # (so this entry adds no unsigned time: max_unsigned_ns stays as it is)
        s.head = entry_hash(entry_bytes)
        s.last_checkpoint_hash = s.head
        s.entries += 1
        return entry

    def _check_drift(self, seq: int, body: dict[str, Any]) -> None:
        """Rule 9: in a call, from its first entry with a track on, a checkpoint or the seal carries exactly the
        measure of the entries before it; any other carries none."""
        if not self._clocks.is_call:
            if "drift" in body:
                self._fail(seq, _DRIFT_OUTSIDE)
        elif "drift" not in body:
            self._fail(seq, _DRIFT_MISSING)
        elif not same_measure(body["drift"], self._clocks.body()):
            self._fail(seq, _DRIFT_WRONG)

    def _on_start(self, seq: int, body: dict[str, Any]) -> None:
        s = self.summary
        try:
            value = body["session_public"]
            if not isinstance(value, str):  # (a number has no bytes to decode: the same sentence, no exception)
                raise TypeError
            key = unb64(value)
            if len(key) != 32:
                raise ValueError
            self._signer = key
        except (KeyError, TypeError, ValueError):
            self._fail(seq, QT_TRANSLATE_NOOP("Chain", "the start entry has no valid session public key"))
        s.case = body.get("case") if isinstance(body.get("case"), str) else None
        s.source = body.get("source") if isinstance(body.get("source"), dict) else None

    def _on_audio(self, seq: int, body: dict[str, Any], payload: Any) -> None:
        s = self.summary
        frames, offset, rate = body.get("frames"), body.get("frame_offset"), body.get("rate")
        channels, fmt = body.get("channels"), body.get("format")
        if not (isinstance(frames, int) and frames > 0 and isinstance(rate, int) and rate > 0):
            self._fail(seq, QT_TRANSLATE_NOOP("Chain", "audio block without a valid length or rate"))
            return
        other = "track" in body
        if other and body["track"] != OTHER_TRACK:
            self._fail(seq, QT_TRANSLATE_NOOP("Chain", "audio of an unknown track {track}"), track=repr(body["track"]))
        expected = s.other_frames if other else s.audio_frames
        if offset != expected:
            self._fail(
                seq,
                QT_TRANSLATE_NOOP("Chain", "audio offset {offset} where {expected} was expected"),
                offset=repr(offset),
                expected=expected,
            )
        known = s.other_rate if other else s.audio_rate
        if known is None:
            if other:
                s.other_rate = rate
            else:
                s.audio_rate = rate
        elif rate != known:
            self._fail(seq, QT_TRANSLATE_NOOP("Chain", "the sample rate changes within the recording"))
        if channels != 1 or fmt != "s16le":
            self._fail(seq, QT_TRANSLATE_NOOP("Chain", "unsupported sample format"))
        if not isinstance(payload, dict) or payload.get("size") != frames * 2:
            self._fail(seq, QT_TRANSLATE_NOOP("Chain", "audio payload size does not match its frame count"))
        if other:
            s.other_frames += frames
        else:
            s.audio_frames += frames

    def _check_signature(self, seq: int, entry: dict[str, Any], canonical: bool, message: bytes | None = None) -> None:
        sig = entry.get("sig")
        try:
            raw = unb64(sig) if isinstance(sig, str) else b""
        except ValueError:
            raw = b""
        if self._signer is None or len(raw) != 64:
            self._fail(seq, _BAD_SIGNATURE)
            return
        try:
            # An entry already found canonical is inside the profile, and so is every part of it: serialising the
            # entry without its signature needs no second walk through the profile's rules.
            if message is None:
                message = _signing_message_in_profile(entry) if canonical else signing_message(entry)
        except ValueError:  # not inside the canonical profile (a float, a lone surrogate): cannot have been signed
            self._fail(seq, _BAD_SIGNATURE)
            return
        if self._defer:
            self.pending_signatures.append(PendingSignature(seq, self._signer, raw, message))
        elif ed25519_verify(self._signer, raw, message):
            self.summary.last_signed_seq = seq
        else:
            self._fail(seq, _BAD_SIGNATURE)

    def check_signatures(self, verify_all: Callable[[list[PendingSignature]], list[bool]] | None = None) -> None:
        """Verify the signatures feed() kept (``defer_signatures``), with ``verify_all`` if given (one verdict per
        signature, in order), and note the result as feed() would have. Call once, after the last entry."""
        pending, self.pending_signatures = self.pending_signatures, []
        verdicts = verify_all(pending) if verify_all is not None else [p.verify() for p in pending]
        if len(verdicts) != len(pending):
            raise ValueError("one verdict per signature")
        for p, ok in zip(pending, verdicts, strict=True):
            if ok:
                self.summary.last_signed_seq = max(self.summary.last_signed_seq, p.seq)
            else:
                self._fail(p.seq, _BAD_SIGNATURE)
