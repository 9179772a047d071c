"""SSH signatures (OpenSSH PROTOCOL.sshsig) made and checked with ``cryptography``, Ed25519 only.

``ssh-keygen -Y verify`` checks what :func:`sign` writes; :func:`verify` lets the app check the same file
without OpenSSH. The blob is::

    "SSHSIG" uint32(1) string(publickey) string(namespace) string("") string(hash_alg) string(signature)

and the signed data is ``"SSHSIG" string(namespace) string("") string(hash_alg) string(H(message))``.
"""

from __future__ import annotations

import base64
import hashlib

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ..core.crypto import ed25519_public_raw, ed25519_verify

MAGIC = b"SSHSIG"
VERSION = 1
KEY_TYPE = b"ssh-ed25519"
HASH_ALG = "sha512"
BEGIN = "-----BEGIN SSH SIGNATURE-----"
END = "-----END SSH SIGNATURE-----"


def _string(data: bytes) -> bytes:
    return len(data).to_bytes(4, "big") + data


def public_blob(public_raw: bytes) -> bytes:
    return _string(KEY_TYPE) + _string(public_raw)


def openssh_public(public_raw: bytes, comment: str = "") -> str:
    """The one-line OpenSSH form of an Ed25519 public key (``ssh-ed25519 AAAA… comment``)."""
    line = "ssh-ed25519 " + base64.b64encode(public_blob(public_raw)).decode("ascii")
    return f"{line} {comment}".rstrip()


def ssh_fingerprint(public_raw: bytes) -> str:
    """The fingerprint ``ssh-keygen -l`` prints: SHA256 of the key blob, unpadded base64."""
    digest = hashlib.sha256(public_blob(public_raw)).digest()
    return "SHA256:" + base64.b64encode(digest).decode("ascii").rstrip("=")


def pem_public(public_raw: bytes) -> bytes:
    """The PEM SubjectPublicKeyInfo (RFC 8410) of an Ed25519 public key, as the archive holds it."""
    return Ed25519PublicKey.from_public_bytes(public_raw).public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def ed25519_from_pem(pem: bytes) -> bytes | None:
    """The raw Ed25519 public key in a PEM SubjectPublicKeyInfo, or None if it is anything else."""
    try:
        key = serialization.load_pem_public_key(pem)
    except (ValueError, TypeError, UnsupportedAlgorithm):
        return None
    if not isinstance(key, Ed25519PublicKey):
        return None
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _signed_data(namespace: str, message_hash: bytes) -> bytes:
    return MAGIC + _string(namespace.encode()) + _string(b"") + _string(HASH_ALG.encode()) + _string(message_hash)


def sign(message: bytes, key: Ed25519PrivateKey, namespace: str) -> str:
    """An armored SSH signature of ``message`` in ``namespace``."""
    digest = hashlib.sha512(message).digest()
    signature = key.sign(_signed_data(namespace, digest))
    blob = (
        MAGIC
        + VERSION.to_bytes(4, "big")
        + _string(public_blob(ed25519_public_raw(key)))
        + _string(namespace.encode())
        + _string(b"")
        + _string(HASH_ALG.encode())
        + _string(_string(KEY_TYPE) + _string(signature))
    )
    return _armor(blob)


def _armor(blob: bytes) -> str:
    text = base64.b64encode(blob).decode("ascii")
    lines = [text[i : i + 70] for i in range(0, len(text), 70)]
    return "\n".join([BEGIN, *lines, END]) + "\n"


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data, self.pos = data, 0

    def take(self, n: int) -> bytes:
        if n < 0 or self.pos + n > len(self.data):
            raise ValueError("truncated")
        out = self.data[self.pos : self.pos + n]
        self.pos += n
        return out

    def string(self) -> bytes:
        return self.take(int.from_bytes(self.take(4), "big"))


def verify(armored: str, message_hash_sha512: bytes, public_raw: bytes, namespace: str) -> str | None:
    """Check an armored SSH signature against a known key; return None if it holds, else what is wrong.

    Takes the SHA-512 of the message (so a large message can be hashed while streaming).
    """
    try:
        lines = armored.strip().splitlines()
        if len(lines) < 3 or lines[0].strip() != BEGIN or lines[-1].strip() != END:
            return "not an SSH signature"
        blob = base64.b64decode("".join(x.strip() for x in lines[1:-1]), validate=True)
        if _armor(blob) != armored:
            return "not in the form it was written in"
        r = _Reader(blob)
        if r.take(6) != MAGIC or int.from_bytes(r.take(4), "big") != VERSION:
            return "not an SSH signature of a known version"
        key = _Reader(r.string())
        ns = r.string().decode()
        r.string()  # reserved
        alg = r.string().decode()
        sig = _Reader(r.string())
        if key.string() != KEY_TYPE or key.string() != public_raw:
            return "made with another key"
        if ns != namespace:
            return "made for another purpose (namespace)"
        if alg != HASH_ALG or sig.string() != KEY_TYPE:
            return "uses an unexpected algorithm"
        raw = sig.string()
    except (ValueError, UnicodeDecodeError):
        return "not an SSH signature"
    if len(raw) != 64 or not ed25519_verify(public_raw, raw, _signed_data(namespace, message_hash_sha512)):
        return "does not verify"
    return None
