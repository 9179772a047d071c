"""Words a person reads for the tokens the recording stores: the input's description instead of ``default``, why
audio is missing instead of ``input-lost``, why a recording was sealed instead of ``(stopped)``, the visitors card
as a sentence instead of ``company: …; count: …``. All in context "Words", in the user's language."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

# The same words as the report prints (one table each, archive/report_words.py), so the app and the report agree.
from ..archive.report_words import GAP_REASONS as _GAP_REASONS
from ..archive.report_words import SEAL_REASONS as _SEAL_REASONS
from ..archive.report_words import SOURCE_KINDS as _SOURCE_KINDS

_ISO_UTC = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Words", text)


class Words(QObject):
    """Texts with plural forms: lupdate marks ``self.tr(text, "", n)`` as numerus (context "Words")."""

    def visitors(self, count: int) -> str:
        return self.tr("%n visitors", "", count)


_words: Words | None = None


def _plural_words() -> Words:
    global _words
    if _words is None:
        _words = Words()
    return _words


def input_text(name: str | None) -> str:
    """An input as the system describes it; the system default when there is nothing better to say."""
    from ..audio.descriptions import describe_input  # no PortAudio: only the sound server is asked

    described = describe_input(name)
    if described:
        return described
    return QCoreApplication.translate("Words", "the system's default microphone")


def recorded_input_text(name: str | None) -> str:
    """An input named in a recording made earlier: described where the sound server still knows that source,
    else its name; the names that only mean "the system's default" are said so (what that default was then is
    not known now, so today's default is not described in its place)."""
    from ..audio.descriptions import SERVER_DEFAULT_NAMES, describe_input

    if not name or name.strip().lower() in SERVER_DEFAULT_NAMES:
        return QCoreApplication.translate("Words", "the system's default microphone")
    return describe_input(name) or name


def _reason(words: dict[str, str], reason: str | None) -> str:
    # A known token in words; any other text was written for people by whatever wrote the entry: as it is.
    if not reason:
        return QCoreApplication.translate("Words", "unknown reason")
    known = words.get(reason)
    return _tr(known) if known else reason


def input_event_text(body: Mapping[str, Any]) -> str:
    """An ``input`` entry in words: what happened to the input, and which one ("Input back: Built-in Microphone")."""
    name = recorded_input_text(str(body.get("device") or body.get("name") or "") or None)
    event = body.get("event")
    if event == "opened":
        return QCoreApplication.translate("Words", "Recording from {device}").format(device=name)
    if event == "ended":
        return QCoreApplication.translate("Words", "Input ended: {device}").format(device=name)
    if event == "resumed":
        return QCoreApplication.translate("Words", "Input back: {device}").format(device=name)
    if event == "failed":
        return QCoreApplication.translate("Words", "Input could not be used: {device}").format(device=name)
    if event == "changed":
        previous = recorded_input_text(str(body.get("previous") or "") or None)
        return QCoreApplication.translate("Words", "Input changed to {device} (was {previous})").format(
            device=name, previous=previous
        )
    return name


def gap_reason(reason: str | None) -> str:
    return _reason(_GAP_REASONS, reason)


def seal_reason(reason: str | None) -> str:
    return _reason(_SEAL_REASONS, reason)


def source_kind(kind: str | None) -> str:
    """What a recording's audio came from, when it was not a live input."""
    return _reason(_SOURCE_KINDS, kind)


def for_people(params: Mapping[str, Any]) -> dict[str, Any]:
    """A sentence's parameters as a person reads them: device times (ISO, UTC, "Z") in local time with the offset,
    a seal's reason and a source's kind in words; everything else as it is."""
    from ..timestamp.share import device_time

    out = dict(params)
    for key, value in params.items():
        if isinstance(value, str) and _ISO_UTC.fullmatch(value):
            out[key] = device_time(value)
        elif key == "reason" and isinstance(value, str) and value in _SEAL_REASONS:
            out[key] = seal_reason(value)
        elif key == "kind" and isinstance(value, str) and value in _SOURCE_KINDS:
            out[key] = source_kind(value)
    return out


def visitors_sentence(card: Mapping[str, Any]) -> str:
    """The "who is here" card as one sentence: "2 visitors (Zhang, staff no. 1234) from X, for Y; phone numbers: …"."""
    count = card.get("count") if isinstance(card.get("count"), int) else 0
    names = [str(n) for n in card.get("names") or [] if str(n).strip()] if isinstance(card.get("names"), list) else []
    phones = (
        [str(p) for p in card.get("phones") or [] if str(p).strip()] if isinstance(card.get("phones"), list) else []
    )
    company = str(card.get("company") or "").strip()
    platform = str(card.get("platform") or "").strip()
    sep = QCoreApplication.translate("Words", ", ")
    text = _plural_words().visitors(count) if count else QCoreApplication.translate("Words", "Visitors")
    if names:
        text = QCoreApplication.translate("Words", "{people} ({names})").format(people=text, names=sep.join(names))
    if company:
        text = QCoreApplication.translate("Words", "{people} from {company}").format(people=text, company=company)
    if platform:
        text = QCoreApplication.translate("Words", "{people}, for {platform}").format(people=text, platform=platform)
    if phones:
        text = QCoreApplication.translate("Words", "{people}; phone numbers: {phones}").format(
            people=text, phones=sep.join(phones)
        )
    return text
