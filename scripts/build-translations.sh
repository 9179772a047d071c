#!/usr/bin/env bash
# Compile the Qt Linguist sources (resources/translations/*.ts) to .qm files the app loads.
set -euo pipefail
cd "$(dirname "$0")/.."
shopt -s nullglob
for ts in resources/translations/*.ts; do
  .venv/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"
done
