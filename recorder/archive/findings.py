"""What the verifier found: each a translatable sentence with its parameters, naming the member or entry."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

Translate = Callable[[str, str], str]


@dataclass(frozen=True)
class Finding:
    message: str  # English source text in context "Archive"
    params: dict[str, Any] = field(default_factory=dict)

    def text(self, translate: Translate | None = None) -> str:
        template = translate("Archive", self.message) if translate else self.message
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.message.format(**self.params)

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


def is_rust_panic(exc: BaseException) -> bool:
    """A panic inside a Rust-backed library (cryptography, rfc3161-client, pyrage): pyo3 raises it as
    ``pyo3_runtime.PanicException``, a BaseException, which ``except Exception`` does not catch. Recognised by
    name, as pyo3 makes the class at run time and no module exports it."""
    kind = type(exc)
    return kind.__name__ == "PanicException" and kind.__module__ == "pyo3_runtime"
