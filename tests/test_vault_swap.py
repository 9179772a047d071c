"""Issue 12 §2: a vault.json replaced by someone else's is noticed — recording goes on to the pinned keys, never to
the new ones; the CLI says the file was replaced; ``check`` says so instead of "the passphrase is wrong"."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from recorder.core import pins
from recorder.core.canonical import b64, unb64
from recorder.core.errors import VaultReplaced
from recorder.core.journal import scan
from recorder.core.session import JOURNAL_FILE, Session, Source
from recorder.core.store import SessionReader
from recorder.core.vault import VAULT_FILE, Vault, VaultKeys
from tests.fixtures.core import PASSPHRASE
from tests.test_cli_core import RECORDER, recorder

TONE = Source("test tone", live=False, kind="test-signal")


def _swap(vault: Vault, tmp_path: Path) -> Vault:
    """Another user's vault (their passphrase is PASSPHRASE too: the owner's passphrase must not be the issue)."""
    theirs = Vault.create(tmp_path / "theirs", PASSPHRASE)
    shutil.copy(theirs.home / VAULT_FILE, vault.home / VAULT_FILE)
    return theirs


def test_recording_after_a_swap_goes_to_the_pinned_keys(vault: Vault, keys: VaultKeys, tmp_path: Path) -> None:
    theirs = _swap(vault, tmp_path)
    opened = Vault.open(vault.home)
    assert opened.replaced
    assert opened.recording_public == vault.recording_public != theirs.recording_public
    session = Session.start(opened, "case", TONE)
    session.append_audio(b"\x01\x00" * 480, rate=48000)
    session.seal()
    header = scan(session.dir / JOURNAL_FILE).header
    assert unb64(header["key_wrap"]["recipient"]) == vault.recording_public
    # The owner's keys read it; the start entry pins both public keys in the signed chain.
    first = next(SessionReader(opened, keys.recording, session.id).entries())[0]
    assert first["body"]["vault_recording"] == b64(vault.recording_public)
    assert first["body"]["vault_identity"] == b64(vault.identity_public)


def test_unlocking_a_swapped_vault_says_it_was_replaced(vault: Vault, tmp_path: Path) -> None:
    _swap(vault, tmp_path)
    opened = Vault.open(vault.home)
    for passphrase in (PASSPHRASE, "anything else at all"):
        try:
            opened.unlock(passphrase)
        except VaultReplaced as exc:
            assert "was replaced" in str(exc) and "passphrase is wrong" not in str(exc)
        else:
            raise AssertionError("a replaced vault file was unlocked")


def test_the_cli_says_the_vault_file_was_replaced(vault: Vault, passphrase_file: Path, tmp_path: Path) -> None:
    session = Session.start(vault, "case", TONE)
    session.seal()
    _swap(vault, tmp_path)
    listing = recorder(vault.home, "sessions")
    assert listing.returncode == 0 and "was replaced" in listing.stderr and session.id in listing.stdout
    check = recorder(vault.home, "check", passphrase=passphrase_file)
    assert check.returncode == 1, check
    assert "was replaced" in check.stderr and "passphrase is wrong" not in check.stderr
    assert "Traceback" not in check.stderr


def test_cli_record_after_a_swap_encrypts_to_the_pinned_key(vault: Vault, tmp_path: Path) -> None:
    import subprocess

    _swap(vault, tmp_path)
    run = subprocess.run(
        [str(RECORDER), "--home", str(vault.home), "record", "--case", "c"]
        + ["--source", "test-tone", "--duration", "0.3"],
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert run.returncode == 0, run.stderr
    assert "was replaced" in run.stderr
    (sid,) = [p.name for p in (vault.home / "sessions").iterdir()]
    header = scan(vault.home / "sessions" / sid / JOURNAL_FILE).header
    assert unb64(header["key_wrap"]["recipient"]) == vault.recording_public


def test_the_pin_lives_outside_the_home_keyed_by_its_real_path(vault: Vault, tmp_path: Path) -> None:
    path = pins.pin_path(vault.home)
    assert vault.home.resolve() not in path.parents
    doc = json.loads(path.read_text())
    assert doc["recording_public"] == b64(vault.recording_public)
    link = tmp_path / "link-to-home"
    link.symlink_to(vault.home)
    assert pins.pin_path(link) == path
    # Put back, the owner's own file opens as before.
    original = (vault.home / VAULT_FILE).read_bytes()
    _swap(vault, tmp_path)
    (vault.home / VAULT_FILE).write_bytes(original)
    again = Vault.open(vault.home)
    assert not again.replaced and again.unlock(PASSPHRASE)


def test_a_vault_made_before_pinning_is_pinned_at_its_next_opening(vault: Vault, tmp_path: Path) -> None:
    pins.forget_pin(vault.home)
    assert not Vault.open(vault.home).replaced
    assert pins.read_pin(vault.home) is not None
    _swap(vault, tmp_path)
    assert Vault.open(vault.home).replaced
