"""Bad input to the command line (issue 12 §5): one sentence, exit 2, nothing modified; user text printed escaped;
a reader that goes away (``| head -1``) is not a failure; a package that is not a regular file is refused."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from recorder.archive.export import export_archive
from recorder.cli.main import main
from recorder.cli.output import shown
from recorder.core.session import Session, Source
from recorder.core.vault import Vault, VaultKeys
from tests.archive_sessions import record
from tests.fixtures.core import PASSPHRASE


@pytest.fixture(autouse=True)
def _signals_as_they_were() -> Iterator[None]:
    """main() in-process installs the command line's signal handling (recorder/stop_signals.py): undo it."""
    import signal

    from recorder.stop_signals import CATCHER

    saved = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    yield
    for sig, handler in saved.items():
        signal.signal(sig, handler)
    CATCHER.reset()
    CATCHER.installed = False


def snapshot(home: Path) -> dict[str, bytes]:
    return {str(p.relative_to(home)): p.read_bytes() for p in sorted(home.rglob("*")) if p.is_file()}


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def cli_env() -> dict[str, str]:
    return {**os.environ, "LANGUAGE": "en", "LANG": "C.UTF-8", "RECORDER_TSA": "none"}


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--duration", "-1"], "--duration takes a number of seconds above 0"),
        (["--duration", "0"], "--duration takes a number of seconds above 0"),
        (["--duration", "nan"], "--duration takes a number of seconds above 0"),  # recorded for ever before
        (["--duration", "inf"], "--duration takes a number of seconds above 0"),
        (["--duration", "1e308"], "--duration takes a number of seconds above 0"),
        (["--stamp-every", "-3"], "--stamp-every takes a number of minutes above 0"),
        (["--rate", "-5"], "--rate takes a sample rate"),  # the test tone recorded at -5 Hz before
        (["--rate", "999999999"], "--rate takes a sample rate"),  # the test tone's first block exhausted the memory
    ],
)
def test_record_values_that_cannot_be_meant_are_refused(vault: Vault, capsys, args: list[str], words: str) -> None:  # type: ignore[no-untyped-def]
    before = snapshot(vault.home)
    code, out, err = run_cli(capsys, "--home", str(vault.home), "record", "--case", "c", "--source", "test-tone", *args)
    assert code == 2 and words in err and err.count("\n") == 1, (code, out, err)
    assert snapshot(vault.home) == before


def test_an_empty_case_name_is_refused(vault: Vault, capsys) -> None:  # type: ignore[no-untyped-def]
    before = snapshot(vault.home)
    for case in ("", "   "):
        code, _out, err = run_cli(capsys, "--home", str(vault.home), "record", "--case", case, "--source", "test-tone")
        assert code == 2 and "The case name is empty" in err
    assert snapshot(vault.home) == before


def test_a_case_name_that_is_not_text_is_refused_with_a_sentence(vault: Vault) -> None:
    # On Linux an argument is bytes; ones that are not UTF-8 reached the journal's encoder as surrogates and
    # ended in a traceback after the vault was opened.
    before = snapshot(vault.home)
    argv = [sys.executable, "-m", "recorder", "--home", str(vault.home), "record", "--source", "test-tone"]
    run = subprocess.run(
        [os.fsencode(a) for a in argv] + [b"--case", b"\xff\xfe visit"],
        capture_output=True,
        env=cli_env(),
        timeout=60,
    )
    err = run.stderr.decode("utf-8", "replace")
    assert run.returncode == 2 and "Traceback" not in err, err
    assert "The case name holds bytes that are not text" in err and err.count("\n") == 1, err
    assert snapshot(vault.home) == before


