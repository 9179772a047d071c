"""report.html in the reader's language and true (issue 15 §1): no English heading or raw token in a Chinese
report, the time zone where the events happened (a device in UTC with the China profile has nothing in the
22:00–08:00 window at 19:47), gaps in seconds, annotations with their typed text and their subject by time and
kind, emergency numbers by the profile's rules, print styles."""

from __future__ import annotations

import calendar
import html
import os
import re
import time
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from recorder.archive import layout, report
from recorder.archive.export import export_archive
from recorder.archive.report import emergency_line, extract_facts
from recorder.archive.verify import verify_archive
from recorder.core.environment import time_zone_name
from recorder.core.review import ReviewSitting
from recorder.core.session import Session, Source
from recorder.core.vault import Vault
from recorder.i18n import current_language
from tests.archive_sessions import RATE, record, simulated_clock
from tests.fixtures.core import PASSPHRASE

# Every English heading and label of the report, and the raw tokens a reader must never meet in a Chinese one.
ENGLISH = [
    report.H_REPORT,
    report.H_CASE,
    report.H_EXPORTED,
    "Recording ",
    report.H_FACTS,
    report.H_TIMELINE,
    report.H_DETAILS,
    report.H_INTEGRITY,
    report.H_CHECKED,
    report.H_NOTE,
    report.H_KEY,
    "Time (device clock)",
    "Position in the audio",
    "Who is here",
    "Gap in the audio",
    "(audio ",
    "in the audio",
    "about the",
    "entry ",
    "default (device)",
    "(device)",
    "input",
    "(stopped)",
    "stopped",
    "overflow",
    "test-signal",
    "missing",
    "Times are",
    "In danger",
    "Added later",
    "no trusted time stamp",
    "page ",
    "vault key",
]


@contextmanager
def device_zone(tz: str) -> Iterator[None]:
    before = os.environ.get("TZ")
    os.environ["TZ"] = tz
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = before
        time.tzset()


