"""report.pdf (issue 15 §2): PDF/A-1b that PDFBox Preflight accepts, every fact in the text pdftotext extracts (in
Chinese and in English), a QR code of the vault key's fingerprint on page 1, the facts in its metadata checked
byte for byte by recorder verify and by the independent verifier, a sentence when the font is missing."""

from __future__ import annotations

import glob
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest

from recorder.archive import layout
from recorder.archive import messages as M
from recorder.archive.export import export_archive
from recorder.archive.report import extract_facts
from recorder.archive.verify import verify_archive
from recorder.cli.main import main
from recorder.core.vault import Vault
from recorder.report_pdf import render as pdf_render
from recorder.report_pdf.render import ReportFontMissing, render
from tests.archive_sessions import record
from tests.archive_tools import read_all, resign, write_like
from tests.fixtures.core import PASSPHRASE
from tests.independent_verifier.verify import verify as independent

JAVA = "/usr/share/java"
PREFLIGHT_CP = ":".join(
    f"{JAVA}/{jar}.jar"
    for jar in ("preflight", "pdfbox2", "fontbox2", "xmpbox", "commons-logging", "javax.activation", "jaxb-api")
)


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("pdf")
    vault = Vault.create(root / "home", PASSPHRASE)
    sid = record(vault, "上門催收 Door", seconds=6)
    keys = vault.unlock(PASSPHRASE)
    out: dict[str, Any] = {"root": root, "sid": sid, "keys": keys, "vault": vault}
    for language in ("zh_CN", "zh_TW", "en"):
        path = root / f"{language}.zip"
        export_archive(vault, keys, [sid], path, language=language, pdf=render)
        out[language] = path
    return out


