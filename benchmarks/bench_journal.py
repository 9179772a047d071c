"""Journal cost per second of audio: 48 kHz mono 16-bit in 100 ms blocks, as process CPU time over audio time.

Pushes MINUTES of audio through Session.append_audio + tick() as fast as it goes, with the session's clock
simulated (benchmarks/simclock.py) so that it signs one checkpoint and fsyncs once per second of audio, exactly
as a real-time recording does. CPU time is the process's user + system time (time.process_time), so the
encryption, hashing, signing, the write(2) calls and the fsync system calls are all counted.

Baseline, measured in the same run: writing the same PCM bytes to a plain file with one write(2) per block and
one fsync per second — what any recorder that saves audio at all must spend.

    .venv/bin/python benchmarks/bench_journal.py [--minutes 10] [--repeat 3]

Goal (issue 2): under 0.5 % of one core.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[1]), str(Path(__file__).resolve().parent)]

import simclock  # noqa: E402

from recorder.core.session import Session, Source  # noqa: E402
from recorder.core.vault import Vault  # noqa: E402

RATE, BLOCK_FRAMES = 48_000, 4_800
BLOCK_SECONDS = BLOCK_FRAMES / RATE
GOAL = 0.005


def journal_cpu(vault: Vault, blocks: int, pcm: list[bytes]) -> tuple[float, int]:
    clock = simclock.install()
    try:
        session = Session.start(vault, "benchmark", Source("benchmark", live=False, kind="test-signal"))
        start = time.process_time()
        for i in range(blocks):
            clock.advance(BLOCK_SECONDS)
            session.append_audio(pcm[i % len(pcm)], rate=RATE)
            session.tick()
        session.seal()
        cpu = time.process_time() - start
    finally:
        simclock.uninstall()
    return cpu, (session.dir / "journal.erj").stat().st_size


def plain_file_cpu(path: Path, blocks: int, pcm: list[bytes]) -> float:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_APPEND, 0o600)
    start = time.process_time()
    try:
        for i in range(blocks):
            os.write(fd, pcm[i % len(pcm)])
            if i % 10 == 9:
                os.fsync(fd)
        os.fsync(fd)
    finally:
        os.close(fd)
    return time.process_time() - start


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--minutes", type=float, default=10.0)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--dir", help="where to write (default: a temporary folder)")
    args = p.parse_args()
    blocks = int(args.minutes * 60 / BLOCK_SECONDS)
    audio_s = blocks * BLOCK_SECONDS
    pcm = [os.urandom(BLOCK_FRAMES * 2) for _ in range(16)]  # noise: nothing compresses or repeats cheaply

    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        vault = Vault.create(Path(tmp) / "home", "benchmark passphrase")
        journal, plain = [], []
        for r in range(args.repeat):
            cpu, size = journal_cpu(vault, blocks, pcm)
            journal.append(cpu)
            plain.append(plain_file_cpu(Path(tmp) / f"plain-{r}.pcm", blocks, pcm))

    j, b = statistics.median(journal), statistics.median(plain)
    print(f"# bench_journal  {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}  {platform.node()}")
    print(f"# {os.cpu_count()} cores, Python {platform.python_version()}, {platform.platform()}")
    print(f"# {audio_s:.0f} s of 48 kHz mono s16le in {blocks} blocks of 100 ms; median of {args.repeat} runs")
    print(f"{'what':<44}{'CPU s':>10}{'CPU / audio':>14}{'per block':>12}")
    for name, cpu in (("journal (encrypt, hash, sign 1/s, fsync 1/s)", j), ("baseline: plain file, fsync 1/s", b)):
        print(f"{name:<44}{cpu:>10.3f}{cpu / audio_s:>13.3%}{cpu / blocks * 1e6:>10.0f} µs")
    print(f"journal file: {size / 1e6:.1f} MB for {blocks * BLOCK_FRAMES * 2 / 1e6:.1f} MB of PCM")
    print(f"all runs, journal CPU s: {', '.join(f'{x:.3f}' for x in journal)}")
    verdict = "met" if j / audio_s < GOAL else "NOT met"
    print(f"goal: journal CPU under {GOAL:.1%} of audio time: {verdict} ({j / audio_s:.3%})")


if __name__ == "__main__":
    main()
