"""Issue 12 §3: the vault's ledger of sessions — a recording deleted (or its journal replaced by a folder, a pipe, a
link to /dev/zero) is reported by ``sessions``, ``check`` and the core, never silently left out; a ledger cut short
or altered is reported; a vault made before ledgers existed gets one, said so."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
from pathlib import Path

import pytest

from recorder.core import ledger, pins
from recorder.core.canonical import canonical_json
from recorder.core.session import JOURNAL_FILE, Session, Source
from recorder.core.store import list_sessions, review_ledger
from recorder.core.vault import Vault
from tests.test_cli_core import recorder

TONE = Source("test tone", live=False, kind="test-signal")


def _sessions(vault: Vault, n: int) -> list[str]:
    ids = []
    for _ in range(n):
        s = Session.start(vault, "case", TONE)
        s.append_audio(b"\x01\x00" * 480, rate=48000)
        s.seal()
        ids.append(s.id)
    return ids


def _lines(vault: Vault) -> list[bytes]:
    return (vault.home / ledger.LEDGER_FILE).read_bytes().splitlines()


def test_each_session_is_chained_into_the_ledger_as_it_starts(vault: Vault) -> None:
    ids = _sessions(vault, 3)
    lines = _lines(vault)
    assert [json.loads(x)["session"] for x in lines] == ids
    prev = "0" * 64
    for seq, raw in enumerate(lines):  # as a stranger would check it (docs/FORMAT.md §2.2)
        doc = json.loads(raw)
        assert canonical_json(doc) == raw and doc["seq"] == seq and doc["prev"] == prev
        prev = hashlib.sha256(raw).hexdigest()
    assert stat.S_IMODE((vault.home / ledger.LEDGER_FILE).stat().st_mode) == 0o600
    assert review_ledger(vault).ok


def _break(kind: str, journal: Path) -> None:
    if kind == "deleted":
        journal.unlink()
    elif kind == "folder-deleted":
        shutil.rmtree(journal.parent)
    elif kind == "a-directory":
        journal.unlink()
        journal.mkdir()
    elif kind == "a-fifo":
        journal.unlink()
        os.mkfifo(journal)
    elif kind == "a-link-to-dev-zero":
        journal.unlink()
        journal.symlink_to("/dev/zero")


BREAKS = {
    "deleted": "its file is gone",
    "folder-deleted": "its folder is gone",
    "a-directory": "not a recording file",
    "a-fifo": "not a recording file",
    "a-link-to-dev-zero": "replaced by a link",
}


@pytest.mark.timeout(60)  # a FIFO opened or /dev/zero read would hang here
@pytest.mark.parametrize("kind", list(BREAKS))
def test_a_recording_that_cannot_be_read_is_reported(vault: Vault, passphrase_file: Path, kind: str) -> None:
    kept, gone = _sessions(vault, 2)
    _break(kind, vault.session_dir(gone) / JOURNAL_FILE)
    report = review_ledger(vault)
    assert [(e.session, why) for e, why in report.missing] == [
        (
            gone,
            {"deleted": "gone", "folder-deleted": "folder-gone", "a-link-to-dev-zero": "link"}.get(kind, "not-a-file"),
        )
    ]
    listing = recorder(vault.home, "sessions")
    assert listing.returncode == 0 and "Traceback" not in listing.stderr
    assert BREAKS[kind] in listing.stderr and gone in listing.stderr
    assert any(gone in line and "MISSING" in line for line in listing.stdout.splitlines()), listing.stdout
    rows = json.loads(recorder(vault.home, "sessions", "--json").stdout)
    assert {r["id"]: r["state"] for r in rows} == {kept: "sealed", gone: "missing"}
    check = recorder(vault.home, "check", passphrase=passphrase_file)
    assert check.returncode == 1 and "Traceback" not in check.stderr, check
    assert f"{gone}: CHECK FAILED" in check.stdout and BREAKS[kind] in check.stdout
    one = recorder(vault.home, "check", gone, passphrase=passphrase_file)
    assert one.returncode == 1 and BREAKS[kind] in one.stdout


def test_a_ledger_cut_short_is_reported_with_the_sessions_it_lost(vault: Vault, passphrase_file: Path) -> None:
    first, second, third = _sessions(vault, 3)
    path = vault.home / ledger.LEDGER_FILE
    path.write_bytes(b"\n".join(_lines(vault)[:1]) + b"\n")
    shutil.rmtree(vault.session_dir(third))  # and the recording it no longer lists
    report = review_ledger(vault)
    assert report.cut_short == (3, 1)
    assert [e.session for e, _ in report.missing] == [third]
    assert second in {json.loads(x)["session"] for x in _lines(vault)}  # present, so listed again
    check = recorder(vault.home, "check", "--json", passphrase=passphrase_file)
    assert check.returncode == 1
    problems = " ".join(" ".join(r["problems"]) for r in json.loads(check.stdout))
    # (the recording still present was listed again at the first review)
    assert "cut short: it listed 3 recordings, now it lists 2" in problems and third in problems
    # Still reported at the next use, and after a new recording too (its pin is not moved past the damage).
    _sessions(vault, 1)
    again = review_ledger(vault)
    assert again.rewritten and [e.session for e, _ in again.missing] == [third]


def test_a_ledger_deleted_is_reported(vault: Vault) -> None:
    _sessions(vault, 2)
    (vault.home / ledger.LEDGER_FILE).unlink()
    report = review_ledger(vault)
    assert report.cut_short == (2, 0) and not report.ok


def test_an_altered_ledger_line_is_reported(vault: Vault, passphrase_file: Path) -> None:
    ids = _sessions(vault, 3)
    lines = _lines(vault)
    doc = json.loads(lines[1])
    doc["utc"] = "2020-01-01T00:00:00.000000Z"
    lines[1] = canonical_json(doc)
    (vault.home / ledger.LEDGER_FILE).write_bytes(b"\n".join(lines) + b"\n")
    report = review_ledger(vault)
    assert report.damaged_line == 3  # line 2 hashes differently, so line 3's link no longer holds
    assert not report.missing and {e.session for e in report.listed} == set(ids)
    check = recorder(vault.home, "check", passphrase=passphrase_file)
    assert check.returncode == 1 and "altered or damaged at line 3" in check.stdout


def test_a_ledger_replaced_by_a_fifo_never_blocks(vault: Vault) -> None:
    _sessions(vault, 1)
    path = vault.home / ledger.LEDGER_FILE
    path.unlink()
    os.mkfifo(path)
    report = review_ledger(vault)
    assert report.damaged_line == 1 and report.cut_short == (1, 0)


def test_a_vault_from_before_ledgers_gets_one_from_its_sessions(vault: Vault) -> None:
    ids = _sessions(vault, 2)
    (vault.home / ledger.LEDGER_FILE).unlink()
    pins.forget_pin(vault.home)  # as made before pins and ledgers existed
    listing = recorder(vault.home, "sessions")
    assert listing.returncode == 0
    assert "had no ledger of its recordings; one was made now from the 2 recordings present" in listing.stderr
    assert [json.loads(x)["session"] for x in _lines(vault)] == sorted(ids)  # in the order of their ids
    assert review_ledger(Vault.open(vault.home)).ok


def test_a_session_missing_from_the_ledger_is_added_and_said(vault: Vault, passphrase_file: Path) -> None:
    first, second = _sessions(vault, 2)
    path = vault.home / ledger.LEDGER_FILE
    path.write_bytes(_lines(vault)[0] + b"\n")
    pins.write_pin(vault.home, pins.Pin(vault.identity_public, vault.recording_public))  # (a crash before its line)
    check = recorder(vault.home, "check", passphrase=passphrase_file)
    assert check.returncode == 0, check
    assert f"The recording {second} was not in the vault's ledger; it has been added." in check.stderr
    assert [json.loads(x)["session"] for x in _lines(vault)] == [first, second]


def test_a_vault_without_sessions_is_left_untouched(vault: Vault) -> None:
    review_ledger(vault)
    assert not (vault.home / ledger.LEDGER_FILE).exists()
    assert list_sessions(vault) == []


def test_a_vault_that_cannot_be_written_is_reviewed_as_it_is(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    kept, gone = _sessions(vault, 2)
    before = (vault.home / ledger.LEDGER_FILE).read_bytes()
    shutil.rmtree(vault.session_dir(gone))
    real_open = ledger._open

    def read_only_media(home: Path, create: bool = True, writable: bool = True) -> int:
        if writable:  # (the tests run as root, for whom permissions do not stop a write: EROFS as on a CD)
            raise OSError(30, "Read-only file system")
        return real_open(home, create, writable)

    monkeypatch.setattr(ledger, "_open", read_only_media)
    report = review_ledger(vault)
    assert report.damaged_line is None and report.cut_short is None  # not "damaged": only read-only
    assert [e.session for e, _ in report.missing] == [gone]
    assert (vault.home / ledger.LEDGER_FILE).read_bytes() == before


def test_a_ledger_line_without_its_chain_fields_is_damage_not_a_crash(vault: Vault) -> None:
    _sessions(vault, 1)
    with open(vault.home / ledger.LEDGER_FILE, "ab") as f:
        f.write(canonical_json({"session": "x", "utc": "u", "v": 1}) + b"\n")
    report = review_ledger(vault)
    assert report.damaged_line == 2
