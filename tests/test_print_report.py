"""Print the report from the app (issue 15 §5): the package's report, in the language chosen at its export, laid
out on a QPrinter with the user's page setup (here a PDF printer, offscreen), and a sentence for a file that is
not a package."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrinter

from recorder.archive.export import export_archive
from recorder.core.vault import Vault
from recorder.gui import print_report
from tests.archive_sessions import record
from tests.fixtures.core import PASSPHRASE


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("print")
    vault = Vault.create(root / "home", PASSPHRASE)
    sid = record(vault, "上門催收", seconds=4)
    out = root / "zh_TW.zip"
    export_archive(vault, vault.unlock(PASSPHRASE), [sid], out, language="zh_TW")
    return out


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def _size(pdf: Path) -> str:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return next(line for line in info.splitlines() if line.startswith("Page size:"))


def test_the_report_prints_in_its_language_on_the_chosen_paper(qapp: Any, package: Path, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageLayout(  # the page setup a user made: US Letter, landscape
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.Letter),
            QPageLayout.Orientation.Landscape,
            QMarginsF(10, 10, 10, 10),
            QPageLayout.Unit.Millimeter,
        )
    )
    pages = print_report.print_report(print_report.report_source(package), printer)
    text = _text(tmp_path / "printed.pdf")
    assert pages >= 1 and f"第 1 頁，共 {pages} 頁" in text
    assert "證據報告" in text and "由標記得出的事實" in text and "Evidence report" not in text
    assert "案件 上門催收 · 證據庫金鑰 SHA256:" in text  # each page's header
    assert "792 x 612 pts (letter)" in _size(tmp_path / "printed.pdf")


def test_the_window_flow_page_setup_then_print(
    qapp: Any, package: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "flow.pdf"
    seen: list[str] = []

    def page_setup(dialog: QPageSetupDialog) -> int:
        seen.append("page setup")
        dialog.printer().setPageSize(QPageSize(QPageSize.PageSizeId.A5))
        return QPageSetupDialog.DialogCode.Accepted.value

    def print_dialog(dialog: QPrintDialog) -> int:
        seen.append("print")
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # "print to file"
        dialog.printer().setOutputFileName(str(out))
        return QPrintDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPageSetupDialog, "exec", page_setup)
    monkeypatch.setattr(QPrintDialog, "exec", print_dialog)
    assert print_report.print_package(None, package) >= 1  # type: ignore[arg-type]
    assert seen == ["page setup", "print"]
    assert "證據報告" in _text(out) and "(A5)" in _size(out)


def test_a_file_that_is_not_a_package_is_one_sentence(tmp_path: Path) -> None:
    bad = tmp_path / "notes.zip"
    bad.write_bytes(b"not a zip at all")
    with pytest.raises(print_report.NotPrintable) as caught:
        print_report.report_source(bad)
    assert str(caught.value).startswith("notes.zip is not an evidence package whose report can be printed")
