"""report.html: the human-readable report, in the user's language, stating facts neutrally (DESIGN §8).

Strings go through ``translate("Report", …)`` so pyside6-lupdate collects them. The facts shown are also
embedded as canonical JSON (``<script id="evidence-facts">``) so the verifier can check them against the chain.
"""

from __future__ import annotations

from contextvars import ContextVar
from typing import Any

from ..core.canonical import canonical_json
from ..core.chain import fingerprint
from ..core.environment import parse_utc
from ..core.messages import QT_TRANSLATE_NOOP
from ..core.tags import BY_CODE
from ..i18n import load_ts
from ..timestamp.messages import SHARE_EXPLAINED
from . import case_log, imports, report_excerpts, report_parts, report_thumbs, sshsig
from . import report_words as W
from .facts import EMERGENCY_NUMBERS, offset_ms
from .report_model import ReportPdfInput, SessionExport

# Headings and labels, named here so that lupdate collects them (it does not read inside f-strings).
H_REPORT = QT_TRANSLATE_NOOP("Report", "Evidence report")
H_CASE = QT_TRANSLATE_NOOP("Report", "Case")
H_EXPORTED = QT_TRANSLATE_NOOP("Report", "Exported")
H_RECORDING = QT_TRANSLATE_NOOP("Report", "Recording {id}")
H_FACTS = QT_TRANSLATE_NOOP("Report", "Facts from the tags")
H_TIMELINE = QT_TRANSLATE_NOOP("Report", "Timeline")
H_DETAILS = QT_TRANSLATE_NOOP("Report", "Details")
H_INTEGRITY = QT_TRANSLATE_NOOP("Report", "Integrity")
H_STAMPS = QT_TRANSLATE_NOOP("Report", "Trusted timestamps")
H_CHECKED = QT_TRANSLATE_NOOP("Report", "How this package can be checked")
H_NOTE = QT_TRANSLATE_NOOP("Report", "Please note")
H_KEY = QT_TRANSLATE_NOOP("Report", "Vault key")
GAP_SECONDS = QT_TRANSLATE_NOOP("Report", "about {seconds} s missing ({reason})")
GAP_LINE = QT_TRANSLATE_NOOP("Report", "Gap at {when}: about {seconds} s of audio missing ({reason}).")
ABOUT_ENTRY = QT_TRANSLATE_NOOP("Report", "(about the {what} at {when})")
ZONE_STATED = QT_TRANSLATE_NOOP(
    "Report",
    "Times are the recording device's clock, shown in its time zone when the recording started: {zone}. The "
    "restricted hours are counted in that local time, where the events happened.",
)
EMERGENCY = QT_TRANSLATE_NOOP("Report", "In danger, call {numbers} at once.")
NUMBERS_OR = QT_TRANSLATE_NOOP("Report", "{first} or {second}")
INPUT_DEVICE = QT_TRANSLATE_NOOP("Report", "Input device")
SOURCE_TEXT = QT_TRANSLATE_NOOP("Report", "{name} ({kind})")
NOT_SIGNED_AFTER = QT_TRANSLATE_NOOP(
    "Report",
    "The entries after {position} in the audio and the last {tail} of audio come after the last signature: anyone "
    "who held the file before export could have appended them. They are marked in the timeline and left out of the "
    "facts.",
)
PAGE_HEAD = QT_TRANSLATE_NOOP("Report", "Case {case} · vault key {fingerprint}")
PAGE_OF = QT_TRANSLATE_NOOP("Report", "page {page} of {pages}")
RENAMED = QT_TRANSLATE_NOOP("Report", "Earlier name: {name} (renamed on {when})")

_e, _hms, _seconds = report_parts.e, report_parts.hms, report_parts.seconds
_catalog: ContextVar[dict[tuple[str, str], str] | None] = ContextVar("report_catalog", default=None)
FACTS_ID = "evidence-facts"
FONT_STACK = (
    '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", '
    '"Noto Sans CJK TC", "PingFang TC", "Microsoft JhengHei", "Noto Sans", "Helvetica Neue", Arial, sans-serif'
)


