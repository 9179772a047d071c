"""The worker that stamps a session while it records (issue 7, items 2 and 3).

What is stamped: the first entry's hash as soon as the stamper starts; the newest signed checkpoint every
``interval_minutes``; the seal. The session calls :meth:`Stamper.on_signed` under its lock after each signed
entry, so that method only notes the hash and wakes the worker — every file write and network call happens
on the worker thread, never in the audio path or the GUI thread, and a hanging authority cannot delay a
recording. Requests that cannot be sent stay queued on disk and are retried every ``retry_seconds``, and on a
later launch by :func:`send_pending`.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..core.errors import RecorderError
from ..core.session import Session
from ..core.vault import Vault
from . import messages as M
from .authorities import StampSettings
from .client import ask
from .queue import StampRequest, StampStore, TokenRecord
from .trust import CLOCK_LIMIT_S, StampProblem, TrustStore

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Outcome:
    """What one sending pass did for one request."""

    entry_hash: str
    kind: str
    token: TokenRecord | None  # the last token obtained in this pass, if any
    problem: StampProblem | None  # why it is still queued, if it is

    @property
    def done(self) -> bool:
        return self.problem is None


def send_request(store: StampStore, req: StampRequest, settings: StampSettings, trust: TrustStore) -> Outcome:
    """Ask authorities in order until the request has its copies (each from a different authority)."""
    token: TokenRecord | None = None
    problem: StampProblem | None = None
    for authority in settings.authorities:
        if len(req.obtained_from) >= req.copies:
            break
        if authority.url in req.obtained_from:
            continue
        try:
            got = ask(authority, req.entry_hash, trust, settings.timeout_seconds)
        except StampProblem as exc:
            problem = exc
            log.info("stamp %s… %s: %s", req.entry_hash[:12], authority.url, exc.sentence())
            store.note_problem(req, authority.url, exc)
            continue
        token = store.keep(req, got)
        problem = None
    if len(req.obtained_from) < req.copies and problem is None:
        problem = req.last_problem or StampProblem(M.NOT_YET_SENT, waits=True)
    return Outcome(req.entry_hash, req.kind, token, problem)


def send_session(
    session_dir: Path, settings: StampSettings, trust: TrustStore, stop: threading.Event | None = None
) -> list[Outcome]:
    """One pass over a session's queue (skipped if another worker is sending for it right now)."""
    store = StampStore(session_dir)
    out: list[Outcome] = []
    with store.sending() as mine:
        if not mine:
            return out
        pending = store.pending()
        if stop is not None and stop.is_set():
            # Shutting down with little time: the seal, which covers everything, goes first.
            pending.sort(key=lambda r: r.kind != "seal")
        for req in pending:
            outcome = send_request(store, req, settings, trust)
            out.append(outcome)
            if stop is not None and stop.is_set() and outcome.problem is not None and outcome.problem.waits:
                break  # shutting down and no authority answers: the rest waits in the queue for a later launch
    return out


def sessions_with_pending(vault: Vault) -> list[Path]:
    """Session folders whose stamp queue is not empty (what a later launch should send)."""
    root = vault.sessions_dir
    return sorted({p.parent.parent.parent for p in root.glob("*/stamps/queue/*.json")}) if root.is_dir() else []


def send_pending(
    session_dirs: Iterable[Path],
    settings: StampSettings,
    trust: TrustStore,
    stop: threading.Event | None = None,
) -> list[Outcome]:
    """Send every queued stamp of the given sessions once. Meant for a worker thread (blocks on the network)."""
    out: list[Outcome] = []
    for d in session_dirs:
        done = send_session(d, settings, trust, stop)
        out += done
        if stop is not None and stop.is_set() and any(o.problem is not None and o.problem.waits for o in done):
            break  # no authority answers: the other sessions' stamps would wait as long for nothing
    return out


def clock_warnings(tokens: Iterable[TokenRecord]) -> list[StampProblem]:
    """The device clock against each token's time, as recorded on receipt: over 2 minutes is said plainly."""
    out = []
    for t in tokens:
        diff = t.doc.get("clock_difference_ms")
        if isinstance(diff, int) and abs(diff) > CLOCK_LIMIT_S * 1000:
            out.append(
                StampProblem(M.CLOCK_OFF, waits=False, authority=t.doc.get("tsa"), seconds=f"{diff / 1000:+.0f}")
            )
    return out


