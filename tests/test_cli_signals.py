"""Signals at any moment (issue 12 §4): a recording that exists is always sealed on SIGINT/SIGTERM, with the
reason FORMAT names (``stopped`` for Ctrl-C, ``terminated`` for SIGTERM), also in the first half second while the
program is still loading; before a recording exists, one sentence and exit 130/143, no traceback, nothing left
open. Sent at many delays against the real command line and `recorder --record` (offscreen), recording from the
test PulseAudio server's virtual microphone.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from recorder.core.check import check_session
from recorder.core.store import list_sessions
from recorder.core.vault import Vault
from tests.fixtures.audio import PulseServer, read_recording, recorder_argv, wait_for
from tests.fixtures.core import PASSPHRASE

REASON = {signal.SIGINT: "stopped", signal.SIGTERM: "terminated"}
BEFORE_SENTENCE = "Stopped before a recording began: nothing was recorded."


def _init(home: Path, passphrase_file: Path) -> None:
    subprocess.run(recorder_argv(home, "init", "--passphrase-file", str(passphrase_file)), check=True, timeout=60)


def _signal_at(argv: list[str], delay: float, sig: int, env: dict[str, str]) -> tuple[int, str]:
    proc = subprocess.Popen(
        argv, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    time.sleep(delay)  # the delay IS the test input: the signal at this moment of the start-up
    proc.send_signal(sig)
    out, err = proc.communicate(timeout=90)  # a signal that is lost would leave it recording: the timeout fails
    return proc.returncode, out + err


def _assert_sealed_or_nothing(home: Path, sig: int, code: int, output: str, delay: float) -> str:
    """Every session is sealed with the signal's reason and the exit is 0; or there is none and the exit is the
    signal's with the sentence. Returns which of the two happened."""
    where = f"signal {sig} at {delay:.2f} s: exit {code}\n{output}"
    vault = Vault.open(home)
    sessions = list_sessions(vault)
    if not sessions:
        if code == -sig and not output:
            return "before python"  # the signal's default action, before the interpreter ran any code
        if sig == signal.SIGINT and "init_import_site" in output and "/recorder/" not in output:
            # Ctrl-C while Python itself starts (importing `site`, before any code of the app can run): Python's own
            # KeyboardInterrupt and message. A documented limit (PERFORMANCE.md); nothing exists yet.
            return "before python"
    assert "Traceback" not in output, where
    if not sessions:
        assert code == 128 + sig, where
        assert BEFORE_SENTENCE in output, where
        return "before"
    assert code == 0, where
    keys = vault.unlock(PASSPHRASE)
    for st in sessions:
        result = check_session(vault, keys.recording, st.id)
        assert result.ok and result.summary.sealed, (where, result.problems)
        last = read_recording(home, PASSPHRASE, st.id).entries[-1]
        assert last["kind"] == "seal" and last["body"]["reason"] == REASON[sig], (where, last)
    return "sealed"


def _env() -> dict[str, str]:
    return {**os.environ, "LANGUAGE": "en", "QT_QPA_PLATFORM": "offscreen", "RECORDER_TSA": "none"}


def _session_start_time(argv: list[str], home: Path, env: dict[str, str]) -> float:
    """How long after its launch the program has a session on disk, on this machine now (then SIGTERM: sealed)."""
    t0 = time.monotonic()
    proc = subprocess.Popen(argv, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        found = wait_for(lambda: list_sessions(Vault.open(home)) or proc.poll() is not None, timeout=60)
        assert proc.poll() is None, found
        return time.monotonic() - t0
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=60)


def _sweep(make_argv, tmp_path: Path, passphrase_file: Path, steps: int) -> list[tuple[float, str]]:  # type: ignore[no-untyped-def]
    """Signals at ``steps`` delays from 0 to 1.3 × the time the session takes to appear (measured first, so that
    the sweep covers both sides of that moment however loaded the machine is); SIGINT and SIGTERM in turn. On a
    machine whose load changes during the sweep, a side that was missed is looked for with a few more delays
    (later ones for a sealed session, earlier ones for the sentence), so that both are always met."""
    probe = tmp_path / "probe"
    _init(probe, passphrase_file)
    start = _session_start_time(make_argv(probe), probe, _env())
    print(f"session on disk {start:.2f} s after launch: {make_argv(probe)[-3:]}")  # for PERFORMANCE.md
    outcomes: list[tuple[float, str]] = []

    def trial(delay: float) -> None:
        i = len(outcomes)
        sig = (signal.SIGINT, signal.SIGTERM)[i % 2]
        home = tmp_path / f"home{i}"
        _init(home, passphrase_file)
        code, output = _signal_at(make_argv(home), delay, sig, _env())
        outcomes.append((delay, _assert_sealed_or_nothing(home, sig, code, output, delay)))

    for i in range(steps):
        trial(start * 1.3 * i / (steps - 1))
    for k in range(1, 7):
        if any(o == "sealed" for _, o in outcomes):
            break
        trial(start * 1.3 * (1 + 0.5 * k))
    for k in range(1, 7):
        if any(o == "before" for _, o in outcomes):
            break
        trial(start * (0.35 + 0.1 * k))
    return outcomes


@pytest.mark.slow
def test_record_command_seals_or_says_so_at_every_moment_of_its_start(
    pulse: PulseServer, tmp_path: Path, passphrase_file: Path
) -> None:
    outcomes = _sweep(lambda home: recorder_argv(home, "record", "--case", "signals"), tmp_path, passphrase_file, 12)
    # Both sides of the moment the session starts were met (else the delays missed what they are for).
    seen = {o for _, o in outcomes}
    assert "sealed" in seen and "before" in seen, outcomes


@pytest.mark.slow
def test_record_flag_seals_or_says_so_at_every_moment_of_its_start(
    pulse: PulseServer, tmp_path: Path, passphrase_file: Path
) -> None:
    outcomes = _sweep(
        lambda home: [sys.executable, "-m", "recorder", "--record", "--home", str(home)], tmp_path, passphrase_file, 8
    )
    seen = {o for _, o in outcomes}
    assert "sealed" in seen and "before" in seen, outcomes


def test_sigterm_to_the_app_while_recording_seals_it_as_terminated(
    pulse: PulseServer, tmp_path: Path, passphrase_file: Path
) -> None:
    # Was sealed as "stopped": FORMAT says SIGTERM is "terminated".
    home = tmp_path / "home"
    _init(home, passphrase_file)
    proc = subprocess.Popen(
        [sys.executable, "-m", "recorder", "--record", "--home", str(home)],
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 60

        def window_up_and_recording() -> bool:
            log_file = home / "logs" / "recorder.log"
            if not log_file.exists() or " starting " not in log_file.read_text("utf-8"):
                return False
            return any(st.journal.stat().st_size > 50_000 for st in list_sessions(Vault.open(home)))

        while not window_up_and_recording():
            assert time.monotonic() < deadline and proc.poll() is None, "the app did not start recording"
            time.sleep(0.05)
    finally:
        proc.send_signal(signal.SIGTERM)
        output = proc.communicate(timeout=60)[0].decode("utf-8", "replace")
    assert _assert_sealed_or_nothing(home, signal.SIGTERM, proc.returncode, output, -1) == "sealed"
