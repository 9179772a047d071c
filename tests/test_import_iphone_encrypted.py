"""An encrypted iPhone backup built here with ``cryptography`` the way Finder/iTunes lay one out (issue 14 §2): a
keybag (TLV: VERS 4, DPSL/DPIC, SALT/ITER, class keys wrapped with RFC 3394), Manifest.plist with BackupKeyBag and
ManifestKey, Manifest.db and each file AES-256-CBC under a per-file key kept in the file's NSKeyedArchiver record.
Imported with the passphrase it gives the rows the unencrypted import gives; the originals stay encrypted and
byte-identical; a wrong passphrase, an unsupported keybag, a missing file are one sentence and nothing is imported."""

from __future__ import annotations

import hashlib
import json
import os
import plistlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes, padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC
from cryptography.hazmat.primitives.keywrap import aes_key_wrap

from recorder.archive.export import export_archive
from recorder.archive.verify import verify_archive
from recorder.core.store import SessionReader, session_ids
from recorder.core.vault import Vault, VaultKeys
from recorder.importing.logs import import_log
from tests.test_cli_core import assert_one_sentence, recorder, snapshot
from tests.test_import_iphone import make_backup

BACKUP_PASSPHRASE = "备份 passphrase 1"
MANIFEST_CLASS, FILE_CLASS = 4, 3


def tlv(tag: bytes, value: bytes | int) -> bytes:
    raw = value.to_bytes(4, "big") if isinstance(value, int) else value
    return tag + len(raw).to_bytes(4, "big") + raw


def cbc(key: bytes, data: bytes) -> bytes:
    padder = padding.PKCS7(128).padder()
    encryptor = Cipher(algorithms.AES(key), modes.CBC(bytes(16))).encryptor()
    return encryptor.update(padder.update(data) + padder.finalize()) + encryptor.finalize()


def keybag(passphrase: str, class_keys: dict[int, bytes], version: int = 4) -> bytes:
    dpsl, salt, dpic, iterations = os.urandom(20), os.urandom(20), 1000, 100  # Apple's counts, made cheap
    first = PBKDF2HMAC(hashes.SHA256(), 32, dpsl, dpic).derive(passphrase.encode())
    key = PBKDF2HMAC(hashes.SHA1(), 32, salt, iterations).derive(first)
    out = tlv(b"VERS", version) + tlv(b"TYPE", 1) + tlv(b"UUID", os.urandom(16)) + tlv(b"HMCK", os.urandom(40))
    out += tlv(b"WRAP", 0) + tlv(b"SALT", salt) + tlv(b"ITER", iterations)
    out += tlv(b"DPWT", 1) + tlv(b"DPIC", dpic) + tlv(b"DPSL", dpsl)
    for number, class_key in class_keys.items():
        out += tlv(b"UUID", os.urandom(16)) + tlv(b"CLAS", number) + tlv(b"WRAP", 2) + tlv(b"KTYP", 0)
        out += tlv(b"WPKY", aes_key_wrap(key, class_key))
    return out


def file_record(wrapped: bytes, size: int) -> bytes:
    """A Files row's ``file`` blob: an NSKeyedArchiver plist of MBFile, as far as the fields read go."""
    return plistlib.dumps(
        {
            "$version": 100000,
            "$archiver": "NSKeyedArchiver",
            "$top": {"root": plistlib.UID(1)},
            "$objects": [
                "$null",
                {
                    "ProtectionClass": FILE_CLASS,
                    "Size": size,
                    "EncryptionKey": plistlib.UID(2),
                    "Mode": 33188,
                    "$class": plistlib.UID(3),
                },
                {"NS.data": FILE_CLASS.to_bytes(4, "little") + wrapped, "$class": plistlib.UID(4)},
                {"$classname": "MBFile", "$classes": ["MBFile", "NSObject"]},
                {"$classname": "NSMutableData", "$classes": ["NSMutableData", "NSData", "NSObject"]},
            ],
        },  # fmt: skip
        fmt=plistlib.FMT_BINARY,
    )


def encrypt_backup(plain: Path, folder: Path, passphrase: str = BACKUP_PASSPHRASE, version: int = 4) -> None:
    """``plain`` (an unencrypted backup made by test_import_iphone.make_backup) encrypted into ``folder``."""
    shutil.copytree(plain, folder)
    keys = {MANIFEST_CLASS: os.urandom(32), FILE_CLASS: os.urandom(32)}
    db = sqlite3.connect(folder / "Manifest.db")
    for (file_id,) in db.execute("SELECT fileID FROM Files").fetchall():
        stored = folder / file_id[:2] / file_id
        if not stored.is_file():
            continue
        data, file_key = stored.read_bytes(), os.urandom(32)
        stored.write_bytes(cbc(file_key, data))
        record = file_record(aes_key_wrap(keys[FILE_CLASS], file_key), len(data))
        db.execute("UPDATE Files SET file = ? WHERE fileID = ?", (record, file_id))
    db.commit()
    db.close()
    manifest_key = os.urandom(32)
    (folder / "Manifest.db").write_bytes(cbc(manifest_key, (folder / "Manifest.db").read_bytes()))
    wrapped_manifest_key = MANIFEST_CLASS.to_bytes(4, "little") + aes_key_wrap(keys[MANIFEST_CLASS], manifest_key)
    (folder / "Manifest.plist").write_bytes(
        plistlib.dumps(
            {
                "BackupKeyBag": keybag(passphrase, keys, version),
                "ManifestKey": wrapped_manifest_key,
                "IsEncrypted": True,
                "Version": "10.0",
                "Lockdown": {"ProductType": "iPhone14,2"},
            },
            fmt=plistlib.FMT_BINARY,
        )  # fmt: skip
    )


