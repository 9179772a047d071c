"""Crash: recordings killed with SIGKILL at random moments re-open, check, and lose at most their last second.

Each trial starts a child process (tests/helpers_crash_writer.py) that appends 100 ms audio blocks (9,600 bytes of
48 kHz mono 16-bit PCM) at real-time pace, calling ``tick()`` after each, and SIGKILLs it at a random moment
0.2–1.5 s after its first append. Trials run four at a time, so recovery also runs while other children record.

How the loss is measured: the child writes ``frames N`` on its stdout pipe after each ``append_audio`` returned
(N = all frames appended so far; a line is one ``os.write`` of a few bytes, so it is never torn). The parent reads
the pipe to its end after the kill, so it sees every report written before the death; the last one, R, is the
audio the child had handed to the journal when it was killed (the block in flight, if any, was never reported).
The recovered journal holds A frames (``check_session``'s summary). The issue's bound is R − A ≤ 48,000 (at
most one second lost). Because records go to the OS with one ``write`` each and no user-space buffer, a process
kill in fact loses nothing reported, so the test also asserts A ≥ R, and A ≤ R + 4,800 (at most the unreported
block in flight besides). Every recovered block must hold exactly the bytes the child wrote for it.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from recorder.core import store
from recorder.core.chain import SIGNED_KINDS
from recorder.core.check import check_session
from recorder.core.session import JOURNAL_FILE
from recorder.core.vault import Vault
from tests.fixtures.core import PASSPHRASE
from tests.helpers_crash_writer import BLOCK_FRAMES, RATE, block

ROOT = Path(__file__).resolve().parents[1]
TRIALS = 100
AT_ONCE = 4


@dataclass
class Trial:
    number: int
    delay: float
    session: str = ""
    reported: int = 0  # R: frames the child reported appended before it died
    journal_before: bytes = b""


def test_sigkill_at_random_moments_loses_at_most_the_last_second(vault: Vault) -> None:
    seed = int(os.environ.get("CRASH_SEED", time.time_ns() % 2**32))
    rng = random.Random(seed)
    trials = [Trial(n, rng.uniform(0.2, 1.5)) for n in range(TRIALS)]
    lock = threading.Lock()  # kill+snapshot and recovery never interleave
    live: set[str] = set()  # sessions whose writer is still alive: recovery must never touch these
    recovered: dict[str, str] = {}

    def recover_now() -> None:
        for st in store.recover_all(vault):
            assert st.id not in live, f"seed {seed}: recovery marked {st.id} while it was still recording"
            assert st.id not in recovered, f"seed {seed}: {st.id} recovered twice"
            recovered[st.id] = st.state

    def run(trial: Trial) -> None:
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.helpers_crash_writer", str(vault.home)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
        )
        assert child.stdout is not None
        try:
            first = child.stdout.readline().decode()
            assert first.startswith("session "), first
            trial.session = first.split()[1]
            with lock:
                live.add(trial.session)
            report = child.stdout.readline().decode()
            assert report.startswith("frames "), report
            time.sleep(trial.delay)  # the fault's moment, not a wait for a result
            with lock:
                child.send_signal(signal.SIGKILL)
                child.wait()
                live.discard(trial.session)
                trial.journal_before = (vault.session_dir(trial.session) / JOURNAL_FILE).read_bytes()
            lines = (report + child.stdout.read().decode()).splitlines()
        finally:
            child.kill()  # a failed trial must not leave a writer behind
            child.wait()
            child.stdout.close()
        assert "sealed" not in lines, f"seed {seed}: trial {trial.number} ended before its kill"
        trial.reported = int(lines[-1].split()[1])
        with lock:
            recover_now()

    with ThreadPoolExecutor(AT_ONCE) as pool:
        for future in [pool.submit(run, t) for t in trials]:
            future.result()
    with lock:
        recover_now()

    keys = vault.unlock(PASSPHRASE)
    losses = []
    for t in trials:
        where = f"seed {seed}, trial {t.number} ({t.session}, killed {t.delay:.2f} s after the first block)"
        directory = vault.session_dir(t.session)
        assert recovered.get(t.session) == store.INTERRUPTED, where
        assert (directory / store.INTERRUPTED_FILE).is_file(), where
        assert (directory / JOURNAL_FILE).read_bytes() == t.journal_before, f"{where}: recovery changed the journal"

        result = check_session(vault, keys.recording, t.session)
        assert result.ok, f"{where}: {[str(p) for p in result.problems]}"
        assert result.state == store.INTERRUPTED and not result.summary.sealed, where

        reader = store.SessionReader(vault, keys.recording, t.session)
        kinds, audio = [], []
        for entry, payload in reader.entries():
            kinds.append(entry["kind"])
            if entry["kind"] == "audio":
                audio.append(payload)
        assert audio == [block(i) for i in range(len(audio))], f"{where}: a recovered block differs"
        last_signed = max(i for i, k in enumerate(kinds) if k in SIGNED_KINDS)
        assert result.summary.unsigned_tail == len(kinds) - 1 - last_signed, where

        kept = result.summary.audio_frames
        assert kept == len(audio) * BLOCK_FRAMES, where
        assert t.reported - kept <= RATE, f"{where}: lost {t.reported - kept} frames, more than one second"
        assert kept >= t.reported, f"{where}: lost {t.reported - kept} frames that append_audio had returned"
        assert kept <= t.reported + BLOCK_FRAMES, where
        losses.append(t.reported - kept)
    assert len(losses) == TRIALS