def translate(context: str, text: str) -> str:
    return (_catalog.get() or {}).get((context, text), text)


def _css(text: str) -> str:
    """Text as a CSS string literal (for ``content:``): quotes, backslashes and line breaks escaped, and ``<`` so
    that nothing in a case name can close the style element."""
    out = "".join(f"\\{ord(c):x} " if c in '"\\<>\n\r' else c for c in text)
    return f'"{out}"'


def _when(utc: str | None, offset_minutes: int) -> str:
    if not utc:
        return "?"
    try:
        from datetime import timedelta

        local = parse_utc(utc) + timedelta(minutes=offset_minutes)
    except ValueError:
        return _e(utc)
    sign = "+" if offset_minutes >= 0 else "-"
    off = f"UTC{sign}{abs(offset_minutes) // 60:02d}:{abs(offset_minutes) % 60:02d}"
    return f"{local:%Y-%m-%d %H:%M:%S} ({off})"


def _zone(offset_minutes: int) -> str:
    sign = "+" if offset_minutes >= 0 else "-"
    return f"UTC{sign}{abs(offset_minutes) // 60:02d}:{abs(offset_minutes) % 60:02d}"


def _zone_named(se: SessionExport) -> str:
    """The session's time zone as the report states it: its offset, and the IANA name the device gave, if any."""
    zone = _zone(int(se.facts.get("utc_offset_minutes", 0)))
    body = (se.events.start or {}).get("body")
    env = body.get("environment") if isinstance(body, dict) else None
    name = env.get("time_zone") if isinstance(env, dict) else None
    return f"{zone} ({name})" if isinstance(name, str) and name else zone


def emergency_line(profile: str) -> str:
    """Where to call in danger, by the report's rules: 110 (mainland China), 110 or 119 (Taiwan), 999 (Hong Kong),
    911 (US)."""
    numbers = EMERGENCY_NUMBERS.get(profile, EMERGENCY_NUMBERS["cn"])
    said = numbers[0]
    for more in numbers[1:]:
        said = translate("Report", NUMBERS_OR).replace("{first}", said).replace("{second}", more)
    return translate("Report", EMERGENCY).replace("{numbers}", said)


def facts_document(sessions: list[SessionExport], case_call_log: dict[str, Any] | None = None) -> dict[str, Any]:
    doc = {"format": "evidence-recorder-facts", "version": 1, "sessions": {se.id: se.facts for se in sessions}}
    if case_call_log is not None:  # the case's combined call figures (FORMAT §7.7), when logs were imported
        doc[case_log.FACT] = case_call_log
    return doc


def facts_in_form(page: str, doc: Any) -> bool:
    """Whether the page holds exactly one script element, the facts block, as canonical JSON with every ``</``
    written ``<\\/`` (FORMAT §7.7): a second block, or the same facts spelled another way, is refused."""
    if page.lower().count("<script") != 1:
        return False
    marker = f'<script type="application/json" id="{FACTS_ID}">'
    try:
        expected = canonical_json(doc).decode("utf-8").replace("</", "<\\/")
    except (TypeError, ValueError, RecursionError):
        return False
    return marker + expected + "</script>" in page


def extract_facts(page: str) -> Any:
    """The facts document embedded in a report page, or None (parsed as data, never executed)."""
    marker = f'<script type="application/json" id="{FACTS_ID}">'
    start = page.find(marker)
    if start < 0:
        return None
    start += len(marker)
    end = page.find("</script>", start)
    if end < 0:
        return None
    import json

    try:
        return json.loads(page[start:end])
    except ValueError:
        return None


def _tag_label(body: dict[str, Any]) -> str:
    code = body.get("code")
    if isinstance(code, str) and code in BY_CODE:
        return translate("Tags", BY_CODE[code].label)
    return str(body.get("label", ""))


