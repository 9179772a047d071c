"""Every string the app, the command line and the report show is translated in every shipped language (ground
rule 7): the committed .ts files hold no unfinished message, and nothing was collected from a call whose text is not
a literal (an empty source, or a context's name taken for a text, is a call lupdate misread)."""

from __future__ import annotations

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
