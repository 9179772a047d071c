"""A recording never waits for a time-stamp authority (issue 7): the latency of ``Session.append_audio`` (one
250 ms block, as the capture writes) with no stamper — the baseline, measured in the same run — against a
stamper stamping continuously with a healthy local authority, and a stamper stuck on an authority that hangs.
Also the cost of one stamp (request, ``openssl ts -reply`` behind the local HTTP server, full verification).

    .venv/bin/python benchmarks/bench_timestamp.py [--blocks 2000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BLOCK = b"\x01\x00" * 12000  # 250 ms at 48 kHz


def run(blocks: int, mode: str, pki: object, work: Path) -> list[float]:
    from recorder.core.session import Session, Source
    from recorder.core.vault import Vault
    from recorder.timestamp.stamper import Stamper
    from tests.fixtures.tsa import LocalTSA, settings_for, trust_for

    home = Path(tempfile.mkdtemp(dir=work)) / "home"
    vault = Vault.create(home, "benchmark passphrase")
    # A checkpoint every 5 ms (default 1 s), so the stamper has new checkpoints to stamp all through the run.
    source = Source("benchmark", live=False, kind="test-signal")
    session = Session.start(vault, "Benchmark", source, checkpoint_interval=0.005)
    tsa = LocalTSA(pki, work)  # type: ignore[arg-type]
    stamper = None
    if mode != "baseline":
        tsa.mode = "hang" if mode == "hanging authority" else "ok"
        tsa.start()
        # A checkpoint stamp every 0.05 s: far more often than the default 5 minutes, to load the worker.
        settings = settings_for(tsa, interval_minutes=0.05 / 60, timeout_seconds=600)
        stamper = Stamper(session, settings, trust_for(pki)).start()  # type: ignore[arg-type]
    times = []
    for _ in range(blocks):
        t0 = time.perf_counter()
        session.append_audio(BLOCK, rate=48000)
        times.append(time.perf_counter() - t0)
    session.seal()
    tsa.release.set()
    if stamper is not None:
        stamper.stop()
        print(f"  ({mode}: {len(stamper.tokens())} tokens obtained during this round)")
    tsa.stop()
    return times


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--blocks", type=int, default=2000)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    from recorder.timestamp.authorities import parse_authority
    from recorder.timestamp.client import ask
    from tests.fixtures.tsa import LocalTSA, make_pki, trust_for

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "pki").mkdir()
        pki = make_pki(work / "pki")
        tsa = LocalTSA(pki, work).start()
        trust = trust_for(pki)
        ask(parse_authority(tsa.url), "00" * 32, trust, 10)  # warm up (certifi roots parsed once)
        t0 = time.perf_counter()
        for _ in range(20):
            ask(parse_authority(tsa.url), "ab" * 32, trust, 10)
        one = (time.perf_counter() - t0) / 20
        tsa.stop()
        print(f"one stamp from the local authority (HTTP + openssl ts -reply + verification): {one * 1000:.1f} ms")
        modes = ("baseline", "healthy authority", "hanging authority")
        pooled: dict[str, list[float]] = {m: [] for m in modes}
        for _round in range(args.rounds):  # interleaved, so machine noise falls on every mode alike
            for mode in modes:
                pooled[mode] += run(args.blocks, mode, pki, work)
        n = args.blocks * args.rounds
        print(f"append_audio latency, {n} blocks of 250 ms per mode (ms): median / p99 / p99.9 / max")
        for mode in modes:
            t = sorted(pooled[mode])
            q = [statistics.median(t), t[int(len(t) * 0.99) - 1], t[int(len(t) * 0.999) - 1], t[-1]]
            print(f"  {mode:18s} " + " / ".join(f"{x * 1000:.3f}" for x in q))


if __name__ == "__main__":
    main()
