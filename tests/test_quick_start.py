"""``recorder --record`` starts recording before Qt loads (recorder/quick_start.py) and the window takes it over.

The recording must land where the window itself would have put it (same vault, same case name in the app's
language, the input chosen in the settings), every engine event must reach the window in order even when it came
before the window existed, and a recording that could not start is one banner sentence, not a second try."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from recorder import quick_start
from recorder.core.check import check_session
from recorder.core.store import RECORDING, SEALED, SessionReader, list_sessions
from recorder.core.vault import Vault
from tests.fixtures.audio import PulseServer
from tests.fixtures.gui import cleanup_window, make_window


def test_relay_holds_events_until_the_window_connects_then_passes_them_in_order() -> None:
    relay = quick_start.EventRelay()
    relay("first")
    relay("second")
    seen: list[str] = []
    relay.connect(seen.append)
    assert seen == ["first", "second"]
    relay("third")
    assert seen == ["first", "second", "third"]


def test_window_adopts_a_recording_started_before_it(qtbot: Any, gui_home: Path, mic: PulseServer) -> None:
    early = quick_start.start(gui_home, "en")
    assert early is not None and early.problem is None and early.session is not None
    # Recording already, with no window: the vault was made with a pending key, as the window would.
    assert Vault.open(gui_home).pending
    [status] = list_sessions(Vault.open(gui_home))
    assert status.state == RECORDING
    window = make_window(qtbot, gui_home)
    try:
        assert window.adopt_recording(early)
        assert window.recording and window.controller.session is early.session
        assert window.record_panel.case_name == "Unsorted recordings"
        status = lambda: window.controller.last_status  # noqa: E731
        qtbot.waitUntil(lambda: status() is not None and status().saved_up_to_s > 0, timeout=10_000)
        qtbot.waitUntil(lambda: window.record_panel.saved_label.text() == "✓ All saved to disk")
        # Added through the window, to the session started before it.
        window.controller.add_note("written in the window", None)
        window.controller.stop()
    finally:
        cleanup_window(window)
    vault = Vault.open(gui_home)
    [status] = list_sessions(vault)
    assert status.state == SEALED
    keys = vault.unlock("")
    assert check_session(vault, keys.recording, status.id).ok
    entries = [entry for entry, _payload in SessionReader(vault, keys.recording, status.id).entries()]
    assert entries[0]["kind"] == "start" and entries[0]["body"]["case"] == "Unsorted recordings"
    assert [e["body"]["text"] for e in entries if e["kind"] == "note"] == ["written in the window"]
    assert any(e["kind"] == "audio" for e in entries)


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_the_case_has_the_name_the_window_gives_it(qtbot: Any, gui_home: Path, language: str) -> None:
    from PySide6.QtCore import QCoreApplication

    from recorder.gui.i18n import Translations

    translations = Translations()
    try:
        translations.apply(language)
        expected = QCoreApplication.translate("MainWindow", "Unsorted recordings")
    finally:
        translations.apply("en")
    assert expected != "Unsorted recordings"  # really translated, so the comparison means something
    assert quick_start.case_name(language) == expected


@pytest.mark.parametrize(
    "device",
    ["USB 麥克風 Analog Mono", "Mic, left", 'Mic "2"', "back\\slash", " padded ", "@Variant(x)", "a=b;c"],
)
def test_settings_are_read_as_the_window_wrote_them_or_left_to_the_window(
    qtbot: Any, tmp_path: Path, device: str
) -> None:
    from recorder.gui.settings import Settings

    settings = Settings(tmp_path)
    settings.language = "zh_TW"
    settings.input_device = device
    settings.q.sync()
    read = quick_start.plain_settings(tmp_path)
    # Either exactly what the window will read, or "not sure" (the window then starts the recording itself).
    if read is not None:
        assert read == {"language": "zh_TW", "input_device": settings.input_device}
    assert quick_start.plain_settings(tmp_path / "nothing-here") == {}


def test_a_recording_that_cannot_start_is_one_banner_and_no_session(
    qtbot: Any, gui_home: Path, mic: PulseServer
) -> None:
    from recorder.gui.settings import Settings

    gui_home.mkdir(parents=True)
    settings = Settings(gui_home)
    settings.input_device = "No Such Microphone"
    settings.q.sync()
    early = quick_start.start(gui_home, "en")
    assert early is not None and early.problem is not None and early.session is None
    assert not Vault.exists(gui_home)  # nothing was recorded, so nothing was made
    window = make_window(qtbot, gui_home)
    try:
        assert not window.adopt_recording(early)
        assert not window.recording
        [text] = window.banners.texts()
        assert "No Such Microphone" in text
    finally:
        cleanup_window(window)
    assert not Vault.exists(gui_home)


def test_the_path_to_the_first_block_loads_neither_qt_nor_numpy() -> None:
    # Why --record starts first: Qt and NumPy are what would delay the first recorded block (docs/PERFORMANCE.md).
    code = (
        "import sys, recorder.quick_start, recorder.audio.engine, recorder.audio.sources; "
        "print(sorted(m for m in ('PySide6', 'numpy') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == "[]"
