"""Imported files in the sealed archive (issue 14 §1–2): originals byte-identical and listed in SHA256SUMS, the
report and the verifier say "imported, not recorded by this app", and a flipped byte in an imported original is
caught by `recorder verify` and by `sha256sum -c`."""

from __future__ import annotations

import os
import subprocess
import zipfile
from pathlib import Path

import pytest

from recorder.archive.export import export_archive, sessions_of_case
from recorder.archive.verify import verify_archive
from recorder.core.vault import Vault, VaultKeys
from recorder.importing.files import import_files
from tests.archive_tools import read_all, write_like
from tests.fixtures.tsa import LocalTSA, TsaPki
from tests.test_cli_core import recorder


@pytest.fixture
def exported(vault: Vault, keys: VaultKeys, tmp_path: Path) -> tuple[Path, dict[str, bytes], str]:
    phone = tmp_path / "phone"
    phone.mkdir()
    originals = {
        "call 138 0013 8000.m4a": os.urandom(40_000),
        "微信截图.png": b"\x89PNG\r\n\x1a\n" + os.urandom(5_000),
    }
    for name, data in originals.items():
        (phone / name).write_bytes(data)
    result = import_files(vault, keys.recording, "Door visit", [phone], "Xiaomi call recorder")
    out = tmp_path / "door.zip"
    export_archive(vault, keys, sessions_of_case(vault, keys, "Door visit"), out, language="en")
    return out, originals, result.session


def test_archive_carries_the_originals_byte_identical_and_says_imported(
    exported: tuple[Path, dict[str, bytes], str], tmp_path: Path
) -> None:
    out, originals, sid = exported
    with zipfile.ZipFile(out) as z:
        members = {i.filename: i for i in z.infolist()}
        imported = {n: z.read(n) for n in members if n.startswith(f"sessions/{sid}/imported/")}
        sums = z.read("SHA256SUMS").decode()
        report = z.read("report.html").decode()
    assert sorted(imported.values()) == sorted(originals.values())  # byte-identical
    assert all(members[n].compress_type == zipfile.ZIP_STORED for n in imported)
    assert all(f"  {n}\n" in sums for n in imported)
    assert "Imported, not recorded by this app" in report and "Xiaomi call recorder" in report
    assert "call 138 0013 8000.m4a" in report and "not a microphone" not in report
    verdict = verify_archive(out)
    assert verdict.ok, [str(p) for p in verdict.problems]
    said = " ".join(str(s) for s in verdict.statements)
    assert "NOT recorded by this app" in said and "not proven" in said and "NOT a live recording" not in said
    # Stock tools: every member, the imported originals included, checks with sha256sum -c.
    unpacked = tmp_path / "unpacked"
    with zipfile.ZipFile(out) as z:
        z.extractall(unpacked)
    run = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=unpacked, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_a_flipped_byte_in_an_imported_original_is_caught_by_verify_and_sha256sum(
    exported: tuple[Path, dict[str, bytes], str], tmp_path: Path
) -> None:
    out, _originals, sid = exported
    infos, data = read_all(out)
    name = next(n for n in data if n.startswith(f"sessions/{sid}/imported/") and n.endswith(".m4a"))
    flipped = bytearray(data[name])
    flipped[1234] ^= 0x01
    data[name] = bytes(flipped)
    bad = tmp_path / "bad.zip"
    write_like(bad, infos, data)  # a well-formed zip: the deeper checks must catch it
    run = recorder(tmp_path / "no-vault", "verify", str(bad))
    assert run.returncode == 1, run.stdout + run.stderr
    assert "imported file" in run.stdout and "does not match the hash recorded at its import" in run.stdout
    unpacked = tmp_path / "unpacked"
    with zipfile.ZipFile(bad) as z:
        z.extractall(unpacked)
    stock = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=unpacked, capture_output=True, text=True)
    assert stock.returncode == 1 and f"{name}: FAILED" in stock.stdout


def test_call_log_rows_are_derived_again_by_the_verifier_and_every_figure_recomputed(
    vault: Vault, keys: VaultKeys, tmp_path: Path
) -> None:
    from recorder.archive.report import FACTS_ID
    from recorder.importing.logs import import_log
    from tests.archive_tools import resign
    from tests.test_import_log import make_backup

    xml_calls, _xml_sms, _events = make_backup()
    calls = tmp_path / "calls.xml"
    calls.write_bytes(xml_calls)
    done = import_log(vault, keys.recording, "Door visit", calls, "SMS Backup & Restore", "Asia/Shanghai")
    sid = done.result.session
    out = tmp_path / "door.zip"
    export_archive(vault, keys, [sid], out, language="en", profile="cn")
    verdict = verify_archive(out)
    assert verdict.ok, [str(p) for p in verdict.problems]
    said = " ".join(str(s) for s in verdict.statements)
    assert "2000 call-log rows were parsed again from the imported original" in said
    infos, data = read_all(out)
    assert data[f"sessions/{sid}/imported/000001-calls.xml"] == xml_calls
    report = data["report.html"].decode()
    assert "Calls and messages (derived from the imported log)" in report and "exceeds guideline" in report
    # The owner's own key signs an archive whose report states other figures: the verifier recomputes them.
    forged = dict(data)
    marker = f'<script type="application/json" id="{FACTS_ID}">'
    head, facts = report.split(marker, 1)
    facts = facts.replace('"calls_in":', '"calls_in":1', 1)  # one figure changed (e.g. 61 → 161)
    forged["report.html"] = (head + marker + facts).encode()
    resign(forged, keys.identity)
    bad = tmp_path / "forged.zip"
    write_like(bad, infos, forged)
    run = recorder(tmp_path / "no-vault", "verify", str(bad))
    assert run.returncode == 1 and "report" in run.stdout.lower(), run.stdout
    # Rows that the original does not give (a row added to the derived member) are caught as well.
    forged = dict(data)
    rows_name = f"sessions/{sid}/derived/000002-call-log-rows.jsonl"
    forged[rows_name] = data[rows_name] + data[rows_name].splitlines(keepends=True)[0]
    resign(forged, keys.identity)
    write_like(bad, infos, forged)
    run = recorder(tmp_path / "no-vault", "verify", str(bad))
    assert run.returncode == 1 and "derived rows" in run.stdout, run.stdout


def test_an_import_is_stamped_with_trusted_time_like_a_recording(
    tsa: LocalTSA, tsa_pki: TsaPki, vault: Vault, passphrase_file: Path, tmp_path: Path
) -> None:
    photo = tmp_path / "Screenshot_20261102.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(3_000))
    tsa_args = ("--tsa", tsa.url, "--tsa-root", str(tsa_pki.root))
    run = recorder(vault.home, "import", "--case", "Door visit", str(photo), *tsa_args, passphrase=passphrase_file)
    assert run.returncode == 0, run.stderr
    out = tmp_path / "door.zip"
    run = recorder(vault.home, "export", "--case", "Door visit", "-o", str(out), passphrase=passphrase_file)
    assert run.returncode == 0, run.stderr
    run = recorder(vault.home, "verify", str(out))
    text = " ".join(run.stdout.split())
    assert run.returncode == 0, run.stdout
    assert "the session's first entry existed no later than " in text and "stamped by Test TSA" in text
    assert "the seal (the session's last entry) existed no later than " in text
