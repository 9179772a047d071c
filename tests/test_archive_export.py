"""Export: a fresh archive passes the stock tools exactly as VERIFY.txt writes them and `recorder verify`;
the audio is the captured PCM; interrupted sessions, cancel, encryption, the report and its facts."""

from __future__ import annotations

import html
import json
import shutil
import subprocess
import wave
import zipfile
from pathlib import Path

import pytest

from recorder.archive import container, layout
from recorder.archive import messages as M
from recorder.archive.export import export_archive
from recorder.archive.facts import SessionEvents, compute
from recorder.archive.report import extract_facts
from recorder.archive.verify import verify_archive
from recorder.cli.main import main
from recorder.core.errors import RecorderError
from recorder.core.progress import Cancelled
from recorder.core.review import ReviewSitting
from recorder.core.store import SessionReader, recover_all
from recorder.core.vault import Vault
from tests.archive_sessions import RATE, record
from tests.fixtures.core import PASSPHRASE


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict:  # type: ignore[type-arg]
    """One vault with a sealed session (with a later annotation) and an interrupted one, exported once."""
    home = tmp_path_factory.mktemp("archive") / "home"
    vault = Vault.create(home, PASSPHRASE)
    sealed = record(vault, "Case A", seconds=6, attachment_name="门口照片 (1).jpg")
    broken = record(vault, "Case A", seconds=5, seal=False, seed=2)
    recover_all(vault)
    keys = vault.unlock(PASSPHRASE)
    sitting = ReviewSitting.open(vault, keys, sealed)
    sitting.add_note("He repeated the threat here.", frame=RATE, rate=RATE)
    sitting.close()
    out = home.parent / "case.zip"
    export_archive(vault, keys, [sealed, broken], out, language="en", part_frames=RATE * 2)
    pw = home.parent / "pw.txt"
    pw.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return {"vault": vault, "keys": keys, "sealed": sealed, "broken": broken, "zip": out, "home": home, "pw": pw}


