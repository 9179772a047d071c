"""Playback reaches the sound output (issue 5): the suite's real PulseAudio server (tests/fixtures/audio.py) with
its null sink, whose monitor is recorded with parec while the session view plays "asked to leave" → "left" from
decrypted memory."""

from __future__ import annotations

import subprocess
import threading

import numpy as np
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from recorder.core.vault import Vault, VaultKeys
from recorder.gui.review import SessionView
from tests.fixtures.audio import PulseServer
from tests.test_review_core import RATE, make_session

SINK = "vsink"  # the null sink of the shared PulseAudio fixture (tests/fixtures/audio.py)


def _sink_inputs(pulse: PulseServer) -> list[str]:
    return [line for line in pulse.pactl("list", "short", "sink-inputs").splitlines() if line.strip()]


class Monitor:
    """Records the sink's monitor into memory (never a file) on a thread, until stopped."""

    def __init__(self, sink: str) -> None:
        self.proc = subprocess.Popen(
            ["parec", "-d", f"{sink}.monitor", "--format=s16le", f"--rate={RATE}", "--channels=1", "--raw"],
            stdout=subprocess.PIPE,
        )
        self.chunks: list[bytes] = []
        self._thread = threading.Thread(target=self._pump, daemon=True)
        self._thread.start()

    def _pump(self) -> None:
        assert self.proc.stdout is not None
        while chunk := self.proc.stdout.read1(65536):
            self.chunks.append(chunk)

    def samples(self) -> np.ndarray:
        data = b"".join(self.chunks)
        return np.frombuffer(data[: len(data) // 2 * 2], dtype="<i2")

    def stop(self) -> np.ndarray:
        self.proc.terminate()
        self.proc.wait(timeout=10)
        self._thread.join(timeout=10)
        return self.samples()


def test_the_stretch_from_asked_to_leave_to_left_plays_on_the_sound_output(
    qtbot: QtBot, vault: Vault, keys: VaultKeys, pulse: PulseServer
) -> None:
    made = make_session(vault, with_photo=False)
    view = SessionView(vault, keys, made.id)
    qtbot.addWidget(view)
    try:
        with qtbot.waitSignal(view.loaded, timeout=20_000):
            view.show()
        asked, left = made.expected["asked-to-leave"], made.expected["left"]
        view.seek(0)
        view.setFocus()
        qtbot.keyClick(view, Qt.Key.Key_Right)
        qtbot.keyClick(view, Qt.Key.Key_Right)
        assert view.position() == asked

        monitor = Monitor(SINK)
        before = _sink_inputs(pulse)  # the fixture's own silent keep-alive stream, and parec's none
        qtbot.waitUntil(lambda: len(monitor.samples()) > 0, timeout=10_000)  # parec is connected
        qtbot.keyClick(view, Qt.Key.Key_Space)
        player = view.player
        assert player is not None and player.playing and player.sink is not None
        # One second of audio processed by the output, from a stream the server lists as playing.
        qtbot.waitUntil(lambda: player.sink is not None and player.sink.processedUSecs() >= 1_000_000, timeout=15_000)
        during = _sink_inputs(pulse)
        new = [line for line in during if line not in before]
        assert len(new) == 1 and "s16le 1ch 48000Hz" in new[0]  # our stream, playing into the server
        # Faster to the end of the stretch: at 2x, "asked to leave" → "left" takes 1.25 s.
        view.speed.setCurrentIndex(view.speed.findData(2.0))
        qtbot.waitUntil(lambda: view.position() >= left, timeout=15_000)
        qtbot.keyClick(view, Qt.Key.Key_Space)
        assert not player.playing
        assert view.position() >= left
        heard = monitor.stop()
        # The tone of seconds 2-4 (amplitude 7000 and 9000) reached the sink; silence would be all zeros.
        loud = np.abs(heard.astype(np.int32))
        assert loud.max() > 6000
        assert (loud > 1000).sum() > RATE // 2
    finally:
        view.shutdown()
