"""What one passphrase guess costs: unlocking a vault made at the desktop default (Argon2id, vault.json's cost).

Each repeat unlocks in a fresh child process, so its peak memory (ru_maxrss) is that of the derivation and not of
an earlier one; prints the median wall time and peak memory, and the guesses per second and per day one core
of this machine could try.

    .venv/bin/python benchmarks/bench_kdf.py [--repeat 5] [--memory-kib 262144 --iterations 2]

Goal (issue 12 §6): near 1 s and 256 MiB per guess on the reference desktop.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[1])]

from recorder.core.vault import KDF_ITERATIONS, KDF_MEMORY_KIB  # noqa: E402

PASSPHRASE = "benchmark passphrase, long enough"

_CHILD = """
import json, resource, sys, time
from pathlib import Path
from recorder.core.vault import Vault
vault = Vault.open(Path(sys.argv[1]))
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t = time.perf_counter()
vault.unlock(sys.argv[2])
seconds = time.perf_counter() - t
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "peak_kib": peak, "base_kib": base}))
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--memory-kib", type=int, default=KDF_MEMORY_KIB)
    ap.add_argument("--iterations", type=int, default=KDF_ITERATIONS)
    args = ap.parse_args()
    env = {k: v for k, v in os.environ.items() if k != "RECORDER_TEST_KDF_COST"}
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["RECORDER_CONFIG"] = str(Path(tmp) / "config")
        env["RECORDER_CONFIG"] = os.environ["RECORDER_CONFIG"]
        home = Path(tmp) / "home"
        # Made in a child too: a process's peak memory is inherited by the children it forks (until their exec).
        make = "import sys; from pathlib import Path; from recorder.core.vault import Vault; "
        make += "Vault.create(Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))"
        argv = [str(home), PASSPHRASE, str(args.memory_kib), str(args.iterations)]
        subprocess.run([sys.executable, "-c", make, *argv], env=env, check=True)
        runs = []
        for _ in range(args.repeat):
            out = subprocess.run(
                [sys.executable, "-c", _CHILD, str(home), PASSPHRASE],
                capture_output=True,
                text=True,
                env=env,
                check=True,
            )
            runs.append(json.loads(out.stdout))
    seconds = statistics.median(r["seconds"] for r in runs)
    growth = statistics.median(r["peak_kib"] - r["base_kib"] for r in runs) / 1024
    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}"
    )
    print(f"Argon2id {args.memory_kib // 1024} MiB, {args.iterations} passes, 4 lanes; {args.repeat} unlocks")
    each = ", ".join(f"{r['seconds']:.3f}" for r in runs)
    print(f"one guess: {seconds:.3f} s (median; runs {each})")
    print(f"peak memory added by the derivation: {growth:.0f} MiB")
    print(f"guesses per core: {1 / seconds:.2f}/s, {86400 / seconds:,.0f}/day")


if __name__ == "__main__":
    main()
