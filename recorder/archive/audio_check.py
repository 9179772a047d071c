"""The exported audio checked block by block against the hashes written at capture, beside the journal.

The journal is read (and its chain checked) by the caller; each audio entry it meets is handed over here, and
the audio parts are read — zip CRC, SHA-256 against SHA256SUMS, and each block's SHA-256 against its entry — at
the same time, elsewhere:

- in a forked process, when the verifier runs alone in a single-threaded process (``recorder verify``): the
  chain rules are interpreter-bound, and a thread hashing beside them only gets the interpreter lock back every
  few milliseconds between its many short hashing calls, so on two cores only a second process truly overlaps
  them (docs/PERFORMANCE.md). The blocks go to it through a pipe; its verdict comes back through another.
- on a thread otherwise (the desktop app, which shows progress and can cancel, and must not fork its threads).

Both run the same code (:class:`_Hasher`) and give the same verdict.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import io
import os
import pickle
import queue
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from . import messages as M
from . import wav
from .safezip import Refused

if TYPE_CHECKING:
    from .member_reader import MemberReader

Block = tuple[int, int, int, bytes]  # seq, frame_offset, frames, sha256
MAX_SHOWN = 20
_SEND_EVERY = 256  # blocks handed to the audio process at a time (about 15 KB)

# "auto": a process when the verifier may fork (see _may_fork), else a thread. Tests set "process" or "thread".
MODE = "auto"


class _Hasher:
    """Reads the audio parts (through ``chunks``) and compares each block the journal described (``next_block``,
    None once there are no more) with the bytes at its place. Used on the thread or in the process."""

    def __init__(
        self,
        parts: list[dict[str, Any]],
        rate: int,
        chunks: Callable[[str], Iterable[bytes]],
        next_block: Callable[[], Block | None],
    ) -> None:
        self.parts = parts
        self.rate = rate
        self.chunks = chunks
        self.next_block = next_block
        self.problems: list[tuple[str, dict[str, Any]]] = []
        self.ok = True
        self.frames_checked = 0
        self.leftover = 0
        self.ended = False

    def run(self) -> BaseException | None:
        """Check everything; return what stopped the check early (Cancelled, a refusal), if anything did."""
        error: BaseException | None = None
        try:
            self._check()
        except BaseException as exc:  # handed to the calling thread by finish()
            error = exc
            self.ok = False
        # Count the blocks the audio did not reach (the journal may still be handing them over).
        while not self.ended:
            if self._next() is not None:
                self.leftover += 1
        return error

    def _fail(self, message: str, **params: Any) -> None:
        self.ok = False
        self.problems.append((message, params))

    def _next(self) -> Block | None:
        block = self.next_block()
        if block is None:
            self.ended = True
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
            for chunk in self.chunks(name):
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


class AudioCheck:
    def __init__(self, verifier: MemberReader, parts: list[dict[str, Any]], rate: int) -> None:
        self.v = verifier
        self.parts = parts
        self.rate = rate
        self.ok = True
        self.frames_checked = 0
        self.leftover = 0
        self._engine: _ThreadEngine | _ProcessEngine | None = None

    def start(self) -> None:
        if _may_fork(self.v):
            try:
                self._engine = _ProcessEngine(self)
                return
            except OSError:  # no process to be had: the thread does the same work
                pass
        self._engine = _ThreadEngine(self)

    @property
    def in_process(self) -> bool:
        return isinstance(self._engine, _ProcessEngine)

    def add(self, block: Block) -> None:
        assert self._engine is not None
        self._engine.add(block)

    def no_more_blocks(self) -> None:
        """Hand over what is still held back; the check can then run to its end while the caller does other work."""
        assert self._engine is not None
        self._engine.no_more_blocks()

    def finish(self) -> None:
        """Wait for the check and hand over what it found (re-raising Cancelled or a refusal)."""
        assert self._engine is not None
        self._engine.no_more_blocks()
        problems, error = self._engine.finish()
        for message, params in problems:
            self.v.problem(message, **params)
        if error is not None:
            raise error

    def _take(self, hasher: _Hasher) -> None:
        self.ok, self.frames_checked, self.leftover = hasher.ok, hasher.frames_checked, hasher.leftover


def _may_fork(v: MemberReader) -> bool:
    if MODE != "auto":
        return MODE == "process"
    if not hasattr(os, "fork") or not hasattr(os, "preadv") or not sys.platform.startswith("linux"):
        return False
    # Forking a process that runs other threads (the app: Qt, the stamper …) could copy a lock some thread holds;
    # and a forked check cannot show progress or be cancelled. So only the lone command-line verifier forks.
    if v.progress_shown or v.cancellable:
        return False
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return False


class _ThreadEngine:
    def __init__(self, check: AudioCheck) -> None:
        self.check = check
        self.blocks: queue.SimpleQueue[Block | None] = queue.SimpleQueue()
        self.hasher = _Hasher(check.parts, check.rate, check.v.chunks, self.blocks.get)
        self.error: BaseException | None = None
        self.ended = False
        self.thread = threading.Thread(target=self._run, name="audio-check", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        self.error = self.hasher.run()

    def add(self, block: Block) -> None:
        self.blocks.put(block)

    def no_more_blocks(self) -> None:
        if not self.ended:
            self.ended = True
            self.blocks.put(None)

    def finish(self) -> tuple[list[tuple[str, dict[str, Any]]], BaseException | None]:
        self.thread.join()
        self.check._take(self.hasher)
        return self.hasher.problems, self.error


class _ProcessEngine:
    """The check in forked children. The block check: parent → child, batches of blocks (each a 4-byte length and
    a pickled list), then end of file; child → parent, one pickled verdict. Both ends are this program, so pickle is
    safe here; the values are those of the untrusted journal, which pickle carries whatever they are. The child
    reads the zip through its own file position (see SafeZip.reader_for_fork).

    When every part is stored (as the exporter writes them), a second child computes their SHA-256 for
    SHA256SUMS from the file's bytes while the first checks the zip CRC and the blocks: three passes over the
    audio, in two processes, beside the parent's chain rules and signatures. Its digests count, as on the thread,
    only for a part whose reading through the zip ended without a refusal."""

    def __init__(self, check: AudioCheck) -> None:
        self.check = check
        v = check.v
        spans = [v.z.stored_span(part["path"]) for part in check.parts]
        self.hashing: tuple[int, int] | None = None
        if spans and all(span is not None for span in spans):
            fd = v.z.fileno()
            self.hashing = _fork(lambda: pickle.dumps([_sha256_of(fd, span) for span in spans if span]))
        block_r, self.block_w = os.pipe()
        self.result_r, result_w = os.pipe()
        try:
            self.pid = os.fork()
        except OSError:
            for fd in (block_r, self.block_w, self.result_r, result_w):
                os.close(fd)
            if self.hashing is not None:
                _collect(*self.hashing)
            raise
        if self.pid == 0:  # the child: never returns
            code = 1
            try:
                os.close(self.block_w)
                os.close(self.result_r)
                verdict = _child_check(v, check.parts, check.rate, block_r, self.hashing is None)
                _write_all(result_w, pickle.dumps(verdict))
                code = 0
            finally:
                os._exit(code)
        os.close(block_r)
        os.close(result_w)
        with contextlib.suppress(OSError, AttributeError):  # a larger pipe: fewer blocks held back (Linux)
            fcntl.fcntl(self.block_w, fcntl.F_SETPIPE_SZ, 1 << 20)
        os.set_blocking(self.block_w, False)
        self.batch: list[Block] = []
        self.backlog = bytearray()
        self.broken = False
        self.ended = False

    def add(self, block: Block) -> None:
        self.batch.append(block)
        if len(self.batch) >= _SEND_EVERY:
            self._pack()
            self._send()

    def _pack(self) -> None:
        if self.batch:
            data = pickle.dumps(self.batch, protocol=pickle.HIGHEST_PROTOCOL)
            self.backlog += len(data).to_bytes(4, "little") + data
            self.batch = []

    def _send(self) -> None:
        # Never wait for the child while the journal is read: what the pipe cannot take now waits here.
        if self.broken:
            self.backlog.clear()
            return
        try:
            while self.backlog:
                n = os.write(self.block_w, self.backlog)
                del self.backlog[:n]
        except BlockingIOError:
            pass
        except BrokenPipeError:  # the child has ended early; its verdict says why
            self.broken = True
            self.backlog.clear()

    def no_more_blocks(self) -> None:
        if not self.ended:
            self.ended = True
            os.set_blocking(self.block_w, True)
            self._pack()
            self._send()
            os.close(self.block_w)

    def finish(self) -> tuple[list[tuple[str, dict[str, Any]]], BaseException | None]:
        digests: list[str] | None = None
        if self.hashing is not None:
            try:
                digests = pickle.loads(_collect(*self.hashing))
            except Exception:
                digests = None
        try:
            verdict = pickle.loads(_collect(self.pid, self.result_r))
        except Exception:  # the child died without a verdict
            return [], RuntimeError("the audio check ended without a verdict")
        v = self.check.v
        if self.hashing is not None:
            if digests is None:
                return [], RuntimeError("the audio hash ended without a result")
            by_name = {part["path"]: d for part, d in zip(self.check.parts, digests, strict=True)}
            for name in verdict["hashed"]:
                expected = v.sums.get(name)
                if expected is not None and by_name[name] != expected:
                    verdict["member_problems"].append((M.HASH_MISMATCH, {"name": name}))
        for name in verdict["hashed"]:
            v.hashed.add(name)
            v.done += v.z.size(name)
        c = self.check
        c.ok, c.frames_checked, c.leftover = verdict["ok"], verdict["frames_checked"], verdict["leftover"]
        error: BaseException | None = None
        if verdict["refused"] is not None:
            message, params, readable = verdict["refused"]
            error = Refused(message, readable, **params)
        elif verdict["error"] is not None:
            error = RuntimeError(verdict["error"])
        return verdict["problems"] + verdict["member_problems"], error


def _child_check(
    v: MemberReader, parts: list[dict[str, Any]], rate: int, block_fd: int, hash_members: bool
) -> dict[str, Any]:
    """In the forked child: the same check as the thread's, reading the zip through a private position; the
    parts' SHA-256 for SHA256SUMS too, unless another child computes it (``hash_members`` False)."""
    z = v.z.reader_for_fork()
    member_problems: list[tuple[str, dict[str, Any]]] = []
    hashed: list[str] = []

    def chunks(name: str) -> Iterator[bytes]:
        # As MemberReader.chunks: the member's SHA-256 against SHA256SUMS (progress and cancel are the thread's).
        h = hashlib.sha256()
        for chunk in z.stream(name):
            if hash_members:
                h.update(chunk)
            yield chunk
        if name not in v.hashed:
            hashed.append(name)  # read to its end, zip CRC and size included
            expected = v.sums.get(name)
            if hash_members and expected is not None and h.hexdigest() != expected:
                member_problems.append((M.HASH_MISMATCH, {"name": name}))

    hasher = _Hasher(parts, rate, chunks, _BlockReader(block_fd).next)
    error = hasher.run()
    refused = None
    if isinstance(error, Refused):
        refused, error = (error.message, error.params, error.readable), None
    return {
        "problems": hasher.problems,
        "member_problems": member_problems,
        "hashed": hashed,
        "ok": hasher.ok,
        "frames_checked": hasher.frames_checked,
        "leftover": hasher.leftover,
        "refused": refused,
        "error": None if error is None else type(error).__name__,
    }


