"""The complaint wizard (issue 15 §4), driven as a user would (pytest-qt, offscreen): opened from the main window's
toolbar, a channel and the case's evidence package chosen, the narrative edited against the channel's limit (the
counter turns red and Next is refused past it), and the package saved with the user's words."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWizard

from recorder.archive.excerpt import make_excerpt
from recorder.archive.export import export_archive
from recorder.complaint.narrative import FORBIDDEN
from recorder.complaint.package import load_channel
from recorder.core.vault import Vault
from tests.archive_sessions import record
from tests.fixtures.core import PASSPHRASE
from tests.fixtures.gui import cleanup_window, make_window


def _archive(home: Path, out: Path) -> Path:
    vault = Vault.create(home, PASSPHRASE)
    keys = vault.unlock(PASSPHRASE)
    sid = record(vault, "Door visit", seconds=6)
    export_archive(vault, keys, [sid], out, language="zh_CN")
    make_excerpt(vault, keys, sid, "asked-to-leave", "left", out.with_name("asked-to-leave"))
    return out


def test_the_wizard_makes_a_12378_package_with_the_users_words(qtbot: Any, tmp_path: Path) -> None:
    archive = _archive(tmp_path / "home", tmp_path / "Door visit.zip")
    window = make_window(qtbot, tmp_path / "home")
    try:
        window.complaint_action.trigger()
        wizard = window.dialogs["complaint"]
        qtbot.waitExposed(wizard)
        page = wizard.choose
        page.channel.setCurrentIndex(page.channel.findData("12378"))
        page.archive.setText(str(archive))
        assert not page.add_excerpt_folder(tmp_path / "home")  # not an excerpt: a sentence, nothing attached
        assert "is not an excerpt that verifies" in page.problem.text()
        assert page.add_excerpt_folder(tmp_path / "asked-to-leave")
        wizard.next()
        qtbot.waitUntil(lambda: wizard.currentPage() is wizard.edit)
        edit = wizard.edit
        draft = edit.narrative.toPlainText()
        assert "X Loans" in draft and "Zhang" in draft and not [w for w in FORBIDDEN if w in draft.casefold()]
        limit = load_channel("12378")["narrative"]["max_chars"]
        assert edit.counter.text() == f"{len(draft)} of {limit} characters"
        edit.narrative.setPlainText("x" * (limit + 1))
        assert edit.counter.text() == f"{limit + 1} of {limit} characters" and "b00020" in edit.counter.styleSheet()
        assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
        mine = draft + "我要求他们不要再来。"
        edit.narrative.setPlainText(mine)
        assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
        edit.edits[0].setText("王小明")
        wizard.next()
        qtbot.waitUntil(lambda: wizard.currentPage() is wizard.save)
        out = tmp_path / "12378 package"
        wizard.save.folder.setText(str(out))
        wizard.button(QWizard.WizardButton.FinishButton).click()
        qtbot.waitUntil(lambda: wizard.written == out)
        assert (out / "narrative.txt").read_text("utf-8") == mine + "\n"
        assert "投诉人: 王小明" in (out / "fields.txt").read_text("utf-8")
        cover = (out / "cover.txt").read_text("utf-8")
        assert hashlib.sha256(archive.read_bytes()).hexdigest() in cover
        assert hashlib.sha256((out / "narrative.txt").read_bytes()).hexdigest() in cover
        wav = out / "attachments" / "excerpt-asked-to-leave.wav"  # 12378 takes WAV within its size limit
        assert wav.read_bytes() == (tmp_path / "asked-to-leave" / "excerpt.wav").read_bytes()
    finally:
        cleanup_window(window)


def test_a_package_that_does_not_verify_is_a_sentence(qtbot: Any, tmp_path: Path) -> None:
    from recorder.gui.complaint_wizard import ComplaintWizard

    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"not a zip")
    wizard = ComplaintWizard("en", archive=bad)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wizard.currentPage() is wizard.choose
    assert "does not verify" in wizard.choose.problem.text()
