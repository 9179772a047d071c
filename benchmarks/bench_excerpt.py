"""An excerpt of a long session (issue 15 §3): the 2-minute stretch between two tags of a session of ``--hours``,
cut from the vault (the journal read twice: entries, then the samples of the range), with its Opus copy, then
checked alone and against the full archive (which is verified first, as `recorder verify-excerpt --original`
does). One run; prints each stage's seconds.

    .venv/bin/python benchmarks/bench_excerpt.py [--hours 1]
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

    from recorder.archive.excerpt import make_excerpt
    from recorder.archive.excerpt_check import check_excerpt
    from recorder.archive.export import export_archive

    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        vault, sid = generate(home, args.hours)
        keys = vault.unlock(PASSPHRASE)
        full = Path(tmp) / "full.zip"
        export_archive(vault, keys, [sid], full, language="en")
        # The generator tags a threat every 10 minutes: from the second such tag, 2 minutes on.
        t = time.perf_counter()
        result = make_excerpt(vault, keys, sid, "10:00.5", "12:00.5", Path(tmp) / "excerpt", archive=full)
        cut = time.perf_counter() - t
        t = time.perf_counter()
        alone = check_excerpt(result.folder)
        check_alone = time.perf_counter() - t
        t = time.perf_counter()
        proven = check_excerpt(result.folder, full)
        check_full = time.perf_counter() - t
        assert alone.ok and proven.ok, (alone.problems, proven.problems)
        print(
            f"session {args.hours} h, excerpt {result.frames / result.rate:.0f} s "
            f"(WAV {result.wav_size} bytes, Opus {result.compressed_size} bytes)"
        )
        print(
            f"excerpt made (with --archive): {cut:.2f} s; checked alone: {check_alone:.2f} s; "
            f"against the full archive: {check_full:.2f} s"
        )


if __name__ == "__main__":
    main()
