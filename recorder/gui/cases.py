"""Cases: the names sessions are filed under, and the small case book that remembers created and renamed cases.

A session names its case in its (encrypted) start entry, and is never rewritten; so a case is created or renamed
by appending a line to ``cases.jsonl`` in the vault folder. Each line is sealed to the vault's recording public
key (the same X25519 wrap a session uses for its data key), so it can be written while locked and read only
after unlocking — a case name never lies on disk in clear.
"""

from __future__ import annotations

import functools
import json
import logging
import os
from dataclasses import dataclass, field
from typing import Any

from ..archive.report_model import CaseName
from ..core import crypto
from ..core.canonical import b64, unb64
from ..core.environment import Moment
from ..core.fsutil import os_errors
from ..core.store import SessionReader, SessionStatus, list_sessions
from ..core.vault import Vault, VaultKeys
from ..i18n import LANGUAGES, load_ts
from ..quick_start import UNSORTED, UNSORTED_CONTEXT
from .i18n import translated

log = logging.getLogger(__name__)

CASE_BOOK = "cases.jsonl"
_AAD = b"evidence-recorder/case-book/v1"


def append_case_op(vault: Vault, op: dict[str, Any]) -> None:
    """Append one sealed operation ({"op": "create"|"rename", ...}) to the case book (no passphrase needed)."""
    plain = json.dumps({**op, "utc": Moment().utc}, ensure_ascii=False).encode("utf-8")
    w = crypto.wrap_key(vault.recording_public, plain, _AAD)
    line = json.dumps({"v": 1, "ephemeral": b64(w["ephemeral"]), "nonce": b64(w["nonce"]), "ct": b64(w["ciphertext"])})
    with os_errors(vault.home):
        fd = os.open(vault.home / CASE_BOOK, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, line.encode("ascii") + b"\n")
            os.fsync(fd)
        finally:
            os.close(fd)


def read_case_ops(vault: Vault, keys: VaultKeys) -> list[dict[str, Any]]:
    ops: list[dict[str, Any]] = []
    try:
        lines = (vault.home / CASE_BOOK).read_bytes().splitlines()
    except FileNotFoundError:
        return ops
    for raw in lines:
        try:
            rec = json.loads(raw)
            plain = crypto.unwrap_key(
                keys.recording, unb64(rec["ephemeral"]), unb64(rec["nonce"]), unb64(rec["ct"]), _AAD
            )
            op = json.loads(plain)
            if isinstance(op, dict):
                ops.append(op)
        except (ValueError, KeyError, TypeError, crypto.InvalidTag):
            log.warning("a damaged line in the case book was skipped")  # e.g. a torn last line after a crash
    return ops


@dataclass
class CaseIndex:
    """Sessions grouped under their case's current name."""

    cases: dict[str, list[SessionStatus]] = field(default_factory=dict)

    def names(self) -> list[str]:
        return sorted(self.cases, key=str.casefold)


@functools.cache
def unsorted_names() -> frozenset[str]:
    """Every language's name of the built-in case (and the earlier Chinese wording, 记录 for a recording)."""
    names = {UNSORTED, "未归类的记录", "未歸類的記錄"}
    for language in LANGUAGES:
        names.add(load_ts(language).get((UNSORTED_CONTEXT, UNSORTED), UNSORTED))
    return frozenset(names)


def unsorted_name() -> str:
    """The built-in case's name in the current language."""
    return translated(UNSORTED_CONTEXT, UNSORTED)


def shown_case(name: str) -> str:
    """A case name as shown: the built-in case in the current language (a session keeps the name it was recorded
    with, in whatever language the app then spoke); any other name as the user wrote it."""
    return unsorted_name() if name in unsorted_names() else name


def session_case(vault: Vault, keys: VaultKeys, session_id: str) -> str | None:
    """The case named in a session's start entry (decrypted in memory), or None if unreadable."""
    try:
        reader = SessionReader(vault, keys.recording, session_id)
        for entry, _payload in reader.entries():
            if entry.get("kind") == "start":
                case = (entry.get("body") or {}).get("case")
                return str(case) if case is not None else None
            break
    except Exception:  # a damaged session still shows up, under no case
        log.warning("could not read the case of a session", exc_info=True)
    return None


def build_index(vault: Vault, keys: VaultKeys, known: dict[str, str] | None = None) -> CaseIndex:
    """Group every session under its case, following renames; ``known`` caches session → case."""
    ops = read_case_ops(vault, keys)
    renamed: dict[str, str] = {}
    created: list[str] = []
    for op in ops:
        if op.get("op") == "create" and isinstance(op.get("name"), str):
            created.append(op["name"])
        elif op.get("op") == "rename" and isinstance(op.get("from"), str) and isinstance(op.get("to"), str):
            renamed[op["from"]] = op["to"]

    def current(name: str) -> str:
        if name in unsorted_names():  # the built-in case, renamed under its name in any language
            name = next((n for n in (name, *sorted(unsorted_names())) if n in renamed), name)
        seen = set()
        while name in renamed and name not in seen:
            seen.add(name)
            name = renamed[name]
        return shown_case(name)

    index = CaseIndex()
    for name in created:
        index.cases.setdefault(current(name), [])
    known = known if known is not None else {}
    for st in list_sessions(vault):
        if st.id not in known:
            case = session_case(vault, keys, st.id)
            if case is None:
                continue
            known[st.id] = case
        index.cases.setdefault(current(known[st.id]), []).append(st)
    return index


def case_name(vault: Vault, keys: VaultKeys, recorded: str) -> CaseName:
    """The current name of the case a recording was made under, and each earlier name with the time it was renamed
    (from the case book), for the report (issue 15 §1)."""
    earlier: list[tuple[str, str]] = []
    name, seen = recorded, {recorded}
    for op in read_case_ops(vault, keys):
        if op.get("op") == "rename" and op.get("from") == name and isinstance(op.get("to"), str):
            if op["to"] in seen:
                break  # a loop of renames: stop where it closes
            earlier.append((shown_case(name), str(op.get("utc", ""))))
            name = op["to"]
            seen.add(name)
    return CaseName(shown_case(name), earlier)
