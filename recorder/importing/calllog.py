"""Call logs and messages read from a phone's backup (issue 14 §2): format detection and the parsers.

The parsed rows are *derived* data (DESIGN §10): the original file is imported byte-identical (files.py) and the
rows are what a named parser of a given version reads from it — the same bytes always give the same rows, so the
verifier re-parses the original and must find them again (docs/FORMAT.md §3.6).

A row is a plain dict of strings and integers (canonical JSON, no floats):
``{"type": "call"|"message", "direction", "number", "name", "utc", "duration_s" (calls), "text" (messages)}``.
Every input is untrusted: XML is parsed with defusedxml (no entity expansion, no DTD, no external entities);
anything that does not fit the format is refused with one sentence and nothing is imported.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from xml.sax import SAXParseException
from xml.sax.handler import ContentHandler

import defusedxml.sax as defused_sax
from defusedxml import DefusedXmlException

from ..core.canonical import canonical_json
from ..core.environment import utc_text
from ..core.errors import RecorderError
from ..core.messages import QT_TRANSLATE_NOOP

Row = dict[str, Any]

UNKNOWN_FORMAT = QT_TRANSLATE_NOOP(
    "Messages",
    "The file {path} is not a call log or message backup this app can read (SMS Backup & Restore XML, or the "
    "CSV template). Nothing was imported.",
)
BAD_XML = QT_TRANSLATE_NOOP(
    "Messages", "The backup {path} is damaged or cut short (XML error at line {line}). Nothing was imported."
)
HOSTILE_XML = QT_TRANSLATE_NOOP(
    "Messages",
    "The backup {path} contains XML entity declarations or external references, which phone backups never "
    "contain; it was not read. Nothing was imported.",
)
BAD_ROW = QT_TRANSLATE_NOOP(
    "Messages", "The backup {path} has an unreadable entry ({where}: {what}). Nothing was imported."
)
NOT_UTF8 = QT_TRANSLATE_NOOP(
    "Messages", "The file {path} is not UTF-8 text (save the CSV as UTF-8 and try again). Nothing was imported."
)
NO_ROWS = QT_TRANSLATE_NOOP("Messages", "The file {path} holds no calls and no messages. Nothing was imported.")


class LogError(RecorderError):
    pass


# SMS Backup & Restore's call types (its documented schema) and message boxes.
CALL_TYPES = {
    1: "incoming",
    2: "outgoing",
    3: "missed",
    4: "voicemail",
    5: "rejected",
    6: "blocked",
    7: "answered-elsewhere",
}
SMS_TYPES = {1: "received", 2: "sent", 3: "draft", 4: "outbox", 5: "failed", 6: "queued"}
CSV_COLUMNS = ("type", "direction", "number", "name", "time", "duration_s", "text")
CALL_DIRECTIONS = frozenset(CALL_TYPES.values())
MESSAGE_DIRECTIONS = frozenset(SMS_TYPES.values())


@dataclass(frozen=True)
class Parser:
    name: str
    version: int
    parse: Callable[[bytes, str], list[Row]]


def rows_bytes(rows: list[Row]) -> bytes:
    """The rows as canonical JSON Lines: the derived member's bytes, whose SHA-256 the derived entry records."""
    return b"".join(canonical_json(r) + b"\n" for r in rows)


def rows_sha256(rows: list[Row]) -> str:
    return hashlib.sha256(rows_bytes(rows)).hexdigest()


def number_key(raw: str) -> str:
    """A number as compared: digits (and a leading +) only; +86 before an 11-digit mainland number dropped."""
    raw = raw.strip()
    digits = re.sub(r"\D", "", raw)
    if raw.startswith("+86") and len(digits) == 13:
        return digits[2:]
    if raw.startswith("0086") and len(digits) == 15:
        return digits[4:]
    return ("+" if raw.startswith("+") else "") + digits


def _ms_utc(value: str | None, path: str, where: str) -> str:
    try:
        ms = int(value or "")
        if not 0 < ms < 10**14:
            raise ValueError
    except ValueError:
        raise LogError(BAD_ROW, path=path, where=where, what=f"date {value!r}") from None
    sec, rem = divmod(ms, 1000)
    t = time.gmtime(sec)  # (utc_text's form, without a datetime per row: a backup holds 100,000s of rows)
    return f"{t[0]:04d}-{t[1]:02d}-{t[2]:02d}T{t[3]:02d}:{t[4]:02d}:{t[5]:02d}.{rem:03d}000Z"


def _int(value: str | None, path: str, where: str, what: str) -> int:
    try:
        return int(value or "0")
    except ValueError:
        raise LogError(BAD_ROW, path=path, where=where, what=f"{what} {value!r}") from None


