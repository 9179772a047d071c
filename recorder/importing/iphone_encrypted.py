"""An encrypted iPhone backup (Finder/iTunes, "Encrypt local backup") opened with its backup passphrase, in memory.

Apple's backup encryption is made of standard constructions, all taken from ``cryptography`` here:

- ``Manifest.plist`` holds ``BackupKeyBag``, a keybag of 4-byte tags each followed by a 4-byte big-endian length
  and its value. Its header gives ``VERS``, ``DPSL``/``DPIC`` (salt and iterations of PBKDF2-HMAC-SHA256) and
  ``SALT``/``ITER`` (of PBKDF2-HMAC-SHA1); then one group per protection class starts at each further ``UUID``,
  with ``CLAS``, ``WRAP`` and ``WPKY`` (the class key wrapped with AES key wrap, RFC 3394).
- The passphrase key is PBKDF2-HMAC-SHA1(PBKDF2-HMAC-SHA256(passphrase, DPSL, DPIC), SALT, ITER), 32 bytes; it
  unwraps each class key whose ``WRAP`` has bit 2 (a wrong passphrase fails the unwrap's integrity check).
- ``ManifestKey`` is a 4-byte little-endian protection class and a wrapped key; ``Manifest.db`` is AES-256-CBC
  (zero IV, PKCS#7 padding) under it. Each file's row in ``Files`` carries an NSKeyedArchiver plist (``file``)
  whose root object gives ``ProtectionClass``, ``Size`` and ``EncryptionKey`` (``NS.data``: 4 bytes of class,
  then the wrapped file key); the stored file is AES-256-CBC under that key the same way.

Nothing decrypted is written anywhere: the databases are read from bytes (``iphone._open`` deserializes them).
The originals imported are the backup's files as found (encrypted), so the rows can be derived again only with the
passphrase (docs/FORMAT.md §3.6).
"""

from __future__ import annotations

import hashlib
import plistlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes, padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC
from cryptography.hazmat.primitives.keywrap import InvalidUnwrap, aes_key_unwrap

from ..core.messages import QT_TRANSLATE_NOOP
from . import iphone
from .calllog import LogError

PARSER_NAME = "iphone-backup-encrypted"
PARSER_VERSION = 1
ROLES = ("manifest_plist", "manifest", "sms", "calls")
KEYBAG_VERSIONS = (4,)  # iOS 10.2 and later: the double PBKDF2 (DPSL/DPIC then SALT/ITER)
WRAP_PASSPHRASE = 2
MAX_ITERATIONS = 50_000_000  # far above Apple's 10,000,000: a damaged keybag is not worked on for hours
MAX_PLIST_BYTES = 16 << 20

PASSPHRASE_NEEDED = QT_TRANSLATE_NOOP(
    "Messages",
    "The iPhone backup {path} is encrypted: its backup passphrase is needed to read it. Nothing was imported.",
)
WRONG_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Messages", "The passphrase does not open the encrypted iPhone backup {path}. Nothing was imported."
)
KEYBAG_UNSUPPORTED = QT_TRANSLATE_NOOP(
    "Messages",
    "The encrypted iPhone backup {path} uses a key bag this app cannot read ({what}). Nothing was imported.",
)
BACKUP_DAMAGED = QT_TRANSLATE_NOOP(
    "Messages", "The encrypted iPhone backup {path} cannot be read ({what}). Nothing was imported."
)


@dataclass
class Opened:
    """The files imported (as found, by role) and the plaintext of the databases parsed (in memory only)."""

    paths: dict[str, Path]
    plain: dict[str, bytes]
    sha256: dict[str, str]  # of each file as read, so a change before it is imported is caught


def is_encrypted(folder: Path) -> bool:
    """Whether ``folder`` holds a backup whose Manifest.plist says it is encrypted."""
    try:
        info = _plist((folder / "Manifest.plist").read_bytes(), folder)
    except (OSError, LogError):
        return False
    return info.get("IsEncrypted") is True


