"""The review of a call (issue 16 §4) with real widgets, offscreen: two labelled waveforms (me above, the other
party below) whose peaks are each track's, markers as for one track, and playback that mixes both tracks as mute,
solo and balance say — checked in the PCM the player hands to the sound output, and at a real PulseAudio sink."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QIODevice
from pytestqt.qtbot import QtBot

from recorder.audio.call import CallRecorder
from recorder.audio.engine import Recorder
from recorder.audio.sources import ToneSource
from recorder.core.check import check_session
from recorder.core.session import Session
from recorder.core.vault import Vault, VaultKeys
from recorder.gui.review import SessionView
from recorder.gui.review.player import Player
from tests.fixtures.audio import PulseServer, RecorderProcess, best_match, envelope, wait_for
from tests.fixtures.core import PASSPHRASE
from tests.test_review_call_core import BLOCK, make_call, other_value
from tests.test_review_core import RATE, make_session
from tests.test_review_playback import SINK, Monitor, _sink_inputs

WAIT = 20_000


@pytest.fixture
def views() -> Iterator[list[SessionView]]:
    opened: list[SessionView] = []
    yield opened
    for v in opened:
        v.shutdown()


def open_view(qtbot: QtBot, vault: Vault, keys: VaultKeys, session_id: str, views: list[SessionView]) -> SessionView:
    view = SessionView(vault, keys, session_id)
    qtbot.addWidget(view)
    views.append(view)
    view.resize(1200, 700)
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        view.show()
    return view


def record_call(vault: Vault, seconds: float = 1.5) -> str:
    """A real call recording by the call recorder from two test tones: 440 Hz loud on the microphone, 1 kHz
    quiet on the other party (in real time: test sources are paced by the clock their blocks are dated by)."""
    me, other = ToneSource(440.0, level=0.5), ToneSource(1000.0, level=0.1)
    session = Session.start(vault, "call", Recorder.source_of(source=me))
    rec = CallRecorder(session, source=me, other_source=other)
    rec.start()
    frames = int(RATE * seconds)
    wait_for(lambda: min(session.track_frames.get("other", 0), session.audio_frames) >= frames, 20, what="both tracks")
    rec.stop()
    assert rec.wait(20)
    return session.id


def test_a_recorded_call_shows_two_labelled_waveforms_each_of_its_own_track(
    qtbot: QtBot, vault: Vault, keys: VaultKeys, views: list[SessionView]
) -> None:
    sid = record_call(vault)
    assert check_session(vault, keys.recording, sid).ok
    view = open_view(qtbot, vault, keys, sid, views)
    wf = view.waveform
    assert wf.other_peaks is not None and view.tracks.isVisible()
    assert wf.lane_labels == ("Me", "The other party")
    assert (view.tracks.me_label.text(), view.tracks.other_label.text()) == ("Me", "The other party")
    me_lo, me_hi = wf.columns(0)
    other_lo, other_hi = wf.columns(1)
    # Each lane its own tone: the microphone at half scale, the other party at a tenth, wherever it sounds.
    assert me_hi.max() == pytest.approx(0.5, abs=0.01) and me_lo.min() == pytest.approx(-0.5, abs=0.01)
    heard = other_hi > 0.01
    assert heard.sum() > 0.8 * len(other_hi)  # the other party starts within a block or two of the microphone
    assert other_hi.max() == pytest.approx(0.1, abs=0.01) and other_lo.min() == pytest.approx(-0.1, abs=0.01)
    # Zoomed in beyond the peaks, the lanes are drawn from the samples (decrypted in memory), still each its own.
    wf.zoom(64.0, around=RATE)
    assert wf.frames_per_px < 512
    assert wf.columns(0)[1].max() == pytest.approx(0.5, abs=0.01)
    assert wf.columns(1)[1].max() == pytest.approx(0.1, abs=0.01)
    view.grab()  # both lanes and their labels paint without error
    # The check names both tracks' sources.
    qtbot.waitUntil(lambda: view.integrity.result is not None, timeout=WAIT)
    details = view.integrity.details.text()
    assert "Audio source: test tone 440 Hz" in details
    assert "The other party (what the computer played): test tone 1000 Hz" in details


def test_the_call_review_lines_up_the_other_party_by_capture_time_with_markers_as_for_one_track(
    qtbot: QtBot, vault: Vault, keys: VaultKeys, views: list[SessionView]
) -> None:
    call = make_call(vault)
    view = open_view(qtbot, vault, keys, call.id, views)
    assert [m.frame for m in view.markers if m.kind == "tag"] == [call.tag_frame]
    # The other party's silence is its own: said so, at the moment it was noticed (2.25 s, frame 108000).
    gaps = [m for m in view.markers if m.kind == "gap"]
    assert [(m.frame, m.text) for m in gaps] == [
        (108_000, "The other party: nothing was playing (silence, not a loss) (500 ms)")
    ]
    qtbot.waitUntil(lambda: view.integrity.result is not None, timeout=WAIT)
    details = view.integrity.details.text()
    assert "Gap in the other party's track at 0:00:02: nothing was playing (silence, not a loss) (500 ms)" in details
    assert view.waveform.read_other is not None
    assert np.array_equal(view.waveform.read_other(0, len(call.expected_other)), call.expected_other)


def _mixed(player: Player, frame: int, frames: int) -> np.ndarray:
    """What the player hands to the sound output from ``frame``: (frames, 2) int16, left and right."""
    stream = player.stream_from(frame)
    stream.open(QIODevice.OpenModeFlag.ReadOnly)
    data = b""
    while len(data) < frames * 4:
        chunk = bytes(stream.read(frames * 4 - len(data)).data())
        assert chunk
        data += chunk
    stream.close()
    return np.frombuffer(data, dtype="<i2").reshape(-1, 2)


def test_mute_solo_and_balance_change_what_the_player_mixes(
    qtbot: QtBot, vault: Vault, keys: VaultKeys, views: list[SessionView]
) -> None:
    call = make_call(vault)
    view = open_view(qtbot, vault, keys, call.id, views)
    player, controls = view.player, view.tracks
    assert player is not None and player.format.channelCount() == 2
    start, n = 26 * BLOCK, 4096  # 2.6 s in: both tracks sound (the other party's blocks 18 and 19)
    me = view._audio.read(start, n).astype(np.int32)  # type: ignore[union-attr]
    other = call.expected_other[start : start + n].astype(np.int32)
    assert set(other.tolist()) == {other_value(18), other_value(19)} and np.abs(me).max() > 2000

    def both(left: np.ndarray, right: np.ndarray) -> None:
        got = _mixed(player, start, n).astype(np.int32)
        assert np.array_equal(got[:, 0], left) and np.array_equal(got[:, 1], right)

    both(me, other)  # me on the left, the other party on the right
    controls.me_mute.click()
    both(other, other)  # the other party alone, on both sides
    controls.me_mute.click()
    controls.other_solo.click()
    both(other, other)
    controls.me_solo.click()  # soloing me releases the other party's solo
    assert not controls.other_solo.isChecked()
    both(me, me)
    controls.me_solo.click()
    controls.other_mute.click()
    both(me, me)
    controls.other_mute.click()
    controls.balance.setValue(50)  # towards the other party: me at half
    both(np.rint(me * 0.5).astype(np.int32), other)
    controls.balance.setValue(-100)  # all the way to me: the other party silent on its side
    both(me, np.zeros_like(other))
    controls.balance.setValue(0)
    controls.me_mute.click()
    controls.other_mute.click()
    both(np.zeros_like(me), np.zeros_like(me))
    # At another speed both tracks are stretched together and still mixed: silence stays silence.
    controls.me_mute.click()
    controls.other_mute.click()
    view.speed.setCurrentIndex(view.speed.findData(1.5))
    controls.me_mute.click()
    got = _mixed(player, start, 4096)
    assert np.array_equal(got[:, 0], got[:, 1]) and np.abs(got).max() <= other_value(19) + 2


def test_a_call_plays_on_the_sound_output_in_stereo_as_mixed(
    qtbot: QtBot, vault: Vault, keys: VaultKeys, pulse: PulseServer, views: list[SessionView]
) -> None:
    call = make_call(vault)
    view = open_view(qtbot, vault, keys, call.id, views)
    view.tracks.other_solo.click()  # only the other party: its steady levels, no tone
    view.seek(3 * RATE)
    monitor = Monitor(SINK)
    before = _sink_inputs(pulse)
    qtbot.waitUntil(lambda: len(monitor.samples()) > 0, timeout=10_000)
    view.toggle_play()
    player = view.player
    assert player is not None and player.playing and player.sink is not None
    qtbot.waitUntil(lambda: player.sink is not None and player.sink.processedUSecs() >= 500_000, timeout=15_000)
    new = [line for line in _sink_inputs(pulse) if line not in before]
    assert len(new) == 1 and "s16le 2ch 48000Hz" in new[0]  # our stream, in stereo
    qtbot.waitUntil(lambda: not player.playing, timeout=15_000)  # to the end of the call
    heard = monitor.stop().astype(np.int32)
    # The sink is mono: the server averages the two sides, so the other party on both is heard at its own
    # levels (blocks 22-29 from 3 s on: 1220-1290, give or take the server's rounding); the microphone's 440 Hz
    # tone (3000-9000) is not heard at all.
    levels = np.array([other_value(j) for j in range(22, 30)])
    near = np.abs(heard[:, None] - levels[None, :]).min(axis=1) <= 3
    assert near.sum() > RATE // 2
    assert np.abs(heard).max() <= levels.max() + 3


def test_a_one_track_session_has_one_waveform_and_mono_playback(
    qtbot: QtBot, vault: Vault, keys: VaultKeys, views: list[SessionView]
) -> None:
    made = make_session(vault, with_photo=False)
    view = open_view(qtbot, vault, keys, made.id, views)
    assert view.waveform.other_peaks is None and view.waveform.lane_labels == ("", "")
    assert not view.tracks.isVisible()
    assert view.player is not None and view.player.mix is None and view.player.format.channelCount() == 1
    stream = view.player.stream_from(0)
    stream.open(QIODevice.OpenModeFlag.ReadOnly)
    data = bytes(stream.read(8192).data())
    stream.close()
    assert data == view._audio.read(0, 4096).tobytes()  # type: ignore[union-attr]


def test_a_call_recorded_through_the_sound_server_shows_each_voice_on_its_own_lane(
    qtbot: QtBot, call_output: PulseServer, tmp_path: Path, passphrase_file: Path, views: list[SessionView]
) -> None:
    """Issue 16's "done when", in the review: `recorder record --call` while speech A goes into the microphone and
    speech B plays on the computer's output; the review's upper lane holds A and not B, the lower B and not A."""
    from tests.test_call_mode import MATCH, SILENCE_RMS, _init, _padded

    pulse = call_output
    home = tmp_path / "home"
    _init(home, passphrase_file)
    a_env = _padded(pulse.speech, tmp_path / "a.wav", lead_s=0.5)
    b_env = _padded(pulse.other_speech, tmp_path / "b.wav", lead_s=3.5)
    rec = RecorderProcess(home, "--case", "call", "--call", "--duration", "7")
    sid = rec.session_id()
    players = [pulse.play(tmp_path / "a.wav"), pulse.play_output(tmp_path / "b.wav")]
    assert rec.finish() == 0, rec.output()
    for p in players:
        p.wait(timeout=30)

    vault = Vault.open(home)
    view = open_view(qtbot, vault, vault.unlock(PASSPHRASE), sid, views)
    assert view._audio is not None and view.waveform.read_other is not None
    total = view.waveform.total_frames
    me_env = envelope(view._audio.read(0, total), RATE)
    other_env = envelope(view.waveform.read_other(0, total), RATE)
    right_me, lag_a = best_match(me_env, a_env)
    right_other, lag_b = best_match(other_env, b_env)
    assert right_me >= MATCH and right_other >= MATCH, (right_me, right_other)
    assert best_match(me_env, b_env)[0] < MATCH and best_match(other_env, a_env)[0] < MATCH
    # On the one timeline, where one spoke the other's lane is silent.
    assert me_env[lag_b : lag_b + len(b_env)].max() <= SILENCE_RMS
    assert other_env[lag_a : lag_a + len(a_env)].max() <= SILENCE_RMS
    # B began 3 s after A (both players started together); the lanes show it so, give or take the two players'
    # start (separate processes) and the tracks' dating (tests/test_call_alignment.py: within 20 ms).
    assert abs((lag_b - lag_a) * 0.01 - 3.0) <= 0.3, (lag_a, lag_b)


SIZED = r"""
import json, sys, tempfile
from pathlib import Path
from PySide6.QtWidgets import QApplication, QPushButton
app = QApplication([])
from recorder.core.vault import Vault
from recorder.gui.appearance import fit_to_screen
from recorder.gui.i18n import Translations
from recorder.gui.review import SessionView
from tests.screens import wait_for
from tests.test_review_call_core import make_call

