"""The default quick tags (GLOSSARY.md). A tag entry stores a language-neutral ``code`` beside the label the
user saw, so that the report's facts (DESIGN §8) can be computed whatever language the app was in."""

from __future__ import annotations

from dataclasses import dataclass

from .messages import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class TagKind:
    code: str
    label: str  # English source text; translated in context "Tags"
    key: str  # the key that adds it: a digit, or Shift with a digit for the second row


DEFAULT_TAGS: tuple[TagKind, ...] = (
    TagKind("arrived", QT_TRANSLATE_NOOP("Tags", "Arrived"), "1"),
    TagKind("showed-id", QT_TRANSLATE_NOOP("Tags", "Showed ID"), "2"),
    TagKind("refused-id", QT_TRANSLATE_NOOP("Tags", "Refused to show ID"), "3"),
    TagKind("asked-to-leave", QT_TRANSLATE_NOOP("Tags", "Asked them to leave"), "4"),
    TagKind("refused-to-leave", QT_TRANSLATE_NOOP("Tags", "Refused to leave"), "5"),
    TagKind("threat", QT_TRANSLATE_NOOP("Tags", "Threat"), "6"),
    TagKind("insult", QT_TRANSLATE_NOOP("Tags", "Insult"), "7"),
    TagKind("contacted-others", QT_TRANSLATE_NOOP("Tags", "They contacted my family or others"), "8"),
    TagKind("entered-home", QT_TRANSLATE_NOOP("Tags", "Entered home"), "9"),
    TagKind("left", QT_TRANSLATE_NOOP("Tags", "Left"), "0"),
    # The second row (GLOSSARY.md): what also happens at such visits, on Shift with a digit.
    TagKind("pushed-or-hit", QT_TRANSLATE_NOOP("Tags", "Pushed or hit"), "Shift+1"),
    TagKind("blocked-door", QT_TRANSLATE_NOOP("Tags", "Blocked the door"), "Shift+2"),
    TagKind("filmed-me", QT_TRANSLATE_NOOP("Tags", "They filmed me"), "Shift+3"),
    TagKind("called-police", QT_TRANSLATE_NOOP("Tags", "I called the police"), "Shift+4"),
)

BY_CODE = {t.code: t for t in DEFAULT_TAGS}
