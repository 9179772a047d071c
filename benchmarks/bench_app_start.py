"""Desktop app start (issue 4): launch of ``recorder --record`` until its first audio entry is in the journal on
disk, and until the app reports that audio fsynced ("saved up to" > 0) — against a bare PySide6 window's start-up
(QApplication + one window shown and painted), measured in the same run. Offscreen, with a virtual microphone on
a private PulseAudio server started here; each launch is a fresh process on a fresh vault folder (no vault yet:
``--record`` makes one with a pending key and asks nothing).

    .venv/bin/python benchmarks/bench_app_start.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
w = QLabel("bare window")
w.resize(800, 600)
w.show()
app.processEvents()
w.grab()  # painted at least once
print("shown", flush=True)
"""


def env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANGUAGE": "en"}


def bare_window() -> float:
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", BARE_WINDOW], env=env(), stdout=subprocess.PIPE)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    t = time.perf_counter() - t0
    proc.wait(timeout=30)
    assert line.strip() == b"shown"
    return t


def first_audio_entry(home: Path) -> bool:
    """True once the journal holds an audio entry (decrypted with the pending key: no passphrase exists)."""
    from recorder.core.errors import RecorderError
    from recorder.core.store import SessionReader, session_ids
    from recorder.core.vault import PENDING_KEY_FILE, Vault

    if not (home / PENDING_KEY_FILE).exists() or not Vault.exists(home):
        return False
    try:
        vault = Vault.open(home)
        ids = session_ids(vault)
        if not ids:
            return False
        reader = SessionReader(vault, vault.unlock("").recording, ids[0])
        return any(e.get("kind") == "audio" for e, _ in reader.entries())
    except (RecorderError, OSError, ValueError):
        return False  # caught mid-write: look again


def record_launch(work: Path) -> tuple[float, float, float]:
    home = Path(tempfile.mkdtemp(dir=work)) / "home"
    log = home / "logs" / "recorder.log"
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "recorder", "--record", "--home", str(home)],
        env=env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    t_started = t_entry = t_saved = None
    try:
        while t_entry is None or t_saved is None or t_started is None:
            now = time.perf_counter()
            if now - t0 > 60:
                raise RuntimeError("the app did not record within 60 s")
            if t_entry is None and first_audio_entry(home):
                t_entry = now - t0
            text = log.read_text("utf-8") if log.exists() else ""
            if t_started is None and "recording started" in text:
                t_started = now - t0
            if t_saved is None and "first audio saved to disk" in text:
                t_saved = now - t0
            time.sleep(0.005)  # polling another process; the figure's resolution is this plus one read
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=60)
    return t_started, t_entry, t_saved


def start_pulse(runtime: Path) -> None:
    os.environ["XDG_RUNTIME_DIR"] = str(runtime)
    subprocess.run(
        [
            "pulseaudio", "-D", "-n", "--exit-idle-time=-1", "--disallow-exit", "--use-pid-file=yes",
            "-L", "module-native-protocol-unix auth-anonymous=1",
            "-L", "module-null-sink sink_name=vsink rate=48000 channels=1",
            "-L", "module-always-sink",
            "-L", "module-remap-source master=vsink.monitor source_name=vmic",
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    while subprocess.run(["pactl", "info"], capture_output=True).returncode:
        time.sleep(0.05)
    subprocess.run(["pactl", "set-default-source", "vmic"], check=True)


def keep_sink_clocked() -> subprocess.Popen[bytes]:
    """Silence played into the null sink: idle, it renders in 2 s chunks and a new recording stream would wait
    ~1.9 s for its first block, which a real microphone does not (as in tests/fixtures/audio.py)."""
    zeros = open("/dev/zero", "rb")  # noqa: SIM115 - handed to the child for its lifetime
    return subprocess.Popen(
        ["pacat", "--playback", "--device=vsink", "--raw", "--rate=48000", "--channels=1", "--format=s16le",
         "--latency-msec=20"],
        stdin=zeros,
    )  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    from benchmarks.installed import compile_package

    compile_package()  # as installed: bytecode already compiled (see benchmarks/installed.py)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        runtime = work / "pulse-runtime"
        runtime.mkdir(mode=0o700)
        start_pulse(runtime)
        keepalive = keep_sink_clocked()
        try:
            bare_window()  # warm the page cache for both
            record_launch(work)
            bare, started, entry, saved = [], [], [], []
            for _ in range(args.rounds):  # interleaved, so both see the same machine load
                bare.append(bare_window())
                st, e, s = record_launch(work)
                started.append(st)
                entry.append(e)
                saved.append(s)
        finally:
            keepalive.kill()
            keepalive.wait()
            pid = runtime / "pulse" / "pid"
            if pid.exists():
                os.kill(int(pid.read_text()), signal.SIGTERM)
    b = statistics.median(bare)
    print(f"rounds: {args.rounds} (median; min–max)")
    print(f"bare PySide6 window shown:               {b:.3f} s ({min(bare):.3f}–{max(bare):.3f})")
    e, s, st = statistics.median(entry), statistics.median(saved), statistics.median(started)
    print(
        f"recorder --record → input open, recording: {st:.3f} s "
        f"({min(started):.3f}–{max(started):.3f})  = {st / b:.2f}× bare"
    )
    print(
        f"recorder --record → first audio entry:   {e:.3f} s ({min(entry):.3f}–{max(entry):.3f})  = {e / b:.2f}× bare"
    )
    print(
        f"recorder --record → audio fsynced:       {s:.3f} s ({min(saved):.3f}–{max(saved):.3f})  = {s / b:.2f}× bare"
    )


if __name__ == "__main__":
    main()
