"""kill -9 of `recorder record` at random moments: every session is recovered, checks, and lost at most 1 s."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import time
from pathlib import Path

import pytest

from recorder.core.vault import Vault
from tests.fixtures.audio import PulseServer, RecorderProcess, read_recording, recorder_argv
from tests.fixtures.core import PASSPHRASE

TRIALS = 20
AT_ONCE = 5  # recorders running side by side (2 cores): the trials overlap, the budget stays small
SEC = 1_000_000_000


@pytest.mark.slow
def test_kill_9_at_random_moments_loses_at_most_one_second(
    pulse: PulseServer, vault: Vault, passphrase_file: Path
) -> None:
    home = vault.home
    rng = random.Random()
    seed = rng.randrange(1 << 30)
    rng.seed(seed)
    killed: dict[str, int] = {}  # session id -> monotonic time of the kill
    announced = ""  # every launch recovers what an earlier kill left, and says so on stderr
    for batch in range(TRIALS // AT_ONCE):
        procs = [RecorderProcess(home, "--case", f"kill-{batch}-{i}") for i in range(AT_ONCE)]
        ids = [p.session_id() for p in procs]
        # Each recorder is killed at a random moment 0.2-2.5 s after it said it was recording.
        now = time.monotonic()
        plan = sorted((now + rng.uniform(0.2, 2.5), i) for i in range(AT_ONCE))
        for when, i in plan:
            time.sleep(max(0.0, when - time.monotonic()))
            killed[ids[i]] = time.monotonic_ns()
            os.kill(procs[i].proc.pid, signal.SIGKILL)
        for p in procs:
            assert p.finish() == -signal.SIGKILL
            announced += "".join(p.err)

    listing = subprocess.run(recorder_argv(home, "sessions"), capture_output=True, text=True, timeout=60)
    assert listing.returncode == 0, listing.stderr
    announced += listing.stderr
    for sid in killed:
        # Launches that start together may both announce it (each writes the same marker); at least one must.
        assert f"Recording {sid} was interrupted" in announced, (seed, sid, announced)
    check = subprocess.run(
        recorder_argv(home, "check", "--json", "--passphrase-file", str(passphrase_file)),
        capture_output=True,
        text=True,
        timeout=120,
    )
    results = {r["session"]: r for r in json.loads(check.stdout)}
    assert check.returncode == 0, (seed, check.stdout)

    losses = []
    for sid, kill_ns in killed.items():
        assert results[sid]["ok"] and results[sid]["state"] == "recovered", (seed, results[sid])
        entries = read_recording(home, PASSPHRASE, sid).entries
        # How much was lost: from the end of the last audio block in the journal (its first frame's time plus its
        # length) to the moment of the kill, both on the system's monotonic clock. Audio still in the sound
        # system's buffers at the kill counts as lost, so this over-states the loss.
        ends = [e["mono_ns"] + e["body"]["frames"] * SEC // e["body"]["rate"] for e in entries if e["kind"] == "audio"]
        opened = next(e["mono_ns"] for e in entries if e["kind"] == "input" and e["body"]["event"] == "opened")
        saved_up_to = max([opened, *ends])
        losses.append((kill_ns - saved_up_to) / SEC)
        assert kill_ns - saved_up_to <= SEC, (seed, sid, losses[-1])
    print(f"kill -9: {len(losses)} trials, audio lost before the kill: max {max(losses):.3f} s")
