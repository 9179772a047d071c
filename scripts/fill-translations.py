#!/usr/bin/env python3
"""Collect new strings into the .ts files, then fill their translations from a JSON file.

Usage: .venv/bin/python scripts/fill-translations.py TRANSLATIONS.json

TRANSLATIONS.json maps a source text to its translations, optionally per context:
    {"Source text": {"zh_CN": "…", "zh_TW": "…"},
     "Context::Source text": {"zh_CN": "…", "zh_TW": "…", "en": "…"}}
"en" defaults to the source text itself. Several people may run this at once: a lock file serialises the
collect-and-fill step, so one run never overwrites another's translations.
"""

from __future__ import annotations

import fcntl
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGS = ("zh_CN", "zh_TW", "en")


def fill(mapping: dict[str, dict[str, str]]) -> dict[str, int]:
    filled = {}
    for lang in LANGS:
        path = TS_DIR / f"recorder_{lang}.ts"
        tree = ET.parse(path)
        count = 0
        for context in tree.getroot().iter("context"):
            ctx = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source")
                if source is None:
                    continue
                entry = mapping.get(f"{ctx}::{source}") or mapping.get(source)
                if entry is None:
                    continue
                text = entry.get(lang, source if lang == "en" else None)
                if text is None:
                    continue
                tr = message.find("translation")
                if tr is None:
                    tr = ET.SubElement(message, "translation")
                if message.get("numerus") == "yes":
                    forms = text if isinstance(text, list) else [text]
                    for child in list(tr):
                        tr.remove(child)
                    tr.text = None
                    for form in forms:
                        ET.SubElement(tr, "numerusform").text = form
                else:
                    tr.text = text
                tr.attrib.pop("type", None)
                count += 1
        ET.indent(tree, space="    ")
        body = ET.tostring(tree.getroot(), encoding="unicode")
        # Written beside and renamed, so a test reading the file meanwhile never sees half of it.
        tmp = path.with_suffix(".ts.tmp")
        tmp.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
        tmp.replace(path)
        filled[lang] = count
    return filled


def main() -> int:
    mapping = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8")) if len(sys.argv) > 1 else {}
    with open("/tmp/recorder-translations.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        subprocess.run(["bash", str(ROOT / "scripts" / "update-translations.sh")], check=True, capture_output=True)
        print(fill(mapping))
        # Once more through lupdate: it writes the files in its own layout, so a fill shows in git as the lines
        # it changed, not as the whole file re-serialised.
        subprocess.run(["bash", str(ROOT / "scripts" / "update-translations.sh")], check=True, capture_output=True)
        unfinished = {
            lang: (TS_DIR / f"recorder_{lang}.ts").read_text(encoding="utf-8").count('type="unfinished"')
            for lang in LANGS
        }
        print("unfinished:", unfinished)
    return 0


if __name__ == "__main__":
    sys.exit(main())
