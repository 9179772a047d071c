"""Inputs as the system describes them to people ("Built-in Microphone"), not by PortAudio's ALSA names
(``default``, ``pulse``): read from the sound server (PulseAudio, or PipeWire's PulseAudio service) with ``pactl``.

Qt-free and without PortAudio, so the window can word its input before anything is recorded. Where there is no such
server (Windows, macOS, bare ALSA) a name is shown as it is.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import threading
import time

# PortAudio's ALSA names that stand for the sound server's default input, not for one device.
SERVER_DEFAULT_NAMES = frozenset({"default", "pulse", "pipewire", "sysdefault"})
_TTL_S = 5.0  # the server is asked at most this often (the window words its input on every status poll)
_cache: tuple[float, dict[str, str], str | None] = (float("-inf"), {}, None)
_lock = threading.Lock()


def server_sources() -> tuple[dict[str, str], str | None]:
    """({source name: description}, the default source's name) from ``pactl``; ({}, None) without a server."""
    pactl = shutil.which("pactl")
    if pactl is None:
        return {}, None
    try:
        listed = subprocess.run(
            [pactl, "-f", "json", "list", "sources"], capture_output=True, text=True, timeout=2, check=True
        ).stdout
        default = subprocess.run(
            [pactl, "get-default-source"], capture_output=True, text=True, timeout=2, check=True
        ).stdout.strip()
        sources = json.loads(listed)
    except (OSError, subprocess.SubprocessError, ValueError):
        return {}, None
    out: dict[str, str] = {}
    for src in sources if isinstance(sources, list) else []:
        if isinstance(src, dict) and isinstance(src.get("name"), str):
            out[src["name"]] = str(src.get("description") or src["name"])
    return out, default or None


def forget() -> None:
    """Ask the server again next time (after the inputs changed)."""
    global _cache
    with _lock:
        _cache = (float("-inf"), {}, None)


def describe_input(name: str | None) -> str | None:
    """The description of an input named as PortAudio or the sound server names it: for ``default``/``pulse`` (or
    None, the system default) the server's default source; for a server source's own name its description; any
    other name as it is. None when the system default has no description to give."""
    global _cache
    with _lock:
        at, sources, default = _cache
        if time.monotonic() - at > _TTL_S:
            sources, default = server_sources()
            # No answer is not kept: a server started a moment later (a login, a test) is asked next time.
            _cache = (time.monotonic() if sources else float("-inf"), sources, default)
    if name and name in sources:
        return sources[name]
    if not name or name.strip().lower() in SERVER_DEFAULT_NAMES:
        return sources.get(default, default) if default is not None else None
    return name
