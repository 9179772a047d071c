"""Opening a long session for review (issue 5): a generated 3-hour session with 5,000 notes and tags, from
"open" until the timeline is drawn and interactive.

The session is recorded with the real Session writer (under a scripted clock), so it gets its timeline cache the
way a real recording does: built record by record, written every ten minutes of recording and at the seal.
Each opening runs in a fresh process (so resident memory is that of the review alone), and each round measures:

- first: the first opening, with the cache the recording wrote (what a user meets after recording);
- cold: the cache deleted, so the journal is decrypted once and the cache written (kept for the record);
- again: the opening after that, with the cache the cold opening wrote;
- crash: with a cache the recording wrote ten minutes before its end (what a crash just before the next periodic
  write leaves): only the records after it are decrypted.

Baselines, measured in the same run: a bare PySide6 window shown and drawn in a fresh process (what any Qt view
costs), and ``openssl dgst -sha256`` over the journal (reading its bytes once, which a cold build must at least
do). Also measured: what the cache costs the recording (the per-block work in the session writer, and the cache
writes), as process CPU time.

    .venv/bin/python benchmarks/bench_timeline.py [--hours 3] [--events 5000] [--rounds 3] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
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
RECORDED_CACHE = "timeline.cache.as-recorded"  # the recording's own cache, kept aside between rounds
# A cache the recording wrote ten minutes before its end: what a crash just before the next write would leave.
PERIODIC_CACHE = "timeline.cache.ten-minutes-old"


def generate(home: Path, hours: float, events: int) -> tuple[str, list[float]]:
    """Write the session with the real Session class under a scripted clock (as the tests do).

    Returns the session and the CPU time of each cache write the recording made (periodic ones, the seal's last).
    """
    import numpy as np

    from recorder.core import timeline_cache
    from recorder.core.session import Moment, Session, Source
    from recorder.core.tags import DEFAULT_TAGS
    from recorder.core.vault import Vault
    from tests.test_review_core import scripted_clock

    writes: list[float] = []
    periodic: list[tuple[int, bytes]] = []  # (journal size it covers, the file) of each write while recording
    real_write = timeline_cache.CacheWriter._write

    def timed_write(self: timeline_cache.CacheWriter, *args: object) -> None:
        t = time.thread_time()  # the writing thread's CPU: serialising, encrypting, writing
        real_write(self, *args)  # type: ignore[arg-type]
        writes.append(time.thread_time() - t)
        periodic.append((int(str(args[1])), self._path.read_bytes()))

    timeline_cache.CacheWriter._write = timed_write  # type: ignore[method-assign]
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
        end_size = s._journal.size
        s.seal("stopped")
    timeline_cache.CacheWriter._write = real_write  # type: ignore[method-assign]
    # The last periodic cache about ten minutes (of journal) older than the end (within 5 % of ten minutes).
    ten_minutes = end_size * 570 // int(hours * 3600)
    (s.dir / PERIODIC_CACHE).write_bytes(max(c for c in periodic[:-1] if c[0] <= end_size - ten_minutes)[1])
    return s.id, writes


def recording_cost(hours: float) -> dict[str, float]:
    """CPU per 100 ms block that the cache adds to the session writer, measured on the cache code alone.

    The same calls the session makes (one per record, 10 audio blocks and one checkpoint per second), with the
    periodic writes (on their threads: process CPU time counts them) and the seal's write.
    """
    from recorder.core.journal import Frame
    from recorder.core.timeline_cache import CacheWriter, TimelineState

    block_frames = RATE // 10
    pcm = os.urandom(block_frames * 2)
    per_second = 11
    n = int(hours * 3600 * per_second)
    frames, entries = [], []
    offset, mono, audio = 0, 10**12, 0
    for seq in range(n):
        if seq % per_second == per_second - 1:
            entries.append({"kind": "checkpoint", "mono_ns": mono, "body": {"entries": seq + 1}})
            size = 300
        else:
            body = {"frame_offset": audio, "frames": block_frames, "rate": RATE, "channels": 1, "format": "s16le"}
            entries.append({"kind": "audio", "mono_ns": mono, "body": body})
            audio += block_frames
            mono += 100_000_000
            size = 10_000
        frames.append(Frame(seq, 0, offset, size, b"\0" * 12))
        offset += size + 31
    h = "ab" * 32
    blocks = sum(1 for e in entries if e["kind"] == "audio")
    out: dict[str, float] = {}
    state = TimelineState()
    t = time.process_time()
    for frame, entry in zip(frames, entries, strict=True):
        state.add(frame, entry, h, pcm if entry["kind"] == "audio" else b"")
    out["add_us"] = (time.process_time() - t) / blocks * 1e6
    with tempfile.TemporaryDirectory() as tmp:
        writer = CacheWriter(Path(tmp), "20260101T000000Z-000000", os.urandom(32), os.urandom(32))
        t = time.process_time()
        for frame, entry in zip(frames, entries, strict=True):
            writer.add(frame, entry, h, pcm if entry["kind"] == "audio" else b"")
        writer.seal(offset)
        out["writer_us"] = (time.process_time() - t) / blocks * 1e6
        out["cache_mb"] = (Path(tmp) / "timeline.cache").stat().st_size / 1e6
    out["blocks"] = blocks
    return out


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
    "seconds": t1 - t0, "from_cache": view.timeline.from_cache, "records_read": view.timeline.records_read,
    "markers": len(view.markers),
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


def load() -> str:
    return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--hours", type=float, default=3.0)
    ap.add_argument("--events", type=int, default=5000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--keep", type=Path, help="reuse (or keep) the generated vault in this folder")
    args = ap.parse_args()
    from recorder.core.session import JOURNAL_FILE
    from recorder.core.store import session_ids
    from recorder.core.timeline_cache import CACHE_FILE
    from recorder.core.vault import Vault

    print(f"# bench_timeline  {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}  {os.cpu_count()} cores  {load()}")
    tmp = Path(tempfile.mkdtemp(prefix="bench-timeline-"))
    home = args.keep or tmp / "home"
    try:
        if (home / "vault.json").exists():
            sid = session_ids(Vault.open(home))[0]
            print(f"reusing the session in {home}")
        else:
            t = time.perf_counter()
            sid, writes = generate(home, args.hours, args.events)
            print(f"recorded {args.hours:g} h, {args.events} notes and tags in {time.perf_counter() - t:.1f} s")
            periodic = writes[:-1]
            if periodic:
                print(
                    f"cache writes while recording: {len(periodic)}, CPU median {statistics.median(periodic) * 1e3:.0f}"
                    f" ms, max {max(periodic) * 1e3:.0f} ms; at the seal: {writes[-1] * 1e3:.0f} ms"
                )
            session_dir = Vault.open(home).session_dir(sid)
            shutil.copyfile(session_dir / CACHE_FILE, session_dir / RECORDED_CACHE)
        session_dir = Vault.open(home).session_dir(sid)
        journal = session_dir / JOURNAL_FILE
        cache_mb = (session_dir / RECORDED_CACHE).stat().st_size / 1e6
        print(f"journal: {journal.stat().st_size / 1e6:.0f} MB; the recording's timeline cache: {cache_mb:.1f} MB")

        cost = recording_cost(args.hours)
        print(
            f"recording path, {cost['blocks']:.0f} blocks of 100 ms: {cost['add_us']:.2f} µs per block to build the"
            f" cache, {cost['writer_us']:.2f} µs with its writes (every 10 min and at the seal:"
            f" {cost['cache_mb']:.1f} MB)"
        )

        results: dict[str, list[dict[str, object]]] = {"first": [], "cold": [], "again": [], "crash": []}
        for r in range(args.rounds):
            t = time.perf_counter()
            subprocess.run(["openssl", "dgst", "-sha256", str(journal)], check=True, capture_output=True)
            print(f"round {r + 1} ({load()}): openssl dgst -sha256 over the journal {time.perf_counter() - t:.2f} s")
            bare = run_open("bare", home, sid)
            print(f"  bare PySide6 window shown and drawn: {bare['seconds']:.3f} s, RSS {bare['VmRSS']} MB")
            for label in results:
                if label == "first":
                    shutil.copyfile(session_dir / RECORDED_CACHE, session_dir / CACHE_FILE)
                elif label == "cold":
                    (session_dir / CACHE_FILE).unlink()
                elif label == "crash":
                    shutil.copyfile(session_dir / PERIODIC_CACHE, session_dir / CACHE_FILE)
                res = run_open("view", home, sid)
                results[label].append(res)
                print(
                    f"  {label}: drawn and interactive in {res['seconds']:.2f} s (from cache: {res['from_cache']},"
                    f" {res['records_read']} records decrypted, {res['markers']} markers); RSS {res['rss_open_mb']} MB"
                    f" (peak {res['peak_open_mb']} MB, {res['rss_before_mb']} MB before opening); full check in the"
                    f" background {res['check_seconds']:.1f} s, ok={res['check_ok']},"
                    f" peak after {res['peak_after_check_mb']} MB"
                )
        print(f"medians over {args.rounds} rounds ({load()}):")
        for label, runs in results.items():
            secs = [float(str(x["seconds"])) for x in runs]
            rss = [float(str(x["rss_open_mb"])) for x in runs]
            peak = [float(str(x["peak_open_mb"])) for x in runs]
            print(
                f"  {label:<6} {statistics.median(secs):.2f} s ({min(secs):.2f}–{max(secs):.2f}),"
                f" RSS {statistics.median(rss):.0f} MB, peak {statistics.median(peak):.0f} MB"
            )
        first = statistics.median(float(str(x["seconds"])) for x in results["first"])
        first_rss = max(float(str(x["peak_open_mb"])) for x in results["first"])
        verdict = "met" if first < 1.0 and first_rss < 300 else "NOT met"
        print(f"goal (first opening under 1 s, under 300 MB): {verdict}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)  # with --keep, the vault is elsewhere and tmp is empty


if __name__ == "__main__":
    main()
