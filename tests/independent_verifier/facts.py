"""The facts embedded in report.html (FORMAT §7.7), recomputed from the journals and compared byte for byte."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from tests.independent_verifier.call import facts as call_facts
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


def embedded(report: bytes) -> tuple[bytes, Any]:
    """The one facts block's bytes and its value."""
    if report.lower().count(b"<script") != 1 or report.count(OPEN) != 1:
        raise Fail("facts", "report.html does not hold exactly one <script>, the facts block")
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


FIXED_OFFSET = {"cn": 480, "tw": 480, "hk": 480}


def _event_time(e: dict[str, Any]) -> int:
    began = e["body"].get("began_mono_ns")
    return int(began) if is_int(began) else int(e["mono_ns"])


def _blocks(chain: Chain) -> list[dict[str, Any]]:
    """All audio entries (the unsigned tail's too) sorted by mono_ns, ties in seq order."""
    return sorted(chain.audio, key=lambda b: b["mono_ns"])


def _frame(blocks: list[dict[str, Any]], t: int) -> int:
    """FORMAT §7.7: the last block starting at or before t; inside it by the rate, past its end its end; before
    every block the first block's frame_offset."""
    lo, hi = 0, len(blocks)
    while lo < hi:  # the first block starting after t
        mid = (lo + hi) // 2
        if blocks[mid]["mono_ns"] <= t:
            lo = mid + 1
        else:
            hi = mid
    if lo == 0:
        return int(blocks[0]["body"]["frame_offset"])
    body = blocks[lo - 1]["body"]
    within = (t - blocks[lo - 1]["mono_ns"]) * body["rate"] // 10**9
    return int(body["frame_offset"] + min(within, body["frames"]))


def compute(chain: Chain, profile: str, offset_min: int) -> dict[str, Any]:
    window, begin, end = WINDOWS.get(profile, WINDOWS["cn"])  # an unknown profile has cn's window
    blocks = _blocks(chain)
    rate = blocks[0]["body"]["rate"] if blocks else 0

    def point(e: dict[str, Any], code: str) -> dict[str, Any]:
        ms = _frame(blocks, _event_time(e)) * 1000 // rate if blocks else 0
        when = _utc(e["utc"])
        local = (when.hour * 60 + when.minute + offset_min) % (24 * 60)  # no date arithmetic to overflow
        hhmm = f"{local // 60:02d}:{local % 60:02d}"
        return {"code": code, "local": hhmm, "offset_ms": ms, "seq": e["seq"], "utc": e["utc"]}

    # Only the signed part counts: entries after the last signed one could have been appended by anyone holding
    # the journal (FORMAT §7.7).
    tags: list[dict[str, Any]] = []
    visitors: int | None = None
    for line in chain.lines[: chain.last_signed + 1]:
        e = line.entry
        code_value = e["body"].get("code")
        if e["kind"] == "tag" and isinstance(code_value, str) and code_value in COUNTED:
            tags.append(e)
        elif e["kind"] == "visitors" and is_int(e["body"].get("count")):
            visitors = e["body"]["count"] if visitors is None else max(visitors, e["body"]["count"])
    tags.sort(key=_event_time)  # stable: ties stay in seq order

    def code(e: dict[str, Any]) -> str:
        return str(e["body"]["code"])

    def pts(*codes: str) -> list[dict[str, Any]]:
        return [point(e, code(e)) for e in tags if code(e) in codes]

    def minutes(a: dict[str, Any] | None, b: dict[str, Any] | None) -> int | None:
        if a is None or b is None:
            return None
        delta = _event_time(b) - _event_time(a)
        return None if delta < 0 else (delta + 30 * 10**9) // (60 * 10**9)

    arrived = [e for e in tags if code(e) == "arrived"]
    left = [e for e in tags if code(e) == "left"]
    first_arrived = arrived[0] if arrived else None
    last_left = left[-1] if left else None
    visit = {
        "start": point(first_arrived, "arrived") if first_arrived else None,
        "end": point(last_left, "left") if last_left else None,
        "minutes": minutes(first_arrived, last_left),
    }
    stayed: dict[str, Any] | None = None
    asked = [e for e in tags if code(e) == "asked-to-leave"]
    if asked:
        a = asked[0]
        later = next((e for e in left if _event_time(e) >= _event_time(a)), None)
        stayed = {
            "asked": point(a, "asked-to-leave"),
            "left": point(later, "left") if later else None,
            "minutes": minutes(a, later),
        }
    restricted = []
    for e, c in [(e, code(e)) for e in tags] or [(chain.lines[0].entry, "start")]:
        p = point(e, c)
        hour = int(p["local"][:2])
        if hour >= begin // 60 or hour < end // 60:
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


def _utc(text: str) -> dt.datetime:
    try:
        return dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ")
    except ValueError:
        raise Fail("chain", f"{text!r} is not a valid UTC time") from None


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


CASE_KEYS = frozenset(
    ("pattern_version", "rules", "time_zone", "subject", "total", "per_day", "calls_in_7_days", "per_number",
     "restricted_hours", "guideline", "family", "imports", "rows", "merged", "rows_from_screenshots", "marks")
)  # fmt: skip


