"""Playback reaches the sound output (issue 5): a real PulseAudio server with a null sink, whose monitor is
recorded with parec while the session view plays "asked to leave" → "left" from decrypted memory."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from recorder.core.vault import Vault, VaultKeys
from recorder.gui.review import SessionView
from tests.fixtures.core import PASSPHRASE
from tests.test_review_core import RATE, make_session

SINK = "review_sink"


def _pactl(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["pactl", *args], capture_output=True, text=True, timeout=10)


@pytest.fixture(scope="module")
def null_sink() -> Iterator[str]:
    """A private PulseAudio server whose default sink is a null sink; yields the sink's name.

    Started here and stopped by its own process id; the test process talks to it through PULSE_SERVER.
    """
    runtime = Path(tempfile.mkdtemp(prefix="review-pulse-"))
    runtime.chmod(0o700)
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "HOME": str(runtime)}
    env.pop("PULSE_SERVER", None)
    proc = subprocess.Popen(
        [
            "pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--disallow-exit", "--use-pid-file=no",
            "-L", "module-native-protocol-unix auth-anonymous=1",
            "-L", f"module-null-sink sink_name={SINK} rate={RATE} channels=1",
            "-L", "module-always-sink",
        ],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    saved = os.environ.get("PULSE_SERVER")
    os.environ["PULSE_SERVER"] = f"unix:{runtime}/pulse/native"
    try:
        for _ in range(100):
            if _pactl("info").returncode == 0:
                break
            if proc.poll() is not None:
                raise RuntimeError("pulseaudio did not start")
            threading.Event().wait(0.1)  # polling an external server's start-up, not a test timing
        _pactl("set-default-sink", SINK)
        yield SINK
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        if saved is None:
            os.environ.pop("PULSE_SERVER", None)
        else:
            os.environ["PULSE_SERVER"] = saved
        shutil.rmtree(runtime, ignore_errors=True)


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


@pytest.fixture
def keys(vault: Vault) -> VaultKeys:
    return vault.unlock(PASSPHRASE)


def test_the_stretch_from_asked_to_leave_to_left_plays_on_the_sound_output(
    qtbot: QtBot, vault: Vault, keys: VaultKeys, null_sink: str
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

        monitor = Monitor(null_sink)
        qtbot.waitUntil(lambda: len(monitor.samples()) > 0, timeout=10_000)  # parec is connected
        qtbot.keyClick(view, Qt.Key.Key_Space)
        player = view.player
        assert player is not None and player.playing and player.sink is not None
        # One second of audio processed by the output, from a stream the server lists as playing.
        qtbot.waitUntil(lambda: player.sink is not None and player.sink.processedUSecs() >= 1_000_000, timeout=15_000)
        inputs = _pactl("list", "sink-inputs").stdout
        assert "Sink Input #" in inputs and "s16le 1ch 48000Hz" in inputs
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
