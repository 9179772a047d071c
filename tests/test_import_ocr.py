"""Screenshots of a call list read offline (issue 14 §2): a 1080×2400 call list of 20 rows rendered here with Qt and
a CJK font, read by RapidOCR in a child process (its models come in its wheel), proposes at least 18 rows exactly
right before any correction; an image without text, or bytes that are not an image, is one sentence."""

from __future__ import annotations

import random
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from recorder.core.errors import RecorderError
from recorder.importing.ocr import Box, propose_call_rows, read_boxes

WORDS = {"incoming": "呼入", "outgoing": "呼出", "missed": "未接", "rejected": "拒接"}


def render_call_list(rows: int = 20, seed: int = 3) -> tuple[bytes, list[dict[str, Any]]]:
    rnd = random.Random(seed)
    image = QImage(1080, 2400, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    font = QFont("WenQuanYi Micro Hei")
    font.setPixelSize(44)
    p.setFont(font)
    p.drawText(40, 120, "通话记录")
    truth = []
    for i in range(rows):
        y = 220 + i * 105
        number = "1" + "".join(str(rnd.randrange(10)) for _ in range(10))
        direction = rnd.choice(list(WORDS))
        hh, mm = rnd.randrange(24), rnd.randrange(60)
        duration = rnd.randrange(1, 600) if direction in ("incoming", "outgoing") else 0
        font.setPixelSize(40)
        p.setFont(font)
        p.setPen(QColor("#c0392b" if duration == 0 else "black"))
        p.drawText(40, y, number)
        font.setPixelSize(30)
        p.setFont(font)
        p.setPen(QColor("#666"))
        p.drawText(
            40, y + 45, f"{WORDS[direction]}  {duration // 60}分{duration % 60}秒" if duration else WORDS[direction]
        )
        p.drawText(840, y + 20, f"11-{2 + i // 10:02d} {hh:02d}:{mm:02d}")
        truth.append({"number": number, "direction": direction, "time_text": f"11-{2 + i // 10:02d} {hh:02d}:{mm:02d}",
                      "duration_s": duration, "read_from": "screenshot"})  # fmt: skip
    p.end()
    raw = QByteArray()
    buffer = QBuffer(raw)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(raw.data()), truth


@pytest.fixture(scope="module")
def read_once(qapp: Any) -> tuple[bytes, list[dict[str, Any]], list[Box]]:
    """The screenshot, its truth, and what the OCR read in it (about 25 s here: read once for this module)."""
    data, truth = render_call_list()
    return data, truth, read_boxes(data)


@pytest.mark.slow
def test_a_call_list_screenshot_proposes_at_least_18_of_20_rows_right(
    read_once: tuple[bytes, list[dict[str, Any]], list[Box]],
) -> None:
    _data, truth, boxes = read_once
    rows = propose_call_rows(boxes)
    right = sum(1 for row in rows if row in truth)
    assert right >= 18, [r for r in rows if r not in truth]
    assert all(r["read_from"] == "screenshot" for r in rows)


@pytest.mark.slow
def test_no_text_and_not_an_image_are_one_sentence(qapp: Any) -> None:
    blank = QImage(200, 200, QImage.Format.Format_RGB32)
    blank.fill(QColor("white"))
    raw = QByteArray()
    buffer = QBuffer(raw)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    blank.save(buffer, "PNG")
    with pytest.raises(RecorderError) as none:
        read_boxes(bytes(raw.data()))
    assert "No text was found" in str(none.value)
    with pytest.raises(RecorderError) as bad:
        read_boxes(b"%PDF-1.7 not an image")
    assert "could not be read (not an image)" in str(bad.value)


@pytest.mark.slow
def test_the_user_confirms_and_corrects_the_rows_before_they_count(
    qtbot: Any,
    vault: Any,
    keys: Any,
    tmp_path: Any,
    read_once: tuple[bytes, list[dict[str, Any]], list[Box]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from recorder.archive.export import export_archive
    from recorder.archive.verify import verify_archive
    from recorder.gui.screenshot_dialog import ScreenshotDialog
    from recorder.gui.worker import SyncRunner
    from recorder.importing import ocr
    from recorder.importing.logs import case_pattern

    data, truth, boxes = read_once
    # The dialog's reading is the OCR's (the test above reads this very image): the same boxes, without 25 s more.
    monkeypatch.setattr(ocr, "read_boxes", lambda image: boxes if image == data else [])
    shot = tmp_path / "Screenshot_calls.png"
    shot.write_bytes(data)
    dialog = ScreenshotDialog(vault, keys, "Door visit", shot, SyncRunner())
    qtbot.addWidget(dialog)
    dialog.year.setText("2026")
    dialog.time_zone.setText("Asia/Shanghai")
    dialog.read_button.click()
    assert (
        dialog.table.rowCount() == 20 and case_pattern(vault, keys.recording, "Door visit", "cn-cba-2026")["rows"] == 0
    )
    for r, want in enumerate(truth):  # the user corrects every cell the OCR got wrong
        when = f"2026-{want['time_text'][:5]} {want['time_text'][6:]}"
        for c, value in enumerate((want["number"], want["direction"], when, want["duration_s"])):
            if dialog.table.item(r, c).text() != str(value):
                dialog.table.item(r, c).setText(str(value))
    dialog.confirm_button.click()
    assert "20 confirmed rows were imported" in dialog.outcome.text(), dialog.outcome.text()
    facts = case_pattern(vault, keys.recording, "Door visit", "cn-cba-2026")
    assert facts["rows"] == facts["rows_from_screenshots"] == 20
    assert facts["total"]["calls_out"] == sum(1 for t in truth if t["direction"] == "outgoing")
    out = tmp_path / "door.zip"
    export_archive(vault, keys, [dialog.result.result.session], out, language="en")
    verdict = verify_archive(out)
    assert verdict.ok, [str(p) for p in verdict.problems]
    assert any("read from a screenshot and confirmed or corrected by the user" in str(s) for s in verdict.statements)
