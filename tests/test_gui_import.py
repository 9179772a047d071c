"""The desktop side of issue 14: the import dialog (files and folders with the stated source; a call log read as
one; a duplicate refused in one sentence) and the calls view, whose QPainter bars match the counts per day."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QColor

from recorder.core.store import session_ids
from recorder.core.vault import Vault, VaultKeys
from recorder.gui.calls_view import COLOURS, SERIES, CallsView
from recorder.gui.import_dialog import ImportDialog
from recorder.gui.worker import SyncRunner
from tests.test_import_log import make_backup

ENGLISH_TS = Path(__file__).resolve().parents[1] / "resources" / "translations" / "recorder_en.ts"


@pytest.fixture
def english(qapp: Any, tmp_path: Path) -> Iterator[None]:
    """English's plural forms ("1 file", "2 files") as the app loads them: the current .ts compiled to a .qm."""
    qm = tmp_path / "recorder_en.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ENGLISH_TS), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_import_dialog_imports_files_with_the_stated_source_and_refuses_a_duplicate(
    qtbot: Any, vault: Vault, keys: VaultKeys, tmp_path: Path, english: None
) -> None:
    shot = tmp_path / "Screenshot_20261102.png"
    shot.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    dialog = ImportDialog(vault, keys, "Door visit", SyncRunner())
    qtbot.addWidget(dialog)
    dialog.source.setText("WeChat screenshot")
    dialog.add_paths([shot])
    dialog.import_button.click()
    assert "1 file imported and sealed" in dialog.outcome.text(), dialog.outcome.text()  # was "1 file(s)"
    assert dialog.result.files[0].name == shot.name and len(session_ids(vault)) == 1
    dialog.add_paths([shot])
    dialog.import_button.click()
    assert "already imported on" in dialog.outcome.text() and len(session_ids(vault)) == 1


def test_calls_view_bars_match_the_counts_of_each_day(
    qtbot: Any, vault: Vault, keys: VaultKeys, tmp_path: Path, english: None
) -> None:
    calls, _sms, _events = make_backup()
    path = tmp_path / "calls.xml"
    path.write_bytes(calls)
    dialog = ImportDialog(vault, keys, "Door visit", SyncRunner())
    qtbot.addWidget(dialog)
    dialog.add_paths([path])
    dialog.as_log.setChecked(True)
    dialog.time_zone.setText("Asia/Shanghai")
    dialog.import_button.click()
    assert "1 file imported" in dialog.outcome.text(), dialog.outcome.text()

    view = CallsView(vault, keys, "Door visit", SyncRunner())
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    view.load()
    facts = view.facts
    assert facts is not None and facts["rows"] == 2000
    per_day = facts["per_day"]
    assert view.table.rowCount() == len(per_day)
    assert [view.table.item(r, 1).text() for r in range(view.table.rowCount())] == [
        str(c["calls_in"]) for c in per_day.values()
    ]
    rects = view.bars.bar_rects()
    top = view.bars.highest()
    usable = view.bars.height() - 2 * view.bars.MARGIN
    image = view.bars.grab().toImage()
    for day, counts in per_day.items():
        drawn = {s: r for d, s, r in rects if d == day}
        assert set(drawn) == {s for s in SERIES if counts[s]}
        for series, rect in drawn.items():
            assert abs(rect.height() - usable * counts[series] / top) < 1e-6  # the bar's height is its count
            centre = rect.center().toPoint()
            assert image.pixelColor(centre) == QColor(COLOURS[series]), (day, series)
    assert any("exceeds guideline" in view.findings.item(i).text() for i in range(view.findings.count()))
    assert "Imported, not recorded by this app" in view.summary.text()