def rows_of(vault: Vault, keys: VaultKeys, session: str) -> tuple[list[dict], list[dict]]:  # type: ignore[type-arg]
    reader = SessionReader(vault, keys.recording, session)
    entries = [e for e, _ in reader.entries()]
    derived = [e for e in entries if e["kind"] == "derived"][0]
    data = reader.blob(derived["body"]["blob"], derived["payload"]["sha256"])
    return entries, [json.loads(line) for line in data.splitlines()]


def test_an_encrypted_backup_gives_the_rows_of_the_unencrypted_one_and_keeps_the_encrypted_originals(
    vault: Vault, keys: VaultKeys, tmp_path: Path
) -> None:
    plain = tmp_path / "plain" / "00008110-001A"
    ids = make_backup(plain)
    backup = tmp_path / "Backup" / "00008110-001A"
    encrypt_backup(plain, backup)
    sms = backup / str(ids["sms"])[:2] / str(ids["sms"])
    assert not sms.read_bytes().startswith(b"SQLite format 3")  # really encrypted

    done = import_log(
        vault, keys.recording, "Door visit", backup, "iPhone backup", "Asia/Shanghai",
        backup_passphrase=BACKUP_PASSPHRASE,
    )  # fmt: skip
    entries, rows = rows_of(vault, keys, done.result.session)
    assert [e["kind"] for e in entries] == ["start", "import", "import", "import", "import", "derived", "seal"]
    imports = [e for e in entries if e["kind"] == "import"]
    assert [i["body"]["folder_path"] for i in imports] == [
        "Manifest.plist", "Manifest.db", f"{str(ids['sms'])[:2]}/{ids['sms']}",
        f"{str(ids['calls'])[:2]}/{ids['calls']}",
    ]  # fmt: skip
    found = [backup / "Manifest.plist", backup / "Manifest.db", sms, backup / str(ids["calls"])[:2] / str(ids["calls"])]
    assert [i["payload"]["sha256"] for i in imports] == [hashlib.sha256(p.read_bytes()).hexdigest() for p in found]
    derived = entries[5]["body"]
    assert derived["parser"] == "iphone-backup-encrypted" and derived["decrypted_with"] == "the backup passphrase"
    assert derived["roles"] == ["manifest_plist", "manifest", "sms", "calls"] and derived["of"] == [1, 2, 3, 4]

    # The same backup unencrypted, imported into another case: the very same rows.
    plain_done = import_log(vault, keys.recording, "Plain", plain, "iPhone backup", "Asia/Shanghai")
    assert rows == rows_of(vault, keys, plain_done.result.session)[1] and len(rows) == 6

    out = tmp_path / "door.zip"
    export_archive(vault, keys, [done.result.session], out, language="en")
    verdict = verify_archive(out)
    assert verdict.ok, [str(p) for p in verdict.problems]
    assert any("decrypted from an encrypted iPhone backup" in str(s) for s in verdict.statements)


def test_the_cli_reads_the_backup_passphrase_from_a_file(vault: Vault, passphrase_file: Path, tmp_path: Path) -> None:
    make_backup(tmp_path / "plain")
    encrypt_backup(tmp_path / "plain", tmp_path / "backup")
    secret = tmp_path / "backup-passphrase.txt"
    secret.write_text(BACKUP_PASSPHRASE + "\n", encoding="utf-8")
    run = recorder(
        vault.home, "import-log", "--case", "X", "--time-zone", "UTC", "--backup-passphrase-file", str(secret),
        str(tmp_path / "backup"), passphrase=passphrase_file,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "6 calls and messages read by the iphone-backup-encrypted parser" in run.stdout
    assert len(session_ids(vault)) == 1


@pytest.mark.parametrize(
    "damage", ["wrong-passphrase", "no-passphrase", "keybag-version", "missing-sms", "sms-damaged"]
)
def test_a_bad_encrypted_backup_is_one_sentence_and_nothing_is_imported(
    vault: Vault, passphrase_file: Path, tmp_path: Path, damage: str
) -> None:
    ids = make_backup(tmp_path / "plain")
    backup = tmp_path / "backup"
    encrypt_backup(tmp_path / "plain", backup, version=3 if damage == "keybag-version" else 4)
    sms = backup / str(ids["sms"])[:2] / str(ids["sms"])
    if damage == "missing-sms":
        sms.unlink()
    elif damage == "sms-damaged":
        sms.write_bytes(sms.read_bytes()[:-5])  # cut short: no longer whole AES blocks
    secret = tmp_path / "backup-passphrase.txt"
    secret.write_text(("not it" if damage == "wrong-passphrase" else BACKUP_PASSPHRASE) + "\n", encoding="utf-8")
    given = [] if damage == "no-passphrase" else ["--backup-passphrase-file", str(secret)]
    words = {
        "wrong-passphrase": "The passphrase does not open the encrypted iPhone backup",
        "no-passphrase": "--backup-passphrase-file",
        "keybag-version": "key bag this app cannot read (version 3)",
        "missing-sms": "is missing Library/SMS/sms.db",
        "sms-damaged": "Library/SMS/sms.db does not decrypt",
    }[damage]
    before = snapshot(vault.home)
    run = recorder(
        vault.home, "import-log", "--case", "X", "--time-zone", "UTC", *given, str(backup), passphrase=passphrase_file
    )
    assert_one_sentence(run, words)
    assert snapshot(vault.home) == before and session_ids(vault) == []
