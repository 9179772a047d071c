"""The stock-tool procedure cannot be fooled without the vault key (issue 11 §1).

A forger silences the audio, puts their own key in any combination of the key members and signs SHA256SUMS
with it. The procedure is run exactly as the genuine VERIFY.txt writes it, with the stock tools after `unzip`:
for each way of checking the signature (OpenSSH or OpenSSL), the reader is fooled when its commands and
`sha256sum -c` all succeed and a fingerprint printed along the way is the owner's. No combination may fool it;
the untouched archive passes both ways showing the owner's fingerprint. `recorder verify` rejects each
forgery, or names the forger's fingerprint. The key members are also held to their one written form.
"""

from __future__ import annotations

import itertools
import re
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from recorder.archive import layout, sshsig
from recorder.archive import messages as M
from recorder.archive.export import export_archive
from recorder.archive.verify import verify_archive
from recorder.core.crypto import ed25519_public_raw
from recorder.core.vault import Vault
from tests.archive_sessions import record
from tests.archive_tools import read_all, resign, write_like
from tests.fixtures.core import PASSPHRASE

FINGERPRINT = re.compile(r"SHA256:[A-Za-z0-9+/]{43}")


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict:  # type: ignore[type-arg]
    home = tmp_path_factory.mktemp("forgery") / "home"
    vault = Vault.create(home, PASSPHRASE)
    sid = record(vault, "Case F", seconds=2, attachment=b"a photo" * 16)
    out = home.parent / "case.zip"
    keys = vault.unlock(PASSPHRASE)
    export_archive(vault, keys, [sid], out, language="en")
    return {"zip": out, "sid": sid, "keys": keys, "owner": sshsig.ssh_fingerprint(vault.identity_public)}


def procedures(verify_txt: str) -> list[list[str]]:
    """The ways of checking VERIFY.txt offers: each signature command with every other command it gives."""
    commands: list[str] = []
    for line in verify_txt.splitlines():
        cmd = line.strip()
        stock = line.startswith("    ") and cmd.split(" ")[0] in ("openssl", "ssh-keygen", "sha256sum")
        if stock and not cmd.startswith("openssl ts ") and cmd not in commands:
            commands.append(cmd)
    signature = [c for c in commands if c.startswith(("openssl pkeyutl", "ssh-keygen -Y verify"))]
    others = [c for c in commands if c not in signature]
    assert len(signature) == 2 and any(c.startswith("sha256sum -c") for c in others)
    return [[sig, *others] for sig in signature]


def run_procedure(folder: Path, commands: list[str]) -> tuple[bool, set[str]]:
    """(every command succeeded, the fingerprints they printed)."""
    ok, printed = True, set()
    for cmd in commands:
        done = subprocess.run(cmd, shell=True, cwd=folder, capture_output=True, text=True)
        ok = ok and done.returncode == 0
        printed |= set(FINGERPRINT.findall(done.stdout + done.stderr))
    return ok, printed


