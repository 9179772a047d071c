"""First run, record-now-set-up-later, locking and unlocking, wrong passphrases, idle lock, and the announcement of
recordings recovered after a crash."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from recorder.core.session import Session, Source
from recorder.core.store import INTERRUPTED
from recorder.core.vault import PENDING_KEY_FILE, Vault
from recorder.gui import i18n as gui_i18n
from recorder.gui.wizard import SetupWizard, strength
from tests.fixtures.audio import PulseServer
from tests.fixtures.core import PASSPHRASE
from tests.fixtures.gui import cleanup_window, make_window


@pytest.fixture
def first_run(qtbot: Any, gui_home: Path, mic: PulseServer, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("LANGUAGE", "zh_TW")  # the system's language, as the wizard should find it
    w = make_window(qtbot, gui_home, language=gui_i18n.system_language())
    w.open_passphrase_setup()
    yield w
    cleanup_window(w)


def test_first_run_wizard_creates_a_locked_vault(qtbot: Any, first_run: Any, gui_home: Path) -> None:
    w = first_run
    wizard = w.dialogs["wizard"]
    assert isinstance(wizard, SetupWizard) and wizard.isVisible() and not wizard.isModal()
    assert wizard.language.currentData() == "zh_TW"  # preselected from the system
    assert wizard.windowTitle() == "設定證據記錄器"
    wizard.language.setCurrentIndex(wizard.language.findData("en"))
    qtbot.waitUntil(lambda: wizard.windowTitle() == "Set up Evidence Recorder")  # LanguageChange is posted
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert "nobody can recover it" in wizard.warning.text()
    qtbot.keyClicks(wizard.first, "short")
    assert "weak" in wizard.hint.text()
    qtbot.keyClicks(wizard.second, "shorT")
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert "not the same" in wizard.error.text() and not Vault.exists(gui_home)
    wizard.first.clear()
    wizard.second.clear()
    wizard.first.setText(PASSPHRASE)  # QTest types Latin-1 only; the passphrase has CJK
    wizard.second.setText(PASSPHRASE)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    vault = Vault.open(gui_home)
    assert not vault.pending and vault.unlock(PASSPHRASE)
    assert w.lock_state.text() == "Unlocked" and w.settings.language == "en"


def test_wizard_refuses_an_easy_passphrase_with_advice_in_the_users_language(
    qtbot: Any, first_run: Any, gui_home: Path
) -> None:
    wizard = first_run.dialogs["wizard"]  # the system's language: zh_TW
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(wizard.first, "123456")
    assert "10 個最常見的密碼" in wizard.hint.text()  # zxcvbn's "top-10 common password", in Taiwan wording
    qtbot.keyClicks(wizard.second, "123456")
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert "太容易被猜到" in wizard.error.text() and "10 個最常見的密碼" in wizard.error.text()
    assert "common" not in wizard.error.text()
    assert not Vault.exists(gui_home)


def test_record_now_set_up_later(qtbot: Any, first_run: Any, gui_home: Path) -> None:
    w = first_run
    wizard = w.dialogs["wizard"]
    with qtbot.waitSignal(w.controller.started):
        qtbot.mouseClick(wizard.record_button, Qt.MouseButton.LeftButton)
    assert w.recording and not wizard.isVisible()
    assert Vault.open(gui_home).pending and (gui_home / PENDING_KEY_FILE).exists()
    assert any("不是" in t or "尚未鎖定" in t for t in w.banners.texts())  # said plainly, in the user's language
    with qtbot.waitSignal(w.controller.stopped):
        w.toggle_record()
    w.open_passphrase_setup()
    wizard = w.dialogs["wizard"]
    assert wizard.pages.currentIndex() == 1  # only the passphrase is left to do
    wizard.first.setText(PASSPHRASE)  # QTest types Latin-1 only; the passphrase has CJK
    wizard.second.setText(PASSPHRASE)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert not Vault.open(gui_home).pending and not (gui_home / PENDING_KEY_FILE).exists()
    assert not w.passphrase_action.isVisible()
    # The recording made before the passphrase is now behind it, and still checks.
    [sid] = [s for s in w.checks]
    assert w.checks[sid].ok


def test_wrong_passphrase_says_so_and_lets_the_user_try_again(qtbot: Any, window: Any) -> None:
    assert window.lock_state.text() == "Locked"
    qtbot.mouseClick(window.cases_panel.unlock_button, Qt.MouseButton.LeftButton)
    dialog = window.dialogs["unlock"]
    assert dialog.isVisible() and not dialog.isModal()
    qtbot.keyClicks(dialog.passphrase, "wrong one")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert dialog.error.text() == "The passphrase is wrong. Nothing was changed; please try again."
    assert dialog.isVisible() and dialog.passphrase.text() == "" and window.keys is None
    with qtbot.waitSignal(window.locked_changed) as changed:
        dialog.passphrase.setText(PASSPHRASE)
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert changed.args == [False] and dialog.result() == QDialog.DialogCode.Accepted
    assert window.lock_state.text() == "Unlocked"


def test_idle_lock_while_recording_keeps_recording(qtbot: Any, window: Any) -> None:
    window.unlock(PASSPHRASE)
    assert window.keys is not None and window.idle_timer.isActive()
    with qtbot.waitSignal(window.controller.started):
        window.start_recording()
    window.idle_timer.setInterval(50)  # the settings count in minutes; the test does not wait that long
    with qtbot.waitSignal(window.locked_changed, timeout=5000):
        window.idle_timer.start()
    assert window.keys is None and window.recording
    assert any("Locked after a time without use" in t for t in window.banners.texts())


def test_recovered_sessions_are_announced_with_their_end_time(qtbot: Any, vault: Vault, mic: PulseServer) -> None:
    session = Session.start(vault, "Door", Source("test", live=False, kind="test-signal"))
    session.append_audio(b"\x00\x01" * 4800, rate=48000)
    session.tick()
    session.abandon()  # as after a crash: no seal
    w = make_window(qtbot, vault.home)
    try:
        [banner] = [t for t in w.banners.texts() if "interrupted" in t]
        end = (session.dir / "journal.erj").stat().st_mtime
        from datetime import datetime

        assert datetime.fromtimestamp(end).strftime("%Y-%m-%d %H:%M:%S") in banner
        assert "recovered after interruption" in w.cases_panel.session_list.item(0).text()
        assert [s.state for s in __import__("recorder.core.store", fromlist=["x"]).list_sessions(vault)] == [
            INTERRUPTED
        ]
    finally:
        cleanup_window(w)


def test_strength_hint_follows_zxcvbn() -> None:
    assert strength("") == 0
    assert strength("abc") == 1 < strength("correct horse battery")
    assert strength("correct horse battery") >= 3
    assert strength("正确的马电池订书钉") >= 3


def test_a_replaced_vault_file_and_a_deleted_recording_are_announced(qtbot: Any, vault: Vault, tmp_path: Path) -> None:
    import shutil

    from recorder.core.session import JOURNAL_FILE
    from recorder.core.vault import VAULT_FILE

    gone = Session.start(vault, "case", Source("test tone", live=False, kind="test-signal"))
    gone.seal()
    (gone.dir / JOURNAL_FILE).unlink()
    theirs = Vault.create(tmp_path / "theirs", PASSPHRASE)
    shutil.copy(theirs.home / VAULT_FILE, vault.home / VAULT_FILE)
    w = make_window(qtbot, vault.home, language="zh_CN")
    try:
        texts = " ".join(w.banners.texts())
        assert "证据库文件" in texts and "替换" in texts  # the vault file was replaced, in the user's language
        assert gone.id in texts and "已被删除" in texts
        w.unlock(PASSPHRASE)  # the owner's own passphrase: not "wrong", the file was replaced
        assert w.keys is None
        texts = " ".join(w.banners.texts())
        assert "因此您的密码无法打开它" in texts
        assert "密码不正确" not in texts  # (the wrong-passphrase sentence, in Chinese)
    finally:
        cleanup_window(w)
