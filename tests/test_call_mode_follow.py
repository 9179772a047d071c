"""Call mode (issue 16 §1, §3): headphones or a headset plugged in mid-call. The computer's default output changes
and the call's sound goes there; the other party's track follows the default output (a gap on that track while
it changes over, then the new output's sound), instead of recording the old output's silence as "recording". An
output named with --loopback is kept whatever the default."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import soundfile

from tests.fixtures.audio import (
    PulseServer,
    RecorderProcess,
    _keepalive_into,
    best_match,
    envelope,
    read_recording,
    wait_for,
)
from tests.fixtures.core import PASSPHRASE
from tests.test_call_mode import MATCH, _init
from tests.test_call_mode_loss import _tracks


def _headphones(pulse: PulseServer) -> tuple[str, subprocess.Popen[bytes]]:
    """A new output, clocked as the others, made the default: what plugging in headphones does."""
    module = pulse.pactl(
        "load-module",
        "module-null-sink",
        "sink_name=vhead",
        "rate=48000",
        "channels=1",
        "sink_properties=device.description=VirtualHeadphones",
    ).strip()
    keepalive = _keepalive_into("vhead", pulse.env)
    pulse.wait_settled("vhead")
    pulse.pactl("set-default-sink", "vhead")
    return module, keepalive


def _unplug_headphones(pulse: PulseServer, module: str, keepalive: subprocess.Popen[bytes]) -> None:
    pulse.pactl("set-default-sink", "vout")
    keepalive.kill()
    keepalive.wait(timeout=10)
    pulse.pactl("unload-module", module)


def _other_inputs(home: Path, sid: str) -> list[dict]:  # type: ignore[type-arg]
    entries = read_recording(home, PASSPHRASE, sid).entries
    return [e["body"] for e in entries if e["kind"] == "input" and e["body"].get("track") == "other"]


def test_the_other_party_follows_the_default_output_when_headphones_are_plugged_in(
    call_output: PulseServer, tmp_path: Path, passphrase_file: Path
) -> None:
    pulse = call_output
    home = tmp_path / "home"
    _init(home, passphrase_file)
    rec = RecorderProcess(home, "--case", "call", "--call")
    sid = rec.session_id()
    wait_for(lambda: min(_tracks(home, sid)) >= 5, timeout=20, what="audio on both tracks")
    module, keepalive = _headphones(pulse)
    try:
        rec.said("The other party's sound is recorded again, from “Monitor of VirtualHeadphones”", timeout=30)
        player = subprocess.Popen(["paplay", "--device=vhead", str(pulse.other_speech)], env=pulse.env)
        player.wait(timeout=30)
        before = _tracks(home, sid)[1]
        wait_for(lambda: _tracks(home, sid)[1] >= before + 5, timeout=20, what="the other track after the speech")
        rec.proc.send_signal(signal.SIGINT)
        assert rec.finish() == 0, rec.output()
    finally:
        _unplug_headphones(pulse, module, keepalive)
    assert "Traceback" not in rec.output()

    events = [(b["event"], b["device"]) for b in _other_inputs(home, sid)]
    assert (
        events[0] == ("opened", "Monitor of VirtualSpeakers") and ("resumed", "Monitor of VirtualHeadphones") in events
    )
    # What was said into the headphones is on the other party's track (as test_call_mode's MATCH).
    other = read_recording(home, PASSPHRASE, sid, track="other")
    data, rate = soundfile.read(str(pulse.other_speech), dtype="int16")
    assert best_match(envelope(other.samples, other.rate), envelope(np.asarray(data), rate))[0] >= MATCH


def test_an_output_named_with_loopback_is_kept_when_the_default_changes(
    call_output: PulseServer, tmp_path: Path, passphrase_file: Path
) -> None:
    pulse = call_output
    home = tmp_path / "home"
    _init(home, passphrase_file)
    rec = RecorderProcess(home, "--case", "call", "--call", "--loopback", "vout.monitor")
    sid = rec.session_id()
    wait_for(lambda: min(_tracks(home, sid)) >= 5, timeout=20, what="audio on both tracks")
    module, keepalive = _headphones(pulse)
    try:
        # Well past the follower's look (FOLLOW_EVERY_S) and the re-opening it would cause.
        before = _tracks(home, sid)[1]
        wait_for(lambda: _tracks(home, sid)[1] >= before + 30, timeout=30, what="3 s more of the other track")
        rec.proc.send_signal(signal.SIGINT)
        assert rec.finish() == 0, rec.output()
    finally:
        _unplug_headphones(pulse, module, keepalive)
    assert [b["event"] for b in _other_inputs(home, sid)] == ["opened"], rec.output()
    assert "can no longer be recorded" not in rec.output()


def test_no_output_left_at_all_is_a_sentence_without_a_traceback(
    call_output: PulseServer, capfd: pytest.CaptureFixture[str]
) -> None:
    """A desktop whose only sound device is a USB headset, unplugged mid-call: no output is left. Looking for the
    default output's loopback (once a second while the output is lost) printed SoundCard's failure inside
    libpulse's callback, cffi's "Exception ignored … Traceback", to the terminal each time."""
    from recorder.audio.loopback import find_loopback
    from recorder.core.errors import RecorderError

    pulse = call_output
    pulse.unplug_microphone()
    pulse.unplug_output(spare=False)
    try:
        wait_for(lambda: not pulse.pactl("list", "short", "sinks").strip(), timeout=10, what="no output left")
        # Outside pytest an exception inside the callback goes to sys.unraisablehook, whose default prints the
        # traceback; pytest replaces that hook, so it is watched here.
        unraisable: list[object] = []
        hook = sys.unraisablehook
        sys.unraisablehook = unraisable.append
        try:
            capfd.readouterr()
            with pytest.raises(RecorderError) as refused:
                find_loopback(None)
            err = capfd.readouterr().err
        finally:
            sys.unraisablehook = hook
        assert "What the computer plays cannot be recorded here" in refused.value.sentence()
        assert not unraisable and "Traceback" not in err, (unraisable, err)
    finally:
        pulse.plug_microphone()
        pulse.plug_output()
    assert find_loopback(None) == ("vout.monitor", "Monitor of VirtualSpeakers")
