"""The computer's audio inputs, as PortAudio (through sounddevice) sees them, and choosing one to record from.

Every failure here is a :class:`RecorderError` with one sentence, raised before anything is recorded.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

import sounddevice as sd

from ..core.errors import RecorderError
from . import messages as M

PREFERRED_RATE = 48_000
SAMPLE_DTYPE = "int16"

# PortAudio may be re-initialised (to see a microphone plugged in later); never while another thread queries it.
_portaudio_lock = threading.RLock()


class InputError(RecorderError):
    """No usable audio input: none at all, an unknown name, or a format the device refuses."""


@dataclass(frozen=True)
class InputDevice:
    index: int
    name: str
    default_rate: int
    is_default: bool
    host_api: str = ""


@dataclass(frozen=True)
class InputChoice:
    """The input a recording will use, and the sample rate it accepted (48 kHz unless it does not offer it)."""

    index: int
    name: str
    rate: int


def refresh() -> None:
    """Re-read the list of devices (PortAudio only enumerates them when it starts).

    Only call this while no stream of this process is open: PortAudio closes every stream when it stops.
    """
    with _portaudio_lock:
        try:
            sd._terminate()
        finally:
            sd._initialize()


def _host_api_name(index: int) -> str:
    try:
        return str(sd.query_hostapis(index)["name"])
    except (sd.PortAudioError, IndexError, TypeError):
        return ""


def _default_input_index() -> int:
    try:
        idx = sd.default.device[0]
        if idx is None or int(idx) < 0:
            idx = sd.query_hostapis(0)["default_input_device"]
        return int(idx)
    except (sd.PortAudioError, IndexError, TypeError, ValueError):
        return -1


def list_inputs(refresh_first: bool = False) -> list[InputDevice]:
    """Every device that can record, with its default sample rate; ``is_default`` marks the system's choice."""
    with _portaudio_lock:
        if refresh_first:
            refresh()
        default = _default_input_index()
        out = []
        for dev in _query_all():
            if int(dev.get("max_input_channels", 0)) < 1:
                continue
            idx = int(dev["index"])
            out.append(
                InputDevice(
                    index=idx,
                    name=str(dev["name"]),
                    default_rate=int(dev.get("default_samplerate") or 0),
                    is_default=idx == default,
                    host_api=_host_api_name(int(dev.get("hostapi", 0))),
                )
            )
        return out


def _query_all() -> list[dict[str, Any]]:
    try:
        return [dict(d) for d in sd.query_devices()]
    except sd.PortAudioError:
        return []


def find_input(device: str | int | None) -> tuple[int, str, int]:
    """(index, name, default rate) of the named, numbered or default input; raises InputError."""
    with _portaudio_lock:
        if device is None or device == "":
            idx = _default_input_index()
            if idx < 0:
                raise InputError(M.NO_INPUT)
            info = _query(idx)
            if info is None or int(info.get("max_input_channels", 0)) < 1:
                raise InputError(M.NO_INPUT)
            return idx, str(info["name"]), int(info.get("default_samplerate") or 0)
        if not _query_all():
            raise InputError(M.NO_INPUT)
        key: str | int = device
        if isinstance(device, str) and device.strip().isdigit():
            key = int(device.strip())
        if isinstance(key, int):
            info = _query(key)
            if info is None:
                raise InputError(M.UNKNOWN_INPUT, device=str(device))
            if int(info.get("max_input_channels", 0)) < 1:
                raise InputError(M.NOT_AN_INPUT, device=str(info["name"]))
            return key, str(info["name"]), int(info.get("default_samplerate") or 0)
        # An exact name first (so "pulse" is not ambiguous with "pulse monitor"), then sounddevice's substring match.
        for dev in _query_all():
            if dev["name"] == key and int(dev.get("max_input_channels", 0)) >= 1:
                return int(dev["index"]), str(dev["name"]), int(dev.get("default_samplerate") or 0)
        try:
            found = dict(sd.query_devices(key, "input"))
        except (ValueError, sd.PortAudioError):
            raise InputError(M.UNKNOWN_INPUT, device=str(device)) from None
        return int(found["index"]), str(found["name"]), int(found.get("default_samplerate") or 0)


def _query(index: int) -> dict[str, Any] | None:
    try:
        return dict(sd.query_devices(index))
    except (ValueError, sd.PortAudioError, IndexError):
        return None


def accepts(index: int, rate: int) -> bool:
    """Whether the device says it can record mono 16-bit at ``rate``."""
    with _portaudio_lock:
        try:
            sd.check_input_settings(device=index, samplerate=rate, channels=1, dtype=SAMPLE_DTYPE)
        except (sd.PortAudioError, ValueError):
            return False
        return True


def choose_input(device: str | int | None = None, rate: int | None = None) -> InputChoice:
    """Pick the input and its sample rate: ``rate`` if given (or refused), else 48 kHz, else the device's own."""
    index, name, default_rate = find_input(device)
    if rate is not None:
        if not accepts(index, rate):
            raise InputError(M.FORMAT_REFUSED, device=name, rate=rate)
        return InputChoice(index, name, rate)
    for candidate in (PREFERRED_RATE, default_rate):
        if candidate and accepts(index, candidate):
            return InputChoice(index, name, candidate)
    raise InputError(M.FORMAT_REFUSED, device=name, rate=PREFERRED_RATE)


