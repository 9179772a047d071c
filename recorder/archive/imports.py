"""Import sessions in the archive (issue 14 §1, DESIGN §10): where their originals go, and what the report and the
verifier say of them — imported, not recorded by this app; content before the import not proven; any change
from the import on detected.

The exporter, the verifier and the report call these few functions (small hooks, like hooks.py's for stamps);
the originals themselves are checked as attachments are (SHA-256 and size against the entry, docs/FORMAT.md §7).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from ..core.chain import fingerprint
from ..core.messages import QT_TRANSLATE_NOOP
from . import layout, sshsig

IMPORTED_DIR = "imported"
STORED_KINDS = frozenset({"attachment", "import"})  # entries that stand for a stored file (a blob)
IMPORT_SOURCE_KIND = "import"

ST_IMPORTED = QT_TRANSLATE_NOOP(
    "Archive",
    "Import {session}: {count} file(s) imported on {when}, NOT recorded by this app (source stated: “{source}”). "
    "Their content before the import is not proven by this app; from the import on, the files are byte-identical "
    "to what was imported.",
)
IMPORTED_MISMATCH = QT_TRANSLATE_NOOP(
    "Archive", "The imported file {name} (entry {seq}) does not match the hash recorded at its import."
)


def is_import(source: Any) -> bool:
    """Whether a session's start ``source`` makes it an import session (docs/FORMAT.md §3.5)."""
    return isinstance(source, dict) and source.get("kind") == IMPORT_SOURCE_KIND


def member_path(base: str, entry: dict[str, Any]) -> str:
    """The archive member of a stored file: ``imported/`` for an imported original, ``attachments/`` otherwise."""
    folder = IMPORTED_DIR if entry.get("kind") == "import" else layout.ATTACHMENTS_DIR
    name = layout.safe_file_name(str((entry.get("body") or {}).get("name")))
    return f"{base}/{folder}/{int(entry['seq']):06d}-{name}"


def statement(session: str, source: Any, imported: list[dict[str, Any]]) -> tuple[str, dict[str, Any]]:
    """The verifier's sentence (and its parameters) for an import session whose checks all hold."""
    when = str(imported[0].get("utc")) if imported else "?"
    name = source.get("name") if isinstance(source, dict) else None
    return ST_IMPORTED, {"session": session, "count": len(imported), "when": when, "source": name or "—"}


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
    out = [f"<h2>{e(translate('Report', 'Imported files'))} ({e(sid)})</h2>"]
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
    for entry in imported:
        body, ref = entry.get("body") or {}, entry.get("payload") or {}
        path = paths.get(int(entry.get("seq", -1)))
        label = e(body.get("folder_path") or body.get("name", ""))
        link = f'<a href="{e(path)}">{label}</a>' if path else label
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
