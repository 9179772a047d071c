"""The sound server moves the recording stream to another input by itself (issue 13 item 2): on the real
PulseAudio test server, unloading the virtual microphone (a remap source) moves the stream to its master, the null
sink's monitor, and PortAudio's stream goes on as if nothing happened. The engine notices within seconds, records
an ``input`` ``changed`` entry naming the new input, and says so."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from recorder.audio import messages as AM
from recorder.audio.devices import StreamInputWatch
from recorder.audio.engine import EngineEvent, Recorder
from recorder.core.check import check_session
from recorder.core.session import Session
from recorder.core.store import SessionReader
from recorder.core.vault import Vault
from tests.fixtures.audio import PulseServer, wait_for
from tests.fixtures.core import PASSPHRASE


def _remap_module(pulse: PulseServer) -> str:
    for line in pulse.pactl("list", "short", "modules").splitlines():
        fields = line.split("\t")
        if len(fields) >= 3 and fields[1] == "module-remap-source" and "source_name=vmic" in fields[2]:
            return fields[0]
    raise AssertionError("no virtual microphone loaded")


@pytest.fixture
def movable_mic(mic: PulseServer) -> Iterator[PulseServer]:
    """The virtual microphone, put back after the test if the test unloaded it (its master sink stays)."""
    yield mic
    if "vmic" not in mic.sources():
        module = mic.pactl(
            "load-module",
            "module-remap-source",
            "master=vsink.monitor",
            "source_name=vmic",
            "source_properties=device.description=VirtualMic",
        ).strip()
        mic._modules = [module, *mic._modules[1:]]
        mic.pactl("set-default-source", "vmic")


def test_the_server_moving_the_stream_is_recorded_as_an_input_change(vault: Vault, movable_mic: PulseServer) -> None:
    pulse = movable_mic
    session = Session.start(vault, "moved", Recorder.source_of())
    events: list[EngineEvent] = []
    rec = Recorder(session, on_event=events.append)
    rec.start()
    try:
        watch = StreamInputWatch()
        wait_for(lambda: watch.current() is not None, timeout=10, what="the stream to be seen by the server")
        assert watch.current() is not None and watch.current().description == "VirtualMic"  # type: ignore[union-attr]
        # Let the engine take its baseline (its first question comes a second after the start).
        wait_for(lambda: rec._server_input is not None, timeout=10, what="the engine's first look")
        pulse.pactl("unload-module", _remap_module(pulse))
        wait_for(
            lambda: any(e.kind == "input-changed" for e in events), timeout=10, what="the input change to be noticed"
        )
        audio_before_stop = rec.status().audio_s
        wait_for(lambda: rec.status().audio_s > audio_before_stop + 0.3, what="audio from the new input")
    finally:
        rec.stop()
    [changed] = [e for e in events if e.kind == "input-changed"]
    assert changed.message == AM.INPUT_CHANGED
    assert changed.detail == {"device": "Monitor of Null Output", "previous": "VirtualMic"}
    assert rec.status().input_name == "Monitor of Null Output"
    assert not [e for e in events if e.kind == "input-lost"]  # moved, not lost

    keys = vault.unlock(PASSPHRASE)
    entries = [e for e, _p in SessionReader(vault, keys.recording, session.id).entries()]
    inputs = [e["body"] for e in entries if e["kind"] == "input"]
    assert [b["event"] for b in inputs] == ["opened", "changed"]
    assert inputs[1]["device"] == "Monitor of Null Output" and inputs[1]["server_name"] == "vsink.monitor"
    assert inputs[1]["previous"] == "VirtualMic" and inputs[1]["previous_server_name"] == "vmic"
    kinds = [e["kind"] for e in entries]
    at = next(i for i, e in enumerate(entries) if e["kind"] == "input" and e["body"]["event"] == "changed")
    assert "audio" in kinds[:at] and "audio" in kinds[at:]
    assert check_session(vault, keys.recording, session.id).ok


def test_without_a_sound_server_the_watch_answers_nothing_and_stops_asking(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PULSE_SERVER", "unix:/nonexistent/pulse/native")
    watch = StreamInputWatch()
    for _ in range(StreamInputWatch.FAILURES_TO_GIVE_UP):
        assert watch.current() is None
    assert not watch.enabled
