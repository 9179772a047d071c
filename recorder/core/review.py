"""Later annotations: the review chain of a session (docs/FORMAT.md §5).

What the user adds while reviewing — a note or a tag at a point in the audio, or a remark about an event that
was captured live — is never written into the sealed session. It goes into review files beside the journal,
one per review sitting (``review-0001.erj``, ``review-0002.erj`` …), each an ordinary encrypted journal file
(§3) holding a hash-chained entry sequence "review-start, annotation…, review-seal", every entry signed with
the vault's identity key (so only the unlocked owner can add one). Each sitting's start names the session's
final hash and the last entry of the sitting before it, so the sittings form one chain; a new sitting only
ever creates a new file, so no existing byte is rewritten.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from . import crypto, limits
from . import messages as M
from .canonical import b64, canonical_json
from .chain import ENTRY_VERSION, GENESIS, ChainChecker, entry_hash, sign_entry
from .environment import Moment, environment
from .errors import FormatError, RecorderError, SessionBusy
from .fsutil import os_errors
from .journal import JournalWriter, is_locked, read_records, scan
from .messages import QT_TRANSLATE_NOOP
from .session import JOURNAL_FILE, new_journal_header
from .store import DAMAGED, SessionReader, data_key
from .vault import Vault, VaultKeys

REVIEW_PURPOSE = "review"
_NAME = re.compile(r"^review-(\d{4,})\.erj$")

REVIEW_WHILE_RECORDING = QT_TRANSLATE_NOOP(
    "Messages", "The recording {session} is still being made. It can be reviewed once it has ended."
)
REVIEW_BUSY = QT_TRANSLATE_NOOP(
    "Messages", "Annotations to {session} are being added in another window. Please close that one first."
)
REVIEW_CLOSED = QT_TRANSLATE_NOOP("Messages", "This review has been closed; open the recording again to add more.")
EMPTY_ANNOTATION = QT_TRANSLATE_NOOP("Messages", "The annotation is empty. Please write a note or choose a tag.")


def sitting_path(session_dir: Path, number: int) -> Path:
    return session_dir / f"review-{number:04d}.erj"


def review_files(session_dir: Path) -> list[tuple[int, Path]]:
    """The review files of a session, as (sitting number, path), in sitting order."""
    out = []
    try:
        for p in session_dir.iterdir():
            m = _NAME.match(p.name)
            if m:
                out.append((int(m.group(1)), p))
    except FileNotFoundError:
        return []
    return sorted(out)


@dataclass(frozen=True)
class Annotation:
    """One later annotation, as shown: "added later, on <utc>"."""

    sitting: int
    seq: int
    hash: str
    utc: str
    type: str  # "note" or "tag"
    text: str | None = None
    code: str | None = None
    label: str | None = None
    frame: int | None = None
    about_seq: int | None = None
    about_hash: str | None = None


@dataclass
class SittingInfo:
    number: int
    entries: int
    head: str
    sealed: bool
    start_utc: str | None
    end_utc: str | None


@dataclass
class Review:
    """The whole review chain of a session as read from the vault, with every rule it breaks."""

    annotations: list[Annotation] = field(default_factory=list)
    sittings: list[SittingInfo] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def session_head(reader: SessionReader) -> tuple[str, int]:
    """(hash of the last intact entry, number of entries) of a session — decrypting that one record only."""
    sc = reader.scan
    if not sc.frames:
        return GENESIS, 0
    last = dataclasses.replace(sc, frames=sc.frames[-1:])
    for _frame, entry, _payload in read_records(reader.status.journal, last, reader._key):
        return entry_hash(entry), len(sc.frames)
    return GENESIS, 0  # pragma: no cover - read_records yields the one frame or raises


class ReviewSitting:
    """One review sitting: a new review file, written entry by entry, sealed by :meth:`close`."""

    def __init__(self, session_id: str, number: int, journal: JournalWriter, identity: Ed25519PrivateKey) -> None:
        self.session = session_id
        self.number = number
        self._journal = journal
        self._identity: Ed25519PrivateKey | None = identity
        self._head = GENESIS
        self._seq = 0
        self.annotations: list[Annotation] = []
        self.closed = False
        self.seal_hash: str | None = None  # the review-seal's entry hash, once closed: what a time stamp covers

    @classmethod
    def open(
        cls, vault: Vault, keys: VaultKeys, session_id: str, known: tuple[str, int] | None = None
    ) -> ReviewSitting:
        """Start a new sitting for a session that is no longer being recorded (needs the unlocked keys).

        ``known`` = (final hash, entries) of the session when the caller already read them (the timeline does);
        otherwise they are read from the journal.
        """
        directory = vault.session_dir(session_id)
        if known is None:
            reader = SessionReader(vault, keys.recording, session_id)
            if reader.status.state == DAMAGED:
                raise FormatError(M.JOURNAL_CORRUPT, path=str(reader.status.journal), offset=0, what="header")
            known = session_head(reader)
        if is_locked(directory / JOURNAL_FILE):
            raise SessionBusy(REVIEW_WHILE_RECORDING, session=session_id)
        head, entries = known
        existing = review_files(directory)
        if any(is_locked(p) for _n, p in existing):
            raise SessionBusy(REVIEW_BUSY, session=session_id)
        previous = _last_intact_hash(existing[-1][1], session_id, keys) if existing else None
        number = existing[-1][0] + 1 if existing else 1
        now = Moment()
        header, key = new_journal_header(
            vault.recording_public, session_id, now, {"purpose": REVIEW_PURPOSE, "sitting": number}
        )
        try:
            journal = JournalWriter(sitting_path(directory, number), header, key)
        except FileExistsError:
            raise SessionBusy(REVIEW_BUSY, session=session_id) from None
        sitting = cls(session_id, number, journal, keys.identity)
        body = {
            "session_head": head,
            "session_entries": entries,
            "sitting": number,
            "previous": previous,
            "reviewer": b64(vault.identity_public),
            "environment": environment(),
        }
        sitting._append("review-start", body, at=now)
        journal.sync()
        return sitting

    def add_note(
        self, text: str, frame: int | None = None, rate: int | None = None, about: tuple[int, str] | None = None
    ) -> Annotation:
        """A note in the user's words at an audio position (``frame`` at ``rate``) and/or about an event."""
        if not text.strip():
            raise RecorderError(EMPTY_ANNOTATION)
        limits.check_note(text)
        return self._annotate({"type": "note", "text": text}, frame, rate, about)

    def add_tag(
        self,
        code: str | None,
        label: str,
        frame: int | None = None,
        rate: int | None = None,
        about: tuple[int, str] | None = None,
        text: str | None = None,
    ) -> Annotation:
        """A tag added later (``code`` from core.tags when it has one, ``label`` as the user saw it)."""
        if not label.strip():
            raise RecorderError(EMPTY_ANNOTATION)
        limits.check_tag(label)
        limits.check_note(text or "")
        body: dict[str, Any] = {"type": "tag", "label": label}
        if code:
            body["code"] = code
        if text:
            body["text"] = text
        return self._annotate(body, frame, rate, about)

    def _annotate(
        self, body: dict[str, Any], frame: int | None, rate: int | None, about: tuple[int, str] | None
    ) -> Annotation:
        if self.closed:
            raise RecorderError(REVIEW_CLOSED)
        if frame is not None:
            body["frame"] = int(frame)
            body["rate"] = int(rate or 0)
        if about is not None:
            body["about"] = {"seq": int(about[0]), "hash": about[1]}
        at = Moment()
        seq = self._seq
        h = self._append("annotation", body, at=at)
        self._journal.sync()  # an annotation the user saw added must survive a crash
        ann = annotation_of(self.number, seq, h, at.utc, body)
        self.annotations.append(ann)
        return ann

    def close(self) -> None:
        """Seal the sitting (signed) and close its file. Idempotent."""
        if self.closed:
            return
        try:
            body = {"reason": "closed", "annotations": len(self.annotations), "entries": self._seq + 1}
            self.seal_hash = self._append("review-seal", body, final=True)
        finally:
            self._journal.close()
            self.closed = True

    def _append(self, kind: str, body: dict[str, Any], at: Moment | None = None, final: bool = False) -> str:
        at = at or Moment()
        entry: dict[str, Any] = {
            "v": ENTRY_VERSION,
            "session": self.session,
            "seq": self._seq,
            "prev": self._head,
            "kind": kind,
            "utc": at.utc,
            "mono_ns": at.mono_ns,
            "body": body,
        }
        if self._identity is None:
            raise RecorderError(REVIEW_CLOSED)
        data = canonical_json(sign_entry(entry, self._identity))
        with os_errors(self._journal.path.parent):
            self._journal.append(data, final=final)
        self._head = entry_hash(data)
        self._seq += 1
        return self._head


