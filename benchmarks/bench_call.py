"""Call mode (issue 16): CPU of two-track recording against one track in the same run, memory over a long call, and
the drift between the tracks over a long call recorded in real time.

Starts its own private PulseAudio server as the tests do, with the second null sink as the default output (its
monitor is the loopback; both sinks kept clocked), then:

1. CPU: ``recorder record --call --duration S`` and ``recorder record --duration S`` side by side from the same
   virtual microphone, as fractions of one core in the steady state (1 s after "Recording" to 1 s before the end),
   per thread for both (only libpulse's threads have a name of their own in /proc); then the same two in this
   process (``CallRecorder`` and ``Recorder``, each on a thread here), per Python thread by name.
2. Memory: a 30-minute call pushed through the same engines and writer path (two CallRecorder tracks, each a
   test tone at 60x real time, so both tracks' blocks interleave in one journal as in a call); resident memory
   after 1 minute of audio and at the end.
3. Drift: ``recorder record --call --duration S`` (30 minutes by default) in real time, as a user records a call:
   the seal's clock measure (FORMAT §4.5: each track's drift against the monotonic clock and the drift between
   them), checked against the measure recomputed from the journal's audio entries; the misalignment that
   counting frames would have produced at the end of the call against placing the tracks by capture times
   (whose own error is the dating's jitter, given here), the review's runs (FORMAT §5.5), the gaps, and the
   recording process's resident memory after 1 minute and at the end. Both null sinks are clocked by the one
   server's clock, so the true drift between them is zero: what is measured is the dating's bias and noise.

    .venv/bin/python benchmarks/bench_call.py [--cpu-seconds 60] [--memory-minutes 30] [--drift-seconds 1800]
        [--only cpu|memory|drift]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_audio import PAGE, TICKS, cpu_seconds, make_vault, recorder, rss_mb, thread_cpu  # noqa: E402
from tests.fixtures.audio import SESSION_ID  # noqa: E402


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
    a_threads = {n: thread_cpu(p.pid) for n, p in procs.items()}
    a = {n: cpu_seconds(p.pid) for n, p in procs.items()}
    a_children = {n: children_cpu(p.pid) for n, p in procs.items()}
    a_wall = time.monotonic()
    time.sleep(max(1.0, seconds - 2.5))
    b = {n: cpu_seconds(p.pid) for n, p in procs.items()}
    b_children = {n: children_cpu(p.pid) for n, p in procs.items()}
    b_wall = time.monotonic()
    b_threads = {n: thread_cpu(p.pid) for n, p in procs.items()}
    for p in procs.values():
        p.wait()
        assert p.stdout is not None
        p.stdout.read()
    steady = b_wall - a_wall
    out = {f"{n}_steady_fraction": (b[n] - a[n]) / steady for n in procs}
    for n in procs:
        # The sound server's event stream the microphone's engine reads (StreamInputWatch: one `pactl subscribe`
        # per recording, the microphone's; the loopback's stream is pinned and needs none): a process of its own.
        for child, cpu in b_children[n].items():
            out[f"{n} child {child} steady_fraction"] = (cpu - a_children[n].get(child, 0.0)) / steady
    for n in procs:
        for name, cpu in b_threads[n].items():
            out[f"{n} thread {name} steady_fraction"] = (cpu - a_threads[n].get(name, 0.0)) / steady
    out["steady_s"] = steady
    out.update(bench_cpu_threads(tmp, seconds))
    return out


def children_cpu(pid: int) -> dict[str, float]:
    """CPU time of a process's child processes, by command name."""
    out: dict[str, float] = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            children = (task / "children").read_text().split()
        except OSError:
            continue
        for child in children:
            try:
                name = Path(f"/proc/{child}/comm").read_text().strip()
                out[name] = out.get(name, 0.0) + cpu_seconds(int(child))
            except (OSError, IndexError):
                continue
    return out


