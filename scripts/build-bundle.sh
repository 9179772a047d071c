#!/usr/bin/env bash
# Build the one-folder app bundle (dist/recorder/) with PyInstaller from build.spec, then run the BUILT app's
# self-test: offscreen, it opens the main window, records about 1 s from a virtual microphone on a private
# PulseAudio server started here, seals, checks the session and exits 0.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build-translations.sh
echo "== bundle: pyinstaller build.spec"
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller build.spec
du -sh dist/recorder | sed 's/^/bundle size: /'

echo "== bundle: self-test"
runtime=$(mktemp -d)
chmod 700 "$runtime"
export XDG_RUNTIME_DIR=$runtime
stop_pulse() {
  if [ -f "$runtime/pulse/pid" ]; then kill "$(cat "$runtime/pulse/pid")" 2>/dev/null || true; fi
  rm -rf "$runtime"
}
trap stop_pulse EXIT
pulseaudio -D -n --exit-idle-time=-1 --disallow-exit --use-pid-file=yes \
  -L "module-native-protocol-unix auth-anonymous=1" \
  -L "module-null-sink sink_name=vsink rate=48000 channels=1" \
  -L "module-always-sink" \
  -L "module-remap-source master=vsink.monitor source_name=vmic source_properties=device.description=VirtualMic" \
  2>/dev/null
for _ in $(seq 100); do pactl info >/dev/null 2>&1 && break; sleep 0.1; done
pactl set-default-sink vsink
pactl set-default-source vmic
QT_QPA_PLATFORM=offscreen timeout 120 dist/recorder/recorder --self-test
# The command line in the bundle speaks the user's language too (it reads the shipped .ts files).
dist/recorder/recorder --lang zh_CN --help | grep -q "证据记录器"
echo "bundle self-test passed"
