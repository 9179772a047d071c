"""Print an evidence package's report from the app (issue 15 §5): the package's report page, in the language
chosen when it was exported, laid out exactly as report.pdf is (recorder.report_pdf.render.paint) on a QPrinter
after the user's page setup and print dialog. The package is read with the verifier's container reader (bounded,
nothing extracted); its report is printed as it stands — Verify says whether the package holds."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..archive import layout, report_thumbs
from ..archive.report import pdf_input
from ..archive.report_model import ReportPdfInput
from ..archive.safezip import Refused, SafeZip
from ..core.canonical import unb64
from ..core.errors import RecorderError
from ..core.messages import QT_TRANSLATE_NOOP
from ..report_pdf import render

NOT_A_PACKAGE = QT_TRANSLATE_NOOP("Messages", "{name} is not an evidence package whose report can be printed ({why}).")


class NotPrintable(RecorderError):
    pass


def report_source(path: Path) -> ReportPdfInput:
    """The report of the package at ``path`` as report.pdf is made from it (its page, facts, case and key)."""
    try:
        with SafeZip(path) as z:
            manifest: Any = json.loads(z.read_small(layout.MANIFEST))
            page = z.read_small(layout.REPORT, layout.MAX_REPORT).decode("utf-8")
            thumbnails = report_thumbs.of_page(page, z.read_small)  # the photos, read into memory only
    except (OSError, Refused, ValueError, UnicodeDecodeError) as exc:
        raise NotPrintable(NOT_A_PACKAGE, name=path.name, why=str(exc)) from None
    try:
        case = str(manifest["sessions"][0]["case"])
        identity = unb64(manifest["identity"]["public"])
        language, created = str(manifest["language"]), str(manifest["created_utc"])
    except (KeyError, IndexError, TypeError, ValueError):
        raise NotPrintable(NOT_A_PACKAGE, name=path.name, why="manifest.json") from None
    source = pdf_input(page, case=case, language=language, identity_public=identity, created_utc=created)
    source.thumbnails = thumbnails
    return source


def print_report(source: ReportPdfInput, printer: QPrinter) -> int:
    """Print (or, with a PDF printer, write) the report; returns the number of pages."""
    with render._lock:
        return render.paint(source, printer)


def print_package(parent: QWidget, path: Path | None = None) -> int:
    """The whole flow from the window: choose a package, page setup, the print dialog, print. Pages printed."""
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("PrintReport", "Print the report of an evidence package"), "", "*.zip"
        )
        if not chosen:
            return 0
        path = Path(chosen)
    try:
        source = report_source(path)
    except RecorderError as exc:
        title = QCoreApplication.translate("PrintReport", "Print the report")
        QMessageBox.warning(parent, title, exc.sentence(QCoreApplication.translate))
        return 0
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(source.case)
    if QPageSetupDialog(printer, parent).exec() != QPageSetupDialog.DialogCode.Accepted:
        return 0
    if QPrintDialog(printer, parent).exec() != QPrintDialog.DialogCode.Accepted:
        return 0
    return print_report(source, printer)
