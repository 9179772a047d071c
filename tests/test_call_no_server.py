"""Call mode where no sound server answers (issue 16, ground rule 6): one sentence in the user's language saying
why, exit status 2, and no recording made — never SoundCard's bare AssertionError."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from recorder.core.store import list_sessions
from recorder.core.vault import Vault
from tests.fixtures.audio import recorder_argv

SAID = {
    "en": "What the computer plays cannot be recorded here (no sound server answered).",
    "zh_CN": "无法在此录制电脑播放的声音（没有声音服务器应答）。",
    "zh_TW": "無法在此錄製電腦播放的聲音（沒有聲音伺服器回應）。",
}


@pytest.mark.parametrize("lang", ["en", "zh_CN", "zh_TW"])
def test_a_call_without_a_sound_server_is_one_sentence_and_nothing_recorded(
    tmp_path: Path, passphrase_file: Path, lang: str
) -> None:
    home = tmp_path / "home"
    subprocess.run(recorder_argv(home, "init", "--passphrase-file", str(passphrase_file)), check=True, timeout=60)
    # The microphone is the test tone, so only the loopback needs the (absent) server.
    env = {**os.environ, "PULSE_SERVER": f"unix:{tmp_path}/no-server-here"}
    args = ["--lang", lang, "record", "--case", "c", "--call", "--source", "test-tone", "--duration", "1"]
    done = subprocess.run(
        recorder_argv(home, *args),
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert done.returncode == 2, done.stdout + done.stderr
    assert SAID[lang] in done.stderr
    assert "AssertionError" not in done.stderr and "Traceback" not in done.stderr
    assert list_sessions(Vault.open(home)) == []
