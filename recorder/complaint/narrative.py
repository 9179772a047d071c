"""The narrative draft: sentences in neutral words, each stating one fact of the case (CaseFacts) and nothing else.

Neutral means: what was recorded or counted, when, and which guideline a count exceeds, with the guideline named —
never a legal judgement ("illegal", 违法 …), which is for the authority to make. The user edits the draft. The
draft is in the channel's language (Chinese channels: zh_CN; the CFPB: en), not the UI's, because it is pasted
into that channel's form.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .case_facts import CaseFacts, Moment

# Words a draft never contains (a test holds every channel's draft to this list).
FORBIDDEN = ("illegal", "unlawful", "criminal", "crime", "违法", "違法", "非法", "犯罪", "违规", "違規", "暴力催收")


def _times(ms: list[Moment]) -> str:
    return ", ".join(m.text for m in ms)


def _zh_times(ms: list[Moment]) -> str:
    return "、".join(m.text for m in ms)


def sentences(facts: CaseFacts, language: str, focus: str = "visits") -> list[str]:
    """The draft's sentences, the most important first (a short form keeps the first ones): the visits' then the
    calls', or the calls' first for a channel about calls (``focus`` "calls")."""
    build: Callable[[CaseFacts], tuple[list[str], list[str]]] = _english if language == "en" else _chinese
    visits, calls = build(facts)
    return calls + visits if focus == "calls" else visits + calls


def _chinese(f: CaseFacts) -> tuple[list[str], list[str]]:
    out: list[str] = []
    for v in f.visits:
        if v.start:
            out.append(f"{v.start.text}，有人来到我的住所（录音中标记“到达”）。")
        if v.asked:
            if v.left_after_asked:
                out.append(
                    f"{v.asked.text} 我要求对方离开；对方于 {v.left_after_asked.text} 离开，"
                    f"在我要求后又停留了 {v.stayed_minutes} 分钟。"
                )
            else:
                out.append(f"{v.asked.text} 我要求对方离开；录音结束前没有记录到对方离开。")
        elif v.end:
            out.append(f"对方于 {v.end.text} 离开（录音中标记“离开”）。")
        if v.threats:
            out.append(f"录音中标记为“威胁”或“辱骂”的时刻：{_zh_times(v.threats)}。")
        if v.entered_home:
            out.append(f"录音中标记对方进入住宅的时刻：{_zh_times(v.entered_home)}。")
        if v.contacted_others:
            out.append(f"录音中标记对方联系我的家人或他人的时刻：{_zh_times(v.contacted_others)}。")
        if v.refused_id:
            out.append(f"录音中标记对方拒绝出示证件的时刻：{_zh_times(v.refused_id)}。")
        if v.restricted:
            out.append(f"其中 {len(v.restricted)} 个标记发生在当地时间 {v.window} 之间：{_zh_times(v.restricted)}。")
    for card in f.cards:
        who = [f"{card.get('count')} 人"] if card.get("count") else []
        if card.get("company"):
            who.append(f"自称来自 {card['company']}")
        if card.get("names"):
            who.append("姓名或工号 " + "、".join(str(n) for n in card["names"]))
        if card.get("phones"):
            who.append("电话 " + "、".join(str(p) for p in card["phones"]))
        if who:
            out.append("来访人员：" + "，".join(who) + "。")
    visits, out = out, []
    for c in f.callers:
        company = f"（{c.company}）" if c.company else ""
        span = c.first_day if c.first_day == c.last_day else f"{c.first_day} 至 {c.last_day}"
        out.append(f"{span}，号码 {c.number}{company} 共来电 {c.calls_in} 次。")
    for start, end, count in f.restricted_calls:
        out.append(f"通话记录中有 {count} 次联系发生在当地时间 {start}–{end} 之间。")
    for g in f.guideline:
        out.append(_zh_guideline(g))
    return visits, out


def _zh_guideline(g: dict[str, object]) -> str:
    # The rule file's source names the guideline in Chinese ("中国银行业协会《…》"); its title is English.
    named = re.match(r"[^《:：]*《[^》]+》", str(g.get("rule_source") or ""))
    rule = named.group(0) if named else (f"《{g.get('rule')}》" if g.get("rule") else "所适用的指引")
    if g["kind"] == "over_unanswered_per_day":
        return (
            f"号码 {g['number']} 在 {g['day']} 未接通的呼叫为 {g['unanswered']} 次，"
            f"超过{rule}所写的每日 {g['limit']} 次。"
        )
    if g["kind"] == "over_calls_in_7_days":
        return (
            f"号码 {g['number']} 在截至 {g['span_end']} 的 7 天内来电 {g['calls']} 次，"
            f"超过{rule}所写的 {g['limit']} 次。"
        )
    if g["kind"] == "calls_after_conversation":
        return f"号码 {g['number']} 在 {g['conversation']} 与我通话后，又于 {g['local']} 来电（参见{rule}）。"
    return f"号码 {g.get('number')}：{g['kind']}（参见{rule}）。"


def _english(f: CaseFacts) -> tuple[list[str], list[str]]:
    out: list[str] = []
    for v in f.visits:
        if v.start:
            out.append(f"At {v.start.text}, people came to my home (tagged 'Arrived' in the recording).")
        if v.asked:
            if v.left_after_asked:
                out.append(
                    f"At {v.asked.text} I asked them to leave; they left at {v.left_after_asked.text}, "
                    f"{v.stayed_minutes} minutes after I asked."
                )
            else:
                out.append(
                    f"At {v.asked.text} I asked them to leave; the recording shows no departure before it ended."
                )
        elif v.end:
            out.append(f"They left at {v.end.text} (tagged 'Left').")
        if v.threats:
            out.append(f"Moments tagged as a threat or an insult in the recording: {_times(v.threats)}.")
        if v.entered_home:
            out.append(f"Moments tagged as them entering my home: {_times(v.entered_home)}.")
        if v.contacted_others:
            out.append(f"Moments tagged as them contacting my family or others: {_times(v.contacted_others)}.")
        if v.refused_id:
            out.append(f"Moments tagged as them refusing to show identification: {_times(v.refused_id)}.")
        if v.restricted:
            out.append(
                f"{len(v.restricted)} of the tagged moments were between {v.window} local time: {_times(v.restricted)}."
            )
    for card in f.cards:
        who = [f"{card.get('count')} people"] if card.get("count") else []
        if card.get("company"):
            who.append(f"saying they were from {card['company']}")
        if card.get("names"):
            who.append("names or staff numbers " + ", ".join(str(n) for n in card["names"]))
        if card.get("phones"):
            who.append("phones " + ", ".join(str(p) for p in card["phones"]))
        if who:
            out.append("Visitors: " + "; ".join(who) + ".")
    visits, out = out, []
    for c in f.callers:
        company = f" ({c.company})" if c.company else ""
        span = f"on {c.first_day}" if c.first_day == c.last_day else f"from {c.first_day} to {c.last_day}"
        out.append(f"The number {c.number}{company} called me {c.calls_in} times {span}.")
    for start, end, count in f.restricted_calls:
        out.append(f"My call log shows {count} contacts between {start} and {end} local time.")
    for g in f.guideline:
        out.append(_en_guideline(g))
    return visits, out


def _en_guideline(g: dict[str, object]) -> str:
    rule = f"{g.get('rule')}" if g.get("rule") else "the applicable guideline"
    if g["kind"] == "over_unanswered_per_day":
        return (
            f"On {g['day']} the number {g['number']} made {g['unanswered']} unanswered calls to me, more than the "
            f"{g['limit']} a day that {rule} states."
        )
    if g["kind"] == "over_calls_in_7_days":
        return (
            f"In the 7 days ending {g['span_end']} the number {g['number']} called me {g['calls']} times, more than "
            f"the {g['limit']} that {rule} states."
        )
    if g["kind"] == "calls_after_conversation":
        return (
            f"After a conversation at {g['conversation']}, the number {g['number']} called again at {g['local']} "
            f"(see {rule})."
        )
    return f"The number {g.get('number')}: {g['kind']} (see {rule})."


def fit(parts: list[str], limit: int, language: str) -> tuple[str, list[str]]:
    """The sentences that fit within ``limit`` characters, in order, and those left out."""
    joiner = " " if language == "en" else ""
    kept: list[str] = []
    left: list[str] = []
    for s in parts:
        candidate = joiner.join([*kept, s])
        (kept if len(candidate) <= limit else left).append(s)
    return joiner.join(kept), left
