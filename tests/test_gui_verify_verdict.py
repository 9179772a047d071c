"""The GUI verify dialog's verdict names the file it checked, as the CLI's does (issue 15 §1): a good package, a
damaged one and one that cannot be read at all, in English and in Chinese."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from recorder.archive.export import export_archive
from recorder.core.vault import Vault
from recorder.gui.verify_dialog import VerifyDialog
from recorder.gui.worker import Runner
from tests.archive_sessions import record
from tests.fixtures.core import PASSPHRASE


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("verdict") / "home"
    vault = Vault.create(home, PASSPHRASE)
    sid = record(vault, "Door visit", seconds=2, attachment=None)
    out = home.parent / "door-visit-2026-12-06.zip"
    export_archive(vault, vault.unlock(PASSPHRASE), [sid], out, language="en")
    return out


def _verdict(qtbot: Any, path: Path) -> str:
    dialog = VerifyDialog(Runner())
    qtbot.addWidget(dialog)
    dialog.verify(path)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=60_000)
    return str(dialog.verdict.text())


def test_a_good_package_is_named_in_the_verdict(qtbot: Any, package: Path) -> None:
    verdict = _verdict(qtbot, package)
    assert verdict == f"Verified: the evidence package {package.name} is authentic and complete."


def test_a_damaged_package_is_named_in_the_verdict(qtbot: Any, package: Path, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged-copy.zip"
    shutil.copy(package, damaged)
    data = bytearray(damaged.read_bytes())
    data[len(data) // 2] ^= 0x01
    damaged.write_bytes(bytes(data))
    verdict = _verdict(qtbot, damaged)
    assert verdict.startswith("Not verified:") and damaged.name in verdict and package.name not in verdict


def test_an_unreadable_file_is_named_in_the_verdict(qtbot: Any, tmp_path: Path) -> None:
    junk = tmp_path / "holiday-photos.zip"
    junk.write_bytes(b"not a zip at all")
    verdict = _verdict(qtbot, junk)
    assert junk.name in verdict


def test_the_verdict_names_the_file_in_chinese(qtbot: Any, package: Path) -> None:
    from recorder.gui.i18n import Translations

    translations = Translations()
    translations.apply("zh_CN")
    try:
        verdict = _verdict(qtbot, package)
    finally:
        translations.apply("en")
    assert verdict == f"验证通过：证据包 {package.name} 真实且完整。"
