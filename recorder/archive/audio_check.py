"""The exported audio checked block by block against the hashes written at capture, on a thread of its own.

The journal is read (and its chain checked) on the calling thread; each audio entry it meets is handed over
here, so the audio is hashed while the chain rules run: hashing releases the interpreter lock, the chain rules
hold it, and on two cores the two overlap.
"""

from __future__ import annotations

import hashlib
import queue
import threading
from typing import TYPE_CHECKING, Any

from . import messages as M
from . import wav

if TYPE_CHECKING:
    from .verify import _Verifier

Block = tuple[int, int, int, bytes]  # seq, frame_offset, frames, sha256
MAX_SHOWN = 20


class AudioCheck:
    def __init__(self, verifier: _Verifier, parts: list[dict[str, Any]], rate: int) -> None:
        self.v = verifier
        self.parts = parts
        self.rate = rate
        self.blocks: queue.SimpleQueue[Block | None] = queue.SimpleQueue()
        self.problems: list[tuple[str, dict[str, Any]]] = []
        self.ok = True
        self.frames_checked = 0
        self.leftover = 0
        self._error: BaseException | None = None
        self._ended = False
        self._thread = threading.Thread(target=self._run, name="audio-check", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def add(self, block: Block) -> None:
        self.blocks.put(block)

    def finish(self) -> None:
        """No more blocks; wait for the thread and hand over what it found (re-raising Cancelled or a refusal)."""
        self.blocks.put(None)
        self._thread.join()
        for message, params in self.problems:
            self.v.problem(message, **params)
        if self._error is not None:
            raise self._error

    def _fail(self, message: str, **params: Any) -> None:
        self.ok = False
        self.problems.append((message, params))

    def _run(self) -> None:
        try:
            self._check()
        except BaseException as exc:  # handed to the calling thread by finish()
            self._error = exc
            self.ok = False
        # Count the blocks the audio did not reach (the journal may still be handing them over).
        while not self._ended:
            if self._next() is not None:
                self.leftover += 1

    def _next(self) -> Block | None:
        block = self.blocks.get()
        if block is None:
            self._ended = True
        return block

    def _check(self) -> None:
        current = self._next()
        h = hashlib.sha256()
        need = current[2] * 2 if current else 0
        shown = 0
        for part in self.parts:
            name = part["path"]
            header = wav.header(part["frames"], self.rate) if self.rate else b""
            head_seen = b""
            for chunk in self.v.chunks(name):
                view = memoryview(chunk)
                if len(head_seen) < wav.HEADER_SIZE:
                    take = wav.HEADER_SIZE - len(head_seen)
                    head_seen += bytes(view[:take])
                    view = view[take:]
                    if len(head_seen) == wav.HEADER_SIZE and head_seen != header:
                        self._fail(M.AUDIO_HEADER, name=name)
                while len(view) and current is not None:
                    piece = view[:need]
                    h.update(piece)
                    need -= len(piece)
                    view = view[len(piece) :]
                    if need == 0:
                        if h.digest() != current[3]:
                            if shown < MAX_SHOWN:
                                seconds = current[1] / self.rate if self.rate else 0
                                self._fail(M.AUDIO_BLOCK, seq=current[0], offset=f"{seconds:.3f} s", name=name)
                            self.ok = False
                            shown += 1
                        self.frames_checked += current[2]
                        current = self._next()
                        h = hashlib.sha256()
                        need = current[2] * 2 if current else 0
                if len(view) and current is None:
                    self.ok = False  # audio beyond the last block the journal describes
        if current is not None:
            self.leftover += 1
            self.ok = False