def annotation_of(sitting: int, seq: int, h: str, utc: str, body: dict[str, Any]) -> Annotation:
    raw_about = body.get("about")
    about: dict[str, Any] = raw_about if isinstance(raw_about, dict) else {}

    def opt_str(v: Any) -> str | None:
        return v if isinstance(v, str) else None

    def opt_int(v: Any) -> int | None:
        return v if isinstance(v, int) and not isinstance(v, bool) else None

    return Annotation(
        sitting=sitting,
        seq=seq,
        hash=h,
        utc=utc,
        type=str(body.get("type")),
        text=opt_str(body.get("text")),
        code=opt_str(body.get("code")),
        label=opt_str(body.get("label")),
        frame=opt_int(body.get("frame")),
        about_seq=opt_int(about.get("seq")),
        about_hash=opt_str(about.get("hash")),
    )


# The fields an annotation's body may have (FORMAT §5.2); any other is refused, as the app never writes one.
_ANNOTATION_FIELDS = frozenset({"type", "text", "label", "code", "frame", "rate", "about"})


def annotation_well_formed(body: dict[str, Any]) -> bool:
    """FORMAT §5.2's annotation body: a note with its ``text``, or a tag with its ``label`` (optional ``code`` and
    ``text``), placed by ``frame`` with ``rate`` and/or ``about`` an entry; nothing else."""

    def count(v: Any) -> bool:
        return isinstance(v, int) and not isinstance(v, bool) and v >= 0

    def words(key: str, required: bool) -> bool:
        return isinstance(body.get(key), str) and body[key] != "" if required or key in body else True

    kind = body.get("type")
    if set(body) - _ANNOTATION_FIELDS or kind not in ("note", "tag"):
        return False
    if kind == "note" and not (words("text", True) and "label" not in body and "code" not in body):
        return False
    if kind == "tag" and not (words("label", True) and words("code", False) and words("text", False)):
        return False
    placed = "frame" in body or "rate" in body
    if placed and not (count(body.get("frame")) and count(body.get("rate"))):
        return False
    about = body.get("about")
    if "about" in body and not (
        isinstance(about, dict)
        and set(about) == {"seq", "hash"}
        and count(about["seq"])
        and isinstance(about["hash"], str)
        and re.fullmatch(r"[0-9a-f]{64}", about["hash"]) is not None
    ):
        return False
    return placed or "about" in body


