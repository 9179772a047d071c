"""Every string the app, the command line and the report show is translated in every shipped language (ground
rule 7): the committed .ts files hold no unfinished message, and nothing was collected from a call whose text is not
a literal (an empty source, or a context's name taken for a text, is a call lupdate misread)."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TS = Path(__file__).resolve().parents[1] / "resources" / "translations"


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW", "en"])
def test_no_message_is_left_unfinished(lang: str) -> None:
    root = ET.parse(TS / f"recorder_{lang}.ts").getroot()
    unfinished, misread = [], []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            tr = message.find("translation")
            if tr is not None and tr.get("type") == "unfinished":
                unfinished.append((name, source))
            if not name or not source.strip():
                misread.append((name, source))
    assert not unfinished, unfinished
    assert not misread, misread


def _messages(path: Path) -> set[tuple[str, str]]:
    root = ET.parse(path).getroot()
    found = set()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr is not None and tr.get("type") in ("obsolete", "vanished"):
                continue
            found.add((name, message.findtext("source") or ""))
    return found


def test_every_string_in_the_code_is_in_the_committed_translations(tmp_path: Path) -> None:
    """A string marked for translation in the code but never collected into the .ts files would show in English
    whatever the language (it is not 'unfinished': it is absent). lupdate collects the code afresh into a copy of
    the Simplified Chinese file; it must find nothing the committed file lacks."""
    root = TS.parents[1]
    sources = sorted(str(p) for p in (root / "recorder").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    fresh.write_bytes((TS / "recorder_zh_CN.ts").read_bytes())
    lupdate = root / ".venv" / "bin" / "pyside6-lupdate"
    subprocess.run([str(lupdate), "-no-obsolete", "-silent", *sources, "-ts", str(fresh)], check=True, timeout=300)
    missing = _messages(fresh) - _messages(TS / "recorder_zh_CN.ts")
    assert not missing, sorted(missing)[:20]
