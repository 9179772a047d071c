"""The export dialog adds excerpts to the evidence package (issue 15 §3, FORMAT §7.9): a stretch typed as on the
command line comes out inside the package, proven by the verifier; a stretch that cannot be read is a sentence in
the dialog and nothing is written."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from recorder.archive.verify import verify_archive
from recorder.core.vault import Vault
from recorder.gui.export_dialog import ExportDialog
from recorder.gui.worker import Runner
from tests.archive_sessions import record
from tests.fixtures.core import PASSPHRASE


def test_excerpts_typed_in_the_export_dialog_are_in_the_package(qtbot: Any, tmp_path: Path) -> None:
    vault = Vault.create(tmp_path / "home", PASSPHRASE)
    sid = record(vault, "Door visit", seconds=6)
    dialog = ExportDialog(vault, vault.unlock(PASSPHRASE), [sid], "Door visit", "en", Runner())
    qtbot.addWidget(dialog)
    assert dialog.excerpts_label.text() == "Excerpts to add to the evidence package (optional):"
    out = tmp_path / "door.zip"
    dialog.path.setText(str(out))
    dialog.excerpts.setText("asked-to-leave")  # no end: a sentence, nothing written
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert "An excerpt is written FROM..TO" in dialog.message.text() and not out.exists()
    assert dialog.job is None and dialog.start_button.isEnabled()
    dialog.excerpts.setText("asked-to-leave..Left; 0:01..0:02")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=60_000)
    with zipfile.ZipFile(out) as z:
        excerpts = json.loads(z.read("manifest.json"))["excerpts"]
    assert [(e["from"], e["frames"]) for e in excerpts][1] == ({"time": "0:01"}, 48_000)
    assert excerpts[0]["from"]["code"] == "asked-to-leave"
    report = verify_archive(out)
    assert report.ok, [str(p) for p in report.problems]
    assert sum("holds exactly the samples of recording" in str(s) for s in report.statements) == 2


def test_an_excerpt_folder_made_in_review_goes_into_the_package(qtbot: Any, tmp_path: Path) -> None:
    """The review's excerpt sentence says to give its folder under Excerpts when exporting; the field takes it."""
    from recorder.archive.excerpt import make_excerpt

    vault = Vault.create(tmp_path / "home", PASSPHRASE)
    keys = vault.unlock(PASSPHRASE)
    sid = record(vault, "Door visit", seconds=3)
    folder = make_excerpt(vault, keys, sid, 24_000, 96_000, tmp_path / "dragged").folder  # as review's drag gives
    dialog = ExportDialog(vault, keys, [sid], "Door visit", "en", Runner())
    qtbot.addWidget(dialog)
    out = tmp_path / "door.zip"
    dialog.path.setText(str(out))
    dialog.excerpts.setText(f"{folder}; 0:00.5..0:01")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=60_000)
    with zipfile.ZipFile(out) as z:
        excerpts = json.loads(z.read("manifest.json"))["excerpts"]
    stated = json.loads((folder / "excerpt.json").read_bytes())["samples_sha256"]
    assert [(e["frame_start"], e["frames"]) for e in excerpts] == [(24_000, 72_000), (24_000, 24_000)]
    assert excerpts[0]["samples_sha256"] == stated
    assert verify_archive(out).ok
