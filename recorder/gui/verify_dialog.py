"""Verify an evidence package: drop it here (or choose it) and read the result. A thin view over
:func:`recorder.archive.verify.verify_archive`; the archive is untrusted input and is checked off the GUI thread."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import RecorderError
from ..core.progress import Cancelled
from .appearance import status_style
from .i18n import sentence, translated
from .job_dialog import JobDialog
from .words import for_people
from .worker import Runner

log = logging.getLogger(__name__)


def _text(finding: Any) -> str:
    """A verifier finding in the user's language (context "Archive"), its times and reasons in words."""
    params = getattr(finding, "params", None)
    if isinstance(params, dict) and isinstance(getattr(finding, "message", None), str):
        finding = type(finding)(finding.message, for_people(params))
    text = getattr(finding, "text", None)
    return str(text(translated)) if callable(text) else str(finding)


class VerifyDialog(JobDialog):
    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.setModal(False)
        self.setAcceptDrops(True)
        self.report: Any = None
        self.checked: Path | None = None  # the package the verdict is about
        self.drop_label = QLabel()
        self.drop_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_label.setMinimumHeight(80)
        self.drop_label.setStyleSheet("border:2px dashed #888; border-radius:6px;")
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self._choose)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.drop_label)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.verdict)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.cancel_button)
        self.resize(560, 420)
        self.retranslate()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.verify(Path(url.toLocalFile()))
                break
        event.acceptProposedAction()

    def _choose(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose an evidence package"), str(Path.home()), "*.zip *.age")
        dialog.setModal(False)
        dialog.fileSelected.connect(lambda f: self.verify(Path(f)))
        self._file_dialog = dialog
        dialog.show()

    def verify(self, path: Path) -> None:
        if self.job is not None:
            return
        from ..archive.verify import verify_archive

        passphrase = self.passphrase.text() or None

        def work(progress: Any, cancel: Any) -> Any:
            return verify_archive(path, passphrase=passphrase, progress=progress, cancel=cancel)

        self.verdict.setText(self.tr("Checking {name}…").format(name=path.name))
        self.details.clear()
        # The verdict names the file it is about (as the CLI's does): a reader checking several packages, or
        # one dropped by mistake, must not take one verdict for another.
        self.checked = path
        self.run_job(work, self._done, self._failed)

    def _done(self, report: Any) -> None:
        self.job = None
        self.report = report
        self.progress.setValue(1000)
        name = self.checked.name if self.checked is not None else ""
        if report.ok:
            verdict = self.tr("Verified: the evidence package {name} is authentic and complete.")
            self.verdict.setStyleSheet(status_style("good", bold=True))
        elif not getattr(report, "readable", True):
            verdict = self.tr("The evidence package {name} could not be read.")
            self.verdict.setStyleSheet(status_style("bad", bold=True))
        else:
            verdict = self.tr("Not verified: the evidence package {name} has problems (listed below).")
            self.verdict.setStyleSheet(status_style("bad", bold=True))
        self.verdict.setText(verdict.format(name=name))
        # Problems first: they are what the reader must see; then what was shown to hold.
        lines = [_text(p) for p in getattr(report, "problems", [])]
        lines += [_text(s) for s in getattr(report, "statements", [])]
        self.details.setPlainText("\n".join(lines))

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self.progress.setValue(0)
        self.verdict.setStyleSheet(status_style("bad", bold=True))
        name = self.checked.name if self.checked is not None else ""
        if isinstance(exc, Cancelled):
            self.verdict.setText(self.tr("Cancelled."))
        elif isinstance(exc, RecorderError):
            self.verdict.setText(self.tr("{name}: {reason}").format(name=name, reason=sentence(exc)))
        else:
            log.error("verify failed", exc_info=exc)
            self.verdict.setText(self.tr("The evidence package {name} could not be read.").format(name=name))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Verify an evidence package"))
        self.drop_label.setText(self.tr("Drop an evidence package here"))
        self.choose_button.setText(self.tr("Choose a file…"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase, if the package is encrypted"))
        self.cancel_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