def test_stock_tools_accept_a_fresh_export_exactly_as_verify_txt_says(made: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    folder = tmp_path / "evidence"
    with zipfile.ZipFile(made["zip"]) as z:
        z.extractall(folder)
    text = (folder / layout.VERIFY_TEXT).read_text("utf-8")
    assert "证据包验证说明" in text and "How to verify" in text
    commands = []
    for line in text.splitlines():
        cmd = line.strip()
        if (
            line.startswith("    ")
            and cmd.split(" ")[0] in ("openssl", "ssh-keygen", "sha256sum")
            and cmd not in commands
        ):
            commands.append(cmd)
    assert any(c.startswith("openssl pkeyutl -verify") for c in commands)
    assert any(c.startswith("ssh-keygen -Y verify") for c in commands)
    assert any(c.startswith("sha256sum -c") for c in commands)
    outputs = []
    for cmd in commands:
        done = subprocess.run(cmd, shell=True, cwd=folder, capture_output=True, text=True)
        assert done.returncode == 0, (cmd, done.stdout, done.stderr)
        outputs.append(done.stdout + done.stderr)
    joined = "\n".join(outputs)
    assert "Signature Verified Successfully" in joined
    assert 'Good "evidence-recorder-archive@v1" signature for evidence-recorder' in joined
    # SHA256SUMS covers every member but itself and its two signatures.
    listed = {ln.split("  ", 1)[1] for ln in (folder / layout.SUMS).read_text().splitlines()}
    on_disk = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
    assert on_disk - listed == set(layout.UNLISTED)

    # A changed byte makes the stock commands fail.
    wav_path = next(folder.rglob("*.wav"))
    raw = bytearray(wav_path.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    wav_path.write_bytes(bytes(raw))
    sums = [c for c in commands if c.startswith("sha256sum")][0]
    assert subprocess.run(sums, shell=True, cwd=folder, capture_output=True).returncode != 0


def test_recorder_verify_accepts_it_and_says_what_is_proven(made: dict, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[type-arg]
    assert main(["verify", str(made["zip"]), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["ok"] is True and doc["problems"] == []
    words = "\n".join(doc["statements"])
    assert "NOT a live recording" in words
    assert f"Recording {made['broken']} ended by interruption at" in words
    assert "the last 2 entries are hash-chained but not signed" in words
    assert f"Recording {made['sealed']}: 1 later annotation," in words
    assert "Not proven: the times come from the recording device's own clock" in words
    assert {s["id"] for s in doc["sessions"]} == {made["sealed"], made["broken"]}
    assert main(["verify", str(made["zip"])]) == 0
    assert "VERIFIED" in capsys.readouterr().out


def test_audio_is_the_captured_pcm_bit_for_bit_across_split_parts(made: dict) -> None:  # type: ignore[type-arg]
    reader = SessionReader(made["vault"], made["keys"].recording, made["sealed"])
    captured = b"".join(payload for _f, _e, payload in reader.records())
    manifest = json.loads(zipfile.ZipFile(made["zip"]).read(layout.MANIFEST))
    entry = next(s for s in manifest["sessions"] if s["id"] == made["sealed"])
    parts = entry["audio"]["parts"]
    assert len(parts) == 3  # 6 s in parts of 2 s
    exported = b""
    with zipfile.ZipFile(made["zip"]) as z:
        for part in parts:
            info = z.getinfo(part["path"])
            assert info.compress_type == zipfile.ZIP_STORED
            with z.open(info) as f, wave.open(f) as w:
                assert (w.getnchannels(), w.getsampwidth(), w.getframerate()) == (1, 2, RATE)
                exported += w.readframes(w.getnframes())
    assert exported == captured


def test_report_states_facts_neutrally_in_the_chosen_language(made: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    page = html.unescape(zipfile.ZipFile(made["zip"]).read(layout.REPORT).decode("utf-8"))
    for words in (
        "Not a live recording",
        "Note (the user's own statement)",
        "Added later, on",
        "This report is not legal advice.",
        "Laws on recording conversations",
        "call 110",
        "Ended by interruption at",
        "Microsoft YaHei",
    ):
        assert words in page, words
    assert "illegal" not in page.lower()
    facts = extract_facts(page)["sessions"][made["sealed"]]
    assert facts["visitors"] == 2
    assert facts["stayed_after_asked"]["minutes"] == 0  # 6 s of simulated time: rounds to 0 minutes
    assert [p["code"] for p in facts["threats"]] == ["threat"]
    out = tmp_path / "zh.zip"
    export_archive(made["vault"], made["keys"], [made["sealed"]], out, language="zh_CN")
    assert '<html lang="zh-Hans">' in zipfile.ZipFile(out).read(layout.REPORT).decode("utf-8")
    assert verify_archive(out).ok


def test_facts_from_tags() -> None:
    sec = 1_000_000_000

    def tag(seq: int, code: str, minute: int, hour: int = 23) -> dict:  # type: ignore[type-arg]
        return {
            "seq": seq,
            "kind": "tag",
            "utc": f"2026-11-20T{hour - 8:02d}:{minute:02d}:00.000000Z",
            "mono_ns": (hour * 60 + minute) * 60 * sec,
            "body": {"label": code, "code": code},
        }

    ev = SessionEvents()
    for e in (tag(1, "arrived", 0), tag(2, "asked-to-leave", 5), tag(3, "threat", 20), tag(4, "left", 52)):
        ev.add(e)
    f = compute(ev, "cn", 480)
    assert f["visit"]["minutes"] == 52
    assert f["stayed_after_asked"]["minutes"] == 47
    assert f["visit"]["start"]["local"] == "23:00"
    assert len(f["restricted_window"]) == 4 and f["window"] == "22:00-08:00"
    assert compute(ev, "us", 480)["window"] == "21:00-08:00"
    day = SessionEvents()
    day.add(tag(1, "arrived", 0, hour=14))
    assert compute(day, "cn", 480)["restricted_window"] == []


def test_cancel_and_failure_leave_nothing_that_looks_finished(made: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    out = tmp_path / "x.zip"
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(Cancelled):
        export_archive(made["vault"], made["keys"], [made["sealed"]], out, language="en", cancel=cancel)
    assert list(tmp_path.iterdir()) == []
    out.write_bytes(b"keep me")
    with pytest.raises(RecorderError) as err:
        export_archive(made["vault"], made["keys"], [made["sealed"]], out, language="en")
    assert err.value.message == M.OUT_EXISTS and out.read_bytes() == b"keep me"
    with pytest.raises(RecorderError) as err:
        export_archive(
            made["vault"], made["keys"], [made["sealed"]], tmp_path / "y.zip", language="en", encrypt_to="nope"
        )
    assert err.value.message == M.BAD_RECIPIENT
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.zip"]


def test_encrypted_export_opens_with_age_and_with_recorder_verify(made: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    key = tmp_path / "key.txt"
    subprocess.run(["age-keygen", "-o", str(key)], check=True, capture_output=True)
    recipient = next(ln.split(": ")[1] for ln in key.read_text().splitlines() if ln.startswith("# public key"))
    out = tmp_path / "case.zip.age"
    code = main(
        [
            "--home",
            str(made["home"]),
            "--passphrase-file",
            str(made["pw"]),
            "export",
            "--case",
            "Case A",
            "-o",
            str(out),
            "--encrypt-to",
            recipient,
        ]
    )
    assert code == 0
    plain = tmp_path / "plain.zip"
    subprocess.run(["age", "-d", "-i", str(key), "-o", str(plain), str(out)], check=True)
    assert verify_archive(plain).ok
    assert main(["verify", str(out), "--identity", str(key)]) == 0
    assert main(["verify", str(out)]) == 2  # encrypted, no key given
    other = tmp_path / "other.txt"
    subprocess.run(["age-keygen", "-o", str(other)], check=True, capture_output=True)
    assert main(["verify", str(out), "--identity", str(other)]) == 2

    secret = tmp_path / "export-pw.txt"
    secret.write_text("package secret\n", encoding="utf-8")
    out2 = tmp_path / "one.zip.age"
    code = main(
        [
            "--home",
            str(made["home"]),
            "--passphrase-file",
            str(made["pw"]),
            "export",
            made["sealed"],
            "-o",
            str(out2),
            "--encrypt-passphrase",
            "--export-passphrase-file",
            str(secret),
        ]
    )
    assert code == 0
    assert main(["verify", str(out2), "--export-passphrase-file", str(secret)]) == 0


def test_cli_bad_usage_is_one_sentence_and_exit_2(
    made: dict, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[type-arg]
    base = ["--home", str(made["home"]), "--passphrase-file", str(made["pw"]), "export"]
    assert main([*base, "-o", str(tmp_path / "a.zip")]) == 2
    assert main([*base, "no-such-session", "-o", str(tmp_path / "a.zip")]) == 2
    assert "There is no recording called no-such-session" in capsys.readouterr().err
    assert main([*base, "--case", "Nobody", "-o", str(tmp_path / "a.zip")]) == 2
    assert "There is no recording in the case" in capsys.readouterr().err
    assert main([*base, made["sealed"], "-o", str(tmp_path / "nodir" / "a.zip")]) == 2
    assert main(["verify", str(tmp_path / "missing.zip")]) == 2
    assert "There is no file" in capsys.readouterr().err
    assert not (tmp_path / "a.zip").exists()
    shutil.rmtree(tmp_path / "nodir", ignore_errors=True)


def test_zip64_layout_beyond_the_32_bit_limits_verifies(
    made: dict, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[type-arg]
    """What a multi-gigabyte archive looks like (zip64 offsets and end records, FORMAT §7.1), made small: the
    container's thresholds lowered for the writer and the verifier alike; Info-ZIP unzip reads it the same."""
    out = tmp_path / "zip64.zip"
    monkeypatch.setattr(container, "OFFSET64_FROM", 4096)
    monkeypatch.setattr(container, "COUNT64_FROM", 3)
    export_archive(made["vault"], made["keys"], [made["sealed"], made["broken"]], out, language="en")
    with zipfile.ZipFile(out) as z:
        assert any(i.extra for i in z.infolist())  # zip64 fields present
    assert b"PK\x06\x06" in out.read_bytes()[-200:]
    report = verify_archive(out)
    assert report.ok, [str(p) for p in report.problems]
    tested = subprocess.run(["unzip", "-t", str(out)], capture_output=True, text=True)
    assert tested.returncode == 0 and "No errors detected" in tested.stdout, tested.stdout + tested.stderr
    raw = bytearray(out.read_bytes())
    raw[-30] ^= 1  # inside the zip64 end records
    out.write_bytes(bytes(raw))
    assert not verify_archive(out).ok