# -- the input the sound server actually feeds the stream from -----------------------------------------------------
@dataclass(frozen=True)
class ServerInput:
    """An input as the sound server names it: ``name`` its identity, ``description`` the words the system shows."""

    name: str
    description: str


PACTL_TIMEOUT_S = 2.0
# The media name of a call's loopback stream (recorder/audio/loopback.py), so that the microphone's watch below
# never takes the other party's stream, in the same process, for the microphone's.
LOOPBACK_STREAM = "Evidence Recorder call: the other party"


def default_source_is_monitor() -> bool:
    """Whether the sound server's default input is the sound of an output (a ``.monitor``). In a call the
    microphone must not fall back to it: it would record the other party on the "me" track. False where there is
    no such server or no ``pactl``."""
    import shutil
    import subprocess

    pactl = shutil.which("pactl")
    if pactl is None:
        return False
    try:
        out = subprocess.run(
            [pactl, "get-default-source"], capture_output=True, text=True, timeout=PACTL_TIMEOUT_S, check=True
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    return out.strip().endswith(".monitor")


class StreamInputWatch:
    """Which input the sound server (PulseAudio, or PipeWire's pulse server) feeds this process's recording stream
    from. The server may move a stream to another input by itself — when the microphone in use is unloaded or
    unplugged and another input is there — and PortAudio's stream goes on without a word: only the server knows.

    The engine's writer calls :meth:`current` once a second, never from the audio callback. Asking means starting
    ``pactl`` (about 10 ms of CPU, 0.55 % of a core at once a second), so the server is asked only after it has
    said that a recording stream or an input changed: one ``pactl subscribe`` process, idle until then, reports
    those events. Where ``subscribe`` cannot run, every call asks. Where there is no such server or no ``pactl``,
    it answers None and, after a few failures in a row, switches itself off (``enabled`` False). :meth:`close`
    ends the subscription."""

    FAILURES_TO_GIVE_UP = 3

    def __init__(self, pid: int | None = None) -> None:
        import os
        import shutil

        self.pid = str(pid if pid is not None else os.getpid())
        self._pactl = shutil.which("pactl")
        self.enabled = self._pactl is not None
        self._failures = 0
        self._names: dict[int, ServerInput] = {}
        self._events: Any = None  # the ``pactl subscribe`` process, once started
        self._changed = threading.Event()
        self._changed.set()  # nothing known yet: the first call asks
        self._answer: ServerInput | None = None
        self._settled = 2  # calls that still ask after subscribing

    def current(self) -> ServerInput | None:
        """The input of this process's newest recording stream, or None (no stream, no server, no answer)."""
        if not self.enabled:
            return None
        if self._events is None:
            self._subscribe()
        elif self._settled > 0:
            self._settled -= 1  # the subscription may not have been listening yet when the first answer came
        elif self._events is not False and self._events.poll() is None and not self._changed.is_set():
            return self._answer  # the server has said nothing since the last answer
        self._changed.clear()
        self._answer = self._ask_current()
        if self._answer is None:
            self._changed.set()  # no answer is not an answer: ask again next time
        return self._answer

    def close(self) -> None:
        """End the subscription (the engine calls this when the recording ends)."""
        events, self._events = self._events, None
        if events is not None and events.poll() is None:
            events.terminate()
            try:
                events.wait(timeout=PACTL_TIMEOUT_S)
            except Exception:
                events.kill()

    def _subscribe(self) -> None:
        import subprocess

        assert self._pactl is not None
        try:
            self._events = subprocess.Popen(
                [self._pactl, "subscribe"],
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                stdin=subprocess.DEVNULL,
                text=True,
                errors="replace",
            )
        except OSError:
            self._events = False  # cannot subscribe: ask every time
            return
        threading.Thread(target=self._read_events, args=(self._events,), name="input-watch", daemon=True).start()

    def _read_events(self, events: Any) -> None:
        # Lines such as "Event 'change' on source-output #12" or "Event 'remove' on source #3".
        for line in events.stdout:
            if "source" in line:
                self._changed.set()
        self._changed.set()  # the subscription ended: ask on every call from now on

    def _ask_current(self) -> ServerInput | None:
        outputs = self._ask("source-outputs")
        if outputs is None:
            return None
        ours = [
            o
            for o in outputs
            if str((o.get("properties") or {}).get("application.process.id")) == self.pid
            and (o.get("properties") or {}).get("media.name") != LOOPBACK_STREAM
        ]
        if not ours:
            return None
        index = int(max(ours, key=lambda o: int(o.get("index", 0))).get("source", -1))
        if index not in self._names:
            sources = self._ask("sources") or []
            self._names = {
                int(s["index"]): ServerInput(str(s.get("name", "")), str(s.get("description") or s.get("name", "")))
                for s in sources
                if "index" in s
            }
        return self._names.get(index)

    def _ask(self, what: str) -> list[dict[str, Any]] | None:
        import json
        import subprocess

        assert self._pactl is not None
        try:
            out = subprocess.run(
                [self._pactl, "--format=json", "list", what],
                capture_output=True,
                timeout=PACTL_TIMEOUT_S,
                check=True,
                stdin=subprocess.DEVNULL,
            ).stdout
            answer = json.loads(out)
        except (OSError, subprocess.SubprocessError, ValueError):
            self._failures += 1
            if self._failures >= self.FAILURES_TO_GIVE_UP:
                self.enabled = False
            return None
        self._failures = 0
        return [dict(a) for a in answer if isinstance(a, dict)] if isinstance(answer, list) else None
