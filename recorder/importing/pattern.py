"""The harassment pattern (issue 14 §3): facts computed from parsed call-log rows, never judgements.

Counts per number and in total, per day in the phone's time zone (as stated at the import); contacts in a
profile's restricted hours; days over a guideline's attempts; calls within the US Regulation F windows; contacts
with numbers marked as family. The rules are data (resources/rules/*.json, versioned, each citing its source);
the wording is "exceeds guideline X", never "illegal". The verifier recomputes every figure with this same code
from rows it re-parses from the imported original (recorder/archive/imports.py).

Everything returned is JSON made of strings, integers, lists and objects (canonical JSON, no floats).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..core.environment import parse_utc
from ..core.errors import RecorderError
from ..core.messages import QT_TRANSLATE_NOOP
from ..resources import resources_dir
from .calllog import Row, number_key

PATTERN_VERSION = 1
PROFILES = ("cn-cba-2026", "us-reg-f", "tw", "hk")
INBOUND_CALLS = frozenset({"incoming", "missed", "voicemail", "rejected", "blocked", "answered-elsewhere"})
UNANSWERED = frozenset({"missed", "voicemail", "rejected", "blocked"})
CONTACT_ROLES = ("family", "colleague", "contact")  # people the collector reached, counted apart
COUNTED = ("calls_in", "answered", "missed", "rejected", "calls_out", "messages_in", "messages_out")

UNKNOWN_ZONE = QT_TRANSLATE_NOOP("Messages", "“{zone}” is not a time zone name this app knows (e.g. Asia/Shanghai).")
UNKNOWN_PROFILE = QT_TRANSLATE_NOOP("Messages", "There is no rule profile called “{profile}”.")


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise RecorderError(UNKNOWN_ZONE, zone=name) from None


def load_rules(profile: str) -> dict[str, Any]:
    if profile not in PROFILES:
        raise RecorderError(UNKNOWN_PROFILE, profile=profile)
    doc: dict[str, Any] = json.loads((resources_dir() / "rules" / f"{profile}.json").read_text("utf-8"))
    return doc


def utc_of(text: str) -> datetime:
    """A row's ``utc`` (§1's fixed form) as an aware datetime: the fast ISO parser for that form, else
    parse_utc (strptime took most of the time of the pattern of 100,000 rows)."""
    if len(text) == 27 and text[4::3][:6] == "--T::." and text.endswith("Z") and text[:26].isascii():
        try:
            return datetime.fromisoformat(text[:-1]).replace(tzinfo=UTC)
        except ValueError:
            pass
    return parse_utc(text)


def _bucket(row: Row) -> str | None:
    d = row["direction"]
    if row["type"] == "call":
        if d == "outgoing":
            return "calls_out"
        if d in ("rejected", "blocked"):
            return "rejected"
        if d in ("missed", "voicemail"):
            return "missed"
        if d in ("incoming", "answered-elsewhere"):
            return "answered"
        return None
    if d == "received":
        return "messages_in"
    if d == "sent":
        return "messages_out"
    return None


def _hhmm(text: str) -> int:
    h, m = text.split(":")
    return int(h) * 60 + int(m)


def _in_window(minute: int, window: dict[str, str]) -> bool:
    start, end = _hhmm(window["from"]), _hhmm(window["to"])
    return minute >= start or minute < end if start > end else start <= minute < end


def compute(
    rows: list[Row],
    time_zone: str,
    profile: str,
    marks: dict[str, list[str]] | None = None,
    labels: dict[str, dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """Every figure of the pattern. ``marks``: role → numbers as the user stated them (``collector``, ``family``,
    ``colleague``, ``contact``); the guideline checks apply to the collector's numbers when any are marked, else to
    every number. ``labels`` (number as compared → its mark, importing/marks.py ``latest``), when given, is shown
    with each number it names (the case's figures; an import's own figures have none)."""
    tz = zone(time_zone)
    rules = load_rules(profile)
    marks = marks or {}
    collector = {number_key(n) for n in marks.get("collector", [])}
    others = {number_key(n): role for role in CONTACT_ROLES for n in marks.get(role, [])}

    def mark(key: str) -> str | None:
        return "collector" if key in collector else others.get(key)

    total: Counter[str] = Counter()
    per_day: dict[str, Counter[str]] = defaultdict(Counter)
    numbers: dict[str, dict[str, Any]] = {}
    inbound: dict[str, list[datetime]] = defaultdict(list)  # calls placed to the phone, per number, local time
    conversations: dict[str, list[datetime]] = defaultdict(list)
    restricted: list[dict[str, Any]] = []
    unanswered: Counter[tuple[str, str]] = Counter()
    window = rules.get("restricted_hours")

    def subject(key: str) -> bool:
        return key in collector if collector else True

    for row in sorted(rows, key=lambda r: (r["utc"], r["number"])):
        key = number_key(row["number"]) or "(no number)"
        local = utc_of(row["utc"]).astimezone(tz)
        day = local.date().isoformat()
        bucket = _bucket(row)
        info = numbers.setdefault(key, {"names": set(), "mark": mark(key), "total": Counter(), "per_day": {}})
        if row.get("name"):
            info["names"].add(row["name"])
        if bucket is None:
            continue
        inbound_contact = bucket in ("answered", "missed", "rejected", "messages_in")
        if bucket != "calls_out" and row["type"] == "call":
            total["calls_in"] += 1
            per_day[day]["calls_in"] += 1
            info["total"]["calls_in"] += 1
            info["per_day"].setdefault(day, Counter())["calls_in"] += 1
        total[bucket] += 1
        per_day[day][bucket] += 1
        info["total"][bucket] += 1
        info["per_day"].setdefault(day, Counter())[bucket] += 1
        if row["type"] == "call" and row["direction"] in INBOUND_CALLS:
            inbound[key].append(local)
        if row["type"] == "call" and row["direction"] in ("incoming", "outgoing") and row.get("duration_s", 0) > 0:
            conversations[key].append(local)
        if row["type"] == "call" and row["direction"] in UNANSWERED:
            unanswered[(key, day)] += 1
        if window and inbound_contact and subject(key) and _in_window(local.hour * 60 + local.minute, window):
            restricted.append(
                {"number": key, "local": local.strftime("%Y-%m-%d %H:%M:%S"), "type": row["type"],
                 "direction": row["direction"]}
            )  # fmt: skip

    guideline: dict[str, Any] = {}
    if "max_unanswered_per_day" in rules:
        limit = int(rules["max_unanswered_per_day"])
        guideline["over_unanswered_per_day"] = [
            {"number": k, "day": d, "unanswered": n, "limit": limit}
            for (k, d), n in sorted(unanswered.items())
            if n > limit and subject(k)
        ]
    if "max_calls_in_7_days" in rules:
        guideline["over_calls_in_7_days"] = _seven_day_spans(inbound, int(rules["max_calls_in_7_days"]), subject)
    if "days_after_conversation" in rules:
        guideline["calls_after_conversation"] = _after_conversation(
            inbound, conversations, int(rules["days_after_conversation"]), subject
        )
    family_contacts = {k: _plain(v["total"]) for k, v in sorted(numbers.items()) if v["mark"] in CONTACT_ROLES}
    return {
        "pattern_version": PATTERN_VERSION,
        "rules": {k: rules.get(k) for k in ("id", "version", "title", "source", "note")},
        "time_zone": time_zone,
        "subject": "marked collector numbers" if collector else "every number",
        "total": _plain(total),
        "per_day": {d: _plain(c) for d, c in sorted(per_day.items())},
        "calls_in_7_days": _rolling(per_day),
        "per_number": {
            k: {
                "names": sorted(v["names"]),
                "mark": v["mark"],
                "total": _plain(v["total"]),
                "per_day": {d: _plain(c) for d, c in sorted(v["per_day"].items())},
                **({"label": _label(labels.get(k))} if labels is not None else {}),
            }
            for k, v in sorted(numbers.items())
        },
        "restricted_hours": (
            {"from": window["from"], "to": window["to"], "count": len(restricted), "contacts": restricted}
            if window
            else None
        ),
        "guideline": guideline,
        # calls_in is the sum of answered, missed and rejected: counted once, not twice
        "family": {
            "count": sum(n for c in family_contacts.values() for k, n in c.items() if k != "calls_in"),
            "per_number": family_contacts,
        },
    }


def _label(mark: dict[str, Any] | None) -> dict[str, Any] | None:
    return {k: mark.get(k) for k in ("company", "person", "platform", "role")} if mark else None


def _rolling(per_day: dict[str, Counter[str]]) -> dict[str, int]:
    """For every day from the first to the last, the calls received in the 7 days ending that day (DESIGN §8)."""
    days = day_range(per_day)
    return {
        d.isoformat(): sum(per_day.get((d - timedelta(days=i)).isoformat(), Counter())["calls_in"] for i in range(7))
        for d in days
    }


def _plain(c: Counter[str]) -> dict[str, int]:
    return {k: int(c.get(k, 0)) for k in COUNTED}


def _seven_day_spans(
    inbound: dict[str, list[datetime]], limit: int, subject: Callable[[str], bool]
) -> list[dict[str, Any]]:
    """Each (number, day) ending a span of 7 consecutive days in which more than ``limit`` calls were placed."""
    out = []
    for key, times in sorted(inbound.items()):
        if not subject(key):
            continue
        per_day = Counter(t.date() for t in times)
        first, last = min(per_day), max(per_day)
        d = first
        while d <= last + timedelta(days=6):
            n = sum(per_day.get(d - timedelta(days=i), 0) for i in range(7))
            if n > limit:
                out.append({"number": key, "span_end": d.isoformat(), "calls": n, "limit": limit})
            d += timedelta(days=1)
    return out


def _after_conversation(
    inbound: dict[str, list[datetime]],
    conversations: dict[str, list[datetime]],
    days: int,
    subject: Callable[[str], bool],
) -> list[dict[str, Any]]:
    """Calls placed within ``days`` days after a telephone conversation with the same number (the conversation's
    date being the first day of the period, as 12 CFR 1006.14(b)(2)(ii) counts)."""
    out = []
    for key, talks in sorted(conversations.items()):
        if not subject(key):
            continue
        for t in sorted(inbound.get(key, [])):
            earlier = [c for c in talks if c < t and t.date() < c.date() + timedelta(days=days)]
            if earlier:
                out.append(
                    {"number": key, "local": t.strftime("%Y-%m-%d %H:%M:%S"),
                     "conversation": max(earlier).strftime("%Y-%m-%d %H:%M:%S")}
                )  # fmt: skip
    return out


def day_range(per_day: dict[str, Any]) -> list[date]:
    """Every day from the first to the last with a row (for a chart with empty days shown)."""
    if not per_day:
        return []
    days = sorted(date.fromisoformat(d) for d in per_day)
    return [days[0] + timedelta(days=i) for i in range((days[-1] - days[0]).days + 1)]