Translations().apply(sys.argv[1])
vault = Vault.create(Path(tempfile.mkdtemp()) / "home", "a passphrase for sizes", kdf_memory_kib=8192, kdf_iterations=1)
keys = vault.unlock("a passphrase for sizes")
view = SessionView(vault, keys, make_call(vault).id)
fit_to_screen(view, 1200, 800)  # as the main window opens a recording
view.show()
wait_for(lambda: view.timeline is not None, what="the review")
app.processEvents()
screen = app.primaryScreen().availableGeometry()
shown = [b for b in view.tracks.findChildren(QPushButton) if b.isVisible()]
print("RESULT " + json.dumps({
    "screen": [screen.width(), screen.height()],
    "min": [view.minimumSizeHint().width(), view.minimumSizeHint().height()],
    "inside": screen.contains(view.frameGeometry()),
    "clipped": [b.text() for b in shown if b.size().expandedTo(b.minimumSizeHint()) != b.size()],
    "buttons": len(shown),
}))
"""


@pytest.mark.parametrize(("language", "scale"), [("en", "1"), ("zh_CN", "1"), ("zh_TW", "1.5")])
def test_the_call_review_fits_a_1366_by_768_screen(tmp_path: Path, language: str, scale: str) -> None:
    """As tests/test_gui_sizes.py for one track: the review of a call fits, its track buttons whole."""
    import json
    import os
    import subprocess
    import sys

    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96}]})
    )
    root = Path(__file__).resolve().parent.parent
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", QT_SCALE_FACTOR=scale, HOME=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-c", SIZED, language], cwd=root, env=env, capture_output=True, text=True, timeout=120
    )
    line = next((x for x in done.stdout.splitlines() if x.startswith("RESULT ")), None)
    assert line is not None, done.stderr[-3000:]
    r = json.loads(line[len("RESULT ") :])
    width, height = r["screen"]
    assert (width < 1000) == (scale == "1.5")
    assert r["min"][0] <= width and r["min"][1] <= height and r["inside"], r
    assert r["buttons"] == 4 and r["clipped"] == [], r


@pytest.mark.parametrize(
    ("language", "words"),
    [("zh_CN", ("我方", "对方", "静音", "只听", "左右平衡")), ("zh_TW", ("我方", "對方", "靜音", "只聽", "左右平衡"))],
)
def test_the_call_reviews_words_are_in_the_users_language(
    qtbot: QtBot, vault: Vault, keys: VaultKeys, views: list[SessionView], tmp_path: Path, language: str, words: tuple
) -> None:
    import subprocess
    import sys

    from PySide6.QtCore import QCoreApplication, QTranslator

    ts = Path(__file__).resolve().parents[1] / "resources" / "translations" / f"recorder_{language}.ts"
    qm = tmp_path / f"recorder_{language}.qm"  # the .ts as they are now (the tree's .qm may be older)
    subprocess.run(
        [str(Path(sys.executable).parent / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        view = open_view(qtbot, vault, keys, make_call(vault).id, views)
        me, other, mute, solo, balance = words
        assert view.waveform.lane_labels == (me, other)
        c = view.tracks
        assert (c.me_label.text(), c.other_label.text(), c.balance_label.text()) == (me, other, balance)
        assert {c.me_mute.text(), c.other_mute.text()} == {mute} and {c.me_solo.text(), c.other_solo.text()} == {solo}
        gap = next(m for m in view.markers if m.kind == "gap")
        assert gap.text.startswith(other + "：")
    finally:
        QCoreApplication.removeTranslator(translator)
