"""Export and verify of a long session (issue 6) against ``openssl dgst -sha256`` over the archive's bytes,
measured in the same run.

A session of ``--hours`` of 48 kHz mono audio in 250 ms blocks (a checkpoint signed every simulated second, a
few tags and a note) is written with the real Session class under a simulated clock, then, ``--rounds`` times:
exported with ``export_archive`` (zip written, fsynced, renamed), hashed by ``openssl dgst -sha256`` (the
baseline) and verified with ``recorder verify`` in a child process (start-up included; time and peak resident
memory). Prints each round and the medians. ``--breakdown`` then times each stage of both alone, on one thread.

    .venv/bin/python benchmarks/bench_archive.py [--hours 1] [--rounds 1] [--breakdown] [--keep DIR]

Goals (issue 6): verify at least 0.5x, export at least 0.3x the throughput of openssl dgst -sha256.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PASSPHRASE = "benchmark passphrase"


def generate(home: Path, hours: float) -> tuple[Any, str]:
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


def timed(fn: Callable[..., Any], *args: Any, **kw: Any) -> tuple[Any, float]:
    t = time.perf_counter()
    result = fn(*args, **kw)
    return result, time.perf_counter() - t


def one_round(vault: Any, keys: Any, sid: str, out: Path) -> dict[str, float]:
    from recorder.archive.export import export_archive

    if out.exists():
        out.unlink()
    _, export_s = timed(export_archive, vault, keys, [sid], out, language="en")
    _, openssl_s = timed(subprocess.run, ["openssl", "dgst", "-sha256", str(out)], check=True, capture_output=True)
    code, verify_s, rss_kib = run_measured([sys.executable, "-m", "recorder", "verify", str(out)])
    if code != 0:
        raise SystemExit(f"verify failed (exit {code})")
    return {"export": export_s, "openssl": openssl_s, "verify": verify_s, "rss_mib": rss_kib / 1024}


# Starts the measured command and reports its time and peak resident size (its own and that of the processes it
# waits for, from wait4). A small launcher, because a child's peak also counts the memory of the process that
# forked it, until its exec: measured straight from this benchmark, it would be this benchmark's own size.
LAUNCHER = """
import os, subprocess, sys, time
t = time.perf_counter()
p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
_pid, status, usage = os.wait4(p.pid, 0)
print(os.waitstatus_to_exitcode(status), time.perf_counter() - t, usage.ru_maxrss)
"""


def run_measured(argv: list[str]) -> tuple[int, float, int]:
    """Run ``argv`` (output discarded); return its exit code, wall time in seconds and peak size in KiB."""
    done = subprocess.run([sys.executable, "-c", LAUNCHER, *argv], capture_output=True, text=True, check=True)
    code, seconds, rss = done.stdout.split()
    return int(code), float(seconds), int(rss)


def breakdown(vault: Any, keys: Any, sid: str, out: Path) -> list[tuple[str, float]]:
    """Each stage of export and verify alone, on one thread (the real code paths where there is one)."""
    from recorder.archive.safezip import SafeZip
    from recorder.core.chain import ChainChecker, parse_audio_entry
    from recorder.core.store import SessionReader

    rows: list[tuple[str, float]] = []
    # -- verify -----------------------------------------------------------------------------------------
    _, t = timed(subprocess.run, [sys.executable, "-m", "recorder", "verify", str(out) + ".none"], capture_output=True)
    rows.append(("verify: process start-up and imports (`recorder verify` of a missing file)", t))
    with SafeZip(out) as z:
        manifest = json.loads(z.read_small("manifest.json"))
        m = manifest["sessions"][0]
        journal = z.read_small(m["journal"], 1 << 30)
        wav = m["audio"]["parts"][0]["path"]
        _, t = timed(lambda: sum(len(c) for c in z.stream(wav)))
        rows.append(("verify: read the audio member, zip CRC-32 included", t))
        h = hashlib.sha256()
        data = b"".join(z.stream(wav))
    _, t = timed(lambda: h.update(data))
    rows.append(("verify: SHA-256 of the audio member (SHA256SUMS)", t))
    lines = journal.split(b"\n")[:-1]
    checker = ChainChecker(defer_signatures=True)
    _, t = timed(lambda: [checker.feed(line) for line in lines])
    rows.append((f"verify: chain rules over {len(lines):,} entries, signatures aside", t))
    blocks = [parse_audio_entry(line) for line in lines]
    sizes = [b["payload"]["size"] for b in blocks if b is not None]

    def per_block() -> None:
        view, at = memoryview(data)[44:], 0
        for n in sizes:
            hashlib.sha256(view[at : at + n]).digest()
            at += n

    _, t = timed(per_block)
    rows.append((f"verify: SHA-256 of each of the {len(sizes):,} audio blocks", t))
    n_sigs = len(checker.pending_signatures)
    _, t = timed(checker.check_signatures)
    rows.append((f"verify: {n_sigs:,} Ed25519 verifications", t))
    data = b""  # (the audio held for the two stages above is let go)
    # -- export -----------------------------------------------------------------------------------------
    reader, t = timed(SessionReader, vault, keys.recording, sid)
    rows.append(("export: open the session (state and frame walk, no decryption)", t))
    _, t = timed(lambda: sum(len(p) for _f, _e, p in reader.records()))
    rows.append(("export: read and decrypt every record (ChaCha20-Poly1305)", t))
    pcm = b"x" * (1 << 20)
    total = sum(sizes)

    def hash_crc_write() -> float:
        h, crc = hashlib.sha256(), 0
        with open(out.with_suffix(".raw"), "wb") as f:
            for _ in range(total // len(pcm)):
                h.update(pcm)
                crc = zlib.crc32(pcm, crc)
                f.write(pcm)
            f.flush()
            return timed(os.fsync, f.fileno())[1]

    t_sync, t = timed(hash_crc_write)
    rows.append(("export: SHA-256, CRC-32 and write of the audio, then one fsync", t))
    rows.append(("export: of which the fsync, when all of it is left to the end", t_sync))
    out.with_suffix(".raw").unlink()
    return rows


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--hours", type=float, default=1.0)
    p.add_argument("--rounds", type=int, default=1)
    p.add_argument("--breakdown", action="store_true")
    p.add_argument("--keep", type=Path)
    args = p.parse_args()

    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-archive-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        (vault, sid), gen_s = timed(generate, work / "home", args.hours)
        keys = vault.unlock(PASSPHRASE)
        out = work / "case.zip"
        rounds = []
        for r in range(args.rounds):
            got = one_round(vault, keys, sid, out)
            rounds.append(got)
            with open("/proc/loadavg") as f:
                load = f.read().split()[0]
            print(
                f"round {r + 1}: openssl {got['openssl']:.3f} s, export {got['export']:.3f} s = "
                f"{got['openssl'] / got['export']:.2f}x, verify {got['verify']:.3f} s = "
                f"{got['openssl'] / got['verify']:.2f}x (load {load})"
            )
        size = out.stat().st_size
        mb = size / 1e6
        rss_mib = max(r["rss_mib"] for r in rounds)
        med = {k: statistics.median(r[k] for r in rounds) for k in ("openssl", "export", "verify")}
        ratio_e = statistics.median(r["openssl"] / r["export"] for r in rounds)
        ratio_v = statistics.median(r["openssl"] / r["verify"] for r in rounds)
        print(f"session: {args.hours:g} h, generated in {gen_s:.1f} s; archive {mb:.1f} MB; medians of {len(rounds)}")
        print(f"openssl dgst -sha256 (baseline): {med['openssl']:.3f} s = {mb / med['openssl']:.0f} MB/s")
        print(f"export:  {med['export']:.3f} s = {mb / med['export']:.0f} MB/s = {ratio_e:.2f}x openssl")
        print(
            f"verify:  {med['verify']:.3f} s = {mb / med['verify']:.0f} MB/s = {ratio_v:.2f}x openssl "
            f"(whole `recorder verify` process with start-up; peak RSS {rss_mib:.0f} MiB)"
        )
        if args.breakdown:
            print("breakdown (each stage alone, one thread):")
            for what, seconds in breakdown(vault, keys, sid, out):
                print(f"  {seconds:6.3f} s  {what}")
        return 0
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
