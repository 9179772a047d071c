"""The vault: keys under Argon2id, wrong passphrases, damaged and newer files, unwritable homes."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from recorder.core.errors import FormatError, NotWritable, VaultMissing, WrongPassphrase
from recorder.core.session import Session, Source
from recorder.core.vault import VAULT_FILE, Vault
from tests.fixtures.core import PASSPHRASE


def test_kdf_parameters_meet_the_design_floor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Without the tests' cheap setting, as a user's vault is made (about a second).
    monkeypatch.delenv("RECORDER_TEST_KDF_COST", raising=False)
    vault = Vault.create(tmp_path / "home", PASSPHRASE)
    doc = json.loads((vault.home / VAULT_FILE).read_text())
    assert doc["kdf"]["name"] == "argon2id"
    assert doc["kdf"]["memory_kib"] >= 262144  # 256 MiB (issue 12 §6; DESIGN §5's floor was 64 MiB)
    assert doc["kdf"]["iterations"] >= 2
    assert doc["kdf"]["lanes"] == 4


def test_unlock_returns_the_keys_that_match_the_public_halves(vault: Vault) -> None:
    keys = Vault.open(vault.home).unlock(PASSPHRASE)
    assert keys.identity.public_key().public_bytes_raw() == vault.identity_public
    assert keys.recording.public_key().public_bytes_raw() == vault.recording_public


def test_wrong_passphrase_says_so_and_changes_nothing(vault: Vault) -> None:
    before = (vault.home / VAULT_FILE).read_bytes()
    with pytest.raises(WrongPassphrase) as err:
        vault.unlock("not it")
    assert "passphrase is wrong" in str(err.value)
    assert (vault.home / VAULT_FILE).read_bytes() == before


def test_passphrase_change_keeps_recordings_readable(vault: Vault) -> None:
    session = Session.start(vault, "case", Source("test", live=False, kind="test-signal"))
    session.append_audio(b"\x01\x00" * 4800, rate=48000)
    session.seal()
    journal = (session.dir / "journal.erj").read_bytes()
    vault.change_passphrase(PASSPHRASE, "a new one, just as long")
    assert (session.dir / "journal.erj").read_bytes() == journal
    with pytest.raises(WrongPassphrase):
        Vault.open(vault.home).unlock(PASSPHRASE)
    from recorder.core.check import check_session

    keys = Vault.open(vault.home).unlock("a new one, just as long")
    assert check_session(vault, keys.recording, session.id).ok


def test_missing_vault(tmp_path: Path) -> None:
    with pytest.raises(VaultMissing):
        Vault.open(tmp_path)


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[: len(raw) // 2],
        lambda raw: b"\x00" * len(raw),
        lambda raw: raw.replace(b'"identity_public": "', b'"identity_public": "AAAA'),
        lambda raw: b"[]",
    ],
)
def test_damaged_vault_file_is_one_sentence(vault: Vault, damage) -> None:  # type: ignore[no-untyped-def]
    path = vault.home / VAULT_FILE
    path.write_bytes(damage(path.read_bytes()))
    with pytest.raises(FormatError) as err:
        Vault.open(vault.home)
    assert "damaged" in str(err.value)


def test_newer_vault_format_asks_for_an_update(vault: Vault) -> None:
    path = vault.home / VAULT_FILE
    doc = json.loads(path.read_text())
    doc["version"] = 99
    path.write_text(json.dumps(doc))
    with pytest.raises(FormatError) as err:
        Vault.open(vault.home)
    assert "newer version" in str(err.value) and "99" in str(err.value)


def test_home_not_writable(tmp_path: Path) -> None:
    """A read-only home: a read-only tmpfs when running as root (as CI does), else a folder without write
    permission. Either way: one sentence, NotWritable, nothing created."""
    ro = tmp_path / "ro"
    ro.mkdir()
    if os.geteuid() == 0:
        subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(ro)], check=True)
    else:
        os.chmod(ro, 0o500)
    try:
        with pytest.raises(NotWritable) as err:
            Vault.create(ro / "home", PASSPHRASE)
        assert "cannot be written" in str(err.value)
    finally:
        if os.geteuid() == 0:
            subprocess.run(["umount", str(ro)], check=True)
        else:
            os.chmod(ro, 0o700)


def test_record_now_set_up_later(tmp_path: Path) -> None:
    """A vault made before any passphrase records and reads; setting the passphrase seals the keys under Argon2id
    and deletes the pending key, after which only the passphrase opens it."""
    from recorder.core.check import check_session
    from recorder.core.vault import PENDING_KEY_FILE

    home = tmp_path / "home"
    vault = Vault.create_pending(home)
    assert vault.pending and (home / PENDING_KEY_FILE).is_file()
    session = Session.start(Vault.open(home), "case", Source("test", live=False, kind="test-signal"))
    session.append_audio(b"\x01\x00" * 4800, rate=48000)
    session.seal()
    reopened = Vault.open(home)
    assert reopened.pending
    assert check_session(reopened, reopened.unlock("").recording, session.id).ok

    reopened.set_passphrase(PASSPHRASE, kdf_memory_kib=65536, kdf_iterations=3)
    assert not (home / PENDING_KEY_FILE).exists()
    locked = Vault.open(home)
    assert not locked.pending
    assert json.loads((home / VAULT_FILE).read_text())["kdf"]["name"] == "argon2id"
    with pytest.raises(WrongPassphrase):
        locked.unlock("")
    assert check_session(locked, locked.unlock(PASSPHRASE).recording, session.id).ok


def test_pending_vault_without_its_key_is_one_sentence(tmp_path: Path) -> None:
    from recorder.core.vault import PENDING_KEY_FILE

    vault = Vault.create_pending(tmp_path / "home")
    (vault.home / PENDING_KEY_FILE).unlink()
    with pytest.raises(FormatError) as err:
        Vault.open(vault.home).unlock("")
    assert "damaged" in str(err.value)
