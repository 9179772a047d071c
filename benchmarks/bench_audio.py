"""Audio capture (issue 3): CPU of ``recorder record``, memory over a long recording, and start-up to first audio.

Starts its own private PulseAudio server with the virtual microphone (the same set-up as the tests), then:

1. CPU: ``recorder record --duration 60`` from the virtual microphone, as a fraction of one core — over the whole
   process life and in the steady state (from 1 s after it says "Recording" to 1 s before the end). Baseline in
   the same run: ``parec`` (PulseAudio's own recorder) capturing the same source at the same time, and a bare
   sounddevice stream (same format and block size, a callback that does nothing) beside it.
2. Memory: 30 minutes of a test tone pushed through the same engine and writer path (Recorder → Session →
   journal) at 60x real time; resident memory after 1 minute of audio and after 30. Baseline: the process's
   resident memory before the recording starts.
3. Start-up: process start until the first audio entry is in the journal file (written; fsync follows within
   the 1 s cadence), over several launches; baseline ``python -c "import sounddevice"`` in the same run. Also
   in-process: Recorder.start() until "saved up to" > 0 (the first fsynced audio).

    .venv/bin/python benchmarks/bench_audio.py [--cpu-seconds 60] [--memory-minutes 30] [--rounds 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PASSPHRASE = "benchmark passphrase"
TICKS = os.sysconf("SC_CLK_TCK")
PAGE = os.sysconf("SC_PAGE_SIZE")


def cpu_seconds(pid: int) -> float:
    """user + system CPU time of a running process, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def thread_cpu(pid: int) -> dict[str, float]:
    """user + system CPU time of each thread of a running process, by thread name (same names summed)."""
    out: dict[str, float] = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            name = (task / "comm").read_text().strip()
            fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        out[name] = out.get(name, 0.0) + (int(fields[11]) + int(fields[12])) / TICKS
    return out


def rss_mb() -> float:
    return int(Path("/proc/self/statm").read_text().split()[1]) * PAGE / 1e6


def recorder(home: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "recorder", "--home", str(home), *args]


def make_vault(home: Path) -> None:
    from recorder.core.vault import Vault

    Vault.create(home, PASSPHRASE)


# The floor for any PortAudio capture in Python: the same stream (48 kHz mono int16, 100 ms blocks) with a callback
# that does nothing.
BARE_STREAM = """
import sys, time
import sounddevice as sd
s = sd.InputStream(samplerate=48000, channels=1, dtype="int16", blocksize=4800, callback=lambda *a: None)
s.start()
time.sleep(float(sys.argv[1]))
"""


# -- 1. CPU ------------------------------------------------------------------------------------------------------
def bench_cpu(tmp: Path, seconds: float) -> dict[str, float]:
    home = tmp / "cpu"
    make_vault(home)
    t0 = time.monotonic()
    rec = subprocess.Popen(
        recorder(home, "record", "--case", "cpu", "--duration", str(seconds)),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        text=True,
    )
    parec = subprocess.Popen(
        ["parec", "--raw", "--rate=48000", "--channels=1", "--format=s16le", "--latency-msec=100"],
        stdout=subprocess.DEVNULL,
    )
    bare = subprocess.Popen([sys.executable, "-c", BARE_STREAM, str(seconds + 5)])
    assert rec.stdout is not None
    line = rec.stdout.readline()
    assert "Recording" in line, line
    time.sleep(1.0)
    a_threads = thread_cpu(rec.pid)
    a_wall, a_rec, a_parec, a_bare = (
        time.monotonic(),
        cpu_seconds(rec.pid),
        cpu_seconds(parec.pid),
        cpu_seconds(bare.pid),
    )
    time.sleep(max(1.0, seconds - 2.5))
    b_wall, b_rec, b_parec, b_bare = (
        time.monotonic(),
        cpu_seconds(rec.pid),
        cpu_seconds(parec.pid),
        cpu_seconds(bare.pid),
    )
    b_threads = thread_cpu(rec.pid)
    _pid, _status, usage = os.wait4(rec.pid, 0)
    total_wall = time.monotonic() - t0
    for p in (parec, bare):
        p.terminate()
        p.wait()
    rec.stdout.read()
    steady = b_wall - a_wall
    per_thread = {
        f"thread {name} steady_fraction": (b_threads[name] - a_threads.get(name, 0.0)) / steady for name in b_threads
    }
    return {
        **per_thread,
        "recorder_total_fraction": (usage.ru_utime + usage.ru_stime) / total_wall,
        "recorder_total_cpu_s": usage.ru_utime + usage.ru_stime,
        "recorder_wall_s": total_wall,
        "recorder_steady_fraction": (b_rec - a_rec) / steady,
        "parec_steady_fraction": (b_parec - a_parec) / steady,
        "bare_sounddevice_stream_steady_fraction": (b_bare - a_bare) / steady,
        "steady_s": steady,
    }


