"""States the user must never miss (issue 13 items 1–3): the state strip, the window title and the tray say
recording / paused / microphone lost / stopped; paused, the meter and the recorded clock stop; lost, the meter shows
no signal and the strip says since when; an input moved by the sound server is a banner and a line; the running
list and the review use one clock (the recorded audio's) and the last line carries the real time."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QSystemTrayIcon

from recorder.gui.record_panel import clock
from tests.fixtures.audio import PulseServer
from tests.fixtures.core import PASSPHRASE
from tests.test_audio_input_moved import _remap_module, movable_mic  # noqa: F401  (a fixture)


def audio_s(window: Any) -> float:
    st = window.controller.last_status
    return float(st.audio_s) if st is not None else 0.0


def polls_later(qtbot: Any, window: Any, n: int = 5) -> None:
    """Let the window poll the engine ``n`` more times (no fixed sleep)."""
    start = window.controller._polls
    qtbot.waitUntil(lambda: window.controller._polls >= start + n)


def test_recording_paused_lost_and_stopped_are_unmistakable(qtbot: Any, window: Any, mic: PulseServer) -> None:
    strip = window.state_view.strip
    tray: QSystemTrayIcon = window.state_view.tray
    assert strip.state == "idle" and window.windowTitle() == "Evidence Recorder"
    with qtbot.waitSignal(window.controller.started):
        window.start_recording()
    qtbot.waitUntil(lambda: audio_s(window) > 0.3)
    qtbot.waitUntil(lambda: window.windowTitle().startswith("● Recording 00:00:0"))
    assert window.windowTitle().endswith(" — Evidence Recorder") and tray.toolTip() == window.windowTitle()
    assert strip.state == "recording" and "Recording" in strip.words.text() and not strip.icon.pixmap().isNull()
    assert window.windowIcon().cacheKey() != window.state_view.app_icon.cacheKey()  # the taskbar shows it too
    recording_icon = strip.icon.pixmap().toImage()
    panel = window.record_panel
    speech = mic.play(mic.speech)
    try:
        qtbot.waitUntil(lambda: panel.meter.value() > 0 and panel.meter.isEnabled(), timeout=10000)
    finally:
        speech.wait(timeout=20)

    window.toggle_pause()
    qtbot.waitUntil(lambda: strip.state == "paused")
    assert "Paused" in strip.words.text() and "nothing is being recorded" in strip.words.text()
    assert window.windowTitle().startswith("❚❚ Paused ")
    assert strip.icon.pixmap().toImage() != recording_icon  # a shape of its own, not only a colour
    polls_later(qtbot, window)
    stopped_at = panel.elapsed_label.text()
    polls_later(qtbot, window, 12)  # more than a second
    assert panel.elapsed_label.text() == stopped_at and "(paused)" in stopped_at  # the clock stopped, and says so
    assert panel.meter.value() == 0 and not panel.meter.isEnabled()
    window.toggle_pause()
    qtbot.waitUntil(lambda: strip.state == "recording")

    mic.unplug_microphone()
    qtbot.waitUntil(lambda: strip.state == "input-lost", timeout=15000)
    words = strip.words.text()
    assert "Microphone lost since " in words and "resumes by itself" in words
    since = words.split("since ")[1][:8]
    assert since.count(":") == 2
    # No signal, not frozen at its last value (from the next poll of the engine on).
    qtbot.waitUntil(lambda: panel.meter.value() == 0 and not panel.meter.isEnabled())
    assert window.windowTitle().startswith("⚠ Microphone lost ")
    mic.plug_microphone()
    qtbot.waitUntil(lambda: strip.state == "recording", timeout=20000)  # back by itself

    with qtbot.waitSignal(window.controller.stopped):
        window.toggle_record()
    assert strip.state == "stopped" and "saved and sealed" in strip.words.text()
    assert window.windowTitle() == "Evidence Recorder"
    assert window.windowIcon().cacheKey() == window.state_view.app_icon.cacheKey()


def test_the_title_and_strip_in_chinese(qtbot: Any, window: Any) -> None:
    with qtbot.waitSignal(window.controller.started):
        window.start_recording()
    window.set_language("zh_CN")
    qtbot.waitUntil(lambda: window.windowTitle().startswith("● 正在录音 00:00:"))
    assert window.windowTitle().endswith(" — 证据记录器")
    assert "正在录音" in window.state_view.strip.words.text()
    window.set_language("zh_TW")
    qtbot.waitUntil(lambda: window.windowTitle().startswith("● 正在錄音 00:00:"))
    with qtbot.waitSignal(window.controller.stopped):
        window.toggle_record()


def test_an_input_moved_by_the_sound_server_is_said(qtbot: Any, window: Any, movable_mic: PulseServer) -> None:  # noqa: F811
    with qtbot.waitSignal(window.controller.started):
        window.start_recording()
    engine = window.controller.engine
    qtbot.waitUntil(lambda: engine._server_input is not None, timeout=10000)
    movable_mic.pactl("unload-module", _remap_module(movable_mic))
    qtbot.waitUntil(lambda: any(e.kind == "input-changed" for e in window.controller.events), timeout=10000)
    assert any(
        "switched the recording to another input" in t and "Monitor of Null Output" in t for t in window.banners.texts()
    )
    lines = [window.record_panel.event_list.item(i).text() for i in range(window.record_panel.event_list.count())]
    assert any("switched to another input: Monitor of Null Output" in t for t in lines)
    assert window.recording and window.state_view.strip.state == "recording"
    with qtbot.waitSignal(window.controller.stopped):
        window.toggle_record()


def test_live_list_and_review_share_the_audio_clock(qtbot: Any, window: Any) -> None:
    window.unlock(PASSPHRASE)
    with qtbot.waitSignal(window.controller.started):
        window.start_recording()
    panel = window.record_panel
    qtbot.waitUntil(lambda: audio_s(window) > 1.2, timeout=10000)
    window.toggle_pause()  # paused time is not audio: both clocks leave it out
    polls_later(qtbot, window, 12)
    window.toggle_pause()
    with qtbot.waitSignal(window.controller.logged):
        window.add_tag(panel.tag_bar.tags[0], None)
    qtbot.waitUntil(lambda: audio_s(window) > 2.4, timeout=10000)
    qtbot.waitUntil(lambda: panel.saved_label.text() == "✓ All saved to disk")
    sid = window.controller.session.id
    with qtbot.waitSignal(window.session_checked):
        window.toggle_record()
    last = window.controller.events[-1]
    assert last.kind == "stopped" and last.at_s == window.controller.last_status.audio_s > 2.4
    lines = [panel.event_list.item(i).text() for i in range(panel.event_list.count())]
    assert lines[-1].startswith(clock(last.at_s)) and not lines[-1].startswith("00:00:00")
    assert panel.saved_label.text() == "✓ All saved to disk"

    tag_live = next(e for e in window.controller.events if e.kind == "tag").at_s
    window.open_session(sid)
    [view] = window.views
    qtbot.waitUntil(lambda: view.timeline is not None, timeout=20000)
    rate = view.timeline.rate
    [tag_marker] = [m for m in view.markers if m.kind == "tag"]
    assert abs(tag_marker.frame / rate - tag_live) < 0.5
    assert abs(view.timeline.total_frames / rate - last.at_s) < 0.5


def test_the_strip_stays_readable_on_a_light_and_a_dark_theme(qtbot: Any) -> None:
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    from recorder.gui.appearance import contrast_ratio
    from recorder.gui.state_strip import StateStrip

    strip = StateStrip()
    qtbot.addWidget(strip)
    strip.resize(600, 60)
    strip.show()
    qtbot.waitExposed(strip)
    light = QApplication.palette()
    dark = QPalette(light)
    dark.setColor(QPalette.ColorRole.Window, QColor("#121212"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#ffffff"))
    try:
        for palette in (light, dark):
            QApplication.setPalette(palette)
            for state in ("idle", "recording", "paused", "input-lost", "stopped"):
                strip.show_state(state, "words")
                for _ in range(3):  # the palette changes its style sheet posts are handled: no compounding tint
                    QApplication.processEvents()
                background, _accent, text = strip.colours()
                shown = strip.grab().toImage().pixelColor(strip.width() // 2, 3)
                assert shown.name() == background.name(), (state, shown.name(), background.name())
                assert contrast_ratio(text, background) >= 4.5, state
    finally:
        QApplication.setPalette(light)
