"""Flushing a large file to disk while it is still being written, so the fsync at its end has little left.

An export writes hundreds of megabytes and must fsync them before the rename that makes the archive appear
(a crash must never leave a finished-looking file with missing bytes). Left to the end, that fsync waits for
the whole file to reach the disk; flushed every few tens of megabytes on a thread of its own, the disk works
while the exporter is still decrypting and hashing. This only moves disk time earlier: the final fsync is
still made, and is still what guarantees the archive is on disk before it is renamed.
"""

from __future__ import annotations

import os
import threading

SYNC_EVERY = 32 * 1024 * 1024


class BackgroundSync:
    """Call :meth:`written` after each write; every ``every`` bytes a thread runs ``fdatasync`` on ``fd``.

    Requests that arrive while a flush is running are merged into the next one. A failed flush is raised by
    :meth:`close`, which the owner calls before its own final fsync: on Linux a write-back error is reported
    once per open file, so the final fsync on the same descriptor might not see it again.
    """

    def __init__(self, fd: int, every: int | None = None) -> None:
        self._fd = fd
        self._every = every or SYNC_EVERY
        self._pending = 0
        self._wake = threading.Condition()
        self._requested = False
        self._stopping = False
        self.error: OSError | None = None
        self._thread = threading.Thread(target=self._run, name="archive-sync", daemon=True)
        self._thread.start()

    def written(self, n: int) -> None:
        self._pending += n
        if self._pending >= self._every:
            self._pending = 0
            with self._wake:
                self._requested = True
                self._wake.notify()

    def close(self) -> None:
        """Make the flush still asked for, stop the thread; raise the error of a flush that failed."""
        with self._wake:
            self._stopping = True
            self._wake.notify()
        self._thread.join()
        if self.error is not None:
            raise self.error

    def _run(self) -> None:
        while True:
            with self._wake:
                while not self._requested and not self._stopping:
                    self._wake.wait()
                if not self._requested:
                    return
                self._requested = False
            try:
                os.fdatasync(self._fd)
            except OSError as exc:  # raised by close()
                self.error = exc
                return
