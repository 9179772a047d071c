"""Standard constructions from the `cryptography` library, with the parameters of DESIGN §5.

Nothing here invents a primitive: Argon2id for the passphrase, ChaCha20-Poly1305 for data at rest,
X25519 + HKDF-SHA256 to wrap a session key to the vault's public key (ECIES), Ed25519 for signatures.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_LEN = 32
NONCE_LEN = 12
TAG_LEN = 16
WRAP_INFO = b"evidence-recorder/session-key-wrap/v1"

__all__ = [
    "InvalidSignature",
    "InvalidTag",
    "KdfParams",
    "derive_key",
    "aead_encrypt",
    "aead_decrypt",
    "aead_decryptor",
    "wrap_key",
    "unwrap_key",
    "new_data_key",
    "ed25519_public_raw",
    "ed25519_verify",
    "x25519_public_raw",
]


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters; the defaults are DESIGN §5's floor (64 MiB, 3 passes)."""

    salt: bytes
    memory_kib: int = 65536
    iterations: int = 3
    lanes: int = 4


def derive_key(passphrase: str, params: KdfParams) -> bytes:
    kdf = Argon2id(
        salt=params.salt,
        length=KEY_LEN,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(passphrase.encode("utf-8"))


def new_data_key() -> bytes:
    return ChaCha20Poly1305.generate_key()


def aead_encrypt(key: bytes, plaintext: bytes, aad: bytes, nonce: bytes | None = None) -> tuple[bytes, bytes]:
    """Encrypt with ChaCha20-Poly1305 under a fresh random nonce; return (nonce, ciphertext-with-tag)."""
    nonce = nonce if nonce is not None else os.urandom(NONCE_LEN)
    return nonce, ChaCha20Poly1305(key).encrypt(nonce, plaintext, aad)


def aead_decrypt(key: bytes, nonce: bytes, ciphertext: bytes, aad: bytes) -> bytes:
    """Decrypt and authenticate; raises InvalidTag if anything (key, nonce, data, aad) differs."""
    return ChaCha20Poly1305(key).decrypt(nonce, ciphertext, aad)


def aead_decryptor(key: bytes) -> Callable[[bytes, bytes, bytes], bytes]:
    """``aead_decrypt`` with the key set up once, for reading many records: (nonce, ciphertext, aad) -> plaintext."""
    return ChaCha20Poly1305(key).decrypt


def _wrap_kek(shared: bytes, ephemeral_pub: bytes, recipient_pub: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_LEN, salt=ephemeral_pub + recipient_pub, info=WRAP_INFO).derive(
        shared
    )


def wrap_key(recipient_pub: bytes, key: bytes, aad: bytes) -> dict[str, bytes]:
    """Wrap ``key`` to an X25519 public key: ephemeral ECDH, HKDF-SHA256, ChaCha20-Poly1305 (ECIES)."""
    ephemeral = X25519PrivateKey.generate()
    eph_pub = x25519_public_raw(ephemeral)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_pub))
    nonce, ct = aead_encrypt(_wrap_kek(shared, eph_pub, recipient_pub), key, aad)
    return {"ephemeral": eph_pub, "nonce": nonce, "ciphertext": ct}


def unwrap_key(recipient: X25519PrivateKey, ephemeral_pub: bytes, nonce: bytes, ciphertext: bytes, aad: bytes) -> bytes:
    recipient_pub = x25519_public_raw(recipient)
    shared = recipient.exchange(X25519PublicKey.from_public_bytes(ephemeral_pub))
    return aead_decrypt(_wrap_kek(shared, ephemeral_pub, recipient_pub), nonce, ciphertext, aad)


def x25519_public_raw(key: X25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def ed25519_public_raw(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def ed25519_verify(public_raw: bytes, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def private_raw(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())
