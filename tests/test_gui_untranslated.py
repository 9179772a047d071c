"""Issue 13, "tests and pictures": on each screen a user meets under stress — recording, paused, microphone lost,
locked, a wrong passphrase, an export done, a review — a Chinese window shows no source text that its language
translates (each visible text is compared with the .ts sources), and a zh_TW window no Simplified-only character.
The same screens are photographed by scripts/screenshots.sh."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from recorder.core.vault import Vault
from tests.fixtures.audio import PulseServer
from tests.fixtures.core import PASSPHRASE
from tests.screens import CALL_STATES, STATES, drive, drive_call, screen_texts, untranslated
from tests.test_translations_glossary import SIMPLIFIED_ONLY


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_no_untranslated_text_on_any_screen(
    qtbot: Any, window: Any, vault: Vault, mic: PulseServer, tmp_path: Path, language: str
) -> None:
    window.set_language(language)
    window.unlock(PASSPHRASE)
    seen = []
    problems: dict[str, list[Any]] = {}
    for state in drive(
        window,
        PASSPHRASE,
        tmp_path / "evidence.zip",
        mic.unplug_microphone,
        mic.plug_microphone,
        note="两个人" if language == "zh_CN" else "兩個人",
    ):
        seen.append(state)
        texts = screen_texts()
        missed = untranslated(texts, language)
        if language == "zh_TW":
            missed += [t for t in texts if set(t) & SIMPLIFIED_ONLY]
        if missed:
            problems[state] = missed
    assert seen == list(STATES)
    assert problems == {}


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_no_untranslated_text_in_call_mode(qtbot: Any, call_output: PulseServer, window: Any, language: str) -> None:
    """Call mode's screens (issue 16): a call recording, with the line on the laws of recording calls shown the first
    time, and the other party's output lost mid-call."""
    window.set_language(language)
    seen, problems = [], {}
    for state in drive_call(
        window, call_output.unplug_output, call_output.plug_output, note="对方" if language == "zh_CN" else "對方"
    ):
        seen.append(state)
        texts = screen_texts()
        missed: list[Any] = untranslated(texts, language)
        if language == "zh_TW":
            missed += [t for t in texts if set(t) & SIMPLIFIED_ONLY]
        if missed:
            problems[state] = missed
        # The strip speaks of a call in the window's language: the two meters and, lost, the output by its name.
        words = window.state_view.strip.words.text()
        assert ("通话" if language == "zh_CN" else "通話") in words or "VirtualSpeakers" in words, words
        meters = window.call_mode.meters  # too short for the check above ("Me")
        other = "对方" if language == "zh_CN" else "對方"
        assert (meters.me_label.text(), meters.other_label.text()) == ("我方", other)
    assert seen == list(CALL_STATES)
    assert problems == {}


def test_the_check_finds_an_untranslated_text(qtbot: Any) -> None:
    # The check above means something: an English sentence of the app, its placeholder filled, is found.
    found = untranslated(["Recording started (VirtualMic)", "录音已开始"], "zh_CN")
    assert [f.source for f in found] == ["Recording started ({name})"]
