"""Call mode (issue 16): CPU of two-track recording against one track in the same run, and memory over a long call.

Starts its own private PulseAudio server as the tests do, with the second null sink as the default output (its
monitor is the loopback; both sinks kept clocked), then:

1. CPU: ``recorder record --call --duration S`` and ``recorder record --duration S`` side by side from the same
   virtual microphone, as fractions of one core in the steady state (1 s after "Recording" to 1 s before the end),
   per thread for the call.
2. Memory: a 30-minute call pushed through the same engines and writer path (two CallRecorder tracks, each a
   test tone at 60x real time, so both tracks' blocks interleave in one journal as in a call); resident memory
   after 1 minute of audio and at the end.
3. Drift: ``recorder record --call --duration S`` from the server's virtual microphone and output, then the clock
   measure its seal carries (FORMAT §4.5): each track's frames and nanoseconds within runs, its drift in ppb, the
   drift between the tracks, and what it would have amounted to over the call by counting frames. Both devices are
   null sinks of one server, clocked by one timer: the measure shows the dating's noise, not two crystals.

    .venv/bin/python benchmarks/bench_call.py [--cpu-seconds 60] [--memory-minutes 30] [--drift-seconds 1800]
        [--only cpu|memory|drift]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_audio import cpu_seconds, make_vault, recorder, rss_mb, thread_cpu  # noqa: E402


def bench_cpu(tmp: Path, seconds: float) -> dict[str, float]:
    procs = {}
    for name, extra in (("call", ["--call"]), ("one_track", [])):
        home = tmp / name
        make_vault(home)
        procs[name] = subprocess.Popen(
            recorder(home, "record", "--case", name, "--duration", str(seconds), *extra),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            text=True,
        )
    for p in procs.values():
        assert p.stdout is not None
        while "Recording" not in (line := p.stdout.readline()):
            assert line, "the recorder ended before recording"
    time.sleep(1.0)
    a_threads = thread_cpu(procs["call"].pid)
    a = {n: cpu_seconds(p.pid) for n, p in procs.items()}
    a_wall = time.monotonic()
    time.sleep(max(1.0, seconds - 2.5))
    b = {n: cpu_seconds(p.pid) for n, p in procs.items()}
    b_wall = time.monotonic()
    b_threads = thread_cpu(procs["call"].pid)
    for p in procs.values():
        p.wait()
        assert p.stdout is not None
        p.stdout.read()
    steady = b_wall - a_wall
    out = {f"{n}_steady_fraction": (b[n] - a[n]) / steady for n in procs}
    for name in b_threads:
        out[f"call thread {name} steady_fraction"] = (b_threads[name] - a_threads.get(name, 0.0)) / steady
    out["steady_s"] = steady
    return out


def bench_memory(tmp: Path, minutes: float, speed: float = 60.0) -> dict[str, float]:
    from recorder.audio.call import CallRecorder
    from recorder.audio.engine import Recorder
    from recorder.audio.sources import ToneSource
    from recorder.core.session import Session
    from recorder.core.vault import Vault

    home = tmp / "memory"
    make_vault(home)
    vault = Vault.open(home)
    me, other = ToneSource(speed=speed), ToneSource(frequency=300.0, speed=speed)
    session = Session.start(vault, "memory", Recorder.source_of(source=me))
    gaps: list[object] = []
    rec = CallRecorder(
        session, source=me, other_source=other, on_event=lambda e: gaps.append(e) if e.kind == "gap" else None
    )
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
    return {
        "rss_before_mb": base,
        "rss_after_1min_mb": at_1min or 0.0,
        "rss_after_end_mb": at_end,
        "growth_1min_to_end_mb": at_end - (at_1min or base),
        "me_minutes": session.audio_frames / 48_000 / 60,
        "other_minutes": session.track_frames.get("other", 0) / 48_000 / 60,
        "wall_s": wall,
        "gaps": len(gaps),
    }


def bench_drift(tmp: Path, seconds: float) -> dict[str, float | int | None]:
    from benchmarks.bench_audio import PASSPHRASE
    from recorder.core.drift import CallClocks
    from recorder.core.store import SessionReader, list_sessions
    from recorder.core.vault import Vault

    home = tmp / "drift"
    make_vault(home)
    done = subprocess.run(
        recorder(home, "record", "--case", "drift", "--call", "--duration", str(seconds)),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=seconds + 120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    vault = Vault.open(home)
    [session] = list_sessions(vault)
    keys = vault.unlock(PASSPHRASE)
    entries = [e for e, _payload in SessionReader(vault, keys.recording, session.id).entries()]
    clocks = CallClocks.of(entries)
    seal = entries[-1]
    assert seal["kind"] == "seal" and seal["body"]["drift"] == clocks.body(), "the seal's measure is the journal's"
    between = clocks.between_ppb()
    return {
        "me_frames": clocks.me.frames,
        "me_ns": clocks.me.ns,
        "me_drift_ppb": clocks.drift_ppb("me"),
        "other_frames": clocks.other.frames,
        "other_ns": clocks.other.ns,
        "other_drift_ppb": clocks.drift_ppb("other"),
        "between_ppb": between,
        # How far the other party's track would have slid against the microphone's by the end, had the tracks been
        # put side by side by counting frames: drift between × the call's length.
        "frame_counting_error_ms": None if between is None else between * seconds / 1e6,
        "gaps": sum(1 for e in entries if e["kind"] == "gap"),
        "checkpoints_with_drift": sum(1 for e in entries if e["kind"] == "checkpoint" and "drift" in e["body"]),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cpu-seconds", type=float, default=60)
    ap.add_argument("--memory-minutes", type=float, default=30)
    ap.add_argument("--drift-seconds", type=float, default=1800)
    ap.add_argument("--only", choices=("cpu", "memory", "drift"))
    args = ap.parse_args()
    from benchmarks.installed import compile_package

    compile_package()
    from tests.fixtures.audio import _start_server

    with tempfile.TemporaryDirectory(prefix="bench-call-") as tmp_name:
        tmp = Path(tmp_name)
        (tmp / "pulse").mkdir()
        server = _start_server(tmp / "pulse")
        for k in ("PULSE_SERVER", "XDG_RUNTIME_DIR", "XDG_CONFIG_HOME"):
            os.environ[k] = server.env[k]
        os.environ.setdefault("RECORDER_TSA", "none")
        server.plug_output()
        try:
            parts = {
                "cpu": lambda: bench_cpu(tmp, args.cpu_seconds),
                "memory": lambda: bench_memory(tmp, args.memory_minutes),
                "drift": lambda: bench_drift(tmp, args.drift_seconds),
            }
            results = {name: run() for name, run in parts.items() if args.only in (None, name)}
        finally:
            server.unplug_output(spare=False)
            server.stop()
    for part, values in results.items():
        for key, value in values.items():
            print(f"{part}.{key} = {value:.4f}" if isinstance(value, float) else f"{part}.{key} = {value}")


if __name__ == "__main__":
    main()
