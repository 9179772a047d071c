"""Sentences that said something untrue or unreadable (issue 12 §5), each now saying what happened."""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

from recorder.archive import layout
from recorder.archive import messages as AM
from recorder.archive.export import export_archive
from recorder.archive.verify import verify_archive
from recorder.core.journal import JOURNAL_VERSION
from recorder.core.session import JOURNAL_FILE, Session, Source
from recorder.core.vault import Vault, VaultKeys
from recorder.i18n import translate
from recorder.timestamp.authorities import StampSettings
from recorder.timestamp.stamper import stamp_session
from tests.archive_sessions import record
from tests.archive_tools import read_all, resign, write_like
from tests.fixtures.audio import PulseServer, RecorderProcess, read_recording, recorder_argv, wait_for
from tests.fixtures.core import PASSPHRASE
from tests.test_cli_core import _with_header_version


def _exported(vault: Vault, keys: VaultKeys, tmp_path: Path) -> tuple[Path, str]:
    sid = record(vault, seconds=1.0, attachment=None)
    out = tmp_path / "package.zip"
    export_archive(vault, keys, [sid], out, language="en")
    return out, sid


def _stamped_package(vault: Vault, keys: VaultKeys, tmp_path: Path) -> tuple[Path, str]:
    """A session whose stamps wait for an authority (none is configured): its package lists them in stamps.json."""
    session = Session.start(vault, "c", Source("test", live=False, kind="test-signal"))
    stamper = stamp_session(session, StampSettings(authorities=[]))
    session.append_audio(b"\x00\x00" * 4800, rate=48000)
    session.seal()
    stamper.stop()
    package = tmp_path / "package.zip"
    export_archive(vault, keys, [session.id], package, language="en")
    return package, session.id


def _verify_changed(tmp_path: Path, package: Path, change) -> list[str]:  # type: ignore[no-untyped-def]
    infos, data = read_all(package)
    change(data)
    resign(data)
    target = tmp_path / "changed.zip"
    write_like(target, infos, data)
    report = verify_archive(target)
    assert not report.ok
    return [p.text(translate) for p in report.problems]


def test_an_audio_file_one_byte_too_long_is_said_in_bytes(vault: Vault, keys: VaultKeys, tmp_path: Path) -> None:
    # Counted in whole samples it read "holds 48000 samples where the journal records 48000".
    package, sid = _exported(vault, keys, tmp_path)
    wav_name = f"sessions/{sid}/audio.wav"

    def one_more_byte(data: dict[str, bytes]) -> None:
        data[wav_name] += b"\x00"

    texts = _verify_changed(tmp_path, package, one_more_byte)
    said = [t for t in texts if wav_name in t]
    assert said, texts
    size = len(read_all(package)[1][wav_name]) + 1
    assert f"is {size} bytes long where the 48000 samples the journal records take {size - 1}" in said[0], said
    for t in texts:
        numbers = re.findall(r"holds (\d+) samples where the journal records (\d+)", t)
        assert all(a != b for a, b in numbers), t


def test_a_deeply_nested_member_is_said_in_words_not_as_a_python_error(
    vault: Vault, keys: VaultKeys, tmp_path: Path
) -> None:
    package, sid = _stamped_package(vault, keys, tmp_path)
    stamps_name = f"sessions/{sid}/stamps/stamps.json"
    assert stamps_name in read_all(package)[1]

    def nest(data: dict[str, bytes]) -> None:
        data[stamps_name] = b"[" * 100_000 + b"]" * 100_000

    texts = _verify_changed(tmp_path, package, nest)
    joined = "\n".join(texts)
    assert "nested too deeply to be read" in joined, texts
    assert "recursion" not in joined.lower() and "RecursionError" not in joined, texts
    assert layout.SUMS  # the package is checked through its listing, as a stranger would