def unzip(archive: Path, folder: Path) -> None:
    done = subprocess.run(["unzip", "-q", str(archive), "-d", str(folder)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_the_genuine_archive_passes_both_ways_showing_the_owners_fingerprint(made: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    unzip(made["zip"], tmp_path / "e")
    ways = procedures((tmp_path / "e" / layout.VERIFY_TEXT).read_text("utf-8"))
    for commands in ways:
        assert run_procedure(tmp_path / "e", commands) == (True, {made["owner"]}), commands


KEY_MEMBERS = ("identity.pem", "identity.pub", "allowed_signers", "session-key.pem", "session-key.pub")


def forge(data: dict[str, bytes], sid: str, replaced: tuple[str, ...], key: Ed25519PrivateKey) -> None:
    raw = ed25519_public_raw(key)
    forms = {
        layout.IDENTITY_PEM: sshsig.pem_public(raw),
        layout.IDENTITY_SSH: (sshsig.openssh_public(raw, layout.SSH_PRINCIPAL) + "\n").encode(),
        layout.ALLOWED_SIGNERS: layout.allowed_signers(sshsig.openssh_public(raw)),
        f"sessions/{sid}/{layout.SESSION_PEM}": sshsig.pem_public(raw),
        f"sessions/{sid}/{layout.SESSION_SSH}": (sshsig.openssh_public(raw, sid) + "\n").encode(),
    }
    for name in replaced:
        member = name if not name.startswith("session-") else f"sessions/{sid}/{name}"
        data[member] = forms[member]
    for name in data:
        if name.endswith(".wav"):
            data[name] = data[name][:44] + bytes(len(data[name]) - 44)  # the sound silenced
    resign(data, key)


def test_no_combination_of_replaced_key_members_fools_the_stock_procedure(made: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    infos, original = read_all(made["zip"])
    ways = procedures(original[layout.VERIFY_TEXT].decode("utf-8"))
    forger = Ed25519PrivateKey.generate()
    forger_fp = sshsig.ssh_fingerprint(ed25519_public_raw(forger))
    tried = 0
    for n in range(len(KEY_MEMBERS) + 1):
        for replaced in itertools.combinations(KEY_MEMBERS, n):
            data = dict(original)
            forge(data, made["sid"], replaced, forger)
            forged = tmp_path / f"forged-{tried}.zip"
            write_like(forged, infos, data)
            folder = tmp_path / f"f{tried}"
            unzip(forged, folder)
            for commands in ways:
                ok, printed = run_procedure(folder, commands)
                assert not (ok and made["owner"] in printed), (replaced, commands[0])
                if ok:  # it passes only showing the forger's key, which the reader compares and rejects
                    assert printed == {forger_fp}, (replaced, printed)
            report = verify_archive(forged)
            assert not report.ok or report.identity_fingerprint == forger_fp, replaced
            tried += 1
    assert tried == 2 ** len(KEY_MEMBERS)


def test_an_extra_key_in_allowed_signers_is_not_shown_as_the_owners(made: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    """A forger adds their key as a line before the owner's: ssh-keygen accepts their signature, and the line it
    prints names their key, not the owner's."""
    infos, data = read_all(made["zip"])
    ways = procedures(data[layout.VERIFY_TEXT].decode("utf-8"))
    forger = Ed25519PrivateKey.generate()
    data[layout.ALLOWED_SIGNERS] = (
        layout.allowed_signers(sshsig.openssh_public(ed25519_public_raw(forger))) + data[layout.ALLOWED_SIGNERS]
    )
    resign(data, forger)
    data[layout.SUMS_SIG] = bytes(64)  # only the SSH way is attacked here
    forged = tmp_path / "forged.zip"
    write_like(forged, infos, data)
    unzip(forged, tmp_path / "e")
    ssh_way = next(c for c in ways if c[0].startswith("ssh-keygen"))
    ok, printed = run_procedure(tmp_path / "e", ssh_way)
    assert ok and made["owner"] not in printed


@pytest.mark.parametrize(
    ("member", "change"),
    [
        ("allowed_signers", lambda b, other: other + b),  # an extra line before the owner's
        ("allowed_signers", lambda b, other: b + other),  # and after it
        ("allowed_signers", lambda b, other: b.replace(b'namespaces="', b'cert-authority namespaces="')),
        ("identity.pub", lambda b, other: b.replace(b" evidence-recorder\n", b" someone else\n")),
        ("identity.pub", lambda b, other: b + b"\n"),
        ("identity.pem", lambda b, other: b + b),  # the key twice
        ("identity.pem", lambda b, other: b"a comment before the key\n" + b),
        ("session-key.pub", lambda b, other: b.rstrip(b"\n")),
        ("session-key.pem", lambda b, other: b.replace(b"\n", b"\r\n")),
    ],
)
def test_key_members_re_signed_by_the_owner_in_another_form_are_rejected(
    made: dict,  # type: ignore[type-arg]
    tmp_path: Path,
    member: str,
    change,  # type: ignore[no-untyped-def]
) -> None:
    """Each key member is held to the one form FORMAT §7.2 gives it, even when the owner re-signs."""
    infos, data = read_all(made["zip"])
    name = member if not member.startswith("session-") else f"sessions/{made['sid']}/{member}"
    other = layout.allowed_signers(sshsig.openssh_public(ed25519_public_raw(Ed25519PrivateKey.generate())))
    data[name] = change(data[name], other)
    resign(data, made["keys"].identity)
    forged = tmp_path / "resigned.zip"
    write_like(forged, infos, data)
    report = verify_archive(forged)
    assert not report.ok
    messages = {p.message for p in report.problems}
    assert messages & {M.KEY_FORM_DIFFERS, M.IDENTITY_BAD, M.SESSION_KEY_DIFFERS}, [str(p) for p in report.problems]
