"""Verify says the truth about the report's facts (issue 15 §1): an edited fact is named with both values, an
edited report is never also said to agree with the journal, and the verdict names the file checked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from recorder.archive import layout
from recorder.archive import messages as M
from recorder.archive.export import export_archive
from recorder.archive.report import extract_facts
from recorder.archive.verify import first_difference, verify_archive
from recorder.cli.main import main
from recorder.core.canonical import canonical_json
from recorder.core.vault import Vault
from tests.archive_sessions import record
from tests.archive_tools import read_all, resign, write_like
from tests.fixtures.core import PASSPHRASE


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    home = tmp_path_factory.mktemp("facts") / "home"
    vault = Vault.create(home, PASSPHRASE)
    sid = record(vault, "Case F", seconds=5, attachment=None)
    keys = vault.unlock(PASSPHRASE)
    out = home.parent / "facts.zip"
    export_archive(vault, keys, [sid], out, language="en")
    return {"zip": out, "sid": sid, "keys": keys}


def _edited(made: dict[str, Any], tmp_path: Path, edit: Any, *, spaced: bool = False) -> Path:
    """The archive with its report's facts edited by ``edit`` and everything re-signed by the owner."""
    infos, data = read_all(made["zip"])
    page = data[layout.REPORT].decode()
    doc = extract_facts(page)
    old = canonical_json(doc).decode().replace("</", "<\\/")
    edit(doc["sessions"][made["sid"]])
    new = canonical_json(doc).decode().replace("</", "<\\/")
    if spaced:
        new = new.replace(",", ", ", 1)
    data[layout.REPORT] = page.replace(old, new).encode()
    resign(data, made["keys"].identity)
    out = tmp_path / "edited.zip"
    write_like(out, infos, data)
    return out


def test_an_untouched_report_agrees(made: dict[str, Any]) -> None:
    report = verify_archive(made["zip"])
    assert report.ok and M.ST_REPORT in [s.message for s in report.statements]


def test_an_edited_fact_is_named_with_both_values(made: dict[str, Any], tmp_path: Path) -> None:
    def longer(facts: dict[str, Any]) -> None:
        facts["stayed_after_asked"]["minutes"] = 45

    report = verify_archive(_edited(made, tmp_path, longer))
    assert not report.ok
    found = [p for p in report.problems if p.message == M.REPORT_FACTS]
    assert len(found) == 1
    assert found[0].params["fact"] == "stayed_after_asked.minutes"
    assert found[0].params["stated"] == "45"
    assert found[0].params["computed"] == "0"
    assert "stayed_after_asked.minutes is stated as 45; the journal gives 0" in str(found[0])
    assert M.ST_REPORT not in [s.message for s in report.statements]


def test_a_report_out_of_its_form_is_not_also_said_to_agree(made: dict[str, Any], tmp_path: Path) -> None:
    report = verify_archive(_edited(made, tmp_path, lambda f: None, spaced=True))
    assert M.REPORT_FORM in [p.message for p in report.problems]
    assert M.ST_REPORT not in [s.message for s in report.statements]


def test_first_difference_walks_lists_and_types() -> None:
    assert first_difference({"a": [1, {"b": 2}]}, {"a": [1, {"b": 3}]}) == ("a[1].b", 2, 3)
    assert first_difference({"a": [1]}, {"a": [1, 2]}) == ("a (1 ≠ 2)", 1, 2)
    assert first_difference({"a": 1}, {"a": True}) == ("a", 1, True)
    assert first_difference({"a": 1}, {}) == ("a", 1, "(none)")
    assert first_difference({"a": [1]}, {"a": [1]}) is None


def test_the_verdict_names_the_file(made: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", str(made["zip"])]) == 0
    assert f"VERIFIED: the evidence package {made['zip'].name} is authentic and complete." in capsys.readouterr().out
    bad = _edited(made, tmp_path, lambda f: f.update(visitors=9))
    assert main(["verify", str(bad)]) == 1
    out = capsys.readouterr().out
    assert f"NOT VERIFIED: the evidence package {bad.name} fails the checks below." in out
    assert "visitors is stated as 9; the journal gives 2" in out
