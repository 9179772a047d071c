"""Languages: switching to Chinese shows Chinese everywhere in the main window — no English left — without
touching a recording in progress; and problems during a recording are banners, never dialogs."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QWidget,
)

from recorder.core.store import SEALED, list_sessions
from recorder.core.vault import Vault
from recorder.gui.words import input_text
from tests.fixtures.audio import PulseServer
from tests.fixtures.core import PASSPHRASE

CJK = re.compile(r"[\u4e00-\u9fff]")
# Text that is not language: key caps (F9; Shift, as printed on Chinese keyboards too; Enter as printed on
# Taiwanese keyboards), the fingerprint code, times, the input's and case's own names.
NOT_WORDS = re.compile(r"\bF9\b|\bShift\+\d|\bEnter 鍵|\bEsc [键鍵]|[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}|\d")


def visible_texts(window: QWidget) -> list[str]:
    """Every text a user can see in the window: labels, buttons, fields' placeholders, group titles, list rows,
    toolbar actions and the window title."""
    texts = [window.windowTitle()]
    for w in window.findChildren(QWidget):
        if not w.isVisibleTo(window):
            continue
        if isinstance(w, QLabel | QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QLineEdit):
            texts.append(w.text() or w.placeholderText())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QListWidget):
            texts += [w.item(i).text() for i in range(w.count())]
    texts += [a.text() for a in window.toolbar.actions() if a.isVisible()]
    return [t for t in texts if t.strip()]


def english_left(texts: list[str], names: list[str]) -> list[str]:
    out = []
    for t in texts:
        for n in names:
            t = t.replace(n, "")
        t = NOT_WORDS.sub("", t)
        if re.search(r"[A-Za-z]{2,}", t):
            out.append(t)
    return out


@pytest.mark.parametrize(
    ("language", "elapsed", "tag_line", "tag_button", "saved"),
    [
        ("zh_CN", "已录", "标记：到达", "5  拒绝离开", ("✓ 已全部保存", "正在保存…已保存至 ")),
        ("zh_TW", "已錄", "標記：到達", "5  拒絕離開", ("✓ 已全部儲存", "正在儲存…已儲存至 ")),
    ],
)
def test_switching_to_chinese_while_recording(
    qtbot: Any,
    window: Any,
    vault: Vault,
    language: str,
    elapsed: str,
    tag_line: str,
    tag_button: str,
    saved: tuple[str, str],
) -> None:
    window.unlock(PASSPHRASE)
    with qtbot.waitSignal(window.controller.started):
        window.start_recording()
    session_id = window.controller.session.id
    qtbot.waitUntil(lambda: window.controller.last_status is not None and window.controller.last_status.audio_s > 0.2)
    window.controller.add_tag(window.record_panel.tag_bar.tags[0])
    en_texts = visible_texts(window)
    assert "■ Stop (F9)" in en_texts and not any(CJK.search(t) for t in en_texts)

    window.set_language(language)
    qtbot.waitUntil(lambda: window.record_panel.record_button.text() == "■ 停止（F9）")
    qtbot.waitUntil(lambda: window.record_panel.elapsed_label.text().startswith(elapsed))  # the next status poll
    texts = visible_texts(window)
    assert tag_line in " ".join(texts) and tag_button in texts
    assert window.record_panel.saved_label.text().startswith(saved)
    names = [
        window.controller.last_status.input_name,
        input_text(window.controller.last_status.input_name),
        window.case or "",
    ]
    assert english_left(texts, [n for n in names if n]) == []
    # The recording went on, untouched.
    assert window.recording and window.controller.session.id == session_id
    with qtbot.waitSignal(window.controller.stopped):
        window.toggle_record()
    assert [s.state for s in list_sessions(vault)] == [SEALED]
    assert window.settings.language == language


def test_no_dialog_while_recording_when_the_microphone_is_unplugged(
    qtbot: Any, window: Any, vault: Vault, mic: PulseServer
) -> None:
    window.set_language("zh_CN")
    with qtbot.waitSignal(window.controller.started):
        window.start_recording()
    qtbot.waitUntil(lambda: window.controller.last_status is not None and window.controller.last_status.audio_s > 0.2)
    mic.unplug_microphone()
    qtbot.waitUntil(lambda: any("麦克风停止工作" in t for t in window.banners.texts()), timeout=15000)
    assert QApplication.activeModalWidget() is None
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog | QMessageBox) and w.isVisible()]
    assert window.recording and not window.controller.session.sealed  # the recording goes on
    mic.plug_microphone()  # plugged back in: the banner says so, and the recording carries on from it
    qtbot.waitUntil(lambda: any("继续录音" in t for t in window.banners.texts()), timeout=20000)
    assert not any("麦克风停止工作" in t for t in window.banners.texts())
    with qtbot.waitSignal(window.controller.stopped):
        window.toggle_record()
    [st] = list_sessions(vault)
    assert st.state == SEALED


def test_banners_already_shown_follow_a_switch_of_language(
    qtbot: Any, window: Any, vault: Vault, mic: PulseServer
) -> None:
    from PySide6.QtCore import QCoreApplication

    with qtbot.waitSignal(window.controller.started):
        window.start_recording()
    qtbot.waitUntil(lambda: window.controller.last_status is not None and window.controller.last_status.audio_s > 0.2)
    mic.unplug_microphone()  # a banner from the engine, on the writer thread's event
    qtbot.waitUntil(lambda: any("microphone" in t.lower() for t in window.banners.texts()), timeout=15000)
    window.close()  # while recording: a banner with two actions, instead of closing
    closing = [b for b in window.banners.banners if b.key == "closing"]
    assert len(closing) == 1 and window.isVisible()
    assert not any(CJK.search(t) for t in window.banners.texts())

    window.set_language("zh_CN")
    qtbot.waitUntil(lambda: any("麦克风停止工作" in t for t in window.banners.texts()))
    keep = QCoreApplication.translate("MainWindow", "Keep recording")
    assert CJK.search(keep)  # really translated, so the comparison below means something
    buttons = [b.text() for b in closing[0].findChildren(QAbstractButton)]
    assert keep in buttons
    assert english_left(window.banners.texts(), []) == []
    mic.plug_microphone()
    window.banners.remove("closing")
    with qtbot.waitSignal(window.controller.stopped):
        window.toggle_record()
