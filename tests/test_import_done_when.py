"""Issue 14's "done when", as a new user would do it from the command line: a folder of phone call recordings, an
SMS backup and three screenshots imported into "Door visit"; the pattern shows calls per day, night contacts and
over-guideline days; the export carries every original byte-identical and `recorder verify` recomputes it all."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from PIL import Image

from recorder.core.vault import Vault
from tests.phone_audio import make_phone_recordings
from tests.test_cli_core import recorder
from tests.test_import_log import make_backup


def test_recordings_backup_and_screenshots_into_door_visit_then_export_and_verify(
    vault: Vault, passphrase_file: Path, tmp_path: Path
) -> None:
    home, pw = vault.home, passphrase_file
    recordings = tmp_path / "phone" / "Recordings"
    make_phone_recordings(recordings)
    shots = tmp_path / "phone" / "Screenshots"
    shots.mkdir()
    for i, colour in enumerate(("white", "black", "gray")):
        Image.new("RGB", (108, 240), colour).save(shots / f"Screenshot_2026110{i + 1}.png")
    xml_calls, xml_sms, _events = make_backup()
    (tmp_path / "calls.xml").write_bytes(xml_calls)
    (tmp_path / "sms.xml").write_bytes(xml_sms)

    steps = [
        ("import", "--case", "Door visit", "--source", "Xiaomi call recorder", str(recordings)),
        ("import", "--case", "Door visit", "--source", "WeChat screenshots", str(shots)),
        ("import-log", "--case", "Door visit", "--time-zone", "Asia/Shanghai", str(tmp_path / "calls.xml")),
        ("import-log", "--case", "Door visit", "--time-zone", "Asia/Shanghai", str(tmp_path / "sms.xml")),
    ]
    for step in steps:
        run = recorder(home, *step, passphrase=pw)
        assert run.returncode == 0, (step, run.stderr)
    log = recorder(home, "log", "--case", "Door visit", "--json", passphrase=pw)
    facts = json.loads(log.stdout)
    assert facts["rows"] == 2500 and len(facts["per_day"]) >= 30
    assert facts["restricted_hours"]["count"] > 0 and facts["guideline"]["over_unanswered_per_day"]

    out = tmp_path / "Door visit.zip"
    run = recorder(home, "export", "--case", "Door visit", "-o", str(out), passphrase=pw)
    assert run.returncode == 0, run.stderr
    originals = {p.name: p.read_bytes() for p in (tmp_path / "phone").rglob("*") if p.is_file()}
    originals.update({"calls.xml": xml_calls, "sms.xml": xml_sms})
    with zipfile.ZipFile(out) as z:
        imported = {n.split("/")[-1].split("-", 1)[1]: z.read(n) for n in z.namelist() if "/imported/" in n}
    assert imported == originals  # 9 recordings, 3 screenshots, 2 backups: every byte as it was
    run = recorder(home, "verify", str(out))
    assert run.returncode == 0, run.stdout
    text = " ".join(run.stdout.split())
    assert text.count("NOT recorded by this app") == 4
    assert "2000 call-log rows were parsed again" in text and "500 call-log rows were parsed again" in text
