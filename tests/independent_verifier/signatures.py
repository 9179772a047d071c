"""The key members and the two signatures of SHA256SUMS (FORMAT §7.2, §7.3), and SHA256SUMS itself."""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import re
import struct

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from tests.independent_verifier.errors import Fail

NAMESPACE = b"evidence-recorder-archive@v1"
PRINCIPAL = "evidence-recorder"
UNLISTED = ("SHA256SUMS", "SHA256SUMS.sig", "SHA256SUMS.sshsig")
_SUM_LINE = re.compile(rb"([0-9a-f]{64})  ([^\n]+)\n")


def ssh_string(b: bytes) -> bytes:
    return struct.pack(">I", len(b)) + b


def ssh_blob(raw: bytes) -> bytes:
    return ssh_string(b"ssh-ed25519") + ssh_string(raw)


def openssh_line(raw: bytes, comment: str) -> bytes:
    return f"ssh-ed25519 {base64.b64encode(ssh_blob(raw)).decode()} {comment}\n".encode()


def fingerprint(raw: bytes) -> str:
    return "SHA256:" + base64.b64encode(hashlib.sha256(ssh_blob(raw)).digest()).decode().rstrip("=")


def pem_key(data: bytes, cls: str, what: str) -> bytes:
    """The raw Ed25519 key of a PEM SubjectPublicKeyInfo, which must be in its one standard spelling."""
    try:
        key = serialization.load_pem_public_key(data)
    except (ValueError, TypeError):
        raise Fail(cls, f"{what} is not a PEM public key") from None
    if not isinstance(key, Ed25519PublicKey):
        raise Fail(cls, f"{what} is not an Ed25519 key")
    again = key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    if again != data:
        raise Fail(cls, f"{what} is not written as the exporter writes it")
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


@functools.lru_cache(maxsize=65536)
def ed25519_ok(raw_key: bytes, sig: bytes, msg: bytes) -> bool:
    """Cached: the campaign's mutants share almost all their signed entries."""
    try:
        Ed25519PublicKey.from_public_bytes(raw_key).verify(sig, msg)
    except (InvalidSignature, ValueError):
        return False
    return True


def identity(files: dict[str, bytes]) -> bytes:
    """The one key that identity.pem, identity.pub and allowed_signers all hold exactly."""
    raw = pem_key(files["identity.pem"], "keys", "identity.pem")
    if files["identity.pub"] != openssh_line(raw, PRINCIPAL):
        raise Fail("keys", "identity.pub does not hold the key of identity.pem")
    b64 = base64.b64encode(ssh_blob(raw)).decode()
    want = f'{PRINCIPAL} namespaces="{NAMESPACE.decode()}" ssh-ed25519 {b64}\n'.encode()
    if files["allowed_signers"] != want:
        raise Fail("keys", "allowed_signers is not exactly the one line for the key of identity.pem")
    return raw


def _take(blob: bytes, pos: int) -> tuple[bytes, int]:
    if pos + 4 > len(blob):
        raise Fail("signature", "SHA256SUMS.sshsig is cut short")
    (n,) = struct.unpack_from(">I", blob, pos)
    if pos + 4 + n > len(blob):
        raise Fail("signature", "SHA256SUMS.sshsig is cut short")
    return blob[pos + 4 : pos + 4 + n], pos + 4 + n


def check_sshsig(armored: bytes, raw_key: bytes, sums: bytes) -> None:
    lines = armored.split(b"\n")
    if (
        len(lines) < 4
        or lines[0] != b"-----BEGIN SSH SIGNATURE-----"
        or lines[-2] != b"-----END SSH SIGNATURE-----"
        or lines[-1] != b""
    ):
        raise Fail("signature", "SHA256SUMS.sshsig is not armored as FORMAT says")
    body = lines[1:-2]
    if any(len(x) != 70 for x in body[:-1]) or not 0 < len(body[-1]) <= 70:
        raise Fail("signature", "SHA256SUMS.sshsig is not in lines of 70 characters")
    text = b"".join(body)
    try:
        blob = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise Fail("signature", "SHA256SUMS.sshsig is not base64") from None
    if base64.b64encode(blob) != text:
        raise Fail("signature", "SHA256SUMS.sshsig is not canonical base64")
    if blob[:6] != b"SSHSIG" or blob[6:10] != struct.pack(">I", 1):
        raise Fail("signature", "SHA256SUMS.sshsig is not an SSHSIG blob of version 1")
    pos = 10
    pub, pos = _take(blob, pos)
    ns, pos = _take(blob, pos)
    reserved, pos = _take(blob, pos)
    halg, pos = _take(blob, pos)
    sigblob, pos = _take(blob, pos)
    if pos != len(blob):
        raise Fail("signature", "SHA256SUMS.sshsig has bytes after its signature")
    if pub != ssh_blob(raw_key):
        raise Fail("signature", "SHA256SUMS.sshsig names another key than identity.pem")
    if ns != NAMESPACE or reserved != b"" or halg != b"sha512":
        raise Fail("signature", "SHA256SUMS.sshsig has another namespace or hash")
    kind, p2 = _take(sigblob, 0)
    sig, p2 = _take(sigblob, p2)
    if kind != b"ssh-ed25519" or len(sig) != 64 or p2 != len(sigblob):
        raise Fail("signature", "SHA256SUMS.sshsig does not hold one Ed25519 signature")
    signed = (
        b"SSHSIG" + ssh_string(NAMESPACE) + ssh_string(b"") + ssh_string(b"sha512")
        + ssh_string(hashlib.sha512(sums).digest())
    )  # fmt: skip
    if not ed25519_ok(raw_key, sig, signed):
        raise Fail("signature", "SHA256SUMS.sshsig does not verify")


def check_signatures(files: dict[str, bytes], raw_key: bytes) -> None:
    sums = files["SHA256SUMS"]
    sig = files["SHA256SUMS.sig"]
    if len(sig) != 64 or not ed25519_ok(raw_key, sig, sums):
        raise Fail("signature", "SHA256SUMS.sig does not verify with identity.pem")
    check_sshsig(files["SHA256SUMS.sshsig"], raw_key, sums)


def parse_sums(sums: bytes) -> list[tuple[str, str]]:
    """(hex, path) per line; the exact `sha256sum` form, every line ending in LF."""
    out: list[tuple[str, str]] = []
    pos = 0
    while pos < len(sums):
        m = _SUM_LINE.match(sums, pos)
        if not m:
            raise Fail("checksums", f"SHA256SUMS line {len(out) + 1} is not `hex  path`")
        try:
            out.append((m.group(1).decode(), m.group(2).decode("utf-8")))
        except UnicodeDecodeError:
            raise Fail("checksums", f"SHA256SUMS line {len(out) + 1} is not UTF-8") from None
        pos = m.end()
    if not out:
        raise Fail("checksums", "SHA256SUMS is empty")
    return out
