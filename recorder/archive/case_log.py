"""The case's call and message figures in the archive (issue 14 §3, docs/FORMAT.md §3.6, §7.7): every imported
log of the exported sessions combined (the same call in two logs counted once) with the latest marks the archive
carries (marks sessions, §3.7). The exporter states them in the report's facts as ``case_call_log``; the verifier
recomputes them from the rows it derived again and the mark entries it checked — with the same function,
:func:`recorder.importing.combined.case_figures`.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Iterable
from typing import Any

from ..core.errors import RecorderError
from ..core.messages import QT_TRANSLATE_NOOP
from ..importing import marks as marking
from ..importing.combined import DerivedRows, case_figures
from .report_model import SessionExport

MARKS_SOURCE_KIND = marking.MARKS_KIND
FACT = "case_call_log"  # the facts document's key (FORMAT §7.7)
RULES_OF_PROFILE = {"cn": "cn-cba-2026", "us": "us-reg-f", "tw": "tw", "hk": "hk"}

ST_MARKS = QT_TRANSLATE_NOOP(
    "Archive",
    "Marks {session}: on {when} the owner marked {numbers} (their own statement of whose numbers these are, not "
    "proven by anything).",
)
CASE_FACTS_DIFFER = QT_TRANSLATE_NOOP(
    "Archive",
    "The report's call and message figures of the case differ from those recomputed from the imported logs and "
    "marks: {fact} is stated as {stated}, recomputed as {computed}.",
)

H_MARKS = QT_TRANSLATE_NOOP("Report", "Numbers marked by the owner")
H_CASE = QT_TRANSLATE_NOOP("Report", "Calls and messages of the case (all imported logs)")
H_NUMBER = QT_TRANSLATE_NOOP("Report", "Number")
H_MARKED_AS = QT_TRANSLATE_NOOP("Report", "Marked as")
H_COMPANY = QT_TRANSLATE_NOOP("Report", "Company")
H_PLATFORM = QT_TRANSLATE_NOOP("Report", "Platform")
H_PERSON = QT_TRANSLATE_NOOP("Report", "Person")
H_MARKED_WHEN = QT_TRANSLATE_NOOP("Report", "Marked (device clock)")
H_CALLS = QT_TRANSLATE_NOOP("Report", "Calls received")
H_MISSED = QT_TRANSLATE_NOOP("Report", "Missed")
H_MESSAGES = QT_TRANSLATE_NOOP("Report", "Messages received")


def is_marks(source: Any) -> bool:
    """Whether a session's start ``source`` makes it a marks session (FORMAT §3.7)."""
    return isinstance(source, dict) and source.get("kind") == MARKS_SOURCE_KIND


def signed_marks(entries: Iterable[dict[str, Any]], last_signed: int | None) -> list[dict[str, Any]]:
    """The ``mark`` entries a signature covers (at or before the last signed entry)."""
    return [
        e
        for e in entries
        if e.get("kind") == marking.MARK_ENTRY
        and isinstance(e.get("seq"), int)
        and last_signed is not None
        and e["seq"] <= last_signed
    ]


def statement(session: str, marks: list[dict[str, Any]]) -> tuple[str, dict[str, Any]]:
    """The verifier's sentence (and its parameters) for a marks session whose checks all hold."""
    said = [f"{(m.get('body') or {}).get('number')} ({(m.get('body') or {}).get('role')})" for m in marks]
    when = str(marks[0].get("utc")) if marks else "?"
    return ST_MARKS, {"session": session, "when": when, "numbers": ", ".join(said) or "—"}


class CaseSession:
    """What the case's figures need of one session: its id, its derived entries with their rows, its marks."""

    def __init__(self, sid: str, derived: list[tuple[dict[str, Any], bytes]], marks: list[dict[str, Any]]):
        self.id, self.derived, self.marks = sid, derived, marks


def case_facts(sessions: list[CaseSession], profile: str) -> dict[str, Any] | None:
    """The ``case_call_log`` fact: None when no session has derived call-log rows (the report then has none)."""
    logs: list[DerivedRows] = []
    statements: list[marking.Statement] = []
    for s in sessions:
        for entry, data in s.derived:
            body = entry.get("body") or {}
            try:
                rows = [json.loads(line) for line in data.splitlines() if line]
            except ValueError:
                continue
            logs.append(DerivedRows(s.id, int(entry["seq"]), str(body.get("time_zone")), rows))
            statements += marking.from_derived_entry(s.id, entry)
        for entry in s.marks:
            statement = marking.from_mark_entry(s.id, entry)
            statements += [statement] if statement else []
    if not logs:
        return None
    try:
        return case_figures(logs, statements, RULES_OF_PROFILE.get(profile, profile))
    except (RecorderError, KeyError, TypeError, ValueError):
        return None


def of_exports(sessions: list[SessionExport]) -> dict[str, Any] | None:
    """The ``case_call_log`` fact of the exported sessions, with the export's profile."""
    profile = str(sessions[0].facts.get("profile", "cn")) if sessions else "cn"
    return case_facts(
        [
            CaseSession(
                se.id, derived_with_rows(se.imported, se.derived), signed_marks(se.marks, se.summary.last_signed_seq)
            )
            for se in sessions
        ],
        profile,
    )