class _BlockReader:
    """The child's end of the block pipe: one block at a time, None at the end."""

    def __init__(self, fd: int) -> None:
        self.file = io.FileIO(fd, "r", closefd=False)
        self.blocks: Iterator[Block] = iter(())

    def next(self) -> Block | None:
        for block in self.blocks:
            return block
        head = self._exactly(4)
        if head is None:
            return None
        data = self._exactly(int.from_bytes(head, "little"))
        if data is None:
            return None
        self.blocks = iter(pickle.loads(data))
        return self.next()

    def _exactly(self, n: int) -> bytes | None:
        parts: list[bytes] = []
        while n:
            more = self.file.read(n)
            if not more:
                return None
            parts.append(more)
            n -= len(more)
        return b"".join(parts)


def _fork(work: Callable[[], bytes]) -> tuple[int, int]:
    """Run ``work`` in a forked child; return its pid and the pipe its result comes back on (see _collect)."""
    result_r, result_w = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(result_r)
        os.close(result_w)
        raise
    if pid == 0:  # the child: never returns
        code = 1
        try:
            os.close(result_r)
            _write_all(result_w, work())
            code = 0
        finally:
            os._exit(code)
    os.close(result_w)
    return pid, result_r


def _collect(pid: int, result_fd: int) -> bytes:
    with io.FileIO(result_fd, "r") as f:
        raw = f.readall()
    os.waitpid(pid, 0)
    return raw


def _sha256_of(fd: int, span: tuple[int, int]) -> str:
    """SHA-256 of ``span`` (offset, size) of the open file ``fd``, read without moving its shared position."""
    offset, size = span
    h = hashlib.sha256()
    buf = bytearray(1 << 20)
    view = memoryview(buf)
    while size > 0:
        n = os.preadv(fd, [view[: min(size, len(buf))]], offset)
        if n <= 0:
            break  # the file is shorter than its zip says: the reading through the zip refuses it
        h.update(view[:n])
        offset += n
        size -= n
    return h.hexdigest()


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
