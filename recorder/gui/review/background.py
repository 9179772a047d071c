"""Long review work (building the timeline, checking the session) on the view's own thread pool.

The work is a plain core function taking ``(progress, cancel)``; it never touches a widget. Its result, error
and progress arrive on the GUI thread as signals. Each view owns its pool, so closing the view can cancel and
wait for exactly its own work.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal, Slot

from ...core.progress import CancelFlag, Cancelled, Progress

Work = Callable[[Progress, CancelFlag], Any]


class Task(QObject):
    """One piece of work. Lives on the GUI thread: the worker hands its outcome over through one queued signal,
    and the public signals are emitted from there, on the GUI thread."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    _finished = Signal(object, object)  # (result, error), crossing from the worker thread

    def __init__(self, work: Work) -> None:
        super().__init__()
        self._work = work
        self._cancel = threading.Event()
        self.done = False
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            result = self._work(self.progressed.emit, self._cancel.is_set)
        except Cancelled:
            return
        except Exception as exc:  # handed to the GUI thread and told as a sentence there
            self._finished.emit(None, exc)
            return
        self._finished.emit(result, None)

    @Slot(object, object)
    def _deliver(self, result: object, error: object) -> None:
        self.done = True
        if error is not None:
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)


class Background:
    """Starts tasks on a private pool; :meth:`stop` cancels them all and waits."""

    def __init__(self, threads: int = 2) -> None:
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(threads)
        self.tasks: list[Task] = []

    def start(self, work: Work) -> Task:
        task = Task(work)
        self.tasks = [t for t in self.tasks if not t.done] + [task]
        # A plain callable, which Qt wraps in a runnable of its own: a Python subclass of QRunnable is deleted by
        # the pool on its thread while its Python wrapper may meet the garbage collector on the GUI thread (a full
        # run of the suite crashed there, "Garbage-collecting", once).
        self.pool.start(task.run)
        return task

    def stop(self, wait_ms: int = 10_000) -> None:
        for t in self.tasks:
            t.cancel()
        self.pool.waitForDone(wait_ms)
