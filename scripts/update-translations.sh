#!/usr/bin/env bash
# Collect every translatable string from the code into the .ts files (then translate them in Qt Linguist).
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t sources < <(git ls-files 'recorder/*.py'; git ls-files --others --exclude-standard 'recorder/*.py')
for lang in zh_CN zh_TW en; do
  .venv/bin/pyside6-lupdate -no-obsolete "${sources[@]}" -ts "resources/translations/recorder_${lang}.ts"
done