class Stamper:
    """Stamps one live session in the background. ``start()`` after :meth:`Session.start`, ``stop()`` after
    the seal (it then makes one last attempt, bounded by ``wait``)."""

    def __init__(
        self,
        session: Session,
        settings: StampSettings,
        trust: TrustStore,
        *,
        earlier_sessions: Iterable[Path] = (),
    ) -> None:
        self.session = session
        self.settings = settings
        self.trust = trust
        self.store = StampStore(session.dir, session.id)
        self._earlier = list(earlier_sessions)
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._newest_checkpoint: str | None = None
        self._seal: str | None = None
        self._stamped_checkpoint: str | None = None
        self._start_queued = False
        self._seal_queued = False
        self._thread: threading.Thread | None = None
        self.outcomes: list[Outcome] = []

    # -- called by the session, under its lock: note and wake, nothing else ----------------------------------
    def on_signed(self, kind: str, entry_hash: str) -> None:
        if kind == "checkpoint":
            self._newest_checkpoint = entry_hash
        elif kind == "seal":
            self._seal = entry_hash
            self._wake.set()

    # -- life ---------------------------------------------------------------------------------------------
    def start(self) -> Stamper:
        self.session.listeners.append(self.on_signed)
        self._thread = threading.Thread(target=self._run, name=f"stamper-{self.session.id}", daemon=True)
        self._thread.start()
        return self

    def stop(self, wait: float = 15.0) -> None:
        """Ask the worker to finish: it queues what is due, tries once more, and returns within ``wait`` s."""
        self._stopping.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(wait)
        try:
            self.session.listeners.remove(self.on_signed)
        except ValueError:
            pass

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def requests(self) -> list[StampRequest]:
        """Stamps still wanted for this session (what the GUI shows as waiting or rejected)."""
        return self.store.pending()

    def tokens(self) -> list[TokenRecord]:
        return self.store.tokens()

    def clock_warnings(self) -> list[StampProblem]:
        """One sentence per token whose authority's time differed from the device clock by over 2 minutes."""
        return clock_warnings(self.store.tokens())

    # -- the worker -----------------------------------------------------------------------------------------
    def _queue_due(self, now: float, next_checkpoint: float) -> float:
        """Write the queue files for what is due; returns when the next checkpoint stamp is due."""
        if not self._start_queued and self.session.first_hash:
            self.store.enqueue("start", self.session.first_hash, self.settings.copies)
            self._start_queued = True
        seal = self._seal
        if seal is not None and not self._seal_queued:
            self.store.enqueue("seal", seal, self.settings.copies)
            self._seal_queued = True
        if now >= next_checkpoint:
            newest = self._newest_checkpoint
            if newest and newest != self._stamped_checkpoint and seal is None:
                self.store.enqueue("checkpoint", newest, self.settings.copies)
                self._stamped_checkpoint = newest
            next_checkpoint = now + self.settings.interval_minutes * 60
        return next_checkpoint

    def _run(self) -> None:
        interval = self.settings.interval_minutes * 60
        next_checkpoint = time.monotonic() + interval
        next_send = 0.0
        first_pass = True
        while True:
            # Cleared before looking, so a wake-up (the seal, stop()) that comes during this pass is not lost.
            woken = self._wake.is_set()
            self._wake.clear()
            stopping = self._stopping.is_set()
            now = time.monotonic()
            try:
                next_checkpoint = self._queue_due(now, next_checkpoint)
                if now >= next_send or stopping or woken:
                    outcomes = send_session(self.session.dir, self.settings, self.trust, self._stopping)
                    self.outcomes = (self.outcomes + outcomes)[-200:]
                    waiting = any(not o.done for o in outcomes)
                    next_send = now + self.settings.retry_seconds if waiting else next_checkpoint
                    if first_pass and self._earlier and not stopping:
                        # Stamps left from earlier sessions go out after this session's own first stamp.
                        earlier = send_pending(self._earlier, self.settings, self.trust, self._stopping)
                        self.outcomes = (self.outcomes + earlier)[-200:]
                    first_pass = False
            except (OSError, RecorderError) as exc:
                # A full disk: one line, not a traceback (the recording itself tells the user in a sentence).
                log.warning("stamping %s: %s", self.session.id, exc)
                next_send = now + self.settings.retry_seconds
            except Exception:  # a bug here must never reach the recording; keep trying
                log.exception("stamping %s", self.session.id)
                next_send = now + self.settings.retry_seconds
            if stopping:
                return
            self._wake.wait(max(0.01, min(next_checkpoint, next_send) - time.monotonic()))


def stamp_session(session: Session, settings: StampSettings, vault: Vault | None = None) -> Stamper:
    """Start stamping a session that has just started (what the GUI calls); stamps left by earlier sessions
    of ``vault`` are sent too. A root file that cannot be read raises a RecorderError (one sentence)."""
    trust = TrustStore.from_files(settings.root_files)
    earlier = [d for d in sessions_with_pending(vault) if d != session.dir] if vault is not None else []
    return Stamper(session, settings, trust, earlier_sessions=earlier).start()


# What a closed review sitting's stamp is queued as (FORMAT §6.1): its review-seal's entry hash.
REVIEW_SEAL = "review-seal"


def stamp_review_sitting(
    session_dir: Path,
    session_id: str,
    seal_hash: str,
    settings: StampSettings,
    trust: TrustStore | None = None,
) -> threading.Thread | None:
    """Queue a closed review sitting's seal for a trusted time stamp, exactly like a recording's seal (the same
    queue, authorities and settings), and send it at once on a worker thread.

    The queue file is written before this returns, so a stamp that cannot be sent now (no authority reachable,
    ``RECORDER_TSA=none``, the app closed first) waits on disk and goes out with the next launch or recording
    (:func:`send_pending`). Returns the sending thread, or None when no authority is configured.
    """
    store = StampStore(session_dir, session_id)
    store.enqueue(REVIEW_SEAL, seal_hash, settings.copies)
    if not settings.authorities:
        return None

    def send() -> None:
        try:
            send_session(session_dir, settings, trust or TrustStore.from_files(settings.root_files))
        except (OSError, RecorderError) as exc:  # it stays queued; the next launch tries again
            log.warning("stamping review of %s: %s", session_id, exc)
        except Exception:  # a bug here must never reach the review window
            log.exception("stamping review of %s", session_id)

    thread = threading.Thread(target=send, name=f"stamper-review-{session_id}", daemon=True)
    thread.start()
    return thread
