"""Complaint packages (issue 15 §4): for each channel, a package made from a sealed archive stays within the
channel's limits, its narrative states each fact and no forbidden word, the cover sheet lists each file with its
SHA-256 and the archive's; a case with nothing to say, and an excerpt a channel cannot take, are sentences."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from recorder.complaint.case_facts import read_case
from recorder.complaint.narrative import FORBIDDEN
from recorder.complaint.package import build, channel_ids, load_channel
from recorder.core.vault import Vault
from tests.archive_sessions import record
from tests.fixtures.core import PASSPHRASE
from tests.test_cli_core import assert_one_sentence, recorder

CHANNELS = ["12321", "12378", "cfpb", "nifa", "police-110"]
COLLECTOR = "13800000001"


def _call_log(path: Path) -> None:
    rows = ["type,direction,number,name,time,duration_s,text"]
    rows += [f"call,missed,{COLLECTOR},,2026-11-02T23:{10 + i:02d}:00+08:00,0," for i in range(8)]
    rows += [f"call,incoming,{COLLECTOR},,2026-11-03T10:00:00+08:00,60,"]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict:  # type: ignore[type-arg]
    root = tmp_path_factory.mktemp("complaint")
    home = root / "home"
    vault = Vault.create(home, PASSPHRASE)
    sid = record(vault, "Door visit", seconds=6)
    record(vault, "Nothing", seconds=2, tags=False, attachment=None, seed=3)
    pw = root / "pw"
    pw.write_text(PASSPHRASE + "\n")
    _call_log(root / "calls.csv")
    run = recorder(home, "import-log", "--case", "Door visit", "--time-zone", "Asia/Shanghai", str(root / "calls.csv"),
                   passphrase=pw)  # fmt: skip
    assert run.returncode == 0, run.stderr
    full = root / "Door visit.zip"
    assert recorder(home, "export", "--case", "Door visit", "-o", str(full), passphrase=pw).returncode == 0
    excerpt = root / "asked-to-leave"
    run = recorder(home, "excerpt", sid, "--from", "asked-to-leave", "--to", "left", "-o", str(excerpt), passphrase=pw)
    assert run.returncode == 0, run.stderr
    return {"root": root, "home": home, "pw": pw, "full": full, "excerpt": excerpt}


def test_the_channels_are_the_five_with_their_source_and_date() -> None:
    assert channel_ids() == CHANNELS
    for ch in CHANNELS:
        source = load_channel(ch)["source"]
        assert source["url"].startswith("https://") and source["checked"] and isinstance(source["verified"], bool)
        if not source["verified"]:
            assert source["note"]  # what could not be checked offline is said


@pytest.mark.parametrize("channel", CHANNELS)
def test_each_channel_package_within_limits_with_every_fact(made: dict, channel: str) -> None:  # type: ignore[type-arg]
    out = made["root"] / f"pkg-{channel}"
    run = recorder(
        made["home"], "complaint", "--case", "Door visit", "--to", channel, "-o", str(out),
        "--archive", str(made["full"]), "--excerpt", str(made["excerpt"]),
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    spec = load_channel(channel)
    narrative = (out / "narrative.txt").read_text("utf-8").rstrip("\n")
    assert 0 < len(narrative) <= spec["narrative"]["max_chars"]
    lowered = narrative.casefold()
    assert not [w for w in FORBIDDEN if w.casefold() in lowered]
    # Each fact of the case, as the channel's language writes it.
    facts = [COLLECTOR, "9", "6"]  # the number, its 9 calls, the guideline's 6 a day (cited)
    if channel != "12321":
        facts += ["X Loans", "Zhang"]
    for fact in facts:
        assert fact in narrative, (fact, narrative)
    rule = "China Banking Association" if channel == "cfpb" else "中国银行业协会《个人消费贷款催收工作指引》"
    assert rule in narrative
    # Fields within their limits, pre-filled where the case knows them.
    fields = json.loads((out / "package.json").read_text("utf-8"))["fields"]
    for f in fields:
        assert len(f["value"]) <= (f["max_chars"] or 10**9)
    assert any(COLLECTOR in f["value"] for f in fields)
    # Attachments within the channel's limits.
    limits = spec["attachments"]
    files = sorted((out / "attachments").iterdir())
    assert len(files) <= limits["max_files"]
    assert all(p.stat().st_size <= limits["max_file_bytes"] for p in files)
    assert sum(p.stat().st_size for p in files) <= limits["max_total_bytes"]
    assert all(p.suffix[1:].lower() in limits["types"] for p in files)
    # The cover lists each file with its SHA-256 and the sealed archive's.
    cover = (out / "cover.txt").read_text("utf-8")
    assert hashlib.sha256(made["full"].read_bytes()).hexdigest() in cover
    for p in [out / "fields.txt", out / "narrative.txt", *files]:
        assert f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.relative_to(out).as_posix()}" in cover
    if "pdf" in limits["types"]:  # the report as a page a clerk reads
        assert (out / "attachments" / "report.pdf").is_file(), run.stderr
    if "wav" in limits["types"] or "opus" in limits["types"]:
        assert any(p.name.startswith("excerpt-asked-to-leave.") for p in files)
    else:
        assert "excerpt-asked-to-leave.wav is not attached: this channel accepts no .wav files" in run.stderr


def test_a_case_with_no_tags_card_or_call_log_is_said(made: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    out = tmp_path / "empty"
    run = recorder(
        made["home"], "complaint", "--case", "Nothing", "--to", "12378", "-o", str(out), passphrase=made["pw"]
    )
    assert run.returncode == 0, run.stderr
    for words in ("has no tags", "has no visitors card", "has no call log"):
        assert words in run.stderr
    assert (out / "evidence.zip").is_file()  # the sealed archive made now, named on the cover
    assert (out / "attachments" / "report.pdf").is_file()  # with its report.pdf, as every export
    cover = (out / "cover.txt").read_text("utf-8")
    assert hashlib.sha256((out / "evidence.zip").read_bytes()).hexdigest() in cover
    assert recorder(made["home"], "verify", str(out / "evidence.zip")).returncode == 0


def test_an_excerpt_longer_than_a_channel_allows(made: dict) -> None:  # type: ignore[type-arg]
    facts = read_case(made["full"])
    channel = load_channel("nifa")
    wav = (made["excerpt"] / "excerpt.wav").stat().st_size
    opus = (made["excerpt"] / "excerpt.opus").stat().st_size
    channel["attachments"]["types"] += ["wav"]
    channel["attachments"]["max_file_bytes"] = wav - 1  # the WAV is too big: its small copy goes instead
    pkg = build(facts, channel, [("x", made["excerpt"])])
    assert [a.name for a in pkg.attachments if a.name.startswith("excerpt")] == ["excerpt-x.opus"]
    channel["attachments"]["max_file_bytes"] = opus - 1  # neither fits: left out, with a sentence
    pkg = build(facts, channel, [("x", made["excerpt"])])
    assert not [a for a in pkg.attachments if a.name.startswith("excerpt")]
    assert [(n, p["limit"]) for n, _w, p in pkg.left_out_files if n.startswith("excerpt")] == [
        ("excerpt-x.wav", opus - 1)
    ]


def test_unknown_channel_and_existing_folder_are_one_sentence(made: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    run = recorder(made["home"], "complaint", "--case", "Door visit", "--to", "12345", "-o", str(tmp_path / "x"))
    assert_one_sentence(run, "“12345” is not a channel")
    run = recorder(made["home"], "complaint", "--case", "Door visit", "--to", "cfpb", "-o", str(tmp_path),
                   "--archive", str(made["full"]))  # fmt: skip
    assert_one_sentence(run, "already exists")


def test_an_archive_that_does_not_verify_is_refused_in_one_sentence(made: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    altered = tmp_path / "altered.zip"
    data = bytearray(made["full"].read_bytes())
    data[len(data) // 3] ^= 0x01
    altered.write_bytes(bytes(data))
    out = tmp_path / "pkg"
    run = recorder(made["home"], "complaint", "--case", "Door visit", "--to", "12378", "-o", str(out),
                   "--archive", str(altered))  # fmt: skip
    assert_one_sentence(run, "does not verify, so no complaint is made from it")
    assert not out.exists() and not list(tmp_path.glob(".pkg*"))
