"""Settings (the quick tags, the language) and closing the window while recording."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from recorder.core.store import SEALED, list_sessions
from recorder.core.vault import Vault
from recorder.gui.settings import Settings


def test_quick_tags_and_language_from_the_settings_dialog(qtbot: Any, window: Any, vault: Vault) -> None:
    window.open_settings()
    dialog = window.dialogs["settings"]
    assert dialog.isVisible() and not dialog.isModal()
    dialog.tags.item(8, 1).setText("Knocked on the door")  # key 9 gets a tag of the user's own
    dialog.tags.item(9, 1).setText("")  # key 0 is cleared
    dialog.language.setCurrentIndex(dialog.language.findData("zh_TW"))
    dialog.apply()
    bar = window.record_panel.tag_bar
    qtbot.waitUntil(lambda: bar.buttons[0].text() == "1  到達")  # defaults follow the language
    assert [b.text() for b in bar.buttons][8] == "9  Knocked on the door"  # the user's words are kept as typed
    assert len(bar.buttons) == 13 and bar.buttons[9].text() == "Shift+1  推擠或動手"  # 0 is gone, the rest stay
    saved = Settings(vault.home).quick_tags
    assert saved[8].code == "custom" and saved[8].label == "Knocked on the door" and saved[0].code == "arrived"
    assert Settings(vault.home).language == "zh_TW"
    with qtbot.waitSignal(window.controller.started):
        window.start_recording()
    window.activateWindow()  # as the window manager does when the dialog closes (offscreen may not)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    with qtbot.waitSignal(window.controller.logged) as logged:
        qtbot.keyClick(window, Qt.Key.Key_9)
    assert logged.args[0].detail == {"code": "custom", "label": "Knocked on the door"}


def test_closing_while_recording_asks_and_keeps_recording_by_default(qtbot: Any, window: Any, vault: Vault) -> None:
    with qtbot.waitSignal(window.controller.started):
        window.start_recording()
    assert window.close() is False  # refused for now: asked, without blocking
    assert window.isVisible() and window.recording and QApplication.activeModalWidget() is None
    [banner] = [b for b in window.banners.banners if b.key == "closing"]
    keep = [b for b in banner.findChildren(type(window.record_panel.record_button)) if b.isDefault()]
    assert [b.text() for b in keep] == ["Keep recording"]
    qtbot.mouseClick(keep[0], Qt.MouseButton.LeftButton)
    assert window.recording and not [b for b in window.banners.banners if b.key == "closing"]
    window.close()
    [banner] = [b for b in window.banners.banners if b.key == "closing"]
    stop = [
        b
        for b in banner.findChildren(type(window.record_panel.record_button))
        if b.text() == "Stop recording and close"
    ]
    with qtbot.waitSignal(window.controller.stopped):
        qtbot.mouseClick(stop[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert [s.state for s in list_sessions(vault)] == [SEALED]


def test_disk_nearly_full_is_a_banner_while_the_recording_goes_on(qtbot: Any, window: Any, monkeypatch: Any) -> None:
    from recorder.gui import recording

    free = {"bytes": 100 * 1024 * 1024}
    monkeypatch.setattr(recording, "free_bytes", lambda _path: free["bytes"])
    with qtbot.waitSignal(window.controller.started):
        window.start_recording()
    qtbot.waitUntil(lambda: any("nearly full (100 MB left)" in t for t in window.banners.texts()))
    assert window.recording and QApplication.activeModalWidget() is None
    free["bytes"] = 10 * 1024**3
    qtbot.waitUntil(lambda: not any("nearly full" in t for t in window.banners.texts()), timeout=10000)


def test_an_unknown_input_is_one_sentence_and_leaves_no_recording(qtbot: Any, window: Any, vault: Vault) -> None:
    window.settings.input_device = "No Such Microphone"
    assert window.start_recording() is False
    assert not window.recording and QApplication.activeModalWidget() is None
    assert window.banners.texts() == [
        "There is no audio input called “No Such Microphone”. Nothing was recorded; choose one of the listed inputs."
    ]
    assert list_sessions(vault) == []
