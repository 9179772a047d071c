"""Reading an archive's members for the verifier: each member streamed once, hashed against SHA256SUMS on the way
(with progress and cancel), and the problems and statements found collected. The verifier (``verify``) and the
checks it runs (``session_check``, ``audio_check``) share it, so the checks need not know the verifier."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ..core.progress import CancelFlag, Cancelled, Progress, never, no_progress
from . import layout
from . import messages as M
from .findings import Finding, VerifyReport
from .safezip import SafeZip


class MemberReader:
    """Reads an untrusted archive's members once each, hashing them on the way against SHA256SUMS, and collects
    what it finds. The verifier is one; the session and audio checks read through it."""

    def __init__(self, z: SafeZip, report: VerifyReport, progress: Progress, cancel: CancelFlag) -> None:
        self.z = z
        self.report = report
        self.progress = progress
        self.cancel = cancel
        self.sums: dict[str, str] = {}
        self.hashed: set[str] = set()
        self.total = sum(z.size(n) for n in z.members) or 1
        self.done = 0
        self.identity: bytes | None = None
        self.progress_shown = progress is not no_progress
        self.cancellable = cancel is not never

    def problem(self, message: str, **params: Any) -> None:
        self.report.problems.append(Finding(message, params))

    def statement(self, message: str, **params: Any) -> None:
        self.report.statements.append(Finding(message, params))

    # -- reading with hashing -----------------------------------------------------------------------
    def chunks(self, name: str) -> Iterator[bytes]:
        """A member's bytes, hashed on the way and checked against SHA256SUMS at the end."""
        h = hashlib.sha256()
        for chunk in self.z.stream(name):
            if self.cancel():
                raise Cancelled()
            h.update(chunk)
            self.done += len(chunk)
            self.progress(self.done, self.total)
            yield chunk
        if name not in self.hashed:
            self.hashed.add(name)
            expected = self.sums.get(name)
            if expected is not None and h.hexdigest() != expected:
                self.problem(M.HASH_MISMATCH, name=name)

    def read_member(self, name: str, consume: Callable[[bytes], None] | None = None) -> bool:
        """Stream a member once: its SHA-256 against SHA256SUMS and, optionally, through ``consume``."""
        if name not in self.z.members:
            self.problem(M.MISSING_MEMBER, name=name)
            return False
        for chunk in self.chunks(name):
            if consume is not None:
                consume(chunk)
        return True

    def read_small(self, name: str, limit: int = layout.MAX_SMALL_MEMBER) -> bytes | None:
        if name not in self.z.members:
            self.problem(M.MISSING_MEMBER, name=name)
            return None
        if self.z.size(name) > limit:
            self.problem(M.TOO_BIG, name=name)
            return None
        parts: list[bytes] = []
        self.read_member(name, parts.append)
        return b"".join(parts)


def iter_lines(chunks: Iterable[bytes], limit: int) -> Iterable[tuple[bytes | None, bool]]:
    """Split a byte stream into lines without holding more than ``limit`` bytes; yields (line, complete).

    A line longer than ``limit`` is yielded as (None, True) once and skipped.
    """
    buf = b""
    skipping = False
    for chunk in chunks:
        parts = (buf + chunk).split(b"\n")
        buf = parts.pop()
        for line in parts:
            if skipping:
                skipping = False
                continue
            yield line, True
        if len(buf) > limit:
            if not skipping:
                yield None, True
            skipping = True
            buf = b""
    if buf and not skipping:
        yield buf, False