def _event_row(
    se: SessionExport, entry: dict[str, Any], offset_minutes: int, later: bool = False, sitting: int = 0
) -> str:
    kind, body = entry.get("kind"), entry.get("body") or {}
    clock, rate = se.events.clock(), se.events.rate
    what, detail = kind, ""
    if kind == "note":
        what = translate("Report", "Note (the user's own statement)")
        detail = _e(body.get("text", ""))
    elif kind == "tag":
        what = translate("Report", "Tag")
        detail = _e(_tag_label(body))
    elif kind == "attachment":
        what = translate("Report", "Attachment")
        path = se.attachments.get(int(entry.get("seq", -1)))
        name = _e(body.get("name", ""))
        detail = f'<a href="{_e(path)}">{name}</a>' if path else name
        if path and str(body.get("media_type", "")).startswith("image/"):  # a thumbnail of the photo, beside it
            detail += f'<br><a href="{_e(path)}"><img class="thumb" src="{_e(path)}" alt="{name}"></a>'
    elif kind == "input":
        what = translate("Report", INPUT_DEVICE)
        detail = _e(W.input_event(body, translate))
    elif kind == "visitors":
        what = translate("Report", "Who is here")
        parts = [translate("Report", "number: {count}").format(count=_e(body.get("count", "?")))]
        for key, label in (
            ("names", translate("Report", "names")),
            ("company", translate("Report", "company")),
            ("platform", translate("Report", "platform")),
            ("phones", translate("Report", "phones")),
        ):
            value = body.get(key)
            if value:
                parts.append(f"{label}: {_e(', '.join(map(str, value)) if isinstance(value, list) else value)}")
        detail = "; ".join(parts)
    elif kind == "pause":
        what = translate("Report", "Recording paused")
    elif kind == "resume":
        what = translate("Report", "Recording resumed")
    elif kind == "gap":
        what = translate("Report", "Gap in the audio")
        detail = _e(
            translate("Report", GAP_SECONDS)
            .replace("{seconds}", _seconds(body.get("duration_ms")))
            .replace("{reason}", report_parts.gap_reason(entry, translate))
        )
    elif kind == "annotation":
        stamped = se.sitting_stamps.get(sitting)
        if stamped is None:
            what = translate("Report", "Added later, on {date} (by the owner's device clock)").replace(
                "{date}", _when(entry.get("utc"), offset_minutes)
            )
        else:  # a trusted time stamp covers its review sitting's seal (FORMAT §6.6)
            what = (
                translate(
                    "Report",
                    "Added later, on {date} (by the owner's device clock); a trusted time stamp proves it existed "
                    "no later than {time}",
                )
                .replace("{date}", _when(entry.get("utc"), offset_minutes))
                .replace("{time}", stamped)
            )
        # A tag annotation shows its tag and the words typed with it; a note its words.
        label = _tag_label(body) if body.get("type") == "tag" else ""
        typed = body.get("text") if isinstance(body.get("text"), str) else ""
        detail = _e(" — ".join(x for x in (label, typed) if x))
        about = body.get("about")
        if isinstance(about, dict) and isinstance(about.get("seq"), int):
            target = next((e for e in se.events.events if e.get("seq") == about["seq"]), None)
            if target is not None:  # by its time and kind, as the reader sees it in the timeline
                detail += " " + _e(
                    translate("Report", ABOUT_ENTRY)
                    .replace("{what}", _kind_word(target))
                    .replace("{when}", _when(target.get("utc"), offset_minutes))
                )
        frame = body.get("frame")
        if isinstance(frame, int) and rate:
            detail += " " + _e(
                translate("Report", "(at {pos} in the audio)").replace("{pos}", _hms(frame * 1000 // rate))
            )
    what = report_parts.other_row(str(what), entry, translate)  # a call's other track: its gaps and inputs
    at = _hms(offset_ms(clock, rate, entry)) if rate and not later else "—"
    cls = ' class="later"' if later else ""
    if not later and not se.events.signed(entry):
        cls = ' class="unsigned"'
        unsigned = translate("Report", "NOT signed (after the last checkpoint)")
        what = f"{what} — {unsigned}"
    return (
        f"<tr{cls}><td>{_when(entry.get('utc'), offset_minutes)}</td><td>{at}</td>"
        f"<td>{_e(what)}</td><td>{detail}</td></tr>"
    )


def _kind_word(entry: dict[str, Any]) -> str:
    """An entry's kind as the timeline names it (a tag by its label)."""
    kind = entry.get("kind")
    if kind == "tag":
        return _tag_label(entry.get("body") or {}) or translate("Report", "Tag")
    words = {
        "note": translate("Report", "Note (the user's own statement)"),
        "attachment": translate("Report", "Attachment"),
        "visitors": translate("Report", "Who is here"),
        "pause": translate("Report", "Recording paused"),
        "resume": translate("Report", "Recording resumed"),
        "gap": translate("Report", "Gap in the audio"),
        "input": translate("Report", INPUT_DEVICE),
    }
    return words.get(str(kind), str(kind))


def render(
    case: str,
    sessions: list[SessionExport],
    *,
    language: str,
    identity_public: bytes,
    created_utc: str,
    earlier: list[tuple[str, str]] | None = None,
    excerpts: list[dict[str, Any]] | None = None,
) -> str:
    """The whole page, in ``language`` (zh_CN, zh_TW or en); ``earlier``: the case's earlier names, each with the
    time it was renamed (CaseName.earlier); ``excerpts``: the manifest's ``excerpts`` (FORMAT §7.9)."""
    token = _catalog.set({} if language == "en" else load_ts(language))
    try:
        return _render(case, sessions, language, identity_public, created_utc, earlier or [], excerpts or [])
    finally:
        _catalog.reset(token)


def _render(
    case: str,
    sessions: list[SessionExport],
    language: str,
    identity_public: bytes,
    created: str,
    earlier: list[tuple[str, str]],
    excerpts: list[dict[str, Any]],
) -> str:
    lang = {"zh_CN": "zh-Hans", "zh_TW": "zh-Hant"}.get(language, "en")

    title = translate("Report", H_REPORT)
    key = sshsig.ssh_fingerprint(identity_public)
    profile = str(sessions[0].facts.get("profile", "cn")) if sessions else "cn"
    # Printed: each page names the case and the vault key, and says "page x of y" (CSS paged media, where the
    # browser supports margin boxes; the running header below otherwise); table headers repeat on each page.
    head = translate("Report", PAGE_HEAD).replace("{case}", case).replace("{fingerprint}", key)
    page_of = translate("Report", PAGE_OF).split("{page}")
    before, _, after = (page_of[1] if len(page_of) > 1 else "").partition("{pages}")
    counter = f"{_css(page_of[0])} counter(page) {_css(before)} counter(pages) {_css(after)}"

    out: list[str] = []
    out.append(f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">')
    out.append(f"<title>{_e(title)}: {_e(case)}</title>")
    out.append(
        "<style>body{font-family:" + FONT_STACK + ";max-width:60em;margin:2em auto;padding:0 1em;line-height:1.5}"
        "table{border-collapse:collapse;width:100%}td,th{border:1px solid #bbb;padding:.2em .4em;text-align:left;"
        "vertical-align:top}.warn{background:#fff3cd;padding:.5em;border:1px solid #e0b000}"
        ".later{background:#eef}.unsigned{background:#fdd}.mono{font-family:monospace;word-break:break-all}"
        ".thumb{max-width:160px;max-height:160px;margin-top:.3em}.running{display:none}"
        "thead{display:table-header-group}tr{break-inside:avoid}"
        "@media print{body{max-width:none;margin:0}.running{display:block;font-size:8pt;color:#555}"
        "h2,h3{break-after:avoid}}"
        "@page{margin:18mm 14mm;@top-center{content:" + _css(head) + ";font-size:8pt}"
        "@bottom-center{content:" + counter + ";font-size:8pt}}"
        "</style></head><body>"
    )
    out.append(f'<div class="running">{_e(head)}</div>')
    out.append(f"<h1>{_e(title)}</h1>")
    out.append(f"<p>{_e(translate('Report', H_CASE))}: <b>{_e(case)}</b><br>")
    offset0 = int(sessions[0].facts.get("utc_offset_minutes", 0)) if sessions else 0
    for name, renamed in earlier:  # a renamed case: its current name above, each earlier one dated
        out.append(
            _e(translate("Report", RENAMED).replace("{name}", name)).replace("{when}", _when(renamed, offset0)) + "<br>"
        )
    offset = sessions[0].facts.get("utc_offset_minutes", 0) if sessions else 0
    out.append(f"{_e(translate('Report', H_EXPORTED))}: {_when(created, offset)}<br>")
    out.append(f'{_e(translate("Report", H_KEY))}: <span class="mono">{_e(key)}</span></p>')
    out.append(f'<div class="warn"><p>{_e(translate("Report", "This report is not legal advice."))}</p>')
    out.append(f"<p>{_e(emergency_line(profile))}</p></div>")
    case_facts = case_log.of_exports(sessions)  # every imported log of the case, the latest marks
    out.append(case_log.case_html(case_facts, translate))

    for se in sessions:
        s = se.summary
        offset = int(se.facts.get("utc_offset_minutes", 0))
        if case_log.is_marks(s.source):  # numbers marked by the owner (FORMAT §3.7)
            out.append(case_log.marks_html(se.id, se.marks, translate, offset, _when))
            continue
        if imports.is_import(s.source):  # imported files: their own section (recorder/archive/imports.py)
            out.append(imports.report_html(se.id, s.source, se.imported, se.attachments, offset, translate, _when))
            out.append(imports.call_log_html(se.facts.get("call_log") or [], translate))
            out.append(f"<!--calls:{_e(se.id)}-->")  # where report.pdf puts the contacts per day
            out.append(imports.integrity_html(s.head, s.last_checkpoint_hash, se.session_public, translate))
            continue
        out.append(f"<h2>{_e(translate('Report', H_RECORDING).replace('{id}', se.id))}</h2>")
        out.append(f"<p>{_e(translate('Report', ZONE_STATED).replace('{zone}', _zone_named(se)))}</p>")
        source = s.source or {}
        if source.get("live") is not True:
            out.append(
                '<p class="warn"><b>'
                + _e(
                    translate(
                        "Report", "Not a live recording: the sound comes from “{name}” ({kind}), not a microphone."
                    )
                )
                .replace("{name}", _e(W.input_name(source.get("name"), translate)))
                .replace("{kind}", _e(W.source_kind(source.get("kind"), translate)))
                + "</b></p>"
            )
        rows = [
            (translate("Report", "Start"), _when(s.start_utc, offset)),
            (translate("Report", "End"), _when(s.end_utc, offset)),
            (translate("Report", "Length of the audio"), _hms(int(s.audio_seconds * 1000))),
            (
                translate("Report", "Source"),
                _e(
                    translate("Report", SOURCE_TEXT)
                    .replace("{name}", W.input_name(source.get("name"), translate))
                    .replace("{kind}", W.source_kind(source.get("kind"), translate))
                ),
            ),
            (translate("Report", "Gaps"), _e(report_parts.gaps_cell(se, translate))),  # a call: both tracks
        ]
        if s.sealed:
            sealed = translate("Report", "Sealed ({reason})").replace(
                "{reason}", W.seal_reason(s.seal_reason, translate)
            )
            rows.append((translate("Report", "State"), _e(sealed)))
        else:
            rows.append(
                (
                    translate("Report", "State"),
                    _e(
                        translate(
                            "Report",
                            "Ended by interruption at {end}; the last {n} entries are hash-chained but not signed.",
                        )
                        .replace("{end}", _when(s.end_utc, offset))
                        .replace("{n}", str(s.unsigned_tail))
                    ),
                )
            )
        if s.unsigned_tail:
            signed_frames = se.events.frames_at.get(s.last_signed_seq, s.audio_frames)
            rate = s.audio_rate or 0
            rows.append(
                (
                    translate("Report", "Not signed"),
                    _e(
                        translate("Report", NOT_SIGNED_AFTER)
                        .replace("{position}", _hms(signed_frames * 1000 // rate if rate else 0))
                        .replace("{tail}", _hms((s.audio_frames - signed_frames) * 1000 // rate if rate else 0))
                    ),
                )
            )
        for part in se.audio_parts:
            rows.append((translate("Report", "Audio file"), f'<a href="{_e(part["path"])}">{_e(part["path"])}</a>'))
        out.append("<table>" + "".join(f"<tr><th>{_e(k)}</th><td>{v}</td></tr>" for k, v in rows) + "</table>")
        for gap in report_parts.my_gaps(se):
            out.append(
                "<p>"
                + _e(
                    translate("Report", GAP_LINE)
                    .replace("{when}", _when(gap.get("utc"), offset))
                    .replace("{seconds}", _seconds(gap.get("duration_ms")))
                    .replace("{reason}", W.gap_reason(gap.get("reason"), translate))
                )
                + "</p>"
            )

        out.append(report_parts.call_html(se, translate, offset, _when))  # a call's two tracks (FORMAT §7.10)
        out.append(f"<h3>{_e(translate('Report', H_FACTS))}</h3>")
        out.append(report_parts.facts_html(se.facts, translate))
        out.append(f"<!--chart:{_e(se.id)}-->")  # where report.pdf puts the chart of the visit
        out.append(f"<h3>{_e(translate('Report', H_TIMELINE))}</h3><table><thead><tr>")
        for column in (
            translate("Report", "Time (device clock)"),
            translate("Report", "Position in the audio"),
            translate("Report", "What"),
            translate("Report", H_DETAILS),
        ):
            out.append(f"<th>{_e(column)}</th>")
        out.append("</tr></thead><tbody>")
        for entry in se.events.events:
            out.append(_event_row(se, entry, offset))
        for entry, sitting in zip(se.review, se.review_sittings or [0] * len(se.review), strict=True):
            if entry.get("kind") == "annotation":
                out.append(_event_row(se, entry, offset, later=True, sitting=sitting))
        out.append("</tbody></table>")
        if se.review:
            later = translate(
                "Report", "Rows marked blue were added later, during review; they are not part of the recording."
            )
            out.append(f"<p>{_e(later)}</p>")

        out.append(f"<h3>{_e(translate('Report', H_INTEGRITY))}</h3><table>")
        integrity = [
            (translate("Report", "Entries in the hash chain"), _e(s.entries)),
            (translate("Report", "Last hash (SHA-256)"), f'<span class="mono">{_e(s.head)}</span>'),
            (
                translate("Report", "Fingerprint of the last signed entry"),
                _e(fingerprint(s.last_checkpoint_hash) if s.last_checkpoint_hash else "—"),
            ),
            (
                translate("Report", "Recording key (signs checkpoints and the seal)"),
                _e(sshsig.ssh_fingerprint(se.session_public)),
            ),
        ]
        out.append("".join(f"<tr><th>{_e(k)}</th><td>{v}</td></tr>" for k, v in integrity) + "</table>")
        if se.stamp_lines:  # trusted timestamps (issue 7), in the verifier's own words
            out.append(f"<h3>{_e(translate('Report', H_STAMPS))}</h3><ul>")
            # Already said in the report's language (the exporter passes it to the stamps module).
            out.append("".join(f"<li>{_e(line)}</li>" for line in se.stamp_lines) + "</ul>")

    out.append(report_excerpts.excerpts_html(excerpts, translate))  # rendering only, not facts (FORMAT §7.7)
    out.append(f"<h2>{_e(translate('Report', H_CHECKED))}</h2><ul>")
    proof = (
        translate(
            "Report",
            "Every audio block, note, tag and attachment was hashed (SHA-256) and chained to the previous entry "
            "at the moment it was captured.",
        ),
        translate(
            "Report",
            "A key made for each recording, kept only in memory and erased at its end, signed a checkpoint at "
            "least every second and the final seal.",
        ),
        translate(
            "Report",
            "The list of files (SHA256SUMS) is signed by the vault key {fingerprint}; VERIFY.txt shows how to "
            "check it with standard tools.",
        ).replace("{fingerprint}", sshsig.ssh_fingerprint(identity_public)),
        translate("Report", "The audio is the captured sound, sample for sample; nothing was converted."),
        translate(
            "Report",
            "Trusted timestamps (RFC 3161) from independent time-stamp authorities are included where listed "
            "above; each proves its entry existed no later than the time it states, and VERIFY.txt shows how to "
            "check it with openssl. All other times come from the recording device's own clock.",
        )
        if any(se.extra_commands for se in sessions)
        else translate(
            "Report",
            "All times come from the recording device's own clock. No trusted timestamp is included, so the "
            "time of recording is not independently proven.",
        ),
        translate("Messages", SHARE_EXPLAINED),
        translate(
            "Report", "Nothing here proves that the recorded events were not staged, or that what was said is true."
        ),
        translate(
            "Report",
            "Stated by the person who exported this package, not proven by it: which recordings make up the case "
            "(nothing in a package can show that no other recording was left out), the time zone of the local "
            "times ({zone}), and the dates of later annotations (their device's clock).",
        ).replace("{zone}", _zone(sessions[0].facts.get("utc_offset_minutes", 0) if sessions else 0)),
    )
    for line in proof:
        out.append(f"<li>{_e(line)}</li>")
    out.append("</ul>")
    out.append(f"<h2>{_e(translate('Report', H_NOTE))}</h2><ul>")
    for line in (
        translate("Report", "This report is not legal advice."),
        translate(
            "Report", "Laws on recording conversations, and on whose consent is needed, differ from place to place."
        ),
        translate("Report", "Give recordings to the police, a regulator or a lawyer rather than publishing them."),
        emergency_line(profile),
    ):
        out.append(f"<li>{_e(line)}</li>")
    out.append("</ul>")
    facts = canonical_json(facts_document(sessions, case_facts)).decode("utf-8").replace("</", "<\\/")
    out.append(f'<script type="application/json" id="{FACTS_ID}">{facts}</script>')
    out.append("</body></html>\n")
    return "".join(out)


def pdf_input(page: str, *, case: str, language: str, identity_public: bytes, created_utc: str) -> ReportPdfInput:
    """What report.pdf is made from: the page rendered by :func:`render`, its facts (the same bytes as its facts
    block), and the words the PDF adds (tag labels for the charts, the page header and footer) in ``language``."""
    doc = extract_facts(page)  # the page's own facts block, byte for byte what it holds
    token = _catalog.set({} if language == "en" else load_ts(language))
    try:
        key = sshsig.ssh_fingerprint(identity_public)
        return ReportPdfInput(
            html=page,
            facts=doc if isinstance(doc, dict) else {},
            facts_json=canonical_json(doc),
            language=language,
            case=case,
            key_fingerprint=key,
            created_utc=created_utc,
            tag_labels={code: translate("Tags", tag.label) for code, tag in BY_CODE.items()},
            page_head=translate("Report", PAGE_HEAD).replace("{case}", case).replace("{fingerprint}", key),
            page_of=translate("Report", PAGE_OF),
            no_thumbnail=translate("Report", report_thumbs.NOT_SHOWN),
        )
    finally:
        _catalog.reset(token)
