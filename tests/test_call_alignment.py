"""Call mode, alignment (issue 16 §2): the two tracks are put side by side by their blocks' capture times.

A click is played once into the microphone's sink and the computer's output at the same instant (one stream into a
combine sink over both, tests/fixtures/audio.py ``play_into_both``), recorded with ``recorder record --call`` on
the real PulseAudio server and exported with ``recorder export``. In the archive (FORMAT §7.10) the click's moment
on each track is found from that track's WAV and alignment.json's blocks (the capture time of the block it is in,
plus its frames into the block): the two must agree within 20 ms, and so must its left and right channels in the
stereo listening copy.
"""

from __future__ import annotations

import json
import subprocess
import zipfile
from pathlib import Path

import numpy as np
import soundfile

from tests.fixtures.audio import PulseServer, RecorderProcess, recorder_argv

RATE = 48_000
GOAL_NS = 20_000_000  # issue 16 §2
CLICK_AT_S = 1.5  # into the file: both inputs are open and running by then (the loopback opens ~50 ms after)
LEVEL = 16_384  # the click's samples: half of full scale
ONSET = LEVEL // 2  # the first sample above half the click's level is its onset (no resampling: exact to a frame)


def _click_file(path: Path) -> None:
    """Silence, a 5 ms click (a square burst, so its first sample is already at full level), silence."""
    samples = np.zeros(int(RATE * (CLICK_AT_S + 1.0)), np.int16)
    start = int(RATE * CLICK_AT_S)
    samples[start : start + RATE // 200] = LEVEL
    soundfile.write(str(path), samples, RATE)


def _onset(samples: np.ndarray, what: str) -> int:
    """The click's first frame in ``samples``; there is one click, not an echo or a second copy."""
    loud = np.flatnonzero(np.abs(samples.astype(np.int32)) > ONSET)
    assert loud.size, f"no click on {what}"
    assert loud[-1] - loud[0] < RATE // 100, (what, loud[0], loud[-1])  # all within the 5 ms burst
    return int(loud[0])


def _capture_time(frame: int, track: dict) -> int:  # type: ignore[type-arg]
    """The capture time (monotonic ns) of a track's frame, from alignment.json: the block it is in, at its
    ``mono_ns`` (its first frame's), plus its frames into that block at the track's rate."""
    assert track["rate"] == RATE
    for _seq, frame_offset, frames, mono_ns in track["blocks"]:
        if frame_offset <= frame < frame_offset + frames:
            return int(mono_ns) + (frame - frame_offset) * 1_000_000_000 // RATE
    raise AssertionError(f"frame {frame} is in no block")


def test_a_click_into_both_outputs_at_once_is_at_the_same_time_on_both_tracks_after_export(
    call_output: PulseServer, tmp_path: Path, passphrase_file: Path
) -> None:
    pulse = call_output
    home = tmp_path / "home"
    subprocess.run(recorder_argv(home, "init", "--passphrase-file", str(passphrase_file)), check=True, timeout=60)
    click = tmp_path / "click.wav"
    _click_file(click)

    pulse.wait_settled("vsink", "vout")
    rec = RecorderProcess(home, "--case", "call", "--call", "--duration", "4")
    sid = rec.session_id()
    player = pulse.play_into_both(click)
    assert rec.finish() == 0, rec.output()
    assert player.wait(timeout=30) == 0
    out = tmp_path / "call.zip"
    done = subprocess.run(
        recorder_argv(home, "--passphrase-file", str(passphrase_file), "export", "--case", "call", "-o", str(out)),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    verified = subprocess.run(recorder_argv(home, "verify", str(out)), capture_output=True, text=True, timeout=120)
    assert verified.returncode == 0, verified.stdout + verified.stderr  # alignment.json is the journal's

    with zipfile.ZipFile(out) as z:
        alignment = json.loads(z.read(f"sessions/{sid}/alignment.json"))
        with z.open(f"sessions/{sid}/audio.wav") as f:
            me, me_rate = soundfile.read(f, dtype="int16")
        with z.open(f"sessions/{sid}/other.wav") as f:
            other, other_rate = soundfile.read(f, dtype="int16")
        with z.open(f"sessions/{sid}/call-stereo.wav") as f:
            stereo, stereo_rate = soundfile.read(f, dtype="int16", always_2d=True)
    assert me_rate == other_rate == stereo_rate == RATE and stereo.shape[1] == 2
    tracks = alignment["tracks"]
    assert tracks["me"]["frames"] == len(me) and tracks["other"]["frames"] == len(other)

    at_me = _capture_time(_onset(me, "the microphone's track"), tracks["me"])
    at_other = _capture_time(_onset(other, "the other party's track"), tracks["other"])
    apart_ms = (at_other - at_me) / 1e6
    in_copy_ms = (_onset(stereo[:, 1], "the copy's right") - _onset(stereo[:, 0], "the copy's left")) * 1e3 / RATE
    print(f"click: the other party's track minus the microphone's {apart_ms:+.1f} ms; in the copy {in_copy_ms:+.1f} ms")
    assert abs(at_other - at_me) <= GOAL_NS, f"the tracks are {apart_ms:+.1f} ms apart (goal: within 20 ms)"
    assert abs(in_copy_ms) <= GOAL_NS / 1e6, f"the listening copy's channels are {in_copy_ms:+.1f} ms apart"
