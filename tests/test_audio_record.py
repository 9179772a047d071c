"""`recorder record` through the real PulseAudio stack: speech in, speech on disk, sealed and checked."""

from __future__ import annotations

import json
import signal
import subprocess
from pathlib import Path

import numpy as np
import pytest
import soundfile

from recorder.core.vault import Vault
from tests.fixtures.audio import (
    SESSION_ID,
    PulseServer,
    RecorderProcess,
    best_match,
    envelope,
    read_recording,
    recorder_argv,
    wait_for,
)
from tests.fixtures.core import PASSPHRASE

# The played speech's RMS envelope (10 ms windows) against the recorded one, as a normalised cross-correlation.
# The path is digital end to end (null sink → monitor → remap source, resampled 22.05 → 48 kHz), so the same
# speech scores above 0.95 here; a different sentence by the same voice scores about 0.3-0.5 (checked below, so
# the threshold is shown to tell them apart in every run). 0.8 leaves room for resampling and block edges while
# still failing on a recording that lost or shifted part of the speech.
MATCH_THRESHOLD = 0.8
# Digital silence is exactly 0; anything at or below -60 dBFS RMS is "silent" with margin for dither.
SILENCE_RMS = 32768 * 10 ** (-60 / 20)


def _init(home: Path, passphrase_file: Path) -> None:
    subprocess.run(recorder_argv(home, "init", "--passphrase-file", str(passphrase_file)), check=True, timeout=60)


def _padded(speech: Path, out: Path, lead_s: float) -> np.ndarray:
    data, rate = soundfile.read(str(speech), dtype="int16")
    soundfile.write(str(out), np.concatenate([np.zeros(int(rate * lead_s), np.int16), data]), rate)
    return envelope(data, rate)


def _sessions_json(home: Path, passphrase_file: Path) -> list[dict]:  # type: ignore[type-arg]
    out = subprocess.run(
        recorder_argv(home, "sessions", "--json", "--passphrase-file", str(passphrase_file)),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return json.loads(out.stdout)  # type: ignore[no-any-return]


def test_speech_played_during_recording_is_in_the_sealed_session(
    pulse: PulseServer, tmp_path: Path, passphrase_file: Path
) -> None:
    """The issue's "done when": init, record 5 s while speech plays; listed, sealed, checked, 5 s, speech in it."""
    home = tmp_path / "home"
    _init(home, passphrase_file)
    played_env = _padded(pulse.speech, tmp_path / "played.wav", lead_s=1.0)
    _data, other_rate = soundfile.read(str(pulse.other_speech), dtype="int16")
    other_env = envelope(_data, other_rate)

    rec = RecorderProcess(home, "--case", "test", "--duration", "5")
    sid = rec.session_id()
    player = pulse.play(tmp_path / "played.wav")
    rec.send("The man at the door said he is from the loan company")
    rec.send("#threat")
    rec.send("#4")
    assert rec.proc.stdin is not None
    rec.proc.stdin.close()  # the end of stdin must not stop the recording
    assert rec.finish() == 0, rec.output()
    player.wait(timeout=30)
    assert f"Sealed {sid}" in rec.output()

    rows = {r["id"]: r for r in _sessions_json(home, passphrase_file)}
    row = rows[sid]
    assert row["state"] == "sealed" and row["checked"] is True and row["case"] == "test"
    assert 5.0 <= row["audio_seconds"] <= 5.3
    check = subprocess.run(
        recorder_argv(home, "check", sid, "--passphrase-file", str(passphrase_file)), capture_output=True, timeout=60
    )
    assert check.returncode == 0, check.stdout

    recording = read_recording(home, PASSPHRASE, sid)
    assert recording.entries[0]["body"]["source"]["live"] is True
    assert recording.entries[-1]["body"]["reason"] == "duration"
    env = envelope(recording.samples, recording.rate)
    score, lag = best_match(env, played_env)
    assert score >= MATCH_THRESHOLD, score
    control, _ = best_match(env, other_env)
    assert control < MATCH_THRESHOLD, control
    # Silence before the speech (the 1 s lead, less a margin) and after it, up to the end.
    start, end = lag, lag + len(played_env)
    assert start >= 30, "the speech began before the silent lead was recorded"
    assert env[: start - 10].max() <= SILENCE_RMS
    assert end + 20 < len(env), "the recording ended before the speech did"
    assert env[end + 20 :].max() <= SILENCE_RMS
    assert env[start:end].max() > 100 * SILENCE_RMS

    notes, tags = recording.kinds("note"), recording.kinds("tag")
    assert [n["body"]["text"] for n in notes] == ["The man at the door said he is from the loan company"]
    assert isinstance(notes[0]["body"]["began_mono_ns"], int)
    assert [(t["body"].get("code"), t["body"].get("key")) for t in tags] == [("threat", None), ("asked-to-leave", "4")]


@pytest.mark.parametrize(("sig", "reason"), [(signal.SIGTERM, "terminated"), (signal.SIGINT, "stopped")])
def test_sigterm_and_ctrl_c_seal_cleanly(
    pulse: PulseServer, tmp_path: Path, passphrase_file: Path, sig: int, reason: str
) -> None:
    home = tmp_path / "home"
    _init(home, passphrase_file)
    rec = RecorderProcess(home, "--case", "signals")
    sid = rec.session_id()
    wait_for(lambda: len(_audio_so_far(home, sid)) >= 5, timeout=20, what="audio to be recorded")
    rec.proc.send_signal(sig)
    assert rec.finish() == 0, rec.output()
    assert "Traceback" not in rec.output()
    recording = read_recording(home, PASSPHRASE, sid)
    assert recording.entries[-1]["kind"] == "seal"
    assert recording.entries[-1]["body"]["reason"] == reason
    row = {r["id"]: r for r in _sessions_json(home, passphrase_file)}[sid]
    assert row["state"] == "sealed" and row["checked"] is True


def _audio_so_far(home: Path, sid: str) -> list[dict]:  # type: ignore[type-arg]
    try:
        return read_recording(home, PASSPHRASE, sid).kinds("audio")
    except Exception:  # the journal is being written; try again
        return []


def test_devices_lists_the_virtual_microphone(pulse: PulseServer, tmp_path: Path) -> None:
    out = subprocess.run(recorder_argv(tmp_path, "devices"), capture_output=True, text=True, timeout=60)
    assert out.returncode == 0
    lines = [line for line in out.stdout.splitlines() if line.startswith("*")]
    assert any("default" in line for line in lines), out.stdout


def test_test_sources_are_recorded_as_not_live(vault: Vault, pulse: PulseServer) -> None:
    home = vault.home
    tone = subprocess.run(
        recorder_argv(home, "record", "--case", "tone", "--source", "test-tone", "--duration", "1"),
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert tone.returncode == 0, tone.stderr
    played = subprocess.run(
        recorder_argv(home, "record", "--case", "file", "--source", f"file:{pulse.speech}", "--duration", "1"),
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert played.returncode == 0, played.stderr
    data, rate = soundfile.read(str(pulse.speech), dtype="int16")
    for result, kind in ((tone, "test-signal"), (played, "file")):
        match = SESSION_ID.search(result.stdout)
        assert match, result.stdout
        recording = read_recording(home, PASSPHRASE, match.group(1))
        source = recording.entries[0]["body"]["source"]
        assert source["live"] is False and source["kind"] == kind
        if kind == "file":
            # Recorded at the file's own rate (espeak-ng writes 22050 Hz), sample for sample.
            assert recording.rate == rate
            assert np.array_equal(recording.samples, data[: len(recording.samples)])
            assert len(recording.samples) >= rate