def _number(raw: str) -> str:
    """A number as compared (§3.6): digits and a leading +; +86/0086 before an 11-digit mainland number dropped."""
    raw = raw.strip()
    digits = "".join(c for c in raw if c.isdecimal())  # as a regular expression's \\d
    if raw.startswith("+86") and len(digits) == 13:
        return digits[2:]
    if raw.startswith("0086") and len(digits) == 15:
        return digits[4:]
    return ("+" if raw.startswith("+") else "") + digits


def _case_call_log(chains: dict[str, Chain], stated: Any) -> Any:
    """The case's figures (§3.6, §7.7), present exactly when a session has derived rows. Recomputed here: the
    imports and the latest marks (from the derived entries' `marks` and the signed `mark` entries); the pattern,
    `rows`, `merged` and `rows_from_screenshots` are taken as stated (this verifier's known limit, above)."""
    with_rows = sorted(sid for sid, ch in chains.items() if any(ln.entry["kind"] == "derived" for ln in ch.lines))
    if not with_rows:
        return None
    if not isinstance(stated, dict) or set(stated) != CASE_KEYS:
        raise Fail("facts", "the case's call-log facts are missing or not of their shape")
    said: list[tuple[str, str, int, str, str, Any, Any, Any]] = []
    for sid, ch in chains.items():
        for i, ln in enumerate(ch.lines):
            e, body = ln.entry, ln.entry["body"]
            if e["kind"] == "derived" and isinstance(body.get("marks"), dict):
                for role in ("collector", "family"):
                    numbers = body["marks"].get(role)
                    for n in numbers if isinstance(numbers, list) else []:
                        if isinstance(n, str):
                            said.append((e["utc"], sid, e["seq"], n, role, None, None, None))
            elif (
                e["kind"] == "mark"
                and i <= ch.last_signed
                and isinstance(body.get("number"), str)
                and body.get("role") in ("collector", "family", "colleague", "contact", "none")
            ):
                labels = [
                    body.get(k) if isinstance(body.get(k), str) else None for k in ("company", "platform", "person")
                ]
                said.append((e["utc"], sid, e["seq"], body["number"], body["role"], *labels))
    marks: dict[str, Any] = {}
    for utc, _sid, _seq, number, role, company, platform, person in sorted(said, key=lambda s: s[:3]):
        if role == "none":
            marks.pop(_number(number), None)
        else:
            marks[_number(number)] = {"company": company, "number": number, "person": person, "platform": platform,
                                      "role": role, "utc": utc}  # fmt: skip
    return {**stated, "imports": with_rows, "marks": dict(sorted(marks.items()))}


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
        # FORMAT §7.7: the offset the start entry recorded, when it has one; else +480 for cn, tw, hk; else the
        # offset as stated (the exporting device's, not proven).
        env = chain.lines[0].entry["body"].get("environment", {})
        recorded: Any = env.get("utc_offset_minutes") if isinstance(env, dict) else None
        good = is_int(recorded) and -1440 < recorded < 1440
        if offset != (recorded if good else FIXED_OFFSET.get(profile, offset)):
            raise Fail("facts", f"{sid}: the facts' UTC offset is not the one FORMAT §7.7 requires")
        sessions[sid] = compute(chain, profile, offset)
        if chain.is_call:  # §7.10: a call's facts name its tracks; one-track sessions have no `call`
            sessions[sid]["call"] = call_facts(chain)
        derived = [ln.entry for ln in chain.lines if ln.entry["kind"] == "derived"]
        if derived:
            sessions[sid]["call_log"] = _call_log(derived, stated.get("call_log"), sid)
    doc: dict[str, Any] = {"format": "evidence-recorder-facts", "sessions": sessions, "version": 1}
    case = _case_call_log(chains, value.get("case_call_log"))
    if case is not None:
        doc["case_call_log"] = case
    expected = dumps(doc).replace(b"</", b"<\\/")
    if raw != expected:
        raise Fail("facts", "the report's facts differ from those recomputed from the journals")


def check_pdf(pdf: bytes, report: bytes) -> None:
    """FORMAT §7.7: report.pdf holds exactly one ``<er:facts>`` and one ``</er:facts>``; between them the base64
    (standard alphabet, padded) of exactly the bytes of report.html's facts block, ``<\\/`` read back as ``</``."""
    import base64
    import binascii

    if pdf.count(b"<er:facts>") != 1 or pdf.count(b"</er:facts>") != 1:
        raise Fail("facts", "report.pdf does not hold exactly one facts element")
    inner = pdf.split(b"<er:facts>", 1)[1].split(b"</er:facts>", 1)[0]
    try:
        carried = base64.b64decode(inner, validate=True)
    except (binascii.Error, ValueError):
        raise Fail("facts", "report.pdf's facts element is not base64") from None
    raw, _value = embedded(report)
    if carried != raw.replace(b"<\\/", b"</"):
        raise Fail("facts", "report.pdf's facts differ from report.html's")
