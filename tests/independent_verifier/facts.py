"""The facts embedded in report.html (FORMAT §7.7), recomputed from the journals and compared byte for byte."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from tests.independent_verifier.canonical import dumps, is_int
from tests.independent_verifier.chain import Chain
from tests.independent_verifier.errors import Fail

OPEN = b'<script type="application/json" id="evidence-facts">'
CLOSE = b"</script>"
WINDOWS = {
    "cn": ("22:00-08:00", 22 * 60, 8 * 60),
    "tw": ("22:00-08:00", 22 * 60, 8 * 60),
    "hk": ("22:00-08:00", 22 * 60, 8 * 60),
    "us": ("21:00-08:00", 21 * 60, 8 * 60),
}
# The ten codes of FORMAT §4.1's first list; other codes (the second row, unknown ones) are not counted.
COUNTED = frozenset(
    ("arrived", "showed-id", "refused-id", "asked-to-leave", "refused-to-leave", "threat", "insult",
     "contacted-others", "entered-home", "left")
)  # fmt: skip
FIXED_OFFSET = {"cn": 480, "tw": 480, "hk": 480}


def embedded(report: bytes) -> tuple[bytes, Any]:
    """The one facts block's bytes and its value."""
    if report.count(b'id="evidence-facts"') != 1 or report.count(OPEN) != 1:
        raise Fail("facts", "report.html does not hold exactly one facts block")
    start = report.index(OPEN) + len(OPEN)
    end = report.find(CLOSE, start)
    if end < 0:
        raise Fail("facts", "the facts block is not closed")
    raw = report[start:end]
    try:
        value = json.loads(raw.replace(b"<\\/", b"</").decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise Fail("facts", "the facts block is not JSON") from None
    return raw, value


def _block_frame(chain: Chain, t: int) -> int:
    """FORMAT §4.4: inside the last block starting at or before t, else the next block's first frame."""
    blocks = chain.audio
    if not blocks:
        return 0
    lo, hi = 0, len(blocks)
    while lo < hi:  # first block starting after t
        mid = (lo + hi) // 2
        if blocks[mid]["mono_ns"] <= t:
            lo = mid + 1
        else:
            hi = mid
    if lo == 0:
        return 0
    b = blocks[lo - 1]
    body = b["body"]
    within = (t - b["mono_ns"]) * body["rate"] // 10**9
    if within < body["frames"]:
        return int(body["frame_offset"] + within)
    return int(body["frame_offset"] + body["frames"]) if lo == len(blocks) else int(blocks[lo]["body"]["frame_offset"])


def _point(chain: Chain, e: dict[str, Any], code: str, offset_min: int) -> dict[str, Any]:
    t = e["mono_ns"]
    if e["kind"] == "note" and is_int(e["body"].get("began_mono_ns")):
        t = e["body"]["began_mono_ns"]
    frame = _block_frame(chain, t)
    ms = frame * 1000 // chain.rate if chain.rate else 0
    when = dt.datetime.strptime(e["utc"], "%Y-%m-%dT%H:%M:%S.%fZ") + dt.timedelta(minutes=offset_min)
    return {"code": code, "local": when.strftime("%H:%M"), "offset_ms": ms, "seq": e["seq"], "utc": e["utc"]}


def compute(chain: Chain, profile: str, offset_min: int) -> dict[str, Any]:
    window, begin, end = WINDOWS[profile]
    tags: list[tuple[dict[str, Any], str]] = []
    visitors: int | None = None
    # Only the signed part counts: entries after the last signed one could have been appended by anyone holding
    # the journal (issue 11 §3; FORMAT does not say it yet, see the gaps file).
    for line in chain.lines[: chain.last_signed + 1]:
        e = line.entry
        if e["kind"] == "tag" and e["body"].get("code") in COUNTED:
            tags.append((e, e["body"]["code"]))
        elif e["kind"] == "visitors" and is_int(e["body"].get("count")):
            visitors = e["body"]["count"] if visitors is None else max(visitors, e["body"]["count"])

    def pts(*codes: str) -> list[dict[str, Any]]:
        return [_point(chain, e, c, offset_min) for e, c in tags if c in codes]

    def minutes(a: dict[str, Any], b: dict[str, Any]) -> int | None:
        # Rounded half up; none when the end precedes the start (both as real archives do; see the gaps file).
        delta = int(b["mono_ns"] - a["mono_ns"])
        return None if delta < 0 else (delta + 30 * 10**9) // (60 * 10**9)

    arrived = [e for e, c in tags if c == "arrived"]
    left = [e for e, c in tags if c == "left"]
    visit: dict[str, Any] = {"start": None, "end": None, "minutes": None}
    if arrived:
        visit["start"] = _point(chain, arrived[0], "arrived", offset_min)
    if left:
        visit["end"] = _point(chain, left[-1], "left", offset_min)
    if arrived and left:
        visit["minutes"] = minutes(arrived[0], left[-1])
    stayed: dict[str, Any] | None = None
    asked = [e for e, c in tags if c == "asked-to-leave"]
    if asked:
        a = asked[0]
        later = [e for e in left if e["seq"] > a["seq"]]
        stayed = {
            "asked": _point(chain, a, "asked-to-leave", offset_min),
            "left": _point(chain, later[0], "left", offset_min) if later else None,
            "minutes": minutes(a, later[0]) if later else None,
        }
    restricted = []
    for e, c in tags or [(chain.lines[0].entry, "start")]:
        p = _point(chain, e, c, offset_min)
        hh, mm = map(int, p["local"].split(":"))
        m = hh * 60 + mm
        if m >= begin or m < end:
            restricted.append(p)
    return {
        "contacted_others": pts("contacted-others"),
        "entered_home": pts("entered-home"),
        "id": pts("showed-id", "refused-id"),
        "profile": profile,
        "restricted_window": restricted,
        "stayed_after_asked": stayed,
        "threats": pts("threat", "insult"),
        "utc_offset_minutes": offset_min,
        "visit": visit,
        "visitors": visitors,
        "window": window,
    }


def _call_log(derived: list[dict[str, Any]], stated: Any, sid: str) -> list[Any]:
    """The call-log figures of an import session (§3.6, §7.7). A known limit of this verifier: it checks that
    there is one per derived entry with its `seq` and `rows`, but does not re-parse the imported backup nor
    recompute the `pattern` (the parsers and rule files are a program of their own); it takes the pattern as
    stated."""
    if not isinstance(stated, list) or len(stated) != len(derived):
        raise Fail("facts", f"{sid}: the call-log facts are not one per derived entry")
    out = []
    for e, item in zip(derived, stated, strict=True):
        if not isinstance(item, dict) or set(item) != {"seq", "rows", "pattern"}:
            raise Fail("facts", f"{sid}: a call-log fact is not of its shape")
        out.append({"pattern": item["pattern"], "rows": e["body"].get("rows"), "seq": e["seq"]})
    return out


def check(report: bytes, chains: dict[str, Chain], profile: str) -> None:
    raw, value = embedded(report)
    if not isinstance(value, dict) or not isinstance(value.get("sessions"), dict):
        raise Fail("facts", "the facts block is not of its format")
    sessions = {}
    for sid, chain in chains.items():
        stated = value["sessions"].get(sid)
        if not isinstance(stated, dict) or not is_int(stated.get("utc_offset_minutes")):
            raise Fail("facts", f"{sid}: no facts stated")
        offset = stated["utc_offset_minutes"]
        if offset != FIXED_OFFSET.get(profile, offset) or not -24 * 60 < offset < 24 * 60:
            raise Fail("facts", f"{sid}: the stated UTC offset is not the profile's")
        sessions[sid] = compute(chain, profile, offset)
        derived = [ln.entry for ln in chain.lines if ln.entry["kind"] == "derived"]
        if derived:
            sessions[sid]["call_log"] = _call_log(derived, stated.get("call_log"), sid)
    want = dumps({"format": "evidence-recorder-facts", "sessions": sessions, "version": 1}).replace(b"</", b"<\\/")
    if raw != want:
        raise Fail("facts", "the report's facts differ from those recomputed from the journals")
