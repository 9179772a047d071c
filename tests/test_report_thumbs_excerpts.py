"""Photos and excerpts in the reports (issue 15, the two gaps left): report.pdf shows a thumbnail of each photo
attachment (report.html shows the member itself), made in memory from the original and flattened onto white, so
the file stays PDF/A-1b; a hostile "photo" (a decompression bomb, corrupt bytes) is a sentence, not a failed
export. Both reports list the excerpts the archive carries (FORMAT §7.9) in the reader's language, outside the
facts block (§7.7), which keeps exactly its fields."""

from __future__ import annotations

import io
import json
import struct
import subprocess
import zipfile
import zlib
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from PIL import Image

from recorder.archive import layout, report_thumbs
from recorder.archive.archive_excerpts import ExcerptSpec
from recorder.archive.export import export_archive
from recorder.archive.report import extract_facts
from recorder.archive.verify import verify_archive
from recorder.core.vault import Vault
from recorder.report_pdf.render import render
from tests.archive_sessions import record
from tests.fixtures.core import PASSPHRASE
from tests.independent_verifier.verify import verify as independent
from tests.test_report_pdf import PREFLIGHT_CP

LANGUAGES = ("zh_CN", "zh_TW", "en")
# The excerpt section's heading, the sentence of what it proves (in part), and the tag the stretch begins at.
EXCERPT_WORDS = {
    "zh_CN": ["证据包中的片段", "录音本身在该段的样本", "要求对方离开"],
    "zh_TW": ["證據包中的片段", "錄音本身在該段的樣本", "要求對方離開"],
    "en": ["Excerpts in this package", "own samples of that stretch", "Asked them to leave"],
}
NOT_SHOWN = {
    "zh_CN": "无法在此显示这张照片",
    "zh_TW": "無法在此顯示這張照片",
    "en": "This photo cannot be shown here",
}


def _photo() -> bytes:
    """A photo with transparency (a PNG with an alpha channel): red, its left half fully transparent."""
    im = Image.new("RGBA", (1200, 900), (200, 30, 30, 255))
    im.paste((0, 0, 0, 0), (0, 0, 600, 900))
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _bomb() -> bytes:
    """A PNG claiming 100,000 × 100,000 pixels (30 GB decoded) in a few hundred bytes."""
    ihdr = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 300_001 * 4, 9)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", idat) + _chunk(b"IEND", b"")


