"""The case's call figures in the archive (issue 14 §2–3): the report combines every imported log of the case (the
same call in two logs counted once, and said so) with the latest marks the archive carries; recorder verify and
the independent verifier recompute them, and a re-signed report stating other marks or merges is refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from recorder.archive.export import export_archive, sessions_of_case
from recorder.archive.report import FACTS_ID
from recorder.archive.verify import verify_archive
from recorder.core.vault import Vault, VaultKeys
from recorder.importing import marks as marking
from recorder.importing.logs import import_log
from tests import independent_verifier
from tests.archive_tools import read_all, resign, write_like
from tests.test_marks import COLLECTOR, SISTER, night_calls, write_csv

MARKER = f'<script type="application/json" id="{FACTS_ID}">'


def facts_of(report: str) -> dict:  # type: ignore[type-arg]
    return json.loads(report.split(MARKER, 1)[1].split("</script>", 1)[0].replace("<\\/", "</"))


@pytest.fixture
def exported(vault: Vault, keys: VaultKeys, tmp_path: Path) -> Path:
    import_log(vault, keys.recording, "Door visit", night_calls(tmp_path), "CSV", "Asia/Shanghai")
    later = write_csv(
        tmp_path / "later.csv",
        [
            f"call,missed,{COLLECTOR},,2026-11-02T23:00:00+08:00,0,",  # in the first log too: merged
            f"call,missed,{COLLECTOR},,2026-11-03T23:30:00+08:00,0,",
        ],
    )
    import_log(vault, keys.recording, "Door visit", later, "CSV", "Asia/Shanghai")
    marking.mark_numbers(
        vault,
        "Door visit",
        [
            marking.mark_body(COLLECTOR, "collector", "某某资产管理", "快借", "王经理"),
            marking.mark_body(SISTER, "family", None, None, None),
        ],
    )
    out = tmp_path / "door.zip"
    export_archive(vault, keys, sessions_of_case(vault, keys, "Door visit"), out, language="en", profile="cn")
    return out


def test_the_report_states_the_case_figures_with_marks_and_both_verifiers_recompute_them(exported: Path) -> None:
    _infos, data = read_all(exported)
    report = data["report.html"].decode()
    case = facts_of(report)["case_call_log"]
    assert (case["rows"], case["merged"], len(case["imports"])) == (10, 1, 2)
    assert case["marks"]["13800138000"]["company"] == "某某资产管理"
    assert case["per_number"]["13800138000"]["label"]["platform"] == "快借"
    assert case["per_number"]["13900139001"]["mark"] == "family"
    assert case["subject"] == "marked collector numbers"
    assert "Calls and messages of the case (all imported logs)" in report
    assert "1 present in two logs (same number, direction and time within a second) counted once" in report
    assert "Numbers marked by the owner" in report and "王经理" in report
    verdict = verify_archive(exported)
    assert verdict.ok, [str(p) for p in verdict.problems]
    said = " ".join(str(s) for s in verdict.statements)
    assert "the owner marked +86 138 0013 8000 (collector), 139 0013 9001 (family)" in said
    assert "NOT a live recording" not in said
    assert independent_verifier.verify(exported).ok, independent_verifier.verify(exported)


@pytest.mark.parametrize(
    ("old", "new", "independent"),
    [
        ('"company":"某某资产管理"', '"company":"另一家公司"', True),  # a label the marks do not state
        ('"merged":1', '"merged":0', False),  # the independent verifier takes the counts as stated (its limit)
    ],
    ids=["label", "merged"],
)
def test_a_resigned_report_with_other_case_figures_is_refused(
    exported: Path, keys: VaultKeys, tmp_path: Path, old: str, new: str, independent: bool
) -> None:
    infos, data = read_all(exported)
    report = data["report.html"].decode()
    head, facts = report.split(MARKER, 1)
    assert old in facts
    forged = dict(data)
    forged["report.html"] = (head + MARKER + facts.replace(old, new)).encode()
    resign(forged, keys.identity)
    bad = tmp_path / "forged.zip"
    write_like(bad, infos, forged)
    verdict = verify_archive(bad)
    assert not verdict.ok
    assert any("figures of the case differ" in str(p) for p in verdict.problems), [str(p) for p in verdict.problems]
    if independent:
        result = independent_verifier.verify(bad)
        assert not result.ok and result.cls == "facts", result


def _marks_journal(data: dict[str, bytes]) -> str:
    return next(
        n for n, b in data.items() if n.endswith("/journal.jsonl") and b'"kind":"marks"' in b.split(b"\n", 1)[0]
    )


def _role_changed(data: dict[str, bytes], report: str) -> None:
    name = _marks_journal(data)
    data[name] = data[name].replace(b'"role":"family"', b'"role":"colleague"', 1)


def _case_facts_dropped(data: dict[str, bytes], report: str) -> None:
    head, facts = report.split(MARKER, 1)
    doc, tail = facts.split("</script>", 1)
    value = json.loads(doc.replace("<\\/", "</"))
    del value["case_call_log"]
    from recorder.core.canonical import canonical_json

    data["report.html"] = (
        head + MARKER + canonical_json(value).decode().replace("</", "<\\/") + "</script>" + tail
    ).encode()


@pytest.mark.parametrize(
    ("mutate", "cls"), [(_role_changed, "chain"), (_case_facts_dropped, "facts")], ids=["mark-entry", "facts-dropped"]
)
def test_both_verifiers_refuse_an_owner_resigned_archive_with_its_marks_or_case_figures_changed(
    exported: Path, keys: VaultKeys, tmp_path: Path, mutate: object, cls: str
) -> None:
    infos, data = read_all(exported)
    forged = dict(data)
    mutate(forged, data["report.html"].decode())  # type: ignore[operator]
    assert forged != data
    resign(forged, keys.identity)
    bad = tmp_path / "forged.zip"
    write_like(bad, infos, forged)
    assert not verify_archive(bad).ok
    result = independent_verifier.verify(bad)
    assert not result.ok and result.cls == cls, result


def test_a_complaint_package_takes_the_collectors_numbers_and_company_from_the_marks(exported: Path) -> None:
    from recorder.complaint.case_facts import read_case

    facts = read_case(exported, "Door visit")
    assert facts.collector_numbers == ["13800138000"]  # the marked collector's only, not the sister's
    assert facts.companies == ["某某资产管理"]
    assert [c.calls_in for c in facts.callers] == [8]  # 7 + 2 − 1 merged, across both imported logs
