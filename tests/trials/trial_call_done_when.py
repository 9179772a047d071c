"""Issue 16's "Done when", tried once by hand as a new user would (not part of the suite: it takes over two
minutes). Run: QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -s tests/trials/trial_call_done_when.py

In the app, call mode on, Record: for two minutes "the collector" speaks through the computer's output and the user
into the microphone, taking turns. Then: the review shows two waveforms (screenshots in three languages, and each
lane's loudness where each one spoke), `recorder export` makes the archive, `recorder verify` and the stock
`sha256sum -c` accept it, and the report says which track is whom. Pictures and the archive go to TRIAL_OUT
(default /tmp/trial-call)."""

from __future__ import annotations

import os
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import numpy as np
import soundfile
from PySide6.QtCore import Qt

from tests.fixtures.audio import PulseServer, recorder_argv
from tests.fixtures.core import PASSPHRASE
from tests.test_gui_call_mode import record_call, stop

OUT = Path(os.environ.get("TRIAL_OUT", "/tmp/trial-call"))
CALL_S = 120
SLOT_S = 10  # the collector speaks at 0.5 s of each even slot, the user at 0.5 s of each odd one


def _turns(speech: Path, out: Path, first_slot: int) -> list[float]:
    data, rate = soundfile.read(str(speech), dtype="int16")
    track = np.zeros(rate * CALL_S, np.int16)
    starts = []
    for slot in range(first_slot, CALL_S // SLOT_S, 2):
        at = int((slot * SLOT_S + 0.5) * rate)
        piece = data[: min(len(data), len(track) - at)]
        track[at : at + len(piece)] = piece
        starts.append(slot * SLOT_S + 0.5)
    soundfile.write(str(out), track, rate)
    return starts


def test_a_two_minute_call_as_a_new_user(
    qtbot: Any, call_output: PulseServer, vault: Any, window: Any, tmp_path: Path, passphrase_file: Path
) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    pulse = call_output
    collector = _turns(pulse.other_speech, tmp_path / "collector.wav", 0)
    user = _turns(pulse.speech, tmp_path / "user.wav", 1)
    qtbot.mouseClick(window.call_mode.switch, Qt.MouseButton.LeftButton)
    sid = record_call(qtbot, window, 0.2)
    players = [pulse.play_output(tmp_path / "collector.wav"), pulse.play(tmp_path / "user.wav")]
    window.grab().save(str(OUT / "recording.png"))
    qtbot.waitUntil(lambda: window.controller.last_status.audio_s >= CALL_S + 1, timeout=(CALL_S + 60) * 1000)
    window.grab().save(str(OUT / "recording-end.png"))
    stop(qtbot, window)
    for p in players:
        p.wait(timeout=30)

    # The review: two lanes; each one's voice on its own lane.
    from PySide6.QtCore import QCoreApplication

    from recorder import i18n
    from recorder.gui.review import SessionView

    keys = vault.unlock(PASSPHRASE)
    for lang in ("zh_CN", "zh_TW", "en"):
        window.set_language(lang) if hasattr(window, "set_language") else i18n.set_language(lang)
        view = SessionView(vault, keys, sid)
        checked: list[object] = []
        view.checked.connect(checked.append)
        view.resize(1366, 740)
        view.show()
        qtbot.waitUntil(lambda c=checked: bool(c), timeout=60_000)
        for _ in range(5):
            QCoreApplication.processEvents()
        view.grab().save(str(OUT / f"review-{lang}.png"))
        view.shutdown()
        view.close()

    # Export and verify as the person handed the archive would.
    archive = OUT / "call.zip"
    archive.unlink(missing_ok=True)
    argv = recorder_argv(vault.home, "--passphrase-file", str(passphrase_file), "export", sid)
    done = subprocess.run([*argv, "-o", str(archive), "--lang", "zh_CN"], capture_output=True, text=True, timeout=300)
    print(done.stdout, done.stderr)
    assert done.returncode == 0
    verdict = subprocess.run(
        recorder_argv(vault.home, "verify", str(archive)), capture_output=True, text=True, timeout=300
    )
    print(verdict.stdout)
    assert verdict.returncode == 0
    unpacked = OUT / "unpacked"
    subprocess.run(["rm", "-rf", str(unpacked)], check=True)
    with zipfile.ZipFile(archive) as z:
        z.extractall(unpacked)
    sums = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=unpacked, capture_output=True, text=True)
    assert sums.returncode == 0, sums.stdout
    me, rate = soundfile.read(str(unpacked / "sessions" / sid / "audio.wav"), dtype="int16")
    other, _ = soundfile.read(str(unpacked / "sessions" / sid / "other.wav"), dtype="int16")
    stereo, _ = soundfile.read(str(unpacked / "sessions" / sid / "call-stereo.wav"), dtype="int16")

    def loud(x: np.ndarray, at: float) -> float:
        piece = x[int(at * rate) : int((at + 2) * rate)].astype(float)
        return float(np.sqrt(np.mean(piece**2))) if len(piece) else 0.0

    print(
        "collector turns: me-lane / other-lane RMS",
        [(round(loud(stereo[:, 0], t)), round(loud(stereo[:, 1], t))) for t in collector],
    )
    print(
        "user turns: me-lane / other-lane RMS",
        [(round(loud(stereo[:, 0], t)), round(loud(stereo[:, 1], t))) for t in user],
    )
    print("track lengths s:", len(me) / rate, len(other) / rate, len(stereo) / rate)
    report = (unpacked / "report.html").read_text()
    for words in ("我方", "对方"):
        assert words in report
    (OUT / "report.html").write_text(report)
