"""Issue 13, item 13: on a 1366×768 screen every window fits — the main window, the review window (opened on the
screen, sized to it), the export dialog (showing its whole path) — in each language, and at 150 % scaling the main
window fits once sized to the screen, its quick tags whole. Each case runs in its own process: the screen's size
and the scale factor are fixed when Qt starts (an offscreen screen described by a JSON file)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = r"""
import json, sys, tempfile
from pathlib import Path
from PySide6.QtWidgets import QApplication, QPushButton
app = QApplication([])
from recorder.core.session import Session
from recorder.core.vault import Vault
from recorder.core.session import Source
from recorder.gui.application import open_main_window

lang = sys.argv[1]
home = Path(tempfile.mkdtemp()) / "home"
vault = Vault.create(home, "a passphrase for sizes", kdf_memory_kib=8192, kdf_iterations=1)
keys = vault.unlock("a passphrase for sizes")
case = "Visits at the door of the flat on the fourth floor"
s = Session.start(vault, case, Source("test tone", live=False, kind="test-signal"))
s.append_audio(b"\0\0" * 48000, rate=48000)
s.seal()
window, _ = open_main_window(home, language=lang)
window.keys = keys
window.refresh()
window.show()
app.processEvents()
screen = app.primaryScreen().availableGeometry()

def inside(w):
    g = w.frameGeometry()
    return screen.contains(g)

def clipped_buttons(w):
    shown = [b for b in w.findChildren(QPushButton) if b.isVisible()]
    return [b.text() for b in shown if b.size().expandedTo(b.minimumSizeHint()) != b.size()]

out = {"screen": [screen.width(), screen.height()]}
out["main_inside"] = inside(window)
out["main_min"] = [window.minimumSizeHint().width(), window.minimumSizeHint().height()]
out["tags_clipped"] = clipped_buttons(window.record_panel.tag_bar)
window.open_export()
export = window.dialogs["export"]
app.processEvents()
out["export_inside"] = inside(export)
out["export_path_whole"] = export.path.width() >= export.path.fontMetrics().horizontalAdvance(export.path.text())
window.open_session(s.id)
app.processEvents()
view = window.views[-1]
out["review_inside"] = inside(view)
out["review_size"] = [view.width(), view.height()]
print("RESULT " + json.dumps(out))
"""


def run_sized(tmp_path: Path, language: str, scale: str) -> dict[str, object]:
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96}]})
    )
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", QT_SCALE_FACTOR=scale, HOME=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, language], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    line = next((x for x in done.stdout.splitlines() if x.startswith("RESULT ")), None)
    assert line is not None, done.stderr[-3000:]
    result: dict[str, object] = json.loads(line[len("RESULT ") :])
    return result


@pytest.mark.parametrize("language", ["en", "zh_CN", "zh_TW"])
def test_every_window_fits_a_1366_by_768_screen(tmp_path: Path, language: str) -> None:
    r = run_sized(tmp_path, language, "1")
    assert r["screen"] == [1366, 768]
    assert r["main_inside"] and r["review_inside"] and r["export_inside"], r
    assert r["export_path_whole"] and r["tags_clipped"] == [], r


def test_at_150_percent_the_main_window_fits(tmp_path: Path) -> None:
    r = run_sized(tmp_path, "en", "1.5")
    width, height = r["screen"]  # type: ignore[misc]
    assert width < 1000  # 1366 / 1.5: the scale is in force
    min_w, min_h = r["main_min"]  # type: ignore[misc]
    assert min_w <= width and min_h <= height, r
    assert r["main_inside"] and r["review_inside"] and r["tags_clipped"] == [], r
