"""Helpers for the archive tests: an archive rebuilt with changed members, written the way the exporter writes
(so that the verifier's deeper checks, not only the container check, are what rejects it), optionally re-signed
with another key as a forger would."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from recorder.archive import container, layout, sshsig
from recorder.archive.export import pem_public
from recorder.core.crypto import ed25519_public_raw


def read_all(path: Path) -> tuple[list[zipfile.ZipInfo], dict[str, bytes]]:
    with zipfile.ZipFile(path) as z:
        infos = z.infolist()
        return infos, {i.filename: z.read(i) for i in infos}


def write_like(
    dst: Path,
    infos: list[zipfile.ZipInfo],
    data: dict[str, bytes],
    order: list[str] | None = None,
) -> None:
    """Write members exactly as the exporter does (recorder.archive.container: stored, the archive's date)."""
    with open(dst, "wb") as f:
        z = container.ZipWriter(f, infos[0].date_time)
        for name in order or list(data):
            z.add(name, data[name])
        z.close()


def resign(data: dict[str, bytes], key: Ed25519PrivateKey | None = None, new_identity: bool = False) -> None:
    """Recompute SHA256SUMS over the members and sign it with ``key`` (a forger's key when given)."""
    key = key or Ed25519PrivateKey.generate()
    if new_identity:
        raw = ed25519_public_raw(key)
        data[layout.IDENTITY_PEM] = pem_public(raw)
        data[layout.IDENTITY_SSH] = (sshsig.openssh_public(raw, layout.SSH_PRINCIPAL) + "\n").encode()
        data[layout.ALLOWED_SIGNERS] = (
            f'{layout.SSH_PRINCIPAL} namespaces="{layout.SSH_NAMESPACE}" {sshsig.openssh_public(raw)}\n'
        ).encode()
    listed = [n for n in data if n not in layout.UNLISTED]
    sums = "".join(f"{hashlib.sha256(data[n]).hexdigest()}  {n}\n" for n in listed).encode()
    data[layout.SUMS] = sums
    data[layout.SUMS_SIG] = key.sign(sums)
    data[layout.SUMS_SSHSIG] = sshsig.sign(sums, key, layout.SSH_NAMESPACE).encode()
