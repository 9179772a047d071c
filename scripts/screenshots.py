"""Photograph the app's screens under stress in one language (run by scripts/screenshots.sh under Xvfb, with a
private PulseAudio server whose virtual microphone hears speech): recording, paused, microphone lost, locked,
wrong passphrase, export done, review, and in call mode a call recorded and its other party's output lost — the
states of tests/screens.py. A Chinese screen that shows a source text
its language translates (or, in zh_TW, a Simplified-only character) is listed, and the run fails.

Usage: screenshots.py HOME LANGUAGE OUT_DIR [call]   ("call": only the call-mode states)
"""

from __future__ import annotations

import itertools
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PASSPHRASE = "screenshot passphrase"
CASES = {"zh_CN": "王先生 · 上门催收", "zh_TW": "王先生 · 上門催收", "en": "Collection visits at home"}
NOTES = {
    "zh_CN": "两个人，自称某某资产管理公司",
    "zh_TW": "兩個人，自稱某某資產管理公司",
    "en": "Two men, say they are from an asset management firm",
}
CALL_NOTES = {"zh_CN": "对方说已经逾期", "zh_TW": "對方說已經逾期", "en": "He says the payment is overdue"}
SINK = ("module-null-sink", "sink_name=vsink", "rate=48000", "channels=1")
MIC = (
    "module-remap-source",
    "master=vsink.monitor",
    "source_name=vmic",
    "source_properties=device.description=VirtualMic",
)


def pactl(*args: str) -> str:
    return subprocess.run(["pactl", *args], capture_output=True, text=True, check=True).stdout


def unplug() -> None:
    """Unplug the microphone: its source, then the sink it hears (else the server moves the stream elsewhere)."""
    modules = pactl("list", "short", "modules").splitlines()
    for needle in ("source_name=vmic", "sink_name=vsink"):
        for line in modules:
            if needle in line:
                subprocess.run(["pactl", "unload-module", line.split()[0]], capture_output=True, check=False)


def plugged() -> bool:
    return "vmic" in pactl("list", "short", "sources")


def plug() -> None:
    pactl("load-module", *SINK)
    pactl("load-module", *MIC)
    pactl("set-default-sink", "vsink")
    pactl("set-default-source", "vmic")


# Call mode (issue 16): the computer's output, whose monitor is the other party; screenshots.sh plays a voice into
# it. Unplugged, the speakers ``vspare`` remain the default output, so the other party's track never falls back on
# the microphone's own sink (as in tests/fixtures/audio.py).
OUT = ("module-null-sink", "sink_name=vout", "rate=48000", "channels=1", "sink_properties=device.description=Speakers")
SPARE = ("module-null-sink", "sink_name=vspare", "rate=48000", "channels=1")


def plug_output() -> None:
    if "vout" not in pactl("list", "short", "sinks"):
        pactl("load-module", *OUT)
    pactl("set-default-sink", "vout")


def unplug_output() -> None:
    if "vspare" not in pactl("list", "short", "sinks"):
        pactl("load-module", *SPARE)
    pactl("set-default-sink", "vspare")
    for line in pactl("list", "short", "modules").splitlines():
        if "sink_name=vout" in line:
            subprocess.run(["pactl", "unload-module", line.split()[0]], capture_output=True, check=False)


def main() -> int:
    home, language, out = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    only_call = sys.argv[4:] == ["call"]
    app = QApplication(sys.argv[:1])
    from recorder.core.vault import Vault
    from recorder.gui.application import open_main_window
    from recorder.gui.cases import append_case_op
    from tests.screens import drive, drive_call, screen_texts, untranslated
    from tests.test_translations_glossary import SIMPLIFIED_ONLY

    if not plugged():  # a run before this one may have stopped half-way
        unplug()
        plug()
    vault = Vault.create(home, PASSPHRASE, kdf_memory_kib=65536, kdf_iterations=3)
    append_case_op(vault, {"op": "create", "name": CASES[language]})
    window, _ = open_main_window(home, language=language)
    window.show()
    window.unlock(PASSPHRASE)
    from tests.screens import wait_for

    wait_for(lambda: window.keys is not None, timeout_ms=30_000, what="unlock")
    window.choose_case(CASES[language])
    problems = []
    plug_output()
    with tempfile.TemporaryDirectory() as tmp:
        states = itertools.chain(
            () if only_call else drive(window, PASSPHRASE, Path(tmp) / "evidence.zip", unplug, plug, NOTES[language]),
            drive_call(window, unplug_output, plug_output, CALL_NOTES[language]),
        )
        for state in states:
            app.processEvents()
            shot = out / f"{state}-{language}.png"
            subprocess.run(["import", "-window", "root", str(shot)], check=True)
            print(shot)
            if language != "en":
                texts = screen_texts()
                for miss in untranslated(texts, language):
                    problems.append(f"{state}: untranslated “{miss.text}” (source “{miss.source}”)")
                if language == "zh_TW":
                    problems += [f"{state}: Simplified characters in “{t}”" for t in texts if set(t) & SIMPLIFIED_ONLY]
    window.runner.wait()
    for p in problems:
        print(f"{language}: {p}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
