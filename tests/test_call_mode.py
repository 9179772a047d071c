"""Call mode (issue 16) through the real PulseAudio stack: the microphone and the computer's output as two tracks.

Two null sinks on the test server (tests/fixtures/audio.py): ``vsink`` feeds the virtual microphone (me), ``vout``
is the default output whose monitor is the loopback (the other party); each is kept clocked by a steady stream.
"""

from __future__ import annotations

import json
import subprocess
import zipfile
from pathlib import Path

import numpy as np
import pytest
import soundfile

from tests.fixtures.audio import (
    PulseServer,
    RecorderProcess,
    best_match,
    envelope,
    read_recording,
    recorder_argv,
)
from tests.fixtures.core import PASSPHRASE

# As in test_audio_record: the same speech through the digital path scores above 0.95 in 10 ms RMS envelopes, a
# different sentence 0.3-0.5 when both play at once (RECIPES). Here they are staggered, so the track that should
# not hold a sentence holds silence (or the other sentence) where it played: a leak of one into the other would
# score high on the wrong track, and the wrong track is checked to be silent (-60 dBFS) where the voice played.
MATCH = 0.8
SILENCE_RMS = 32768 * 10 ** (-60 / 20)


def _init(home: Path, passphrase_file: Path) -> None:
    subprocess.run(recorder_argv(home, "init", "--passphrase-file", str(passphrase_file)), check=True, timeout=60)


def _padded(speech: Path, out: Path, lead_s: float) -> np.ndarray:
    data, rate = soundfile.read(str(speech), dtype="int16")
    soundfile.write(str(out), np.concatenate([np.zeros(int(rate * lead_s), np.int16), data]), rate)
    return envelope(data, rate)


def test_call_records_me_and_the_other_party_as_two_tracks(
    call_output: PulseServer, tmp_path: Path, passphrase_file: Path
) -> None:
    pulse = call_output
    home = tmp_path / "home"
    _init(home, passphrase_file)
    a_env = _padded(pulse.speech, tmp_path / "a.wav", lead_s=0.5)
    b_env = _padded(pulse.other_speech, tmp_path / "b.wav", lead_s=3.5)

    rec = RecorderProcess(home, "--case", "call", "--call", "--duration", "7")
    sid = rec.session_id()
    players = [pulse.play(tmp_path / "a.wav"), pulse.play_output(tmp_path / "b.wav")]
    assert rec.finish() == 0, rec.output()
    for p in players:
        p.wait(timeout=30)
    assert "every party to the call must agree" in rec.output()
    check = subprocess.run(
        recorder_argv(home, "check", sid, "--passphrase-file", str(passphrase_file)), capture_output=True, timeout=60
    )
    assert check.returncode == 0, check.stdout

    me = read_recording(home, PASSPHRASE, sid)
    other = read_recording(home, PASSPHRASE, sid, track="other")
    assert me.rate == other.rate == 48_000
    # Both tracks cover the call (the loopback opens a moment after the microphone).
    assert len(me.samples) / me.rate >= 6.9
    assert len(other.samples) / other.rate >= 6.0
    opened = [e["body"] for e in me.kinds("input") if e["body"]["event"] == "opened"]
    assert [(b.get("track"), b["kind"]) for b in opened] == [(None, "device"), ("other", "loopback")]
    assert "VirtualSpeakers" in opened[1]["device"]

    me_env, other_env = envelope(me.samples, me.rate), envelope(other.samples, other.rate)
    right_me, lag_a = best_match(me_env, a_env)
    right_other, lag_b = best_match(other_env, b_env)
    assert right_me >= MATCH and right_other >= MATCH, (right_me, right_other)
    # Where one party spoke, the other's track is silent: no leak of either voice into the wrong track. The tracks
    # are put side by side by the capture times of their first blocks (10 ms windows).
    first = {e["body"].get("track"): e["mono_ns"] for e in reversed(me.kinds("audio"))}
    shift = round((first["other"] - first[None]) / 10_000_000)
    b_in_me = me_env[lag_b + shift : lag_b + shift + len(b_env)]
    a_in_other = other_env[max(0, lag_a - shift) : lag_a - shift + len(a_env)]
    assert len(b_in_me) == len(b_env) and len(a_in_other) > len(a_env) // 2
    assert b_in_me.max() <= SILENCE_RMS and a_in_other.max() <= SILENCE_RMS
    assert me_env[lag_a : lag_a + len(a_env)].max() > 100 * SILENCE_RMS
    # And the wrong sentence is not found on either track (a control of the threshold, as in test_audio_record).
    assert best_match(me_env, b_env)[0] < MATCH and best_match(other_env, a_env)[0] < MATCH


