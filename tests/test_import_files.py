"""Importing files with custody (issue 14 §1): one sealed import session, originals byte-identical in the vault,
the custody facts in the chain, duplicates refused, all or nothing, one sentence for each bad input."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from recorder.core.check import check_session
from recorder.core.environment import utc_text
from recorder.core.store import SessionReader, session_ids
from recorder.core.vault import Vault, VaultKeys
from recorder.importing import files as imp
from tests.test_cli_core import assert_one_sentence, recorder, snapshot


@pytest.fixture
def phone(tmp_path: Path) -> Path:
    """A folder as copied from a phone: recordings in a sub-folder, a screenshot, times set in the past."""
    d = tmp_path / "phone"
    (d / "Recordings").mkdir(parents=True)
    (d / "Recordings" / "call 13800138000.m4a").write_bytes(os.urandom(50_000))
    (d / "Recordings" / "通话录音.amr").write_bytes(b"#!AMR\n" + os.urandom(3_000))
    (d / "Screenshot_2026-11-02.png").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(2_000))
    for i, p in enumerate(sorted(d.rglob("*.*"))):
        os.utime(p, ns=(1_700_000_000_000_000_000 + i, 1_700_000_000_000_000_000 + i * 1_000_000_000))
    return d


def _entries(vault: Vault, keys: VaultKeys, sid: str) -> list[dict]:  # type: ignore[type-arg]
    return [e for e, _ in SessionReader(vault, keys.recording, sid).entries()]


def test_import_is_one_sealed_session_with_custody_and_the_originals_byte_identical(
    vault: Vault, keys: VaultKeys, phone: Path
) -> None:
    result = imp.import_files(vault, keys.recording, "Door visit", [phone], "Xiaomi call recorder")
    originals = sorted(p for p in phone.rglob("*") if p.is_file())
    assert [f.name for f in result.files] == [p.name for p in originals]
    entries = _entries(vault, keys, result.session)
    assert [e["kind"] for e in entries] == ["start", "import", "import", "import", "seal"]
    start = entries[0]["body"]
    assert start["case"] == "Door visit"
    assert start["source"] == {"name": "Xiaomi call recorder", "live": False, "kind": "import"}
    reader = SessionReader(vault, keys.recording, result.session)
    for entry, path in zip(entries[1:4], originals, strict=True):
        data = path.read_bytes()
        body, ref = entry["body"], entry["payload"]
        assert ref == {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
        assert body["name"] == path.name
        assert body["folder_path"] == path.relative_to(phone).as_posix()
        assert body["source"] == "Xiaomi call recorder"
        assert body["file_times"]["modified_utc"] == utc_text(path.stat().st_mtime_ns)
        assert reader.blob(body["blob"], ref["sha256"]) == data  # byte-identical, never converted
    assert entries[-1]["body"]["reason"] == "imported"
    assert check_session(vault, keys.recording, result.session).ok
    # Nothing in clear in the vault: no stored file holds an original's bytes.
    stored = b"".join(p.read_bytes() for p in vault.home.rglob("*") if p.is_file())
    assert all(p.read_bytes()[-64:] not in stored for p in originals)


def test_a_second_import_of_the_same_bytes_is_refused_naming_the_first(
    vault: Vault, keys: VaultKeys, phone: Path, tmp_path: Path
) -> None:
    first = imp.import_files(vault, keys.recording, "Door visit", [phone / "Recordings"], "phone")
    copy = tmp_path / "renamed.m4a"
    copy.write_bytes((phone / "Recordings" / "call 13800138000.m4a").read_bytes())
    before = snapshot(vault.home)
    with pytest.raises(imp.ImportError_) as err:
        imp.import_files(vault, keys.recording, "Door visit", [phone / "Screenshot_2026-11-02.png", copy])
    assert "already imported on" in str(err.value) and first.session in str(err.value)
    assert snapshot(vault.home) == before  # nothing of the refused import was written


def test_a_file_failing_midway_leaves_no_half_imported_session(
    vault: Vault, keys: VaultKeys, phone: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = imp._read_hashed
    calls = {"n": 0}

    def changed_on_second_reading(path: Path):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        data = b"".join(real(path))
        # Pass one reads the three files; the second file read in pass two has changed since.
        yield data + (b"x" if calls["n"] == 5 else b"")

    monkeypatch.setattr(imp, "_read_hashed", changed_on_second_reading)
    before = set(session_ids(vault))
    with pytest.raises(imp.ImportError_) as err:
        imp.import_files(vault, keys.recording, "Door visit", [phone], "phone")
    assert "changed while it was being imported" in str(err.value)
    assert set(session_ids(vault)) == before
    assert list(vault.sessions_dir.iterdir()) == []  # not even an empty folder left


def test_cli_import_then_duplicate_and_bad_input_each_one_sentence(
    vault: Vault, phone: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    home = vault.home
    ok = recorder(
        home, "import", "--case", "Door visit", "--source", "华为录音", str(phone), passphrase=passphrase_file
    )
    assert ok.returncode == 0, ok.stderr
    assert "3 files imported" in ok.stdout and "not proven" in ok.stdout
    single = tmp_path / "one call.m4a"
    single.write_bytes(b"\x00\x00\x00\x20ftypM4A " + bytes(range(200)))
    one = recorder(home, "import", "--case", "Door visit", str(single), passphrase=passphrase_file)
    assert one.returncode == 0, one.stderr
    assert "1 file imported into" in one.stdout and "Its content" in one.stdout, one.stdout  # was "1 files"
    before = snapshot(home)
    dup = recorder(home, "import", "--case", "Door visit", str(phone / "Recordings"), passphrase=passphrase_file)
    assert_one_sentence(dup, "already imported on")
    missing = recorder(home, "import", "--case", "X", str(tmp_path / "nope.mp3"), passphrase=passphrase_file)
    assert_one_sentence(missing, "does not exist")
    (tmp_path / "empty").mkdir()
    empty = recorder(home, "import", "--case", "X", str(tmp_path / "empty"), passphrase=passphrase_file)
    assert_one_sentence(empty, "nothing to import")
    unreadable = tmp_path / "locked.wav"
    unreadable.write_bytes(b"RIFF")
    unreadable.chmod(0)
    if os.geteuid() != 0:  # root reads any file: then a folder given as a file stands in for it
        bad = recorder(home, "import", "--case", "X", str(unreadable), passphrase=passphrase_file)
        assert_one_sentence(bad, "cannot be read")
    fifo = tmp_path / "pipe.mp3"
    os.mkfifo(fifo)
    bad = recorder(home, "import", "--case", "X", str(fifo), passphrase=passphrase_file)
    assert_one_sentence(bad, "cannot be read")
    twice = tmp_path / "twice"
    twice.mkdir()
    (twice / "a.png").write_bytes(b"same")
    (twice / "b.png").write_bytes(b"same")
    both = recorder(home, "import", "--case", "X", str(twice), passphrase=passphrase_file)
    assert_one_sentence(both, "have the same content")
    assert snapshot(home) == before


def test_a_file_over_the_limit_is_refused_before_anything_is_written(
    vault: Vault, keys: VaultKeys, tmp_path: Path
) -> None:
    big = tmp_path / "2GB.m4a"
    with open(big, "wb") as f:
        f.truncate(2 * 1024**3)  # sparse: no disk used
    before = snapshot(vault.home)
    with pytest.raises(imp.ImportError_) as err:
        imp.import_files(vault, keys.recording, "Door visit", [big])
    assert "larger than 1024 MB" in str(err.value)
    assert snapshot(vault.home) == before


def test_session_listing_shows_an_import_as_not_live(vault: Vault, keys: VaultKeys, phone: Path) -> None:
    result = imp.import_files(vault, keys.recording, "Door visit", [phone / "Screenshot_2026-11-02.png"], "WeChat")
    first = json.loads(SessionReader(vault, keys.recording, result.session).record(0)[1])
    assert imp.is_import_start(first)
