"""Marking numbers at any time (issue 14 §2) and the case's figures over all its logs (issue 14 §3): a mark is a
new signed marks session, never a change to an import; the latest mark counts; the same call present in two logs
is counted once and said so."""

from __future__ import annotations

import json
from pathlib import Path

from recorder.core.check import check_session
from recorder.core.store import SessionReader, session_ids
from recorder.core.vault import Vault, VaultKeys
from recorder.importing.combined import DerivedRows, merge
from recorder.importing.logs import case_pattern, import_log
from tests.test_cli_core import assert_one_sentence, recorder, snapshot

HEAD = "type,direction,number,name,time,duration_s,text"
COLLECTOR, SISTER = "+86 138 0013 8000", "139 0013 9001"


def write_csv(path: Path, rows: list[str]) -> Path:
    path.write_text("\n".join([HEAD, *rows]) + "\n", encoding="utf-8")
    return path


def night_calls(tmp_path: Path) -> Path:
    """Seven missed calls one night from the collector's number, and two calls to the sister's phone number."""
    rows = [f"call,missed,{COLLECTOR},,2026-11-02T23:0{i}:00+08:00,0," for i in range(7)]
    rows += [f"call,incoming,{SISTER},,2026-11-02T1{i}:00:00+08:00,30," for i in range(2)]
    return write_csv(tmp_path / "calls.csv", rows)