def test_names_with_line_feeds_escapes_and_bidi_marks_are_printed_escaped(
    vault: Vault, passphrase_file: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    evil = "visit\nFAKE LINE\x1b[2J\u202eedoc"
    s = Session.start(vault, evil, Source("test", live=False, kind="test-signal"))
    s.append_audio(b"\x00\x00" * 4800, rate=48000)
    s.seal()
    code, out, err = run_cli(capsys, "--home", str(vault.home), "--passphrase-file", str(passphrase_file), "sessions")
    assert code == 0, err
    line = next(ln for ln in out.splitlines() if s.id in ln)
    assert "visit\\nFAKE LINE\\x1b[2J\\u202eedoc" in line
    assert "\x1b" not in out and "\u202e" not in out and not any(ln.startswith("FAKE") for ln in out.splitlines())
    # --json is for programs: JSON's own escapes, and the name comes back exactly.
    code, out, _ = run_cli(
        capsys, "--home", str(vault.home), "--passphrase-file", str(passphrase_file), "sessions", "--json"
    )
    assert json.loads(out)[0]["case"] == evil
    # A session argument is shown escaped in the sentence that says it does not exist.
    code, _out, err = run_cli(
        capsys, "--home", str(vault.home), "--passphrase-file", str(passphrase_file), "check", "x\x1b]0;pwned\x07"
    )
    assert code == 2 and "\x1b" not in err and "x\\x1b]0;pwned\\x07" in err, err


def test_shown_escapes_what_would_change_the_terminal_and_keeps_the_rest() -> None:
    assert shown("门口 visit ok") == "门口 visit ok"
    assert shown("a\nb\r\tc") == "a\\nb\\r\\tc"
    assert shown("\x1b[31m\x9b\x7f") == "\\x1b[31m\\x9b\\x7f"
    assert shown("\u202e\u2066\u200f") == "\\u202e\\u2066\\u200f"
    assert shown("\udcff\udc80") == "\\xff\\x80"  # bytes kept by surrogateescape


@pytest.fixture
def archive(vault: Vault, keys: VaultKeys, tmp_path: Path) -> Path:
    sid = record(vault, seconds=1.0, attachment=None)
    out = tmp_path / "package.zip"
    export_archive(vault, keys, [sid], out, language="en")
    return out


def test_a_reader_that_goes_away_is_not_a_failure(archive: Path) -> None:
    # `recorder verify x.zip | head -1`: BrokenPipeError and exit 1 on an authentic archive before.
    for extra in ([], ["--json"]):
        proc = subprocess.Popen(
            [sys.executable, "-m", "recorder", "verify", str(archive), *extra],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=cli_env(),
        )
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.close()  # the reader is gone before the first line
        err = proc.stderr.read().decode("utf-8", "replace")
        assert proc.wait(timeout=120) == 0, err
        assert err == ""


def test_verify_refuses_what_is_not_a_regular_file(tmp_path: Path, archive: Path) -> None:
    fifo = tmp_path / "package.zip.fifo"
    os.mkfifo(fifo)
    for target in (fifo, tmp_path):  # a FIFO blocked the verifier for ever; a folder is no package either
        run = subprocess.run(
            [sys.executable, "-m", "recorder", "verify", str(target)],
            capture_output=True,
            text=True,
            env=cli_env(),
            timeout=60,
        )
        assert run.returncode == 2 and "Traceback" not in run.stderr, run.stderr
        assert "is not a regular file" in run.stderr and run.stderr.count("\n") == 1, run.stderr
    # A link to a package is still a package.
    link = tmp_path / "link.zip"
    link.symlink_to(archive)
    run = subprocess.run(
        [sys.executable, "-m", "recorder", "verify", str(link)],
        capture_output=True,
        text=True,
        env=cli_env(),
        timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_a_sessions_folder_replaced_by_a_file_is_a_sentence_and_nothing_changes(
    vault: Vault, passphrase_file: Path
) -> None:
    Session.start(vault, "c", Source("test", live=False, kind="test-signal")).seal()
    sessions = vault.home / "sessions"
    for child in sessions.iterdir():
        for f in sorted(child.rglob("*"), reverse=True):
            f.unlink() if f.is_file() else f.rmdir()
        child.rmdir()
    sessions.rmdir()
    sessions.write_bytes(b"not a folder")
    before = snapshot(vault.home)
    for args in (["record", "--case", "c", "--source", "test-tone", "--duration", "0.2"], ["sessions"], ["check"]):
        run = subprocess.run(
            [
                sys.executable,
                "-m",
                "recorder",
                "--home",
                str(vault.home),
                "--passphrase-file",
                str(passphrase_file),
                *args,
            ],
            capture_output=True,
            text=True,
            env=cli_env(),
            timeout=60,
        )
        # Recording into it is refused (exit 2); listing and checking say what the ledger lists and cannot read.
        assert run.returncode == (2 if args[0] == "record" else {"sessions": 0, "check": 1}[args[0]]), run
        assert "Traceback" not in run.stderr and run.stderr.strip(), (args, run.stderr)
    assert snapshot(vault.home) == before


def test_the_passphrase_is_as_written(vault: Vault) -> None:
    assert vault.unlock(PASSPHRASE)  # the fixture's vault: a guard that the tests above use a real one


def test_a_passphrase_file_without_line_ends_is_refused_not_read_for_ever(vault: Vault, capsys) -> None:  # type: ignore[no-untyped-def]
    # /dev/zero never ends and has no line feed: readline() grew without bound before.
    before = snapshot(vault.home)
    code, _out, err = run_cli(capsys, "--home", str(vault.home), "--passphrase-file", "/dev/zero", "check")
    assert code == 2 and "is longer than 4096 characters: it is not a passphrase file." in err, err
    assert snapshot(vault.home) == before


def test_an_identity_file_that_never_ends_is_refused(archive: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    # read_text() of /dev/zero grew without bound before.
    code, _out, err = run_cli(capsys, "verify", str(archive), "--identity", "/dev/zero")
    assert code == 2 and "/dev/zero cannot be read" in err, err


def test_every_printer_of_the_command_line_escapes_user_text(capsys) -> None:  # type: ignore[no-untyped-def]
    from recorder.cli.common import say, warn
    from recorder.cli.import_cmds import tell

    evil = "photo\n\x1b[2J\u202e.jpg"
    say("{name}", name=evil)
    tell("{name}", name=evil)
    warn(evil)
    out, err = capsys.readouterr()
    assert out == "photo\\n\\x1b[2J\\u202e.jpg\n" * 2 and err == "photo\\n\\x1b[2J\\u202e.jpg\n", (out, err)
