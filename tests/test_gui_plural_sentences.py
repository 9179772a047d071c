"""The app says the core's plural sentences through Qt's translators as the CLI does through recorder.i18n:
"1 time stamp … was", "3 time stamps … were" (issue 13 item 9), from the same .ts files compiled to .qm."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from recorder.archive import messages as AM
from recorder.archive.findings import Finding
from recorder.core.errors import RecorderError
from recorder.gui.i18n import sentence, translated
from recorder.timestamp import messages as TM

TS = Path(__file__).resolve().parents[1] / "resources" / "translations"


@pytest.fixture
def load(qapp: Any, tmp_path: Path) -> Iterator[Any]:
    """Install the current .ts of a language, compiled to .qm, as the app's translator (removed afterwards)."""
    installed: list[QTranslator] = []

    def install(language: str) -> None:
        for t in installed:
            QCoreApplication.removeTranslator(t)
        qm = tmp_path / f"recorder_{language}.qm"
        lrelease = Path(sys.executable).parent / "pyside6-lrelease"
        subprocess.run([str(lrelease), "-silent", str(TS / f"recorder_{language}.ts"), "-qm", str(qm)], check=True)
        t = QTranslator()
        assert t.load(str(qm))
        QCoreApplication.installTranslator(t)
        installed.append(t)

    yield install
    for t in installed:
        QCoreApplication.removeTranslator(t)


def test_the_app_says_plural_sentences_in_each_language(load: Any) -> None:
    load("en")
    assert sentence(RecorderError(TM.STAMPS_WAITING, n=1)).startswith("1 time stamp for this session was still")
    assert sentence(RecorderError(TM.STAMPS_WAITING, n=3)).startswith("3 time stamps for this session were still")
    gap = Finding(AM.ST_GAPS, {"session": "S", "n": 1})
    assert gap.text(translated) == "Recording S has 1 recorded gap in its audio."
    load("zh_TW")
    assert "本錄音仍有 2 個時間戳記請求" in sentence(RecorderError(TM.STAMPS_WAITING, n=2))
    assert gap.text(translated) == "錄音 S 的音訊中有 1 處已記錄的中斷。"
