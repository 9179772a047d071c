"""Cases (create and rename in place, kept in the encrypted case book), and the thin Export and Verify dialogs
over the archive engine."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from recorder.core.vault import Vault
from recorder.gui.cases import CASE_BOOK
from tests.fixtures.audio import PulseServer
from tests.fixtures.core import PASSPHRASE
from tests.fixtures.gui import cleanup_window, make_window


def record_briefly(qtbot: Any, window: Any) -> str:
    with qtbot.waitSignal(window.controller.started):
        window.start_recording()
    qtbot.waitUntil(lambda: window.controller.last_status is not None and window.controller.last_status.audio_s > 0.3)
    sid = window.controller.session.id
    # Stopping seals; unlocked, the recording is then checked.
    with qtbot.waitSignal(window.session_checked if window.keys is not None else window.controller.stopped):
        window.toggle_record()
    return sid


def case_names(window: Any) -> list[str]:
    return [window.cases_panel.case_list.item(i).text() for i in range(window.cases_panel.case_list.count())]


def test_create_and_rename_cases(qtbot: Any, window: Any, vault: Vault, mic: PulseServer) -> None:
    window.unlock(PASSPHRASE)
    panel = window.cases_panel
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    panel.case_list.currentItem().setText("Door visits 2026")  # as the in-place editor commits it
    assert window.case == "Door visits 2026" and "Door visits 2026" in window.record_panel.case_label.text()
    book = (vault.home / CASE_BOOK).read_bytes()
    assert b"Door visits" not in book  # sealed to the vault's key, not in clear
    sid = record_briefly(qtbot, window)
    assert "sealed" in panel.session_list.item(0).text() and "checked, no problems" in panel.session_list.item(0).text()
    panel.case_list.currentItem().setText("Collector visits")
    assert window.case == "Collector visits"
    # A new window (a later launch) finds the renamed case with its recording, once unlocked.
    again = make_window(qtbot, vault.home)
    try:
        assert case_names(again) == []  # locked: names are not readable
        assert again.cases_panel.session_list.count() == 1
        again.unlock(PASSPHRASE)
        assert case_names(again) == ["Collector visits"]
        assert again.cases_panel.session_list.item(0).data(Qt.ItemDataRole.UserRole) == sid
    finally:
        cleanup_window(again)


def test_export_and_verify_dialogs(qtbot: Any, window: Any, vault: Vault, mic: PulseServer, tmp_path: Path) -> None:
    window.unlock(PASSPHRASE)
    record_briefly(qtbot, window)
    window.open_export()
    export = window.dialogs["export"]
    assert export.isVisible() and not export.isModal()
    out = tmp_path / "evidence.zip"
    export.path.setText(str(out))
    qtbot.mouseClick(export.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: export.job is None and export.result is not None)
    assert out.is_file() and str(out) in export.message.text()

    window.open_verify()
    verify = window.dialogs["verify"]
    verify.verify(out)
    qtbot.waitUntil(lambda: verify.report is not None)
    assert verify.verdict.text() == f"Verified: the evidence package {out.name} is authentic and complete."
    assert "SHA256SUMS" in verify.details.toPlainText()

    altered = tmp_path / "altered.zip"
    shutil.copy(out, altered)
    data = bytearray(altered.read_bytes())
    data[len(data) // 2] ^= 0x01
    altered.write_bytes(bytes(data))
    verify.report = None
    verify.verify(altered)
    qtbot.waitUntil(lambda: verify.report is not None)
    assert verify.report.ok is False
    assert verify.verdict.text().startswith("Not verified:") and altered.name in verify.verdict.text()


def test_opening_a_past_recording_shows_its_timeline(qtbot: Any, window: Any, mic: PulseServer) -> None:
    from recorder.gui.review import SessionView

    sid = record_briefly(qtbot, window)  # locked: opening asks for the passphrase first
    item = window.cases_panel.select_session(sid)
    window.cases_panel.session_list.itemActivated.emit(item)
    assert window.dialogs["unlock"].isVisible() and not window.views
    window.unlock(PASSPHRASE)
    item = window.cases_panel.select_session(sid)
    window.cases_panel.session_list.itemActivated.emit(item)
    [view] = window.views
    assert isinstance(view, SessionView) and view.session_id == sid and view.isVisible()
    window.lock()  # locking closes what was opened with the keys
    assert not window.views