def bench_cpu_threads(tmp: Path, seconds: float) -> dict[str, float]:
    """The call in this process, per Python thread: /proc names every Python thread "python", this process knows
    which is which. Both threaded-ml threads are libpulse's: PortAudio's (its ALSA pulse plugin, also in one track)
    and SoundCard's."""
    from recorder.audio.call import CallRecorder
    from recorder.audio.engine import Recorder
    from recorder.core.session import Session
    from recorder.core.vault import Vault

    home = tmp / "threads"
    make_vault(home)
    session = Session.start(Vault.open(home), "threads", Recorder.source_of())
    call = CallRecorder(session)
    call.start()

    def per_thread() -> dict[str, float]:
        names = {t.native_id: t.name for t in threading.enumerate()}
        assert call.me._thread is not None and call.other._thread is not None
        names[call.me._thread.native_id] = "writer of me"
        names[call.other._thread.native_id] = "writer of the other party"
        out: dict[str, float] = {}
        for task in Path("/proc/self/task").iterdir():
            try:
                comm = (task / "comm").read_text().strip()
                fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            name = names.get(int(task.name), f"{comm} (not Python's)")
            out[name] = out.get(name, 0.0) + (int(fields[11]) + int(fields[12])) / TICKS
        return out

    try:
        time.sleep(3.0)
        a, a_wall, a_cpu = per_thread(), time.monotonic(), time.process_time()
        time.sleep(seconds)
        b, b_wall, b_cpu = per_thread(), time.monotonic(), time.process_time()
    finally:
        call.stop()
    wall = b_wall - a_wall
    out = {"in-process call steady_fraction": (b_cpu - a_cpu) / wall}
    for name, cpu in b.items():
        if cpu - a.get(name, 0.0) > 0:
            out[f"in-process call thread {name} steady_fraction"] = (cpu - a.get(name, 0.0)) / wall
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


