"""Trusted time as a new user meets it on the command line: record with an authority, export, verify; and
stamps that waited while no authority answered, sent by the next recording."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
import zipfile
from pathlib import Path

from tests.fixtures.tsa import LocalTSA, TsaPki


def recorder(home: Path, passphrase_file: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "recorder", "--home", str(home), "--passphrase-file", str(passphrase_file)]
    return subprocess.run(
        [*command, *args],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        env={**os.environ, "LANGUAGE": "en"},
        timeout=120,
    )


def record(home: Path, pw: Path, *tsa_args: str) -> subprocess.CompletedProcess[str]:
    return recorder(home, pw, "record", "--case", "Door", "--source", "test-tone", "--duration", "0.5", *tsa_args)


def test_record_export_verify_with_a_local_authority(
    tsa: LocalTSA, tsa_pki: TsaPki, tmp_path: Path, passphrase_file: Path
) -> None:
    home, out = tmp_path / "home", tmp_path / "out.zip"
    assert recorder(home, passphrase_file, "init").returncode == 0
    done = record(home, passphrase_file, "--tsa", tsa.url, "--tsa-root", str(tsa_pki.root))
    assert done.returncode == 0, done.stderr
    assert "Trusted time stamps: 2 obtained, 0 waiting" in done.stdout
    session_id = done.stdout.split()[1]
    done = recorder(home, passphrase_file, "export", session_id, "-o", str(out))
    assert done.returncode == 0, done.stderr
    done = recorder(home, passphrase_file, "verify", str(out))
    assert done.returncode == 0, done.stdout + done.stderr
    text = " ".join(done.stdout.split())
    assert "the session's first entry existed no later than " in text and "stamped by Test TSA" in text
    assert "the seal (the session's last entry) existed no later than " in text
    # A stranger checks the tokens with openssl, from the unpacked archive, as VERIFY.txt says.
    with zipfile.ZipFile(out) as z:
        z.extractall(tmp_path / "unpacked")
    report = " ".join((tmp_path / "unpacked" / "report.html").read_text("utf-8").split())
    assert "Trusted timestamps" in report and "stamped by Test TSA" in report
    assert "the session&#x27;s first entry existed no later than" in report
    assert "No trusted timestamp is included" not in report
    verify_txt = (tmp_path / "unpacked" / "VERIFY.txt").read_text("utf-8")
    commands = [line.strip() for line in verify_txt.splitlines() if line.strip().startswith("openssl ts -verify")]
    assert len(commands) == 2
    for command in commands:
        ran = subprocess.run(shlex.split(command), cwd=tmp_path / "unpacked", capture_output=True, text=True)
        assert "Verification: OK" in ran.stdout, ran.stderr


def test_stamps_wait_while_no_authority_answers_and_go_with_the_next_recording(
    tsa_down: LocalTSA, tsa_pki: TsaPki, tmp_path: Path, passphrase_file: Path
) -> None:
    home = tmp_path / "home"
    assert recorder(home, passphrase_file, "init").returncode == 0
    tsa_args = ("--tsa", tsa_down.url, "--tsa-root", str(tsa_pki.root))
    done = record(home, passphrase_file, *tsa_args)
    assert done.returncode == 0, done.stderr
    assert "Trusted time stamps: 0 obtained, 2 waiting" in done.stdout
    assert "could not be reached" in done.stderr and "the stamp waits in the queue" in done.stderr
    first = done.stdout.split()[1]
    assert sorted(p.name for p in (home / "sessions" / first / "stamps" / "tokens").glob("*.tsr")) == []
    tsa_down.start()
    done = record(home, passphrase_file, *tsa_args)
    assert done.returncode == 0, done.stderr
    assert "Trusted time stamps: 2 obtained, 0 waiting" in done.stdout
    assert len(list((home / "sessions" / first / "stamps" / "tokens").glob("*.tsr"))) == 2
    assert list((home / "sessions" / first / "stamps" / "queue").glob("*.json")) == []


def test_export_sends_waiting_stamps_first(
    tsa_down: LocalTSA, tsa_pki: TsaPki, tmp_path: Path, passphrase_file: Path
) -> None:
    home, out = tmp_path / "home", tmp_path / "out.zip"
    assert recorder(home, passphrase_file, "init").returncode == 0
    tsa_args = ("--tsa", tsa_down.url, "--tsa-root", str(tsa_pki.root))
    done = record(home, passphrase_file, *tsa_args)
    assert "Trusted time stamps: 0 obtained, 2 waiting" in done.stdout
    session_id = done.stdout.split()[1]
    bad = recorder(home, passphrase_file, "export", session_id, "-o", str(out), "--tsa", "tsa.example")
    assert bad.returncode == 2 and bad.stderr.strip().count("\n") == 0 and "tsa.example" in bad.stderr
    assert not out.exists()
    tsa_down.start()
    done = recorder(home, passphrase_file, "export", session_id, "-o", str(out), *tsa_args)
    assert done.returncode == 0, done.stderr
    assert "2 time stamps that were waiting were obtained" in done.stdout
    done = recorder(home, passphrase_file, "verify", str(out))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "the session's first entry existed no later than " in " ".join(done.stdout.split())


def test_why_a_stamp_waits_is_said_wholly_in_the_users_language(
    tsa_down: LocalTSA, tsa_pki: TsaPki, tmp_path: Path, passphrase_file: Path
) -> None:
    """The reason inside "could not be reached (…)" is a phrase translated with its sentence; stored with the
    request as its English text and read back, it stayed English in a Chinese sentence."""
    home = tmp_path / "home"
    assert recorder(home, passphrase_file, "init").returncode == 0
    done = record(home, passphrase_file, "--tsa", tsa_down.url, "--tsa-root", str(tsa_pki.root))
    assert "the connection was refused" in done.stderr  # the control: English as asked
    done = recorder(
        home,
        passphrase_file,
        "--lang",
        "zh_CN",
        "record",
        "--case",
        "Door",
        "--source",
        "test-tone",
        "--duration",
        "0.5",
        "--tsa",
        tsa_down.url,
        "--tsa-root",
        str(tsa_pki.root),
    )
    assert done.returncode == 0, done.stderr
    assert "无法连接时间戳服务" in done.stderr and "连接被拒绝" in done.stderr, done.stderr
    assert "the connection was refused" not in done.stderr, done.stderr
