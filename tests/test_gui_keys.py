"""Keys that always work (issue 13 items 4 and 5): a tag right after a note, Escape and N for the note field, F9
from any widget, tag keys on buttons and lists, and the review window's own keys.

Keys are sent to the widget that has the keyboard focus, as a real key press would be (or to the window when
no widget has it)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QSpinBox, QWidget

from recorder.core.vault import Vault
from tests.fixtures.core import PASSPHRASE


def press(qtbot: Any, window: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    target: QWidget = QApplication.focusWidget() or window
    qtbot.keyClick(target, key, modifier)


def focus(qtbot: Any, widget: QWidget) -> None:
    """Give ``widget`` the keyboard focus as a click would: its window becomes the active one."""
    top = widget.window()
    top.activateWindow()
    qtbot.waitUntil(top.isActiveWindow)
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def tags_of(window: Any) -> list[str]:
    return [e.detail["code"] for e in window.controller.events if e.kind == "tag"]


def notes_of(window: Any) -> list[str]:
    return [e.detail["text"] for e in window.controller.events if e.kind == "note"]


def test_a_digit_right_after_a_note_is_a_tag(qtbot: Any, window: Any) -> None:
    with qtbot.waitSignal(window.controller.started):
        window.start_recording()
    field = window.record_panel.note_field
    focus(qtbot, field)
    qtbot.keyClicks(field, "3 men")  # in the field, a digit is text
    assert field.text() == "3 men" and not tags_of(window)
    with qtbot.waitSignal(window.controller.logged):
        press(qtbot, window, Qt.Key.Key_Return)
    assert notes_of(window) == ["3 men"]
    assert not field.hasFocus()  # the focus went back to the window ...
    with qtbot.waitSignal(window.controller.logged) as logged:
        press(qtbot, window, Qt.Key.Key_4)  # ... so the next digit is a tag
    assert logged.args[0].kind == "tag" and tags_of(window) == ["asked-to-leave"]
    assert field.text() == "" and notes_of(window) == ["3 men"]


def test_escape_leaves_the_note_field_and_n_enters_it(qtbot: Any, window: Any) -> None:
    with qtbot.waitSignal(window.controller.started):
        window.start_recording()
    field = window.record_panel.note_field
    press(qtbot, window, Qt.Key.Key_N)
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, "door 2")
    press(qtbot, window, Qt.Key.Key_Escape)
    assert not field.hasFocus() and field.text() == "door 2"  # left, not thrown away
    with qtbot.waitSignal(window.controller.logged):
        press(qtbot, window, Qt.Key.Key_1)
    assert len(tags_of(window)) == 1 and field.text() == "door 2"
    # Clicking the field enters it too.
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(field.hasFocus)


def test_f9_works_from_every_widget(qtbot: Any, window: Any) -> None:
    panel = window.record_panel
    card = panel.visitors_card
    window.open_settings()
    settings = window.dialogs["settings"]
    qtbot.waitExposed(settings)
    some_field = settings.findChildren(QSpinBox)[0]  # in another window of the app
    targets = [
        panel.note_field,
        card.count,
        card.names,
        window.cases_panel.session_list,
        panel.pause_button,
        some_field,
    ]
    for widget in targets:
        with qtbot.waitSignal(window.controller.started):
            if not widget.isEnabled():  # the recording's own fields are enabled while it runs
                window.start_recording()
            else:
                focus(qtbot, widget)
                press(qtbot, window, Qt.Key.Key_F9)
        focus(qtbot, widget)
        with qtbot.waitSignal(window.controller.stopped, raising=False):
            press(qtbot, window, Qt.Key.Key_F9)
        assert not window.recording, (widget, QApplication.focusWidget(), QApplication.activeWindow())
    settings.close()


def test_tag_keys_work_on_buttons_and_lists_but_not_in_a_number_field(qtbot: Any, window: Any) -> None:
    with qtbot.waitSignal(window.controller.started):
        window.start_recording()
    panel = window.record_panel
    for widget in (panel.pause_button, panel.record_button, panel.attach_button, window.cases_panel.session_list):
        focus(qtbot, widget)
        with qtbot.waitSignal(window.controller.logged, timeout=2000) as logged:
            press(qtbot, window, Qt.Key.Key_2)
        assert logged.args[0].kind == "tag", widget
    assert window.recording  # no button was pressed by the digit
    count = panel.visitors_card.count
    focus(qtbot, count)
    count.clear()
    before = len(tags_of(window))
    press(qtbot, window, Qt.Key.Key_3)
    assert count.value() == 3 and len(tags_of(window)) == before


def _open_review(qtbot: Any, window: Any) -> Any:
    with qtbot.waitSignal(window.controller.started):
        window.start_recording()
    qtbot.waitUntil(lambda: window.controller.last_status is not None and window.controller.last_status.audio_s > 0.3)
    sid = window.controller.session.id
    with qtbot.waitSignal(window.controller.stopped):
        window.toggle_record()
    window.unlock(PASSPHRASE)
    window.open_session(sid)
    [view] = window.views
    qtbot.waitUntil(lambda: view.timeline is not None, timeout=20000)
    return view


def test_escape_and_ctrl_w_close_the_review_window(qtbot: Any, window: Any, vault: Vault) -> None:
    view = _open_review(qtbot, window)
    qtbot.waitExposed(view)
    focus(qtbot, view.speed)  # F9 records from the review window too
    with qtbot.waitSignal(window.controller.started):
        press(qtbot, window, Qt.Key.Key_F9)
    with qtbot.waitSignal(window.controller.stopped):
        press(qtbot, window, Qt.Key.Key_F9)
    focus(qtbot, view)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.views)  # closed (and deleted: not touched again)
    view = _reopen(qtbot, window)
    focus(qtbot, view.play_button)
    qtbot.keyClick(view.play_button, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.views)


def _reopen(qtbot: Any, window: Any) -> Any:
    st = window.sessions_of_case()[0]
    window.open_session(st.id)
    [view] = window.views
    qtbot.waitUntil(lambda: view.timeline is not None, timeout=20000)
    qtbot.waitExposed(view)
    return view


def test_space_on_the_annotate_button_opens_one_dialog(qtbot: Any, window: Any, vault: Vault) -> None:
    from recorder.gui.review.annotate import AnnotationDialog

    view = _open_review(qtbot, window)
    qtbot.waitExposed(view)
    focus(qtbot, view.annotate_button)
    qtbot.keyClick(view.annotate_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(view.findChildren(AnnotationDialog)))
    qtbot.keyClick(view.annotate_button, Qt.Key.Key_Space)
    view.open_annotation_dialog()
    dialogs = [d for d in view.findChildren(AnnotationDialog) if d.isVisible()]
    assert len(dialogs) == 1


def test_the_note_field_holds_no_more_than_a_note_may_be(qtbot: Any, window: Any) -> None:
    """A pasted text beyond the limit is cut in the field, where the user sees it, and the note that Enter adds is
    recorded whole: never refused after the field was cleared for it."""
    from recorder.core.limits import MAX_NOTE_CHARS

    with qtbot.waitSignal(window.controller.started):
        window.start_recording()
    field = window.record_panel.note_field
    focus(qtbot, field)
    field.insert("x" * (MAX_NOTE_CHARS + 500))  # as a paste does
    assert len(field.text()) == MAX_NOTE_CHARS
    field.began = None
    field.textEdited.emit(field.text())
    with qtbot.waitSignal(window.controller.logged):
        press(qtbot, window, Qt.Key.Key_Return)
    assert notes_of(window) == ["x" * MAX_NOTE_CHARS]