def _sitting_entries(path: Path, session_id: str, keys: VaultKeys) -> tuple[list[bytes], str | None]:
    """The canonical entry bytes of one review file's intact records, and why reading stopped early if it did."""
    sc = scan(path)
    if sc.header.get("session") != session_id or sc.header.get("purpose") != REVIEW_PURPOSE:
        return [], "the review file belongs to another recording"
    key = data_key(sc, session_id, keys.recording, path)
    out: list[bytes] = []
    try:
        for _frame, entry, _payload in read_records(path, sc, key):
            out.append(entry)
    except crypto.InvalidTag:
        return out, f"record {len(out)} fails authentication (altered or damaged)"
    return out, None


def _last_intact_hash(path: Path, session_id: str, keys: VaultKeys) -> str:
    entries, _why = _sitting_entries(path, session_id, keys)
    return entry_hash(entries[-1]) if entries else GENESIS


def read_review_entries(vault: Vault, keys: VaultKeys, session_id: str) -> list[list[bytes]]:
    """The review chain as canonical entry bytes, one list per sitting in order (for export).

    Each inner list is the intact prefix of one review file; each entry's hash is SHA-256 of its bytes.
    """
    return [_sitting_entries(p, session_id, keys)[0] for _n, p in review_files(vault.session_dir(session_id))]


