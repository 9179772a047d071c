#!/usr/bin/env bash
# Set up (system packages, virtualenv) and open the app. Extra arguments go to `recorder`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build-translations.sh
exec .venv/bin/recorder "$@"
