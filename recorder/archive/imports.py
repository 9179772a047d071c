"""Import sessions in the archive (issue 14 §1, DESIGN §10): where their originals go, and what the report and the
verifier say of them — imported, not recorded by this app; content before the import not proven; any change
from the import on detected.

The exporter, the verifier and the report call these few functions (small hooks, like hooks.py's for stamps);
the originals themselves are checked as attachments are (SHA-256 and size against the entry, docs/FORMAT.md §7).
"""

from __future__ import annotations

import hashlib
import html
import json
from collections.abc import Callable
from typing import Any, Protocol

from ..core.chain import fingerprint
from ..core.errors import RecorderError
from ..core.messages import QT_TRANSLATE_NOOP
from ..importing import calllog, iphone_encrypted, pattern
from ..importing.logs import SCREENSHOT_PARSER, parse_again
from . import layout, sshsig
from .member_reader import MemberReader


class SessionCheck(Protocol):
    """What ``check_derived`` needs of the verifier's check of one session (session_check.SessionCheck), named
    here so that this module need not import the check that calls it."""

    v: MemberReader
    m: dict[str, Any]
    id: str
    base: str
    imported: list[dict[str, Any]]

    def problem(self, message: str, **params: Any) -> None: ...


IMPORTED_DIR = "imported"
DERIVED_DIR = "derived"
STORED_KINDS = frozenset({"attachment", "import", "derived"})  # entries that stand for a stored file (a blob)
# Export profiles (recorder export --profile) → the call-log rule profiles (resources/rules/).
RULES_OF_PROFILE = {"cn": "cn-cba-2026", "us": "us-reg-f", "tw": "tw", "hk": "hk"}
# Tags of a recording worth showing in the report (all are kept in the import entry).
SHOWN_TAGS = frozenset({"Make", "Model", "DateTimeOriginal", "OffsetTimeOriginal",
                        "creation_time", "date", "com.android.model", "com.android.manufacturer", "model", "make",
                        "com.apple.quicktime.model", "com.apple.quicktime.make", "com.apple.quicktime.creationdate",
                        "location", "title", "comment"})  # fmt: skip
MAX_REPARSE = 256 << 20  # an imported call log parsed again by the verifier (they are megabytes at most)
IMPORT_SOURCE_KIND = "import"

ST_IMPORTED = QT_TRANSLATE_NOOP(
    "Archive",
    "Import {session}: %n files imported on {when}, NOT recorded by this app (source stated: “{source}”). "
    "Their content before the import is not proven by this app; from the import on, the files are byte-identical "
    "to what was imported.",
    None,
    1,  # plural: the number is the parameter n
)
IMPORTED_MISMATCH = QT_TRANSLATE_NOOP(
    "Archive", "The imported file {name} (entry {seq}) does not match the hash recorded at its import."
)
DERIVED_MISMATCH = QT_TRANSLATE_NOOP(
    "Archive", "The derived rows {name} (entry {seq}) do not match the hash recorded at the import."
)
DERIVED_DIFFERS = QT_TRANSLATE_NOOP(
    "Archive",
    "Import {session}: the rows of entry {seq} could not be derived again from the imported original ({what}).",
)
ST_CONFIRMED = QT_TRANSLATE_NOOP(
    "Archive",
    "Import {session}: {rows} call rows were read from a screenshot and confirmed or corrected by the user; they are "
    "the user's reading of the image, not derived again by the verifier.",
)
ST_ENCRYPTED_BACKUP = QT_TRANSLATE_NOOP(
    "Archive",
    "Import {session}: {rows} call-log rows were decrypted from an encrypted iPhone backup with its passphrase, "
    "which the package does not hold: the encrypted originals are checked, the rows could not be derived again.",
)
ST_DERIVED = QT_TRANSLATE_NOOP(
    "Archive",
    "Import {session}: the {rows} call-log rows were parsed again from the imported original (parser {parser}, "
    "version {version}) and are identical; the call and message figures in the report were recomputed from them.",
)


def is_import(source: Any) -> bool:
    """Whether a session's start ``source`` makes it an import session (docs/FORMAT.md §3.5)."""
    return isinstance(source, dict) and source.get("kind") == IMPORT_SOURCE_KIND


