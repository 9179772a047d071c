"""Call mode in the app (issue 16 §1, §3, §6), with the real audio engine on the tests' PulseAudio server: the
virtual microphone (me) and the monitor of the default output ``vout`` (the other party), as in
tests/test_call_mode.py. The switch beside Record is remembered; a call records two tracks; the other party's
output lost mid-call is named on the state strip while the microphone goes on; the line on the laws of recording
calls is shown once, whether call mode is first used in the app or on the command line."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from recorder.audio.call_notice import NOTICES_FILE
from recorder.core.store import SEALED, list_sessions
from recorder.core.vault import Vault
from recorder.gui.settings import Settings
from recorder.gui.state_strip import OTHER_LOST, RECORDING
from tests.fixtures.audio import PulseServer, RecorderProcess, recorder_argv
from tests.fixtures.gui import cleanup_window, make_window
from tests.test_gui_recording import entries

LAWS = "every party to the call must agree"


def other_audio_s(window: Any) -> float:
    engine = window.controller.engine
    return float(engine.other_status().audio_s) if engine is not None else 0.0


def record_call(qtbot: Any, window: Any, seconds: float = 0.5) -> str:
    """Start a call with the Record button and wait for audio on both tracks; returns the session id."""
    with qtbot.waitSignal(window.controller.started, timeout=20_000):
        qtbot.mouseClick(window.record_panel.record_button, Qt.MouseButton.LeftButton)
    assert window.controller.call
    qtbot.waitUntil(
        lambda: (
            window.controller.last_status is not None
            and window.controller.last_status.audio_s >= seconds
            and other_audio_s(window) >= seconds
        ),
        timeout=20_000,
    )
    return str(window.controller.session.id)


def stop(qtbot: Any, window: Any) -> None:
    with qtbot.waitSignal(window.controller.stopped, timeout=20_000):
        qtbot.keyClick(window, Qt.Key.Key_F9)


def tracks(vault: Vault, sid: str) -> dict[str | None, list[dict[str, Any]]]:
    out: dict[str | None, list[dict[str, Any]]] = {}
    for e in entries(vault, sid):
        if e["kind"] == "audio":
            out.setdefault(e["body"].get("track"), []).append(e)
    return out


def test_the_switch_is_remembered_and_a_call_records_two_tracks(
    qtbot: Any, call_output: PulseServer, vault: Vault, window: Any
) -> None:
    switch = window.call_mode.switch
    assert not switch.isChecked() and not Settings(vault.home).call_mode  # off until turned on
    qtbot.mouseClick(switch, Qt.MouseButton.LeftButton)
    assert switch.isChecked() and "on" in switch.text()
    assert Settings(vault.home).call_mode  # remembered at once

    sid = record_call(qtbot, window)
    assert not switch.isEnabled()  # a recording is a call, or not, from its start
    # Two meters on the strip (me, the other party), both moving with the keep-alive's and the server's sound.
    meters = window.call_mode.meters
    assert meters.isVisible() and not window.record_panel.meter.isVisible()
    assert [meters.me_label.text(), meters.other_label.text()] == ["Me", "The other party"]
    assert "Recording a call" in window.state_view.strip.words.text()
    assert window.windowTitle().startswith("● Recording")
    # The first use: one line, a banner (no dialog), and remembered in the vault folder.
    assert [t for t in window.banners.texts() if LAWS in t]
    assert (vault.home / NOTICES_FILE).is_file()
    # F9, a tag and pause/resume work as for one track.
    qtbot.keyClick(window, Qt.Key.Key_1)
    window.toggle_pause()
    qtbot.waitUntil(lambda: window.controller.last_status.state == "paused")
    window.toggle_pause()
    qtbot.waitUntil(lambda: window.controller.last_status.state == "recording")
    assert "Call recording started (me: " in window.record_panel.event_list.item(0).text()
    stop(qtbot, window)
    assert switch.isEnabled() and not meters.isVisible()

    [st] = list_sessions(vault)
    assert st.id == sid and st.state == SEALED
    es = entries(vault, sid)
    by_track = tracks(vault, sid)
    assert set(by_track) == {None, "other"} and len(by_track["other"]) >= 5
    opened = [e["body"] for e in es if e["kind"] == "input" and e["body"]["event"] == "opened"]
    assert [(b.get("track"), b["kind"]) for b in opened] == [(None, "device"), ("other", "loopback")]
    assert "VirtualSpeakers" in opened[1]["device"]
    assert [e["body"]["code"] for e in es if e["kind"] == "tag"] == ["arrived"]

    # The second call: the line is not shown again; a new window on the same folder has the switch on.
    window.banners.remove("call-laws")
    record_call(qtbot, window, 0.2)
    assert not [t for t in window.banners.texts() if LAWS in t]
    stop(qtbot, window)
    again = make_window(qtbot, vault.home)
    try:
        assert again.call_mode.switch.isChecked()
    finally:
        cleanup_window(again)


def test_the_line_on_the_laws_is_shown_once_whichever_is_first(
    qtbot: Any, call_output: PulseServer, mic: PulseServer, tmp_path: Path, passphrase_file: Path
) -> None:
    """First in the app: the command line does not say it again. First on the command line: the app does not."""
    for first in ("app", "cli"):
        home = tmp_path / first
        subprocess.run(
            [*recorder_argv(home), "init", "--passphrase-file", str(passphrase_file)],
            check=True,
            timeout=60,
            capture_output=True,
        )
        said = []
        if first == "cli":
            said.append(_cli_call(home))
        w = make_window(qtbot, home)
        try:
            w.call_mode.switch.setChecked(True)
            record_call(qtbot, w, 0.2)
            said.append(" ".join(w.banners.texts()))
            stop(qtbot, w)
        finally:
            cleanup_window(w)
        if first == "app":
            said.append(_cli_call(home))
        assert [LAWS in s for s in said] == [True, False], (first, said)


def _cli_call(home: Path) -> str:
    rec = RecorderProcess(home, "--case", "call", "--call", "--duration", "0.5")
    rec.session_id()
    assert rec.finish() == 0, rec.output()
    return rec.output()


def test_the_other_party_lost_mid_call_is_named_and_the_microphone_goes_on(
    qtbot: Any, call_output: PulseServer, vault: Vault, window: Any
) -> None:
    window.call_mode.switch.setChecked(True)
    sid = record_call(qtbot, window)
    mic_before = window.controller.last_status.audio_s
    with qtbot.waitSignal(
        window.controller.logged,
        timeout=30_000,
        check_params_cb=lambda ev: ev.kind == "input-lost" and ev.detail.get("track") == "other",
    ):
        call_output.unplug_output()  # the headset goes; the speakers (vspare) stay
    strip = window.state_view
    try:
        assert strip.state == OTHER_LOST
        words = strip.strip.words.text()
        assert "The other party's sound (Monitor of VirtualSpeakers) lost since" in words, words
        assert "your microphone goes on recording" in words
        assert window.windowTitle().startswith("⚠ Other party lost")
        assert [t for t in window.banners.texts() if "Your microphone goes on recording" in t]
        lines = [window.record_panel.event_list.item(i).text() for i in range(window.record_panel.event_list.count())]
        assert [x for x in lines if "The other party's sound lost (Monitor of VirtualSpeakers)" in x], lines
        # The microphone's track goes on.
        qtbot.waitUntil(lambda: window.controller.last_status.audio_s >= mic_before + 1.0, timeout=20_000)
        assert window.controller.last_status.state == "recording"
    finally:
        call_output.plug_output()
    # The other party's sound comes back (on the remaining output or the replugged one): the strip says recording.
    qtbot.waitUntil(lambda: strip.state == RECORDING, timeout=30_000)
    stop(qtbot, window)
    gaps = [e["body"] for e in entries(vault, sid) if e["kind"] == "gap"]
    assert gaps and {g.get("track") for g in gaps} == {"other"}, gaps


def test_an_output_that_cannot_be_opened_leaves_the_microphone_recording(
    qtbot: Any, call_output: PulseServer, vault: Vault, window: Any
) -> None:
    window.call_mode.switch.setChecked(True)
    window.settings.call_output = "no such output"  # as typed into the settings
    with qtbot.waitSignal(window.controller.started, timeout=20_000):
        window.toggle_record()
    qtbot.waitUntil(lambda: window.controller.last_status is not None and window.controller.last_status.audio_s > 0.5)
    said = " ".join(window.banners.texts())
    assert "There is no output called “no such output”" in said and "Your microphone is recording." in said
    assert not window.dialogs  # a banner, not a dialog
    sid = window.controller.session.id
    stop(qtbot, window)
    es = entries(vault, sid)
    failed = [e["body"] for e in es if e["kind"] == "input" and e["body"]["event"] == "failed"]
    assert [b.get("track") for b in failed] == ["other"]
    assert set(tracks(vault, sid)) == {None}


def test_the_other_partys_output_is_chosen_in_the_settings(
    qtbot: Any, call_output: PulseServer, vault: Vault, window: Any
) -> None:
    """The outputs whose sound can be recorded are listed; a name can be typed too (macOS: BlackHole)."""
    window.open_settings()
    dialog = window.dialogs["settings"]
    combo = dialog.call_output
    assert combo.itemText(0) == "What the computer plays (its default output)"
    i = combo.findData("vout.monitor")
    assert i > 0 and "VirtualSpeakers" in combo.itemText(i)
    combo.setCurrentIndex(i)
    dialog.apply()
    assert Settings(vault.home).call_output == "vout.monitor"
    window.open_settings()
    dialog = window.dialogs["settings"]
    assert dialog.call_output.currentData() == "vout.monitor"
    dialog.call_output.setEditText("BlackHole")
    dialog.apply()
    assert Settings(vault.home).call_output == "BlackHole"


def test_the_microphone_lost_mid_call_says_the_other_party_goes_on(
    qtbot: Any, call_output: PulseServer, mic: PulseServer, vault: Vault, window: Any
) -> None:
    window.call_mode.switch.setChecked(True)
    sid = record_call(qtbot, window)
    mic.unplug_microphone()
    try:
        qtbot.waitUntil(lambda: window.state_view.state == "input-lost", timeout=30_000)
        words = window.state_view.strip.words.text()
        assert "Microphone lost since" in words and "the other party's sound goes on being recorded" in words
        before = other_audio_s(window)
        qtbot.waitUntil(lambda: other_audio_s(window) >= before + 1.0, timeout=20_000)  # the other track goes on
    finally:
        mic.plug_microphone()
    qtbot.waitUntil(lambda: window.state_view.state == RECORDING, timeout=30_000)
    stop(qtbot, window)
    gaps = [e["body"] for e in entries(vault, sid) if e["kind"] == "gap"]
    assert gaps and {g.get("track") for g in gaps} == {None}, gaps


def test_help_says_what_call_mode_records_in_the_users_language(qtbot: Any, vault: Vault, window: Any) -> None:
    window.help_menu.call_action.trigger()
    dialog = window.dialogs["call-mode"]
    assert dialog.isVisible() and not dialog.isModal()
    text = dialog.body.text()
    assert "two tracks" in text and "BlackHole" in text and LAWS in text
    window.set_language("zh_CN")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "通话模式")  # LanguageChange is posted, not sent
    assert "我方" in dialog.body.text() and "BlackHole" in dialog.body.text()
    assert window.call_mode.switch.text() == "☎ 通话模式：关"
    window.set_language("zh_TW")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "通話模式")
    assert "對方" in dialog.body.text() and window.call_mode.switch.text() == "☎ 通話模式：關"


def test_a_headset_unplugged_mid_call_says_both_are_lost_and_their_return_names_the_other_party(
    qtbot: Any, call_output: PulseServer, mic: PulseServer, vault: Vault, window: Any
) -> None:
    """A headset is the microphone and the speakers at once: with both gone the strip must not say the other
    party's sound goes on; when the output is back, its banner says it is the other party's sound that came back
    (the output's device name, "Monitor of …", does not tell a frightened user which sound it is)."""
    window.call_mode.switch.setChecked(True)
    sid = record_call(qtbot, window)
    mic.unplug_microphone()
    call_output.unplug_output(spare=False)  # no output remains: the other party's sound cannot come back yet
    try:
        qtbot.waitUntil(
            lambda: window.state_view.state == "input-lost" and window.state_view.other_lost, timeout=30_000
        )
        words = window.state_view.strip.words.text()
        assert "Microphone and the other party's sound lost since" in words, words
        assert "goes on" not in words, words
        # Nor do the banners say the microphone goes on, whichever loss was noticed first.
        qtbot.waitUntil(
            lambda: any("can no longer be recorded either" in t for t in window.banners.texts()), timeout=10_000
        )
        assert not [t for t in window.banners.texts() if "microphone goes on" in t], window.banners.texts()
        window.set_language("zh_CN")
        qtbot.waitUntil(lambda: "麦克风和对方的声音自" in window.state_view.strip.words.text(), timeout=5_000)
        window.set_language("en")
    finally:
        mic.plug_microphone()
        call_output.plug_output()
    qtbot.waitUntil(lambda: window.state_view.state == RECORDING, timeout=30_000)
    qtbot.waitUntil(
        lambda: any("The other party's sound is recorded again, from" in t for t in window.banners.texts()),
        timeout=30_000,
    )
    assert not [t for t in window.banners.texts() if t.startswith("Recording again from “Monitor")]
    stop(qtbot, window)
    gaps = [e["body"] for e in entries(vault, sid) if e["kind"] == "gap"]
    assert {g.get("track") for g in gaps} == {None, "other"}, gaps


def test_the_switch_shows_its_whole_words_when_on_in_each_language(qtbot: Any, vault: Vault, window: Any) -> None:
    """On, the switch's words are bold inside a 3-pixel border; sized by the plain font, "☎ Call mode: on" showed as
    "Call mode: or" (the state word cut) and "☎ 通话模式：开" lost half of "开"."""
    from PySide6.QtGui import QFont, QFontMetrics

    switch = window.call_mode.switch
    switch.setChecked(True)
    for language in ("en", "zh_CN", "zh_TW"):
        window.set_language(language)
        qtbot.waitUntil(lambda lang=language: (lang == "en") == ("Call mode" in switch.text()))
        qtbot.waitUntil(lambda: switch.width() >= switch.sizeHint().width())  # laid out anew
        bold = QFont(switch.font())
        bold.setBold(True)
        # The words, the border on both sides and at least 4 pixels of margin inside it.
        assert QFontMetrics(bold).horizontalAdvance(switch.text()) + 2 * (3 + 4) <= switch.width(), language


def test_the_output_lost_and_back_while_paused_is_not_said_to_be_recording(
    qtbot: Any, call_output: PulseServer, vault: Vault, window: Any
) -> None:
    """Paused, nothing is recorded: the engine's words for the other party's loss ("your microphone goes on
    recording") and return ("recorded again … after a gap of 0.0 s") were shown as they were."""
    said: list[str] = []
    window.controller.problem.connect(lambda wording, _level, key: key == "other-input" and said.append(wording()))
    window.call_mode.switch.setChecked(True)
    sid = record_call(qtbot, window)
    window.toggle_pause()
    qtbot.waitUntil(lambda: window.controller.last_status.state == "paused")
    call_output.unplug_output()  # the speakers (vspare) remain: the other party's sound comes back on them
    try:
        qtbot.waitUntil(lambda: any("recorded when you resume" in s for s in said), timeout=30_000)
        assert any("was lost while the recording is paused" in s for s in said), said
        assert not any("goes on recording" in s or "recorded again" in s for s in said), said
    finally:
        call_output.plug_output()
    window.toggle_pause()
    qtbot.waitUntil(lambda: window.state_view.state == RECORDING, timeout=30_000)
    stop(qtbot, window)
    assert [e["kind"] for e in entries(vault, sid) if e["kind"] in ("pause", "resume")] == ["pause", "resume"]


def test_a_call_is_marked_in_the_list_of_recordings(
    qtbot: Any, call_output: PulseServer, vault: Vault, window: Any
) -> None:
    """Unlocked, a call and a one-track recording were listed alike ("date · sealed · checked, no problems")."""
    from tests.fixtures.core import PASSPHRASE

    window.unlock(PASSPHRASE)
    window.call_mode.switch.setChecked(True)
    call = record_call(qtbot, window, 0.2)
    stop(qtbot, window)
    window.call_mode.switch.setChecked(False)
    with qtbot.waitSignal(window.controller.started, timeout=20_000):
        window.toggle_record()
    qtbot.waitUntil(lambda: window.controller.last_status is not None and window.controller.last_status.audio_s > 0.2)
    stop(qtbot, window)
    listed = window.cases_panel.session_list
    rows = {listed.item(i).data(Qt.ItemDataRole.UserRole): listed.item(i) for i in range(listed.count())}
    qtbot.waitUntil(lambda: all("checked" in item.text() for item in rows.values()) and len(rows) == 2)
    marked = {sid: item.text().startswith("☎ ") for sid, item in rows.items()}
    assert marked == {call: True, **{sid: False for sid in rows if sid != call}}, marked
    assert "two tracks" in rows[call].toolTip()