def test_the_main_window_opens_the_import_and_the_calls_view_for_its_case(
    qtbot: Any, window: Any, vault: Vault, tmp_path: Path
) -> None:
    from tests.fixtures.core import PASSPHRASE

    window.unlock(PASSPHRASE)
    window.choose_case("Door visit")
    window.import_action.trigger()
    dialog = window.dialogs["import"]
    assert dialog.isVisible() and dialog.case == "Door visit"
    shot = tmp_path / "photo.jpg"
    shot.write_bytes(b"\xff\xd8\xff" + bytes(range(200)))
    dialog.add_paths([shot])
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.import_button.click()
    window.calls_action.trigger()
    view = window.dialogs["calls"]
    qtbot.waitUntil(lambda: view.facts is not None, timeout=20_000)
    assert "No call log or messages have been imported" in view.summary.text()


def test_an_import_session_opens_with_its_recordings_playable_and_its_images_shown(
    qtbot: Any, window: Any, vault: Vault, keys: VaultKeys, tmp_path: Path
) -> None:
    from PIL import Image

    from recorder.gui.imported_view import ImportedView
    from recorder.importing.files import import_files
    from tests.fixtures.core import PASSPHRASE
    from tests.phone_audio import make_phone_recordings

    folder = tmp_path / "phone"
    make_phone_recordings(folder / "Recordings")
    Image.new("RGB", (90, 200), "navy").save(folder / "Screenshot.png")
    result = import_files(vault, keys.recording, "Door visit", [folder], "Xiaomi")
    window.unlock(PASSPHRASE)
    window.open_session(result.session)
    view = next(v for v in window.views if isinstance(v, ImportedView))
    assert "Imported, not recorded by this app" in view.banner.text()
    names = [view.files.item(i).text() for i in range(view.files.count())]
    view.files.setCurrentRow(names.index("Recordings/call-aac.m4a"))
    qtbot.waitUntil(lambda: view.player is not None, timeout=20_000)
    assert view.audio is not None and abs(view.audio.total_frames - 3 * 48_000) <= 0.05 * 48_000
    assert view.waveform.total_frames == view.audio.total_frames and len(view.waveform.peaks) > 0
    assert "creation_time" in view.facts.text() and "PyAV" in view.facts.text()
    view.play_button.click()  # decoded in memory, played through the sound server's null sink
    qtbot.waitUntil(
        lambda: view.player.sink is not None and view.player.sink.processedUSecs() >= 500_000, timeout=15_000
    )
    view.play_button.click()
    view.files.setCurrentRow(names.index("Screenshot.png"))
    assert not view.picture.pixmap().isNull() and view.picture.pixmap().width() <= 320
    assert not view.play_button.isVisible() and "PNG" in view.facts.text()
    window.lock()
    assert view not in window.views


def test_import_dialog_asks_an_encrypted_iphone_backup_passphrase_in_a_password_field(
    qtbot: Any, vault: Vault, keys: VaultKeys, tmp_path: Path, english: None
) -> None:
    from PySide6.QtWidgets import QLineEdit

    from tests.test_import_iphone import make_backup as make_iphone_backup
    from tests.test_import_iphone_encrypted import BACKUP_PASSPHRASE, encrypt_backup

    make_iphone_backup(tmp_path / "plain")
    encrypt_backup(tmp_path / "plain", tmp_path / "backup")
    dialog = ImportDialog(vault, keys, "Door visit", SyncRunner())
    qtbot.addWidget(dialog)
    assert dialog.backup_passphrase.isHidden()
    dialog.add_paths([tmp_path / "backup"])
    assert not dialog.backup_passphrase.isHidden() and dialog.as_log.isChecked()
    assert dialog.backup_passphrase.echoMode() == QLineEdit.EchoMode.Password
    dialog.time_zone.setText("UTC")
    dialog.backup_passphrase.setText("not it")
    dialog.import_button.click()
    assert "The passphrase does not open the encrypted iPhone backup" in dialog.outcome.text()
    assert session_ids(vault) == []
    dialog.backup_passphrase.setText(BACKUP_PASSPHRASE)
    dialog.import_button.click()
    assert "4 files imported and sealed" in dialog.outcome.text(), dialog.outcome.text()
    assert dialog.result.rows == 6 and len(session_ids(vault)) == 1
