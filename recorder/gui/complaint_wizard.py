"""The complaint wizard (issue 15 §4): choose a channel and the case's sealed evidence package, edit the pre-filled
fields and the narrative draft against the channel's limit (a counter), and save the package folder. A thin view
over recorder.complaint: the facts, the fitting of attachments and the cover sheet are made there."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..archive.excerpt_check import check_excerpt
from ..complaint import messages as M
from ..complaint.case_facts import CaseFacts, read_case
from ..complaint.package import Package, build, channel_ids, load_channel, sentence, write
from ..core.errors import RecorderError
from .i18n import translated


def _path_row_label(label: QLabel, button: QPushButton) -> QWidget:
    row = QWidget()
    lay = QHBoxLayout(row)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.addWidget(label, 1)
    lay.addWidget(button)
    return row


def _path_row(edit: QLineEdit, button: QPushButton) -> QWidget:
    row = QWidget()
    lay = QHBoxLayout(row)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.addWidget(edit, 1)
    lay.addWidget(button)
    return row


class _ChoosePage(QWizardPage):
    def __init__(self, wizard: ComplaintWizard) -> None:
        super().__init__()
        self.w = wizard
        self.channel = QComboBox()
        for cid in channel_ids():
            names = load_channel(cid)["name"]
            self.channel.addItem(names.get(wizard.language) or names["en"], cid)
        self.archive = QLineEdit()
        self.archive.textChanged.connect(self.completeChanged)
        self.browse = QPushButton()
        self.browse.clicked.connect(self._choose)
        self.excerpts: list[Path] = []
        self.excerpt_list = QLabel()
        self.excerpt_list.setWordWrap(True)
        self.add_excerpt = QPushButton()
        self.add_excerpt.clicked.connect(self._choose_excerpt)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.form = QFormLayout(self)
        self.channel_label, self.archive_label = QLabel(), QLabel()
        self.form.addRow(self.channel_label, self.channel)
        self.form.addRow(self.archive_label, _path_row(self.archive, self.browse))
        self.excerpts_label = QLabel()
        self.form.addRow(self.excerpts_label, _path_row_label(self.excerpt_list, self.add_excerpt))
        self.form.addRow(self.problem)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Channel and evidence"))
        self.setSubTitle(self.tr("Where the complaint goes, and the case's sealed evidence package it is made from."))
        self.channel_label.setText(self.tr("Channel:"))
        self.archive_label.setText(self.tr("Evidence package:"))
        self.browse.setText(self.tr("Choose…"))
        self.excerpts_label.setText(self.tr("Excerpts:"))
        self.add_excerpt.setText(self.tr("Add an excerpt folder…"))

    def add_excerpt_folder(self, folder: Path) -> bool:
        """Attach an excerpt folder, if it verifies (a sentence otherwise)."""
        if not check_excerpt(folder).ok:
            self.problem.setText(sentence(M.NOT_AN_EXCERPT, {"path": str(folder)}, translated))
            return False
        self.problem.clear()
        self.excerpts.append(folder)
        self.excerpt_list.setText("\n".join(p.name for p in self.excerpts))
        return True

    def _choose_excerpt(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Excerpt folder"))
        if path:
            self.add_excerpt_folder(Path(path))

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Evidence package"), "", "*.zip")
        if path:
            self.archive.setText(path)

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return bool(self.archive.text().strip())

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        try:
            self.w.channel = load_channel(str(self.channel.currentData()))
            self.w.facts = read_case(Path(self.archive.text().strip()))
            self.w.package = build(self.w.facts, self.w.channel, [(p.name, p) for p in self.excerpts])
        except RecorderError as exc:
            self.problem.setText(exc.sentence(translated))
            return False
        self.problem.clear()
        return True


class _EditPage(QWizardPage):
    def __init__(self, wizard: ComplaintWizard) -> None:
        super().__init__()
        self.w = wizard
        self.fields_box = QWidget()
        self.fields_form = QFormLayout(self.fields_box)
        self.edits: list[QLineEdit] = []
        self.narrative_label = QLabel()
        self.narrative = QPlainTextEdit()
        self.narrative.textChanged.connect(self._count)
        self.counter = QLabel()
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.fields_box)
        lay.addWidget(self.narrative_label)
        lay.addWidget(self.narrative, 1)
        lay.addWidget(self.counter)
        lay.addWidget(self.notes)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Fields and narrative"))
        self.setSubTitle(
            self.tr("Filled in from the case's facts only. Edit them; keep to what happened, in your own words.")
        )
        self._count()

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        pkg = self.w.package
        assert pkg is not None
        while self.fields_form.rowCount():
            self.fields_form.removeRow(0)
        self.edits = []
        for f in pkg.fields:
            edit = QLineEdit(f["value"])
            if f.get("max_chars"):
                edit.setMaxLength(int(f["max_chars"]))
            self.fields_form.addRow(QLabel(str(f["label"])), edit)
            self.edits.append(edit)
        self.narrative_label.setText(str(pkg.channel["narrative"]["label"]))
        self.narrative.setPlainText(pkg.narrative)
        self.notes.setText("\n".join(sentence(m, p, translated) for m, p in pkg.notices))
        self._count()

    def _count(self) -> None:
        pkg = self.w.package
        if pkg is None:
            return
        n, limit = len(self.narrative.toPlainText()), pkg.narrative_limit
        self.counter.setText(self.tr("%1 of %2 characters").replace("%1", str(n)).replace("%2", str(limit)))
        self.counter.setStyleSheet("" if n <= limit else "color: #b00020; font-weight: bold;")
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        pkg = self.w.package
        return pkg is not None and 0 < len(self.narrative.toPlainText()) <= pkg.narrative_limit

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        pkg = self.w.package
        assert pkg is not None
        for f, edit in zip(pkg.fields, self.edits, strict=True):
            f["value"] = edit.text()
        pkg.narrative = self.narrative.toPlainText()
        return True


class _SavePage(QWizardPage):
    def __init__(self, wizard: ComplaintWizard) -> None:
        super().__init__()
        self.w = wizard
        self.folder = QLineEdit()
        self.folder.textChanged.connect(self.completeChanged)
        self.browse = QPushButton()
        self.browse.clicked.connect(self._choose)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.folder_label = QLabel()
        form = QFormLayout(self)
        form.addRow(self.folder_label, _path_row(self.folder, self.browse))
        form.addRow(self.result)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Save the package"))
        self.setSubTitle(self.tr("A new folder: the fields, the narrative, the attachments and the cover sheet."))
        self.folder_label.setText(self.tr("New folder:"))
        self.browse.setText(self.tr("Choose…"))

    def _choose(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New folder"))
        if path:
            self.folder.setText(path)

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return bool(self.folder.text().strip())

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        pkg, facts = self.w.package, self.w.facts
        assert pkg is not None and facts is not None
        out = Path(self.folder.text().strip())
        try:
            write(pkg, facts, out, lambda m, p: sentence(m, p, translated))
        except RecorderError as exc:
            self.result.setText(exc.sentence(translated))
            return False
        except OSError as exc:
            self.result.setText(self.tr("The package could not be written: %1").replace("%1", exc.strerror or ""))
            return False
        self.w.written = out
        return True


class ComplaintWizard(QWizard):
    def __init__(self, language: str, parent: QWidget | None = None, archive: Path | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.channel: dict[str, Any] | None = None
        self.facts: CaseFacts | None = None
        self.package: Package | None = None
        self.written: Path | None = None
        self.choose, self.edit, self.save = _ChoosePage(self), _EditPage(self), _SavePage(self)
        for page in (self.choose, self.edit, self.save):
            self.addPage(page)
        if archive is not None:
            self.choose.archive.setText(str(archive))
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Complaint package"))
        for page in (self.choose, self.edit, self.save):
            page.retranslate()

    def changeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
