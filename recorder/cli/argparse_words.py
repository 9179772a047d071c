"""argparse's own words (the usage line, its error sentences, the help headings) in the user's language.

argparse looks its words up through gettext: the names ``_`` and ``ngettext`` in its module. The ones a user of
``recorder`` can meet are marked here (context ``Argparse``) so that pyside6-lupdate collects them into the .ts
files; :func:`install` makes argparse look them up in :mod:`recorder.i18n` instead (a word not listed here, or
not translated, stays argparse's English). The texts are argparse's own, character for character (Python 3.11).
"""

from __future__ import annotations

import argparse

from ..core.messages import QT_TRANSLATE_NOOP
from ..i18n import translate

CTX = "Argparse"

WORDS = (
    QT_TRANSLATE_NOOP("Argparse", "usage: "),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("Argparse", "options"),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "can't open '%(filename)s': %(error)s"),
)
VERSION_HELP = QT_TRANSLATE_NOOP("Argparse", "show program's version number and exit")


def _gettext(message: str) -> str:
    return translate(CTX, message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    return translate(CTX, singular if n == 1 else plural)


def install() -> None:
    """Route argparse's look-ups to the current language (set before the command line is parsed)."""
    argparse._ = _gettext  # type: ignore[attr-defined]
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]
