"""The session view (issue 5) with real widgets, offscreen: markers where their events are, seeking by marker and
by arrow keys, the events list, photos, and later annotations that leave the recording untouched."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from recorder.core.check import check_session
from recorder.core.review import load_review, read_review_entries, review_files
from recorder.core.session import JOURNAL_FILE
from recorder.core.vault import Vault, VaultKeys
from recorder.gui.review import SessionView
from recorder.gui.review.annotate import AnnotationDialog
from recorder.gui.review.events_panel import PhotoDialog
from tests.fixtures.core import PASSPHRASE
from tests.test_review_core import LATER_MARK, NOTE_MARK, RATE, assert_no_plaintext, make_session, tone

WAIT = 20_000


def open_view(qtbot: QtBot, vault: Vault, keys: VaultKeys, session_id: str) -> SessionView:
    view = SessionView(vault, keys, session_id)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        view.show()
    return view


@pytest.fixture
def view_closer() -> Iterator[list[SessionView]]:
    views: list[SessionView] = []
    yield views
    for v in views:
        v.shutdown()


def _key(m: object) -> str:
    kind = getattr(m, "kind")  # noqa: B009
    if kind == "tag":
        return str(getattr(m, "tag_code"))  # noqa: B009
    if kind == "attachment":
        return str(getattr(m, "text"))  # noqa: B009
    return str(kind)


def test_markers_sit_at_their_events_and_arrows_jump_between_them(
    qtbot: QtBot, vault: Vault, keys: VaultKeys, view_closer: list[SessionView]
) -> None:
    made = make_session(vault)
    view = open_view(qtbot, vault, keys, made.id)
    view_closer.append(view)
    assert {_key(m): m.frame for m in view.markers} == made.expected
    wf = view.waveform
    assert wf.total_frames == made.audio_frames
    # Drawn where they belong: whole session fits the width, so x is frame / frames-per-pixel.
    for m in view.markers:
        assert wf.x_for_frame(m.frame) == pytest.approx(m.frame / wf.frames_per_px)
        assert 0 <= wf.x_for_frame(m.frame) <= wf.width()
    assert "not a live recording" in view.title.text()

    # Arrow keys: from the start to "arrived", then "asked to leave", and back.
    view.seek(0)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.position() == made.expected["arrived"]
    qtbot.keyClick(view.waveform, Qt.Key.Key_Right)  # the waveform passes arrows on to the view
    assert view.position() == made.expected["asked-to-leave"]
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.position() == made.expected["arrived"]
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert view.position() == made.expected["arrived"] + 5 * RATE

    # Clicking a marker moves the playhead onto it; clicking elsewhere, to the frame under the pointer.
    left = next(m for m in view.markers if m.tag_code == "left")
    x = round(wf.x_for_frame(left.frame))
    qtbot.mouseClick(wf, Qt.MouseButton.LeftButton, pos=QPoint(x, wf.height() // 2))
    assert view.position() == left.frame
    qtbot.mouseClick(wf, Qt.MouseButton.LeftButton, pos=QPoint(30, wf.height() // 2))
    assert view.position() == wf.frame_for_x(30)
    assert wf.playhead == view.position()

    # Zooming keeps markers at their frames.
    wf.zoom(8.0, around=left.frame)
    assert wf.frames_per_px < made.audio_frames / wf.width()
    assert wf.frame_for_x(wf.x_for_frame(left.frame)) == pytest.approx(left.frame, abs=wf.frames_per_px)


def test_events_list_filters_searches_and_opens_photos(
    qtbot: QtBot, vault: Vault, keys: VaultKeys, view_closer: list[SessionView]
) -> None:
    made = make_session(vault)
    view = open_view(qtbot, vault, keys, made.id)
    view_closer.append(view)
    panel = view.events
    assert len(panel.visible_markers()) == len(made.expected)
    panel.choose_tag("left")
    assert [m.tag_code for m in panel.visible_markers()] == ["left"]
    panel.choose_tag("")
    qtbot.keyClicks(panel.search, NOTE_MARK[:12].lower())
    assert [m.kind for m in panel.visible_markers()] == ["note"]
    panel.search.clear()

    # Selecting a row moves the playhead to the event.
    rows = panel.visible_markers()
    i = next(r for r, m in enumerate(rows) if m.tag_code == "asked-to-leave")
    rect = panel.table.visualRect(panel.proxy.index(i, 1))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.position() == made.expected["asked-to-leave"]

    # The photo: a thumbnail in the list, full size on double-click — decrypted in memory.
    photo_row = next(r for r, m in enumerate(panel.visible_markers()) if m.kind == "attachment")
    icon = panel.proxy.index(photo_row, 3).data(Qt.ItemDataRole.DecorationRole)
    assert icon is not None and not icon.isNull()
    rect = panel.table.visualRect(panel.proxy.index(photo_row, 3))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: any(isinstance(w, PhotoDialog) and w.isVisible() for w in QApplication.topLevelWidgets()))
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PhotoDialog))
    assert dialog.image.pixmap().width() == 1
    dialog.close()


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_later_annotation_shows_survives_reopening_and_leaves_the_recording_untouched(
    qtbot: QtBot, vault: Vault, keys: VaultKeys, tmp_path: Path, view_closer: list[SessionView]
) -> None:
    started = time.time()
    made = make_session(vault)
    journal = vault.session_dir(made.id) / JOURNAL_FILE
    journal_sha = _sha(journal)
    view = open_view(qtbot, vault, keys, made.id)
    view_closer.append(view)
    with qtbot.waitSignal(view.checked, timeout=WAIT) as checked:
        pass
    before = checked.args[0]
    assert before.ok and "Verified" in view.integrity.status.text()
    assert "NOT a live recording" in view.integrity.details.text()
    assert "Gap at 0:00:04: input overflow" in view.integrity.details.text()

    # As a user would: jump to "asked to leave", add a note there through the form.
    view.seek(made.expected["asked-to-leave"])
    qtbot.mouseClick(view.annotate_button, Qt.MouseButton.LeftButton)
    dialog = next(w for w in view.findChildren(AnnotationDialog) if w.isVisible())
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # nothing written yet
    qtbot.keyClicks(dialog.text_edit, "pushed the door here " + LATER_MARK)
    with qtbot.waitSignal(view.annotation_added, timeout=WAIT) as added:
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    ann = added.args[0]
    assert ann.frame == made.expected["asked-to-leave"]
    later = [m for m in view.markers if m.later]
    assert len(later) == 1 and later[0].frame == made.expected["asked-to-leave"]
    row = next(r for r, m in enumerate(view.events.visible_markers()) if m.later)
    shown = view.events.proxy.index(row, 3).data()
    assert "pushed the door here" in shown and "added later, on" in shown
    view.close()

    # Reopened: the annotation is still there, marked as added later, and the review chain verifies.
    again = open_view(qtbot, vault, keys, made.id)
    view_closer.append(again)
    later = [m for m in again.markers if m.later]
    assert [m.text for m in later] == ["pushed the door here " + LATER_MARK]
    review = load_review(vault, keys, made.id)
    assert review.ok and len(review.sittings) == 1 and review.sittings[0].sealed
    assert [a.text for a in review.annotations] == ["pushed the door here " + LATER_MARK]
    with qtbot.waitSignal(again.checked, timeout=WAIT) as rechecked:
        pass
    assert "Later annotations: 1 (review sittings: 1)" in again.integrity.review_line.text()
    after = rechecked.args[0]
    assert after.ok and after.summary.head == before.summary.head and after.summary.entries == before.summary.entries
    again.close()
    assert _sha(journal) == journal_sha
    assert check_session(vault, keys.recording, made.id).ok
    assert [n for n, _p in review_files(vault.session_dir(made.id))] == [1]
    assert len(read_review_entries(vault, keys, made.id)[0]) == 3  # review-start, annotation, review-seal

    # P7: nothing readable left behind in the vault or the temporary folders.
    recent_tmp = [
        p
        for p in Path(tempfile.gettempdir()).iterdir()
        if p.is_file() and p.stat().st_mtime >= started and p.stat().st_size < 64 << 20
    ]
    roots = [vault.home, tmp_path, *recent_tmp]
    assert_no_plaintext(roots, [NOTE_MARK, LATER_MARK], tone(2 * RATE, 2048))


def test_a_missing_or_unreadable_session_is_told_in_one_sentence(
    qtbot: QtBot, vault: Vault, keys: VaultKeys, view_closer: list[SessionView]
) -> None:
    missing = SessionView(vault, keys, "20260101T000000Z-000000")
    qtbot.addWidget(missing)
    view_closer.append(missing)
    with qtbot.waitSignal(missing.failed, timeout=WAIT) as failed:
        missing.show()
    assert failed.args[0] == "There is no recording called 20260101T000000Z-000000 in this vault."
    assert missing.message.text() == failed.args[0] and not missing.annotate_button.isEnabled()

    # Keys of another vault cannot read it: a sentence, not a traceback.
    made = make_session(vault, with_photo=False)
    other = Vault.create(vault.home.parent / "other", PASSPHRASE)
    stranger = SessionView(vault, other.unlock(PASSPHRASE), made.id)
    qtbot.addWidget(stranger)
    view_closer.append(stranger)
    with qtbot.waitSignal(stranger.failed, timeout=WAIT) as failed:
        stranger.show()
    assert "damaged" in failed.args[0] and "Traceback" not in failed.args[0]


def test_an_interrupted_session_shows_its_end_and_its_unsigned_tail(
    qtbot: QtBot, vault: Vault, keys: VaultKeys, view_closer: list[SessionView]
) -> None:
    made = make_session(vault, with_photo=False, seal=False)
    view = open_view(qtbot, vault, keys, made.id)
    view_closer.append(view)
    end = view.markers[-1]
    assert end.kind == "interrupted" and end.frame == made.audio_frames
    view.seek(made.expected["left"])
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.position() == made.audio_frames
    with qtbot.waitSignal(view.checked, timeout=WAIT) as checked:
        pass
    assert checked.args[0].ok and checked.args[0].summary.unsigned_tail > 0
    details = view.integrity.details.text()
    assert "hash-chained but unsigned" in details and "ended by interruption" in details


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="zh_CN">
<context><name>SessionView</name>
<message><source>Play</source><translation>播放</translation></message>
<message><source>Add annotation…</source><translation>添加批注…</translation></message>
</context>
<context><name>Review</name>
<message><source>Tag</source><translation>标签</translation></message>
</context>
</TS>
"""


