#!/usr/bin/env bash
# Screenshots of the main window while recording, in Simplified Chinese and English, taken from a real X server
# (Xvfb) with the CJK font installed, into docs/screenshots/. The microphone is a virtual one on a private
# PulseAudio server, hearing speech made by espeak-ng, so the level meter moves.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build-translations.sh
out=docs/screenshots
mkdir -p "$out"
work=$(mktemp -d)
chmod 700 "$work"
export XDG_RUNTIME_DIR=$work
display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
cleanup() {
  kill "$xvfb_pid" 2>/dev/null || true
  [ -n "${play_pid:-}" ] && kill "$play_pid" 2>/dev/null || true
  [ -f "$work/pulse/pid" ] && kill "$(cat "$work/pulse/pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
pulseaudio -D -n --exit-idle-time=-1 --disallow-exit --use-pid-file=yes \
  -L "module-native-protocol-unix auth-anonymous=1" \
  -L "module-null-sink sink_name=vsink rate=48000 channels=1" \
  -L "module-always-sink" \
  -L "module-remap-source master=vsink.monitor source_name=vmic source_properties=device.description=VirtualMic" \
  2>/dev/null
for _ in $(seq 100); do pactl info >/dev/null 2>&1 && break; sleep 0.1; done
pactl set-default-sink vsink
pactl set-default-source vmic
espeak-ng -w "$work/speech.wav" "Please leave now. I have asked you three times to leave my home." 2>/dev/null
(while true; do paplay --device=vsink "$work/speech.wav" 2>/dev/null || break; done) &
play_pid=$!
for _ in $(seq 100); do xdpyinfo -display "$display" >/dev/null 2>&1 && break; sleep 0.1; done

for lang in zh_CN en; do
  DISPLAY=$display QT_QPA_PLATFORM=xcb LANGUAGE=$lang .venv/bin/python - "$work/home-$lang" "$lang" "$out/main-window-recording-$lang.png" <<'PY'
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])
from recorder.core.vault import Vault  # noqa: E402
from recorder.gui.application import open_main_window  # noqa: E402
from recorder.gui.cases import append_case_op  # noqa: E402

home, lang, out = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
vault = Vault.create(home, "screenshot passphrase", kdf_memory_kib=65536, kdf_iterations=3)
case = "王先生 · 上门催收" if lang != "en" else "Collection visits at home"
append_case_op(vault, {"op": "create", "name": case})
window, _ = open_main_window(home, language=lang)
window.unlock("screenshot passphrase")
window.move(0, 0)
window.resize(1280, 800)
window.show()


def record() -> None:
    window.choose_case(case)
    window.start_recording()
    tags = window.record_panel.tag_bar.tags
    QTimer.singleShot(700, lambda: window.add_tag(tags[0], None))
    QTimer.singleShot(1200, lambda: window.controller.add_note(
        "两个人，自称某某资产管理公司" if lang != "en" else "Two men, say they are from an asset management firm", None))
    QTimer.singleShot(1800, lambda: window.add_tag(tags[3], None))
    QTimer.singleShot(2300, lambda: window.add_tag(tags[4], None))
    QTimer.singleShot(3200, shoot)


def shoot() -> None:
    subprocess.run(["import", "-window", "root", "-crop", "1280x800+0+0", out], check=True)
    window.controller.stop()
    app.quit()


QTimer.singleShot(300, record)
app.exec()
window.runner.wait()  # let the check of the stopped recording finish before Python tears Qt down
print(out)
PY
done