def verify_review_entries(
    sittings: list[list[bytes]],
    session_id: str,
    head: str,
    identity_public: bytes,
    event_hashes: dict[int, str] | None = None,
) -> tuple[list[Annotation], list[SittingInfo], list[str]]:
    """Check a review chain given as plaintext entry bytes, one list per sitting (docs/FORMAT.md §5.3).

    Needs no key: the signer is the vault identity public key. ``head`` is the session's final hash;
    ``event_hashes`` (seq → hash of the session's entries), when given, also checks what annotations refer to.
    """
    problems: list[str] = []
    annotations: list[Annotation] = []
    infos: list[SittingInfo] = []
    previous: str | None = None
    for number, entries in enumerate(sittings, start=1):
        checker = ChainChecker(session=session_id, review=True, signer=identity_public)
        where = f"later annotations, sitting {number}"
        if not entries:
            problems.append(f"{where}: no entries")
            previous = GENESIS
            continue
        for data in entries:
            n_before = len(checker.problems)
            entry = checker.feed(data)
            problems.extend(f"{where}, {p}" for p in checker.problems[n_before:])
            if entry is None:
                continue
            raw_body = entry.get("body")
            body: dict[str, Any] = raw_body if isinstance(raw_body, dict) else {}
            kind, seq = entry.get("kind"), entry.get("seq")
            if kind == "review-start":
                if body.get("session_head") != head:
                    problems.append(f"{where}: does not refer to this recording's final hash")
                if body.get("sitting") != number:
                    problems.append(f"{where}: numbered {body.get('sitting')!r}, out of order")
                if "previous" not in body or body["previous"] != previous:  # (absent is not null: FORMAT §5.2)
                    problems.append(f"{where}: does not link to the end of the sitting before it")
            elif kind == "annotation" and isinstance(seq, int):
                ann = annotation_of(number, seq, entry_hash(data), str(entry.get("utc")), body)
                if not annotation_well_formed(body):
                    problems.append(f"{where}, entry {seq}: malformed annotation")
                about = ann.about_seq
                if event_hashes is not None and about is not None and event_hashes.get(about) != ann.about_hash:
                    problems.append(f"{where}, entry {seq}: refers to an event that is not in the recording")
                annotations.append(ann)
        s = checker.summary
        infos.append(SittingInfo(number, s.entries, s.head, s.sealed, s.start_utc, s.end_utc))
        previous = s.head
    return annotations, infos, problems


def load_review(vault: Vault, keys: VaultKeys, session_id: str, head: str | None = None) -> Review:
    """Read and check the session's whole review chain (``head``: the session's final hash, if already known)."""
    if head is None:
        head = session_head(SessionReader(vault, keys.recording, session_id))[0]
    sittings: list[list[bytes]] = []
    early: list[str] = []
    files = review_files(vault.session_dir(session_id))
    for number, (n, path) in enumerate(files, start=1):
        if n != number:
            early.append(f"later annotations: sitting {number} is missing")
        try:
            entries, why = _sitting_entries(path, session_id, keys)
        except RecorderError as exc:
            entries, why = [], exc.sentence()
        if why:
            early.append(f"later annotations, sitting {n}: {why}")
        sittings.append(entries)
    annotations, infos, problems = verify_review_entries(sittings, session_id, head, vault.identity_public)
    return Review(annotations, infos, early + problems)
