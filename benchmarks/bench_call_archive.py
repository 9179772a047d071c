"""Export and verify of a long call (issue 16 §4): both tracks, alignment.json and the stereo listening copy.

A call of ``--hours`` is written with the real Session class under a simulated clock: the microphone's 100 ms
blocks (48 kHz mono) every 100 ms, the other party's 100 ms blocks dated 37 ms later and 50 ppm fast, interleaved
as two writers would write them, a checkpoint every simulated second (carrying the drift measure). Then, each in
its own process (time and peak resident memory from wait4, as bench_archive.py measures): ``export_archive``
(report.html only, no PDF: the call's part alone), ``openssl dgst -sha256`` over the archive (the baseline) and
``recorder verify``.

    .venv/bin/python benchmarks/bench_call_archive.py [--hours 2] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
PASSPHRASE = "benchmark passphrase"
RATE = 48_000
BLOCK = 4_800

EXPORT = """
import sys
from pathlib import Path
from recorder.archive.export import export_archive
from recorder.core.vault import Vault
vault = Vault.open(Path(sys.argv[1]))
keys = vault.unlock(sys.argv[2])
export_archive(vault, keys, [sys.argv[3]], Path(sys.argv[4]), language="en")
"""


def generate(home: Path, hours: float) -> tuple[Any, str]:
    import numpy as np

    from recorder.core.environment import Moment
    from recorder.core.session import Session, Source
    from recorder.core.vault import Vault
    from tests.archive_sessions import simulated_clock

    vault = Vault.create(home, PASSPHRASE)
    rng = np.random.default_rng(1)
    pool = [rng.integers(-8000, 8000, BLOCK, dtype=np.int16).tobytes() for _ in range(256)]
    blocks = int(hours * 3600 * 10)
    with simulated_clock() as clock:
        s = Session.start(vault, "Benchmark call", Source("generated noise", False, "test-signal"))
        t0 = clock.mono
        for i in range(blocks):
            s.append_audio(pool[i % len(pool)], rate=RATE)
            # The other party: 37 ms later, its clock 50 ppm fast (each block takes 99.995 ms of the monotonic clock).
            other_mono = t0 + 37_000_000 + i * 99_995_000
            s.append_audio(pool[(i * 7) % len(pool)], rate=RATE, captured=Moment(clock.utc, other_mono), track="other")
            clock.advance(100_000_000)
            s.tick()
        clock.advance(1_000_000_000)
        s.seal()
    return vault, s.id


def main() -> int:
    from bench_archive import run_measured

    p = argparse.ArgumentParser()
    p.add_argument("--hours", type=float, default=2.0)
    p.add_argument("--keep", type=Path)
    args = p.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-call-archive-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        t = time.perf_counter()
        vault, sid = generate(work / "home", args.hours)
        gen_s = time.perf_counter() - t
        out = work / "call.zip"
        code, export_s, export_rss = run_measured(
            [sys.executable, "-c", EXPORT, str(vault.home), PASSPHRASE, sid, str(out)]
        )
        if code != 0:
            raise SystemExit(f"export failed (exit {code})")
        _c, openssl_s, _r = run_measured(["openssl", "dgst", "-sha256", str(out)])
        code, verify_s, verify_rss = run_measured([sys.executable, "-m", "recorder", "verify", str(out)])
        if code != 0:
            raise SystemExit(f"verify failed (exit {code})")
        with zipfile.ZipFile(out) as z:
            sizes = {i.filename.rsplit("/", 1)[-1]: i.file_size for i in z.infolist()}
        with open("/proc/loadavg") as f:
            load = f.read().split()[0]
        mb = out.stat().st_size / 1e6
        journal_mb = sum(f.stat().st_size for f in (work / "home").rglob("*") if f.is_file()) / 1e6
        print(f"call: {args.hours:g} h, two tracks, 100 ms blocks; made in {gen_s:.1f} s; vault {journal_mb:.0f} MB")
        print(
            "members: audio.wav {:.0f} MB, other.wav {:.0f} MB, call-stereo.wav {:.0f} MB, alignment.json {:.1f} MB, "
            "journal.jsonl {:.1f} MB; archive {:.0f} MB".format(
                sizes["audio.wav"] / 1e6,
                sizes["other.wav"] / 1e6,
                sizes["call-stereo.wav"] / 1e6,
                sizes["alignment.json"] / 1e6,
                sizes["journal.jsonl"] / 1e6,
                mb,
            )
        )
        print(f"openssl dgst -sha256 of the archive (baseline): {openssl_s:.2f} s = {mb / openssl_s:.0f} MB/s")
        print(f"export: {export_s:.2f} s = {mb / export_s:.0f} MB/s, peak resident {export_rss / 1024:.0f} MiB")
        print(f"verify: {verify_s:.2f} s = {mb / verify_s:.0f} MB/s, peak resident {verify_rss / 1024:.0f} MiB")
        print(f"load average {load} on {os.cpu_count()} cores")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
