"""The facts a complaint may state, read from a sealed archive that verifies: the report's facts (recomputed by the
verifier, so they are the chain's), the visitors cards and tags from the journals, the call-log patterns, and the
files that can be attached. Nothing else: a complaint never says more than the evidence shows."""

from __future__ import annotations

import hashlib
import json
import zipfile
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from ..archive import layout, report
from ..archive.verify import verify_archive
from ..core.environment import parse_utc
from ..core.errors import RecorderError
from . import messages as M

IMAGE_TYPES = {"jpg", "jpeg", "png"}


class ComplaintError(RecorderError):
    context = M.CTX


@dataclass
class Moment:
    """A tagged moment in the place's local time."""

    day: str
    hhmm: str
    code: str

    @property
    def text(self) -> str:
        return f"{self.day} {self.hhmm}"


@dataclass
class Visit:
    session: str
    start: Moment | None = None
    end: Moment | None = None
    asked: Moment | None = None
    left_after_asked: Moment | None = None
    stayed_minutes: int | None = None
    visitors: int | None = None
    threats: list[Moment] = field(default_factory=list)
    entered_home: list[Moment] = field(default_factory=list)
    contacted_others: list[Moment] = field(default_factory=list)
    refused_id: list[Moment] = field(default_factory=list)
    restricted: list[Moment] = field(default_factory=list)
    window: str = ""


@dataclass
class Caller:
    number: str
    calls_in: int
    first_day: str
    last_day: str
    company: str = ""


@dataclass
class CaseFacts:
    case: str
    archive_name: str
    archive_sha256: str
    identity_fingerprint: str
    visits: list[Visit] = field(default_factory=list)
    cards: list[dict[str, Any]] = field(default_factory=list)
    tags: int = 0
    callers: list[Caller] = field(default_factory=list)
    restricted_calls: list[tuple[str, str, int]] = field(default_factory=list)  # (from, to, count)
    guideline: list[dict[str, Any]] = field(default_factory=list)  # each with the rule's title
    has_call_log: bool = False
    files: dict[str, bytes] = field(default_factory=dict)  # attachable: report.*, screenshots

    @property
    def companies(self) -> list[str]:
        seen = [str(c.get("company") or "").strip() for c in self.cards] + [c.company for c in self.callers]
        return list(dict.fromkeys(s for s in seen if s))

    @property
    def collector_numbers(self) -> list[str]:
        phones = [str(p).strip() for c in self.cards for p in (c.get("phones") or [])]
        return list(dict.fromkeys([*(p for p in phones if p), *(c.number for c in self.callers)]))

    @property
    def period(self) -> str:
        days = sorted(
            [m.day for v in self.visits for m in (v.start, v.end) if m]
            + [d for c in self.callers for d in (c.first_day, c.last_day)]
        )
        if not days:
            return ""
        return days[0] if days[0] == days[-1] else f"{days[0]} – {days[-1]}"


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def _moment(point: Any, offset: int) -> Moment | None:
    if not isinstance(point, dict) or not isinstance(point.get("utc"), str):
        return None
    local = parse_utc(point["utc"]) + timedelta(minutes=offset)
    return Moment(local.strftime("%Y-%m-%d"), local.strftime("%H:%M"), str(point.get("code") or ""))


