"""Test set-up for the whole suite. Each area keeps its fixtures in tests/fixtures/<area>.py."""

import atexit
import os
import shutil
import tempfile

import pytest

# Before any QApplication exists: Qt renders offscreen in tests (screenshots use Xvfb, see scripts/).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANGUAGE", "en")
# Vaults made by the tests (here and in the subprocesses they start) use Argon2id's cheapest accepted cost instead
# of the desktop's second per unlock: a test-only setting, honoured only when an envelope is made (FORMAT §2).
os.environ.setdefault("RECORDER_TEST_KDF_COST", "8192:1")
# The vaults' pinned keys and ledger heads go to a folder of this run, never to the user's own config folder.
if "RECORDER_CONFIG" not in os.environ:
    os.environ["RECORDER_CONFIG"] = tempfile.mkdtemp(prefix="recorder-test-config-")
    atexit.register(shutil.rmtree, os.environ["RECORDER_CONFIG"], True)

pytest_plugins = ["tests.fixtures.core", "tests.fixtures.audio", "tests.fixtures.tsa", "tests.fixtures.gui"]


@pytest.fixture(autouse=True)
def _english_after_each_test():
    """The language of sentences made outside Qt is process-wide (recorder.i18n): a test that switches it (a window
    set to zh_TW, the CLI run in-process with --lang) must not leave the next test reading Chinese."""
    yield
    from recorder import i18n

    if i18n.current_language() != "en":
        i18n.set_language("en")
