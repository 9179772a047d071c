"""Recording from the main window with the real audio engine and a PulseAudio virtual microphone: one button or
one key starts and stops; tags, notes, attachments, who is here, pause and resume land in the session."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from recorder.core.chain import entry_hash, fingerprint
from recorder.core.environment import Moment
from recorder.core.store import SEALED, SessionReader, list_sessions
from recorder.core.timeline import AudioClock, blocks_of
from recorder.core.vault import Vault
from tests.fixtures.core import PASSPHRASE


def entries(vault: Vault, session_id: str) -> list[dict[str, Any]]:
    keys = Vault.open(vault.home).unlock(PASSPHRASE)
    return [e for e, _payload in SessionReader(vault, keys.recording, session_id).entries()]


def record_some_audio(qtbot: Any, window: Any, seconds: float = 0.3) -> None:
    qtbot.waitUntil(
        lambda: window.controller.last_status is not None and window.controller.last_status.audio_s >= seconds
    )


def test_record_and_stop_by_button(qtbot: Any, window: Any, vault: Vault) -> None:
    button = window.record_panel.record_button
    assert "F9" in button.text()
    with qtbot.waitSignal(window.controller.started):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.recording and "Stop" in button.text()
    record_some_audio(qtbot, window)
    assert window.record_panel.fingerprint_label.text() != "Fingerprint: —"
    with qtbot.waitSignal(window.controller.stopped):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not window.recording
    [st] = list_sessions(vault)
    assert st.state == SEALED
    # Locked: the list shows it by time and state (the check needs the passphrase).
    assert "sealed" in window.cases_panel.session_list.item(0).text()
    kinds = [e["kind"] for e in entries(vault, st.id)]
    assert kinds[0] == "start" and "audio" in kinds and kinds[-1] == "seal"
    # Unlocking later checks what was recorded while locked.
    with qtbot.waitSignal(window.session_checked) as checked:
        window.unlock(PASSPHRASE)
    assert checked.args[0] == st.id and checked.args[1].ok
    assert "checked, no problems" in window.cases_panel.session_list.item(0).text()


def test_record_and_stop_by_key_from_anywhere_in_the_window(qtbot: Any, window: Any, vault: Vault) -> None:
    window.cases_panel.session_list.setFocus()
    with qtbot.waitSignal(window.controller.started):
        qtbot.keyClick(window.cases_panel.session_list, Qt.Key.Key_F9)
    record_some_audio(qtbot, window)
    window.record_panel.note_field.setFocus()  # even while typing a note
    qtbot.keyClicks(window.record_panel.note_field, "half a note")
    with qtbot.waitSignal(window.controller.stopped):
        qtbot.keyClick(window.record_panel.note_field, Qt.Key.Key_F9)
    [st] = list_sessions(vault)
    assert st.state == SEALED
    # The note typed but not entered was kept, not lost.
    assert [e["body"]["text"] for e in entries(vault, st.id) if e["kind"] == "note"] == ["half a note"]


def test_a_tag_by_number_key_lands_when_the_key_was_pressed(qtbot: Any, window: Any, vault: Vault) -> None:
    with qtbot.waitSignal(window.controller.started):
        window.start_recording()
    record_some_audio(qtbot, window, 0.5)
    before = Moment()
    with qtbot.waitSignal(window.controller.logged) as logged:
        qtbot.keyClick(window, Qt.Key.Key_4)
    after = Moment()
    assert logged.args[0].kind == "tag" and logged.args[0].detail["code"] == "asked-to-leave"
    record_some_audio(qtbot, window, 1.0)
    sid = window.controller.session.id
    with qtbot.waitSignal(window.controller.stopped):
        window.toggle_record()
    es = entries(vault, sid)
    [tag] = [e for e in es if e["kind"] == "tag"]
    assert tag["body"] == {"label": "Asked them to leave", "key": "4", "code": "asked-to-leave"}
    assert before.mono_ns <= tag["mono_ns"] <= after.mono_ns
    # On the recorded audio's own clock, the tag sits where the audio was at that moment.
    clock = AudioClock(blocks_of(es))
    assert clock.frame_at(before.mono_ns) <= clock.offset_of(tag) <= clock.frame_at(after.mono_ns)
    assert 0 < clock.offset_of(tag) < clock.total_frames


def test_a_number_typed_into_the_note_is_text_not_a_tag(qtbot: Any, window: Any, vault: Vault) -> None:
    with qtbot.waitSignal(window.controller.started):
        window.start_recording()
    field = window.record_panel.note_field
    field.setFocus()
    qtbot.keyClicks(field, "3 men")
    assert field.text() == "3 men"
    assert not [e for e in window.controller.events if e.kind == "tag"]


def test_a_note_is_timed_when_typing_began(qtbot: Any, window: Any, vault: Vault) -> None:
    with qtbot.waitSignal(window.controller.started):
        window.start_recording()
    field = window.record_panel.note_field
    field.setFocus()
    before_first_key = Moment()
    qtbot.keyClicks(field, "T")
    after_first_key = Moment()
    record_some_audio(qtbot, window, 0.6)  # the user takes a while to finish typing
    qtbot.keyClicks(field, "hey pushed the door open")
    before_enter = Moment()
    with qtbot.waitSignal(window.controller.logged):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.text() == ""
    sid = window.controller.session.id
    with qtbot.waitSignal(window.controller.stopped):
        window.toggle_record()
    [note] = [e for e in entries(vault, sid) if e["kind"] == "note"]
    assert note["body"]["text"] == "They pushed the door open"
    assert before_first_key.mono_ns <= note["body"]["began_mono_ns"] <= after_first_key.mono_ns
    assert note["mono_ns"] >= before_enter.mono_ns > note["body"]["began_mono_ns"]


def test_attach_by_drag_and_drop_and_by_button(qtbot: Any, window: Any, vault: Vault, tmp_path: Path) -> None:
    photo = tmp_path / "door.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg " * 100)
    other = tmp_path / "letter.pdf"
    other.write_bytes(b"%PDF-1.4 demand letter")
    with qtbot.waitSignal(window.controller.started):
        window.start_recording()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    # As a real drag does: enter (the window accepts files while recording), then drop.
    where, copy, none, plain = (
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(where.toPoint(), copy, mime, none, plain)
    assert QApplication.sendEvent(window, enter) and enter.isAccepted()
    with qtbot.waitSignal(window.controller.logged):
        QApplication.sendEvent(window, QDropEvent(where, copy, mime, none, plain))
    # The button opens a (non-modal) file chooser; choosing a file attaches it.
    qtbot.mouseClick(window.record_panel.attach_button, Qt.MouseButton.LeftButton)
    chooser = window.dialogs["attach"]
    assert chooser.isVisible() and not chooser.isModal()
    with qtbot.waitSignal(window.controller.logged):
        chooser.filesSelected.emit([str(other)])
    chooser.close()
    sid = window.controller.session.id
    assert [e.detail["name"] for e in window.controller.events if e.kind == "attachment"] == ["door.jpg", "letter.pdf"]
    with qtbot.waitSignal(window.controller.stopped):
        window.toggle_record()
    keys = Vault.open(vault.home).unlock(PASSPHRASE)
    reader = SessionReader(vault, keys.recording, sid)
    attached = [e for e, _ in reader.entries() if e["kind"] == "attachment"]
    assert [a["body"]["name"] for a in attached] == ["door.jpg", "letter.pdf"]
    assert attached[0]["body"]["media_type"] == "image/jpeg"
    assert reader.blob(attached[0]["body"]["blob"], attached[0]["payload"]["sha256"]) == photo.read_bytes()
    # Encrypted at rest: the photo's bytes are nowhere in the session folder in clear.
    for f in (vault.session_dir(sid)).rglob("*"):
        if f.is_file():
            assert b"not really a jpeg" not in f.read_bytes()


def test_pause_resume_and_who_is_here(qtbot: Any, window: Any, vault: Vault) -> None:
    with qtbot.waitSignal(window.controller.started):
        window.start_recording()
    panel = window.record_panel
    qtbot.mouseClick(panel.pause_button, Qt.MouseButton.LeftButton)
    assert panel.pause_button.text() == "Resume"
    qtbot.waitUntil(lambda: getattr(window.controller.last_status, "state", None) == "paused")
    qtbot.mouseClick(panel.pause_button, Qt.MouseButton.LeftButton)
    assert panel.pause_button.text() == "Pause"
    card = panel.visitors_card
    card.count.setValue(3)
    card.names.setText("Wang, 工号 0731")  # QTest types Latin-1 only
    qtbot.keyClicks(card.company, "XX Collections")
    card.phones.setText("138 0000 0000，139 1111 1111")
    with qtbot.waitSignal(window.controller.logged):
        qtbot.mouseClick(card.save, Qt.MouseButton.LeftButton)
    lines = [panel.event_list.item(i).text() for i in range(panel.event_list.count())]
    assert any("Paused" in t for t in lines) and any("Resumed" in t for t in lines)
    assert any("Who is here: 3 visitors" in t for t in lines)
    sid = window.controller.session.id
    with qtbot.waitSignal(window.controller.stopped):
        window.toggle_record()
    es = entries(vault, sid)
    kinds = [e["kind"] for e in es]
    assert kinds.index("pause") < kinds.index("resume")
    [visitors] = [e for e in es if e["kind"] == "visitors"]
    assert visitors["body"] == {
        "count": 3,
        "names": ["Wang", "工号 0731"],
        "company": "XX Collections",
        "platform": "",
        "phones": ["138 0000 0000", "139 1111 1111"],
    }
    assert json.dumps(visitors, ensure_ascii=False)


def test_share_the_fingerprint_while_recording(qtbot: Any, window: Any, vault: Vault) -> None:
    with qtbot.waitSignal(window.controller.started):
        window.start_recording()
    qtbot.mouseClick(window.record_panel.share_button, Qt.MouseButton.LeftButton)
    dialog = window.dialogs["share"]
    sid = window.controller.session.id
    assert dialog.isVisible() and not dialog.isModal() and window.recording
    chain_hash = dialog.message.split("chain hash ")[1].split("\n")[0]
    assert sid in dialog.message and dialog.code.text() == fingerprint(chain_hash)
    assert not dialog.qr.pixmap().isNull()
    qtbot.mouseClick(dialog.copy, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == dialog.message
    with qtbot.waitSignal(window.controller.stopped):
        window.toggle_record()
    # What was shared is a signed entry of this recording's chain.
    keys = Vault.open(vault.home).unlock(PASSPHRASE)
    hashes = {entry_hash(raw) for _f, raw, _p in SessionReader(vault, keys.recording, sid).records()}
    assert chain_hash in hashes
