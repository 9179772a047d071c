"""An iPhone-backup-like folder built here with sqlite3 (issue 14 §2): Manifest.db → sms.db and
CallHistory.storedata, Apple-epoch dates (seconds and nanoseconds), text only in attributedBody; only those three
files imported; the rows derived again by the verifier; bad backups refused with one sentence."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from recorder.archive.export import export_archive
from recorder.archive.verify import verify_archive
from recorder.core.store import SessionReader, session_ids
from recorder.core.vault import Vault, VaultKeys
from recorder.importing.logs import case_pattern, import_log
from tests.test_cli_core import assert_one_sentence, recorder, snapshot

APPLE = datetime(2001, 1, 1, tzinfo=UTC)
SMS, CALLS = ("HomeDomain", "Library/SMS/sms.db"), ("HomeDomain", "Library/CallHistoryDB/CallHistory.storedata")


def file_id(domain: str, path: str) -> str:
    return hashlib.sha1(f"{domain}-{path}".encode()).hexdigest()


def archived_string(text: str) -> bytes:
    """An NSAttributedString archived as macOS/iOS write it (typedstream), as far as its string goes."""
    raw = text.encode()
    length = bytes([len(raw)]) if len(raw) < 0x80 else b"\x81" + len(raw).to_bytes(2, "little")
    return (
        b"\x04\x0bstreamtyped\x81\xe8\x03\x84\x01@\x84\x84\x84\x12NSAttributedString\x00\x84\x84\x08NSObject\x00"
        b"\x85\x92\x84\x84\x84\x08NSString\x01\x94\x84\x01+" + length + raw + b"\x86\x84\x02iI\x01\x05\x92\x84"
    )


def _db(path: Path, script: str, rows: dict[str, list[tuple]]) -> None:  # type: ignore[type-arg]
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path)
    db.executescript(script)
    for table, values in rows.items():
        db.executemany(f"INSERT INTO {table} VALUES ({','.join('?' * len(values[0]))})", values)
    db.commit()
    db.close()


def make_backup(folder: Path, *, with_sms_file: bool = True) -> dict[str, object]:
    folder.mkdir(parents=True)
    sms_id, calls_id, photo_id = file_id(*SMS), file_id(*CALLS), file_id("CameraRollDomain", "Media/DCIM/1.JPG")
    _db(
        folder / "Manifest.db",
        "CREATE TABLE Files (fileID TEXT PRIMARY KEY, domain TEXT, relativePath TEXT, flags INTEGER, file BLOB);",
        {"Files": [(sms_id, *SMS, 1, b""), (calls_id, *CALLS, 1, b""),
                   (photo_id, "CameraRollDomain", "Media/DCIM/1.JPG", 1, b"")]},
    )  # fmt: skip
    (folder / photo_id[:2]).mkdir()
    (folder / photo_id[:2] / photo_id).write_bytes(b"\xff\xd8 a photo that must not be imported")
    if with_sms_file:
        _db(
            folder / sms_id[:2] / sms_id,
            "CREATE TABLE handle (ROWID INTEGER PRIMARY KEY, id TEXT, service TEXT);"
            "CREATE TABLE message (ROWID INTEGER PRIMARY KEY, text TEXT, attributedBody BLOB, handle_id INTEGER,"
            " date INTEGER, is_from_me INTEGER, service TEXT);",
            {
                "handle": [(1, "+8613800138000", "SMS"), (2, "95588", "SMS")],
                "message": [
                    (1, "请今天还款", None, 1, 815_000_000_123_456_789, 0, "SMS"),  # nanoseconds (iOS 11+)
                    (2, None, archived_string("最后通知：明天上门"), 1, 815_003_600_000_000_000, 0, "SMS"),
                    (3, "收到", None, 2, 815_007_200, 1, "SMS"),  # seconds (before iOS 11)
                ],
            },
        )
    _db(
        folder / calls_id[:2] / calls_id,
        "CREATE TABLE ZCALLRECORD (Z_PK INTEGER PRIMARY KEY, ZADDRESS BLOB, ZDATE TIMESTAMP, ZDURATION FLOAT,"
        " ZORIGINATED INTEGER, ZANSWERED INTEGER, ZCALLTYPE INTEGER);",
        {"ZCALLRECORD": [(1, b"+8613800138000", 815_000_100.25, 0.0, 0, 0, 1),
                         (2, b"+8613800138000", 815_000_200.5, 62.7, 0, 1, 1),
                         (3, b"95588", 815_000_300.0, 10.0, 1, 1, 1)]},
    )  # fmt: skip
    return {"sms": sms_id, "calls": calls_id, "photo": photo_id}


def apple(seconds: float) -> str:
    return (APPLE + timedelta(seconds=seconds)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def test_an_iphone_backup_is_read_with_apple_epoch_and_attributed_body(
    vault: Vault, keys: VaultKeys, tmp_path: Path
) -> None:
    backup = tmp_path / "Backup" / "00008110-001A"
    ids = make_backup(backup)
    done = import_log(vault, keys.recording, "Door visit", backup, "iPhone backup", "Asia/Shanghai")
    entries = [e for e, _ in SessionReader(vault, keys.recording, done.result.session).entries()]
    assert [e["kind"] for e in entries] == ["start", "import", "import", "import", "derived", "seal"]
    names = [e["body"]["folder_path"] for e in entries if e["kind"] == "import"]
    assert names == ["Manifest.db", f"{str(ids['sms'])[:2]}/{ids['sms']}", f"{str(ids['calls'])[:2]}/{ids['calls']}"]
    derived = entries[4]["body"]
    assert derived["parser"] == "iphone-backup" and derived["roles"] == ["manifest", "sms", "calls"]
    assert derived["of"] == [1, 2, 3] and derived["rows"] == 6
    rows_blob = SessionReader(vault, keys.recording, done.result.session).blob(
        derived["blob"], entries[4]["payload"]["sha256"]
    )
    rows = [json.loads(line) for line in rows_blob.splitlines()]
    calls, messages = rows[:3], rows[3:]
    assert [(c["direction"], c["utc"], c["duration_s"]) for c in calls] == [
        ("missed", apple(815_000_100.25), 0),
        ("incoming", apple(815_000_200.5), 62),
        ("outgoing", apple(815_000_300.0), 10),
    ]
    assert [(m["direction"], m["number"], m["text"]) for m in messages] == [
        ("received", "+8613800138000", "请今天还款"),
        ("received", "+8613800138000", "最后通知：明天上门"),  # from attributedBody
        ("sent", "95588", "收到"),
    ]
    assert messages[0]["utc"] == apple(815_000_000.123456) and messages[2]["utc"] == apple(815_007_200)
    facts = case_pattern(vault, keys.recording, "Door visit", "cn-cba-2026")
    assert facts["total"]["missed"] == 1 and facts["total"]["messages_in"] == 2 and facts["total"]["calls_out"] == 1

    out = tmp_path / "door.zip"
    export_archive(vault, keys, [done.result.session], out, language="zh_CN")
    verdict = verify_archive(out)
    assert verdict.ok, [str(p) for p in verdict.problems]
    assert any("6 call-log rows were parsed again" in str(s) for s in verdict.statements)


@pytest.mark.parametrize("damage", ["no-manifest", "missing-sms", "other-schema", "encrypted"])
def test_a_bad_backup_is_one_sentence_and_nothing_is_imported(
    vault: Vault, passphrase_file: Path, tmp_path: Path, damage: str
) -> None:
    backup = tmp_path / "backup"
    make_backup(backup, with_sms_file=damage != "missing-sms")
    words = {"missing-sms": "is missing Library/SMS/sms.db", "no-manifest": "no Manifest.db",
             "other-schema": "has no table Files", "encrypted": "encrypted backup"}[damage]  # fmt: skip
    if damage == "no-manifest":
        (backup / "Manifest.db").unlink()
    elif damage == "other-schema":
        (backup / "Manifest.db").unlink()
        _db(backup / "Manifest.db", "CREATE TABLE Other (x INTEGER);", {"Other": [(1,)]})
    elif damage == "encrypted":
        (backup / "Manifest.db").write_bytes(bytes(range(256)) * 64)
    before = snapshot(vault.home)
    run = recorder(
        vault.home, "import-log", "--case", "X", "--time-zone", "UTC", str(backup), passphrase=passphrase_file
    )
    assert_one_sentence(run, words)
    assert snapshot(vault.home) == before and session_ids(vault) == []