CORRUPT = b"\xff\xd8\xff\xe0 photo bytes " * 64  # says JPEG, is not one


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("thumbs")
    vault = Vault.create(root / "home", PASSPHRASE)
    photo = record(vault, "Door", seconds=6, attachment=_photo(), attachment_name="door.png")
    bomb = record(vault, "Door", seconds=4, seed=2, attachment=_bomb(), attachment_name="bomb.png")
    corrupt = record(vault, "Door", seconds=4, seed=3, attachment=CORRUPT, attachment_name="broken.jpg")
    keys = vault.unlock(PASSPHRASE)
    out: dict[str, Any] = {"root": root, "photo": photo, "bomb": bomb, "corrupt": corrupt}
    for language in LANGUAGES:
        path = root / f"{language}.zip"
        spec = ExcerptSpec("asked-to-leave", "Left", photo)
        export_archive(vault, keys, [photo, bomb, corrupt], path, language=language, pdf=render, excerpts=[spec])
        with zipfile.ZipFile(path) as z:
            out[language] = {name: z.read(name) for name in (layout.REPORT, layout.REPORT_PDF, layout.MANIFEST)}
        out[f"{language}.zip"] = path
        pdf = root / f"{language}.pdf"
        pdf.write_bytes(out[language][layout.REPORT_PDF])
        out[f"{language}.pdf"] = pdf
    return out


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_preflight_accepts_report_pdf_with_a_photo(made: dict[str, Any]) -> None:
    run = subprocess.run(
        ["java", "-cp", PREFLIGHT_CP, "org.apache.pdfbox.preflight.Validator_A1b", str(made["zh_CN.pdf"])],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0 and "is a valid PDF/A-1b file" in run.stdout, run.stdout + run.stderr


def test_the_photo_is_in_report_pdf_flattened_onto_white(made: dict[str, Any]) -> None:
    with pikepdf.open(made["en.pdf"]) as pdf:
        found = []
        for page in pdf.pages:
            for raw in page.get_images().values():
                assert "/SMask" not in raw and "/Mask" not in raw  # PDF/A-1: no transparency
                found.append(pikepdf.PdfImage(raw).as_pil_image().convert("RGB"))
    # The photo's thumbnail: 4:3, red on its right, white where it was transparent (the QR code is square, the
    # visit chart far wider than high).
    thumbs = [im for im in found if abs(im.width / im.height - 4 / 3) < 0.02]
    assert len(thumbs) == 1
    im = thumbs[0]
    left, right = im.getpixel((im.width // 4, im.height // 2)), im.getpixel((im.width * 3 // 4, im.height // 2))
    assert min(left) > 240  # type: ignore[type-var]
    assert right[0] > 150 and right[1] < 80 and right[2] < 80  # type: ignore[index]


@pytest.mark.parametrize("language", LANGUAGES)
def test_hostile_photos_are_a_sentence_and_the_archive_verifies(made: dict[str, Any], language: str) -> None:
    text = " ".join(_pdf_text(made[f"{language}.pdf"]).split())
    assert text.replace(" ", "").count(NOT_SHOWN[language].replace(" ", "")) == 2  # the bomb and the corrupt file
    report = verify_archive(made[f"{language}.zip"])
    assert report.ok, [p.message for p in report.problems]
    assert independent(made[f"{language}.zip"]).ok


@pytest.mark.parametrize("language", LANGUAGES)
def test_both_reports_list_the_excerpt(made: dict[str, Any], language: str) -> None:
    page = made[language][layout.REPORT].decode()
    text = "".join(_pdf_text(made[f"{language}.pdf"]).split())  # pdftotext breaks lines where the page did
    for word in [*EXCERPT_WORDS[language], "excerpts/01/excerpt.wav", "excerpts/01/excerpt.opus", made["photo"]]:
        assert word in page and "".join(word.split()) in text, (word, language)
    excerpt = json.loads(made[language][layout.MANIFEST])["excerpts"][0]
    assert excerpt["samples_sha256"] in page
    # Rendering, not facts: the facts block keeps exactly the fields FORMAT §7.7 gives it.
    doc = extract_facts(page)
    assert sorted(doc) == ["format", "sessions", "version"]
    assert "excerpt" not in made[language][layout.REPORT].split(b'id="evidence-facts"')[1].decode()


def test_thumbnails_of_hostile_bytes_are_none() -> None:
    assert report_thumbs.thumbnail(_bomb()) is None
    assert report_thumbs.thumbnail(CORRUPT) is None
    assert report_thumbs.thumbnail(b"") is None
    big = io.BytesIO()
    Image.new("1", (10_000, 6_000)).save(big, "PNG")  # 60 megapixels of a non-JPEG: past the limit
    assert report_thumbs.thumbnail(big.getvalue()) is None
    progressive = io.BytesIO()
    Image.new("RGB", (8_000, 7_000), "gray").save(progressive, "JPEG", progressive=True)  # 56 megapixels
    assert report_thumbs.thumbnail(progressive.getvalue()) is None
    baseline = io.BytesIO()
    Image.new("RGB", (8_000, 7_000), "gray").save(baseline, "JPEG")  # decoded at 1/8 scale: shown
    assert report_thumbs.thumbnail(baseline.getvalue()) is not None
    small = report_thumbs.thumbnail(_photo())
    assert small is not None
    with Image.open(io.BytesIO(small)) as im:
        assert im.format == "JPEG" and im.mode == "RGB" and max(im.size) == report_thumbs.MAX_SIDE


def test_a_photo_turned_by_its_exif_is_upright() -> None:
    im = Image.new("RGB", (800, 400), "blue")
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90° to show
    out = io.BytesIO()
    im.save(out, "JPEG", exif=exif)
    small = report_thumbs.thumbnail(out.getvalue())
    assert small is not None
    with Image.open(io.BytesIO(small)) as thumb:
        assert thumb.height > thumb.width


def test_printing_a_package_reads_its_photos_for_the_thumbnails(made: dict[str, Any]) -> None:
    """The app's Print (recorder.gui.print_report) lays the package's report out as report.pdf is: its photo from
    the package's member, the hostile two as a sentence."""
    from recorder.gui import print_report

    source = print_report.report_source(made["en.zip"])
    by_name = {path.rsplit("/", 2)[0].rsplit("/", 1)[1]: jpeg for path, jpeg in source.thumbnails.items()}
    assert by_name.keys() == {made["photo"], made["bomb"], made["corrupt"]}
    assert by_name[made["bomb"]] is None and by_name[made["corrupt"]] is None
    photo = by_name[made["photo"]]
    assert photo is not None and Image.open(io.BytesIO(photo)).size == (320, 240)
    assert "(This photo cannot be shown here" in source.no_thumbnail