def member_path(base: str, entry: dict[str, Any]) -> str:
    """The archive member of a stored file: ``imported/`` for an imported original, ``attachments/`` otherwise."""
    kind = entry.get("kind")
    folder = IMPORTED_DIR if kind == "import" else DERIVED_DIR if kind == "derived" else layout.ATTACHMENTS_DIR
    name = layout.safe_file_name(str((entry.get("body") or {}).get("name")))
    return f"{base}/{folder}/{int(entry['seq']):06d}-{name}"


def statement(session: str, source: Any, imported: list[dict[str, Any]]) -> tuple[str, dict[str, Any]]:
    """The verifier's sentence (and its parameters) for an import session whose checks all hold."""
    imported = [e for e in imported if e.get("kind") == "import"]
    when = str(imported[0].get("utc")) if imported else "?"
    name = source.get("name") if isinstance(source, dict) else None
    return ST_IMPORTED, {"session": session, "n": len(imported), "when": when, "source": name or "—"}


def report_html(
    sid: str,
    source: Any,
    imported: list[dict[str, Any]],
    paths: dict[int, str],
    offset: int,
    translate: Callable[[str, str], str],
    when: Callable[[str | None, int], str],
) -> str:
    """The report's section for one import session: the plain statement, then one row per imported file."""

    def e(value: Any) -> str:
        return html.escape(str(value), quote=True)

    name = source.get("name") if isinstance(source, dict) else None
    heading = translate("Report", "Imported files")  # outside the f-string, so that lupdate collects it
    out = [f"<h2>{e(heading)} ({e(sid)})</h2>"]
    plain = translate(
        "Report",
        "Imported, not recorded by this app. Their content before the import is not proven by this app; from the "
        "import on, any change is detected (each file's SHA-256 was chained and signed at the import).",
    )
    out.append(f'<p class="warn"><b>{e(plain)}</b></p>')
    stated = translate("Report", "Source stated by the user: {source}").replace("{source}", e(name or "—"))
    out.append(f"<p>{stated}</p><table><tr>")
    for head in (
        translate("Report", "File"),
        translate("Report", "Size (bytes)"),
        translate("Report", "SHA-256"),
        translate("Report", "File times as found (not proven)"),
        translate("Report", "Imported (device clock)"),
    ):
        out.append(f"<th>{e(head)}</th>")
    out.append("</tr>")
    for entry in (e for e in imported if e.get("kind") == "import"):
        body, ref = entry.get("body") or {}, entry.get("payload") or {}
        path = paths.get(int(entry.get("seq", -1)))
        label = e(body.get("folder_path") or body.get("name", ""))
        link = f'<a href="{e(path)}">{label}</a>' if path else label
        read = body.get("read_from_file")
        if isinstance(read, dict):  # what the recording states about itself: read, not measured by this app
            head = translate("Report", "Read from the file, not measured by this app ({reader} {version}):")
            head = head.replace("{reader}", str(read.get("reader"))).replace(
                "{version}", str(read.get("reader_version"))
            )
            ms = read.get("stated_duration_ms")
            if "codec" in read:
                facts = [
                    f"{read.get('codec')}, {read.get('sample_rate')} Hz, {read.get('channels')} ch",
                    f"{int(ms) / 1000:.3f} s" if isinstance(ms, int) else "",
                ]
            else:
                facts = [f"{read.get('format')}, {read.get('width')}×{read.get('height')}"]
            tags = read.get("tags")
            tags = tags if isinstance(tags, dict) else {}
            facts += [f"{k}: {v}" for k, v in sorted(tags.items()) if k in SHOWN_TAGS]
            link += f"<br><small>{e(head)} {e('; '.join(f for f in facts if f))}</small>"
        times = body.get("file_times")
        times = times if isinstance(times, dict) else {}
        found = "<br>".join(f"{e(k)}: {when(str(v), offset)}" for k, v in sorted(times.items()))
        out.append(
            f'<tr><td>{link}</td><td>{e(ref.get("size", "?"))}</td><td class="mono">{e(ref.get("sha256", "?"))}'
            f"</td><td>{found}</td><td>{when(entry.get('utc'), offset)}</td></tr>"
        )
    out.append("</table>")
    return "".join(out)


