"""Bad inputs: no sound system at all, an unknown device, a refused format, a disk that fills up while recording.

Each is one sentence and exit 2, never a traceback; where recording was under way, what was captured stays.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from recorder.audio import messages as AM
from recorder.core import messages as CM
from recorder.core.store import list_sessions
from recorder.core.vault import Vault
from tests.fixtures.audio import PulseServer, RecorderProcess, read_recording, recorder_argv
from tests.fixtures.core import PASSPHRASE


def _record(home: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        recorder_argv(home, "record", "--case", "bad", "--duration", "2", *args),
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        stdin=subprocess.DEVNULL,
    )


def _one_sentence(result: subprocess.CompletedProcess[str], start: str) -> None:
    assert result.returncode == 2, result
    assert "Traceback" not in result.stderr
    assert start in result.stderr, result.stderr


def test_no_sound_system_at_all(vault: Vault, tmp_path: Path) -> None:
    # No PulseAudio server to talk to (and no sound card on this machine): PortAudio finds no input.
    env = dict(os.environ, PULSE_SERVER=f"unix:{tmp_path}/no-server", XDG_RUNTIME_DIR=str(tmp_path))
    result = _record(vault.home, env=env)
    _one_sentence(result, AM.NO_INPUT)
    assert list_sessions(vault) == []  # nothing was written to the vault
    devices = subprocess.run(recorder_argv(vault.home, "devices"), capture_output=True, text=True, env=env, timeout=60)
    assert devices.returncode == 0 and "No audio input was found." in devices.stdout


def test_unknown_input_name(pulse: PulseServer, vault: Vault) -> None:
    result = _record(vault.home, "--input", "Microphone That Is Not There")
    _one_sentence(result, AM.UNKNOWN_INPUT.format(device="Microphone That Is Not There"))
    assert list_sessions(vault) == []


def test_input_that_refuses_the_format(pulse: PulseServer, vault: Vault) -> None:
    # PortAudio's ALSA layer refuses 1 MHz (the highest rate ALSA's pulse device offers is far below it).
    result = _record(vault.home, "--rate", "1000000")
    _one_sentence(result, "does not accept recording at 1000000 Hz, mono, 16 bit")
    assert list_sessions(vault) == []


@pytest.fixture
def small_home(tmp_path: Path) -> Iterator[Path]:
    """A 2 MiB tmpfs as the vault's home (mounted by the test, which runs as root in CI)."""
    mount = tmp_path / "small"
    mount.mkdir()
    if os.geteuid() != 0:
        pytest.fail("mounting a small tmpfs needs root (CI runs as root)")
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", str(mount)], check=True, timeout=30)
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False, timeout=30)


def test_disk_filling_up_while_recording(pulse: PulseServer, small_home: Path, passphrase_file: Path) -> None:
    home = small_home / "vault"
    Vault.create(home, PASSPHRASE)
    # Leave room for about 3 s of audio (96 kB/s plus framing), so the disk fills while recording.
    filler = small_home / "filler"
    free = os.statvfs(small_home).f_bavail * os.statvfs(small_home).f_frsize
    filler.write_bytes(b"\0" * max(0, free - 300_000))

    rec = RecorderProcess(home, "--case", "full")
    sid = rec.session_id()
    assert rec.finish(timeout=60) == 2, rec.output()
    assert CM.DISK_FULL in "".join(rec.err)
    assert "Traceback" not in rec.output()

    filler.unlink()  # free the space again, as the user would; then the vault is opened as usual
    listing = subprocess.run(recorder_argv(home, "sessions"), capture_output=True, text=True, timeout=60)
    assert listing.returncode == 0
    recording = read_recording(home, PASSPHRASE, sid)
    audio = recording.kinds("audio")
    assert len(audio) >= 10, "at least a second of audio was captured before the disk was full"
    assert len(recording.pcm) == sum(a["body"]["frames"] for a in audio) * 2
    last = recording.entries[-1]
    if last["kind"] == "seal":
        assert last["body"]["reason"] == "disk-full"
    else:  # the seal itself did not fit: the session was left for recovery, which marked it
        assert f"Recording {sid} was interrupted" in listing.stderr
    check = subprocess.run(
        recorder_argv(home, "check", sid, "--passphrase-file", str(passphrase_file)),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert check.returncode == 0, check.stdout
