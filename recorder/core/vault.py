"""The evidence vault: a folder holding the owner's keys and every session (docs/FORMAT.md §2).

Two key pairs: an Ed25519 identity key (signs exports and later annotations) and an X25519 recording key
(sessions wrap their data keys to it, so recording needs only the public half — DESIGN P3). Both private keys
are kept encrypted under a key derived from the passphrase with Argon2id; changing the passphrase rewrites
only that small envelope, never a recording.

"Record now, set up later": a vault can be created before the user has chosen a passphrase
(:meth:`Vault.create_pending`). Its private keys are then sealed under a random key kept in the file
``pending.key`` beside ``vault.json`` — the recordings are encrypted as usual, but anyone holding the folder can
read them until :meth:`Vault.set_passphrase` re-seals the keys under Argon2id and deletes that file.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import platformdirs
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from .. import APP_NAME
from . import crypto
from . import messages as M
from .canonical import b64, canonical_json, unb64
from .errors import FormatError, RecorderError, VaultMissing, VaultReplaced, WrongPassphrase
from .fsutil import atomic_write, fsync_dir, os_errors
from .passphrase import require_strong
from .pins import Pin, read_pin, write_pin

VAULT_FORMAT = "evidence-recorder-vault"
VAULT_VERSION = 1
VAULT_FILE = "vault.json"
PENDING_KEY_FILE = "pending.key"
PENDING_KDF = "pending-key"
SESSIONS_DIR = "sessions"
HOME_ENV = "RECORDER_HOME"

# Argon2id's cost for a new envelope: about 0.9 s and 256 MiB on the reference desktop (docs/PERFORMANCE.md,
# benchmarks/bench_kdf.py). Existing vaults move to it at their next passphrase change.
KDF_MEMORY_KIB = 262144
KDF_ITERATIONS = 2
KDF_LANES = 4
# What a vault file may ask for (docs/FORMAT.md §2): below, a guess would be cheap; above, opening the vault
# would exhaust memory or take minutes. Outside these, the vault is refused with a sentence, never derived.
KDF_MEMORY_KIB_RANGE = (8192, 1048576)
KDF_ITERATIONS_RANGE = (1, 10)
KDF_LANES_RANGE = (1, 16)
# Test-only: "MEMORY_KIB:PASSES" for envelopes made while it is set (creating a vault, setting or changing its
# passphrase), within the ranges above — so the test suite need not spend a second per vault. Never read from
# a vault file; a vault made with it records the cost it used, like any other.
TEST_KDF_ENV = "RECORDER_TEST_KDF_COST"


def default_home() -> Path:
    """The vault folder: $RECORDER_HOME if set, else the platform's per-user data folder."""
    env = os.environ.get(HOME_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class VaultKeys:
    """The unlocked private keys. Held in memory only; never written in clear."""

    identity: Ed25519PrivateKey
    recording: X25519PrivateKey


class Vault:
    """An opened vault. Opening needs no passphrase; :meth:`unlock` does."""

    def __init__(self, home: Path, doc: dict[str, Any]) -> None:
        self.home = home
        self._doc = doc
        # The keys the vault is known by: vault.json's, unless they differ from the pinned ones (then those).
        self.identity_public: bytes = unb64(doc["identity_public"])
        self.recording_public: bytes = unb64(doc["recording_public"])
        # True when vault.json's keys are not the ones pinned when this vault was made (issue 12 §2): someone
        # replaced the file. Recording goes on to the pinned keys; unlocking is refused with that sentence.
        self.replaced = False

    # -- paths -------------------------------------------------------------------------------------------
    @property
    def sessions_dir(self) -> Path:
        return self.home / SESSIONS_DIR

    def session_dir(self, session_id: str) -> Path:
        return self.sessions_dir / session_id

    # -- life cycle --------------------------------------------------------------------------------------
    @staticmethod
    def exists(home: Path) -> bool:
        return (home / VAULT_FILE).exists()

    @classmethod
    def create(
        cls, home: Path, passphrase: str, kdf_memory_kib: int | None = None, kdf_iterations: int | None = None
    ) -> Vault:
        """Create a new vault in ``home`` with fresh keys; refuses to overwrite an existing one or an easy
        passphrase. The KDF cost is the desktop default (:data:`KDF_MEMORY_KIB`) unless given."""
        _refuse_file_home(home)
        require_strong(passphrase)
        if cls.exists(home):
            raise RecorderError(M.VAULT_EXISTS, home=str(home))
        memory_kib, iterations = _new_cost(kdf_memory_kib, kdf_iterations)
        keys, doc = _new_keys()
        doc.update(_envelope(doc, keys, passphrase, memory_kib, iterations))
        with os_errors(home):
            _make_home(home)
            _write_doc(home, doc)
        vault = cls(home, doc)
        vault._pin()
        return vault

    @classmethod
    def create_pending(cls, home: Path) -> Vault:
        """Create a vault whose keys are sealed under a random key in ``pending.key`` until a passphrase is set.

        Lets the user record at once (DESIGN §1, moment 1) and choose the passphrase afterwards.
        """
        _refuse_file_home(home)
        if cls.exists(home):
            raise RecorderError(M.VAULT_EXISTS, home=str(home))
        keys, doc = _new_keys()
        doc["kdf"] = {"name": PENDING_KDF, "file": PENDING_KEY_FILE}
        pending_key = crypto.new_data_key()
        nonce, ct = crypto.aead_encrypt(pending_key, _inner(keys), _envelope_aad(doc))
        doc["secret"] = {"cipher": "chacha20-poly1305", "nonce": b64(nonce), "ciphertext": b64(ct)}
        with os_errors(home):
            _make_home(home)
            atomic_write(home / PENDING_KEY_FILE, pending_key)
            os.chmod(home / PENDING_KEY_FILE, 0o600)
            _write_doc(home, doc)
        vault = cls(home, doc)
        vault._pin()
        return vault

    @property
    def pending(self) -> bool:
        """True while no passphrase has been set: the recordings are not yet locked."""
        return bool(self._doc.get("kdf", {}).get("name") == PENDING_KDF)

    @classmethod
    def open(cls, home: Path) -> Vault:
        """Open the vault in ``home`` (no passphrase needed); clear errors for missing, damaged or newer files."""
        path = home / VAULT_FILE
        _refuse_file_home(home)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise VaultMissing(M.NO_VAULT, home=str(home)) from None
        except OSError as exc:
            raise RecorderError(M.VAULT_CORRUPT, path=str(path)) from exc
        try:
            doc = json.loads(raw.decode("utf-8"))
            if not isinstance(doc, dict) or doc.get("format") != VAULT_FORMAT:
                raise ValueError("not a vault")
            version = doc.get("version")
            if not isinstance(version, int):
                raise ValueError("no version")
        except (ValueError, UnicodeDecodeError):
            raise FormatError(M.VAULT_CORRUPT, path=str(path)) from None
        if version > VAULT_VERSION:
            raise FormatError(M.VAULT_NEWER, home=str(home), version=version)
        try:
            vault = cls(home, doc)
            if len(vault.identity_public) != 32 or len(vault.recording_public) != 32:
                raise ValueError("bad key length")
            if not vault.pending:
                _kdf_params(doc, path)
            for name in ("nonce", "ciphertext"):
                unb64(doc["secret"][name])
        except (KeyError, TypeError, ValueError):
            raise FormatError(M.VAULT_CORRUPT, path=str(path)) from None
        vault._check_pin()
        return vault

    def _pin(self) -> None:
        """Remember this vault's public keys outside its folder (a new vault at this path replaces the pin)."""
        write_pin(self.home, Pin(self.identity_public, self.recording_public))

    def _check_pin(self) -> None:
        pin = read_pin(self.home)
        if pin is None:
            # A vault made before pinning existed (or a config folder lost): trust it as it is now, once.
            self._pin()
        elif (pin.identity_public, pin.recording_public) != (self.identity_public, self.recording_public):
            self.replaced = True
            self.identity_public, self.recording_public = pin.identity_public, pin.recording_public

    def unlock(self, passphrase: str) -> VaultKeys:
        """Return the private keys, or raise WrongPassphrase. Nothing on disk changes.

        A vault without a passphrase yet (:attr:`pending`) opens with its pending key, whatever is given. A vault
        file that was replaced (:attr:`replaced`) is refused as such, not as a wrong passphrase.
        """
        if self.replaced:
            raise VaultReplaced(M.VAULT_REPLACED, path=str(self.home / VAULT_FILE))
        if self.pending:
            key = self._pending_key()
        else:
            key = crypto.derive_key(passphrase, _kdf_params(self._doc, self.home / VAULT_FILE))
        secret = self._doc["secret"]
        try:
            plain = crypto.aead_decrypt(
                key, unb64(secret["nonce"]), unb64(secret["ciphertext"]), _envelope_aad(self._doc)
            )
        except crypto.InvalidTag:
            raise WrongPassphrase(M.WRONG_PASSPHRASE) from None
        inner = json.loads(plain)
        keys = VaultKeys(
            Ed25519PrivateKey.from_private_bytes(unb64(inner["identity_private"])),
            X25519PrivateKey.from_private_bytes(unb64(inner["recording_private"])),
        )
        if crypto.ed25519_public_raw(keys.identity) != self.identity_public:
            raise FormatError(M.VAULT_CORRUPT, path=str(self.home / VAULT_FILE))
        return keys

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-encrypt the key envelope under ``new``, at today's KDF cost (an older vault's cost is raised here).
        Recordings are untouched (they use the public keys)."""
        require_strong(new)
        keys = self.unlock(old)
        memory_kib, iterations = _new_cost(None, None)
        doc = {k: v for k, v in self._doc.items() if k not in ("kdf", "secret")}
        doc.update(_envelope(doc, keys, new, memory_kib, iterations))
        with os_errors(self.home):
            _write_doc(self.home, doc)
            self._doc = doc
            # Only once the keys are sealed under the passphrase on disk is the pending key useless; then it goes.
            pending = self.home / PENDING_KEY_FILE
            if pending.exists():
                pending.unlink()
                fsync_dir(self.home)

    def set_passphrase(
        self, passphrase: str, kdf_memory_kib: int | None = None, kdf_iterations: int | None = None
    ) -> None:
        """Lock a vault made by :meth:`create_pending`: seal its keys under Argon2id, then delete ``pending.key``."""
        if not self.pending:
            raise RecorderError(M.VAULT_EXISTS, home=str(self.home))
        require_strong(passphrase)
        memory_kib, iterations = _new_cost(kdf_memory_kib, kdf_iterations)
        keys = self.unlock("")
        doc = {k: v for k, v in self._doc.items() if k not in ("kdf", "secret")}
        doc.update(_envelope(doc, keys, passphrase, memory_kib, iterations))
        with os_errors(self.home):
            _write_doc(self.home, doc)
            self._doc = doc
            pending = self.home / PENDING_KEY_FILE
            if pending.exists():
                pending.unlink()
                fsync_dir(self.home)

    def _pending_key(self) -> bytes:
        # The name is fixed (``kdf.file`` only documents it): a vault file must not point the app at other files.
        try:
            key = (self.home / PENDING_KEY_FILE).read_bytes()
        except OSError:
            raise FormatError(M.VAULT_CORRUPT, path=str(self.home / PENDING_KEY_FILE)) from None
        if len(key) != crypto.KEY_LEN:
            raise FormatError(M.VAULT_CORRUPT, path=str(self.home / PENDING_KEY_FILE))
        return key


def _new_keys() -> tuple[VaultKeys, dict[str, Any]]:
    """Fresh identity and recording key pairs, and the public part of a vault document naming them."""
    keys = VaultKeys(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())
    doc: dict[str, Any] = {
        "format": VAULT_FORMAT,
        "version": VAULT_VERSION,
        "created_utc": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        "identity_public": b64(crypto.ed25519_public_raw(keys.identity)),
        "recording_public": b64(crypto.x25519_public_raw(keys.recording)),
    }
    return keys, doc


def _refuse_file_home(home: Path) -> None:
    if home.exists() and not home.is_dir():
        raise RecorderError(M.HOME_IS_A_FILE, home=str(home))


def _make_home(home: Path) -> None:
    # Owner-only: the folder holds the (encrypted) evidence and, until a passphrase is set, the pending key.
    # An existing folder is made owner-only too (mkdir's mode applies only to a folder it creates): a folder
    # others can write to lets them replace vault.json (issue 12 §2).
    home.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(home, 0o700)
    (home / SESSIONS_DIR).mkdir(mode=0o700, exist_ok=True)
    os.chmod(home / SESSIONS_DIR, 0o700)


def _new_cost(memory_kib: int | None, iterations: int | None) -> tuple[int, int]:
    """The KDF cost for a new envelope: given by the caller, else the test setting, else the desktop default."""
    if memory_kib is not None or iterations is not None:
        return memory_kib or KDF_MEMORY_KIB, iterations or KDF_ITERATIONS
    value = os.environ.get(TEST_KDF_ENV)
    if not value:
        return KDF_MEMORY_KIB, KDF_ITERATIONS
    try:
        mem_text, _, it_text = value.partition(":")
        memory_kib, iterations = int(mem_text), int(it_text)
    except ValueError:
        raise RecorderError(M.TEST_KDF_REFUSED, value=value) from None
    if _kdf_out_of_range(memory_kib, iterations, KDF_LANES):
        raise RecorderError(M.TEST_KDF_REFUSED, value=value)
    return memory_kib, iterations


def _kdf_out_of_range(memory_kib: int, iterations: int, lanes: int) -> str | None:
    """What is out of range, in figures (None if all is within docs/FORMAT.md §2's bounds)."""
    for name, value, (low, high) in (
        ("memory_kib", memory_kib, KDF_MEMORY_KIB_RANGE),
        ("iterations", iterations, KDF_ITERATIONS_RANGE),
        ("lanes", lanes, KDF_LANES_RANGE),
    ):
        if not low <= value <= high:
            return f"{name} {value}, not {low}–{high}"
    return None


def _write_doc(home: Path, doc: dict[str, Any]) -> None:
    atomic_write(home / VAULT_FILE, json.dumps(doc, indent=1, ensure_ascii=False).encode("utf-8") + b"\n")


def _kdf_params(doc: dict[str, Any], path: Path) -> crypto.KdfParams:
    """The Argon2id parameters of ``doc``; ValueError if malformed, a sentence if outside the accepted bounds
    (never handed to Argon2id: 2^40 KiB overflows, 0 lanes fails, 10^9 passes would run for days)."""
    kdf = doc["kdf"]
    if kdf.get("name") != "argon2id":
        raise ValueError("unknown kdf")
    numbers = [kdf["memory_kib"], kdf["iterations"], kdf["lanes"]]
    if not all(type(n) is int for n in numbers):
        raise ValueError("kdf parameters are not integers")
    memory_kib, iterations, lanes = numbers
    what = _kdf_out_of_range(memory_kib, iterations, lanes)
    if what is not None:
        raise FormatError(M.KDF_OUT_OF_RANGE, path=str(path), what=what)
    params = crypto.KdfParams(salt=unb64(kdf["salt"]), memory_kib=memory_kib, iterations=iterations, lanes=lanes)
    if len(params.salt) < 16 or params.memory_kib < 8 * params.lanes:
        raise ValueError("weak or invalid kdf parameters")
    return params


def _envelope_aad(doc: dict[str, Any]) -> bytes:
    # Binds the encrypted private keys to the public keys and KDF settings shown beside them.
    bound = {k: doc[k] for k in ("format", "version", "identity_public", "recording_public", "kdf")}
    return canonical_json(bound)


def _envelope(
    doc: dict[str, Any], keys: VaultKeys, passphrase: str, memory_kib: int, iterations: int
) -> dict[str, Any]:
    if not passphrase:
        raise RecorderError(M.EMPTY_PASSPHRASE)
    params = crypto.KdfParams(salt=os.urandom(16), memory_kib=memory_kib, iterations=iterations, lanes=KDF_LANES)
    kdf = {
        "name": "argon2id",
        "salt": b64(params.salt),
        "memory_kib": params.memory_kib,
        "iterations": params.iterations,
        "lanes": params.lanes,
    }
    inner = _inner(keys)
    aad = _envelope_aad({**doc, "kdf": kdf})
    nonce, ct = crypto.aead_encrypt(crypto.derive_key(passphrase, params), inner, aad)
    return {"kdf": kdf, "secret": {"cipher": "chacha20-poly1305", "nonce": b64(nonce), "ciphertext": b64(ct)}}


def _inner(keys: VaultKeys) -> bytes:
    return canonical_json(
        {
            "identity_private": b64(crypto.private_raw(keys.identity)),
            "recording_private": b64(crypto.private_raw(keys.recording)),
        }
    )
