"""Export and verify of a long session (issue 6) against ``openssl dgst -sha256`` over the archive's bytes,
measured in the same run.

A session of ``--hours`` of 48 kHz mono audio in 250 ms blocks (a checkpoint signed every simulated second, a
few tags and a note) is written with the real Session class under a simulated clock, exported with
``export_archive`` and verified with ``recorder verify`` in a child process (time and peak resident memory).

    .venv/bin/python benchmarks/bench_archive.py [--hours 1] [--keep DIR]
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PASSPHRASE = "benchmark passphrase"


def generate(home: Path, hours: float) -> tuple[object, str]:
    import numpy as np

    from recorder.core.session import Session, Source
    from recorder.core.vault import Vault
    from tests.archive_sessions import BLOCK, RATE, simulated_clock

    vault = Vault.create(home, PASSPHRASE)
    rng = np.random.default_rng(1)
    pool = [rng.integers(-8000, 8000, BLOCK, dtype=np.int16).tobytes() for _ in range(256)]
    blocks = int(hours * 3600 * 4)
    with simulated_clock() as clock:
        s = Session.start(vault, "Benchmark case", Source("generated noise", False, "test-signal"))
        for i in range(blocks):
            s.append_audio(pool[i % len(pool)], rate=RATE)
            clock.advance(250_000_000)
            if i % 2400 == 10:
                s.add_tag("Threat", "6", code="threat")
            if i % 7200 == 20:
                s.add_note(f"note {i}")
            s.tick()
        s.seal()
    return vault, s.id


def timed(fn, *args, **kw):  # type: ignore[no-untyped-def]
    t = time.perf_counter()
    result = fn(*args, **kw)
    return result, time.perf_counter() - t


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--hours", type=float, default=1.0)
    p.add_argument("--keep", type=Path)
    args = p.parse_args()

    from recorder.archive.export import export_archive

    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-archive-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        (vault, sid), gen_s = timed(generate, work / "home", args.hours)
        keys = vault.unlock(PASSPHRASE)  # type: ignore[attr-defined]
        out = work / "case.zip"
        _, export_s = timed(export_archive, vault, keys, [sid], out, language="en")
        size = out.stat().st_size
        _, openssl_s = timed(subprocess.run, ["openssl", "dgst", "-sha256", str(out)], check=True, capture_output=True)
        done, verify_s = timed(
            subprocess.run, [sys.executable, "-m", "recorder", "verify", str(out)], capture_output=True, text=True
        )
        rss_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        if done.returncode != 0:
            print(done.stdout, done.stderr)
            return 1
        mb = size / 1e6
        print(f"session: {args.hours:g} h, generated in {gen_s:.1f} s; archive {mb:.1f} MB")
        print(f"openssl dgst -sha256 (baseline): {openssl_s:.3f} s = {mb / openssl_s:.0f} MB/s")
        print(f"export:  {export_s:.3f} s = {mb / export_s:.0f} MB/s = {openssl_s / export_s:.2f}x openssl")
        print(
            f"verify:  {verify_s:.3f} s = {mb / verify_s:.0f} MB/s = {openssl_s / verify_s:.2f}x openssl "
            f"(whole `recorder verify` process with start-up; peak RSS {rss_mib:.0f} MiB)"
        )
        return 0
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