def read_case(archive: Path, case: str | None = None) -> CaseFacts:
    """The facts of the archive at ``archive``, which must verify (and be of ``case`` when given)."""
    verdict = verify_archive(archive)
    if not verdict.ok:
        raise ComplaintError(M.ARCHIVE_NOT_VERIFIED, path=str(archive))
    with zipfile.ZipFile(archive) as z:
        manifest = json.loads(z.read(layout.MANIFEST))
        sessions = manifest.get("sessions") or []
        cases = {str(s.get("case") or "") for s in sessions}
        if case is not None and cases != {case}:
            raise ComplaintError(M.ARCHIVE_OTHER_CASE, path=str(archive), case=case)
        facts = CaseFacts(
            case=next(iter(cases), ""),
            archive_name=archive.name,
            archive_sha256=_sha256(archive),
            identity_fingerprint=str((manifest.get("identity") or {}).get("fingerprint") or ""),
        )
        doc = report.extract_facts(z.read(layout.REPORT).decode("utf-8"))
        for s in sessions:
            sid = str(s["id"])
            f = (doc.get("sessions") or {}).get(sid) or {}
            _session(facts, sid, f, z)
            for a in s.get("attachments") or []:
                path = str(a.get("path") or "")
                if path.rsplit(".", 1)[-1].lower() in IMAGE_TYPES:
                    facts.files[f"screenshot-{len(facts.files) + 1:02d}-{path.rsplit('/', 1)[-1]}"] = z.read(path)
        case_log = doc.get("case_call_log")
        if isinstance(case_log, dict):  # the case's figures: every log combined, with the latest marks and labels
            facts.callers.clear()
            facts.restricted_calls.clear()
            facts.guideline.clear()
            _calls(facts, case_log)
        for name in ("report.pdf", layout.REPORT):
            if name in z.namelist():
                facts.files[name] = z.read(name)
    return facts


def _session(facts: CaseFacts, sid: str, f: dict[str, Any], z: zipfile.ZipFile) -> None:
    offset = int(f.get("utc_offset_minutes") or 0)
    for line in z.read(f"{layout.session_dir(sid)}/{layout.JOURNAL}").splitlines():
        entry = json.loads(line)
        if entry.get("kind") == "visitors" and isinstance(entry.get("body"), dict):
            facts.cards.append(entry["body"])
        elif entry.get("kind") == "tag":
            facts.tags += 1
    if "visit" in f:
        v = Visit(sid, window=str(f.get("window") or ""))
        v.start, v.end = _moment(f["visit"].get("start"), offset), _moment(f["visit"].get("end"), offset)
        stayed = f.get("stayed_after_asked") or {}
        v.asked, v.left_after_asked = _moment(stayed.get("asked"), offset), _moment(stayed.get("left"), offset)
        v.stayed_minutes = stayed.get("minutes") if isinstance(stayed.get("minutes"), int) else None
        v.visitors = f.get("visitors") if isinstance(f.get("visitors"), int) else None
        for key, into in (
            ("threats", v.threats),
            ("entered_home", v.entered_home),
            ("contacted_others", v.contacted_others),
            ("restricted_window", v.restricted),
        ):
            into += [m for m in (_moment(p, offset) for p in f.get(key) or []) if m]
        v.refused_id = [m for m in (_moment(p, offset) for p in f.get("id") or []) if m and m.code == "refused-id"]
        if any((v.start, v.end, v.asked, v.threats, v.entered_home, v.contacted_others, v.refused_id)):
            facts.visits.append(v)
    for log in f.get("call_log") or []:
        facts.has_call_log = True
        _calls(facts, log.get("pattern") or {})


def _calls(facts: CaseFacts, p: dict[str, Any]) -> None:
    marked = p.get("subject") == "marked collector numbers"
    for number, info in (p.get("per_number") or {}).items():
        calls_in = int((info.get("total") or {}).get("calls_in") or 0)
        if (marked and info.get("mark") != "collector") or not calls_in:
            continue
        days = sorted(d for d, c in (info.get("per_day") or {}).items() if c.get("calls_in"))
        label = info.get("label") or {}
        facts.callers.append(Caller(number, calls_in, days[0], days[-1], str(label.get("company") or "")))
    hours = p.get("restricted_hours")
    if isinstance(hours, dict) and hours.get("count"):
        facts.restricted_calls.append((str(hours["from"]), str(hours["to"]), int(hours["count"])))
    rules = p.get("rules") or {}
    for kind, items in (p.get("guideline") or {}).items():
        for item in items or []:
            facts.guideline.append(
                {"kind": kind, "rule": rules.get("title"), "rule_source": rules.get("source"), **item}
            )
