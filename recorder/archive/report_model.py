"""What the report shows of one exported session: plain data, filled by the exporter and read by the report
(``report``), which therefore knows nothing of how an archive is written (issue 15, layout note)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..core.chain import ChainSummary
from .facts import SessionEvents


@dataclass
class SessionExport:
    """What the report and manifest need of one exported session (no audio bytes)."""

    id: str
    summary: ChainSummary
    events: SessionEvents
    session_public: bytes
    audio_parts: list[dict[str, Any]] = field(default_factory=list)
    attachments: dict[int, str] = field(default_factory=dict)
    imported: list[dict[str, Any]] = field(default_factory=list)  # import and derived entries (archive.imports)
    derived: dict[int, bytes] = field(default_factory=dict)  # a derived entry's stored bytes, by its seq
    marks: list[dict[str, Any]] = field(default_factory=list)  # a marks session's mark entries (archive.case_log)
    review: list[dict[str, Any]] = field(default_factory=list)
    review_sittings: list[int] = field(default_factory=list)  # the review sitting of each entry of ``review``
    sitting_stamps: dict[int, str] = field(default_factory=dict)  # sitting → the time a token proves (UTC words)
    review_paths: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    extra_commands: list[str] = field(default_factory=list)
    stamp_lines: list[str] = field(default_factory=list)  # trusted timestamps, in words (recorder.archive.stamps)
    interrupted_utc: str | None = None
    facts: dict[str, Any] = field(default_factory=dict)
    call_members: dict[str, Any] | None = None  # a call's manifest ``call`` (archive.call_export, FORMAT §7.10)
    thumbnails: dict[str, bytes | None] = field(default_factory=dict)  # photo member → JPEG for report.pdf, or None


@dataclass
class CaseName:
    """A case's current name and the names it had before (each with the time it was renamed, UTC), oldest first:
    the app's case book renames a case without rewriting any recording, whose start entry keeps its first name."""

    current: str
    earlier: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class ReportPdfInput:
    """What report.pdf is made of: the report page already rendered in the reader's language, and its facts (the
    very bytes of report.html's facts block, which the PDF carries in its metadata, FORMAT §7.7)."""

    html: str
    facts: dict[str, Any]
    facts_json: bytes
    language: str
    case: str
    key_fingerprint: str
    created_utc: str
    tag_labels: dict[str, str] = field(default_factory=dict)  # tag code → its label in the report's language
    page_head: str = ""  # each page's header: the case and the vault key, in the report's language
    page_of: str = "{page} / {pages}"  # each page's footer, in the report's language
    # Photo attachments by member path: a small JPEG made from the original in memory (archive.report_thumbs), or
    # None when the bytes could not be read safely as an image; ``no_thumbnail`` says so, in the report's language.
    thumbnails: dict[str, bytes | None] = field(default_factory=dict)
    no_thumbnail: str = "(photo not shown)"


PdfRenderer = Callable[[ReportPdfInput], bytes]