# -- 2. memory ----------------------------------------------------------------------------------------------------
def bench_memory(tmp: Path, minutes: float, speed: float = 60.0) -> dict[str, float]:
    from recorder.audio.engine import EngineEvent, Recorder
    from recorder.audio.sources import ToneSource
    from recorder.core.session import Session
    from recorder.core.vault import Vault

    home = tmp / "memory"
    make_vault(home)
    vault = Vault.open(home)
    source = ToneSource(speed=speed)
    session = Session.start(vault, "memory", Recorder.source_of(source=source))
    gaps: list[EngineEvent] = []
    rec = Recorder(session, source=source, on_event=lambda e: gaps.append(e) if e.kind == "gap" else None)
    base = rss_mb()
    t0 = time.monotonic()
    rec.start()
    at_1min = None
    while True:
        audio = rec.status().audio_s
        if at_1min is None and audio >= 60:
            at_1min = rss_mb()
        if audio >= minutes * 60:
            break
        time.sleep(0.05)
    at_end = rss_mb()
    wall = time.monotonic() - t0
    rec.stop()
    journal_mb = sum(p.stat().st_size for p in session.dir.rglob("*")) / 1e6
    return {
        "rss_before_mb": base,
        "rss_after_1min_mb": at_1min or 0.0,
        "rss_after_end_mb": at_end,
        "growth_1min_to_end_mb": at_end - (at_1min or base),
        "growth_total_mb": at_end - base,
        "audio_minutes": rec.status().audio_s / 60,
        "wall_s": wall,
        "gaps": len(gaps),
        "journal_mb": journal_mb,
    }


# -- 3. start-up ----------------------------------------------------------------------------------------------------
def bench_start(tmp: Path, rounds: int) -> dict[str, float]:
    from recorder.core.store import SessionReader, session_ids
    from recorder.core.vault import Vault

    home = tmp / "start"
    make_vault(home)
    vault = Vault.open(home)
    recording_key = vault.unlock(PASSPHRASE).recording
    bare, first = [], []
    for _ in range(rounds):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import sounddevice"], check=True)
        bare.append(time.perf_counter() - t0)

        known = set(session_ids(vault))
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            recorder(home, "record", "--case", "start"), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL
        )
        found = None
        while found is None:
            new = [s for s in session_ids(vault) if s not in known]
            if new:
                try:
                    reader = SessionReader(vault, recording_key, new[0])
                    if any(b'"kind":"audio"' in entry for _f, entry, _p in reader.records()):
                        found = time.perf_counter() - t0
                except Exception:  # the journal is being written; look again
                    pass
            time.sleep(0.002)
        first.append(found)
        proc.terminate()
        proc.wait(timeout=30)
    return {
        "bare_import_sounddevice_s": statistics.median(bare),
        "first_audio_entry_s": statistics.median(first),
        "first_audio_entry_min_s": min(first),
        "first_audio_entry_max_s": max(first),
        "in_process_first_fsynced_s": in_process_first_durable(tmp),
    }


def in_process_first_durable(tmp: Path) -> float:
    from recorder.audio.engine import Recorder
    from recorder.core.session import Session
    from recorder.core.vault import Vault

    home = tmp / "durable"
    make_vault(home)
    vault = Vault.open(home)
    session = Session.start(vault, "durable", Recorder.source_of())
    rec = Recorder(session)
    t0 = time.perf_counter()
    rec.start()
    while rec.status().saved_up_to_s <= 0:
        time.sleep(0.002)
    t = time.perf_counter() - t0
    rec.stop()
    return t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cpu-seconds", type=float, default=60)
    ap.add_argument("--memory-minutes", type=float, default=30)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--only", choices=("start", "cpu", "memory"))
    args = ap.parse_args()
    from benchmarks.installed import compile_package

    compile_package()  # as installed: bytecode already compiled (see benchmarks/installed.py)
    from tests.fixtures.audio import _start_server

    with tempfile.TemporaryDirectory(prefix="bench-audio-") as tmp_name:
        tmp = Path(tmp_name)
        (tmp / "pulse").mkdir()
        server = _start_server(tmp / "pulse")
        for k in ("PULSE_SERVER", "XDG_RUNTIME_DIR", "XDG_CONFIG_HOME"):
            os.environ[k] = server.env[k]
        os.environ.setdefault("RECORDER_TSA", "none")
        try:
            parts = {
                "start": lambda: bench_start(tmp, args.rounds),
                "cpu": lambda: bench_cpu(tmp, args.cpu_seconds),
                "memory": lambda: bench_memory(tmp, args.memory_minutes),
            }
            results = {name: run() for name, run in parts.items() if args.only in (None, name)}
        finally:
            server.stop()
    for part, values in results.items():
        for key, value in values.items():
            print(f"{part}.{key} = {value:.4f}" if isinstance(value, float) else f"{part}.{key} = {value}")


if __name__ == "__main__":
    main()
