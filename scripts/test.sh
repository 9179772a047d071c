#!/usr/bin/env bash
# Set up everything the whole suite needs, then run lint, types and every test. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build-translations.sh
echo "== ruff"
.venv/bin/ruff check recorder tests benchmarks
.venv/bin/ruff format --check recorder tests benchmarks
echo "== mypy (the evidence core)"
.venv/bin/mypy
echo "== pytest"
.venv/bin/python -m pytest "$@"
echo "== packaged app: build the bundle and run its self-test"
bash scripts/build-bundle.sh