def _member(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as z:
        return z.read(name)


def _pdf_file(made: dict[str, Any], language: str) -> Path:
    pdf = made["root"] / f"{language}.pdf"
    pdf.write_bytes(_member(made[language], layout.REPORT_PDF))
    return pdf


def test_preflight_accepts_report_pdf_as_pdf_a_1b(made: dict[str, Any]) -> None:
    pdf = _pdf_file(made, "zh_CN")
    run = subprocess.run(
        ["java", "-cp", PREFLIGHT_CP, "org.apache.pdfbox.preflight.Validator_A1b", str(pdf)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0 and "is a valid PDF/A-1b file" in run.stdout, run.stdout + run.stderr


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("zh_CN", ["证据报告", "到达", "要求对方离开", "威胁", "离开", "来访人数", "限制时段 22:00-08:00 内的事件"]),
        ("zh_TW", ["證據報告", "到達", "要求對方離開", "威脅", "離開", "來訪人數"]),
        ("en", ["Evidence report", "Arrived", "Asked them to leave", "Threat", "Number of visitors"]),
    ],
)
def test_every_fact_is_in_the_extracted_text(made: dict[str, Any], language: str, words: list[str]) -> None:
    text = subprocess.run(
        ["pdftotext", "-layout", str(_pdf_file(made, language)), "-"], capture_output=True, text=True, check=True
    ).stdout
    facts = extract_facts(_member(made[language], layout.REPORT).decode())["sessions"][made["sid"]]
    points = [facts["visit"]["start"], facts["visit"]["end"], facts["stayed_after_asked"]["asked"], *facts["threats"]]
    for p in points:  # each fact's local time and its position in the audio
        seconds = p["offset_ms"] // 1000
        position = f"00:00:{seconds:02d}.{p['offset_ms'] % 1000:03d}"
        assert p["local"] in text and position in text, (p, language)
    assert str(facts["visitors"]) in text
    missing = [w for w in words if w not in text]
    assert missing == []
    assert "上門催收 Door" in text  # the case, in the page header and the report


def test_page_one_has_a_qr_code_of_the_vault_key(made: dict[str, Any]) -> None:
    pdf = _pdf_file(made, "en")
    prefix = made["root"] / "page"
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-f", "1", "-l", "1", str(pdf), str(prefix)], check=True)
    image = glob.glob(f"{prefix}*.png")[0]
    read = subprocess.run(["zbarimg", "--quiet", "--raw", image], capture_output=True, text=True, check=True).stdout
    manifest = _member(made["en"], layout.MANIFEST).decode()
    fingerprint = read.strip()
    assert fingerprint.startswith("SHA256:") and f'"fingerprint":"{fingerprint}"' in manifest


def test_verify_compares_the_pdf_facts_with_the_report(made: dict[str, Any], tmp_path: Path) -> None:
    report = verify_archive(made["zh_TW"])
    assert report.ok and M.ST_REPORT_PDF in [s.message for s in report.statements]
    assert independent(made["zh_TW"]).ok
    infos, data = read_all(made["zh_TW"])
    pdf = data[layout.REPORT_PDF]
    start = pdf.index(b"<er:facts>") + len(b"<er:facts>")
    flipped = b"B" if pdf[start + 10 : start + 11] != b"B" else b"C"
    data[layout.REPORT_PDF] = pdf[: start + 10] + flipped + pdf[start + 11 :]  # another fact, same length
    resign(data, made["keys"].identity)
    out = tmp_path / "edited.zip"
    write_like(out, infos, data)
    report = verify_archive(out)
    assert M.REPORT_PDF_FACTS in [p.message for p in report.problems]
    assert M.ST_REPORT_PDF not in [s.message for s in report.statements]
    assert not independent(out).ok


def test_an_archive_without_report_pdf_still_verifies(made: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "html-only.zip"
    export_archive(made["vault"], made["keys"], [made["sid"]], out, language="en")
    with zipfile.ZipFile(out) as z:
        assert layout.REPORT_PDF not in z.namelist()
    report = verify_archive(out)
    assert report.ok and M.ST_REPORT_PDF not in [s.message for s in report.statements]


def test_the_command_line_exports_report_pdf(made: dict[str, Any], tmp_path: Path) -> None:
    pw = tmp_path / "pw"
    pw.write_text(PASSPHRASE)
    out = tmp_path / "cli.zip"
    args = ["--home", str(made["vault"].home), "--passphrase-file", str(pw), "export", made["sid"], "-o", str(out)]
    assert main([*args, "--lang", "zh_TW"]) == 0
    assert _member(out, layout.REPORT_PDF).startswith(b"%PDF-1.4")
    assert "<h1>證據報告</h1>" in _member(out, layout.REPORT).decode()


def test_a_missing_font_is_one_sentence(made: dict[str, Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(pdf_render, "FONT_FILE", "fonts/not-there.ttf")
    monkeypatch.setattr(pdf_render, "_family", None)
    out = tmp_path / "nofont.zip"
    with pytest.raises(ReportFontMissing) as caught:
        export_archive(made["vault"], made["keys"], [made["sid"]], out, language="en", pdf=render)
    assert "The font for report.pdf is missing" in str(caught.value) and "not-there.ttf" in str(caught.value)
    assert not out.exists()  # no broken package left


def test_each_timeline_row_is_one_line_of_columns(made: dict[str, Any]) -> None:
    """The timeline is laid out as tab-stopped paragraphs (faster than table rows): each row of report.html's
    timeline reads as one line of report.pdf, its time, position in the audio and kind in that order."""
    import html
    import re

    page = _member(made["zh_CN"], layout.REPORT).decode()
    body = page.split("<thead>", 1)[1].split("</tbody>", 1)[0]
    rows = [
        [html.unescape(re.sub(r"<[^>]+>", "", c)).strip() for c in re.findall(r"<td>(.*?)</td>", row, re.S)]
        for row in re.findall(r"<tr[^>]*>(.*?)</tr>", body.split("</thead>", 1)[1], re.S)
    ]
    assert len(rows) >= 5
    text = subprocess.run(
        ["pdftotext", "-layout", str(_pdf_file(made, "zh_CN")), "-"], capture_output=True, text=True, check=True
    ).stdout
    lines = text.splitlines()
    for when, position, kind, _detail in rows:
        line = next((ln for ln in lines if when in ln and position in ln), None)
        assert line is not None, (when, position)
        assert line.index(when) < line.index(position) < line.index(kind), line


def test_the_timeline_header_is_repeated_and_row_shades_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    head = "<tr><th>Time</th><th>Position</th><th>What</th><th>Details</th></tr>"
    later = ' class="later"'
    rows = "".join(
        f"<tr{later if i == 4 else ''}><td>t{i}</td><td>p{i}</td><td>k{i}</td><td>d {i}\n x</td></tr>" for i in range(5)
    )
    monkeypatch.setattr(pdf_render, "ROWS_PER_HEAD", 2)
    out = pdf_render._cut_long_tables(f"<table><thead>{head}</thead><tbody>{rows}</tbody></table>")
    assert out.count('<p class="tlh">Time\tPosition\tWhat\tDetails</p>') == 3
    assert '<p class="tl">t0\tp0\tk0\td 0 x</p>' in out  # a cell's own white space collapsed, as in a table
    assert '<p class="tl-later">t4\tp4\tk4\td 4 x</p>' in out
    assert "<table" not in out


def test_a_long_report_stays_pdf_a(made: dict[str, Any]) -> None:
    """Qt draws backgrounds and underlines in the document's coordinates, past PDF/A-1's limit for real numbers
    (32,767) about ten pages in: a report of some 40 pages (the small case's page repeated, its warnings, links
    and tables far down) still passes Preflight."""
    import dataclasses
    import re

    captured: list[Any] = []

    def keep(source: Any) -> bytes:
        captured.append(source)
        return render(source)

    export_archive(made["vault"], made["keys"], [made["sid"]], made["root"] / "long.zip", language="zh_CN", pdf=keep)
    page = captured[0].html
    body = re.search(r"<body[^>]*>(.*)</body>", page, re.S)
    assert body is not None and '<p class="warn">' in body.group(1) and "<a href=" in body.group(1)
    long = page.replace("</body>", body.group(1) * 14 + "</body>")
    pdf = made["root"] / "long.pdf"
    pdf.write_bytes(render(dataclasses.replace(captured[0], html=long)))
    pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert int(re.search(r"Pages:\s+(\d+)", pages).group(1)) >= 30  # type: ignore[union-attr]
    run = subprocess.run(
        ["java", "-cp", PREFLIGHT_CP, "org.apache.pdfbox.preflight.Validator_A1b", str(pdf)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0 and "is a valid PDF/A-1b file" in run.stdout, run.stdout + run.stderr
