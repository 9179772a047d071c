"""Is a passphrase hard enough to guess? zxcvbn's estimate, and its advice in the user's language.

zxcvbn words its advice in English; each of its sentences is mapped here to a translatable one (context
``Passphrase``), so the refusal reads in the user's language in the CLI and in the app alike. A sentence zxcvbn
adds in a later version, and that is not in the table, is replaced by the general advice rather than shown in
English.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import messages as M
from .errors import RecorderError, Translate
from .messages import QT_TRANSLATE_NOOP

CTX = "Passphrase"

# zxcvbn's score runs 0–4; 3 means about 10^8 guesses or more. At about one second per guess (Argon2id, as
# vault.json sets it) that is years of one computer's work; 2 (10^6–10^8) would fall within weeks.
MIN_SCORE = 3
# zxcvbn refuses longer inputs (its matching is quadratic); the first 72 characters tell enough.
_CHECKED_CHARS = 72

GENERAL_ADVICE = QT_TRANSLATE_NOOP("Passphrase", "Use a few words, avoid common phrases.")

# zxcvbn's English feedback (warnings and suggestions, zxcvbn 4.4) → the same sentence, translatable.
_FEEDBACK = {
    "Use a few words, avoid common phrases.": GENERAL_ADVICE,
    "No need for symbols, digits, or uppercase letters.": QT_TRANSLATE_NOOP(
        "Passphrase", "No need for symbols, digits, or uppercase letters."
    ),
    "Add another word or two. Uncommon words are better.": QT_TRANSLATE_NOOP(
        "Passphrase", "Add another word or two. Uncommon words are better."
    ),
    "Straight rows of keys are easy to guess.": QT_TRANSLATE_NOOP(
        "Passphrase", "Straight rows of keys are easy to guess."
    ),
    "Short keyboard patterns are easy to guess.": QT_TRANSLATE_NOOP(
        "Passphrase", "Short keyboard patterns are easy to guess."
    ),
    "Use a longer keyboard pattern with more turns.": QT_TRANSLATE_NOOP(
        "Passphrase", "Use a longer keyboard pattern with more turns."
    ),
    'Repeats like "aaa" are easy to guess.': QT_TRANSLATE_NOOP("Passphrase", "Repeats like “aaa” are easy to guess."),
    'Repeats like "abcabcabc" are only slightly harder to guess than "abc".': QT_TRANSLATE_NOOP(
        "Passphrase", "Repeats like “abcabcabc” are only slightly harder to guess than “abc”."
    ),
    "Avoid repeated words and characters.": QT_TRANSLATE_NOOP("Passphrase", "Avoid repeated words and characters."),
    'Sequences like "abc" or "6543" are easy to guess.': QT_TRANSLATE_NOOP(
        "Passphrase", "Sequences like “abc” or “6543” are easy to guess."
    ),
    "Avoid sequences.": QT_TRANSLATE_NOOP("Passphrase", "Avoid sequences."),
    "Recent years are easy to guess.": QT_TRANSLATE_NOOP("Passphrase", "Recent years are easy to guess."),
    "Avoid recent years.": QT_TRANSLATE_NOOP("Passphrase", "Avoid recent years."),
    "Avoid years that are associated with you.": QT_TRANSLATE_NOOP(
        "Passphrase", "Avoid years that are associated with you."
    ),
    "Dates are often easy to guess.": QT_TRANSLATE_NOOP("Passphrase", "Dates are often easy to guess."),
    "Avoid dates and years that are associated with you.": QT_TRANSLATE_NOOP(
        "Passphrase", "Avoid dates and years that are associated with you."
    ),
    "This is a top-10 common password.": QT_TRANSLATE_NOOP(
        "Passphrase", "This is one of the 10 most common passwords."
    ),
    "This is a top-100 common password.": QT_TRANSLATE_NOOP(
        "Passphrase", "This is one of the 100 most common passwords."
    ),
    "This is a very common password.": QT_TRANSLATE_NOOP("Passphrase", "This is a very common password."),
    "This is similar to a commonly used password.": QT_TRANSLATE_NOOP(
        "Passphrase", "This is similar to a commonly used password."
    ),
    "A word by itself is easy to guess.": QT_TRANSLATE_NOOP("Passphrase", "A word by itself is easy to guess."),
    "Names and surnames by themselves are easy to guess.": QT_TRANSLATE_NOOP(
        "Passphrase", "Names and surnames by themselves are easy to guess."
    ),
    "Common names and surnames are easy to guess.": QT_TRANSLATE_NOOP(
        "Passphrase", "Common names and surnames are easy to guess."
    ),
    "Capitalization doesn't help very much.": QT_TRANSLATE_NOOP("Passphrase", "Capital letters do not help much."),
    "All-uppercase is almost as easy to guess as all-lowercase.": QT_TRANSLATE_NOOP(
        "Passphrase", "All capitals are almost as easy to guess as all small letters."
    ),
    "Reversed words aren't much harder to guess.": QT_TRANSLATE_NOOP(
        "Passphrase", "Words spelled backwards are not much harder to guess."
    ),
    "Predictable substitutions like '@' instead of 'a' don't help very much.": QT_TRANSLATE_NOOP(
        "Passphrase", "Predictable substitutions like “@” instead of “a” do not help much."
    ),
}


@dataclass(frozen=True)
class Strength:
    """zxcvbn's verdict: ``advice`` are source texts of context ``Passphrase`` (warning first), to translate."""

    score: int
    advice: tuple[str, ...]

    @property
    def acceptable(self) -> bool:
        return self.score >= MIN_SCORE


def strength(passphrase: str) -> Strength:
    from zxcvbn import zxcvbn  # its dictionaries take a moment to load: only where a passphrase is chosen

    result = zxcvbn(passphrase[:_CHECKED_CHARS], user_inputs=["evidence", "recorder", "vault", "passphrase"])
    feedback = result.get("feedback") or {}
    english = [feedback.get("warning") or "", *(feedback.get("suggestions") or [])]
    advice: list[str] = []
    for text in english:
        if text:
            mapped = _FEEDBACK.get(text, GENERAL_ADVICE)
            if mapped not in advice:
                advice.append(mapped)
    if not advice:
        advice.append(GENERAL_ADVICE)
    return Strength(int(result.get("score", 0)), tuple(advice))


class WeakPassphrase(RecorderError):
    """The passphrase is too easy to guess; the sentence carries zxcvbn's advice, translated piece by piece."""

    def __init__(self, advice: tuple[str, ...]) -> None:
        self.advice = advice
        super().__init__(M.WEAK_PASSPHRASE, advice=" ".join(advice))

    def sentence(self, translate: Translate | None = None) -> str:
        if translate is None:
            return super().sentence()
        advice = " ".join(translate(CTX, a) for a in self.advice)
        text = translate(M.CTX, self.message)
        try:
            return text.format(advice=advice)
        except (KeyError, IndexError, ValueError):
            return self.message.format(advice=advice)


def require_strong(passphrase: str) -> None:
    """Raise :class:`WeakPassphrase` (or the empty-passphrase sentence) unless ``passphrase`` is hard to guess."""
    if not passphrase:
        raise RecorderError(M.EMPTY_PASSPHRASE)
    verdict = strength(passphrase)
    if not verdict.acceptable:
        raise WeakPassphrase(verdict.advice)
