"""The export dialog chooses the report's language (issue 15 §1), the UI's by default, and the package it writes
holds report.pdf beside report.html, both in that language."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from recorder.core.vault import Vault
from recorder.gui.export_dialog import ExportDialog
from recorder.gui.worker import Runner
from tests.archive_sessions import record
from tests.fixtures.core import PASSPHRASE


def test_the_report_language_is_chosen_in_the_export_dialog(qtbot: Any, tmp_path: Path) -> None:
    vault = Vault.create(tmp_path / "home", PASSPHRASE)
    sid = record(vault, "Door visit", seconds=2)
    dialog = ExportDialog(vault, vault.unlock(PASSPHRASE), [sid], "Door visit", "zh_CN", Runner())
    qtbot.addWidget(dialog)
    assert dialog.report_language.currentData() == "zh_CN"  # the UI's language by default
    assert dialog.form.labelForField(dialog.report_language).text() == "Report language"
    dialog.report_language.setCurrentIndex(dialog.report_language.findData("zh_TW"))
    out = tmp_path / "door.zip"
    dialog.path.setText(str(out))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=60_000)
    with zipfile.ZipFile(out) as z:
        assert "<h1>證據報告</h1>" in z.read("report.html").decode()
        assert z.read("report.pdf").startswith(b"%PDF-1.4")
        assert b'"language":"zh_TW"' in z.read("manifest.json")


def test_a_renamed_case_shows_its_current_name_and_the_earlier_one_dated(qtbot: Any, tmp_path: Path) -> None:
    from recorder.gui.cases import append_case_op

    vault = Vault.create(tmp_path / "home", PASSPHRASE)
    sid = record(vault, "Door visit", seconds=2)
    append_case_op(vault, {"op": "rename", "from": "Door visit", "to": "張先生 visits"})
    dialog = ExportDialog(vault, vault.unlock(PASSPHRASE), [sid], "張先生 visits", "en", Runner())
    qtbot.addWidget(dialog)
    out = tmp_path / "renamed.zip"
    dialog.path.setText(str(out))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=60_000)
    with zipfile.ZipFile(out) as z:
        page = z.read("report.html").decode()
        manifest = z.read("manifest.json")
    assert "Case: <b>張先生 visits</b>" in page
    assert "Earlier name: Door visit (renamed on 20" in page
    assert b'"case":"Door visit"' in manifest  # the recording keeps the name it was made under
