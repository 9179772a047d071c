"""Opening a long session for review (issue 5): a generated 3-hour session with 5,000 notes and tags, from
"open" until the timeline is drawn and interactive, with the peaks cache cold (first opening) and warm.

Each opening runs in a fresh process (so resident memory is that of the review alone). Baselines, measured in
the same run: a bare PySide6 window shown and drawn in a fresh process (what any Qt view costs), and
``openssl dgst -sha256`` over the journal (reading its bytes once, which a cold build must at least do).

    .venv/bin/python benchmarks/bench_timeline.py [--hours 3] [--events 5000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PASSPHRASE = "benchmark passphrase"
RATE = 48000
BLOCK = RATE // 4  # 250 ms, as the capture writes


def generate(home: Path, hours: float, events: int) -> str:
    """Write the session with the real Session class under a scripted clock (as the tests do)."""
    import numpy as np

    from recorder.core.session import Moment, Session, Source
    from recorder.core.tags import DEFAULT_TAGS
    from recorder.core.vault import Vault
    from tests.test_review_core import scripted_clock

    vault = Vault.create(home, PASSPHRASE)
    blocks = int(hours * 3600 * 4)
    every = max(1, blocks // events)
    n = np.arange(BLOCK)
    rng = np.random.default_rng(1)
    with scripted_clock() as clock:
        t0 = clock.mono + 1_000_000_000
        clock.set(t0 - 500_000_000)
        s = Session.start(vault, "Benchmark", Source("generated speech-like noise", live=False, kind="test-signal"))
        made = 0
        for i in range(blocks):
            m = t0 + i * 250_000_000
            if i % every == 0 and made < events:
                clock.set(m + 100_000_000 if i else m)
                if made % 2:
                    tag = DEFAULT_TAGS[made % len(DEFAULT_TAGS)]
                    s.add_tag(tag.label, tag.key, code=tag.code)
                else:
                    s.add_note(f"note {made}: they said something at block {i}")
                made += 1
            clock.set(m)
            loud = 2000 + 6000 * abs(np.sin(i / 40))
            pcm = (np.sin(2 * np.pi * (180 + i % 50) * (n + i * BLOCK) / RATE) * loud).astype("<i2")
            pcm[::7] += rng.integers(-300, 300, len(pcm[::7]), dtype="<i2")
            s.append_audio(pcm.tobytes(), rate=RATE, captured=Moment(clock.utc, m))
        clock.set(t0 + blocks * 250_000_000 + 10_000_000)
        s.seal("stopped")
    return s.id


OPEN_SCRIPT = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
from pathlib import Path
import os
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
def rss():
    out = {}
    for line in open("/proc/self/status"):
        k, _, v = line.partition(":")
        if k in ("VmRSS", "VmHWM"):
            out[k] = int(v.split()[0]) // 1024
    return out
mode, home, sid = sys.argv[2], Path(sys.argv[3]), sys.argv[4]
t_import = time.perf_counter()
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
if mode == "bare":
    t0 = time.perf_counter()
    w = QWidget(); w.resize(1200, 700); w.show(); w.grab()
    print(json.dumps({"seconds": time.perf_counter() - t0, "with_qt_start": time.perf_counter() - t_import, **rss()}))
    sys.exit(0)
from PySide6.QtCore import QEventLoop, QTimer
from recorder.core.vault import Vault
from recorder.gui.review import SessionView
vault = Vault.open(home)
keys = vault.unlock(sys.argv[5])
before = rss()
t0 = time.perf_counter()
view = SessionView(vault, keys, sid)
view.resize(1200, 700)
view.show()
loop = QEventLoop()
view.loaded.connect(loop.quit)
view.failed.connect(loop.quit)
loop.exec()
view.grab()  # the timeline drawn: waveform, markers, the events list
view.seek(view.markers[len(view.markers) // 2].frame)
view.next_marker()
view.waveform.zoom(16.0)
view.grab()  # and interactive: a seek, a marker jump and a zoom drawn
t1 = time.perf_counter()
at_open = rss()
checked = QEventLoop()
view.checked.connect(checked.quit)
QTimer.singleShot(600_000, checked.quit)
t2 = time.perf_counter()
checked.exec()
t3 = time.perf_counter()
after_check = rss()
view.shutdown()
print(json.dumps({
    "seconds": t1 - t0, "from_cache": view.timeline.from_cache, "markers": len(view.markers),
    "rss_before_mb": before["VmRSS"], "rss_open_mb": at_open["VmRSS"], "peak_open_mb": at_open["VmHWM"],
    "check_seconds": t3 - t2, "peak_after_check_mb": after_check["VmHWM"],
    "check_ok": bool(view.integrity.result and view.integrity.result.ok),
}))
"""


def run_open(mode: str, home: Path, sid: str) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-c", OPEN_SCRIPT, str(ROOT), mode, str(home), sid, PASSPHRASE],
        capture_output=True, text=True, check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--hours", type=float, default=3.0)
    ap.add_argument("--events", type=int, default=5000)
    ap.add_argument("--keep", type=Path, help="reuse (or keep) the generated vault in this folder")
    args = ap.parse_args()
    from recorder.core.peaks import CACHE_FILE
    from recorder.core.session import JOURNAL_FILE
    from recorder.core.store import session_ids
    from recorder.core.vault import Vault

    tmp = Path(tempfile.mkdtemp(prefix="bench-timeline-"))
    home = args.keep or tmp / "home"
    try:
        if (home / "vault.json").exists():
            sid = session_ids(Vault.open(home))[0]
            print(f"reusing the session in {home}")
        else:
            t = time.perf_counter()
            sid = generate(home, args.hours, args.events)
            print(f"generated {args.hours:g} h, {args.events} notes and tags in {time.perf_counter() - t:.1f} s")
        session_dir = Vault.open(home).session_dir(sid)
        journal = session_dir / JOURNAL_FILE
        print(f"journal: {journal.stat().st_size / 1e6:.0f} MB")

        t = time.perf_counter()
        subprocess.run(["openssl", "dgst", "-sha256", str(journal)], check=True, capture_output=True)
        print(f"baseline: openssl dgst -sha256 over the journal: {time.perf_counter() - t:.2f} s")
        bare = run_open("bare", home, sid)
        print(f"baseline: bare PySide6 window shown and drawn: {bare['seconds']:.3f} s, RSS {bare['VmRSS']} MB")

        (session_dir / CACHE_FILE).unlink(missing_ok=True)
        for label in ("cold (no peaks cache)", "warm (peaks cache)"):
            r = run_open("view", home, sid)
            print(
                f"{label}: timeline drawn and interactive in {r['seconds']:.2f} s "
                f"(from cache: {r['from_cache']}, {r['markers']} markers); "
                f"RSS {r['rss_open_mb']} MB (peak {r['peak_open_mb']} MB, {r['rss_before_mb']} MB before opening); "
                f"full check in the background {r['check_seconds']:.1f} s, ok={r['check_ok']}, "
                f"peak RSS after it {r['peak_after_check_mb']} MB"
            )
        print(f"peaks cache: {(session_dir / CACHE_FILE).stat().st_size / 1e6:.1f} MB")
    finally:
        if args.keep is None:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
