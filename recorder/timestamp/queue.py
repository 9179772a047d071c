"""Stamps kept with a session: the durable queue of requests, and the tokens obtained (docs/FORMAT.md §6).

Everything lives in ``<session>/stamps/``, outside the sealed journal (tokens authenticate themselves):

* ``queue/<entry_hash>.json`` — a stamp still wanted for that chain hash, with its attempts so far;
* ``tokens/<entry_hash>.<authority>.tsq|.tsr|.json`` — the request, the authority's reply, what it states;
* ``roots/<sha256>.pem`` — the root certificate each token was verified under.

Every file is written atomically, so a crash leaves a request queued (and it is sent on a later launch), never
half a token. Nothing here is secret: a chain hash reveals nothing of what was recorded.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core.canonical import canonical_json
from ..core.environment import Moment, utc_text
from ..core.errors import Phrase
from ..core.fsutil import atomic_write
from . import messages as M
from .client import Obtained
from .trust import StampProblem

_PHRASES = frozenset({M.DETAIL_NO_NAME, M.DETAIL_REFUSED, M.DETAIL_CUT, M.DETAIL_NO_NETWORK})

STAMPS_DIR = "stamps"
REQUEST_FORMAT = "evidence-recorder-stamp-request"
TOKEN_FORMAT = "evidence-recorder-stamp"
FORMAT_VERSION = 1
MAX_ATTEMPTS_KEPT = 20


def _is_hash(text: object) -> bool:
    if not isinstance(text, str) or len(text) != 64:
        return False
    try:
        bytes.fromhex(text)
    except ValueError:
        return False
    return text == text.lower()


@dataclass
class StampRequest:
    """A stamp wanted for one chain hash, and what happened when authorities were asked."""

    session: str
    entry_hash: str
    kind: str
    queued_utc: str
    copies: int = 1
    obtained_from: list[str] = field(default_factory=list)  # authority URLs that already gave a token
    attempts: list[dict[str, Any]] = field(default_factory=list)

    @property
    def state(self) -> str:
        """``waiting`` (not asked yet), ``queued`` (no authority reachable) or ``rejected`` (answers refused)."""
        if not self.attempts:
            return "waiting"
        return "queued" if self.attempts[-1].get("waits", True) else "rejected"

    @property
    def last_problem(self) -> StampProblem | None:
        if not self.attempts:
            return None
        a = self.attempts[-1]
        # A reason in words (client._detail's Phrase) is stored as its English text: marked a Phrase again, so it is
        # translated with its sentence (the zh_CN run of `recorder record` said "无法连接时间戳服务 SSL.com（its
        # address could not be looked up: …）").
        params = {k: Phrase(v) if v in _PHRASES else v for k, v in dict(a.get("params", {})).items()}
        return StampProblem(str(a.get("message", "")), waits=bool(a.get("waits", True)), **params)

    def as_json(self) -> dict[str, Any]:
        return {
            "format": REQUEST_FORMAT,
            "version": FORMAT_VERSION,
            "session": self.session,
            "entry_hash": self.entry_hash,
            "kind": self.kind,
            "queued_utc": self.queued_utc,
            "copies": self.copies,
            "obtained_from": self.obtained_from,
            "attempts": self.attempts[-MAX_ATTEMPTS_KEPT:],
        }

    @classmethod
    def from_json(cls, doc: Any) -> StampRequest | None:
        if not isinstance(doc, dict) or doc.get("format") != REQUEST_FORMAT or not _is_hash(doc.get("entry_hash")):
            return None
        return cls(
            session=str(doc.get("session", "")),
            entry_hash=doc["entry_hash"],
            kind=str(doc.get("kind", "")),
            queued_utc=str(doc.get("queued_utc", "")),
            copies=2 if doc.get("copies") == 2 else 1,
            obtained_from=[u for u in doc.get("obtained_from", []) if isinstance(u, str)],
            attempts=[a for a in doc.get("attempts", []) if isinstance(a, dict)],
        )


@dataclass(frozen=True)
class TokenRecord:
    """A token kept with a session, as its ``.json`` file describes it."""

    name: str  # file stem: <entry_hash>.<authority slug>
    doc: dict[str, Any]

    @property
    def entry_hash(self) -> str:
        return str(self.doc.get("entry_hash", ""))


class StampStore:
    """The ``stamps`` folder of one session."""

    def __init__(self, session_dir: Path, session_id: str | None = None) -> None:
        self.session_dir = Path(session_dir)
        self.session_id = session_id or self.session_dir.name
        self.dir = self.session_dir / STAMPS_DIR
        self.queue_dir = self.dir / "queue"
        self.tokens_dir = self.dir / "tokens"
        self.roots_dir = self.dir / "roots"

    # -- the queue --------------------------------------------------------------------------------------
    def enqueue(self, kind: str, entry_hash: str, copies: int = 1, at: Moment | None = None) -> StampRequest:
        """Durably note that ``entry_hash`` must be stamped (idempotent for the same hash)."""
        if not _is_hash(entry_hash):
            raise ValueError("an entry hash is 64 lowercase hex digits")
        existing = self.request(entry_hash)
        if existing is not None:
            return existing
        req = StampRequest(self.session_id, entry_hash, kind, (at or Moment()).utc, copies=copies)
        self.queue_dir.mkdir(parents=True, exist_ok=True)
        self._write_request(req)
        return req

    def request(self, entry_hash: str) -> StampRequest | None:
        try:
            return StampRequest.from_json(json.loads((self.queue_dir / f"{entry_hash}.json").read_bytes()))
        except (OSError, ValueError):
            return None

    def pending(self) -> list[StampRequest]:
        """Requests still waiting, oldest first (a damaged file is skipped, never deleted)."""
        out = []
        for p in sorted(self.queue_dir.glob("*.json")) if self.queue_dir.is_dir() else []:
            try:
                req = StampRequest.from_json(json.loads(p.read_bytes()))
            except (OSError, ValueError):
                req = None
            if req is not None and p.stem == req.entry_hash:
                out.append(req)
        return sorted(out, key=lambda r: r.queued_utc)

    def note_problem(self, req: StampRequest, url: str, problem: StampProblem) -> None:
        req.attempts.append(
            {
                "utc": Moment().utc,
                "authority": url,
                "waits": problem.waits,
                "message": problem.message,
                "params": {k: str(v) for k, v in problem.params.items()},
            }
        )
        self._write_request(req)

    def keep(self, req: StampRequest, got: Obtained) -> TokenRecord:
        """Store a verified token (its root first, then .tsq, .tsr, and last the .json that makes it count);
        the request leaves the queue once it has all the copies it asked for."""
        facts = got.facts
        self.roots_dir.mkdir(parents=True, exist_ok=True)
        root_name = f"{facts.root_sha256}.pem"
        if not (self.roots_dir / root_name).exists():
            atomic_write(self.roots_dir / root_name, facts.root_pem)
        self.tokens_dir.mkdir(parents=True, exist_ok=True)
        stem = f"{req.entry_hash}.{got.authority.slug}"
        atomic_write(self.tokens_dir / f"{stem}.tsq", got.tsq)
        atomic_write(self.tokens_dir / f"{stem}.tsr", got.tsr)
        doc = {
            "format": TOKEN_FORMAT,
            "version": FORMAT_VERSION,
            "session": self.session_id,
            "entry_hash": req.entry_hash,
            "kind": req.kind,
            "queued_utc": req.queued_utc,
            "authority_url": got.authority.url,
            "tsa": facts.tsa_name,
            "tsa_subject": facts.tsa_subject,
            "gen_time_utc": utc_text(int(facts.gen_time.timestamp()) * 1_000_000_000),
            "serial": str(facts.serial),
            "policy": facts.policy,
            "sent_utc": got.sent.utc,
            "received_utc": got.received.utc,
            "clock_difference_ms": round(got.clock_difference_s * 1000),
            "root": f"roots/{root_name}",
            "root_subject": facts.root_subject,
        }
        atomic_write(self.tokens_dir / f"{stem}.json", canonical_json(doc) + b"\n")
        req.obtained_from.append(got.authority.url)
        if len(req.obtained_from) >= req.copies:
            with contextlib.suppress(FileNotFoundError):
                (self.queue_dir / f"{req.entry_hash}.json").unlink()
        else:
            self._write_request(req)
        return TokenRecord(stem, doc)

    def tokens(self) -> list[TokenRecord]:
        out = []
        for p in sorted(self.tokens_dir.glob("*.json")) if self.tokens_dir.is_dir() else []:
            try:
                doc = json.loads(p.read_bytes())
            except (OSError, ValueError):
                continue
            if isinstance(doc, dict) and doc.get("format") == TOKEN_FORMAT and (p.with_suffix(".tsr")).is_file():
                out.append(TokenRecord(p.stem, doc))
        return out

    @contextlib.contextmanager
    def sending(self) -> Iterator[bool]:
        """Hold the session's stamp lock while sending; yields False if another process or thread holds it."""
        self.dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.dir / ".lock", os.O_RDWR | os.O_CREAT, 0o600)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                yield False
                return
            try:
                yield True
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)

    def _write_request(self, req: StampRequest) -> None:
        atomic_write(self.queue_dir / f"{req.entry_hash}.json", canonical_json(req.as_json()) + b"\n")
