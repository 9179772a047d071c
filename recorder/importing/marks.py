"""Marking numbers at any time (issue 14 §2): "this number is the collector's (company, platform, person)", "this
one is my sister's". A mark is the owner's statement made after the fact, so it never rewrites what was imported:
each marking is a small **marks session** of the case (docs/FORMAT.md §3.7) — a signed start, one ``mark`` entry
per number, a signed seal — written at once like an import session. The pattern of the case uses the latest
statement about each number (a mark made at an import included); a verifier reads the same statements from the
archive's journals.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from typing import Any

from ..core.errors import RecorderError
from ..core.messages import QT_TRANSLATE_NOOP
from ..core.session import Session, Source
from ..core.vault import Vault
from .calllog import number_key

MARKS_KIND = "marks"  # the start entry's source kind of a marks session
MARK_ENTRY = "mark"
SEAL_REASON = "marked"
# collector: the number calls on behalf of a creditor; family, colleague, contact: people the collector reached;
# none: the number carries no mark any more (a mistaken mark withdrawn by a later statement).
ROLES = ("collector", "family", "colleague", "contact", "none")
LABELS = ("company", "platform", "person")
MAX_LABEL = 200  # characters, as a tag (core.limits)

NO_NUMBER = QT_TRANSLATE_NOOP("Messages", "“{number}” is not a phone number (it has no digits). Nothing was marked.")
BAD_ROLE = QT_TRANSLATE_NOOP(
    "Messages", "“{role}” is not a mark; use collector, family, colleague, contact or none. Nothing was marked."
)
LABEL_TOO_LONG = QT_TRANSLATE_NOOP(
    "Messages", "A company, platform or person's name is longer than {limit} characters. Nothing was marked."
)


class MarkError(RecorderError):
    """A mark that was not made; nothing was written."""


@dataclass(frozen=True)
class Statement:
    """One statement about a number, in the order statements are applied (``utc``, session, ``seq``)."""

    utc: str
    session: str
    seq: int
    number: str
    role: str
    company: str | None = None
    platform: str | None = None
    person: str | None = None


def mark_body(number: str, role: str, company: str | None, platform: str | None, person: str | None) -> dict[str, Any]:
    """The ``mark`` entry's body, checked (raises a sentence for a number without digits, an unknown role, or a
    label too long). Empty labels are null."""
    if not number_key(number).lstrip("+"):
        raise MarkError(NO_NUMBER, number=number)
    if role not in ROLES:
        raise MarkError(BAD_ROLE, role=role)
    labels = {"company": company, "platform": platform, "person": person}
    body: dict[str, Any] = {"number": number.strip(), "role": role}
    for key in LABELS:
        value = (labels[key] or "").strip() or None
        if value is not None and len(value) > MAX_LABEL:
            raise MarkError(LABEL_TOO_LONG, limit=MAX_LABEL)
        body[key] = value
    return body


def mark_numbers(vault: Vault, case: str, bodies: list[dict[str, Any]]) -> str:
    """Write one sealed marks session of ``case`` holding ``bodies`` (from :func:`mark_body`); its id."""
    session = Session.start(vault, case, Source(name="", live=False, kind=MARKS_KIND))
    try:
        for body in bodies:
            session.add(MARK_ENTRY, body)
        session.seal(SEAL_REASON)
    except BaseException:
        session.abandon()
        shutil.rmtree(session.dir, ignore_errors=True)  # nothing of it was sealed or shown
        raise
    return session.id


def is_marks_start(entry: dict[str, Any]) -> bool:
    source = (entry.get("body") or {}).get("source")
    return entry.get("kind") == "start" and isinstance(source, dict) and source.get("kind") == MARKS_KIND


def from_mark_entry(session: str, entry: dict[str, Any]) -> Statement | None:
    """The statement of a ``mark`` entry; None for another entry or a body not of the §3.7 form."""
    body = entry.get("body")
    if entry.get("kind") != MARK_ENTRY or not isinstance(body, dict):
        return None
    number, role, seq, utc = body.get("number"), body.get("role"), entry.get("seq"), entry.get("utc")
    if not (isinstance(number, str) and role in ROLES and isinstance(seq, int) and isinstance(utc, str)):
        return None
    labels = {k: body.get(k) if isinstance(body.get(k), str) else None for k in LABELS}
    return Statement(utc, session, seq, number, str(role), **labels)


def from_derived_entry(session: str, entry: dict[str, Any]) -> list[Statement]:
    """The marks stated at an import (the derived entry's ``marks``: collector and family numbers, no labels)."""
    body, seq, utc = entry.get("body") or {}, entry.get("seq"), entry.get("utc")
    marks = body.get("marks") if isinstance(body, dict) else None
    if not isinstance(marks, dict) or not isinstance(seq, int) or not isinstance(utc, str):
        return []
    out = []
    for role in ("collector", "family"):
        numbers = marks.get(role)
        if isinstance(numbers, list):
            out += [Statement(utc, session, seq, n, role) for n in numbers if isinstance(n, str)]
    return out


def latest(statements: list[Statement]) -> dict[str, dict[str, Any]]:
    """Number (as compared, :func:`number_key`) → its latest mark ``{role, company, platform, person, number,
    utc}``; a number whose latest statement is ``none`` is left out."""
    out: dict[str, dict[str, Any]] = {}
    for s in sorted(statements, key=lambda s: (s.utc, s.session, s.seq)):
        key = number_key(s.number)
        if s.role == "none":
            out.pop(key, None)
            continue
        out[key] = {"role": s.role, "company": s.company, "platform": s.platform, "person": s.person,
                    "number": s.number, "utc": s.utc}  # fmt: skip
    return dict(sorted(out.items()))


def roles(marks: dict[str, dict[str, Any]]) -> dict[str, list[str]]:
    """The marks as the pattern takes them: role → numbers."""
    out: dict[str, list[str]] = {}
    for key, m in marks.items():
        out.setdefault(m["role"], []).append(key)
    return out
