#!/usr/bin/env python3
"""Photograph the review of a call (issue 16 §4) in each language, offscreen: two labelled waveforms, the track
controls under the player, two tags as markers.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot-call-review.py OUT_DIR [LANGUAGE …]

The call is written with the real Session under a scripted clock (tests/test_review_core.py): 12 s in which
"me" and "the other party" take turns, each a voiced sound of its own pitch in syllables, so that who spoke when
is plain on the two lanes. Nothing is written but a vault in a temporary folder and the pictures.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

RATE = 48_000
SEC = 1_000_000_000
PASSPHRASE = "screenshot passphrase"
# (start s, end s) of each one's turns
ME_TURNS = [(0.3, 2.6), (5.2, 7.0), (9.4, 11.6)]
OTHER_TURNS = [(2.4, 5.3), (7.1, 9.3)]


def voice(n: np.ndarray, turns: list[tuple[float, float]], pitch: float, level: float) -> np.ndarray:
    t = n / RATE
    wave = sum(np.sin(2 * np.pi * pitch * k * t) / k for k in (1, 2, 3, 5))
    syllables = 0.55 + 0.45 * np.sin(2 * np.pi * 3.7 * t) * np.sin(2 * np.pi * 0.9 * t + 1.0)
    on = np.zeros(len(n))
    for a, b in turns:
        on = np.maximum(on, ((t >= a) & (t < b)).astype(float))
    return np.asarray(wave * syllables * on * level * 32767 / 1.9)


def make_call(vault):  # type: ignore[no-untyped-def]
    from recorder.core import session as session_mod
    from recorder.core.chain import OTHER_TRACK
    from recorder.core.session import Session, Source
    from tests.test_review_core import scripted_clock

    block = RATE // 10
    with scripted_clock() as clock:
        t0 = clock.mono + SEC
        clock.set(t0 - SEC // 2)
        s = Session.start(vault, "", Source("test voices", live=False, kind="test-signal"), checkpoint_interval=3600)
        for track, device in ((None, "test voices"), (OTHER_TRACK, "test voices 2")):  # as the engine writes them
            body = {"event": "opened", "device": device, "rate": RATE, "block_frames": block, "live": False}
            s.add("input", {**body, "kind": "test-signal", **({"track": track} if track else {})})
        blocks = [(t0 + i * SEC // 10, False, i) for i in range(120)]
        blocks += [(t0 + 40 * SEC // 1000 + j * SEC // 10, True, j) for j in range(118)]  # 40 ms later
        blocks.sort()
        events = [(3 * SEC, ("Threat", "6", "threat")), (8 * SEC, ("Insult", "7", "insult"))]
        for at, other, k in blocks:
            while events and t0 + events[0][0] <= at:
                when, (label, key, code) = events.pop(0)
                clock.set(t0 + when)
                s.add_tag(label, key, code=code)
            clock.set(at)
            n = np.arange(k * block, (k + 1) * block)
            if other:
                pcm = voice(n + 40 * RATE // 1000, OTHER_TURNS, 180.0, 0.55).astype("<i2").tobytes()
                s.append_audio(pcm, rate=RATE, captured=session_mod.Moment(clock.utc, at), track=OTHER_TRACK)
            else:
                pcm = voice(n, ME_TURNS, 230.0, 0.45).astype("<i2").tobytes()
                s.append_audio(pcm, rate=RATE, captured=session_mod.Moment(clock.utc, at))
        clock.set(t0 + 13 * SEC)
        s.seal("stopped")
    return s.id


def main() -> int:
    out = Path(sys.argv[1])
    languages = sys.argv[2:] or ["zh_CN", "zh_TW", "en"]
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtCore import QCoreApplication, QTranslator
    from PySide6.QtWidgets import QApplication

    from recorder import i18n as plain_i18n
    from recorder.core.vault import Vault
    from recorder.gui.review import SessionView
    from tests.screens import wait_for

    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        # The .ts as they are now, compiled here (the tree's .qm may be older than the latest strings).
        for lang in languages:
            ts = ROOT / "resources" / "translations" / f"recorder_{lang}.ts"
            lrelease = ROOT / ".venv" / "bin" / "pyside6-lrelease"
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", f"{tmp}/recorder_{lang}.qm"], check=True)
        vault = Vault.create(Path(tmp) / "home", PASSPHRASE, kdf_memory_kib=65536, kdf_iterations=3)
        keys = vault.unlock(PASSPHRASE)
        sid = make_call(vault)
        for lang in languages:
            translator = QTranslator(app)
            assert translator.load(f"recorder_{lang}", tmp)
            QCoreApplication.installTranslator(translator)
            plain_i18n.set_language(lang)
            view = SessionView(vault, keys, sid)
            checked: list[object] = []
            view.checked.connect(checked.append)
            view.resize(1280, 720)
            view.show()
            wait_for(lambda c=checked: bool(c), what="the check of the recording")  # type: ignore[misc]
            view.seek(int(3.2 * RATE))
            for _ in range(5):  # the layout takes the check's lines in over a few passes
                app.processEvents()
            shot = out / f"call-review-{lang}.png"
            view.grab().save(str(shot))
            print(shot)
            view.shutdown()
            view.close()
            QCoreApplication.removeTranslator(translator)
    return 0


if __name__ == "__main__":
    sys.exit(main())
