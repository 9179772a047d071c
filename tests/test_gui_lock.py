"""A lock that locks (issue 13 item 6): locking works after a review window was opened and closed, hides
everything read from the vault or typed into it, and the list keeps its "checked" marks after unlocking."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QListWidget, QWidget

from tests.fixtures.core import PASSPHRASE

CASE = "Landlord Qian"
NOTE = "Qian kicked the door"
VISITOR = "Zhou Wei"
PHONE = "13812345678"


def visible_texts() -> list[str]:
    """Every text a person can read on the app's windows now."""
    out: list[str] = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        out.append(top.windowTitle())
        for w in [top, *top.findChildren(QWidget)]:
            if not w.isVisible():
                continue
            if isinstance(w, QLabel | QAbstractButton | QLineEdit):
                out.append(w.text())
            elif isinstance(w, QListWidget):
                out.extend(w.item(i).text() for i in range(w.count()))
    return out


def shows(text: str) -> bool:
    return any(text in t for t in visible_texts())


def test_lock_after_a_review_window_hides_what_the_vault_holds(qtbot: Any, window: Any) -> None:
    window.unlock(PASSPHRASE)
    window.cases_panel.case_created.emit(CASE)
    with qtbot.waitSignal(window.controller.started):
        window.start_recording()
    panel = window.record_panel
    with qtbot.waitSignal(window.controller.logged):
        panel.note_field.note_entered.emit(NOTE, None)
    panel.visitors_card.names.setText(VISITOR)
    panel.visitors_card.phones.setText(PHONE)
    qtbot.waitUntil(lambda: window.controller.last_status is not None and window.controller.last_status.audio_s > 0.3)
    sid = window.controller.session.id
    with qtbot.waitSignal(window.session_checked):
        window.toggle_record()
    assert "checked, no problems" in window.cases_panel.session_list.item(0).text()
    assert shows(CASE) and shows(NOTE) and shows(VISITOR)

    window.open_session(sid)
    [view] = window.views
    qtbot.waitUntil(lambda: view.timeline is not None, timeout=20000)
    assert shows(NOTE)  # the review window lists it
    view.close()  # deleted on close
    qtbot.waitUntil(lambda: not window.views)
    window.open_session(sid)  # and once more, left open
    qtbot.waitUntil(lambda: window.views and window.views[0].timeline is not None, timeout=20000)

    with qtbot.waitSignal(window.locked_changed) as changed:
        window.lock_action.trigger()
    assert changed.args == [True] and window.keys is None
    assert window.lock_state.text() == "Locked"
    assert not any("Something went wrong" in t for t in window.banners.texts())
    assert not window.views
    for secret in (CASE, NOTE, VISITOR, PHONE):
        assert not shows(secret), secret

    # Unlocked again: the list shows the earlier check, the panel its content.
    window.unlock(PASSPHRASE)
    item = window.cases_panel.select_session(sid)
    assert item is not None and "checked, no problems" in item.text()
    assert shows(CASE) and shows(NOTE)


def test_a_lock_while_recording_hides_the_running_list_and_recording_goes_on(qtbot: Any, window: Any) -> None:
    window.unlock(PASSPHRASE)
    window.cases_panel.case_created.emit(CASE)
    with qtbot.waitSignal(window.controller.started):
        window.start_recording()
    panel = window.record_panel
    with qtbot.waitSignal(window.controller.logged):
        panel.note_field.note_entered.emit(NOTE, None)
    panel.visitors_card.names.setText(VISITOR)
    window.lock()
    assert window.recording and not shows(NOTE) and not shows(VISITOR)
    assert panel.locked_note.isVisible()
    with qtbot.waitSignal(window.controller.logged):  # notes still go into the recording
        panel.note_field.note_entered.emit("second note", None)
    assert not shows("second note")
    with qtbot.waitSignal(window.controller.stopped):
        window.toggle_record()
    # A new recording has nothing to hide: its own list shows.
    with qtbot.waitSignal(window.controller.started):
        window.start_recording()
    with qtbot.waitSignal(window.controller.logged):
        panel.note_field.note_entered.emit("third note", None)
    assert shows("third note") and not shows(NOTE)
    assert not shows(CASE)  # still locked: the case's name, read from the vault, stays hidden
    with qtbot.waitSignal(window.controller.stopped):
        window.toggle_record()