def _plist(data: bytes, folder: Path) -> dict[str, Any]:
    if len(data) > MAX_PLIST_BYTES:
        raise LogError(BACKUP_DAMAGED, path=str(folder), what="Manifest.plist is too large")
    try:
        value = plistlib.loads(data)
    except Exception:  # plistlib raises several kinds (InvalidFileException, ValueError, ExpatError …)
        raise LogError(BACKUP_DAMAGED, path=str(folder), what="Manifest.plist is not a property list") from None
    if not isinstance(value, dict):
        raise LogError(BACKUP_DAMAGED, path=str(folder), what="Manifest.plist is not a dictionary")
    return value


def _tlv(blob: bytes) -> list[tuple[bytes, bytes]]:
    out, i = [], 0
    while i + 8 <= len(blob):
        length = int.from_bytes(blob[i + 4 : i + 8], "big")
        out.append((blob[i : i + 4], blob[i + 8 : i + 8 + length]))
        i += 8 + length
    return out


def _number(value: bytes | None) -> int | None:
    return int.from_bytes(value, "big") if value is not None and len(value) == 4 else None


def class_keys(keybag: bytes, passphrase: str, folder: Path) -> dict[int, bytes]:
    """The protection class keys of a backup keybag, unwrapped with the passphrase; raises a sentence."""
    header: dict[bytes, bytes] = {}
    classes: list[dict[bytes, bytes]] = []
    for tag, value in _tlv(keybag):
        if tag == b"UUID" and b"UUID" in header:
            classes.append({})
        if classes:
            classes[-1][tag] = value
        else:
            header.setdefault(tag, value)
    version = _number(header.get(b"VERS"))
    if version not in KEYBAG_VERSIONS:
        raise LogError(KEYBAG_UNSUPPORTED, path=str(folder), what=f"version {version}")
    dpic, iterations = _number(header.get(b"DPIC")), _number(header.get(b"ITER"))
    dpsl, salt = header.get(b"DPSL"), header.get(b"SALT")
    if not (dpic and iterations and dpsl and salt) or max(dpic, iterations) > MAX_ITERATIONS:
        raise LogError(KEYBAG_UNSUPPORTED, path=str(folder), what="no DPSL, DPIC, SALT and ITER")
    first = PBKDF2HMAC(hashes.SHA256(), 32, dpsl, dpic).derive(passphrase.encode("utf-8"))
    key = PBKDF2HMAC(hashes.SHA1(), 32, salt, iterations).derive(first)  # noqa: S303 - Apple's construction
    keys: dict[int, bytes] = {}
    for group in classes:
        number, wrap, wrapped = _number(group.get(b"CLAS")), _number(group.get(b"WRAP")), group.get(b"WPKY")
        if number is None or wrap is None or wrapped is None or not wrap & WRAP_PASSPHRASE:
            continue
        try:
            keys[number] = aes_key_unwrap(key, wrapped)
        except (InvalidUnwrap, ValueError):
            raise LogError(WRONG_PASSPHRASE, path=str(folder)) from None
    if not keys:
        raise LogError(KEYBAG_UNSUPPORTED, path=str(folder), what="no class key wrapped with the passphrase")
    return keys


def _decrypt(data: bytes, wrapped: bytes, protection: int, keys: dict[int, bytes], folder: Path, what: str) -> bytes:
    """AES-256-CBC (zero IV, PKCS#7) under the file key that ``protection``'s class key unwraps."""
    if protection not in keys or len(wrapped) != 40:
        raise LogError(BACKUP_DAMAGED, path=str(folder), what=f"no usable key for {what}")
    try:
        file_key = aes_key_unwrap(keys[protection], wrapped)
        decryptor = Cipher(algorithms.AES(file_key), modes.CBC(bytes(16))).decryptor()
        padded = decryptor.update(data) + decryptor.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return unpadder.update(padded) + unpadder.finalize()
    except (InvalidUnwrap, ValueError):
        raise LogError(BACKUP_DAMAGED, path=str(folder), what=f"{what} does not decrypt") from None


