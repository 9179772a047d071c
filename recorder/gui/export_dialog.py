"""Export a case (or chosen sessions) as one sealed evidence package: choose where, optionally encrypt, watch the
progress, cancel at any time; once written, open the folder that holds it. A thin view over
:func:`recorder.archive.export.export_archive`."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import RecorderError
from ..core.progress import Cancelled
from ..core.vault import Vault, VaultKeys
from .i18n import sentence
from .job_dialog import JobDialog
from .worker import Runner

log = logging.getLogger(__name__)

# The report's rules, by profile code (recorder/archive/facts.py); the order of the choice.
PROFILES = ("cn", "tw", "hk", "us")


def default_profile(language: str, locale: QLocale | None = None) -> str:
    """The rules that most likely apply: a Chinese UI language says most (Traditional: Taiwan, or Hong Kong where the
    system is set to Hong Kong or Macao); in English, the system's territory where it is one we have rules for."""
    territory = (locale or QLocale.system()).territory()
    if language == "zh_CN":
        return "cn"
    hong_kong = territory in (QLocale.Country.HongKong, QLocale.Country.Macao)
    if language == "zh_TW":
        return "hk" if hong_kong else "tw"
    by_territory = {
        QLocale.Country.China: "cn",
        QLocale.Country.Taiwan: "tw",
        QLocale.Country.UnitedStates: "us",
    }
    return "hk" if hong_kong else by_territory.get(territory, "cn")


def excerpt_specs(text: str) -> list[Any]:
    """The excerpts field: stretches ``FROM..TO`` and excerpt folders (made in review), separated by ``;``."""
    from ..archive.archive_excerpts import parse_specs, specs_from_folders

    specs: list[Any] = []
    for item in (t.strip() for t in text.split(";")):
        if item and Path(item).expanduser().is_dir():
            specs += specs_from_folders(Path(item).expanduser())
        elif item:
            specs += parse_specs([item])
    return specs


REPORT_LANGUAGES = (("zh_CN", "中文（简体）"), ("zh_TW", "中文（繁體）"), ("en", "English"))


