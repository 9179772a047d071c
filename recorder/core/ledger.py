"""The vault's ledger of sessions: an append-only, hash-chained list of every recording started in it (issue 12 §3).

Written when a session starts (no passphrase needed: it names only the session and its start time), so that a
recording deleted later — its journal removed, or replaced by a folder, a pipe or a link — is reported instead of
silently left out of the listing. Its head (and the sessions it lists) is also kept in the vault's pin outside the
vault folder (:mod:`recorder.core.pins`), so a ledger cut short or rewritten is noticed too. docs/FORMAT.md §2.2.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import json
import os
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import messages as M
from .canonical import b64, canonical_json
from .pins import Pin, read_pin, write_pin

LEDGER_FILE = "ledger.jsonl"
LEDGER_VERSION = 1
GENESIS = "0" * 64
JOURNAL_FILE = "journal.erj"  # a session's journal in its folder (core.session imports it from here)
# A ledger line is about 200 bytes; a file far larger than any vault's ledger is not read whole.
MAX_LEDGER_BYTES = 64 * 1024 * 1024

# Why a session the ledger lists cannot be read (words for LedgerReport.missing; the front ends translate them).
GONE, FOLDER_GONE, NOT_A_FILE, LINK, UNREADABLE = "gone", "folder-gone", "not-a-file", "link", "unreadable"


@dataclass
class Listed:
    session: str
    utc: str
    line: int


@dataclass
class LedgerReport:
    """What the ledger says of the vault, read without the passphrase."""

    listed: list[Listed] = field(default_factory=list)
    missing: list[tuple[Listed, str]] = field(default_factory=list)  # (session, why: GONE, NOT_A_FILE, …)
    damaged_line: int | None = None  # first line that is not a well-formed, chained entry (1-based)
    cut_short: tuple[int, int] | None = None  # (entries the pin remembers, entries now)
    rewritten: bool = False  # the entry the pin remembers as the head is not there any more
    created: int | None = None  # the ledger did not exist and was made now, from this many sessions
    added: list[str] = field(default_factory=list)  # sessions present but not listed, added now

    @property
    def ok(self) -> bool:
        return not (self.missing or self.damaged_line or self.cut_short or self.rewritten)


def ledger_path(home: Path) -> Path:
    return home / LEDGER_FILE


def line_hash(line: bytes) -> str:
    return hashlib.sha256(line).hexdigest()


def journal_problem(sessions_dir: Path, session_id: str) -> str | None:
    """None if the session's journal is a regular file; else why it cannot be read. Never opens the file (a FIFO
    would block, /dev/zero would never end): lstat only."""
    folder = sessions_dir / session_id
    try:
        st = os.lstat(folder / JOURNAL_FILE)
    except FileNotFoundError:
        return GONE if os.path.lexists(folder) else FOLDER_GONE
    except OSError as exc:
        return FOLDER_GONE if exc.errno == errno.ENOTDIR else UNREADABLE
    if stat.S_ISLNK(st.st_mode):
        return LINK
    if not stat.S_ISREG(st.st_mode):
        return NOT_A_FILE
    return None


def _open(home: Path, create: bool = True, writable: bool = True) -> int:
    """The ledger, opened and locked (exclusively to write: several programs may start sessions at once)."""
    # O_NOFOLLOW: a ledger replaced by a link is not followed; O_NONBLOCK: nor is a FIFO waited on.
    flags = os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
    flags |= (os.O_RDWR | os.O_APPEND | (os.O_CREAT if create else 0)) if writable else os.O_RDONLY
    fd = os.open(ledger_path(home), flags, 0o600)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "the ledger is not a regular file")
        fcntl.flock(fd, fcntl.LOCK_EX if writable else fcntl.LOCK_SH)
    except BaseException:
        os.close(fd)
        raise
    return fd


@contextlib.contextmanager
def _locked(home: Path, create: bool = True, may_fall_back: bool = False) -> Iterator[tuple[int, bool]]:
    """(fd, writable). With ``may_fall_back``, a ledger that exists on read-only media or in a folder that
    cannot be written is opened to read only (nothing is then added, and the pin is not moved)."""
    try:
        fd, writable = _open(home, create), True
    except OSError as exc:
        if not may_fall_back or exc.errno not in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise
        fd, writable = _open(home, create=False, writable=False), False
    try:
        yield fd, writable
    finally:
        os.close(fd)


def _read_all(fd: int) -> bytes:
    size = os.fstat(fd).st_size
    if size > MAX_LEDGER_BYTES:
        raise OSError(errno.EFBIG, "the ledger is too large")
    return os.pread(fd, size, 0) if size else b""


@dataclass
class _Parsed:
    entries: list[Listed]
    hashes: list[str]
    damaged_line: int | None
    ends_cleanly: bool


def _parse(data: bytes) -> _Parsed:
    """Every well-formed, chained entry in order; the first line that is not one stops the chain (the lines after
    it are still read for the sessions they name, so none is lost from the report)."""
    entries: list[Listed] = []
    hashes: list[str] = []
    damaged: int | None = None
    prev = GENESIS
    for number, raw in enumerate(data.split(b"\n"), start=1):
        if not raw:
            continue
        try:
            doc = json.loads(raw.decode("utf-8"))
            ok = (
                isinstance(doc, dict)
                and canonical_json(doc) == raw
                and doc.get("v") == LEDGER_VERSION
                and isinstance(doc.get("session"), str)
                and isinstance(doc.get("utc"), str)
            )
        except (ValueError, UnicodeDecodeError):
            doc, ok = None, False
        if ok and damaged is None and (doc.get("seq") != len(entries) or doc.get("prev") != prev):  # type: ignore[union-attr]
            ok = False
        if not ok and damaged is None:
            damaged = number
        if isinstance(doc, dict) and isinstance(doc.get("session"), str):
            entries.append(Listed(doc["session"], str(doc.get("utc", "")), number))
            if damaged is None:
                prev = line_hash(raw)
                hashes.append(prev)
    return _Parsed(entries, hashes, damaged, data.endswith(b"\n") or not data)


def _append(fd: int, parsed: _Parsed, session_id: str, utc: str, recording_public: bytes, lead: bytes) -> str:
    line = canonical_json(
        {
            "v": LEDGER_VERSION,
            "seq": len(parsed.hashes),
            "prev": parsed.hashes[-1] if parsed.hashes else GENESIS,
            "session": session_id,
            "utc": utc,
            "recording": b64(recording_public),
        }
    )
    os.write(fd, lead + line + b"\n")
    parsed.hashes.append(line_hash(line))
    parsed.entries.append(Listed(session_id, utc, -1))
    return parsed.hashes[-1]


def _matches_pin(pin: Pin | None, parsed: _Parsed) -> bool:
    """The ledger still holds, unchanged, every entry the pin remembers (it may have grown since)."""
    if pin is None or not pin.ledger_entries:
        return True
    n = pin.ledger_entries
    return len(parsed.hashes) >= n and parsed.hashes[n - 1] == pin.ledger_head


def _repin(home: Path, pin: Pin | None, keys: tuple[bytes, bytes], parsed: _Parsed) -> None:
    pin = pin or Pin(*keys)
    pin.ledger_entries = len(parsed.hashes)
    pin.ledger_head = parsed.hashes[-1] if parsed.hashes else GENESIS
    pin.sessions = [e.session for e in parsed.entries]
    write_pin(home, pin)


def record_session(home: Path, session_id: str, utc: str, identity_public: bytes, recording_public: bytes) -> None:
    """Append the session to the ledger (and its new head to the pin). Raises OSError if it cannot be written."""
    with _locked(home) as (fd, _writable):
        parsed = _parse(_read_all(fd))
        if any(e.session == session_id for e in parsed.entries):
            return
        pin = read_pin(home)
        healthy = parsed.damaged_line is None and _matches_pin(pin, parsed)
        # A line torn by a power loss is closed first, so the new entry stands on a line of its own.
        _append(fd, parsed, session_id, utc, recording_public, b"" if parsed.ends_cleanly else b"\n")
        os.fsync(fd)
        if healthy:  # a ledger found cut short or altered keeps being reported: its pin is not moved past it
            _repin(home, pin, (identity_public, recording_public), parsed)


def review(
    home: Path,
    present: set[str],
    start_of: Callable[[str], str],
    identity_public: bytes,
    recording_public: bytes,
) -> LedgerReport:
    """Compare the ledger with the sessions present and with the pin; add to the ledger the sessions it lacks
    (``start_of`` gives their start time; the ledger is created for a vault made before ledgers existed), and say
    what it lists and cannot be read."""
    report = LedgerReport()
    pin = read_pin(home)
    existed = os.path.lexists(ledger_path(home))
    try:
        # A vault without a ledger and without sessions is left as it is (a command refused is not to change it).
        with _locked(home, create=existed or bool(present), may_fall_back=existed) as (fd, writable):
            parsed = _parse(_read_all(fd))
            report.damaged_line = parsed.damaged_line
            if not _matches_pin(pin, parsed):
                assert pin is not None
                if len(parsed.hashes) < pin.ledger_entries:
                    report.cut_short = (pin.ledger_entries, len(parsed.hashes))
                else:
                    report.rewritten = True
            listed = {e.session for e in parsed.entries}
            lead = b"" if parsed.ends_cleanly else b"\n"
            for sid in sorted(set(present) - listed) if writable else []:
                _append(fd, parsed, sid, start_of(sid), recording_public, lead)
                lead = b""
                report.added.append(sid)
            if report.added:
                os.fsync(fd)
            healthy = report.damaged_line is None and report.cut_short is None and not report.rewritten
            if writable and (healthy or pin is None):
                _repin(home, pin, (identity_public, recording_public), parsed)
    except OSError:
        # A ledger that cannot be opened as a file (a folder, a link, unwritable): read what the pin remembers.
        parsed = _Parsed([], [], 1 if existed else None, True)
        report.damaged_line = 1 if existed else None
        if pin is not None and pin.ledger_entries:
            report.cut_short = (pin.ledger_entries, 0)
        report.added = []
    if not existed and report.added:
        report.created, report.added = len(report.added), []
    # Sessions the pin remembers but the ledger no longer lists (it was cut short or rewritten) are missing too.
    known = [Listed(e.session, e.utc, e.line) for e in parsed.entries]
    names = {e.session for e in known}
    if pin is not None:
        known += [Listed(sid, "", 0) for sid in pin.sessions if sid not in names]
    report.listed = known
    for entry in known:
        if entry.session in present:
            continue
        why = journal_problem(home / "sessions", entry.session)
        if why is not None:  # (None: its journal appeared since the sessions were listed)
            report.missing.append((entry, why))
    return report


_WHY = {GONE: M.LEDGER_GONE, FOLDER_GONE: M.LEDGER_FOLDER_GONE, NOT_A_FILE: M.LEDGER_NOT_A_FILE, LINK: M.LEDGER_LINK}


def findings(report: LedgerReport) -> list[tuple[bool, str, dict[str, Any]]]:
    """What to tell the user: (is a problem, message of context ``Messages``, its parameters), problems first."""
    out: list[tuple[bool, str, dict[str, Any]]] = []
    for entry, why in report.missing:
        out.append((True, _WHY.get(why, M.LEDGER_UNREADABLE), {"session": entry.session}))
    if report.cut_short:
        out.append((True, M.LEDGER_CUT_SHORT, {"before": report.cut_short[0], "now": report.cut_short[1]}))
    if report.damaged_line is not None:
        out.append((True, M.LEDGER_DAMAGED, {"line": report.damaged_line}))
    if report.rewritten:
        out.append((True, M.LEDGER_REWRITTEN, {}))
    if report.created is not None:
        out.append((False, M.LEDGER_CREATED, {"n": report.created}))
    out.extend((False, M.LEDGER_ADDED, {"session": sid}) for sid in report.added)
    return out


def as_json(report: LedgerReport) -> dict[str, Any]:
    return {
        "ok": report.ok,
        "missing": [{"session": e.session, "start": e.utc or None, "why": why} for e, why in report.missing],
        "damaged_line": report.damaged_line,
        "cut_short": list(report.cut_short) if report.cut_short else None,
        "rewritten": report.rewritten,
        "created": report.created,
        "added": report.added,
    }