def visible(page: str) -> str:
    """What a reader sees of the page: no script, no style, no markup."""
    page = re.sub(r"<script.*?</script>|<style.*?</style>", "", page, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", "\n", page))


def _page(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read(layout.REPORT).decode()


@pytest.fixture(scope="module")
def case(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A recording (tags, a note, visitors, a photo, a gap) with a later tag annotation about its threat."""
    home = tmp_path_factory.mktemp("lang") / "home"
    vault = Vault.create(home, PASSPHRASE)
    sid = record(vault, "上门催收", seconds=6)
    keys = vault.unlock(PASSPHRASE)
    with simulated_clock():
        sitting = ReviewSitting.open(vault, keys, sid)
        from recorder.core.canonical import canonical_json
        from recorder.core.chain import entry_hash
        from recorder.core.store import SessionReader

        threat, raw = next(
            (e, raw)
            for e, raw in SessionReader(vault, keys.recording, sid).entries()
            if e.get("kind") == "tag" and e["body"].get("code") == "threat"
        )
        threat["hash"] = entry_hash(canonical_json(threat))
        sitting.add_tag("threat", "Threat", about=(threat["seq"], threat["hash"]), text="他說要砸門")
        sitting.close()
    return {"vault": vault, "keys": keys, "sid": sid, "home": home}


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_a_chinese_report_has_no_english_heading_or_raw_token(case: dict[str, Any], language: str) -> None:
    out = case["home"].parent / f"{language}.zip"
    export_archive(case["vault"], case["keys"], [case["sid"]], out, language=language)
    page = _page(out)
    # The trusted-timestamp sentences are in the report's language too, though the program speaks English: the
    # fixed one and the review sitting's, dated by the device clock (a sentence with parameters).
    assert current_language() == "en"
    stamps = page.split("<h3>可信时间戳</h3>" if language == "zh_CN" else "<h3>可信時間戳記</h3>")[1].split("</ul>")[0]
    assert "本录音没有可信时间戳" in stamps or "本錄音沒有可信時間戳記" in stamps
    assert stamps.count("<li>") == 2, stamps
    text = visible(page)
    text = text.replace("他们不肯走 — they will not leave", "").replace("test tone", "").replace("photo 1.jpg", "")
    present = [word for word in ENGLISH if word in text]
    assert present == [], present
    assert "他說要砸門" in text  # the words typed with a later tag annotation are shown
    seconds = "秒"
    assert f"0.01 {seconds}" in text  # the gap, in seconds
    checked = verify_archive(out)
    assert checked.ok, [str(p) for p in checked.problems]


def test_an_english_report_says_gaps_in_seconds_and_what_an_annotation_is_about(case: dict[str, Any]) -> None:
    out = case["home"].parent / "en.zip"
    export_archive(case["vault"], case["keys"], [case["sid"]], out, language="en")
    text = visible(_page(out))
    assert "about 0.01 s of audio missing (the sound system dropped some sound)" in text
    assert "Threat — 他說要砸門 (about the Threat at 20" in text  # by its kind and time, not "entry 12"
    assert "Sealed (stopped by you)" in text and "a test signal" in text
    assert "about entry" not in text and "(audio " not in text


def test_print_styles(case: dict[str, Any]) -> None:
    out = case["home"].parent / "print.zip"
    export_archive(case["vault"], case["keys"], [case["sid"]], out, language="zh_CN")
    page = _page(out)
    assert "counter(page)" in page and "counter(pages)" in page and "@top-center" in page
    assert "thead{display:table-header-group}" in page
    assert page.count("<thead>") == page.count("<th>时间（本机时间）</th>") == 1
    assert "案件 上门催收 · 证据库密钥 SHA256:" in visible(page)
    assert page.lower().count("<script") == 1  # the facts block stays the only script (FORMAT §7.7)


def test_photos_are_thumbnails(case: dict[str, Any]) -> None:
    out = case["home"].parent / "photo.zip"
    export_archive(case["vault"], case["keys"], [case["sid"]], out, language="en")
    found = re.findall(r'<img class="thumb" src="([^"]+)"', _page(out))
    assert len(found) == 1 and found[0].startswith(f"sessions/{case['sid']}/attachments/")
    with zipfile.ZipFile(out) as z:
        assert found[0] in z.namelist()


@pytest.mark.parametrize(
    ("profile", "numbers"),
    [("cn", "call 110 at"), ("tw", "call 110 or 119 at"), ("hk", "call 999 at"), ("us", "call 911 at")],
)
def test_emergency_numbers_follow_the_profile(profile: str, numbers: str) -> None:
    assert numbers in emergency_line(profile)


def _visit_at(vault: Vault, utc_text: str, minutes_apart: int = 1) -> str:
    """Five tags a minute apart from ``utc_text`` (device clock), recorded in the current TZ."""
    with simulated_clock() as clock:
        clock.utc = calendar.timegm(time.strptime(utc_text, "%Y-%m-%dT%H:%M")) * 1_000_000_000
        s = Session.start(vault, "Zone", Source("test tone", False, "test-signal"))
        for i, code in enumerate(("arrived", "asked-to-leave", "threat", "insult", "left")):
            s.append_audio(bytes(RATE // 2), rate=RATE)
            clock.advance(minutes_apart * 60_000_000_000 if i else 250_000_000)
            s.add_tag(code, None, code=code)
            s.tick()
        s.append_audio(bytes(RATE // 2), rate=RATE)
        s.seal()
        return s.id


def test_restricted_hours_are_the_local_time_where_the_events_happened(tmp_path: Path) -> None:
    """A device in UTC, profile China: five events at 19:47 device time are not in the 22:00–08:00 window (they were
    counted at 03:47 "China time" before); the same on a device in China at 23:10 local are."""
    vault = Vault.create(tmp_path / "home", PASSPHRASE)
    with device_zone("UTC"):
        in_utc = _visit_at(vault, "2026-05-04T19:47")
    with device_zone("Asia/Shanghai"):
        in_china = _visit_at(vault, "2026-05-04T15:10")  # 23:10 in Shanghai
    keys = vault.unlock(PASSPHRASE)
    with device_zone("Asia/Shanghai"):  # exported anywhere: the zone is the recording's
        export_archive(vault, keys, [in_utc, in_china], tmp_path / "z.zip", language="zh_CN", profile="cn")
    page = _page(tmp_path / "z.zip")
    facts = extract_facts(page)["sessions"]
    assert facts[in_utc]["utc_offset_minutes"] == 0 and facts[in_utc]["restricted_window"] == []
    assert (facts[in_utc]["visit"]["start"]["local"], facts[in_utc]["visit"]["end"]["local"]) == ("19:47", "19:51")
    assert facts[in_china]["utc_offset_minutes"] == 480
    assert [p["local"] for p in facts[in_china]["restricted_window"]] == ["23:10", "23:11", "23:12", "23:13", "23:14"]
    text = visible(page)
    assert "UTC+00:00 (UTC)" in text and "UTC+08:00 (Asia/Shanghai)" in text
    report_ok = verify_archive(tmp_path / "z.zip")
    assert report_ok.ok, [str(p) for p in report_ok.problems]


def test_the_device_time_zone_name() -> None:
    with device_zone(":Asia/Taipei"):
        assert time_zone_name() == "Asia/Taipei"
    with device_zone("UTC0"):
        assert time_zone_name() is None  # a POSIX rule, no zone name
    with device_zone("EST5EDT"):
        assert time_zone_name() is None


def test_an_imported_call_log_has_chinese_headings_too(tmp_path: Path) -> None:
    from recorder.importing.logs import import_log

    vault = Vault.create(tmp_path / "home", PASSPHRASE)
    record(vault, "Calls", seconds=2)
    calls = tmp_path / "calls.xml"
    calls.write_text(
        "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<calls count='2'>\n"
        '<call number="13800138000" duration="0" date="1790000000000" type="3" presentation="1" />\n'
        '<call number="13800138000" duration="20" date="1790000600000" type="1" presentation="1" />\n</calls>\n',
        encoding="utf-8",
    )
    keys = vault.unlock(PASSPHRASE)
    import_log(vault, keys.recording, "Calls", calls, "phone", "Asia/Shanghai")
    from recorder.archive.export import sessions_of_case

    out = tmp_path / "calls.zip"
    export_archive(vault, keys, sessions_of_case(vault, keys, "Calls"), out, language="zh_CN")
    text = visible(_page(out))
    assert "导入的文件" in text and "通话和短信（由导入的记录派生）" in text
    assert "Imported files" not in text and "Calls and messages" not in text


def test_a_stamped_sessions_sentences_are_in_the_reports_language(tmp_path: Path, tsa: Any, tsa_pki: Any) -> None:
    """Each token's sentence (when the entry existed, by which authority, under a root carried in the archive) is
    said in the report's language, not the program's (English here)."""
    from recorder.archive.stamps import report_lines
    from tests.test_timestamp_archive import stamped_session

    vault = Vault.create(tmp_path / "home", PASSPHRASE)
    session, members, signed = stamped_session(vault, tsa, tsa_pki)
    english = report_lines(members.items(), signed)
    assert any("existed no later than" in line for line in english)  # the program's own language
    out = tmp_path / "stamped.zip"
    export_archive(vault, vault.unlock(PASSPHRASE), [session.id], out, language="zh_CN")
    page = _page(out)
    stamps = page.split("<h3>可信时间戳</h3>")[1].split("</ul>")[0]
    lines = re.findall(r"<li>(.*?)</li>", stamps)
    assert len(lines) == len(english) >= 2, stamps
    assert any("录音的第一个条目最迟在" in line for line in lines), stamps
    # Names the sentences quote (the authority's, its address, its root's and fingerprint) are the only Latin
    # letters left.
    words = re.sub(r"CN=Test TSA Root|Test TSA|\(https?://[^)]*\)|UTC|SHA-256|[0-9a-f]{64}", "", html.unescape(stamps))
    assert re.search(r"[A-Za-z]{2,}", re.sub(r"<[^>]+>", "", words)) is None, stamps
