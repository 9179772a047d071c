"""Languages without Qt: the command line reads the same Qt Linguist ``.ts`` files the GUI compiles to ``.qm``.

``translate(context, text)`` is also the call ``pyside6-lupdate`` recognises, so every CLI string is collected
into the ``.ts`` files by the same command that collects the GUI's.

Plural forms work as Qt's do: a source text with ``%n`` marked ``numerus="yes"`` in the ``.ts`` files (lupdate
does so for ``translate(ctx, text, None, 1)`` or ``QT_TRANSLATE_NOOP(ctx, text, None, 1)`` — the fourth argument
must be a number literal there, a variable is taken for an encoding) carries one ``<numerusform>`` per plural form
of the language: English two (one, other), Chinese one. ``translate(ctx, text, None, n)`` picks the form for ``n``
and puts ``n`` in place of ``%n``. English reads its forms from ``recorder_en.ts`` too, so "1 time stamp" and
"3 time stamps" need no code of their own.
"""

from __future__ import annotations

import functools
import locale
import os
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping

from .resources import translations_dir

LANGUAGES = ("zh_CN", "zh_TW", "en")
_catalog: dict[tuple[str, str], str] = {}
_plurals: dict[tuple[str, str], list[str]] = {}
_english_plurals: dict[tuple[str, str], list[str]] | None = None
_current = "en"


def normalize(tag: str | None) -> str | None:
    """Map a locale name (zh_CN.UTF-8, zh-Hant-TW, zh_HK, en_US …) to one of LANGUAGES, or None."""
    if not tag:
        return None
    t = tag.split(".")[0].split("@")[0].replace("-", "_").lower()
    if t.startswith("zh"):
        if any(x in t for x in ("tw", "hk", "mo", "hant")):
            return "zh_TW"
        return "zh_CN"
    if t.startswith("en") or t in ("c", "posix"):
        return "en"
    return None


def system_language(env: Mapping[str, str] | None = None) -> str:
    env = os.environ if env is None else env
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for part in env.get(var, "").split(":"):
            lang = normalize(part)
            if lang:
                return lang
    try:
        lang = normalize(locale.getlocale()[0])
    except ValueError:
        lang = None
    return lang or "en"


Catalogs = tuple[dict[tuple[str, str], str], dict[tuple[str, str], list[str]]]


def read_ts(language: str) -> Catalogs:
    """Read a .ts file once into its translations {(context, source): text} and its plural messages
    {(context, source): [form, …]}; unfinished, obsolete or missing entries are left out."""
    path = translations_dir() / f"recorder_{language}.ts"
    catalog: dict[tuple[str, str], str] = {}
    plurals: dict[tuple[str, str], list[str]] = {}
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return catalog, plurals
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source")
            tr = msg.find("translation")
            if source is None or tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if msg.get("numerus") == "yes":
                forms = [f.text or "" for f in tr.iter("numerusform")]
                if forms and all(forms):
                    plurals[(name, source)] = forms
            elif tr.text:
                catalog[(name, source)] = tr.text
    return catalog, plurals


def load_ts(language: str) -> dict[tuple[str, str], str]:
    """Read a .ts file into {(context, source): translation}; unfinished or missing entries are left out."""
    return read_ts(language)[0]


def load_plurals(language: str) -> dict[tuple[str, str], list[str]]:
    """Read a .ts file's plural messages into {(context, source): [form, …]}; unfinished ones are left out."""
    return read_ts(language)[1]


def plural_index(language: str, n: int) -> int:
    """Which of a language's plural forms fits ``n`` (Qt's rules: English one/other, Chinese a single form)."""
    if language == "en":
        return 0 if n == 1 else 1
    return 0


def plural(forms: Mapping[tuple[str, str], list[str]], language: str, context: str, text: str, n: int) -> str:
    """The form of ``text`` for ``n`` from ``forms`` (the source itself when it has none), ``%n`` filled in."""
    found = forms.get((context, text))
    form = found[min(plural_index(language, n), len(found) - 1)] if found else text
    return form.replace("%n", str(n))


def english_plurals() -> dict[tuple[str, str], list[str]]:
    global _english_plurals
    if _english_plurals is None:
        _english_plurals = load_plurals("en")
    return _english_plurals


def english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The English sentence of a source text: the text itself, or its English plural form for ``n``."""
    return plural(english_plurals(), "en", context, text, n) if n >= 0 else text


def set_language(language: str | None) -> str:
    global _catalog, _plurals, _current
    _current = normalize(language) or system_language() if language else system_language()
    # English needs no catalog; its plural forms are read when a plural is first said (english_plurals).
    _catalog, _plurals = ({}, {}) if _current == "en" else read_ts(_current)
    return _current


def current_language() -> str:
    return _current


@functools.cache  # the .ts files do not change while the program runs; an export asks once per recording
def translator(language: str) -> Callable[..., str]:
    """A :func:`translate` for ``language`` whatever the program's own is: a report is written in the language
    chosen at export, which need not be the one the program speaks."""
    lang = normalize(language) or "en"
    catalog, forms = ({}, english_plurals()) if lang == "en" else read_ts(lang)

    def said(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        if n >= 0:
            if (context, text) in forms:
                return plural(forms, lang, context, text, n)
            return english(context, text, disambiguation, n)
        return catalog.get((context, text), text)

    return said


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the current language; with ``n`` ≥ 0 its plural form for ``n`` (as Qt's translate)."""
    if n >= 0:
        if (context, text) in _plurals:
            return plural(_plurals, _current, context, text, n)
        return english(context, text, disambiguation, n)  # not translated (yet): English, never a wrong form
    return _catalog.get((context, text), text)
