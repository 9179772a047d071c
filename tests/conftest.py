"""Test set-up for the whole suite. Each area keeps its fixtures in tests/fixtures/<area>.py."""

import os

# Before any QApplication exists: Qt renders offscreen in tests (screenshots use Xvfb, see scripts/).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANGUAGE", "en")

pytest_plugins = ["tests.fixtures.core", "tests.fixtures.audio", "tests.fixtures.tsa", "tests.fixtures.gui"]