def integrity_html(
    head: str, last_signed: str | None, session_public: bytes, translate: Callable[[str, str], str]
) -> str:
    """The chain's head, the fingerprint of its seal and the import's signing key, as for a recording."""
    rows = (
        (translate("Report", "Last hash (SHA-256)"), f'<span class="mono">{html.escape(head)}</span>'),
        (
            translate("Report", "Fingerprint of the last signed entry"),
            html.escape(fingerprint(last_signed) if last_signed else "—"),
        ),
        (
            translate("Report", "Import key (signed the import and its seal, then erased)"),
            html.escape(sshsig.ssh_fingerprint(session_public)),
        ),
    )
    body = "".join(f"<tr><th>{html.escape(k)}</th><td>{v}</td></tr>" for k, v in rows)
    return f"<h3>{html.escape(translate('Report', 'Integrity'))}</h3><table>{body}</table>"


def mismatch_message(entries: list[dict[str, Any]], seq: int) -> str | None:
    """The verifier's sentence for a stored file of an import session whose bytes differ; None for an attachment."""
    kind = next((e.get("kind") for e in entries if e.get("seq") == seq), None)
    return IMPORTED_MISMATCH if kind == "import" else DERIVED_MISMATCH if kind == "derived" else None


def _rows(data: bytes) -> list[calllog.Row]:
    return [json.loads(line) for line in data.splitlines() if line]


def derived_facts(entries: list[dict[str, Any]], derived: dict[int, bytes], profile: str) -> dict[str, Any]:
    """The report's call-log facts of one import session: for each derived entry whose rows are known, the pattern
    computed from them (docs/FORMAT.md §3.6) with the export's profile. Empty for any other session, so a
    recording's facts are unchanged."""
    out = []
    for entry in entries:
        seq, body = entry.get("seq"), entry.get("body") or {}
        if entry.get("kind") != "derived" or not isinstance(seq, int) or seq not in derived:
            continue
        try:
            rows = _rows(derived[seq])
            marks = body.get("marks") if isinstance(body.get("marks"), dict) else {}
            facts = pattern.compute(rows, str(body.get("time_zone")), RULES_OF_PROFILE.get(profile, profile), marks)
        except (RecorderError, KeyError, TypeError, ValueError):
            continue
        item: dict[str, Any] = {"seq": seq, "rows": len(rows), "pattern": facts}
        if body.get("read_from") == "screenshot":
            item["read_from"] = "screenshot"  # rows the user confirmed from a screenshot, labelled as such
        out.append(item)
    return {"call_log": out} if out else {}


def check_derived(sc: SessionCheck) -> dict[int, bytes]:
    """Parse each imported call log again from its original in the archive, with the parser and version its
    derived entry names; the rows must be the very rows recorded (same SHA-256). Returns the rows re-derived."""
    paths = {a.get("seq"): a.get("path") for a in sc.m.get("attachments") or [] if isinstance(a, dict)}
    kinds = {e.get("seq"): e.get("kind") for e in sc.imported}
    out: dict[int, bytes] = {}
    for entry in sc.imported:
        seq, body, ref = entry.get("seq"), entry.get("body") or {}, entry.get("payload") or {}
        if entry.get("kind") != "derived" or not isinstance(seq, int):
            continue

        def differs(what: str, seq: int = seq) -> None:
            sc.problem(DERIVED_DIFFERS, session=sc.id, seq=seq, what=what)

        of = body.get("of")
        if not (
            isinstance(of, list) and of and all(isinstance(o, int) and kinds.get(o) == "import" and o < seq for o in of)
        ):
            differs("it names no imported file of this import")
            continue
        if body.get("parser") == iphone_encrypted.PARSER_NAME:
            # Only the backup passphrase decrypts the originals (kept as found, encrypted), and the package does not
            # hold it: the rows' bytes are checked and their figures recomputed, but they are not derived again.
            own = paths.get(seq)
            data = sc.v.read_small(str(own), MAX_REPARSE) if isinstance(own, str) else None
            if data is not None and hashlib.sha256(data).hexdigest() == ref.get("sha256"):
                out[seq] = data
                sc.v.statement(ST_ENCRYPTED_BACKUP, session=sc.id, rows=body.get("rows"))
            continue
        if body.get("parser") == SCREENSHOT_PARSER and body.get("confirmed_by_user") is True:
            # OCR proposed these rows and the user confirmed them: their bytes are checked (as a stored file),
            # their figures recomputed from them, but they cannot be derived again from the image.
            own = paths.get(seq)
            data = sc.v.read_small(str(own), MAX_REPARSE) if isinstance(own, str) else None
            if data is not None and hashlib.sha256(data).hexdigest() == ref.get("sha256"):
                out[seq] = data
                sc.v.statement(ST_CONFIRMED, session=sc.id, rows=body.get("rows"))
            continue
        names = [paths.get(o) for o in of]
        if not all(isinstance(n, str) and n.startswith(sc.base + "/") for n in names):
            differs("the original is missing")
            continue
        originals = [sc.v.read_small(str(n), MAX_REPARSE) for n in names]
        if any(o is None for o in originals):
            continue
        try:
            rows = calllog.rows_bytes(parse_again(body, [bytes(o or b"") for o in originals], str(names[0])))
        except RecorderError as exc:
            differs(exc.sentence())
            continue
        if hashlib.sha256(rows).hexdigest() != ref.get("sha256") or len(rows) != ref.get("size"):
            differs("the rows parsed now are not the rows recorded")
            continue
        out[seq] = rows
        sc.v.statement(
            ST_DERIVED,
            session=sc.id,
            rows=body.get("rows"),
            parser=body.get("parser"),
            version=body.get("parser_version"),
        )
    return out


