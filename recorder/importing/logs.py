"""Importing a call log or message backup (issue 14 §2), and reading a case's logs back for the pattern.

The backup file is imported byte-identical as in :mod:`files`; in the same import session a ``derived`` entry
records the rows parsed from it: the parser and its version, the time zone the user states for the phone, the
numbers the user marks (the collector's, family), and the rows themselves as canonical JSON Lines stored like an
attachment (docs/FORMAT.md §3.6). Parsing happens before anything is written: a file that cannot be read as a log
is refused with one sentence and nothing is imported.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from ..core import crypto
from ..core.errors import RecorderError
from ..core.session import Session
from ..core.store import SessionReader, session_ids
from ..core.vault import Vault
from . import calllog, iphone, iphone_encrypted, pattern
from . import marks as marking
from . import messages as M
from .combined import DerivedRows, case_figures
from .files import MAX_FILE_BYTES, Imported, ImportError_, ImportResult, import_files, is_import_start

ROWS_NAME = "call-log-rows.jsonl"
ROWS_MEDIA_TYPE = "application/jsonl"
DERIVED_WHAT = "call-log rows"


@dataclass
class LogImport:
    result: ImportResult
    parser: str
    rows: int
    time_zone: str


@dataclass
class CaseLog:
    """Every imported log of a case (its derived rows and their stated time zone) and every mark stated."""

    logs: list[DerivedRows] = field(default_factory=list)
    statements: list[marking.Statement] = field(default_factory=list)


def local_zone_name() -> str:
    """This computer's IANA time zone name (the usual default for the phone's), else UTC."""
    tz = os.environ.get("TZ", "").lstrip(":")
    if tz and "/" in tz:
        return tz
    try:
        target = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in target:
            return target.split("zoneinfo/", 1)[1]
    except OSError:
        pass
    return "UTC"


def import_log(
    vault: Vault,
    recording: X25519PrivateKey,
    case: str,
    path: Path,
    source: str | None,
    time_zone: str,
    marks: dict[str, list[str]] | None = None,
    on_start: Callable[[Session], Callable[[], None]] | None = None,
    backup_passphrase: str | None = None,
) -> LogImport:
    """Import the backup at ``path`` and the rows parsed from it, as one sealed import session (``on_start``: as
    for :func:`recorder.importing.files.import_files`; ``backup_passphrase``: an encrypted iPhone backup's)."""
    pattern.zone(time_zone)  # a wrong name is refused before anything else
    if path.is_dir() and iphone_encrypted.is_encrypted(path):
        if backup_passphrase is None:
            raise calllog.LogError(iphone_encrypted.PASSPHRASE_NEEDED, path=str(path))
        opened = iphone_encrypted.open_backup(path, backup_passphrase)
        roles = iphone_encrypted.roles_of(opened)
        return _import_backup_files(
            vault, recording, case, path, source, time_zone, marks, on_start,
            [opened.paths[r] for r in roles], [opened.sha256[r] for r in roles], roles,
            iphone.parse(opened.plain, str(path)), iphone_encrypted.PARSER_NAME, iphone_encrypted.PARSER_VERSION,
            {"decrypted_with": "the backup passphrase"},
        )  # fmt: skip
    if path.is_dir():
        return _import_iphone_backup(vault, recording, case, path, source, time_zone, marks, on_start)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportError_(M.IMPORT_TOO_BIG, path=str(path), limit=MAX_FILE_BYTES >> 20)
        data = path.read_bytes()
    except FileNotFoundError:
        raise ImportError_(M.IMPORT_MISSING, path=str(path)) from None
    except (OSError, IsADirectoryError):
        raise ImportError_(M.IMPORT_UNREADABLE, path=str(path)) from None
    parser, rows = calllog.parse(data, str(path))
    digest = hashlib.sha256(data).hexdigest()
    stated = _stated(marks)

    def derive(session: Session, imported: list[Imported]) -> None:
        if imported[0].sha256 != digest:
            raise ImportError_(M.IMPORT_CHANGED, path=str(path))
        derivation = {
            "of": [imported[0].seq],
            "what": DERIVED_WHAT,
            "parser": parser.name,
            "parser_version": parser.version,
            "rows": len(rows),
            "time_zone": time_zone,
            "marks": stated,
        }
        session.add_derived(ROWS_NAME, calllog.rows_bytes(rows), derivation, ROWS_MEDIA_TYPE)

    result = import_files(vault, recording, case, [path], source, derive=derive, on_start=on_start)
    return LogImport(result, parser.name, len(rows), time_zone)


def _stated(marks: dict[str, list[str]] | None) -> dict[str, list[str]]:
    return {k: sorted(set(v)) for k, v in (marks or {}).items() if v}


def _import_iphone_backup(
    vault: Vault,
    recording: X25519PrivateKey,
    case: str,
    folder: Path,
    source: str | None,
    time_zone: str,
    marks: dict[str, list[str]] | None,
    on_start: Callable[[Session], Callable[[], None]] | None,
) -> LogImport:
    """An iPhone backup: Manifest.db, sms.db and CallHistory.storedata imported (nothing else of the backup), and
    the rows read from them as one derived entry naming each original's role."""
    located = iphone.locate(folder)
    roles = [r for r in iphone.ROLES if r in located]
    try:
        inputs = {r: located[r].read_bytes() for r in roles}
    except OSError:
        raise ImportError_(M.IMPORT_UNREADABLE, path=str(folder)) from None
    rows = iphone.parse(inputs, str(folder))
    digests = [hashlib.sha256(inputs[r]).hexdigest() for r in roles]
    return _import_backup_files(
        vault, recording, case, folder, source, time_zone, marks, on_start,
        [located[r] for r in roles], digests, roles, rows, iphone.PARSER_NAME, iphone.PARSER_VERSION, {},
    )  # fmt: skip


def _import_backup_files(
    vault: Vault,
    recording: X25519PrivateKey,
    case: str,
    folder: Path,
    source: str | None,
    time_zone: str,
    marks: dict[str, list[str]] | None,
    on_start: Callable[[Session], Callable[[], None]] | None,
    paths: list[Path],
    digests: list[str],
    roles: list[str],
    rows: list[calllog.Row],
    parser: str,
    version: int,
    extra: dict[str, Any],
) -> LogImport:
    """The backup's files (as read, their SHA-256 checked again as imported) and the rows parsed from them as one
    derived entry naming each original's role."""
    if not rows:
        raise calllog.LogError(calllog.NO_ROWS, path=str(folder))

    def derive(session: Session, imported: list[Imported]) -> None:
        if [i.sha256 for i in imported] != digests:
            raise ImportError_(M.IMPORT_CHANGED, path=str(folder))
        derivation = {
            "of": [i.seq for i in imported],
            "roles": roles,
            "what": DERIVED_WHAT,
            "parser": parser,
            "parser_version": version,
            **extra,
            "rows": len(rows),
            "time_zone": time_zone,
            "marks": _stated(marks),
        }
        session.add_derived(ROWS_NAME, calllog.rows_bytes(rows), derivation, ROWS_MEDIA_TYPE)

    result = import_files(vault, recording, case, paths, source, derive=derive, relative_to=folder, on_start=on_start)
    return LogImport(result, parser, len(rows), time_zone)


SCREENSHOT_PARSER = "screenshot-confirmed"  # rows read by OCR, then confirmed or corrected by the user
SCREENSHOT_PARSER_VERSION = 1


def confirmed_rows(table: list[dict[str, Any]], time_zone: str) -> list[calllog.Row]:
    """The call rows the user confirmed in the table (``number``, ``direction``, ``local`` "YYYY-MM-DD HH:MM",
    ``duration_s``), as rows labelled read from a screenshot; raises a sentence for a cell that cannot be read."""
    from datetime import datetime

    from ..core.environment import utc_text

    tz = pattern.zone(time_zone)
    rows: list[calllog.Row] = []
    for n, r in enumerate(table, start=1):
        where = f"row {n}"
        direction = str(r.get("direction") or "")
        if direction not in calllog.CALL_DIRECTIONS:
            raise calllog.LogError(calllog.BAD_ROW, path="screenshot", where=where, what=f"direction {direction!r}")
        try:
            local = datetime.strptime(str(r.get("local")), "%Y-%m-%d %H:%M").replace(tzinfo=tz)
            duration = int(r.get("duration_s") or 0)
        except ValueError:
            raise calllog.LogError(calllog.BAD_ROW, path="screenshot", where=where, what="time or duration") from None
        rows.append(
            {"type": "call", "direction": direction, "number": str(r.get("number") or ""), "name": None,
             "utc": utc_text(int(local.timestamp()) * 1_000_000_000), "duration_s": duration,
             "read_from": "screenshot"}
        )  # fmt: skip
    return rows


def import_screenshot_rows(
    vault: Vault,
    recording: X25519PrivateKey,
    case: str,
    path: Path,
    source: str | None,
    time_zone: str,
    table: list[dict[str, Any]],
) -> LogImport:
    """Import a screenshot with the call rows the user confirmed from it: the image as an import, the rows as a
    derived entry marked ``confirmed_by_user`` (OCR proposed them; the user's confirmation is what counts, so a
    verifier checks their bytes but cannot derive them again)."""
    rows = confirmed_rows(table, time_zone)
    if not rows:
        raise calllog.LogError(calllog.NO_ROWS, path=str(path))

    def derive(session: Session, imported: list[Imported]) -> None:
        derivation = {
            "of": [imported[0].seq],
            "what": DERIVED_WHAT,
            "parser": SCREENSHOT_PARSER,
            "parser_version": SCREENSHOT_PARSER_VERSION,
            "read_from": "screenshot",
            "confirmed_by_user": True,
            "rows": len(rows),
            "time_zone": time_zone,
            "marks": {},
        }
        session.add_derived(ROWS_NAME, calllog.rows_bytes(rows), derivation, ROWS_MEDIA_TYPE)

    result = import_files(vault, recording, case, [path], source, derive=derive)
    return LogImport(result, SCREENSHOT_PARSER, len(rows), time_zone)


def parse_again(derivation: dict[str, Any], originals: list[bytes], path: str) -> list[calllog.Row]:
    """The rows a derived entry's parser and version give from its originals (in the order of ``of``), for the
    verifier; raises RecorderError (a sentence) when they cannot be derived."""
    name, version = derivation.get("parser"), derivation.get("parser_version")
    if name == iphone.PARSER_NAME and version == iphone.PARSER_VERSION:
        roles = derivation.get("roles")
        if not isinstance(roles, list) or not iphone.check_roles(roles) or len(roles) != len(originals):
            raise calllog.LogError(iphone.NOT_A_BACKUP, path=path, what="the roles of its files are not known")
        return iphone.parse(dict(zip(roles, originals, strict=True)), path)
    parser = calllog.PARSERS.get(str(name))
    if parser is None or parser.version != version or len(originals) != 1:
        raise calllog.LogError(calllog.UNKNOWN_FORMAT, path=path)
    return parser.parse(originals[0], path)


def case_log(vault: Vault, recording: X25519PrivateKey, case: str) -> CaseLog:
    """The call-log rows of every import session of ``case``, read from their derived entries (decrypted in
    memory), and every statement marking a number (at an import, or in a marks session of the case)."""
    out = CaseLog()
    for sid in session_ids(vault):
        try:
            reader = SessionReader(vault, recording, sid)
            if not reader.scan.frames:
                continue
            first = json.loads(reader.record(0)[1])
            if (first.get("body") or {}).get("case") != case:
                continue
            if marking.is_marks_start(first):
                for entry, _payload in reader.entries():
                    statement = marking.from_mark_entry(sid, entry)
                    out.statements += [statement] if statement else []
                continue
            if not is_import_start(first):
                continue
            for entry, _payload in reader.entries():
                body, ref = entry.get("body") or {}, entry.get("payload") or {}
                if entry.get("kind") != "derived" or body.get("what") != DERIVED_WHAT:
                    continue
                data = reader.blob(str(body.get("blob")), str(ref.get("sha256")))
                rows = [json.loads(line) for line in data.splitlines() if line]
                out.logs.append(DerivedRows(sid, int(entry["seq"]), str(body.get("time_zone")), rows))
                out.statements += marking.from_derived_entry(sid, entry)
        except (RecorderError, crypto.InvalidTag, ValueError, OSError):
            continue  # a damaged import is reported by `recorder check`, not counted here
    return out


def case_pattern(vault: Vault, recording: X25519PrivateKey, case: str, profile: str) -> dict[str, Any]:
    """The case's figures (importing/combined.py): every imported log, the same call counted once, latest marks."""
    log = case_log(vault, recording, case)
    return case_figures(log.logs, log.statements, profile)
