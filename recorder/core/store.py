"""The sessions in a vault as files: what can be told without a key, recovery, and decrypted reading.

Recovery (DESIGN P2, issue 2 item 5): a journal that has no final (seal) record and that no writer holds locked
was interrupted. It is marked by writing ``interrupted.json`` beside it — the journal itself is never rewritten;
its intact prefix stays, its torn tail is simply not read.
"""

from __future__ import annotations

import fcntl
import io
import json
import os
import queue
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from . import crypto
from . import messages as M
from .canonical import canonical_json, unb64
from .environment import Moment
from .errors import FormatError, RecorderError, SessionBusy, SessionEnded
from .fsutil import atomic_write, os_errors
from .journal import (
    FRAME_OVERHEAD,
    Frame,
    Scan,
    entry_span,
    is_locked,
    read_records,
    record_aad,
    scan,
    unpack_record,
)
from .ledger import LedgerReport, journal_problem, review
from .session import JOURNAL_FILE, read_blob
from .vault import Vault

INTERRUPTED_FILE = "interrupted.json"
INTERRUPTION_FORMAT = "evidence-recorder-interruption"

RECORDING, SEALED, INTERRUPTED, UNFINISHED, DAMAGED = "recording", "sealed", "recovered", "unfinished", "damaged"

_HEAD = FRAME_OVERHEAD - 4  # frame head before the ciphertext (the CRC-32 follows it)
_BATCH = 256  # records read with one system call when reading a whole session: about 6 MB of audio at once


@dataclass
class SessionStatus:
    """What is known of a session without the passphrase."""

    id: str
    dir: Path
    state: str
    created_utc: str | None
    records: int
    size: int
    interruption: dict[str, Any] | None
    problem: str | None = None

    @property
    def journal(self) -> Path:
        return self.dir / JOURNAL_FILE


def session_ids(vault: Vault) -> list[str]:
    """The sessions whose journal is a regular file. A journal replaced by a folder, a pipe or a link is never
    opened (a FIFO would block, /dev/zero never ends): the ledger reports it instead (:func:`review_ledger`)."""
    try:
        return sorted(
            p.name for p in vault.sessions_dir.iterdir() if journal_problem(vault.sessions_dir, p.name) is None
        )
    except (FileNotFoundError, NotADirectoryError):
        return []


def review_ledger(vault: Vault) -> LedgerReport:
    """The vault's ledger against the sessions present (docs/FORMAT.md §2.2): what it lists and cannot be read,
    and whether it was cut short or altered. Adds to it the sessions it lacks. No passphrase needed."""

    def start_of(session_id: str) -> str:
        try:
            return status(vault, session_id).created_utc or ""
        except RecorderError:
            return ""

    return review(vault.home, set(session_ids(vault)), start_of, vault.identity_public, vault.recording_public)


