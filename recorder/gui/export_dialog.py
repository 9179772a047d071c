"""Export a case (or chosen sessions) as one sealed evidence package: choose where, optionally encrypt, watch the
progress, cancel at any time. A thin view over :func:`recorder.archive.export.export_archive`."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent
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
        self.what = QLabel()
        self.what.setWordWrap(True)
        self.path = QLineEdit(str(Path.home() / f"{case or 'evidence'}.zip"))
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        self.profile = QComboBox()
        self.profile.addItem("", "cn")
        self.profile.addItem("", "us")
        self.encrypt_to = QLineEdit()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.start_button = QPushButton()
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(self.browse)
        self.form = QFormLayout()
        self.form.addRow(QLabel(), where)
        self.form.addRow(QLabel(), self.profile)
        self.form.addRow(QLabel(), self.encrypt_to)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.what)
        layout.addLayout(self.form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.retranslate()

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

        out = Path(self.path.text()).expanduser()
        recipient = self.encrypt_to.text().strip() or None
        vault, keys, ids, language, profile = self.vault, self.keys, list(self.session_ids), self.language, None
        profile = str(self.profile.currentData())

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
            )

        self.start_button.setEnabled(False)
        self.message.setText(self.tr("Exporting…"))
        self.run_job(work, self._done, self._failed)

    def _done(self, result: Any) -> None:
        self.job = None
        self.result = result
        self.progress.setValue(1000)
        self.message.setText(self.tr("The evidence package was written to {path}.").format(path=str(result.path)))
        self.start_button.setEnabled(True)

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
            self.tr("Case “{case}”: {count} recordings will be put into one sealed evidence package.").format(
                case=self.case, count=len(self.session_ids)
            )
        )
        labels = (self.tr("Save as"), self.tr("Report rules for"), self.tr("Encrypt to (age recipient, optional)"))
        for row, text in enumerate(labels):
            item = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel):
                label.setText(text)
        self.profile.setItemText(0, self.tr("Mainland China"))
        self.profile.setItemText(1, self.tr("United States"))
        self.browse.setText(self.tr("Choose…"))
        self.start_button.setText(self.tr("Export"))
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
