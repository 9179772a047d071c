"""Errors the user can meet: each carries one translatable sentence and its parameters."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

# translate(context, text) as recorder.i18n's and Qt's; a plural sentence (one with %n) is looked up as
# translate(context, text, None, n), which both accept too.
Translate = Callable[..., str]


class Phrase(str):
    """A parameter that is itself a marked text of the sentence's context (a reason in words, "nested too
    deeply"): :func:`render` translates it with the sentence. Still a str, so JSON and logs take it as it is."""

    __slots__ = ()


class Worded(str):
    """A parameter that is a phrase of its own context with its own parameters (a chain rule that does not hold,
    inside the verifier's sentence about a journal line): :func:`render` translates it with the sentence. As a str
    it is the English phrase, so comparisons, JSON and logs take it as it is."""

    context: str
    message: str
    params: dict[str, Any]

    def __new__(cls, context: str, message: str, **params: Any) -> Worded:
        self = super().__new__(cls, message.format(**params) if params else message)
        self.context, self.message, self.params = context, message, params
        return self

    def __getnewargs_ex__(self) -> tuple[tuple[str, str], dict[str, Any]]:  # pickled across processes
        return (self.context, self.message), self.params


# A time as the journal stores it (FORMAT §1): ISO 8601 in UTC with a "Z". Shown in a sentence, it reads as a date,
# a time and "UTC" (issue 13 item 9: no raw ISO strings where a person reads); JSON output keeps the stored form.
_STORED_UTC = re.compile(r"(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d)(?:\.\d+)?Z")


def readable_utc(value: Any) -> Any:
    """A stored UTC time as ``2026-12-06 22:41:18 UTC``; anything else unchanged."""
    if isinstance(value, str) and not isinstance(value, Phrase):
        m = _STORED_UTC.fullmatch(value)
        if m:
            return f"{m.group(1)} {m.group(2)} UTC"
    return value


def render(context: str, message: str, params: Mapping[str, Any], translate: Translate | None = None) -> str:
    """One sentence from its English source text and parameters, in the language of ``translate`` (English
    without it). A source text with ``%n`` is a plural (marked ``numerus="yes"`` in the .ts files): its number is
    the parameter ``n``, and the form for it comes from the translations (English's too: "1 time stamp")."""
    from ..i18n import english  # Qt-free; reads the English plural forms from the same .ts files

    params = {
        k: render(v.context, v.message, v.params, translate) if isinstance(v, Worded) else readable_utc(v)
        for k, v in params.items()
    }
    if translate is not None and any(isinstance(v, Phrase) for v in params.values()):
        params = {k: translate(context, v) if isinstance(v, Phrase) else v for k, v in params.items()}
    n = params.get("n") if "%n" in message else None
    if isinstance(n, int) and not isinstance(n, bool) and n >= 0:
        text = translate(context, message, None, n) if translate else english(context, message, None, n)
        source = english(context, message, None, n)
    else:
        text = translate(context, message) if translate else message
        source = message
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        # A broken translation must never hide the message: fall back to the English source.
        return source.format(**params)


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
        return render(self.context, self.message, self.params, translate)


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
