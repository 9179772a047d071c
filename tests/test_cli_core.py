"""The vault and session commands as a user runs them (`recorder …` in a subprocess), good input and bad.

Bad input — a wrong passphrase; a vault or journal file that is damaged, cut short or from a newer version; a home
that cannot be written; a session that another process is writing — gives exit code 2 and one sentence on
stderr, never a traceback, and changes nothing.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from recorder.core import store
from recorder.core.errors import RecorderError, SessionBusy, SessionEnded
from recorder.core.journal import JOURNAL_VERSION
from recorder.core.session import JOURNAL_FILE, Session, Source
from recorder.core.vault import VAULT_FILE, Vault
from tests.fixtures.core import PASSPHRASE

ROOT = Path(__file__).resolve().parents[1]
RECORDER = Path(sys.executable).with_name("recorder")


def recorder(home: Path, *args: str, passphrase: Path | None = None) -> subprocess.CompletedProcess[str]:
    cmd = [str(RECORDER), "--home", str(home)]
    if passphrase is not None:
        cmd += ["--passphrase-file", str(passphrase)]
    env = {**os.environ, "LANGUAGE": "en", "LANG": "C.UTF-8"}
    return subprocess.run(
        cmd + list(args), capture_output=True, text=True, env=env, timeout=60, stdin=subprocess.DEVNULL
    )


def assert_one_sentence(run: subprocess.CompletedProcess[str], *words: str) -> str:
    """Exit 2, exactly one line on stderr that contains ``words``, no traceback."""
    assert run.returncode == 2, (run.returncode, run.stdout, run.stderr)
    assert "Traceback" not in run.stderr + run.stdout
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1, run.stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


def snapshot(home: Path) -> dict[str, bytes]:
    return {str(p.relative_to(home)): p.read_bytes() for p in sorted(home.rglob("*")) if p.is_file()}


@pytest.fixture
def wrong_passphrase(tmp_path: Path) -> Path:
    p = tmp_path / "wrong.txt"
    p.write_text("not the passphrase\n", encoding="utf-8")
    return p


@pytest.fixture
def recorded(vault: Vault) -> Iterator[tuple[Vault, str]]:
    """A sealed session of 1.2 s of audio with a note, written through the core API."""
    s = Session.start(vault, "Door visit 门口", Source("test tone", live=False, kind="test-signal"))
    for _ in range(12):
        s.append_audio(b"\x10\x00" * 4800, rate=48000)
    s.add_note("They said they would come back")
    s.seal()
    yield vault, s.id


def test_init_creates_a_vault_and_refuses_a_second(tmp_path: Path, passphrase_file: Path) -> None:
    home = tmp_path / "home"
    run = recorder(home, "init", passphrase=passphrase_file)
    assert run.returncode == 0, run.stderr
    assert Vault.open(home).unlock(PASSPHRASE)
    before = snapshot(home)
    assert_one_sentence(recorder(home, "init", passphrase=passphrase_file), "already exists")
    assert snapshot(home) == before


def test_sessions_without_passphrase_lists_and_says_the_rest_is_locked(recorded) -> None:  # type: ignore[no-untyped-def]
    vault, sid = recorded
    run = recorder(vault.home, "sessions")
    assert run.returncode == 0, run.stderr
    line = next(ln for ln in run.stdout.splitlines() if sid in ln)
    assert "sealed" in line and "locked" in line and "Door visit" not in run.stdout
    rows = json.loads(recorder(vault.home, "sessions", "--json").stdout)
    assert rows == [{"id": sid, "state": "sealed", "start": rows[0]["start"], "locked": True}]


def test_sessions_with_passphrase_shows_case_end_length_and_checked(recorded, passphrase_file: Path) -> None:  # type: ignore[no-untyped-def]
    vault, sid = recorded
    run = recorder(vault.home, "sessions", passphrase=passphrase_file)
    assert run.returncode == 0, run.stderr
    line = next(ln for ln in run.stdout.splitlines() if sid in ln)
    assert "Door visit 门口" in line and "1.2 s" in line and "checked" in line and "NOT CHECKED" not in line
    row = json.loads(recorder(vault.home, "sessions", "--json", passphrase=passphrase_file).stdout)[0]
    assert row["case"] == "Door visit 门口" and row["audio_seconds"] == 1.2 and row["checked"] is True
    assert row["end"] and row["end"] >= row["start"] and row["sealed"] and not row["locked"]


def test_check_passes_then_fails_naming_the_entry(recorded, passphrase_file: Path) -> None:  # type: ignore[no-untyped-def]
    vault, sid = recorded
    run = recorder(vault.home, "check", sid, passphrase=passphrase_file)
    assert run.returncode == 0 and "all checks hold" in run.stdout, run.stdout + run.stderr

    journal = vault.session_dir(sid) / JOURNAL_FILE
    raw = bytearray(journal.read_bytes())
    sc = store.scan(journal)
    target = sc.frames[5]
    raw[target.offset + 40] ^= 0x80  # inside the ciphertext of entry 5
    journal.write_bytes(bytes(raw))
    run = recorder(vault.home, "check", passphrase=passphrase_file)  # all sessions: the one there fails
    assert run.returncode == 1, run.stdout + run.stderr
    assert "CHECK FAILED" in run.stdout and f"entry 5 (byte {target.offset})" in run.stdout
    assert "Traceback" not in run.stderr
    run = recorder(vault.home, "sessions", "--json", passphrase=passphrase_file)  # listing a tampered one
    assert run.returncode == 0 and "Traceback" not in run.stderr, run.stderr
    assert json.loads(run.stdout)[0]["checked"] is False


def test_wrong_passphrase(recorded, wrong_passphrase: Path) -> None:  # type: ignore[no-untyped-def]
    vault, sid = recorded
    before = snapshot(vault.home)
    for args in (("check", sid), ("passwd", "--new-passphrase-file", str(wrong_passphrase))):
        assert_one_sentence(recorder(vault.home, *args, passphrase=wrong_passphrase), "passphrase is wrong")
    assert snapshot(vault.home) == before


@pytest.mark.parametrize(
    "damage, words",
    [
        (lambda raw: raw[: len(raw) // 3], "damaged"),
        (lambda raw: b"", "damaged"),
        (lambda raw: raw.replace(b'"recording_public": "', b'"recording_public": "!'), "damaged"),
        (lambda raw: raw.replace(b'"version": 1', b'"version": 7'), "newer version"),
    ],
    ids=["truncated", "empty", "corrupt", "newer"],
)
def test_damaged_truncated_or_newer_vault_file(recorded, passphrase_file: Path, damage, words: str) -> None:  # type: ignore[no-untyped-def]
    vault, _sid = recorded
    path = vault.home / VAULT_FILE
    path.write_bytes(damage(path.read_bytes()))
    before = snapshot(vault.home)
    assert_one_sentence(recorder(vault.home, "sessions", passphrase=passphrase_file), words)
    assert snapshot(vault.home) == before


def _with_header_version(raw: bytes, version: int) -> bytes:
    n = int.from_bytes(raw[8:12], "big")
    header = json.loads(raw[12 : 12 + n])
    header["version"] = version
    body = json.dumps(header, sort_keys=True, separators=(",", ":")).encode()
    blob = raw[:8] + len(body).to_bytes(4, "big") + body
    return blob + zlib.crc32(blob).to_bytes(4, "big") + raw[12 + n + 4 :]


@pytest.mark.parametrize(
    "damage, words",
    [
        (lambda raw: raw[:30], "damaged at byte"),
        (lambda raw: raw[:20] + b"\x00" + raw[21:], "damaged at byte"),
        (lambda raw: b"NOTAJRNL" + raw[8:], "not a recording"),
        (lambda raw: _with_header_version(raw, JOURNAL_VERSION + 1), "newer version"),
    ],
    ids=["truncated-in-header", "corrupt-header", "foreign", "newer"],
)
def test_damaged_truncated_or_newer_journal(recorded, passphrase_file: Path, damage, words: str) -> None:  # type: ignore[no-untyped-def]
    vault, sid = recorded
    journal = vault.session_dir(sid) / JOURNAL_FILE
    journal.write_bytes(damage(journal.read_bytes()))
    before = snapshot(vault.home)
    # Listing never fails on one bad journal: it says "damaged" (without the passphrase it reads the same files).
    run = recorder(vault.home, "sessions", "--json", passphrase=passphrase_file)
    assert run.returncode == 0 and "Traceback" not in run.stderr, run.stderr
    assert json.loads(run.stdout)[0]["state"] == "damaged"
    assert_one_sentence(recorder(vault.home, "check", sid, passphrase=passphrase_file), words)
    assert snapshot(vault.home) == before


def test_journal_cut_inside_a_record_is_recovered_and_checks_with_its_unsigned_tail(
    recorded,  # type: ignore[no-untyped-def]
    passphrase_file: Path,
) -> None:
    """What a crash leaves (a record cut short) is not bad input: it is recovered, and the prefix checks."""
    vault, sid = recorded
    journal = vault.session_dir(sid) / JOURNAL_FILE
    raw = journal.read_bytes()
    cut = store.scan(journal).frames[-3].offset + 50
    journal.write_bytes(raw[:cut])
    run = recorder(vault.home, "sessions")
    assert run.returncode == 0 and sid in run.stderr and "interrupted" in run.stderr, run.stderr
    assert journal.read_bytes() == raw[:cut]
    run = recorder(vault.home, "check", sid, passphrase=passphrase_file)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "all checks hold" in run.stdout and "not signed" in run.stdout


def test_home_not_writable(tmp_path: Path, passphrase_file: Path) -> None:
    """A read-only home (a read-only tmpfs when root, as in CI; else a folder without write permission): init
    says so in one sentence; listing a vault there works but cannot (and does not) mark a crashed session."""
    ro = tmp_path / "ro"
    ro.mkdir()
    root = os.geteuid() == 0
    if root:
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(ro)], check=True)
    try:
        vault = Vault.create(ro / "home", PASSPHRASE, kdf_memory_kib=65536)
        s = Session.start(vault, "case", Source("test", live=False, kind="test-signal"))
        s.append_audio(b"\x00\x01" * 100, rate=48000)
        s.abandon()
        if root:
            subprocess.run(["mount", "-o", "remount,ro", str(ro)], check=True)
        else:
            for p in [ro, *ro.rglob("*")]:
                if p.is_dir():
                    os.chmod(p, 0o500)
        before = snapshot(ro)
        assert_one_sentence(recorder(ro / "new-home", "init", passphrase=passphrase_file), "cannot be written")
        run = recorder(ro / "home", "sessions", "--json")
        assert run.returncode == 0 and "Traceback" not in run.stderr, run.stderr
        assert json.loads(run.stdout)[0]["state"] == "unfinished"
        assert snapshot(ro) == before
    finally:
        if root:
            subprocess.run(["umount", str(ro)], check=True)
        else:
            for p in [ro, *ro.rglob("*")]:
                if p.is_dir():
                    os.chmod(p, 0o700)


def test_missing_passphrase_file_and_no_terminal(recorded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    vault, _sid = recorded
    assert_one_sentence(recorder(vault.home, "check", passphrase=tmp_path / "absent.txt"), "cannot be read")
    assert_one_sentence(recorder(vault.home, "check"), "--passphrase-file")


def test_a_second_writer_is_refused_and_a_listing_leaves_a_live_recording_alone(
    vault: Vault, passphrase_file: Path
) -> None:
    """Another process records; this one may not write to it (SessionBusy), `recorder sessions` shows it as
    recording and does not mark it recovered. Once sealed or killed, nothing can be added (SessionEnded)."""
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers_crash_writer", str(vault.home)], cwd=ROOT, stdout=subprocess.PIPE
    )
    assert child.stdout is not None
    try:
        sid = child.stdout.readline().decode().split()[1]
        assert child.stdout.readline().startswith(b"frames ")
        with pytest.raises(SessionBusy) as err:
            store.open_for_append(vault, sid)
        assert "being written by another" in str(err.value)
        run = recorder(vault.home, "sessions", "--json", passphrase=passphrase_file)
        assert run.returncode == 0 and "interrupted" not in run.stderr, run.stderr
        assert json.loads(run.stdout)[0]["state"] == "recording"
        assert not (vault.session_dir(sid) / store.INTERRUPTED_FILE).exists()
        assert store.recover_all(vault) == []
        child.send_signal(signal.SIGTERM)
        assert child.stdout.read().decode().splitlines()[-1] == "sealed"
    finally:
        child.kill()
        child.wait()
        child.stdout.close()
    with pytest.raises(SessionEnded) as ended:
        store.open_for_append(vault, sid)
    assert "has ended" in str(ended.value)

    crashed = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers_crash_writer", str(vault.home)], cwd=ROOT, stdout=subprocess.PIPE
    )
    assert crashed.stdout is not None
    try:
        crashed_id = crashed.stdout.readline().decode().split()[1]
    finally:
        crashed.kill()
        crashed.wait()
        crashed.stdout.close()
    with pytest.raises(SessionEnded):
        store.open_for_append(vault, crashed_id)
    with pytest.raises(RecorderError) as missing:
        store.open_for_append(vault, "20000101T000000Z-000000")
    assert "no recording called" in str(missing.value)


def test_each_command_loads_only_its_own_module_and_the_map_matches_the_modules() -> None:
    import argparse
    import importlib

    from recorder.cli import main as cli

    for module_name in cli.COMMAND_MODULES:
        sub = argparse.ArgumentParser().add_subparsers()
        importlib.import_module(f"recorder.cli.{module_name}").register(sub)
        registered = set(sub.choices)
        assert registered == {c for c, m in cli.MODULE_OF.items() if m == module_name}, module_name
    code = (
        "import sys\n"
        "from recorder.cli.main import main\n"
        "main(['devices'])\n"
        "print('loaded:', sorted(m for m in sys.modules if m.startswith(('recorder.archive', 'recorder.cli.'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    # argparse_words, common and output are shared by every command; of the command modules only devices' own is
    # loaded.
    loaded = (
        "loaded: ['recorder.cli.argparse_words', 'recorder.cli.common', 'recorder.cli.main', 'recorder.cli.output', "
        "'recorder.cli.record_cmds']"
    )
    assert loaded in out.stdout, out
    helped = subprocess.run([sys.executable, "-m", "recorder", "--help"], capture_output=True, text=True, timeout=60)
    assert all(c in helped.stdout for c in cli.MODULE_OF)
