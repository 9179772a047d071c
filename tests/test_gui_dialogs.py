"""The first-run wizard and the unlock dialog say what happened, whole (issue 13 items 7 and 8)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QLabel

from recorder.core.vault import Vault
from tests.fixtures.audio import PulseServer
from tests.fixtures.core import PASSPHRASE
from tests.fixtures.gui import cleanup_window, make_window


def shown_whole(label: QLabel) -> bool:
    """The label is tall and wide enough for its wrapped text, and inside its window."""
    need = label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
    inside = label.window().rect().contains(QRect(label.mapTo(label.window(), QPoint(0, 0)), label.size()))
    return label.height() >= need and inside


@pytest.mark.parametrize("language", ["en", "zh_CN", "zh_TW"])
def test_the_unlock_dialog_grows_to_show_its_prompt_and_the_error(qtbot: Any, window: Any, language: str) -> None:
    window.set_language(language)
    window.open_unlock()
    dialog = window.dialogs["unlock"]
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: shown_whole(dialog.prompt))
    qtbot.keyClicks(dialog.passphrase, "wrong one")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.error.isVisible)
    assert len(dialog.error.text()) > 10
    qtbot.waitUntil(lambda: shown_whole(dialog.error) and shown_whole(dialog.prompt))
    assert dialog.passphrase.isVisible() and dialog.buttons.isVisible()


@pytest.fixture
def first_run(qtbot: Any, gui_home: Any, mic: PulseServer) -> Any:
    w = make_window(qtbot, gui_home)
    w.open_passphrase_setup()
    yield w
    cleanup_window(w)


def _global_rect(widget: Any) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def test_the_wizard_says_what_happened_and_leaves_the_record_button_free(
    qtbot: Any, first_run: Any, gui_home: Any
) -> None:
    w = first_run
    wizard = w.dialogs["wizard"]
    qtbot.waitExposed(wizard)
    record = w.record_panel.record_button
    assert not wizard.frameGeometry().intersects(_global_rect(record))  # the big button stays in sight
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.next_button.text() == "Set the passphrase"
    wizard.first.setText(PASSPHRASE)
    wizard.second.setText(PASSPHRASE)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    said = " ".join(w.banners.texts())
    assert "Passphrase set. You will need it to open, play or export recordings." in said
    assert "locked" not in said.lower()  # it is open now: the status bar says so too
    assert w.lock_state.text() == "Unlocked" and not Vault.open(gui_home).pending


def test_setting_the_passphrase_later_does_not_offer_to_record_first(qtbot: Any, first_run: Any) -> None:
    w = first_run
    wizard = w.dialogs["wizard"]
    assert wizard.record_button.isVisible()  # the very first run may record first
    with qtbot.waitSignal(w.controller.started):
        qtbot.mouseClick(wizard.record_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(w.controller.stopped):
        w.toggle_record()
    banner = next(b for b in w.banners.banners if b.key == "pending")
    [set_later] = [button for button, _words in banner._actions]
    qtbot.mouseClick(set_later, Qt.MouseButton.LeftButton)
    later = w.dialogs["wizard"]
    qtbot.waitExposed(later)
    assert later.pages.currentIndex() == 1 and not later.record_button.isVisible()
    assert not later.frameGeometry().intersects(_global_rect(w.record_panel.record_button))
