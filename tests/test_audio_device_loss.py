"""The microphone is unplugged mid-recording and plugged back: the session says so, and carries on."""

from __future__ import annotations

import signal
import subprocess
from pathlib import Path

from tests.fixtures.audio import PulseServer, RecorderProcess, read_recording, recorder_argv, wait_for
from tests.fixtures.core import PASSPHRASE


def _audio(home: Path, sid: str) -> int:
    try:
        return len(read_recording(home, PASSPHRASE, sid).kinds("audio"))
    except Exception:  # being written; try again
        return 0


def test_unplugged_microphone_leaves_a_gap_and_recording_resumes(
    pulse: PulseServer, tmp_path: Path, passphrase_file: Path
) -> None:
    home = tmp_path / "home"
    subprocess.run(recorder_argv(home, "init", "--passphrase-file", str(passphrase_file)), check=True, timeout=60)
    rec = RecorderProcess(home, "--case", "unplug")
    sid = rec.session_id()
    wait_for(lambda: _audio(home, sid) >= 5, timeout=20, what="audio before the unplugging")
    pulse.unplug_microphone()
    try:
        rec.said("The microphone stopped working", timeout=20)
        before = _audio(home, sid)
    finally:
        pulse.plug_microphone()
    rec.said("Recording again from", timeout=30)
    wait_for(lambda: _audio(home, sid) >= before + 5, timeout=20, what="audio after the microphone came back")
    rec.proc.send_signal(signal.SIGINT)
    assert rec.finish() == 0, rec.output()
    assert "Traceback" not in rec.output()

    entries = read_recording(home, PASSPHRASE, sid).entries
    kinds = [e["kind"] for e in entries]
    gaps = [e for e in entries if e["kind"] == "gap"]
    assert [g["body"]["reason"] for g in gaps] == ["input-lost", "input-lost"], gaps
    resumed = [e for e in entries if e["kind"] == "input" and e["body"]["event"] == "resumed"]
    assert len(resumed) == 1
    # Order: audio, the loss, the second half of the gap and the resumption, then audio again.
    first_gap, second_gap, resume_at = kinds.index("gap"), entries.index(gaps[1]), entries.index(resumed[0])
    assert "audio" in kinds[:first_gap]
    assert first_gap < second_gap < resume_at
    assert "audio" in kinds[resume_at:]
    # Every lost frame is in a gap: the two gaps cover the outage the resumed entry reports (from the moment the
    # loss was noticed) plus the time from the last block to that moment (at most the 2 s stall limit and a block).
    lost_ms = sum(g["body"]["duration_ms"] for g in gaps)
    outage_ms = resumed[0]["body"]["outage_ms"]
    assert outage_ms > 0
    assert outage_ms - 2 <= lost_ms <= outage_ms + 2_000 + 250

    check = subprocess.run(
        recorder_argv(home, "check", sid, "--passphrase-file", str(passphrase_file)),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert check.returncode == 0, check.stdout