def read_interruption(directory: Path) -> dict[str, Any] | None:
    try:
        doc = json.loads((directory / INTERRUPTED_FILE).read_text("utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return {"damaged": True}
    return doc if isinstance(doc, dict) else {"damaged": True}


def status(vault: Vault, session_id: str) -> SessionStatus:
    return _status_and_scan(vault, session_id)[0]


def _status_and_scan(vault: Vault, session_id: str) -> tuple[SessionStatus, Scan | None]:
    # The scan comes back too, so a reader decides the state and reads the frames from one walk of the file.
    directory = vault.session_dir(session_id)
    path = directory / JOURNAL_FILE
    if "/" in session_id or session_id.startswith(".") or journal_problem(vault.sessions_dir, session_id) is not None:
        raise RecorderError(M.SESSION_NOT_FOUND, session=session_id)
    interruption = read_interruption(directory)
    try:
        sc = scan(path, quick=True)
    except FormatError as exc:
        return SessionStatus(session_id, directory, DAMAGED, None, 0, 0, interruption, problem=exc.sentence()), None
    created = sc.header.get("created_utc") if isinstance(sc.header.get("created_utc"), str) else None
    final = bool(sc.frames) and sc.frames[-1].final
    if final:
        state = SEALED
    elif is_locked(path):
        state = RECORDING
    elif interruption is not None:
        state = INTERRUPTED
    else:
        state = UNFINISHED
    return SessionStatus(session_id, directory, state, created, len(sc.frames), sc.size, interruption), sc


def recover(vault: Vault, session_id: str) -> SessionStatus:
    """Mark an interrupted session as ended by interruption (writes interrupted.json, touches nothing else)."""
    st = status(vault, session_id)
    if st.state != UNFINISHED:
        return st
    sc = scan(st.journal)
    intact_end = sc.frames[-1].end if sc.frames else (sc.tail.offset if sc.tail else sc.size)
    doc = {
        "format": INTERRUPTION_FORMAT,
        "version": 1,
        "session": session_id,
        "detected_utc": Moment().utc,
        "intact_records": len(sc.frames),
        "intact_bytes": intact_end,
        "file_bytes": sc.size,
        "tail": None if sc.tail is None else {"offset": sc.tail.offset, "size": sc.tail.size, "what": sc.tail.what},
    }
    with os_errors(vault.home):
        atomic_write(st.dir / INTERRUPTED_FILE, canonical_json(doc) + b"\n")
    return status(vault, session_id)


def recover_all(vault: Vault) -> list[SessionStatus]:
    """Recover every interrupted session; return those recovered now. Run whenever a vault is opened."""
    recovered = []
    for sid in session_ids(vault):
        try:
            if status(vault, sid).state == UNFINISHED:
                recovered.append(recover(vault, sid))
        except RecorderError:
            continue
    return recovered


def open_for_append(vault: Vault, session_id: str) -> NoReturn:
    """Refuse to add entries to an existing session, with the sentence that says why.

    A journal has exactly one writer, the :class:`~recorder.core.session.Session` that created it; nothing can be
    appended afterwards (issue 2, item 5). Raises SessionBusy while that writer (in this or another process) holds
    the journal, SessionEnded once it is sealed or interrupted, and RecorderError if there is no such session.
    """
    path = vault.session_dir(session_id) / JOURNAL_FILE
    try:
        if journal_problem(vault.sessions_dir, session_id) is not None:
            raise FileNotFoundError(path)
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except FileNotFoundError:
        raise RecorderError(M.SESSION_NOT_FOUND, session=session_id) from None
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)  # shared: never disturbs a listing that looks at the same lock
    except BlockingIOError:
        raise SessionBusy(M.SESSION_BUSY, session=session_id) from None
    finally:
        os.close(fd)
    raise SessionEnded(M.SESSION_ENDED, session=session_id)


def list_sessions(vault: Vault) -> list[SessionStatus]:
    out = []
    for sid in session_ids(vault):
        try:
            out.append(status(vault, sid))
        except RecorderError:
            continue
    return out


def data_key(sc: Scan, session_id: str, recording: X25519PrivateKey, path: Path) -> bytes:
    """Unwrap the session's data key with the vault's recording private key."""
    try:
        wrap = sc.header["key_wrap"]
        return crypto.unwrap_key(
            recording,
            unb64(wrap["ephemeral"]),
            unb64(wrap["nonce"]),
            unb64(wrap["ciphertext"]),
            session_id.encode("ascii"),
        )
    except (KeyError, TypeError, ValueError, crypto.InvalidTag):
        raise FormatError(M.JOURNAL_CORRUPT, path=str(path), offset=0, what="session key") from None


class _ReadAhead:
    """The bytes of each batch of frames, read on a thread one batch ahead of the caller: the copy out of the page
    cache (a tenth of a second per hour of audio) runs while the caller decrypts and parses the batch before.

    Three buffers take turns: the caller's batch, the one waiting in the queue, the one being read. A batch is
    yielded as a memoryview that stays valid until the caller asks for the batch after next.
    """

    def __init__(self, f: io.BufferedReader, batches: list[list[Frame]]) -> None:
        self._f = f
        self._batches = batches
        self._ready: queue.Queue[tuple[list[Frame], memoryview] | BaseException | None] = queue.Queue(maxsize=1)
        self._stop = False
        self._thread = threading.Thread(target=self._run, name="journal-read-ahead", daemon=True)

    def __enter__(self) -> _ReadAhead:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop = True
        while self._thread.is_alive():  # let a reader blocked on the full queue see the stop
            try:
                self._ready.get(timeout=0.05)
            except queue.Empty:
                pass
        self._thread.join()

    def __iter__(self) -> Iterator[tuple[list[Frame], memoryview]]:
        while (item := self._ready.get()) is not None:
            if isinstance(item, BaseException):
                raise item
            yield item

    def _run(self) -> None:
        buffers = [bytearray(), bytearray(), bytearray()]
        try:
            for n, batch in enumerate(self._batches):
                if self._stop:
                    return
                start = batch[0].offset
                span = batch[-1].end - start
                if len(buffers[n % 3]) < span:
                    buffers[n % 3] = bytearray(span)
                whole = memoryview(buffers[n % 3])[:span]
                self._ready.put((batch, whole[: _read_at(self._f, whole, start)]))
        except BaseException as exc:  # handed to the caller
            self._ready.put(exc)
            return
        self._ready.put(None)


def _read_at(f: io.BufferedReader, into: memoryview, offset: int) -> int:
    """Fill ``into`` from ``offset`` (fewer bytes at the end of the file); return how many were read."""
    if hasattr(os, "preadv"):
        return os.preadv(f.fileno(), [into], offset)
    f.seek(offset)
    return f.readinto(into) or 0


class SessionReader:
    """Decrypted, in-memory reading of one session (needs the unlocked vault). Nothing is written in clear."""

    def __init__(self, vault: Vault, recording: X25519PrivateKey, session_id: str) -> None:
        self.vault = vault
        self.id = session_id
        self.dir = vault.session_dir(session_id)
        # Quick walk (status's): a damaged record in the middle fails authentication when decrypted, so reading
        # every byte twice (once for CRCs) would only slow reading down; check_session verifies the CRCs as it reads.
        self.status, sc = _status_and_scan(vault, session_id)
        if sc is None:
            scan(self.status.journal)  # raises the journal's own sentence (damaged, newer version, not a journal)
            raise FormatError(M.JOURNAL_CORRUPT, path=str(self.status.journal), offset=0, what="header")
        self.scan = sc
        self._key = data_key(self.scan, session_id, recording, self.status.journal)

    def records(self, upto: int | None = None) -> Iterator[tuple[Frame, bytes, bytes]]:
        """(frame, canonical entry bytes, payload) for each intact record, in order; raises InvalidTag on the
        first record that fails authentication (altered, or cut short under us).

        The same records as :func:`recorder.core.journal.read_records`, read a few hundred at a time with one
        system call and decrypted with one cipher object: exporting hours of audio spends much of its time here.
        """
        for fr, plain in self._plain_records(upto):
            entry, payload = unpack_record(plain)
            yield fr, entry, payload

    def records_viewed(self, indexes: Sequence[int] | None = None) -> Iterator[tuple[Frame, bytes, memoryview]]:
        """:meth:`records`, each payload a view of its decrypted record instead of a copy (for a caller that only
        passes the bytes on, as the exporter does with hours of audio). ``indexes``: only the records at these
        positions (ascending), the others read past undecrypted (a call's second track, archive.call_export)."""
        for fr, plain in self._plain_records(None, indexes):
            n, padded = entry_span(plain)  # as unpack_record
            yield fr, plain[4 : 4 + n], memoryview(b"") if padded else memoryview(plain)[4 + n :]

    def _plain_records(self, upto: int | None, indexes: Sequence[int] | None = None) -> Iterator[tuple[Frame, bytes]]:
        frames = self.scan.frames if upto is None else self.scan.frames[:upto]
        if indexes is not None:
            frames = [frames[i] for i in indexes]
        decrypt = crypto.aead_decryptor(self._key)
        header_hash = self.scan.header_hash
        batches = [frames[i : i + _BATCH] for i in range(0, len(frames), _BATCH)]
        with open(self.status.journal, "rb") as f, _ReadAhead(f, batches) as ahead:
            for batch, view in ahead:
                start = batch[0].offset
                for fr in batch:
                    a = fr.offset - start + _HEAD
                    # A short read (the file shrank) leaves a short ciphertext, which fails authentication.
                    ct = view[a : a + fr.length]  # cryptography takes any buffer: no copy of the ciphertext
                    # The plaintext is a new object: nothing yielded refers to the reused read buffers.
                    yield fr, decrypt(fr.nonce, ct, record_aad(header_hash, fr.flags, fr.seq))  # type: ignore[arg-type]

    def record(self, index: int) -> tuple[Frame, bytes, bytes]:
        """Decrypt one record by position (``-1``: the last, e.g. to read a seal without reading everything)."""
        sc = self.scan
        one = Scan(sc.header, sc.header_hash, [sc.frames[index]], None, sc.size)
        return next(read_records(self.status.journal, one, self._key))

    def entries(self) -> Iterator[tuple[dict[str, Any], bytes]]:
        for _frame, entry, payload in self.records():
            yield json.loads(entry), payload

    def blob(self, name: str, sha256_hex: str) -> bytes:
        """Decrypt an attachment's stored bytes (authenticated against its recorded hash)."""
        return read_blob(self.dir, self.id, self._key, name, sha256_hex)
