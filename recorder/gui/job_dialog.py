"""A dialog that runs one long core function (export, verify) with a progress bar and a cancel button."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QProgressBar, QWidget

from .worker import Job, Runner, Work


class JobDialog(QDialog):
    """Owns ``progress`` (0–1000) and at most one running ``job``; subclasses build the rest of the dialog."""

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.job: Job | None = None
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)

    def run_job(self, work: Work, done: Callable[[Any], None], failed: Callable[[BaseException], None]) -> None:
        job = self.runner.submit(work, done, failed, self._progress)
        self.job = None if job.finished else job  # a synchronous runner has already called back

    def cancel(self) -> None:
        """Cancel the running job; with none running, close the dialog."""
        if self.job is not None and not self.job.finished:
            self.job.cancel()
        else:
            self.reject()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setValue(int(1000 * done / total) if total else 0)