def test_a_journal_from_a_newer_version_is_listed_with_the_reason(
    vault: Vault, passphrase_file: Path, tmp_path: Path
) -> None:
    # Was listed as "ID  None – ? 0.0 s damaged NOT CHECKED".
    s = Session.start(vault, "c", Source("test", live=False, kind="test-signal"))
    s.append_audio(b"\x00\x00" * 4800, rate=48000)
    s.seal()
    journal = vault.session_dir(s.id) / JOURNAL_FILE
    journal.write_bytes(_with_header_version(journal.read_bytes(), JOURNAL_VERSION + 1))
    env = {**os.environ, "LANGUAGE": "en", "RECORDER_TSA": "none"}
    for extra in ([], ["--passphrase-file", str(passphrase_file)]):
        run = subprocess.run(
            recorder_argv(vault.home, *extra, "sessions"), capture_output=True, text=True, env=env, timeout=60
        )
        assert run.returncode == 0, run.stderr
        line = next(ln for ln in run.stdout.splitlines() if s.id in ln)
        assert "None" not in line and "?" not in line and "0.0 s" not in line, line
        assert "damaged: " in line and "newer version of this app" in line, line
        rows = json.loads(
            subprocess.run(
                recorder_argv(vault.home, *extra, "sessions", "--json"), capture_output=True, text=True, env=env
            ).stdout
        )
        assert rows[0]["state"] == "damaged" and "newer version" in rows[0]["problem"]


def test_the_gap_said_after_the_input_returns_is_the_gap_recorded(
    pulse: PulseServer, tmp_path: Path, passphrase_file: Path
) -> None:
    # Said "after a gap of 1.0 s" for a recorded gap of 3.06 s: it counted from when the loss was noticed.
    home = tmp_path / "home"
    subprocess.run(recorder_argv(home, "init", "--passphrase-file", str(passphrase_file)), check=True, timeout=60)
    rec = RecorderProcess(home, "--case", "gap")
    sid = rec.session_id()

    def audio_blocks() -> int:
        try:
            return len(read_recording(home, PASSPHRASE, sid).kinds("audio"))
        except Exception:  # being written; try again
            return 0

    wait_for(lambda: audio_blocks() >= 4, timeout=20, what="audio before the unplugging")
    pulse.unplug_microphone()
    try:
        rec.said("The microphone stopped working", timeout=20)
    finally:
        pulse.plug_microphone()
    rec.said("Recording again from", timeout=30)
    rec.proc.stdin.close()  # type: ignore[union-attr]
    rec.proc.send_signal(2)
    assert rec.finish() == 0, rec.output()
    said = re.search(r"after a gap of ([0-9.]+) s", rec.output())
    assert said, rec.output()
    gaps = read_recording(home, PASSPHRASE, sid).kinds("gap")
    # From the frames, exactly: each entry's duration_ms is rounded down, so their sum can be a millisecond or two
    # short of the gap (a said 1.9 s against 1.849 s summed, for a gap of 1.8505 s).
    recorded_s = sum(g["body"]["frames_lost"] / g["body"]["rate"] for g in gaps)
    assert abs(float(said.group(1)) - recorded_s) <= 0.05 + 1e-9, (said.group(0), recorded_s)
    # Only sentences reach the terminal: no line of PortAudio's or ALSA's own.
    for line in "".join(rec.err).splitlines():
        assert not re.search(r"ALSA lib|Expression '|pa_linux_alsa|PaAlsa|PortAudio", line), line
    assert AM.AUDIO_SIZE  # (the constant the sentence above comes from exists in the archive messages)


def test_an_error_inside_the_verifier_is_a_sentence_without_python_names(
    vault: Vault, keys: VaultKeys, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    # Was "… it cannot interpret (RecursionError); …" and "… cannot be read (RecursionError) …".
    from recorder.archive import stamps, verify

    package, _sid = _stamped_package(vault, keys, tmp_path)

    def too_deep(*_args: object, **_kw: object) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(stamps, "check_session", too_deep)
    texts = [p.text(translate) for p in verify_archive(package).problems]
    assert any("its trusted time stamps cannot be read (nested too deeply)" in t for t in texts), texts
    monkeypatch.setattr(verify._Verifier, "run", too_deep)
    report = verify_archive(package)
    assert [p.message for p in report.problems] == [AM.INTERNAL]
    texts += [p.text(translate) for p in report.problems]
    assert "it cannot interpret (nested too deeply)" in texts[-1]
    for t in texts:
        assert "RecursionError" not in t and "recursion" not in t.lower(), t