def derived_with_rows(entries: list[dict[str, Any]], rows: dict[int, bytes]) -> list[tuple[dict[str, Any], bytes]]:
    return [(e, rows[e["seq"]]) for e in entries if e.get("kind") == "derived" and e.get("seq") in rows]


def marks_html(
    sid: str,
    marks: list[dict[str, Any]],
    translate: Callable[[str, str], str],
    offset: int,
    when: Callable[[str | None, int], str],
) -> str:
    """The report's section for a marks session: what the owner stated about each number, and when."""

    def e(value: Any) -> str:
        return html.escape(str(value), quote=True)

    out = [f"<h2>{e(translate('Report', H_MARKS))} ({e(sid)})</h2>"]
    plain = translate(
        "Report", "The owner's own statement of whose numbers these are, made after the import; not proven."
    )
    out.append(f'<p class="warn">{e(plain)}</p><table><tr>')
    heads = (H_NUMBER, H_MARKED_AS, H_COMPANY, H_PLATFORM, H_PERSON, H_MARKED_WHEN)
    out.append("".join(f"<th>{e(translate('Report', h))}</th>" for h in heads) + "</tr>")
    for m in marks:
        b = m.get("body") or {}
        cells = [b.get("number"), role_word(b.get("role"), translate), b.get("company"), b.get("platform")]
        cells.append(b.get("person"))
        out.append(
            "<tr>" + "".join(f"<td>{e(c or '')}</td>" for c in cells) + f"<td>{when(m.get('utc'), offset)}</td></tr>"
        )
    out.append("</table>")
    return "".join(out)


def role_word(role: Any, translate: Callable[[str, str], str]) -> str:
    words = {
        "collector": QT_TRANSLATE_NOOP("Report", "the collector's"),
        "family": QT_TRANSLATE_NOOP("Report", "family"),
        "colleague": QT_TRANSLATE_NOOP("Report", "a colleague"),
        "contact": QT_TRANSLATE_NOOP("Report", "another contact"),
        "none": QT_TRANSLATE_NOOP("Report", "no mark (withdrawn)"),
    }
    return translate("Report", words[role]) if role in words else str(role)


def case_html(facts: dict[str, Any] | None, translate: Callable[[str, str], str]) -> str:
    """The report's section of the case's figures: what they combine, the merged rows, the marked numbers with
    their labels, then the figures per number."""
    if facts is None:
        return ""

    def e(value: Any) -> str:
        return html.escape(str(value), quote=True)

    def fill(template: str, **params: Any) -> str:
        for key, value in params.items():
            template = template.replace("{" + key + "}", str(value))
        return e(template)

    out = [f"<h2>{e(translate('Report', H_CASE))}</h2>"]
    line = translate(
        "Report",
        "Combined from {logs} imported logs: {rows} calls and messages counted; {merged} present in two logs (same "
        "number, direction and time within a second) counted once. Times in {zone}.",
    )
    out.append(
        "<p>"
        + fill(line, logs=len(facts["imports"]), rows=facts["rows"], merged=facts["merged"], zone=facts["time_zone"])
        + "</p>"
    )
    heads = (H_NUMBER, H_MARKED_AS, H_COMPANY, H_PLATFORM, H_PERSON, H_CALLS, H_MISSED, H_MESSAGES)
    out.append("<table><tr>" + "".join(f"<th>{e(translate('Report', h))}</th>" for h in heads) + "</tr>")
    for number, info in (facts.get("per_number") or {}).items():
        label = info.get("label") or {}
        t = info.get("total") or {}
        cells = [number, role_word(label.get("role"), translate) if label else "", label.get("company") or ""]
        cells += [label.get("platform") or "", label.get("person") or ""]
        cells += [t.get("calls_in", 0), t.get("missed", 0), t.get("messages_in", 0)]
        out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in cells) + "</tr>")
    out.append("</table>")
    window = facts.get("restricted_hours")
    if window:
        line = translate("Report", "Contacts between {start} and {end}: {count}.")
        out.append(f"<p>{fill(line, start=window['from'], end=window['to'], count=window['count'])}</p>")
    rule = (facts.get("rules") or {}).get("title")
    items = []
    for item in (facts.get("guideline") or {}).get("over_unanswered_per_day", []):
        line = translate("Report", "{day}: {n} unanswered calls from {number} — exceeds guideline {rule}.")
        items.append(fill(line, day=item["day"], n=item["unanswered"], number=item["number"], rule=rule))
    for item in (facts.get("guideline") or {}).get("over_calls_in_7_days", []):
        line = translate("Report", "7 days up to {day}: {n} calls from {number} — exceeds guideline {rule}.")
        items.append(fill(line, day=item["span_end"], n=item["calls"], number=item["number"], rule=rule))
    if items:
        out.append("<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>")
    return "".join(out)
