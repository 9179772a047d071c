"""The engine's once-a-second look at the sound server (issue 13 item 2): what one look costs.

Starts its own private PulseAudio server with the virtual microphone (the same set-up as the tests), opens a
recording stream, then asks :class:`recorder.audio.devices.StreamInputWatch` which input feeds it, ``--rounds``
times: wall time per look (the writer thread is busy that long, its queue holds 10 s), and the CPU of the ``pactl``
children per look (``RUSAGE_CHILDREN``). At one look a second, the CPU per look in ms is also the share of one core
in thousandths. Baseline in the same run: ``pactl info`` (the least a pactl call does).

    .venv/bin/python benchmarks/bench_input_watch.py [--rounds 50]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def measure(call, rounds: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """(median wall ms, mean child CPU ms) per call."""
    walls = []
    cpu0 = children_cpu()
    for _ in range(rounds):
        t = time.perf_counter()
        call()
        walls.append((time.perf_counter() - t) * 1000)
    return statistics.median(walls), (children_cpu() - cpu0) * 1000 / rounds


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=50)
    args = parser.parse_args()
    from tests.fixtures.audio import _start_server

    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "pulse").mkdir()
        server = _start_server(Path(tmp) / "pulse")
        try:
            for k in ("PULSE_SERVER", "XDG_RUNTIME_DIR", "XDG_CONFIG_HOME"):
                os.environ[k] = server.env[k]
            import sounddevice as sd

            from recorder.audio.devices import StreamInputWatch

            got = threading.Event()
            with sd.RawInputStream(
                samplerate=48000, channels=1, dtype="int16", blocksize=4800, callback=lambda *a: got.set()
            ):
                got.wait(10)
                watch = StreamInputWatch()
                assert watch.current() is not None, "the stream is not seen"
                look_wall, look_cpu = measure(watch.current, args.rounds)
                info_wall, info_cpu = measure(
                    lambda: subprocess.run(["pactl", "info"], capture_output=True, check=True), args.rounds
                )
        finally:
            server.stop()
    print(f"one look (pactl list source-outputs): {look_wall:.1f} ms wall (median), {look_cpu:.1f} ms CPU")
    print(f"baseline pactl info:                  {info_wall:.1f} ms wall (median), {info_cpu:.1f} ms CPU")
    print(f"at one look a second: {look_cpu / 10:.2f} % of one core")
    return 0


if __name__ == "__main__":
    sys.exit(main())
