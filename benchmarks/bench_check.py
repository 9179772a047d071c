"""Checking a 1-hour session (36,000 blocks of 100 ms at 48 kHz) versus `openssl dgst -sha256` over its journal.

Records MINUTES of audio through the core (simulated clock: one signed checkpoint and one fsync per second, as
in real time; benchmarks/simclock.py), then, alternating, times ``check_session`` on it and ``openssl dgst
-sha256`` over the journal file, with the file in the page cache for both. Prints both throughputs (journal bytes
per second of wall time) and their ratio, then a breakdown of where the check's time goes.

    .venv/bin/python benchmarks/bench_check.py [--minutes 60] [--repeat 3] [--dir /tmp]

Goal (issue 2): the check at least 0.5x the throughput of openssl dgst -sha256.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[1]), str(Path(__file__).resolve().parent)]

import simclock  # noqa: E402

from recorder.core import crypto  # noqa: E402
from recorder.core.canonical import unb64  # noqa: E402
from recorder.core.chain import ChainChecker, signing_message  # noqa: E402
from recorder.core.check import _CHUNK, _open_batch, check_session  # noqa: E402
from recorder.core.session import JOURNAL_FILE, Session, Source  # noqa: E402
from recorder.core.store import SessionReader, status  # noqa: E402
from recorder.core.vault import Vault  # noqa: E402

RATE, BLOCK_FRAMES = 48_000, 4_800
GOAL = 0.5
PASSPHRASE = "benchmark passphrase"


def record(vault: Vault, blocks: int) -> str:
    clock = simclock.install()
    try:
        pcm = [os.urandom(BLOCK_FRAMES * 2) for _ in range(16)]
        session = Session.start(vault, "benchmark", Source("benchmark", live=False, kind="test-signal"))
        for i in range(blocks):
            clock.advance(BLOCK_FRAMES / RATE)
            session.append_audio(pcm[i % len(pcm)], rate=RATE)
            session.tick()
        session.seal()
    finally:
        simclock.uninstall()
    return session.id


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def openssl(path: Path) -> None:
    subprocess.run(["openssl", "dgst", "-sha256", str(path)], check=True, stdout=subprocess.DEVNULL)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--minutes", type=float, default=60.0)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--dir", help="where to write the session (default: a temporary folder)")
    args = p.parse_args()
    blocks = int(args.minutes * 60 * RATE / BLOCK_FRAMES)

    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        vault = Vault.create(Path(tmp) / "home", PASSPHRASE)
        start = time.perf_counter()
        sid = record(vault, blocks)
        t_record = time.perf_counter() - start
        keys = vault.unlock(PASSPHRASE)
        path = vault.session_dir(sid) / JOURNAL_FILE
        size = path.stat().st_size
        openssl(path)  # warm the page cache for both contenders

        checks, dgsts = [], []
        for _ in range(args.repeat):
            result = None

            def run_check() -> None:
                nonlocal result
                result = check_session(vault, keys.recording, sid)

            checks.append(timed(run_check))
            dgsts.append(timed(lambda: openssl(path)))
            assert result is not None and result.ok, result and result.problems
            assert result.summary.entries > blocks

        # Where the time goes: each stage alone, single-threaded, as check_session runs them.
        reader = SessionReader(vault, keys.recording, sid)
        sc = reader.scan
        opened: list = []

        def open_all() -> None:
            with open(path, "rb") as f:
                for i in range(0, len(sc.frames), _CHUNK):
                    opened.extend(_open_batch(f.fileno(), reader._key, sc.header_hash, sc.frames[i : i + _CHUNK]))

        signatures: list[tuple[bytes, bytes, bytes]] = []

        def chain_rules() -> None:
            checker = ChainChecker(session=sid)
            for rec in opened:
                checker.feed(rec.entry)

        stages = [
            ("state and frame walk (one quick scan, no key)", timed(lambda: status(vault, sid))),
            ("read, CRC-32, decrypt, SHA-256 payloads", timed(open_all)),
            ("chain rules incl. Ed25519 verification", timed(chain_rules)),
        ]
        checker = ChainChecker(session=sid)
        for rec in opened:
            entry = checker.feed(rec.entry)
            if entry and "sig" in entry:
                signatures.append((checker._signer or b"", unb64(entry["sig"]), signing_message(entry)))
        stages.append(
            (
                f"  of which {len(signatures)} Ed25519 verifications",
                timed(lambda: [crypto.ed25519_verify(*s) for s in signatures]),
            )
        )
        with open(path, "rb") as f:
            stages.append(
                ("hashlib SHA-256 over the file (reference)", timed(lambda: hashlib.file_digest(f, "sha256")))
            )

    c, d = statistics.median(checks), statistics.median(dgsts)
    print(f"# bench_check  {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}  {platform.node()}")
    print(f"# {os.cpu_count()} cores, Python {platform.python_version()}, {platform.platform()}")
    print(
        f"# {blocks * BLOCK_FRAMES / RATE:.0f} s of audio, {blocks} blocks, journal {size / 1e6:.1f} MB "
        f"(recorded in {t_record:.1f} s); median of {args.repeat} runs, page cache warm"
    )
    print(f"{'what':<44}{'seconds':>10}{'MB/s':>10}")
    print(f"{'check_session':<44}{c:>10.3f}{size / c / 1e6:>10.0f}")
    print(f"{'openssl dgst -sha256 (baseline)':<44}{d:>10.3f}{size / d / 1e6:>10.0f}")
    print(f"ratio check / openssl throughput: {d / c:.2f}x (goal >= {GOAL}x: {'met' if d / c >= GOAL else 'NOT met'})")
    print(f"all runs: check {', '.join(f'{x:.3f}' for x in checks)}; openssl {', '.join(f'{x:.3f}' for x in dgsts)}")
    print("breakdown (each stage alone, one thread):")
    for name, seconds in stages:
        print(f"  {name:<52}{seconds:>8.3f} s")


if __name__ == "__main__":
    main()
