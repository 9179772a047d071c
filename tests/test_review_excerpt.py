"""An excerpt chosen by dragging on the review's waveform (issue 15 §3): the drag selects a stretch, a click clears
it, and the exported folder holds exactly the session's samples of that stretch and verifies."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from recorder.archive import excerpt as X
from recorder.archive.excerpt_check import check_excerpt
from recorder.archive.export import export_archive
from recorder.core.vault import Vault
from tests.archive_sessions import record
from tests.fixtures.core import PASSPHRASE
from tests.test_review_view import open_view


def _drag_to(widget: QWidget, pos: QPoint) -> None:
    """A move with the left button held (QTest's mouseMove carries no buttons)."""
    local = QPointF(pos)
    event = QMouseEvent(
        QEvent.Type.MouseMove, local, widget.mapToGlobal(local), Qt.MouseButton.NoButton,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(widget, event)


def test_dragging_on_the_waveform_exports_that_stretch(qtbot: QtBot, tmp_path: Path) -> None:
    vault = Vault.create(tmp_path / "home", PASSPHRASE)
    keys = vault.unlock(PASSPHRASE)
    sid = record(vault, "Door visit", seconds=6)
    view = open_view(qtbot, vault, keys, sid)
    try:
        wave = view.waveform
        assert not view.excerpt_button.isEnabled()
        y = wave.height() // 2
        free = [x for x in range(wave.width() // 5, wave.width() * 4 // 5) if wave.marker_at(x, y) is None]
        a, b = free[0], free[-1]  # a press on a marker goes to the marker instead
        qtbot.mousePress(wave, Qt.MouseButton.LeftButton, pos=QPoint(a, y))
        _drag_to(wave, QPoint(a + 2, y))  # still a click
        assert wave.selection is None
        with qtbot.waitSignal(wave.stretch_selected) as selected:
            _drag_to(wave, QPoint(b, y))
            qtbot.mouseRelease(wave, Qt.MouseButton.LeftButton, pos=QPoint(b, y))
        first, end = selected.args
        assert (first, end) == (wave.frame_for_x(a), wave.frame_for_x(b)) and end > first
        assert view.excerpt_button.isEnabled()

        out = tmp_path / "excerpt"
        view.export_excerpt(out)
        assert str(out) in view.message.text()
        manifest = json.loads((out / X.MANIFEST).read_bytes())
        assert (manifest["frame_start"], manifest["frames"]) == (first, end - first)
        assert manifest["from"] == {"frame": first} and manifest["to"] == {"frame": end}
        full = tmp_path / "full.zip"
        export_archive(vault, keys, [sid], full, language="en")
        with zipfile.ZipFile(full) as z:
            original = z.read(f"sessions/{sid}/audio.wav")[44:]
        assert (out / X.WAV_NAME).read_bytes()[44:] == original[2 * first : 2 * end]
        assert check_excerpt(out, full).ok

        qtbot.mouseClick(wave, Qt.MouseButton.LeftButton, pos=QPoint(a, y))  # a click clears the stretch
        assert wave.selection is None and not view.excerpt_button.isEnabled()
    finally:
        view.shutdown()
