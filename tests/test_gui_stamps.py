"""Trusted time from the desktop app (issue 7): a recording made in the window gets its first entry and its seal
stamped by the authority in the settings, on the stamper's own thread; stamps left waiting by an earlier run are
sent when the app opens again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from recorder.core.store import list_sessions
from recorder.core.vault import Vault
from recorder.timestamp.queue import StampStore
from tests.fixtures.gui import cleanup_window, make_window


def _settings(tsa: Any, pki: Any) -> dict[str, Any]:
    # A generous timeout: the local authority runs `openssl ts -reply` per request, which on a loaded 2-core machine
    # has taken over 2 s; stamps left waiting are sent once when the app opens, so a timeout there is not retried
    # within the test. (Timeouts themselves are tested against a hanging authority in test_timestamp_client.py.)
    return {"authorities": [tsa.url], "root_files": [str(pki.root)], "retry_seconds": 0.2, "timeout_seconds": 10.0}


def _stamped(session_dir: Path) -> set[str]:
    return {t.entry_hash for t in StampStore(session_dir).tokens()}


def test_recording_in_the_window_is_stamped_at_start_and_seal(
    qtbot: Any, window: Any, vault: Vault, tsa: Any, tsa_pki: Any
) -> None:
    window.settings.time_stamps = _settings(tsa, tsa_pki)
    with qtbot.waitSignal(window.controller.started):
        qtbot.mouseClick(window.record_panel.record_button, Qt.MouseButton.LeftButton)
    session = window.controller.session
    first = session.first_hash
    qtbot.waitUntil(lambda: first in _stamped(session.dir), timeout=15000)
    qtbot.waitUntil(lambda: window.controller.last_status is not None and window.controller.last_status.audio_s > 0.3)
    with qtbot.waitSignal(window.controller.stopped):
        qtbot.mouseClick(window.record_panel.record_button, Qt.MouseButton.LeftButton)
    seal = session.head
    # The seal's stamp is sent by the worker after the window has moved on: the GUI thread never waited for it.
    qtbot.waitUntil(lambda: seal in _stamped(session.dir), timeout=15000)
    assert {first, seal} <= _stamped(session.dir)


def test_stamps_waiting_from_an_offline_run_are_sent_when_the_app_opens(
    qtbot: Any, window: Any, vault: Vault, tsa_down: Any, tsa_pki: Any
) -> None:
    window.settings.time_stamps = _settings(tsa_down, tsa_pki)
    with qtbot.waitSignal(window.controller.started):
        qtbot.mouseClick(window.record_panel.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.controller.last_status is not None and window.controller.last_status.audio_s > 0.3)
    session = window.controller.session
    with qtbot.waitSignal(window.controller.stopped):
        qtbot.mouseClick(window.record_panel.record_button, Qt.MouseButton.LeftButton)
    store = StampStore(session.dir)
    qtbot.waitUntil(lambda: session.head in {r.entry_hash for r in store.pending()}, timeout=15000)
    assert _stamped(session.dir) == set()  # the authority is down: everything waits in the queue
    cleanup_window(window)
    window.close()

    tsa_down.start()
    again = make_window(qtbot, vault.home)
    try:
        qtbot.waitUntil(lambda: {session.first_hash, session.head} <= _stamped(session.dir), timeout=15000)
    finally:
        cleanup_window(again)
    assert [st.id for st in list_sessions(vault)] == [session.id]
