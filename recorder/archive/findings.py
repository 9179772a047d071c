"""What the verifier found: each a translatable sentence with its parameters, naming the member or entry."""

from __future__ import annotations

import json
import logging
import os
import sys
import tempfile
from dataclasses import dataclass, field
from typing import IO, Any

from ..core.errors import Phrase, Translate, render
from . import messages as M

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Finding:
    message: str  # English source text in context "Archive"
    params: dict[str, Any] = field(default_factory=dict)

    def text(self, translate: Translate | None = None) -> str:
        return render("Archive", self.message, self.params, translate)

    def __str__(self) -> str:
        return self.text()


@dataclass
class VerifyReport:
    """The verifier's answer. ``ok``: authentic and complete. ``readable``: the file could be opened at all."""

    path: str
    ok: bool = False
    readable: bool = True
    statements: list[Finding] = field(default_factory=list)
    problems: list[Finding] = field(default_factory=list)
    sessions: list[dict[str, Any]] = field(default_factory=list)
    identity_fingerprint: str | None = None

    @property
    def exit_code(self) -> int:
        return 0 if self.ok else (1 if self.readable else 2)

    def to_dict(self, translate: Translate | None = None) -> dict[str, Any]:
        return {
            "path": self.path,
            "ok": self.ok,
            "readable": self.readable,
            "identity_fingerprint": self.identity_fingerprint,
            "statements": [s.text(translate) for s in self.statements],
            "problems": [p.text(translate) for p in self.problems],
            "sessions": self.sessions,
        }

    def to_json(self, translate: Translate | None = None) -> str:
        return json.dumps(self.to_dict(translate), ensure_ascii=False, indent=1)


def failure_words(exc: BaseException) -> Phrase:
    """Why the verifier gave up, in words a person reads (never a Python class name, issue 12 §5); the class
    itself goes to the log, for whoever investigates."""
    log.warning("the verifier stopped on %s: %s", type(exc).__name__, exc)
    if isinstance(exc, RecursionError):
        return Phrase(M.NESTED_TOO_DEEPLY)
    if isinstance(exc, MemoryError):
        return Phrase(M.TOO_LARGE_FOR_MEMORY)
    if is_rust_panic(exc):
        return Phrase(M.LIBRARY_STOPPED)
    return Phrase(M.UNEXPECTED)


def is_rust_panic(exc: BaseException) -> bool:
    """A panic inside a Rust-backed library (cryptography, rfc3161-client, pyrage): pyo3 raises it as
    ``pyo3_runtime.PanicException``, a BaseException, which ``except Exception`` does not catch. Recognised by
    name, as pyo3 makes the class at run time and no module exports it."""
    kind = type(exc)
    return kind.__name__ == "PanicException" and kind.__module__ == "pyo3_runtime"


class RustPanicMessagesHeld:
    """Rust's panic hook writes "thread '…' panicked at …" (and, with RUST_BACKTRACE, a backtrace) straight to
    file descriptor 2 before pyo3 raises the panic as an exception, which the verifier turns into a sentence; the
    user must see the sentence, not that text. While untrusted input goes through such a library, descriptor 2
    is held in a temporary file (never a pipe, which could fill and block a writer); afterwards what was written
    is passed on, all of it unless a panic was raised, then only what came before the panic's message."""

    def __enter__(self) -> RustPanicMessagesHeld:
        self._held: IO[bytes] | None = None
        try:
            sys.stderr.flush()
            self._saved = os.dup(2)
            self._held = tempfile.TemporaryFile()  # noqa: SIM115 - closed in __exit__
            os.dup2(self._held.fileno(), 2)
        except OSError:
            if self._held is not None:
                self._held.close()
                self._held = None
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        held = self._held
        if held is None:
            return
        try:
            sys.stderr.flush()
        except (OSError, ValueError):
            pass
        os.dup2(self._saved, 2)
        os.close(self._saved)
        held.seek(0)
        text = held.read()
        held.close()
        if exc is not None and is_rust_panic(exc):
            at = text.find(b"panicked at")
            if at >= 0:  # Rust begins its message with an empty line; drop it with the rest
                kept = text[: text.rfind(b"\n", 0, at) + 1].rstrip(b"\n")
                text = kept + b"\n" if kept else b""
        if text:
            try:
                os.write(2, text)
            except OSError:
                pass
