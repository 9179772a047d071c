"""report.pdf benchmark (issue 15 §2): a case of 10 recordings holding 5,000 events in all and a 30-day call log
(SMS Backup & Restore calls) and 20 photos (12-megapixel JPEGs, attached to the recordings), exported; the time
to make report.pdf (render + PDF/A fix-ups) from the report page, and the report page itself, measured apart from
the export (which also writes the audio).

    .venv/bin/python benchmarks/bench_report_pdf.py [--recordings 10] [--events 5000] [--days 30] [--photos 20]
        [--repeat 3]

Goal: report.pdf in < 3 s on this machine. The photos' thumbnails are made during the export (from the bytes it
decrypts anyway) and timed apart: the time of one, times the number of photos.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from recorder.archive import report  # noqa: E402
from recorder.archive.export import export_archive, sessions_of_case  # noqa: E402
from recorder.core.session import Session, Source  # noqa: E402
from recorder.core.vault import Vault  # noqa: E402
from recorder.importing.logs import import_log  # noqa: E402
from recorder.report_pdf import render as pdf_render  # noqa: E402
from tests.archive_sessions import RATE, simulated_clock  # noqa: E402

PASSPHRASE = "correct horse battery staple 42"
CODES = ("arrived", "showed-id", "asked-to-leave", "threat", "insult", "contacted-others", "left")


def make_photo() -> bytes:
    """A 12-megapixel JPEG of noise (a phone photo's size and its hard-to-compress content)."""
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.effect_noise((4000, 3000), 60).convert("RGB").save(out, "JPEG", quality=90)
    return out.getvalue()


def make_case(vault: Vault, recordings: int, events: int, photos: int = 0) -> None:
    per = events // recordings
    photo = make_photo() if photos else b""
    for r in range(recordings):
        with simulated_clock() as clock:
            s = Session.start(vault, "Bench", Source("test tone", False, "test-signal"))
            for i in range(per):
                s.append_audio(bytes(RATE // 10 * 2), rate=RATE)
                clock.advance(2_000_000_000)
                if i % 3 == 0:
                    s.add_tag(CODES[i % len(CODES)], None, code=CODES[i % len(CODES)])
                else:
                    s.add_note(f"第 {i} 条备注：他们还在门口 — still at the door")
                if i % 50 == 0:
                    s.tick()
                if i % max(per // 4, 1) == 1 and (r * 4 + i // max(per // 4, 1)) < photos:
                    s.add_attachment(f"photo {r}-{i}.jpg", photo, "image/jpeg")
            s.seal()


def make_calls(path: Path, days: int) -> None:
    rnd = random.Random(1)
    start = 1_790_000_000_000
    with open(path, "w", encoding="utf-8") as f:
        f.write("<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<calls count='0'>\n")
        for day in range(days):
            for _ in range(rnd.randrange(5, 40)):
                ms = start + day * 86_400_000 + rnd.randrange(86_400_000)
                f.write(
                    f'  <call number="1380013{rnd.randrange(20):04d}" duration="{rnd.randrange(0, 90)}" date="{ms}" '
                    f'type="{rnd.choice((1, 3, 5))}" presentation="1" readable_date="x" contact_name="(Unknown)" />\n'
                )
        f.write("</calls>\n")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--recordings", type=int, default=10)
    ap.add_argument("--events", type=int, default=5000)
    ap.add_argument("--days", type=int, default=30)
    ap.add_argument("--photos", type=int, default=20, help="at most 4 per recording")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--save", help="pickle the report.pdf input here (for profiling)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-pdf-") as tmp:
        root = Path(tmp)
        vault = Vault.create(root / "home", PASSPHRASE)
        make_case(vault, args.recordings, args.events, args.photos)
        make_calls(root / "calls.xml", args.days)
        keys = vault.unlock(PASSPHRASE)
        import_log(vault, keys.recording, "Bench", root / "calls.xml", "bench", "Asia/Shanghai")
        ids = sessions_of_case(vault, keys, "Bench")
        captured: dict[str, object] = {}

        def timed(source: report.ReportPdfInput) -> bytes:
            captured["source"] = source
            t = time.perf_counter()
            data = pdf_render.render(source)
            captured.setdefault("first", time.perf_counter() - t)
            return data

        t = time.perf_counter()
        export_archive(vault, keys, ids, root / "case.zip", language="zh_CN", pdf=timed)
        export_s = time.perf_counter() - t
        source = captured["source"]
        assert isinstance(source, report.ReportPdfInput)
        times, cpu = [], []
        for _ in range(args.repeat):
            t, c = time.perf_counter(), time.process_time()
            pdf = pdf_render.render(source)
            times.append(time.perf_counter() - t)
            cpu.append(time.process_time() - c)
        from recorder.archive import report_thumbs

        photo = make_photo()
        c = time.process_time()
        report_thumbs.thumbnail(photo)
        thumb_cpu = time.process_time() - c
        photos = sum(1 for v in source.thumbnails.values() if v is not None)
        if args.save:
            import pickle

            Path(args.save).write_bytes(pickle.dumps(source))
        print(
            f"{len(ids)} sessions ({args.recordings} recordings + the call log), {args.events} events, "
            f"{args.days} days: "
            f"report.html {len(source.html) / 1e6:.1f} MB; report.pdf {len(pdf) / 1e6:.2f} MB; "
            f"first render {captured['first']:.2f} s (font loaded), then median {statistics.median(times):.2f} s "
            f"(min {min(times):.2f}; CPU {statistics.median(cpu):.2f} s); whole export {export_s:.2f} s; "
            f"{photos} photos shown, one thumbnail made in {thumb_cpu:.3f} s CPU at export"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