def call_log_html(call_logs: list[dict[str, Any]], translate: Callable[[str, str], str]) -> str:
    """The report's call and message figures: a table per day and the guideline findings, as computed."""

    def e(value: Any) -> str:
        return html.escape(str(value), quote=True)

    def fill(template: str, **params: Any) -> str:
        for key, value in params.items():
            template = template.replace("{" + key + "}", str(value))
        return e(template)

    out: list[str] = []
    for log in call_logs:
        facts = log["pattern"]
        rules = facts.get("rules") or {}
        rule = rules.get("title")
        guideline = facts.get("guideline") or {}
        title = translate("Report", "Calls and messages (derived from the imported log)")  # collected by lupdate
        out.append(f"<h3>{e(title)}</h3>")
        if log.get("read_from") == "screenshot":
            label = translate("Report", "Read from a screenshot and confirmed by the user ({rows} rows).")
            out.append(f"<p><b>{fill(label, rows=log['rows'])}</b></p>")
        zone_line = translate(
            "Report", "Times in {zone}, the phone's time zone as stated at the import. Rules: {rules}."
        )
        out.append(f"<p>{fill(zone_line, zone=facts.get('time_zone'), rules=rule)}</p>")
        heads = (
            translate("Report", "Day"),
            translate("Report", "Calls received"),
            translate("Report", "Missed"),
            translate("Report", "Rejected or blocked"),
            translate("Report", "Messages received"),
        )
        out.append("<table><tr>" + "".join(f"<th>{e(h)}</th>" for h in heads) + "</tr>")
        for day, c in (facts.get("per_day") or {}).items():
            cells = (day, c["calls_in"], c["missed"], c["rejected"], c["messages_in"])
            out.append("<tr>" + "".join(f"<td>{e(v)}</td>" for v in cells) + "</tr>")
        out.append("</table><ul>")
        window = facts.get("restricted_hours")
        if window:
            line = translate("Report", "Contacts between {start} and {end}: {count}.")
            out.append(f"<li>{fill(line, start=window['from'], end=window['to'], count=window['count'])}</li>")
        for item in guideline.get("over_unanswered_per_day", []):
            line = translate("Report", "{day}: {n} unanswered calls from {number} — exceeds guideline {rule}.")
            text = fill(line, day=item["day"], n=item["unanswered"], number=item["number"], rule=rule)
            out.append(f"<li>{text}</li>")
        for item in guideline.get("over_calls_in_7_days", []):
            line = translate("Report", "7 days up to {day}: {n} calls from {number} — exceeds guideline {rule}.")
            text = fill(line, day=item["span_end"], n=item["calls"], number=item["number"], rule=rule)
            out.append(f"<li>{text}</li>")
        for item in guideline.get("calls_after_conversation", []):
            line = translate(
                "Report", "{when}: a call from {number} within 7 days after a conversation — exceeds guideline {rule}."
            )
            out.append(f"<li>{fill(line, when=item['local'], number=item['number'], rule=rule)}</li>")
        if not rules.get("source"):
            line = translate("Report", "No rule is cited for this region: the counts are shown without a guideline.")
            out.append(f"<li>{e(line)}</li>")
        out.append("</ul>")
    return "".join(out)