class ExportDialog(JobDialog):
    def __init__(
        self,
        vault: Vault,
        keys: VaultKeys,
        session_ids: list[str],
        case: str,
        language: str,
        runner: Runner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.setModal(False)
        self.vault, self.keys, self.session_ids, self.case = vault, keys, session_ids, case
        self.language = language
        self.result: Any = None
        self.done_ = False  # a package was written: "Close" instead of "Cancel"
        self.what = QLabel()
        self.what.setWordWrap(True)
        self.path = QLineEdit(str(Path.home() / f"{case or 'evidence'}.zip"))
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        self.profile = QComboBox()
        for code in PROFILES:
            self.profile.addItem("", code)
        self.profile.setCurrentIndex(self.profile.findData(default_profile(language)))
        # The report's language (issue 15 §1): the UI's by default; each named in its own language.
        self.report_language = QComboBox()
        for code, name in REPORT_LANGUAGES:
            self.report_language.addItem(name, code)
        self.report_language.setCurrentIndex(max(0, self.report_language.findData(language)))
        self.encrypt_to = QLineEdit()
        self.encrypt_help = QLabel()
        self.encrypt_help.setWordWrap(True)
        # Excerpts carried in the package (issue 15 §3, FORMAT §7.9): stretches as `recorder export --excerpt`.
        self.excerpts_label = QLabel()
        self.excerpts = QLineEdit()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.start_button = QPushButton()
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        self.open_folder = QPushButton()
        self.open_folder.clicked.connect(self.show_file)
        self.open_folder.hide()  # until there is a package to show
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(self.browse)
        self.form = QFormLayout()
        self.form.addRow(QLabel(), where)
        self.form.addRow(QLabel(), self.profile)
        self.form.addRow(QLabel(), self.report_language)
        self.form.addRow(QLabel(), self.encrypt_to)
        self.form.addRow("", self.encrypt_help)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_folder)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.what)
        layout.addLayout(self.form)
        layout.addWidget(self.excerpts_label)
        layout.addWidget(self.excerpts)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.retranslate()
        self._fit_path()
        self.path.textChanged.connect(lambda _t: self._fit_path())  # typed, pasted or chosen: shown whole

    def _fit_path(self) -> None:
        """Wide enough to show the whole path, but never wider than the screen."""
        metrics = self.path.fontMetrics()
        want = metrics.horizontalAdvance(self.path.text()) + 3 * metrics.averageCharWidth() + 16
        screen = self.screen() or QGuiApplication.primaryScreen()
        # What the screen leaves beside the labels and the Choose button.
        limit = screen.availableGeometry().width() - 240 if screen is not None else want
        self.path.setMinimumWidth(min(want, limit))

    def _browse(self) -> None:
        dialog = QFileDialog(self, self.tr("Save the evidence package as"), self.path.text(), "*.zip *.age")
        dialog.setModal(False)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.fileSelected.connect(self.path.setText)
        self._file_dialog = dialog
        dialog.show()

    def start(self) -> None:
        if not self.session_ids or self.job is not None:
            return
        from ..archive.export import export_archive
        from ..report_pdf.render import render as render_pdf

        out = Path(self.path.text()).expanduser()
        recipient = self.encrypt_to.text().strip() or None
        vault, keys, ids, profile = self.vault, self.keys, list(self.session_ids), None
        language = str(self.report_language.currentData())
        from .cases import case_name, session_case

        recorded = session_case(vault, keys, ids[0])  # the name the first recording was made under
        name = case_name(vault, keys, recorded) if recorded is not None else None
        profile = str(self.profile.currentData())
        try:
            excerpts = excerpt_specs(self.excerpts.text())
        except RecorderError as exc:
            self.message.setText(sentence(exc))
            return

        def work(progress: Any, cancel: Any) -> Any:
            return export_archive(
                vault,
                keys,
                ids,
                out,
                language=language,
                profile=profile,
                progress=progress,
                cancel=cancel,
                encrypt_to=recipient,
                pdf=render_pdf,  # report.pdf beside report.html
                case_name=name,  # the case's current name, and the earlier ones, dated
                excerpts=excerpts,
            )

        self.start_button.setEnabled(False)
        self.message.setText(self.tr("Exporting…"))
        self.run_job(work, self._done, self._failed)

    def _done(self, result: Any) -> None:
        self.job = None
        self.result = result
        self.progress.setValue(1000)
        self.message.setText(self.tr("The evidence package was written to {path}.").format(path=str(result.path)))
        # Done: nothing more to start here; what is left is to look at it, or to close.
        self.start_button.setEnabled(False)
        self.done_ = True
        self.open_folder.show()
        self.retranslate()

    def show_file(self) -> None:
        """Open the folder holding the package in the system's file manager."""
        if self.result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.result.path).parent)))

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self.start_button.setEnabled(True)
        self.progress.setValue(0)
        if isinstance(exc, Cancelled):
            self.message.setText(self.tr("Export cancelled; nothing was left behind."))
        elif isinstance(exc, RecorderError):
            self.message.setText(sentence(exc))
        else:
            log.error("export failed", exc_info=exc)
            self.message.setText(self.tr("The export failed; details are in the log file."))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export an evidence package"))
        self.what.setText(
            self.tr(
                "Case “{case}”: %n recordings will be put into one sealed evidence package.", "", len(self.session_ids)
            ).format(case=self.case)
        )
        labels = (
            self.tr("Save as"),
            self.tr("Report rules for"),
            self.tr("Report language"),
            self.tr("Lock it for one person (optional)"),
        )
        for row, text in enumerate(labels):
            item = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel):
                label.setText(text)
        names = {
            "cn": self.tr("Mainland China"),
            "tw": self.tr("Taiwan"),
            "hk": self.tr("Hong Kong"),
            "us": self.tr("United States"),
        }
        for i, code in enumerate(PROFILES):
            self.profile.setItemText(i, names[code])
        self.encrypt_to.setPlaceholderText(self.tr("their age key, starting with age1"))
        self.encrypt_help.setText(
            self.tr(
                "Leave empty to save the package as it is. To send it safely, paste the public key (age1…) of "
                "the person who will open it, for example your lawyer: only their key can open it then."
            )
        )
        self.browse.setText(self.tr("Choose…"))
        self.start_button.setText(self.tr("Export"))
        self.cancel_button.setText(self.tr("Close") if self.done_ else self.tr("Cancel"))
        self.open_folder.setText(self.tr("Open folder"))
        self.excerpts_label.setText(self.tr("Excerpts to add to the evidence package (optional):"))
        self.excerpts.setPlaceholderText(
            self.tr("from..to (a time h:m:s or a tag), or an excerpt folder; several separated by ;")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
