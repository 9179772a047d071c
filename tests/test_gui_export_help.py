"""Issue 13, items 14–15: the export dialog after an export (Close, no second Export, Open folder), the report
rules for Taiwan and Hong Kong chosen from the language and the system, a plain label for encrypting; Help →
keyboard shortcuts, and About with the version, the code's hash and the licence."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtWidgets import QApplication

from recorder import __version__
from recorder.archive.verify import verify_archive
from recorder.core.environment import code_sha256
from recorder.core.vault import Vault
from recorder.gui.export_dialog import default_profile
from tests.fixtures.audio import PulseServer
from tests.fixtures.core import PASSPHRASE
from tests.test_gui_cases_export import record_briefly


def test_after_export_close_replaces_cancel_and_open_folder_shows_it(
    qtbot: Any, window: Any, vault: Vault, mic: PulseServer, tmp_path: Path, monkeypatch: Any
) -> None:
    from recorder.gui import export_dialog

    opened: list[QUrl] = []
    monkeypatch.setattr(export_dialog.QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window.unlock(PASSPHRASE)
    record_briefly(qtbot, window)
    window.open_export()
    export = window.dialogs["export"]
    assert [export.profile.itemText(i) for i in range(export.profile.count())] == [
        "Mainland China",
        "Taiwan",
        "Hong Kong",
        "United States",
    ]
    assert not export.open_folder.isVisible() and export.cancel_button.text() == "Cancel"
    assert "1 recording will be put" in export.what.text()  # a real singular, not "1 recordings"
    assert "age" not in export.form.labelForField(export.encrypt_to).text()  # a plain label …
    assert "lawyer" in export.encrypt_help.text()  # … and a help line saying what it is for
    out = tmp_path / "visits" / "evidence.zip"
    out.parent.mkdir()
    export.path.setText(str(out))
    qtbot.waitUntil(lambda: export.path.width() >= export.path.fontMetrics().horizontalAdvance(str(out)))  # whole
    export.profile.setCurrentIndex(export.profile.findData("tw"))
    qtbot.mouseClick(export.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: export.result is not None)
    assert export.cancel_button.text() == "Close" and not export.start_button.isEnabled()
    assert export.open_folder.isVisible() and export.open_folder.text() == "Open folder"
    qtbot.mouseClick(export.open_folder, Qt.MouseButton.LeftButton)
    assert [u.toLocalFile() for u in opened] == [str(out.parent)]
    with zipfile.ZipFile(out) as z:
        assert json.loads(z.read("manifest.json"))["profile"] == "tw"
    assert verify_archive(out).ok  # the facts recomputed with the Taiwan profile agree with the report
    qtbot.mouseClick(export.cancel_button, Qt.MouseButton.LeftButton)
    assert not export.isVisible()
    window.open_verify()  # the verifier's sentences in words: local times, the seal's reason
    verify = window.dialogs["verify"]
    verify.verify(out)
    qtbot.waitUntil(lambda: verify.report is not None, timeout=30000)
    details = verify.details.toPlainText()
    assert "(stopped by you)" in details and ("UTC+" in details or "UTC-" in details)
    assert not re.search(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z", details), details


@pytest.mark.parametrize(
    ("language", "locale", "expected"),
    [
        ("zh_CN", QLocale(QLocale.Language.Chinese, QLocale.Country.China), "cn"),
        ("zh_TW", QLocale(QLocale.Language.Chinese, QLocale.Country.Taiwan), "tw"),
        ("zh_TW", QLocale(QLocale.Language.Chinese, QLocale.Country.HongKong), "hk"),
        ("zh_TW", QLocale(QLocale.Language.English, QLocale.Country.UnitedStates), "tw"),
        ("en", QLocale(QLocale.Language.English, QLocale.Country.HongKong), "hk"),
        ("en", QLocale(QLocale.Language.English, QLocale.Country.UnitedStates), "us"),
        ("en", QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom), "cn"),
    ],
)
def test_report_rules_default_from_language_and_system(language: str, locale: QLocale, expected: str) -> None:
    assert default_profile(language, locale) == expected


def test_export_dialog_in_traditional_chinese_defaults_to_taiwan(
    qtbot: Any, window: Any, vault: Vault, monkeypatch: Any
) -> None:
    monkeypatch.setattr(QLocale, "system", lambda: QLocale(QLocale.Language.Chinese, QLocale.Country.Taiwan))
    window.unlock(PASSPHRASE)
    window.set_language("zh_TW")
    window.open_export()
    export = window.dialogs["export"]
    assert export.profile.currentData() == "tw" and export.profile.currentText() == "台灣"
    # The whole default path is shown in the field.
    metrics = export.path.fontMetrics()
    assert export.path.width() >= metrics.horizontalAdvance(export.path.text())


def test_help_shows_the_keyboard_shortcuts_and_about(qtbot: Any, window: Any) -> None:
    menu = window.help_menu
    assert menu.menu.title() == "&Help"
    menu.shortcuts_action.trigger()
    shortcuts = window.dialogs["shortcuts"]
    assert shortcuts.isVisible() and not shortcuts.isModal()
    texts = shortcuts.texts()
    assert "F9" in texts and "Shift+1, …, Shift+4" in texts and "Write a note" in texts
    menu.about_action.trigger()
    about = window.dialogs["about"]
    assert about.isVisible() and QApplication.activeModalWidget() is None
    text = about.body.text()
    assert f"Version {__version__}" in text and "GPL-3.0-or-later" in text
    assert code_sha256()[:8] in text and code_sha256()[-8:] in text
    window.set_language("zh_CN")
    qtbot.waitUntil(lambda: menu.menu.title().startswith("帮助") and "版本" in about.body.text())
    assert "开始或停止录音" in " ".join(shortcuts.texts())
