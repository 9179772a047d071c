"""An unencrypted iPhone backup folder (Finder/iTunes) as a call log (issue 14 §2).

``Manifest.db`` maps each file of the phone (domain + relative path) to its stored name, the SHA-1 of
``domain-relativePath``, kept at ``<first two hex digits>/<name>``. Messages come from ``Library/SMS/sms.db``
(tables ``message`` and ``handle``; dates counted from 2001-01-01 UTC, in nanoseconds since iOS 11, in seconds
before; a message whose ``text`` is empty keeps it in ``attributedBody``, an archived NSAttributedString), calls
from ``Library/CallHistoryDB/CallHistory.storedata`` (Core Data table ``ZCALLRECORD``; seconds from 2001-01-01).

The databases are opened from their bytes in memory (``sqlite3`` ``deserialize``): nothing is written to disk.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Any

from ..core.messages import QT_TRANSLATE_NOOP
from .calllog import BAD_ROW, LogError, Row

PARSER_NAME = "iphone-backup"
PARSER_VERSION = 1
APPLE_EPOCH = 978_307_200  # 2001-01-01T00:00:00Z in Unix seconds
HOME = "HomeDomain"
SMS_PATH = "Library/SMS/sms.db"
CALLS_PATH = "Library/CallHistoryDB/CallHistory.storedata"
ROLES = ("manifest", "sms", "calls")

NOT_A_BACKUP = QT_TRANSLATE_NOOP(
    "Messages",
    "The folder {path} is not an unencrypted iPhone backup this app can read ({what}). Nothing was imported.",
)
BACKUP_INCOMPLETE = QT_TRANSLATE_NOOP(
    "Messages", "The iPhone backup {path} is missing {what}, so it cannot be read. Nothing was imported."
)


def stored_name(domain: str, relative: str) -> str:
    return hashlib.sha1(f"{domain}-{relative}".encode()).hexdigest()  # noqa: S324 - Apple's naming, not security


def _open(data: bytes, path: str, what: str) -> sqlite3.Connection:
    if not data.startswith(b"SQLite format 3\x00"):
        raise LogError(NOT_A_BACKUP, path=path, what=f"{what} is not an SQLite database; an encrypted backup?")
    db = sqlite3.connect(":memory:")
    try:
        db.deserialize(data)
        db.execute("PRAGMA query_only = ON")
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError:
        db.close()
        raise LogError(NOT_A_BACKUP, path=path, what=f"{what} is damaged") from None
    return db


def locate(folder: Path) -> dict[str, Path]:
    """The backup's files this parser reads, by role; raises a sentence when the folder is not such a backup."""
    manifest = folder / "Manifest.db"
    if not manifest.is_file():
        raise LogError(NOT_A_BACKUP, path=str(folder), what="no Manifest.db")
    db = _open(manifest.read_bytes(), str(folder), "Manifest.db")
    try:
        rows = db.execute(
            "SELECT fileID, relativePath FROM Files WHERE domain = ? AND relativePath IN (?, ?)",
            (HOME, SMS_PATH, CALLS_PATH),
        ).fetchall()
    except sqlite3.DatabaseError:
        raise LogError(NOT_A_BACKUP, path=str(folder), what="Manifest.db has no table Files") from None
    finally:
        db.close()
    found: dict[str, Path] = {"manifest": manifest}
    for file_id, relative in rows:
        file_id = str(file_id)
        if len(file_id) != 40 or any(c not in "0123456789abcdef" for c in file_id):
            raise LogError(NOT_A_BACKUP, path=str(folder), what="Manifest.db names a file oddly")
        stored = folder / file_id[:2] / file_id
        if not stored.is_file():
            raise LogError(BACKUP_INCOMPLETE, path=str(folder), what=f"{relative} ({file_id[:2]}/{file_id})")
        found["sms" if relative == SMS_PATH else "calls"] = stored
    if len(found) == 1:
        raise LogError(BACKUP_INCOMPLETE, path=str(folder), what=f"{SMS_PATH} and {CALLS_PATH}")
    return found


