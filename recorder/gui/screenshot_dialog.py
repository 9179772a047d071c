"""A call-list screenshot read offline (issue 14 §2): OCR proposes rows, the user confirms or corrects them in a
table, and only then are they imported (the screenshot itself byte-identical, the rows labelled "read from a
screenshot", confirmed by the user). OCR and the import run off the GUI thread."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from ..core.errors import RecorderError
from ..core.vault import Vault, VaultKeys
from .i18n import sentence
from .job_dialog import JobDialog
from .worker import Runner

COLUMNS = ("number", "direction", "local", "duration_s")


def local_text(time_text: str | None, year: int) -> str:
    """ "11-02 15:58" → "YYYY-11-02 15:58" (the year is the user's to check); "" when OCR found no time."""
    if not time_text:
        return ""
    parts = time_text.replace("/", "-").replace("月", "-").replace("日", " ").split()
    if len(parts) == 2 and "-" in parts[0]:
        month, day = parts[0].split("-")[:2]
        return f"{year:04d}-{int(month):02d}-{int(day):02d} {parts[1]}"
    return f"{date.today().isoformat()} {parts[-1]}"


class ScreenshotDialog(JobDialog):
    imported = Signal()

    def __init__(
        self, vault: Vault, keys: VaultKeys, case: str, path: Path, runner: Runner, parent: QWidget | None = None
    ) -> None:
        super().__init__(runner, parent)
        self.vault, self.keys, self.case, self.path = vault, keys, case, path
        self.result: Any = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.year = QLineEdit(str(date.today().year))
        self.time_zone = QLineEdit()
        self.source = QLineEdit()
        self.table = QTableWidget(0, len(COLUMNS))
        self.read_button = QPushButton()
        self.read_button.clicked.connect(self.read)
        self.confirm_button = QPushButton()
        self.confirm_button.clicked.connect(self.confirm)
        self.confirm_button.setEnabled(False)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        layout = QVBoxLayout(self)
        for w in (self.intro, self.year, self.time_zone, self.source, self.read_button, self.progress, self.table):
            layout.addWidget(w)
        layout.addWidget(self.confirm_button)
        layout.addWidget(self.outcome)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Calls read from a screenshot: {name}").replace("{name}", self.path.name))
        self.intro.setText(
            self.tr(
                "The text of the screenshot is read on this computer. Check every row and correct it where it is "
                "wrong: only the rows you confirm count, and they stay labelled “read from a screenshot”."
            )
        )
        self.year.setPlaceholderText(self.tr("Year of the calls"))
        self.time_zone.setPlaceholderText(self.tr("Phone's time zone, e.g. Asia/Shanghai"))
        self.source.setPlaceholderText(self.tr("Where does the screenshot come from?"))
        self.read_button.setText(self.tr("Read the screenshot"))
        self.confirm_button.setText(self.tr("Confirm these rows and import"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Number"), self.tr("Direction"), self.tr("Date and time"), self.tr("Duration (s)")]
        )

    def read(self) -> None:
        path = self.path

        def work(_p: Any, _c: Any) -> list[dict[str, Any]]:
            from ..importing.ocr import propose_call_rows, read_boxes

            return propose_call_rows(read_boxes(path.read_bytes()))

        self.outcome.setText(self.tr("Reading the screenshot…"))
        self.run_job(work, self.show_rows, self.failed)

    def show_rows(self, rows: object) -> None:
        assert isinstance(rows, list)
        year = int(self.year.text()) if self.year.text().isdigit() else date.today().year
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = (row["number"], row["direction"] or "", local_text(row["time_text"], year), row["duration_s"])
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
        self.confirm_button.setEnabled(bool(rows))
        self.outcome.setText(self.tr("{n} rows proposed. Check them, then confirm.").replace("{n}", str(len(rows))))

    def rows(self) -> list[dict[str, Any]]:
        out = []
        for r in range(self.table.rowCount()):
            cells = [self.table.item(r, c) for c in range(len(COLUMNS))]
            out.append({k: (cell.text().strip() if cell else "") for k, cell in zip(COLUMNS, cells, strict=True)})
        return out

    def confirm(self) -> None:
        from ..importing.logs import import_screenshot_rows, local_zone_name

        vault, recording, case, path, table = self.vault, self.keys.recording, self.case, self.path, self.rows()
        zone = self.time_zone.text().strip() or local_zone_name()
        source = self.source.text().strip() or None

        def work(_p: Any, _c: Any) -> Any:
            return import_screenshot_rows(vault, recording, case, path, source, zone, table)

        self.run_job(work, self.done, self.failed)

    def done(self, result: Any) -> None:
        self.result = result
        self.confirm_button.setEnabled(False)
        self.outcome.setText(
            self.tr("The screenshot and {n} confirmed rows were imported and sealed.").replace("{n}", str(result.rows))
        )
        self.imported.emit()

    def failed(self, exc: BaseException) -> None:
        self.outcome.setText(sentence(exc) if isinstance(exc, RecorderError) else self.tr("Nothing was imported."))
