"""A 2-minute excerpt carried inside the full archive (issue 15 §3, FORMAT §7.9): the export and `recorder verify`
of a session of ``--hours``, without and with the excerpt, in one process. One run; prints each stage's seconds.

    .venv/bin/python benchmarks/bench_archive_excerpt.py [--hours 1]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--hours", type=float, default=1.0)
    args = ap.parse_args()
    from bench_archive import PASSPHRASE, generate

    from recorder.archive.archive_excerpts import ExcerptSpec
    from recorder.archive.export import export_archive
    from recorder.archive.verify import verify_archive

    with tempfile.TemporaryDirectory() as tmp:
        vault, sid = generate(Path(tmp) / "home", args.hours)
        keys = vault.unlock(PASSPHRASE)
        times = {}
        for label, excerpts in (("plain", []), ("with excerpt", [ExcerptSpec("10:00.5", "12:00.5", sid)])):
            out = Path(tmp) / f"{label}.zip"
            t = time.perf_counter()
            export_archive(vault, keys, [sid], out, language="en", excerpts=excerpts)
            exported = time.perf_counter() - t
            t = time.perf_counter()
            report = verify_archive(out)
            verified = time.perf_counter() - t
            assert report.ok, [str(p) for p in report.problems]
            times[label] = (exported, verified, out.stat().st_size)
        print(f"session {args.hours} h, excerpt 120 s")
        for label, (exported, verified, size) in times.items():
            print(f"{label}: export {exported:.2f} s, verify {verified:.2f} s, {size} bytes")


if __name__ == "__main__":
    main()
