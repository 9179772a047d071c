"""The calls view marks numbers (issue 14 §2): a row per number with its mark and labels; right-click → "Mark this
number…" opens a small form; saved, it is a new marks session and the figures are read again with it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMenu

from recorder.core.store import session_ids
from recorder.core.vault import Vault, VaultKeys
from recorder.gui.calls_view import CallsView
from recorder.gui.mark_dialog import MarkDialog
from recorder.gui.worker import SyncRunner
from recorder.importing.logs import import_log
from tests.test_marks import night_calls


def cells(view: CallsView, row: int) -> list[str]:
    return [view.numbers.item(row, c).text() for c in range(view.numbers.columnCount())]


def test_right_click_marks_a_number_with_its_labels_and_the_view_shows_them(
    qtbot: Any, vault: Vault, keys: VaultKeys, tmp_path: Path
) -> None:
    import_log(vault, keys.recording, "Door visit", night_calls(tmp_path), "CSV", "Asia/Shanghai")
    view = CallsView(vault, keys, "Door visit", SyncRunner())
    qtbot.addWidget(view)
    view.resize(900, 800)
    view.show()
    qtbot.waitExposed(view)
    view.load()
    assert view.numbers.rowCount() == 2
    row = next(r for r in range(2) if view.numbers.item(r, 0).text() == "13800138000")
    assert cells(view, row)[1:5] == ["", "", "", ""] and cells(view, row)[5] == "7"
    # Right-click the number: the menu offers to mark it.
    rect = view.numbers.visualItemRect(view.numbers.item(row, 0))
    view.numbers.customContextMenuRequested.emit(rect.center())
    menu = view.findChild(QMenu)
    assert menu is not None
    qtbot.waitUntil(menu.isVisible)
    menu.actions()[0].trigger()
    dialog = view.findChild(MarkDialog)
    assert dialog is not None and dialog.number.text() == "13800138000"
    qtbot.waitUntil(dialog.isVisible)
    dialog.role.setCurrentIndex(dialog.role.findData("collector"))
    dialog.company.setText("某某资产管理")
    dialog.platform.setText("快借")
    dialog.person.setText("王经理")
    before = len(session_ids(vault))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert len(session_ids(vault)) == before + 1 and dialog.session in session_ids(vault)
    row = next(r for r in range(2) if view.numbers.item(r, 0).text() == "13800138000")
    assert cells(view, row)[1:5] == ["the collector's", "某某资产管理", "快借", "王经理"]
    assert view.facts is not None and view.facts["subject"] == "marked collector numbers"


def test_a_mark_that_cannot_be_made_says_why_in_the_form(qtbot: Any, vault: Vault, keys: VaultKeys) -> None:
    view = CallsView(vault, keys, "Door visit", SyncRunner())
    qtbot.addWidget(view)
    view.mark_button.click()
    dialog = view.findChild(MarkDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.number.setText("call me")
    dialog.save_button.click()
    assert "is not a phone number" in dialog.error.text() and dialog.isVisible()
    assert session_ids(vault) == []


def test_a_marks_session_opens_as_the_cases_calls_view(qtbot: Any, window: Any, vault: Vault, tmp_path: Path) -> None:
    from recorder.importing import marks as marking
    from tests.fixtures.core import PASSPHRASE

    sid = marking.mark_numbers(vault, "Door visit", [marking.mark_body("13800138000", "collector", None, None, None)])
    window.unlock(PASSPHRASE)
    window.choose_case("Door visit")
    window.open_session(sid)
    view = window.dialogs["calls"]
    assert isinstance(view, CallsView) and view.case == "Door visit"
    qtbot.waitUntil(lambda: view.facts is not None, timeout=20_000)