def _file_record(blob: Any, folder: Path, relative: str) -> tuple[int, bytes, int]:
    """ProtectionClass, the wrapped key and Size from a Files row's NSKeyedArchiver plist."""
    try:
        archive = plistlib.loads(bytes(blob))
        objects = archive["$objects"]
        root = objects[archive["$top"]["root"].data]
        key_data = objects[root["EncryptionKey"].data]["NS.data"]
        return int(root["ProtectionClass"]), bytes(key_data[4:]), int(root["Size"])
    except Exception:  # any shape but Apple's: one sentence
        raise LogError(BACKUP_DAMAGED, path=str(folder), what=f"the record of {relative} in Manifest.db") from None


def open_backup(folder: Path, passphrase: str) -> Opened:
    """Manifest.plist, Manifest.db, sms.db and CallHistory.storedata of the backup, and the three databases
    decrypted in memory; raises a sentence (wrong passphrase, unsupported keybag, missing or damaged files)."""
    plist_path, manifest_path = folder / "Manifest.plist", folder / "Manifest.db"
    for needed in (plist_path, manifest_path):
        if not needed.is_file():
            raise LogError(iphone.BACKUP_INCOMPLETE, path=str(folder), what=needed.name)
    try:
        plist_bytes, manifest_bytes = plist_path.read_bytes(), manifest_path.read_bytes()
    except OSError:
        raise LogError(BACKUP_DAMAGED, path=str(folder), what="Manifest.plist or Manifest.db is unreadable") from None
    info = _plist(plist_bytes, folder)
    keybag, manifest_key = info.get("BackupKeyBag"), info.get("ManifestKey")
    if not isinstance(keybag, bytes) or not isinstance(manifest_key, bytes) or len(manifest_key) != 44:
        raise LogError(KEYBAG_UNSUPPORTED, path=str(folder), what="no BackupKeyBag and ManifestKey")
    keys = class_keys(keybag, passphrase, folder)
    protection = int.from_bytes(manifest_key[:4], "little")
    manifest = _decrypt(manifest_bytes, manifest_key[4:], protection, keys, folder, "Manifest.db")
    db = iphone._open(manifest, str(folder), "Manifest.db")
    try:
        rows = db.execute(
            "SELECT fileID, relativePath, file FROM Files WHERE domain = ? AND relativePath IN (?, ?)",
            (iphone.HOME, iphone.SMS_PATH, iphone.CALLS_PATH),
        ).fetchall()
    except sqlite3.DatabaseError:
        raise LogError(BACKUP_DAMAGED, path=str(folder), what="Manifest.db has no table Files") from None
    finally:
        db.close()
    paths: dict[str, Path] = {"manifest_plist": plist_path, "manifest": manifest_path}
    plain: dict[str, bytes] = {}
    digests = {"manifest_plist": _sha256(plist_bytes), "manifest": _sha256(manifest_bytes)}
    for file_id, relative, record in rows:
        file_id, relative = str(file_id), str(relative)
        if len(file_id) != 40 or any(c not in "0123456789abcdef" for c in file_id):
            raise LogError(BACKUP_DAMAGED, path=str(folder), what="Manifest.db names a file oddly")
        stored = folder / file_id[:2] / file_id
        if not stored.is_file():
            raise LogError(iphone.BACKUP_INCOMPLETE, path=str(folder), what=f"{relative} ({file_id[:2]}/{file_id})")
        role = "sms" if relative == iphone.SMS_PATH else "calls"
        paths[role] = stored
        klass, wrapped, size = _file_record(record, folder, relative)
        try:
            data = stored.read_bytes()
        except OSError:
            raise LogError(BACKUP_DAMAGED, path=str(folder), what=f"{relative} is unreadable") from None
        digests[role] = _sha256(data)
        plain[role] = _decrypt(data, wrapped, klass, keys, folder, relative)[:size]
    if not plain:
        raise LogError(iphone.BACKUP_INCOMPLETE, path=str(folder), what=f"{iphone.SMS_PATH} and {iphone.CALLS_PATH}")
    return Opened(paths, plain, digests)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def roles_of(opened: Opened) -> list[str]:
    return [r for r in ROLES if r in opened.paths]