# -- SMS Backup & Restore --------------------------------------------------------------------------------------
class _SmsBackupHandler(ContentHandler):
    """SAX events to rows: a flat stream (no tree kept), one dict per ``<call>``, ``<sms>`` or ``<mms>``."""

    def __init__(self, path: str) -> None:
        super().__init__()
        self.path = path
        self.rows: list[Row] = []
        self.root: str | None = None
        self.n = 0
        self._mms: Row | None = None
        self._parts: list[str] = []

    def startElement(self, tag: str, a: Any) -> None:  # noqa: N802 - the SAX interface
        self.n += 1
        if self.root is None:
            self.root = tag
        where = f"{tag} {self.n}"
        path = self.path
        if tag == "call":
            kind = _int(a.get("type"), path, where, "type")
            if kind not in CALL_TYPES:
                raise LogError(BAD_ROW, path=path, where=where, what=f"call type {kind}")
            self.rows.append(
                {
                    "type": "call",
                    "direction": CALL_TYPES[kind],
                    "number": a.get("number", ""),
                    "name": _name(a.get("contact_name")),
                    "utc": _ms_utc(a.get("date"), path, where),
                    "duration_s": _int(a.get("duration"), path, where, "duration"),
                }
            )
        elif tag == "sms":
            kind = _int(a.get("type"), path, where, "type")
            self.rows.append(
                {
                    "type": "message",
                    "direction": SMS_TYPES.get(kind, "other"),
                    "number": a.get("address", ""),
                    "name": _name(a.get("contact_name")),
                    "utc": _ms_utc(a.get("date"), path, where),
                    "text": a.get("body", ""),
                }
            )
        elif tag == "mms":
            box = _int(a.get("msg_box"), path, where, "msg_box")
            self._mms = {
                "type": "message",
                "direction": {1: "received", 2: "sent"}.get(box, "other"),
                "number": a.get("address", ""),
                "name": _name(a.get("contact_name")),
                "utc": _ms_utc(a.get("date"), path, where),
                "text": "",
            }
            self._parts = []
        elif tag == "part" and self._mms is not None and a.get("ct") == "text/plain":
            self._parts.append(a.get("text", ""))

    def endElement(self, tag: str) -> None:  # noqa: N802 - the SAX interface
        if tag == "mms" and self._mms is not None:
            self._mms["text"] = "\n".join(self._parts)
            self.rows.append(self._mms)
            self._mms = None


def parse_sms_backup_restore(data: bytes, path: str) -> list[Row]:
    """Calls (``<calls><call …/>``) and messages (``<smses><sms …/><mms …>``) of SMS Backup & Restore, read as
    a stream of SAX events by defusedxml: any DTD (so any entity declaration or external reference) is refused."""
    handler = _SmsBackupHandler(path)
    try:
        defused_sax.parseString(data, handler, forbid_dtd=True)
    except DefusedXmlException:
        raise LogError(HOSTILE_XML, path=path) from None
    except SAXParseException as exc:
        raise LogError(BAD_XML, path=path, line=exc.getLineNumber()) from None
    if handler.root not in ("calls", "smses"):
        raise LogError(UNKNOWN_FORMAT, path=path)
    return handler.rows


def _name(value: str | None) -> str | None:
    return None if value in (None, "", "(Unknown)", "null") else value


# -- CSV template (docs/FORMAT.md §3.6) -------------------------------------------------------------------------
def parse_csv_template(data: bytes, path: str) -> list[Row]:
    """The CSV template: a header ``type,direction,number,name,time,duration_s,text``; ``time`` in ISO 8601 with its
    UTC offset (``2026-11-02T22:14:03+08:00``); ``duration_s`` for calls."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise LogError(NOT_UTF8, path=path) from None
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    if header is None or tuple(h.strip() for h in header) != CSV_COLUMNS:
        raise LogError(UNKNOWN_FORMAT, path=path)
    rows: list[Row] = []
    for n, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue
        where = f"line {n}"
        if len(cells) != len(CSV_COLUMNS):
            raise LogError(BAD_ROW, path=path, where=where, what=f"{len(cells)} columns")
        kind, direction, number, name, when, duration = (c.strip() for c in cells[:6])
        body = cells[6]
        try:
            moment = datetime.fromisoformat(when)
            if moment.utcoffset() is None:
                raise ValueError
        except ValueError:
            raise LogError(BAD_ROW, path=path, where=where, what=f"time {when!r} (needs its UTC offset)") from None
        utc = utc_text(int(moment.astimezone(UTC).timestamp()) * 1_000_000_000 + moment.microsecond * 1000)
        if kind == "call" and direction in CALL_DIRECTIONS:
            rows.append(
                {
                    "type": "call",
                    "direction": direction,
                    "number": number,
                    "name": name or None,
                    "utc": utc,
                    "duration_s": _int(duration, path, where, "duration_s"),
                }
            )
        elif kind == "message" and direction in MESSAGE_DIRECTIONS:
            rows.append(
                {"type": "message", "direction": direction, "number": number, "name": name or None, "utc": utc,
                 "text": body}
            )  # fmt: skip
        else:
            raise LogError(BAD_ROW, path=path, where=where, what=f"type {kind!r}, direction {direction!r}")
    return rows


SMS_BACKUP_RESTORE = Parser("sms-backup-restore", 1, parse_sms_backup_restore)
CSV_TEMPLATE = Parser("csv-template", 1, parse_csv_template)
PARSERS = {p.name: p for p in (SMS_BACKUP_RESTORE, CSV_TEMPLATE)}


def detect(data: bytes, path: str) -> Parser:
    """Which parser reads ``data``: by content, never by the file's name."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf").lstrip()
    if head.startswith(b"<?xml") or head.startswith(b"<calls") or head.startswith(b"<smses") or head.startswith(b"<!"):
        return SMS_BACKUP_RESTORE
    first = head.split(b"\n", 1)[0].strip().lower().replace(b" ", b"")
    if first == b",".join(c.encode() for c in CSV_COLUMNS):
        return CSV_TEMPLATE
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # (not merely a character cut at the 4 KiB boundary)
            raise LogError(NOT_UTF8, path=path) from None
    raise LogError(UNKNOWN_FORMAT, path=path)


def parse(data: bytes, path: str) -> tuple[Parser, list[Row]]:
    parser = detect(data, path)
    rows = parser.parse(data, path)
    if not rows:
        raise LogError(NO_ROWS, path=path)
    return parser, rows
