#!/usr/bin/env bash
# Sets up everything the app and the whole test suite need on a fresh Debian/Ubuntu machine:
# system packages (through apt-get when run as root) and a virtualenv in .venv with the app installed.
# Safe to run again; it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

SYSTEM_PACKAGES=(
  libportaudio2 pulseaudio pulseaudio-utils espeak-ng sox
  xvfb imagemagick x11-utils
  libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-randr0 libxcb-shape0
  libxcb-xinerama0 libxcb-xkb1 libxcb-cursor0 libxkbcommon-x11-0 libegl1 libgl1 libdbus-1-3 libfontconfig1
  fonts-wqy-microhei poppler-utils age openssl openssh-client zbar-tools
  qt6-l10n-tools
  faketime  # tests: `openssl ts -verify -attime` still holds years later, after the certificates expire
  unzip  # tests: an archive Info-ZIP unzip reads differently is refused by recorder verify too (issue 11 §2)
  default-jre-headless libpdfbox2-java libactivation-java libjaxb-api-java  # tests: PDFBox Preflight on report.pdf (PDF/A-1b)
  ffmpeg libopencore-amrnb0  # tests: phone-audio fixtures (AAC, MP3, Opus, 3GP; AMR-NB through libopencore by ctypes)
  libvo-amrwbenc0  # tests: AMR-WB fixtures (ctypes; Debian's ffmpeg has no AMR encoder)
)

missing=()
for p in "${SYSTEM_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "Please install these system packages first (as root):" >&2
    echo "  apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e ".[dev]"
