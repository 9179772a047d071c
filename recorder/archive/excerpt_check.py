"""Checking an excerpt folder (FORMAT §8.3): its signatures and files, its samples against its manifest, and — given
the full archive — that the archive verifies, holds the named recording at the named chain head, is signed by the
same key, and has exactly these samples at the named frames."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core.chain import entry_hash
from ..core.crypto import ed25519_verify
from ..core.errors import render
from ..core.limits import MAX_SMALL_MEMBER
from . import excerpt as X
from . import excerpt_text as T
from . import layout, sshsig, wav
from .archive_samples import archive_samples_sha256, file_sha256

Translate = Callable[[str, str], str]


@dataclass
class ExcerptCheck:
    folder: str
    problems: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    statements: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    readable: bool = True

    @property
    def ok(self) -> bool:
        return self.readable and not self.problems

    @property
    def exit_code(self) -> int:
        return 0 if self.ok else (1 if self.readable else 2)

    def texts(self, which: list[tuple[str, dict[str, Any]]], translate: Translate | None = None) -> list[str]:
        return [render(T.CTX, message, params, translate) for message, params in which]


def _chain_head(archive: Path, session: str) -> str | None:
    try:
        with zipfile.ZipFile(archive) as z:
            lines = z.read(f"{layout.session_dir(session)}/{layout.JOURNAL}").splitlines()
    except (OSError, zipfile.BadZipFile, KeyError, ValueError):
        return None
    return entry_hash(lines[-1]) if lines else None


def _read(folder: Path, name: str, limit: int | None = MAX_SMALL_MEMBER) -> bytes | None:
    p = folder / name
    try:
        if p.is_symlink() or not p.is_file() or (limit is not None and p.stat().st_size > limit):
            return None
        return p.read_bytes()
    except OSError:
        return None


def check_excerpt(folder: Path, original: Path | None = None) -> ExcerptCheck:
    folder = Path(folder)
    report = ExcerptCheck(str(folder))
    files: dict[str, bytes] = {}
    for name in (*X.LISTED, X.SUMS, X.SUMS_SIG, X.SUMS_SSHSIG):
        data = _read(folder, name, None if name in (X.WAV_NAME, X.COMPRESSED_NAME) else MAX_SMALL_MEMBER)
        if data is None:
            report.problems.append((T.CHECK_READ, {"name": name}))
            report.readable = False
            return report
        files[name] = data
    identity = sshsig.ed25519_from_pem(files[X.IDENTITY_PEM])
    sums = files[X.SUMS]
    if identity is None or files[X.IDENTITY_PEM] != sshsig.pem_public(identity):
        report.problems.append((T.CHECK_SIG, {"name": X.IDENTITY_PEM}))
        return report
    if not ed25519_verify(identity, files[X.SUMS_SIG], sums):
        report.problems.append((T.CHECK_SIG, {"name": X.SUMS_SIG}))
    if sshsig.verify(
        files[X.SUMS_SSHSIG].decode("utf-8", "replace"), hashlib.sha512(sums).digest(), identity, X.NAMESPACE
    ):
        report.problems.append((T.CHECK_SIG, {"name": X.SUMS_SSHSIG}))
    expected = "".join(f"{hashlib.sha256(files[n]).hexdigest()}  {n}\n" for n in X.LISTED).encode()
    if sums != expected:
        listed = dict(
            line.split("  ", 1)[::-1] for line in sums.decode("utf-8", "replace").splitlines() if "  " in line
        )
        if set(listed) != set(X.LISTED):
            report.problems.append((T.CHECK_SUMS, {}))
        for n in X.LISTED:
            if n in listed and listed[n] != hashlib.sha256(files[n]).hexdigest():
                report.problems.append((T.CHECK_HASH, {"name": n}))
        if not report.problems:
            report.problems.append((T.CHECK_SUMS, {}))
    openssh = sshsig.openssh_public(identity)
    if (
        files[X.ALLOWED_SIGNERS] != X.allowed_signers(openssh)
        or files[X.IDENTITY_SSH] != (sshsig.openssh_public(identity, X.PRINCIPAL) + "\n").encode()
    ):
        report.problems.append((T.CHECK_HASH, {"name": X.ALLOWED_SIGNERS}))
    manifest = _manifest(files, report)
    if manifest is None:
        return report
    if not report.problems:
        report.statements.append((T.CHECK_SIGNED, {"fingerprint": sshsig.ssh_fingerprint(identity)}))
    if manifest.get("crosses"):
        report.statements.append((T.CROSSES, {"n": len(manifest["crosses"])}))
    if original is None:
        if not report.problems:
            report.statements.append((T.CHECK_NO_ORIGINAL, {}))
        return report
    _against_original(report, manifest, identity, Path(original))
    return report


def _manifest(files: dict[str, bytes], report: ExcerptCheck) -> dict[str, Any] | None:
    try:
        m = json.loads(files[X.MANIFEST])
        o = m["original"]
        start, count, rate = int(m["frame_start"]), int(m["frames"]), int(o["rate"])
        if m.get("format") != X.EXCERPT_FORMAT or m.get("version") != X.EXCERPT_VERSION:
            raise ValueError("format or version")
        if start < 0 or count <= 0 or rate <= 0 or not isinstance(o["session"], str):
            raise ValueError("frame range")
        by_name = {f["name"]: f for f in m["files"]}
        for name in (X.WAV_NAME, X.COMPRESSED_NAME):
            if by_name[name]["sha256"] != hashlib.sha256(files[name]).hexdigest():
                report.problems.append((T.CHECK_HASH, {"name": name}))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        report.problems.append((T.CHECK_MANIFEST, {"why": str(exc) or type(exc).__name__}))
        return None
    pcm = files[X.WAV_NAME]
    if pcm[: wav.HEADER_SIZE] != wav.header(count, rate) or hashlib.sha256(pcm[wav.HEADER_SIZE :]).hexdigest() != m.get(
        "samples_sha256"
    ):
        report.problems.append((T.CHECK_SAMPLES, {}))
    return dict(m)


def _against_original(report: ExcerptCheck, m: dict[str, Any], identity: bytes, original: Path) -> None:
    from .verify import is_encrypted, verify_archive

    o = m["original"]
    params = {"path": str(original), "session": o["session"]}
    if is_encrypted(original):
        report.problems.append((T.ORIGINAL_ENCRYPTED, params))
        return
    verdict = verify_archive(original)
    if not verdict.ok:
        report.problems.append((T.CHECK_ORIGINAL_BAD, params))
        return
    try:
        with zipfile.ZipFile(original) as z:
            same_key = sshsig.ed25519_from_pem(z.read(layout.IDENTITY_PEM)) == identity
    except (OSError, zipfile.BadZipFile, KeyError):
        same_key = False
    if not same_key:
        report.problems.append((T.CHECK_ORIGINAL_KEY, params))
    if _chain_head(original, o["session"]) != o.get("chain_head"):
        report.problems.append((T.CHECK_ORIGINAL_OTHER, params))
        return
    archive = o.get("archive")
    if isinstance(archive, dict) and archive.get("sha256") != file_sha256(original):
        report.problems.append((T.CHECK_ORIGINAL_FILE, params))
    start, count = int(m["frame_start"]), int(m["frames"])
    span = {"start": start, "end": start + count - 1, "session": o["session"]}
    if archive_samples_sha256(original, o["session"], start, count) != m.get("samples_sha256"):
        report.problems.append((T.CHECK_ORIGINAL_DIFFERS, span))
    elif not report.problems:
        report.statements.append((T.CHECK_ORIGINAL_SAME, span))
