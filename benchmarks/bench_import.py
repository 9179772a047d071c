"""Import benchmarks (issue 14): importing recordings against `sha256sum` over the same files, and parsing a large
SMS Backup & Restore XML (time and peak memory, in a child process so the figure is its own).

    .venv/bin/python benchmarks/bench_import.py [--mb 1024] [--files 10] [--rows 100000] [--repeat 3] [--dir D]

Goals: import ≥ 0.5× `sha256sum`'s throughput; 100,000 rows parsed in < 5 s and < 300 MB.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from recorder.core.vault import Vault  # noqa: E402
from recorder.importing.files import import_files  # noqa: E402

PARSE_CHILD = """
import resource, sys, time
from recorder.importing.calllog import parse
data = open(sys.argv[1], "rb").read()
t = time.perf_counter()
parser, rows = parse(data, sys.argv[1])
dt = time.perf_counter() - t
print(len(rows), f"{dt:.3f}", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


def make_xml(path: Path, rows: int) -> None:
    rnd = random.Random(1)
    with open(path, "w", encoding="utf-8") as f:
        f.write("<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n")
        f.write(f'<smses count="{rows}">\n')
        for i in range(rows):
            ms = 1_790_000_000_000 + rnd.randrange(30 * 86_400_000)
            f.write(
                f'  <sms protocol="0" address="1380013{i % 10000:04d}" date="{ms}" type="{1 + i % 2}" '
                f'subject="null" body="您的账户已逾期，请于今日 18:00 前还款，否则将联系您的紧急联系人。编号 {i}" '
                f'toa="null" sc_toa="null" service_center="null" read="1" status="-1" locked="0" '
                f'date_sent="{ms}" readable_date="x" contact_name="(Unknown)" />\n'
            )
        f.write("</smses>\n")


def bench_import(args: argparse.Namespace, root: Path) -> None:
    src = root / "phone"
    src.mkdir()
    per_file = args.mb * (1 << 20) // args.files
    for i in range(args.files):
        with open(src / f"call-{i:02d}.m4a", "wb") as f:
            for _ in range(per_file >> 20):
                f.write(os.urandom(1 << 20))
    total = per_file * args.files
    files = sorted(str(p) for p in src.iterdir())
    subprocess.run(["sha256sum", *files], capture_output=True, check=True)  # warm the page cache
    sums, imports = [], []
    for r in range(args.repeat):
        t = time.perf_counter()
        subprocess.run(["sha256sum", *files], capture_output=True, check=True)
        sums.append(time.perf_counter() - t)
        vault = Vault.create(root / f"vault{r}", "bench passphrase", kdf_memory_kib=8192, kdf_iterations=1)
        keys = vault.unlock("bench passphrase")
        t = time.perf_counter()
        import_files(vault, keys.recording, "bench", [src], "bench")
        imports.append(time.perf_counter() - t)
        shutil.rmtree(root / f"vault{r}")
    s, m = min(sums), min(imports)
    print(f"import of {total / 1e9:.2f} GB in {args.files} files (page cache warm, vault fsynced)")
    print(f"  sha256sum          {s:7.2f} s  {total / s / 1e9:5.2f} GB/s")
    print(f"  recorder import    {m:7.2f} s  {total / m / 1e9:5.2f} GB/s   ratio {s / m:.2f}x (goal >= 0.5x)")
    shutil.rmtree(src)


def bench_parse(args: argparse.Namespace, root: Path) -> None:
    xml = root / "sms.xml"
    make_xml(xml, args.rows)
    results = []
    for _ in range(args.repeat):
        out = subprocess.run(
            [sys.executable, "-c", PARSE_CHILD, str(xml)], capture_output=True, text=True, check=True,
            cwd=Path(__file__).resolve().parent.parent,
        )  # fmt: skip
        n, dt, rss = out.stdout.split()
        results.append((float(dt), int(rss), int(n)))
    dt, _rss, n = min(results)
    print(f"parse of a {xml.stat().st_size / 1e6:.1f} MB SMS Backup & Restore XML, {n} rows (child process)")
    print(f"  {dt:.2f} s (goal < 5 s), peak memory {max(r[1] for r in results)} MB (goal < 300 MB)")


def bench_ocr(args: argparse.Namespace) -> None:
    """OCR of one 1080×2400 call-list screenshot of 20 rows (rendered with Qt offscreen), child process included."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter

    from recorder.importing.ocr import propose_call_rows, read_boxes

    app = QGuiApplication.instance() or QGuiApplication([])
    image = QImage(1080, 2400, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    font = QFont("WenQuanYi Micro Hei")
    for i in range(20):
        font.setPixelSize(40)
        p.setFont(font)
        p.drawText(40, 220 + i * 105, f"138{i:08d}")
        font.setPixelSize(30)
        p.setFont(font)
        p.drawText(40, 265 + i * 105, "未接" if i % 2 else f"呼入  {i}分{i}秒")
        p.drawText(840, 240 + i * 105, f"11-02 {i:02d}:{i * 2:02d}")
    p.end()
    raw = QByteArray()
    buffer = QBuffer(raw)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    data = bytes(raw.data())
    times = []
    for _ in range(args.repeat):
        t = time.perf_counter()
        rows = propose_call_rows(read_boxes(data))
        times.append(time.perf_counter() - t)
    print(
        f"OCR of a 1080x2400 call-list screenshot (child process, models loaded each time): {min(times):.1f} s, "
        f"{len(rows)} rows proposed"
    )
    del app


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=int, default=1024, help="MB of recordings to import (0: skip)")
    ap.add_argument("--files", type=int, default=10)
    ap.add_argument("--rows", type=int, default=100_000, help="rows of the XML to parse (0: skip)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--ocr", action="store_true", help="also time the OCR of one screenshot")
    ap.add_argument("--dir")
    args = ap.parse_args()
    root = Path(tempfile.mkdtemp(prefix="bench-import-", dir=args.dir))
    try:
        if args.mb:
            bench_import(args, root)
        if args.rows:
            bench_parse(args, root)
        if args.ocr:
            bench_ocr(args)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