def test_switching_language_retranslates_the_open_view(
    qtbot: QtBot, vault: Vault, keys: VaultKeys, tmp_path: Path, view_closer: list[SessionView]
) -> None:
    made = make_session(vault, with_photo=False)
    view = open_view(qtbot, vault, keys, made.id)
    view_closer.append(view)
    assert view.play_button.text() == "Play"
    (tmp_path / "t.ts").write_text(TS, "utf-8")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(tmp_path / "t.ts"), "-qm", str(tmp_path / "t.qm")], check=True)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "t.qm"))
    QApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: view.play_button.text() == "播放")
        assert view.annotate_button.text() == "添加批注…"
        tag_row = next(r for r, m in enumerate(view.events.visible_markers()) if m.kind == "tag")
        assert view.events.proxy.index(tag_row, 2).data() == "标签"
    finally:
        QApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: view.play_button.text() == "Play")


def test_a_later_tag_about_a_captured_event(
    qtbot: QtBot, vault: Vault, keys: VaultKeys, view_closer: list[SessionView]
) -> None:
    made = make_session(vault, with_photo=False)
    view = open_view(qtbot, vault, keys, made.id)
    view_closer.append(view)
    panel = view.events
    row = next(r for r, m in enumerate(panel.visible_markers()) if m.tag_code == "left")
    left = panel.visible_markers()[row]
    qtbot.mouseClick(
        panel.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=panel.table.visualRect(panel.proxy.index(row, 1)).center(),
    )
    assert panel.selected_marker() == left
    qtbot.mouseClick(view.annotate_button, Qt.MouseButton.LeftButton)
    dialog = next(w for w in view.findChildren(AnnotationDialog) if w.isVisible())
    assert dialog.at_event.isEnabled() and dialog.at_event.isChecked()
    dialog.what.setCurrentIndex(dialog.what.findData("tag"))
    dialog.tags.setCurrentIndex(dialog.tags.findData("threat"))
    with qtbot.waitSignal(view.annotation_added, timeout=WAIT) as added:
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    ann = added.args[0]
    assert (ann.type, ann.code, ann.about_seq, ann.about_hash, ann.frame) == (
        "tag",
        "threat",
        left.seq,
        left.hash,
        None,
    )
    later = next(m for m in view.markers if m.later)
    assert later.frame == left.frame and "about the tag at 0:00:05" in later.text
    view.close()
    review = load_review(vault, keys, made.id)
    assert review.ok and [a.about_hash for a in review.annotations] == [left.hash]


