"""Issue 12 §5–§6: easy passphrases refused (with zxcvbn's advice, in the user's language), Argon2id's cost
bounded when read from vault.json and raised at the next passphrase change, a home that is a file, and the home
and its files owner-only."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from recorder.core.errors import FormatError, RecorderError
from recorder.core.passphrase import WeakPassphrase, strength
from recorder.core.vault import KDF_MEMORY_KIB, VAULT_FILE, Vault
from recorder.i18n import load_ts
from tests.fixtures.core import PASSPHRASE
from tests.test_cli_core import assert_one_sentence, recorder, snapshot


@pytest.mark.parametrize("easy", ["a", "123456", "password1", "qwertyuiop", "aaaaaaaaaaaa"])
def test_an_easy_passphrase_is_refused_and_nothing_is_made(tmp_path: Path, easy: str) -> None:
    with pytest.raises(WeakPassphrase) as err:
        Vault.create(tmp_path / "home", easy)
    assert "too easy to guess" in str(err.value)
    assert err.value.advice  # zxcvbn's advice comes along
    assert not (tmp_path / "home").exists()


def test_every_piece_of_advice_has_a_translation() -> None:
    from recorder.core import passphrase

    for language in ("zh_CN", "zh_TW"):
        catalog = load_ts(language)
        for source in {*passphrase._FEEDBACK.values(), passphrase.GENERAL_ADVICE}:
            assert catalog.get((passphrase.CTX, source)), (language, source)


def test_init_and_passwd_refuse_an_easy_passphrase_in_the_users_language(tmp_path: Path, vault: Vault) -> None:
    weak = tmp_path / "weak.txt"
    weak.write_text("123456\n", encoding="utf-8")
    line = assert_one_sentence(recorder(tmp_path / "new", "init", passphrase=weak), "too easy to guess")
    assert "10 most common passwords" in line
    assert not (tmp_path / "new" / VAULT_FILE).exists()
    before = snapshot(vault.home)
    good = tmp_path / "good.txt"
    good.write_text(PASSPHRASE + "\n", encoding="utf-8")
    run = recorder(vault.home, "passwd", "--new-passphrase-file", str(weak), passphrase=good)
    assert_one_sentence(run, "too easy to guess")
    assert snapshot(vault.home) == before
    # In Chinese: the sentence and zxcvbn's advice both translated.
    zh = load_ts("zh_CN")
    env_run = _recorder_in(tmp_path / "new", "zh_CN.UTF-8", "init", "--passphrase-file", str(weak))
    assert env_run.returncode == 2
    assert zh[("Passphrase", "This is one of the 10 most common passwords.")] in env_run.stderr
    assert "This is" not in env_run.stderr


def _recorder_in(home: Path, lang: str, *args: str):  # type: ignore[no-untyped-def]
    import subprocess

    from tests.test_cli_core import RECORDER

    env = {**os.environ, "LANGUAGE": lang.split(".")[0], "LANG": lang}
    return subprocess.run(
        [str(RECORDER), "--home", str(home), *args], capture_output=True, text=True, env=env, timeout=60
    )


def test_a_strong_passphrase_has_no_complaint() -> None:
    assert strength(PASSPHRASE).acceptable
    assert not strength("correct").acceptable


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("memory_kib", 2**40, "memory_kib 1099511627776"),  # was OverflowError
        ("lanes", 0, "lanes 0"),  # was ValueError
        ("iterations", 10**9, "iterations 1000000000"),  # was a hang
        ("memory_kib", 1024, "memory_kib 1024"),  # too cheap to be worth a passphrase
        ("lanes", 64, "lanes 64"),
    ],
)
def test_kdf_parameters_out_of_range_are_one_sentence(vault: Vault, passphrase_file: Path, field, value, words) -> None:  # type: ignore[no-untyped-def]
    path = vault.home / VAULT_FILE
    doc = json.loads(path.read_text())
    doc["kdf"][field] = value
    path.write_text(json.dumps(doc))
    with pytest.raises(FormatError) as err:
        Vault.open(vault.home)
    assert "key derivation" in str(err.value)
    before = snapshot(vault.home)
    for args in (("check",), ("sessions",), ("passwd", "--new-passphrase-file", str(passphrase_file))):
        assert_one_sentence(recorder(vault.home, *args, passphrase=passphrase_file), "key derivation", words)
    assert snapshot(vault.home) == before


def test_kdf_parameters_that_are_not_integers_are_damage(vault: Vault) -> None:
    path = vault.home / VAULT_FILE
    doc = json.loads(path.read_text())
    doc["kdf"]["iterations"] = True
    path.write_text(json.dumps(doc))
    with pytest.raises(FormatError) as err:
        Vault.open(vault.home)
    assert "damaged" in str(err.value)


def test_the_next_passphrase_change_raises_an_old_vaults_cost(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    vault = Vault.create(tmp_path / "home", PASSPHRASE, kdf_memory_kib=65536, kdf_iterations=3)  # as issue 1 made them
    monkeypatch.delenv("RECORDER_TEST_KDF_COST")
    vault.change_passphrase(PASSPHRASE, "another passphrase, longer")
    kdf = json.loads((vault.home / VAULT_FILE).read_text())["kdf"]
    assert kdf["memory_kib"] == KDF_MEMORY_KIB
    assert Vault.open(vault.home).unlock("another passphrase, longer")


@pytest.mark.parametrize("value", ["1024:1", "8192:0", "8192:11", "2097152:1", "cheap", "8192"])
def test_the_test_cost_setting_is_refused_outside_the_bounds(tmp_path: Path, monkeypatch, value: str) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("RECORDER_TEST_KDF_COST", value)
    with pytest.raises(RecorderError) as err:
        Vault.create(tmp_path / "home", PASSPHRASE)
    assert "RECORDER_TEST_KDF_COST" in str(err.value)
    assert not (tmp_path / "home" / VAULT_FILE).exists()


def test_a_home_that_is_a_file_is_said_so(tmp_path: Path, passphrase_file: Path) -> None:
    home = tmp_path / "home"
    home.write_bytes(b"not a folder")
    for args in (("init",), ("sessions",), ("check",)):
        line = assert_one_sentence(recorder(home, *args, passphrase=passphrase_file), "is a file, not a folder")
        assert "damaged" not in line
    assert home.read_bytes() == b"not a folder"


def test_init_makes_an_open_folder_owner_only(tmp_path: Path, passphrase_file: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    os.chmod(home, 0o777)
    old = os.umask(0o022)
    try:
        assert recorder(home, "init", passphrase=passphrase_file).returncode == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    assert stat.S_IMODE((home / "sessions").stat().st_mode) == 0o700
    assert stat.S_IMODE((home / VAULT_FILE).stat().st_mode) == 0o600
    vault = Vault.open(home)
    vault.change_passphrase(PASSPHRASE, "a different passphrase, still long")
    assert stat.S_IMODE((home / VAULT_FILE).stat().st_mode) == 0o600


def test_the_log_file_in_the_vault_is_owner_only(tmp_path: Path) -> None:
    import logging

    from recorder.logs import setup_logging

    root = logging.getLogger()
    before = list(root.handlers)
    for h in before:  # another test's log file would make setup_logging keep it
        root.removeHandler(h)
    old = os.umask(0o022)
    try:
        setup_logging(tmp_path)
        logging.getLogger("test").warning("a line")
    finally:
        os.umask(old)
        for h in list(root.handlers):
            root.removeHandler(h)
            h.close()
        for h in before:
            root.addHandler(h)
    assert stat.S_IMODE((tmp_path / "logs" / "recorder.log").stat().st_mode) == 0o600
