"""Long work off the GUI thread: a plain core function taking ``(progress, cancel)`` runs on a QThreadPool; its
result or error comes back on the GUI thread. Tests swap in :class:`SyncRunner`, which runs it on the spot.

The function never touches a widget (STYLE.md): it only returns, raises, or reports progress.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from ..core.progress import CancelFlag, Progress

log = logging.getLogger(__name__)

Work = Callable[[Progress, CancelFlag], Any]


class Job(QObject):
    """One piece of work. Lives on the GUI thread, so its signals arrive there, whoever emits them."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    _done = Signal(object, object)

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self._cancelled = threading.Event()
        self.finished = False
        self._done.connect(self._on_done)

    def cancel(self) -> None:
        self._cancelled.set()

    def is_cancelled(self) -> bool:
        return self._cancelled.is_set()

    def run_here(self) -> None:
        """Run the work on the calling thread; results are signalled (queued if that is not the GUI thread)."""
        try:
            result = self.work(self._progress, self.is_cancelled)
        except BaseException as exc:  # handed to the GUI as a sentence; never lost on a pool thread
            self._finish(None, exc)
            return
        self._finish(result, None)

    def _progress(self, done: int, total: int) -> None:
        try:
            self.progressed.emit(done, total)
        except RuntimeError:  # the app is closing and the job's Qt half is gone: stop quietly
            self._cancelled.set()

    def _finish(self, result: object, error: object) -> None:
        try:
            self._done.emit(result, error)
        except RuntimeError:
            log.info("a job ended after the app closed")

    @Slot(object, object)
    def _on_done(self, result: object, error: object) -> None:
        self.finished = True
        if error is not None:
            if not isinstance(error, Exception):
                log.error("work stopped by %s", type(error).__name__)
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)


class Runner:
    """Runs jobs on Qt's global thread pool."""

    def __init__(self) -> None:
        self._jobs: set[Job] = set()

    def submit(
        self,
        work: Work,
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> Job:
        job = Job(work)
        # Connect before starting, so a job that ends at once is never missed.
        if on_result is not None:
            job.succeeded.connect(on_result)
        if on_error is not None:
            job.failed.connect(on_error)
        if on_progress is not None:
            job.progressed.connect(on_progress)
        self._jobs.add(job)
        job.succeeded.connect(lambda _r: self._jobs.discard(job))
        job.failed.connect(lambda _e: self._jobs.discard(job))
        self._start(job)
        return job

    def _start(self, job: Job) -> None:
        # A plain callable, which Qt wraps in a runnable of its own (see gui/review/background.py for why not a
        # Python subclass of QRunnable).
        QThreadPool.globalInstance().start(job.run_here)

    def wait(self, msecs: int = 30000) -> bool:
        return bool(QThreadPool.globalInstance().waitForDone(msecs))


class SyncRunner(Runner):
    """For tests: runs the work at once, on the GUI thread; callbacks have fired when submit() returns."""

    def _start(self, job: Job) -> None:
        job.run_here()
