"""Nothing typed is lost (issue 12 §1): `recorder record` turns any bytes on stdin into notes (bytes that are not
text in the locale's encoding kept visibly as \\xNN escapes), its reader never stops on a bad line, a line beyond
the archive's limit is refused with a sentence, and a run that did not keep every line exits non-zero."""

from __future__ import annotations

import codecs
import io
import os
import subprocess
from pathlib import Path

from recorder.cli.record_cmds import _read_stdin, _Run
from recorder.core import limits
from recorder.core.session import Session, Source
from recorder.core.store import SessionReader
from recorder.core.vault import Vault, VaultKeys
from tests.fixtures.audio import PulseServer, read_recording, recorder_argv
from tests.fixtures.core import PASSPHRASE

GB18030_LINE = "他们说明天还会再来".encode("gb18030")  # not UTF-8: the case that stopped the reader before


def _record(home: Path, stdin: bytes, *args: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "LANGUAGE": "en", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "RECORDER_TSA": "none"}
    return subprocess.run(
        recorder_argv(home, "record", "--case", "typed", *args), input=stdin, capture_output=True, env=env, timeout=120
    )


def _texts(home: Path, stdout: bytes) -> tuple[list[str], list[str]]:
    from tests.fixtures.audio import SESSION_ID

    match = SESSION_ID.search(stdout.decode("utf-8"))
    assert match, stdout
    rec = read_recording(home, PASSPHRASE, match.group(1))
    return [n["body"]["text"] for n in rec.kinds("note")], [t["body"]["label"] for t in rec.kinds("tag")]


def _init(home: Path, passphrase_file: Path) -> None:
    subprocess.run(recorder_argv(home, "init", "--passphrase-file", str(passphrase_file)), check=True, timeout=60)


def test_any_bytes_become_notes_and_every_later_line_is_kept(
    pulse: PulseServer, tmp_path: Path, passphrase_file: Path
) -> None:
    home = tmp_path / "home"
    _init(home, passphrase_file)
    binary = bytes(range(256)).replace(b"\n", b"").replace(b"\\", b"")  # a backslash would read as an escape
    stdin = b"first\n" + GB18030_LINE + b"\n" + binary + b"\n#threat\nlast line\n"
    run = _record(home, stdin, "--duration", "1")
    err = run.stderr.decode("utf-8", "replace")
    assert run.returncode == 0, err
    assert "Traceback" not in err
    notes, tags = _texts(home, run.stdout)
    assert notes[0] == "first" and notes[-1] == "last line" and len(notes) == 4, notes
    # The GB18030 bytes are mostly not UTF-8: kept visibly as escapes, and byte for byte (the escapes give back
    # exactly the bytes typed).
    assert "\\xcb" in notes[1]
    assert codecs.escape_decode(notes[1].encode("utf-8"))[0] == GB18030_LINE
    assert "\\xff" in notes[2] and "\\x80" in notes[2]
    assert codecs.escape_decode(notes[2].encode("utf-8"))[0] == binary.strip()
    assert len(tags) == 1, tags
    assert b"notes: 4, tags: 1" in run.stdout


def test_a_10_mb_line_is_refused_with_a_sentence_and_the_next_lines_are_kept(
    pulse: PulseServer, tmp_path: Path, passphrase_file: Path
) -> None:
    home = tmp_path / "home"
    _init(home, passphrase_file)
    huge = b"x" * (10 * 1024 * 1024)
    run = _record(home, b"before\n" + huge + b"\nafter\n", "--duration", "1")
    err = run.stderr.decode("utf-8")
    assert run.returncode == 1, err  # the recording is whole, but not everything typed was kept
    assert "Traceback" not in err
    assert f"The line is {len(huge) + 1} bytes long; at most {limits.MAX_INPUT_LINE} are read." in err
    assert "1 typed line was not added" in err
    notes, _tags = _texts(home, run.stdout)
    assert notes == ["before", "after"]


# -- the reader itself, fed lines directly ------------------------------------------------------------------------
def _session(vault: Vault) -> Session:
    return Session.start(vault, "typed", Source("test tone", live=False, kind="test-signal"))


def _notes(vault: Vault, keys: VaultKeys, sid: str) -> list[str]:
    reader = SessionReader(vault, keys.recording, sid)
    return [e["body"]["text"] for e, _ in reader.entries() if e["kind"] == "note"]


def test_a_note_beyond_its_limit_is_refused_and_the_reader_goes_on(vault: Vault, keys: VaultKeys, capsys) -> None:  # type: ignore[no-untyped-def]
    s = _session(vault)
    run = _Run()
    long_note = b"y" * (limits.MAX_NOTE_CHARS + 1)
    _read_stdin(s, run, io.BytesIO(b"one\n" + long_note + b"\ntwo\n"))
    s.seal()
    assert _notes(vault, keys, s.id) == ["one", "two"]
    assert run.notes == 2 and run.not_kept == 1
    assert f"at most {limits.MAX_NOTE_CHARS} are kept" in capsys.readouterr().err


def test_an_unexpected_failure_on_one_line_is_reported_and_the_next_line_kept(
    vault: Vault, keys: VaultKeys, monkeypatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    s = _session(vault)
    run = _Run()
    real_add = s.add_note
    calls = []

    def flaky(text: str, began=None):  # type: ignore[no-untyped-def]
        calls.append(text)
        if len(calls) == 1:
            raise UnicodeEncodeError("utf-8", "x", 0, 1, "surrogates not allowed")
        return real_add(text, began=began)

    monkeypatch.setattr(s, "add_note", flaky)
    _read_stdin(s, run, io.BytesIO(b"lost\nkept\n"))
    s.seal()
    assert _notes(vault, keys, s.id) == ["kept"]
    assert run.not_kept == 1
    assert "A typed line could not be added to the recording" in capsys.readouterr().err


def test_a_standard_input_that_fails_is_reported_and_the_run_fails(vault: Vault, capsys) -> None:  # type: ignore[no-untyped-def]
    class Broken(io.RawIOBase):
        def readline(self, _limit: int = -1) -> bytes:
            raise OSError(5, "Input/output error")

    s = _session(vault)
    run = _Run()
    _read_stdin(s, run, Broken())  # type: ignore[arg-type]
    s.seal()
    assert run.input_broken
    assert "Typed lines can no longer be read" in capsys.readouterr().err