def test_a_call_recorded_with_record_call_exports_and_verifies(
    call_output: PulseServer, tmp_path: Path, passphrase_file: Path
) -> None:
    """`recorder record --call`, then `recorder export` and `recorder verify` (issue 16 §4, FORMAT §7.10): the
    archive holds the other party's track as other.wav, and that WAV holds what the computer played."""
    pulse = call_output
    home = tmp_path / "home"
    _init(home, passphrase_file)
    b_env = _padded(pulse.other_speech, tmp_path / "b.wav", lead_s=0.5)
    rec = RecorderProcess(home, "--case", "call", "--call", "--duration", "6")
    sid = rec.session_id()
    player = pulse.play_output(tmp_path / "b.wav")
    assert rec.finish() == 0, rec.output()
    player.wait(timeout=30)
    out = tmp_path / "call.zip"
    done = subprocess.run(
        recorder_argv(home, "--passphrase-file", str(passphrase_file), "export", "--case", "call", "-o", str(out)),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    verified = subprocess.run(recorder_argv(home, "verify", str(out)), capture_output=True, text=True, timeout=120)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert f"Recording {sid} is a call in two tracks" in verified.stdout
    assert "VirtualSpeakers" in verified.stdout  # the other party's device, named
    # The microphone as the report names it, not ALSA's "default", in the reader's language.
    assert "me, the microphone “the system's default microphone”" in " ".join(verified.stdout.split())
    verified = subprocess.run(
        recorder_argv(home, "--lang", "zh_CN", "verify", str(out)), capture_output=True, text=True, timeout=120
    )
    assert "我方，即麦克风“系统默认麦克风”" in verified.stdout, verified.stdout

    with zipfile.ZipFile(out) as z:
        with z.open(f"sessions/{sid}/other.wav") as f:
            other, rate = soundfile.read(f, dtype="int16")
        with z.open(f"sessions/{sid}/audio.wav") as f:
            me, _rate = soundfile.read(f, dtype="int16")
        assert f"sessions/{sid}/call-stereo.wav" in z.namelist()
    assert rate == 48_000 and len(other) >= 4 * rate  # (the loopback opens a moment after the microphone)
    # The other party's sentence is on its track (MATCH, as above) and not on mine: the microphone heard silence.
    assert best_match(envelope(other, rate), b_env)[0] >= MATCH
    assert envelope(me, rate).max() <= SILENCE_RMS


def test_loopbacks_are_listed_and_an_unknown_one_is_refused_before_anything_is_recorded(
    call_output: PulseServer, tmp_path: Path, passphrase_file: Path
) -> None:
    home = tmp_path / "home"
    _init(home, passphrase_file)
    listed = subprocess.run(
        recorder_argv(home, "devices", "--loopback"), capture_output=True, text=True, timeout=60, check=True
    )
    # The default output's, recorded without --loopback, is marked (the list did not say which one a call takes).
    lines = listed.stdout.splitlines()
    assert "* vout.monitor  Monitor of VirtualSpeakers" in lines, lines
    assert [x for x in lines[:-1] if x.startswith("*")] == ["* vout.monitor  Monitor of VirtualSpeakers"], lines
    assert "  vspare.monitor  Monitor of Null Output" in lines and "* the default output's" in lines[-1], lines
    for extra, said in (
        (["--call", "--loopback", "no such output"], "There is no output called “no such output”"),
        (["--loopback", "vout.monitor"], "--loopback is for call mode: add --call."),
    ):
        done = subprocess.run(
            recorder_argv(home, "record", "--case", "call", *extra), capture_output=True, text=True, timeout=60
        )
        assert done.returncode == 2 and said in done.stderr, done.stdout + done.stderr
        assert "Traceback" not in done.stderr
    sessions = subprocess.run(recorder_argv(home, "sessions"), capture_output=True, text=True, timeout=60)
    assert "call" not in sessions.stdout  # nothing was recorded


def test_the_command_line_says_a_recording_is_a_call_with_both_tracks_lengths(
    call_output: PulseServer, tmp_path: Path, passphrase_file: Path
) -> None:
    """The seal's line and `sessions`/`check` give the microphone's length (the seal's audio_frames); a call's
    other party's length, and that it is a call at all, were not said anywhere on the command line."""
    home = tmp_path / "home"
    _init(home, passphrase_file)
    for args in (("--call",), ()):
        rec = RecorderProcess(home, "--case", "c", *args, "--duration", "1")
        rec.session_id()
        assert rec.finish() == 0, rec.output()
        assert ("A call: me 1." in rec.output()) == bool(args), rec.output()
        started = "as a call: me from “default”, the other party from “Monitor of VirtualSpeakers”"
        assert (started in rec.output()) == bool(args), rec.output()

    def run(*args: str) -> str:
        out = subprocess.run(
            [*recorder_argv(home, "--passphrase-file", str(passphrase_file), "--lang", "zh_CN"), *args],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert out.returncode == 0, out.stderr
        return out.stdout

    for listing in (run("sessions"), run("check")):
        assert listing.count("  通话：我方 1.") == 1, listing  # the call's line, under the call only
        assert "对方 1." in listing and "A call" not in listing
    rows = json.loads(run("sessions", "--json"))
    assert [r.get("other_audio_seconds", 0) >= 1.0 for r in rows] == [True, False], rows
    assert [r["state"] for r in json.loads(run("check", "--json"))] == ["sealed", "sealed"]


def test_the_other_partys_failure_does_not_stop_the_call_on_the_command_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """An unexpected error in the other party's writer is an engine "failed" event of track "other" (engine._emit
    adds the track). The command line took it as the recording's failure and stopped the call, the microphone too;
    the app says the microphone goes on, and so does the command line now, ending with exit 1 and a sentence."""
    from recorder.audio import messages as AM
    from recorder.audio.engine import EngineEvent
    from recorder.cli.record_cmds import _Run

    run = _Run()
    run.on_event(EngineEvent("failed", {"error": "RuntimeError", "track": "other"}, AM.RECORDING_FAILED))
    assert not run.done.is_set() and run.failed is None and run.other_failed
    assert "Your microphone goes on recording" in capsys.readouterr().err
    run.on_event(EngineEvent("failed", {"error": "RuntimeError"}, AM.RECORDING_FAILED))  # the microphone's: the end
    assert run.done.is_set() and run.reason == "failed"


def test_the_other_party_lost_after_the_microphone_is_not_said_to_leave_the_microphone_recording(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A headset unplugged: the microphone's loss, then the output's. The output's line said "Your microphone goes
    on recording"; after the microphone's return, the output's own words are right again."""
    from recorder.audio import messages as AM
    from recorder.audio.engine import EngineEvent
    from recorder.cli.record_cmds import _Run

    run = _Run()
    lost = {"device": "x", "frames_lost": 0, "rate": 48_000}
    run.on_event(EngineEvent("input-lost", dict(lost), AM.INPUT_LOST))
    run.on_event(EngineEvent("input-lost", {**lost, "track": "other"}, AM.OTHER_LOST))
    err = capsys.readouterr().err
    assert "can no longer be recorded either" in err and "microphone goes on" not in err, err
    run.on_event(EngineEvent("input-resumed", {"device": "x", "seconds": 1.0, "rate": 48_000}, AM.INPUT_RESUMED))
    run.on_event(EngineEvent("input-lost", {**lost, "track": "other"}, AM.OTHER_LOST))
    assert "Your microphone goes on recording" in capsys.readouterr().err
    assert run.gaps == 3
