"""The default quick tags (GLOSSARY.md). A tag entry stores a language-neutral ``code`` beside the label the
user saw, so that the report's facts (DESIGN §8) can be computed whatever language the app was in."""

from __future__ import annotations

from dataclasses import dataclass

from .messages import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class TagKind:
    code: str
    label: str  # English source text; translated in context "Tags"
    key: str  # the number key that adds it


DEFAULT_TAGS: tuple[TagKind, ...] = (
    TagKind("arrived", QT_TRANSLATE_NOOP("Tags", "Arrived"), "1"),
    TagKind("showed-id", QT_TRANSLATE_NOOP("Tags", "Showed ID"), "2"),
    TagKind("refused-id", QT_TRANSLATE_NOOP("Tags", "Refused to show ID"), "3"),
    TagKind("asked-to-leave", QT_TRANSLATE_NOOP("Tags", "Asked them to leave"), "4"),
    TagKind("refused-to-leave", QT_TRANSLATE_NOOP("Tags", "Refused to leave"), "5"),
    TagKind("threat", QT_TRANSLATE_NOOP("Tags", "Threat"), "6"),
    TagKind("insult", QT_TRANSLATE_NOOP("Tags", "Insult"), "7"),
    TagKind("contacted-others", QT_TRANSLATE_NOOP("Tags", "Contacted family or others"), "8"),
    TagKind("entered-home", QT_TRANSLATE_NOOP("Tags", "Entered home"), "9"),
    TagKind("left", QT_TRANSLATE_NOOP("Tags", "Left"), "0"),
)

BY_CODE = {t.code: t for t in DEFAULT_TAGS}
