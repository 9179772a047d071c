"""The report's list of the excerpts the archive carries (FORMAT §7.9, the manifest's ``excerpts``): for each, the
recording, the stretch (from–to in the audio, with the tag or time it was given by), its members and what they
prove. Rendering only — the excerpts are not facts of the facts block (§7.7); ``recorder verify`` checks them from
the manifest. Qt-free, given the report's ``translate``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..core.messages import QT_TRANSLATE_NOOP
from ..core.tags import BY_CODE
from .report_parts import e, hms

Translate = Callable[[str, str], str]

H_EXCERPTS = QT_TRANSLATE_NOOP("Report", "Excerpts in this package")
EXCERPTS_PROVE = QT_TRANSLATE_NOOP(
    "Report",
    "Each excerpt's WAV file holds exactly the recording's own samples of that stretch: “recorder verify” checks "
    "them against the recording's audio in this package. The Opus file beside it is a smaller copy made from those "
    "samples for listening; it is not evidence.",
)
EXCERPT_LINE = QT_TRANSLATE_NOOP("Report", "Excerpt {n}: recording {id}, from {start} to {end} in the audio ({length})")
AT_TAG = QT_TRANSLATE_NOOP("Report", "{position} (the tag “{tag}”)")
EXCERPT_FILES = QT_TRANSLATE_NOOP("Report", "The original samples: {wav}; a copy for listening: {opus}")
EXCERPT_SHA = QT_TRANSLATE_NOOP("Report", "SHA-256 of the samples: {sha256}")
EXCERPT_CROSSES = QT_TRANSLATE_NOOP("Report", "Pauses or gaps inside the stretch: {n}")


def _end(frame: int, rate: int, given: Any, translate: Translate) -> str:
    """A position in the audio, and the tag it was given by (a time or a dragged stretch says nothing more)."""
    position = hms(frame * 1000 // rate if rate > 0 else 0)
    if isinstance(given, dict) and ("tag" in given or "code" in given):
        tag = BY_CODE.get(str(given.get("code")))
        label = translate("Tags", tag.label) if tag is not None else str(given.get("tag") or "")
        return translate("Report", AT_TAG).replace("{position}", position).replace("{tag}", label)
    return position


def _link(path: Any) -> str:
    return f'<a href="{e(path)}">{e(path)}</a>'


def excerpts_html(excerpts: list[dict[str, Any]], translate: Translate) -> str:
    """The section, or nothing when the archive carries no excerpt."""
    if not excerpts:
        return ""
    out = [f"<h2>{e(translate('Report', H_EXCERPTS))}</h2>", f"<p>{e(translate('Report', EXCERPTS_PROVE))}</p><ul>"]
    for n, x in enumerate(excerpts, start=1):
        rate, start, frames = int(x.get("rate", 0)), int(x.get("frame_start", 0)), int(x.get("frames", 0))
        head = (
            translate("Report", EXCERPT_LINE)
            .replace("{n}", f"{n:02d}")
            .replace("{id}", str(x.get("session", "")))
            .replace("{start}", _end(start, rate, x.get("from"), translate))
            .replace("{end}", _end(start + frames, rate, x.get("to"), translate))
            .replace("{length}", hms(frames * 1000 // rate if rate > 0 else 0))
        )
        wav, opus = (x.get("wav") or {}).get("path", ""), (x.get("compressed") or {}).get("path", "")
        files = e(translate("Report", EXCERPT_FILES)).replace("{wav}", _link(wav)).replace("{opus}", _link(opus))
        sha = e(translate("Report", EXCERPT_SHA)).replace(
            "{sha256}", f'<span class="mono">{e(x.get("samples_sha256", ""))}</span>'
        )
        lines = [f"<b>{e(head)}</b>", files, sha]
        if x.get("crosses"):
            lines.append(e(translate("Report", EXCERPT_CROSSES).replace("{n}", str(len(x["crosses"])))))
        out.append("<li>" + "<br>".join(lines) + "</li>")
    out.append("</ul>")
    return "".join(out)
