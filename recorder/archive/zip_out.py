"""The archive being written: the one zip form of FORMAT §7.1 (``container``), every member hashed for SHA256SUMS
as it is written, held to the limits the verifier reads within (``core.limits``); and the export's failure
sentence. Used by the exporter and its call and excerpt parts."""

from __future__ import annotations

import hashlib
import queue
import threading
import time
from collections.abc import Iterable
from typing import IO

from ..core import limits
from ..core.errors import RecorderError
from . import container, layout
from . import messages as M
from .background_sync import BackgroundSync


class ArchiveError(RecorderError):
    """An export failure told in one of the archive's sentences (recorder.archive.messages, context "Archive")."""

    context = "Archive"


class ZipOut:
    """The archive being written (recorder.archive.container), hashing each member for SHA256SUMS as it goes."""

    def __init__(self, f: IO[bytes], when: time.struct_time, sync: BackgroundSync | None = None) -> None:
        self.sync = sync
        self.when = (max(when.tm_year, 1980), when.tm_mon, when.tm_mday, when.tm_hour, when.tm_min, when.tm_sec)
        self.zip = container.ZipWriter(f, self.when)
        self.sums: list[tuple[str, str]] = []
        self.total = 0  # bytes of every member so far

    def _room_for(self, path: str, size: int) -> None:
        """Never write what the verifier would refuse (core.limits): too many members, one too large, or more
        bytes in all than it reads."""
        if len(self.zip.records) >= limits.MAX_MEMBERS:
            raise ArchiveError(M.TOO_MANY_MEMBERS, count=len(self.zip.records) + 1, limit=limits.MAX_MEMBERS)
        if size > min(limits.MAX_MEMBER, container.MAX_SIZE) or self.total + size > limits.MAX_TOTAL:
            raise ArchiveError(M.TOO_BIG, name=path)
        self.total += size

    def add(self, path: str, data: bytes, *, compress: bool = False, listed: bool = True) -> None:
        # Every member is stored, never deflated (FORMAT §7.1): then the container is fixed by the members' names,
        # sizes and checksums alone, and the verifier can demand every byte. ``compress`` is ignored.
        self._room_for(path, len(data))
        self.zip.add(path, data)
        if listed:
            self.sums.append((path, hashlib.sha256(data).hexdigest()))

    def add_stream(self, path: str, chunks: Iterable[bytes | memoryview], size: int) -> None:
        """A large member from a stream. Hashing, the zip checksum and writing run on a second thread (they
        release the interpreter lock), while this one decrypts and parses the journal that yields the bytes; a
        third flushes what is written to disk as it goes (BackgroundSync)."""
        h = hashlib.sha256()
        sync = self.sync
        self._room_for(path, size)
        out = self.zip.open(path, size)
        pending: queue.Queue[bytes | None] = queue.Queue(maxsize=64)
        failed: list[BaseException] = []

        def write() -> None:
            while (data := pending.get()) is not None:
                if failed:
                    continue  # keep draining so the producer never blocks
                try:
                    h.update(data)
                    out.write(data)
                    if sync is not None:
                        sync.written(len(data))
                except BaseException as exc:  # handed to the producer below
                    failed.append(exc)

        writer = threading.Thread(target=write, name="archive-writer", daemon=True)
        writer.start()
        try:
            batch: list[bytes | memoryview] = []
            held = 0
            for chunk in chunks:
                batch.append(chunk)
                held += len(chunk)
                if held >= layout.CHUNK:
                    pending.put(b"".join(batch))
                    batch, held = [], 0
                    if failed:
                        break
            if batch:
                pending.put(b"".join(batch))
        finally:
            pending.put(None)
            writer.join()
        if failed:
            raise failed[0]
        out.close()
        self.sums.append((path, h.hexdigest()))

    def close(self) -> None:
        self.zip.close()