def test_an_altered_recording_shows_what_precedes_the_damage_and_says_so(
    qtbot: QtBot, vault: Vault, keys: VaultKeys, view_closer: list[SessionView]
) -> None:
    from recorder.core.journal import scan

    made = make_session(vault, with_photo=False)
    journal = vault.session_dir(made.id) / JOURNAL_FILE
    # Without the cache the recording made at its seal (with it, the view is drawn from the cache and only the
    # check below finds the damage: tests/test_timeline_cache.py and the next test).
    (vault.session_dir(made.id) / "timeline.cache").unlink()
    frames = scan(journal).frames
    hit = frames[len(frames) // 2]
    raw = bytearray(journal.read_bytes())
    raw[hit.offset + 40] ^= 0x01  # one bit inside that record's ciphertext
    journal.write_bytes(bytes(raw))
    view = open_view(qtbot, vault, keys, made.id)
    view_closer.append(view)
    assert view.timeline is not None and view.timeline.damaged_at == hit.seq
    assert f"altered from entry {hit.seq} on" in view.message.text()
    assert view.markers and all(m.seq is not None and m.seq < hit.seq for m in view.markers)
    assert not (vault.session_dir(made.id) / "timeline.cache").exists()  # nothing cached from a damaged journal
    with qtbot.waitSignal(view.checked, timeout=WAIT) as checked:
        pass
    assert not checked.args[0].ok and "Not verified" in view.integrity.status.text()


def test_an_altered_recording_with_its_timeline_cache_is_still_said_to_be_not_verified(
    qtbot: QtBot, vault: Vault, keys: VaultKeys, view_closer: list[SessionView]
) -> None:
    # The cache written at the seal lets the view draw without decrypting the journal; the check that runs after
    # opening still reads every record, so a journal altered in place (same size) is reported all the same.
    from recorder.core.journal import scan

    made = make_session(vault, with_photo=False)
    journal = vault.session_dir(made.id) / JOURNAL_FILE
    assert (vault.session_dir(made.id) / "timeline.cache").exists()
    hit = scan(journal).frames[len(scan(journal).frames) // 2]
    raw = bytearray(journal.read_bytes())
    raw[hit.offset + 40] ^= 0x01
    journal.write_bytes(bytes(raw))
    view = open_view(qtbot, vault, keys, made.id)
    view_closer.append(view)
    with qtbot.waitSignal(view.checked, timeout=WAIT) as checked:
        pass
    assert not checked.args[0].ok and "Not verified" in view.integrity.status.text()


def test_zoomed_in_closer_than_the_peaks_the_waveform_shows_the_samples(
    qtbot: QtBot, vault: Vault, keys: VaultKeys, view_closer: list[SessionView]
) -> None:
    import numpy as np

    made = make_session(vault, with_photo=False)
    view = open_view(qtbot, vault, keys, made.id)
    view_closer.append(view)
    wf = view.waveform
    wf.zoom(1000.0, around=RATE)  # as close as it goes: 16 frames per pixel
    assert wf.frames_per_px == 16
    lows, highs = wf._columns()
    audio = np.frombuffer(tone(wf.start, wf.width() * 16), dtype="<i2").reshape(-1, 16)
    n = min(len(highs), len(audio))
    assert n > 100
    assert np.allclose(highs[:n], audio[:n].max(axis=1) / 32768.0)
    assert np.allclose(lows[:n], audio[:n].min(axis=1) / 32768.0)
    wf.grab()  # and it draws
