"""Languages without Qt: the command line reads the same Qt Linguist ``.ts`` files the GUI compiles to ``.qm``.

``translate(context, text)`` is also the call ``pyside6-lupdate`` recognises, so every CLI string is collected
into the ``.ts`` files by the same command that collects the GUI's.
"""

from __future__ import annotations

import locale
import os
import xml.etree.ElementTree as ET
from collections.abc import Mapping

from .resources import translations_dir

LANGUAGES = ("zh_CN", "zh_TW", "en")
_catalog: dict[tuple[str, str], str] = {}
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


def load_ts(language: str) -> dict[tuple[str, str], str]:
    """Read a .ts file into {(context, source): translation}; unfinished or missing entries are left out."""
    path = translations_dir() / f"recorder_{language}.ts"
    catalog: dict[tuple[str, str], str] = {}
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return catalog
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source")
            tr = msg.find("translation")
            if source is None or tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if tr.text:
                catalog[(name, source)] = tr.text
    return catalog


def set_language(language: str | None) -> str:
    global _catalog, _current
    _current = normalize(language) or system_language() if language else system_language()
    _catalog = {} if _current == "en" else load_ts(_current)
    return _current


def current_language() -> str:
    return _current


def translate(context: str, text: str) -> str:
    return _catalog.get((context, text), text)