def test_a_number_marked_later_with_its_labels_is_a_new_signed_session_and_counts(
    vault: Vault, keys: VaultKeys, passphrase_file: Path, tmp_path: Path
) -> None:
    done = import_log(vault, keys.recording, "Door visit", night_calls(tmp_path), "CSV", "Asia/Shanghai")
    imported = snapshot(vault.home / "sessions" / done.result.session)
    before = case_pattern(vault, keys.recording, "Door visit", "cn-cba-2026")
    assert before["subject"] == "every number" and before["marks"] == {}
    run = recorder(
        vault.home, "mark", "--case", "Door visit", COLLECTOR, "--as", "collector", "--company", "某某资产管理",
        "--platform", "快借", "--person", "王经理", passphrase=passphrase_file,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "company: 某某资产管理; platform: 快借; person: 王经理" in run.stdout
    run = recorder(vault.home, "mark", "--case", "Door visit", SISTER, "--as", "family", passphrase=passphrase_file)
    assert run.returncode == 0, run.stderr
    # The import is untouched; each marking is its own sealed session of the case whose chain checks.
    assert snapshot(vault.home / "sessions" / done.result.session) == imported
    marks_sessions = [s for s in session_ids(vault) if s != done.result.session]
    assert len(marks_sessions) == 2
    for sid in marks_sessions:
        entries = [e for e, _ in SessionReader(vault, keys.recording, sid).entries()]
        assert [e["kind"] for e in entries] == ["start", "mark", "seal"]
        assert entries[0]["body"]["source"] == {"name": "", "live": False, "kind": "marks"}
        assert check_session(vault, keys.recording, sid).ok
    out = recorder(vault.home, "log", "--case", "Door visit", "--json", passphrase=passphrase_file)
    facts = json.loads(out.stdout)
    assert facts["subject"] == "marked collector numbers"
    assert facts["per_number"]["13800138000"]["label"] == {
        "company": "某某资产管理", "person": "王经理", "platform": "快借", "role": "collector"
    }  # fmt: skip
    assert facts["per_number"]["13800138000"]["mark"] == "collector"
    assert facts["per_number"]["13900139001"]["mark"] == "family"
    assert [o["number"] for o in facts["guideline"]["over_unanswered_per_day"]] == ["13800138000"]
    assert facts["family"]["count"] == 2
    text = recorder(vault.home, "log", "--case", "Door visit", passphrase=passphrase_file).stdout
    assert "13800138000 (the collector's; company: 某某资产管理; platform: 快借; person: 王经理)" in text
    assert "13900139001 (family)" in text
    # A later statement replaces the earlier one: the sister's number is withdrawn, the collector's relabelled.
    run = recorder(vault.home, "mark", "--case", "Door visit", SISTER, "--as", "none", passphrase=passphrase_file)
    assert run.returncode == 0, run.stderr
    run = recorder(
        vault.home, "mark", "--case", "Door visit", "+8613800138000", "--as", "collector", "--platform", "速贷",
        passphrase=passphrase_file,
    )  # fmt: skip
    facts = case_pattern(vault, keys.recording, "Door visit", "cn-cba-2026")
    assert facts["per_number"]["13900139001"]["mark"] is None and facts["family"]["count"] == 0
    assert facts["per_number"]["13800138000"]["label"]["platform"] == "速贷"
    assert facts["per_number"]["13800138000"]["label"]["company"] is None


def test_a_later_mark_replaces_the_one_stated_at_the_import(vault: Vault, keys: VaultKeys, tmp_path: Path) -> None:
    marks = {"family": [COLLECTOR]}
    import_log(vault, keys.recording, "Calls", night_calls(tmp_path), "CSV", "Asia/Shanghai", marks)
    assert case_pattern(vault, keys.recording, "Calls", "cn-cba-2026")["per_number"]["13800138000"]["mark"] == "family"
    from recorder.importing import marks as marking

    marking.mark_numbers(vault, "Calls", [marking.mark_body(COLLECTOR, "collector", "Acme", None, None)])
    facts = case_pattern(vault, keys.recording, "Calls", "cn-cba-2026")
    assert facts["per_number"]["13800138000"]["mark"] == "collector"
    assert facts["marks"]["13800138000"]["company"] == "Acme"
    # a mark in another case is not this case's
    marking.mark_numbers(vault, "Other", [marking.mark_body(COLLECTOR, "none", None, None, None)])
    assert (
        case_pattern(vault, keys.recording, "Calls", "cn-cba-2026")["per_number"]["13800138000"]["mark"] == "collector"
    )


def test_a_mark_that_cannot_be_made_is_one_sentence_and_writes_nothing(
    vault: Vault, passphrase_file: Path, tmp_path: Path
) -> None:
    before = snapshot(vault.home)
    run = recorder(vault.home, "mark", "--case", "C", "call me", "--as", "collector", passphrase=passphrase_file)
    assert_one_sentence(run, "“call me” is not a phone number")
    run = recorder(
        vault.home, "mark", "--case", "C", "110", "--as", "collector", "--person", "x" * 201,
        passphrase=passphrase_file,
    )  # fmt: skip
    assert_one_sentence(run, "longer than 200 characters")
    assert snapshot(vault.home) == before


def test_the_same_call_in_two_logs_is_counted_once(
    vault: Vault, keys: VaultKeys, passphrase_file: Path, tmp_path: Path
) -> None:
    xml = tmp_path / "calls.xml"
    xml.write_text(
        "<?xml version='1.0' encoding='UTF-8'?>\n<calls count=\"3\">\n"
        # 2026-11-02T14:00:00.400Z, .000Z + 1 h, and a message
        '<call number="+8613800138000" duration="0" date="1793628000400" type="3" contact_name="" />\n'
        '<call number="+8613800138000" duration="0" date="1793631600000" type="3" contact_name="" />\n'
        "</calls>\n",
        encoding="utf-8",
    )
    csv = write_csv(
        tmp_path / "later.csv",
        [
            "call,missed,13800138000,,2026-11-02T22:00:00+08:00,0,",  # the first call again, 0.4 s off: merged
            "call,rejected,13800138000,,2026-11-02T23:00:00+08:00,0,",  # same time as the second, another direction
            "call,missed,13800138000,,2026-11-02T23:00:02+08:00,0,",  # 2 s after the second: another call
        ],
    )
    for path in (xml, csv):
        run = recorder(
            vault.home, "import-log", "--case", "Two logs", "--time-zone", "Asia/Shanghai", str(path),
            passphrase=passphrase_file,
        )  # fmt: skip
        assert run.returncode == 0, run.stderr
    facts = case_pattern(vault, keys.recording, "Two logs", "cn-cba-2026")
    assert (facts["rows"], facts["merged"]) == (4, 1)
    assert facts["total"]["missed"] == 3 and facts["total"]["rejected"] == 1
    text = recorder(vault.home, "log", "--case", "Two logs", passphrase=passphrase_file).stdout
    assert "1 call or message present in two imported logs was counted once." in text  # was "1 calls … were"


def test_rows_of_one_log_are_never_merged_with_each_other() -> None:
    row = {"type": "call", "direction": "missed", "number": "1", "name": None, "utc": "2026-11-02T14:00:00.000000Z",
           "duration_s": 0}  # fmt: skip
    kept, merged = merge([DerivedRows("a", 2, "UTC", [row, dict(row)]), DerivedRows("b", 2, "UTC", [dict(row)])])
    assert (len(kept), merged) == (2, 1)
