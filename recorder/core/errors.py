"""Errors the user can meet: each carries one translatable sentence and its parameters."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Translate = Callable[[str, str], str]


class RecorderError(Exception):
    """A failure that is told to the user as one sentence (DESIGN P8), never as a traceback.

    ``message`` is the English source text (a key into the translations, see :mod:`recorder.core.messages`);
    ``params`` fill its ``{placeholders}``.
    """

    exit_code = 2
    context = "Messages"  # the translation context its messages are marked in (the archive's: "Archive")

    def __init__(self, message: str, **params: Any) -> None:
        self.message = message
        self.params = params
        super().__init__(self.sentence())

    def sentence(self, translate: Translate | None = None) -> str:
        text = translate(self.context, self.message) if translate else self.message
        try:
            return text.format(**self.params)
        except (KeyError, IndexError, ValueError):
            # A broken translation must never hide the message: fall back to the English source.
            return self.message.format(**self.params)


class WrongPassphrase(RecorderError):
    pass


class VaultMissing(RecorderError):
    pass


class VaultReplaced(RecorderError):
    """vault.json's keys are not the ones pinned when the vault was made: a check has failed (exit 1)."""

    exit_code = 1


class FormatError(RecorderError):
    """A vault or journal file that is damaged, foreign, or from a newer format version."""


class SessionBusy(RecorderError):
    pass


class SessionEnded(RecorderError):
    pass


class DiskFull(RecorderError):
    pass


class NotWritable(RecorderError):
    pass
