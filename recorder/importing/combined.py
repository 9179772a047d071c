"""The figures of a whole case (issue 14 §3): the rows of every imported log of the case, the same call present in
two logs counted once, with the latest marks (docs/FORMAT.md §3.6 "The case's figures"). One function for all
who show them — ``recorder log``, the calls view, the archive's report and its verifier — so that they agree.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from . import marks as marking
from . import pattern
from .calllog import Row, number_key

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MERGE_WITHIN_US = 1_000_000  # rows of two imports at most one second apart are the same call


@dataclass(frozen=True)
class DerivedRows:
    """The rows of one ``derived`` entry of an import session, with the time zone it states."""

    session: str
    seq: int
    time_zone: str
    rows: list[Row]


def _us(row: Row) -> int:
    """The row's time in microseconds since 1970."""
    return (pattern.utc_of(str(row["utc"])) - EPOCH) // timedelta(microseconds=1)


def merge(logs: list[DerivedRows]) -> tuple[list[Row], int]:
    """The rows of ``logs`` (in import order: session id, then seq) with each row that an earlier import session
    already holds left out — same type, direction and number (as compared) and a time at most one second apart —
    and how many were left out. Rows of one import are never merged with each other."""
    kept: list[Row] = []
    merged = 0
    earlier: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    by_session: dict[str, list[DerivedRows]] = {}
    for log in sorted(logs, key=lambda d: (d.session, d.seq)):
        by_session.setdefault(log.session, []).append(log)
    for session_logs in by_session.values():
        fresh: list[tuple[tuple[str, str, str], int]] = []
        for log in session_logs:
            for row in log.rows:
                key = (str(row["type"]), str(row["direction"]), number_key(str(row["number"])))
                t = _us(row)
                times = earlier.get(key, [])
                i = bisect.bisect_left(times, t - MERGE_WITHIN_US)
                if i < len(times) and times[i] <= t + MERGE_WITHIN_US:
                    merged += 1
                    continue
                kept.append(row)
                fresh.append((key, t))
        for key, t in fresh:
            bisect.insort(earlier[key], t)
    return kept, merged


def case_figures(logs: list[DerivedRows], statements: list[marking.Statement], rules: str) -> dict[str, Any]:
    """The case's pattern (``rules``: a rule profile of resources/rules) with what it was computed from: the
    import sessions, the rows counted, the rows merged, those read from screenshots, and the latest marks."""
    ordered = sorted(logs, key=lambda d: (d.session, d.seq))
    rows, merged = merge(ordered)
    latest = marking.latest(statements)
    zone = ordered[0].time_zone if ordered else "UTC"
    facts = pattern.compute(rows, zone, rules, marking.roles(latest), labels=latest)
    facts["imports"] = list(dict.fromkeys(d.session for d in ordered))
    facts["rows"] = len(rows)
    facts["merged"] = merged
    facts["rows_from_screenshots"] = sum(1 for r in rows if r.get("read_from") == "screenshot")
    facts["marks"] = latest
    return facts
