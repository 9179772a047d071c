#!/usr/bin/env bash
# Screenshots of the app under stress — recording, paused, microphone lost, locked, wrong passphrase, export done,
# review, a call, a call whose other party's output is lost — in Simplified Chinese, Traditional Chinese and
# English, taken from a real X server (Xvfb, a 1366×768 laptop screen) with the CJK font installed, into
# docs/screenshots/. The microphone is a virtual one on a private PulseAudio server, hearing speech made by
# espeak-ng, so the level meter moves (scripts/screenshots.py unplugs it for "microphone lost"); the other party
# speaks through a second virtual output. Fails when a Chinese screen shows untranslated text (tests/screens.py).
# Usage: scripts/screenshots.sh [call]   ("call": only the call-mode states)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build-translations.sh
out=docs/screenshots
mkdir -p "$out"
work=$(mktemp -d)
chmod 700 "$work"
export XDG_RUNTIME_DIR=$work
export RECORDER_CONFIG=$work/config  # the vault pins of these throw-away vaults stay in the work folder
display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
cleanup() {
  kill "$xvfb_pid" 2>/dev/null || true
  [ -n "${play_pid:-}" ] && kill "$play_pid" 2>/dev/null || true
  [ -n "${other_pid:-}" ] && kill "$other_pid" 2>/dev/null || true
  [ -f "$work/pulse/pid" ] && kill "$(cat "$work/pulse/pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
# No module-always-sink: with the microphone unplugged there must be no other source for the stream to move to.
pulseaudio -D -n --exit-idle-time=-1 --disallow-exit --use-pid-file=yes \
  -L "module-native-protocol-unix auth-anonymous=1" \
  -L "module-null-sink sink_name=vsink rate=48000 channels=1" \
  -L "module-remap-source master=vsink.monitor source_name=vmic source_properties=device.description=VirtualMic" \
  2>/dev/null
for _ in $(seq 100); do pactl info >/dev/null 2>&1 && break; sleep 0.1; done
pactl set-default-sink vsink
pactl set-default-source vmic
espeak-ng -w "$work/speech.wav" "Please leave now. I have asked you three times to leave my home." 2>/dev/null
# The speech goes on after the microphone is unplugged and plugged back in (the sink is gone for a while).
(while true; do paplay --device=vsink "$work/speech.wav" 2>/dev/null || sleep 0.5; done) &
play_pid=$!
# Call mode: the other party speaks through the computer's output "vout" (scripts/screenshots.py plugs it in).
espeak-ng -v en+m3 -w "$work/other.wav" "Your payment is overdue. When will you pay?" 2>/dev/null
(while true; do paplay --device=vout "$work/other.wav" 2>/dev/null || sleep 0.5; done) &
other_pid=$!
for _ in $(seq 100); do xdpyinfo -display "$display" >/dev/null 2>&1 && break; sleep 0.1; done

status=0
for lang in zh_CN zh_TW en; do
  DISPLAY=$display QT_QPA_PLATFORM=xcb LANGUAGE=$lang .venv/bin/python scripts/screenshots.py \
    "$work/home-$lang" "$lang" "$out" "$@" || status=1
done
exit $status
