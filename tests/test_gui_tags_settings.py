"""Issue 13, items 11–13: the second row of quick tags (Shift+1–4), settings that change only what the user
changed, a visitors card that starts empty, the larger text size, and banners legible on a dark theme."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from recorder.core.store import SessionReader, list_sessions
from recorder.core.vault import Vault
from recorder.gui.appearance import banner_colours, contrast_ratio, status_colour
from recorder.gui.settings import Settings
from tests.fixtures.core import PASSPHRASE
from tests.fixtures.gui import cleanup_window, make_window


def test_shift_digits_add_the_second_row_of_tags(qtbot: Any, window: Any, vault: Vault) -> None:
    bar = window.record_panel.tag_bar
    assert [b.text() for b in bar.buttons[10:]] == [
        "Shift+1  Pushed or hit",
        "Shift+2  Blocked the door",
        "Shift+3  They filmed me",
        "Shift+4  I called the police",
    ]
    window.resize(1280, 720)  # wide enough for five buttons a row (the test screen is 800×600)
    qtbot.waitUntil(lambda: bar._columns == 5)
    rows = {bar._layout.getItemPosition(bar._layout.indexOf(b))[0] for b in bar.buttons[10:]}
    assert rows == {2}  # a row of their own, below 1–5 and 6–0
    window.resize(500, 500)  # narrow: fewer columns, the second row still starts a row of its own
    qtbot.waitUntil(lambda: bar._columns < 5)
    positions = [bar._layout.getItemPosition(bar._layout.indexOf(b))[:2] for b in bar.buttons]
    assert positions[10][1] == 0 and positions[10][0] > positions[9][0]
    qtbot.waitUntil(lambda: all(b.size().expandedTo(b.minimumSizeHint()) == b.size() for b in bar.buttons))  # whole
    with qtbot.waitSignal(window.controller.started):
        window.start_recording()
    with qtbot.waitSignal(window.controller.logged) as logged:
        qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ShiftModifier)
    assert logged.args[0].detail["code"] == "filmed-me"
    with qtbot.waitSignal(window.controller.logged) as logged:
        qtbot.keyClick(window, Qt.Key.Key_3)
    assert logged.args[0].detail["code"] == "refused-id"
    session = window.controller.session
    with qtbot.waitSignal(window.controller.stopped):
        window.controller.stop()
    keys = vault.unlock(PASSPHRASE)
    tags = [e["body"] for e, _ in SessionReader(vault, keys.recording, session.id).entries() if e["kind"] == "tag"]
    assert [(t["code"], t["key"], t["label"]) for t in tags] == [
        ("filmed-me", "Shift+3", "They filmed me"),
        ("refused-id", "3", "Refused to show ID"),
    ]


def test_second_row_tags_are_editable_and_reach_old_settings(qtbot: Any, window: Any, vault: Vault) -> None:
    window.open_settings()
    dialog = window.dialogs["settings"]
    assert dialog.tags.rowCount() == 14 and dialog.tags.item(13, 0).text() == "Shift+4"
    dialog.tags.item(12, 1).setText("Took photos of my door")
    dialog.apply()
    bar = window.record_panel.tag_bar
    assert bar.buttons[12].text() == "Shift+3  Took photos of my door"
    saved = {t.key: t for t in Settings(vault.home).quick_tags}
    assert saved["Shift+3"].code == "custom" and saved["Shift+4"].code == "called-police"


def test_settings_saved_before_the_second_row_gain_it(tmp_path: Any) -> None:
    ini = tmp_path / "settings.ini"
    ini.write_text(
        "[General]\nversion=1\n"
        'quick_tags="[{\\"code\\": \\"arrived\\", \\"key\\": \\"1\\", \\"label\\": null}, '
        '{\\"code\\": \\"custom\\", \\"key\\": \\"2\\", \\"label\\": \\"Rang twice\\"}]"\n',
        encoding="utf-8",
    )
    tags = Settings(tmp_path).quick_tags
    assert [(t.key, t.code, t.label) for t in tags] == [
        ("1", "arrived", None),
        ("2", "custom", "Rang twice"),
        ("Shift+1", "pushed-or-hit", None),
        ("Shift+2", "blocked-door", None),
        ("Shift+3", "filmed-me", None),
        ("Shift+4", "called-police", None),
    ]
    assert [t.key for t in Settings(tmp_path).quick_tags] == [t.key for t in tags]  # migrated once


def test_settings_ok_keeps_the_language_on_screen(qtbot: Any, vault: Vault, mic: Any) -> None:
    Settings(vault.home).language = "zh_CN"
    window = make_window(qtbot, vault.home, language="en")  # as after `recorder --lang en`
    try:
        window.open_settings()
        dialog = window.dialogs["settings"]
        assert dialog.language.currentData() == "en"
        dialog.idle.setValue(5)
        dialog.apply()
        assert window.translations.language == "en" and window.export_action.text() == "Export…"
        assert Settings(vault.home).language == "zh_CN"  # not touched: the user did not change it
        window.open_settings()
        dialog = window.dialogs["settings"]
        dialog.language.setCurrentIndex(dialog.language.findData("zh_TW"))
        dialog.apply()
        assert window.translations.language == "zh_TW" and Settings(vault.home).language == "zh_TW"
    finally:
        cleanup_window(window)


def test_the_visitors_card_starts_empty_for_a_new_recording(qtbot: Any, window: Any, vault: Vault) -> None:
    card = window.record_panel.visitors_card
    with qtbot.waitSignal(window.controller.started):
        window.start_recording()
    card.count.setValue(2)
    card.names.setText("Zhang, 工号 1234")
    card.company.setText("Some Asset Management")
    qtbot.mouseClick(card.save, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.controller.stopped):
        window.controller.stop()
    with qtbot.waitSignal(window.controller.started):
        window.start_recording()
    assert card.is_empty() and card.names.text() == "" and card.count.value() == 0
    with qtbot.waitSignal(window.controller.stopped):
        window.controller.stop()
    assert len(list_sessions(vault)) == 2


def test_larger_text_from_the_settings(qtbot: Any, window: Any, vault: Vault) -> None:
    base = QApplication.font().pointSizeF()
    big = window.record_panel.record_button.font().pointSizeF()  # its own, larger size
    window.open_settings()
    dialog = window.dialogs["settings"]
    dialog.text_size.setCurrentIndex(dialog.text_size.findData(150))
    assert dialog.text_size.currentText() == "Larger"
    try:
        dialog.apply()
        assert QApplication.font().pointSizeF() == base * 1.5
        qtbot.waitUntil(lambda: window.record_panel.case_label.font().pointSizeF() == base * 1.5)
        assert window.record_panel.record_button.font().pointSizeF() == big * 1.5
        assert Settings(vault.home).text_size == 150
    finally:
        window.settings.text_size = 100
        window.apply_settings()
    assert QApplication.font().pointSizeF() == base
    assert window.record_panel.record_button.font().pointSizeF() == big


def test_banners_stay_readable_on_a_dark_high_contrast_palette(qtbot: Any, window: Any) -> None:
    old = QApplication.palette()
    dark = QPalette(old)
    dark.setColor(QPalette.ColorRole.Window, QColor("#000000"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#ffffff"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#000000"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#ffffff"))
    try:
        QApplication.setPalette(dark)
        banner = window.banners.show_message("The input changed.", "warning", "t")
        for level in ("info", "warning", "error"):
            background, _border, text = banner_colours(level, dark)
            assert contrast_ratio(background, text) >= 7  # WCAG AAA for normal text
        qtbot.waitUntil(lambda: banner.label.grab().toImage().pixelColor(0, 0).lightness() < 80)
        # What is drawn: a dark band with light letters, not the light band of the old fixed colours.
        image = banner.grab().toImage()
        colours = {image.pixelColor(x, image.height() // 2).lightness() for x in range(0, image.width(), 2)}
        assert min(colours) < 80 and max(colours) > 180
    finally:
        QApplication.setPalette(old)


def test_verdicts_and_errors_stay_readable_on_a_dark_palette(qtbot: Any, window: Any) -> None:
    old = QApplication.palette()
    dark = QPalette(old)
    dark.setColor(QPalette.ColorRole.Window, QColor("#000000"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#ffffff"))
    try:
        QApplication.setPalette(dark)
        for kind in ("good", "bad"):
            assert contrast_ratio(status_colour(kind), QColor("#000000")) >= 4.5
        window.open_unlock()
        dialog = window.dialogs["unlock"]
        dialog.show_error("The passphrase is not right.")
        colour = QColor(dialog.error.styleSheet().split("color:")[1].split(";")[0])
        assert contrast_ratio(colour, QColor("#000000")) >= 4.5  # the old fixed #b71c1c was 2.5:1 on black
    finally:
        QApplication.setPalette(old)
    assert contrast_ratio(status_colour("bad"), old.color(QPalette.ColorRole.Window)) >= 4.5