def bench_drift(tmp: Path, seconds: float) -> dict[str, object]:
    """A call of ``seconds`` recorded in real time by ``recorder record --call``; its journal's drift figures."""
    home = tmp / "drift"
    make_vault(home)
    proc = subprocess.Popen(
        recorder(home, "record", "--call", "--case", "drift", "--duration", str(seconds)),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    while "Recording" not in (line := proc.stdout.readline()):
        assert line, "the recorder ended before recording"
    found = SESSION_ID.search(line)
    assert found, line
    started = time.monotonic()
    rss: dict[str, float] = {}
    for label, at in (("after_1min", min(60.0, seconds / 2)), ("before_end", seconds - 5)):
        time.sleep(max(0.0, started + at - time.monotonic()))
        rss[label] = process_rss_mb(proc.pid)
    proc.stdout.read()
    assert proc.wait() == 0
    from benchmarks.bench_audio import PASSPHRASE
    from recorder.core.store import SessionReader
    from recorder.core.vault import Vault

    vault = Vault.open(home)
    reader = SessionReader(vault, vault.unlock(PASSPHRASE).recording, found.group(1))
    entries = [entry for entry, _payload in reader.entries()]
    return {
        **drift_figures(entries),
        "process_rss_after_1min_mb": rss["after_1min"],
        "process_rss_before_end_mb": rss["before_end"],
        "process_rss_growth_mb": rss["before_end"] - rss["after_1min"],
    }


def process_rss_mb(pid: int) -> float:
    return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE / 1e6


def drift_figures(entries: list[dict[str, Any]]) -> dict[str, object]:
    """From a call's journal (entries in seq order): the seal's and the last checkpoint's clock measure, the same
    recomputed from the audio entries, and what it means for the alignment."""
    import numpy as np

    from recorder.core.drift import ME, OTHER, CallClocks, drift_ppb, same_measure
    from recorder.core.peaks import BLOCK_DTYPE
    from recorder.core.tracks import runs_of

    seal = entries[-1]
    assert seal["kind"] == "seal", "the call was not sealed"
    clocks = CallClocks.of(entries[:-1])
    last_checkpoint = next(e for e in reversed(entries) if e["kind"] == "checkpoint")
    out: dict[str, object] = {
        "seal_drift_as_recomputed": same_measure(seal["body"].get("drift"), clocks.body()),
        "seal_reason": seal["body"].get("reason"),
    }
    drift = seal["body"]["drift"]
    ppb: dict[str, int | None] = {}
    lengths_ms = []
    for track in (ME, OTHER):
        rate = clocks.rates[track]
        audio = [
            e
            for e in entries
            if e["kind"] == "audio" and e["body"].get("track", ME) == track and isinstance(e.get("mono_ns"), int)
        ]
        ppb[track] = drift_ppb(drift[track]["frames"], drift[track]["ns"], rate)
        out[f"{track}_frames"] = drift[track]["frames"]
        out[f"{track}_ns"] = drift[track]["ns"]
        out[f"{track}_drift_ppb"] = ppb[track]
        out[f"{track}_measured_s"] = drift[track]["ns"] / 1e9
        out[f"{track}_gaps"] = sum(1 for e in entries if e["kind"] == "gap" and e["body"].get("track", ME) == track)
        # Frame counting from the track's first block: where its last block would be put, against its capture time.
        offsets = np.array([e["body"]["frame_offset"] for e in audio], dtype=np.int64)
        monos = np.array([e["mono_ns"] for e in audio], dtype=np.int64)
        counted = monos[0] + (offsets - offsets[0]) * 1_000_000_000 // rate
        out[f"{track}_counting_error_at_end_ms"] = float(monos[-1] - counted[-1]) / 1e6
        # The dating's jitter: each block's capture time against a straight line through them all (frames -> time).
        fit = np.polyval(np.polyfit(offsets.astype(np.float64), monos.astype(np.float64), 1), offsets)
        residual = (monos - fit) / 1e6
        out[f"{track}_dating_jitter_std_ms"] = float(residual.std())
        out[f"{track}_dating_jitter_max_ms"] = float(np.abs(residual).max())
        blocks = np.zeros(len(audio), dtype=BLOCK_DTYPE)
        blocks["frame_offset"] = offsets
        blocks["frames"] = [e["body"]["frames"] for e in audio]
        blocks["mono_ns"] = monos
        out[f"{track}_review_runs"] = len(runs_of(blocks, rate).times)
        lengths_ms.append((offsets[-1] - offsets[0]) * 1000 / rate)
    between = None if ppb[ME] is None or ppb[OTHER] is None else ppb[OTHER] - ppb[ME]
    out["between_drift_ppb"] = between
    out["checkpoints_with_drift"] = sum(1 for e in entries if e["kind"] == "checkpoint" and "drift" in e["body"])
    checkpoint_drift = last_checkpoint["body"].get("drift") or {}
    if ME in checkpoint_drift and OTHER in checkpoint_drift:
        me_c = drift_ppb(checkpoint_drift[ME]["frames"], checkpoint_drift[ME]["ns"], clocks.rates[ME])
        other_c = drift_ppb(checkpoint_drift[OTHER]["frames"], checkpoint_drift[OTHER]["ns"], clocks.rates[OTHER])
        out["last_checkpoint_between_drift_ppb"] = None if me_c is None or other_c is None else other_c - me_c
    # What frame counting would have made of the call (the report's statement, FORMAT §7.10), and the same read
    # directly off the two tracks' last blocks; placing by capture times is off by the dating's jitter only.
    out["counting_misalignment_from_drift_ms"] = (
        abs(between) * max(lengths_ms) / 1e9 if between is not None else float("nan")
    )
    out["counting_misalignment_at_end_ms"] = float(
        out[f"{OTHER}_counting_error_at_end_ms"] - out[f"{ME}_counting_error_at_end_ms"]  # type: ignore[operator]
    )
    return out


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
