"""The app as started from the command line: `recorder --record` records at once, asking nothing, and seals on
SIGTERM; `recorder --self-test` passes from source; an exception in a slot becomes a banner sentence."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from recorder.core.store import RECORDING, SEALED, list_sessions
from recorder.core.vault import Vault
from tests.fixtures.audio import PulseServer


def app_env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANGUAGE": "en"}


def wait_for(condition: Any, timeout: float = 30.0) -> None:
    """Poll another process's visible effect (its files); the app under test runs in that process."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.05)


def test_record_flag_records_at_once_without_a_vault_and_seals_on_sigterm(tmp_path: Path, mic: PulseServer) -> None:
    home = tmp_path / "home"
    proc = subprocess.Popen(
        [sys.executable, "-m", "recorder", "--record", "--home", str(home)],
        env=app_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_for(lambda: Vault.exists(home) and any(s.state == RECORDING for s in list_sessions(Vault.open(home))))
        [st] = list_sessions(Vault.open(home))
        wait_for(lambda: st.journal.stat().st_size > 50_000)  # audio is flowing to disk
    finally:
        proc.send_signal(signal.SIGTERM)
        out = proc.communicate(timeout=60)[0].decode("utf-8", "replace")
    assert proc.returncode == 0, out
    assert "Traceback" not in out
    vault = Vault.open(home)
    assert vault.pending  # no passphrase was asked; it is set up later
    assert [s.state for s in list_sessions(vault)] == [SEALED]


def test_sigterm_while_the_app_is_still_loading_seals_the_recording(tmp_path: Path, mic: PulseServer) -> None:
    # --record records before Qt loads (recorder/quick_start.py); a SIGTERM in that moment must not kill the
    # process with the recording open: it is noted, and the window stops and seals once it is up.
    home = tmp_path / "home"
    proc = subprocess.Popen(
        [sys.executable, "-m", "recorder", "--record", "--home", str(home)],
        env=app_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_for(
            lambda: (
                (home / "logs" / "recorder.log").exists()
                and "first audio saved to disk" in (home / "logs" / "recorder.log").read_text("utf-8")
            )
        )
    finally:
        proc.send_signal(signal.SIGTERM)
        out = proc.communicate(timeout=60)[0].decode("utf-8", "replace")
    assert proc.returncode == 0, out
    assert "Traceback" not in out
    log_text = (home / "logs" / "recorder.log").read_text("utf-8")
    assert log_text.index("first audio saved to disk") < log_text.index(" starting ")  # before the app loaded
    assert [s.state for s in list_sessions(Vault.open(home))] == [SEALED]


def test_self_test_from_source(mic: PulseServer) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "recorder", "--self-test"], env=app_env(), capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "sealed=True, problems=0" in proc.stdout


def test_an_exception_in_a_slot_is_a_banner_sentence(qtbot: Any, window: Any) -> None:
    from recorder.gui.application import _install_excepthook

    saved = sys.excepthook
    try:
        _install_excepthook(window)
        try:
            raise ValueError("internal detail")
        except ValueError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = saved
    texts = window.banners.texts()
    assert texts == ["Something went wrong. What was recorded is kept; details are in the log file."]
    assert "internal detail" not in " ".join(texts)