def _apple_utc(value: Any, path: str, where: str) -> str:
    """An Apple time (seconds, or nanoseconds since iOS 11, from 2001-01-01 UTC) in the §1 form."""
    from ..core.environment import utc_text

    if not isinstance(value, (int, float)) or isinstance(value, bool):
        raise LogError(BAD_ROW, path=path, where=where, what=f"date {value!r}")
    # Nanoseconds since iOS 11 (an integer beyond 10^11), else seconds, kept to the microsecond.
    ns = value if isinstance(value, int) and abs(value) > 10**11 else int(round(value * 1_000_000)) * 1000
    total = APPLE_EPOCH * 1_000_000_000 + ns
    if total <= 0:
        raise LogError(BAD_ROW, path=path, where=where, what=f"date {value!r}")
    return utc_text(total)


def attributed_text(blob: bytes | None) -> str:
    """The plain text of an archived NSAttributedString (typedstream): the bytes after the ``NSString`` class name,
    its ``+`` marker and a length (one byte, or ``0x81`` and two bytes little-endian, or ``0x82`` and four)."""
    if not blob:
        return ""
    i = blob.find(b"NSString")
    if i < 0:
        return ""
    j = blob.find(b"+", i + 8)
    if j < 0 or j > i + 16:
        return ""
    p = j + 1
    if p >= len(blob):
        return ""
    n = blob[p]
    p += 1
    if n == 0x81:
        n, p = int.from_bytes(blob[p : p + 2], "little"), p + 2
    elif n == 0x82:
        n, p = int.from_bytes(blob[p : p + 4], "little"), p + 4
    return blob[p : p + n].decode("utf-8", "replace")


def parse(inputs: dict[str, bytes], path: str) -> list[Row]:
    """Calls then messages, each in their database's row order."""
    rows: list[Row] = []
    if "calls" in inputs:
        db = _open(inputs["calls"], path, "CallHistory.storedata")
        try:
            records = db.execute(
                "SELECT Z_PK, ZADDRESS, ZDATE, ZDURATION, ZORIGINATED, ZANSWERED FROM ZCALLRECORD ORDER BY Z_PK"
            ).fetchall()
        except sqlite3.DatabaseError:
            raise LogError(NOT_A_BACKUP, path=path, what="CallHistory.storedata has no table ZCALLRECORD") from None
        finally:
            db.close()
        for pk, address, date, duration, originated, answered in records:
            where = f"call {pk}"
            number = address.decode("utf-8", "replace") if isinstance(address, bytes) else str(address or "")
            direction = "outgoing" if originated else "incoming" if answered else "missed"
            rows.append(
                {"type": "call", "direction": direction, "number": number, "name": None,
                 "utc": _apple_utc(date, path, where), "duration_s": int(duration or 0)}
            )  # fmt: skip
    if "sms" in inputs:
        db = _open(inputs["sms"], path, "sms.db")
        try:
            records = db.execute(
                "SELECT m.ROWID, h.id, m.date, m.is_from_me, m.text, m.attributedBody FROM message m "
                "LEFT JOIN handle h ON h.ROWID = m.handle_id ORDER BY m.ROWID"
            ).fetchall()
        except sqlite3.DatabaseError:
            raise LogError(NOT_A_BACKUP, path=path, what="sms.db has no tables message and handle") from None
        finally:
            db.close()
        for rowid, handle, date, from_me, text, body in records:
            rows.append(
                {"type": "message", "direction": "sent" if from_me else "received", "number": str(handle or ""),
                 "name": None, "utc": _apple_utc(date, path, f"message {rowid}"),
                 "text": text if isinstance(text, str) and text else attributed_text(body)}
            )  # fmt: skip
    return rows


def check_roles(roles: list[str]) -> bool:
    return "manifest" in roles and set(roles) <= set(ROLES) and len(set(roles)) == len(roles)
