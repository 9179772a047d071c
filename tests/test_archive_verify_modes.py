"""The audio of an archive is checked either in a forked process (the lone command-line verifier) or on a thread
(the app): both must reach the same verdict, sentence for sentence, on sound and on damaged archives — changed
bytes in any member, audio blocks swapped or cut, a zip checksum that does not match, a block list that ends early."""

from __future__ import annotations

import random
import zipfile
from pathlib import Path

import pytest

from recorder.archive import audio_check
from recorder.archive.export import export_archive
from recorder.archive.verify import verify_archive
from recorder.core.store import recover_all
from recorder.core.vault import Vault
from tests.archive_sessions import record
from tests.archive_tools import read_all, resign, write_like
from tests.fixtures.core import PASSPHRASE


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("modes") / "home"
    vault = Vault.create(home, PASSPHRASE)
    a = record(vault, "Case V", seconds=4, attachment=b"attached" * 8)
    b = record(vault, "Case V", seconds=3, seal=False, seed=5)
    recover_all(vault)
    out = home.parent / "v.zip"
    export_archive(vault, vault.unlock(PASSPHRASE), [a, b], out, language="en")
    return out


def _verdict(path: Path, mode: str, monkeypatch: pytest.MonkeyPatch) -> tuple[object, ...]:
    with monkeypatch.context() as m:
        m.setattr(audio_check, "MODE", mode)
        report = verify_archive(path)
    d = report.to_dict()
    # The audio thread adds its findings while the journal is still read; only their order may differ.
    return d["ok"], d["readable"], sorted(d["problems"]), d["statements"], d["sessions"]


def _same(path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[object, ...]:
    thread = _verdict(path, "thread", monkeypatch)
    assert _verdict(path, "process", monkeypatch) == thread
    return thread


def test_a_sound_archive_verifies_the_same_way_in_both(archive: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ok, *_ = _same(archive, monkeypatch)
    assert ok


def test_the_process_is_used_only_where_it_may_be(archive: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    used: list[bool] = []
    real_finish = audio_check.AudioCheck.finish

    def finish(self: audio_check.AudioCheck) -> None:
        used.append(self.in_process)
        real_finish(self)

    monkeypatch.setattr(audio_check.AudioCheck, "finish", finish)
    monkeypatch.setattr(audio_check, "MODE", "process")
    assert verify_archive(archive).ok and used == [True, True]
    used.clear()
    monkeypatch.setattr(audio_check, "MODE", "auto")
    # The app shows progress and can cancel: never a forked process there.
    assert verify_archive(archive, progress=lambda done, total: None).ok and used == [False, False]


def test_changed_members_give_the_same_verdict_in_both(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    infos, data = read_all(archive)
    names = sorted(data)
    audio = [n for n in names if n.endswith(".wav")]
    journals = [n for n in names if n.endswith(".jsonl")]
    rng = random.Random(61)
    target = tmp_path / "changed.zip"
    for i in range(60):
        name = (audio + journals + names)[i % (len(audio) + len(journals) + len(names))]
        changed = dict(data)
        raw = bytearray(changed[name])
        raw[rng.randrange(len(raw))] ^= rng.randrange(1, 256)
        changed[name] = bytes(raw)
        if i % 2:
            resign(changed)  # so that deeper checks, not only the file hashes, speak
        write_like(target, infos, changed, order=[x.filename for x in infos])
        ok, *_ = _same(target, monkeypatch)
        assert not ok


def test_swapped_and_cut_audio_give_the_same_verdict_in_both(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    infos, data = read_all(archive)
    wav = next(n for n in sorted(data) if n.endswith(".wav"))
    pcm = data[wav]
    block = 24000
    swapped = pcm[:44] + pcm[44 + block : 44 + 2 * block] + pcm[44 : 44 + block] + pcm[44 + 2 * block :]
    for audio in (swapped, pcm[:-block], pcm + bytes(block), pcm[:44] + bytes(len(pcm) - 44)):
        changed = dict(data)
        changed[wav] = audio
        resign(changed)
        target = tmp_path / "audio.zip"
        write_like(target, infos, changed, order=[x.filename for x in infos])
        ok, *_ = _same(target, monkeypatch)
        assert not ok


def test_a_zip_checksum_that_does_not_match_gives_the_same_verdict_in_both(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = bytearray(archive.read_bytes())
    infos, _data = read_all(archive)
    wav = next(i for i in infos if i.filename.endswith(".wav"))
    start = wav.header_offset + 30 + len(wav.filename.encode()) + 1000  # inside the stored audio bytes
    raw[start] ^= 0x01
    target = tmp_path / "crc.zip"
    target.write_bytes(bytes(raw))
    ok, readable, problems, *_ = _same(target, monkeypatch)
    assert not ok and readable and problems


def test_deflated_audio_gives_the_same_verdict_in_both(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Not what the exporter writes, but a reader must take it: the process then reads it all through the zip.
    infos, data = read_all(archive)
    for info in infos:
        if info.filename.endswith(".wav"):
            info.compress_type = zipfile.ZIP_DEFLATED
    target = tmp_path / "deflated.zip"
    write_like(target, infos, data, order=[x.filename for x in infos])
    _same(target, monkeypatch)
    changed = dict(data)
    wav = next(n for n in sorted(data) if n.endswith(".wav"))
    changed[wav] = data[wav][:-2] + b"\x00\x01"
    write_like(target, infos, changed, order=[x.filename for x in infos])
    ok, *_ = _same(target, monkeypatch)
    assert not ok
