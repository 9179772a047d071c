"""Call logs and messages (issue 14 §2–3): an SMS Backup & Restore XML of 2,000 calls and 500 messages over 30 days
from 5 numbers, imported with its rows derived; every count, the night contacts and the over-guideline days match
values this test computes on its own (fixed UTC+8 arithmetic, no time-zone library); bad input is one sentence."""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import quoteattr

import pytest

from recorder.core.check import check_session
from recorder.core.store import SessionReader, session_ids
from recorder.core.vault import Vault, VaultKeys
from recorder.importing import calllog
from recorder.importing.logs import case_pattern, import_log
from tests.test_cli_core import assert_one_sentence, recorder, snapshot

START_MS = 1_790_000_000_000  # 2026-09-21, a Monday
DAY_MS = 86_400_000
NUMBERS = ["+8613800138000", "13900139001", "021-5555 0002", "95588", "+86 137 0013 7003"]
KEYS = ["13800138000", "13900139001", "02155550002", "95588", "13700137003"]
CALL_TYPES = {1: "answered", 2: "calls_out", 3: "missed", 4: "missed", 5: "rejected", 6: "rejected", 7: "answered"}


def make_backup(seed: int = 14) -> tuple[bytes, bytes, list[tuple[int, int, int, str, int]]]:
    """(calls XML, messages XML, events as (ms, number index, kind, bucket, duration)); kind 0 call, 1 message."""
    rnd = random.Random(seed)
    events: list[tuple[int, int, int, str, int]] = []
    calls = []
    for _ in range(2000):
        ms = START_MS + rnd.randrange(30 * DAY_MS)
        n = rnd.randrange(5)
        t = rnd.choice([1, 2, 3, 3, 3, 4, 5, 5, 6, 7])
        duration = rnd.randrange(1, 600) if t in (1, 2) and rnd.random() < 0.8 else 0
        calls.append(
            f'  <call number={quoteattr(NUMBERS[n])} duration="{duration}" date="{ms}" type="{t}" presentation="1" '
            f'readable_date="x" contact_name="(Unknown)" />'
        )
        events.append((ms, n, 0, CALL_TYPES[t], duration if t in (1, 2) else 0))
    sms = []
    for i in range(500):
        ms = START_MS + rnd.randrange(30 * DAY_MS)
        n = rnd.randrange(5)
        t = rnd.choice([1, 1, 1, 2])
        body = f'还款通知 {i} & <催收> "last" notice'
        sms.append(
            f'  <sms protocol="0" address={quoteattr(NUMBERS[n])} date="{ms}" type="{t}" body={quoteattr(body)} '
            f'read="1" status="-1" contact_name="催收" />'
        )
        events.append((ms, n, 1, "messages_in" if t == 1 else "messages_out", 0))
    head = "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n"
    xml_calls = (head + f'<calls count="{len(calls)}">\n' + "\n".join(calls) + "\n</calls>\n").encode()
    xml_sms = (head + f'<smses count="{len(sms)}">\n' + "\n".join(sms) + "\n</smses>\n").encode()
    return xml_calls, xml_sms, events


def expected(events: list[tuple[int, int, int, str, int]]) -> dict:  # type: ignore[type-arg]
    """The figures, computed independently: local time = UTC + 8 h (Asia/Shanghai has no summer time)."""
    per_day: dict[str, Counter[str]] = {}
    per_number: dict[str, Counter[str]] = {k: Counter() for k in KEYS}
    night = Counter()
    unanswered: Counter[tuple[str, int]] = Counter()
    for ms, n, _kind, bucket, _duration in events:
        local_ms = ms + 8 * 3_600_000
        day_index = local_ms // DAY_MS
        import datetime as dt

        day = (dt.date(1970, 1, 1) + dt.timedelta(days=day_index)).isoformat()
        minute = (local_ms % DAY_MS) // 60_000
        c = per_day.setdefault(day, Counter())
        c[bucket] += 1
        per_number[KEYS[n]][bucket] += 1
        if bucket in ("answered", "missed", "rejected"):
            c["calls_in"] += 1
            per_number[KEYS[n]]["calls_in"] += 1
        if bucket != "calls_out" and bucket != "messages_out" and (minute >= 22 * 60 or minute < 8 * 60):
            night[KEYS[n]] += 1
        if bucket in ("missed", "rejected"):
            unanswered[(KEYS[n], day_index)] += 1
    return {"per_day": per_day, "per_number": per_number, "night": night, "unanswered": unanswered}


@pytest.fixture
def backup(tmp_path: Path) -> tuple[Path, Path, list[tuple[int, int, int, str, int]]]:
    xml_calls, xml_sms, events = make_backup()
    calls, sms = tmp_path / "calls-20261021.xml", tmp_path / "sms-20261021.xml"
    calls.write_bytes(xml_calls)
    sms.write_bytes(xml_sms)
    return calls, sms, events


def _counts(c: dict[str, int] | Counter[str]) -> dict[str, int]:
    return {k: int(c.get(k, 0)) for k in ("calls_in", "answered", "missed", "rejected", "calls_out",
                                          "messages_in", "messages_out")}  # fmt: skip


def test_every_count_night_contact_and_over_guideline_day_matches(
    vault: Vault,
    keys: VaultKeys,
    backup: tuple[Path, Path, list],
    passphrase_file: Path,  # type: ignore[type-arg]
) -> None:
    calls, sms, events = backup
    for path, rows in ((calls, 2000), (sms, 500)):
        run = recorder(
            vault.home, "import-log", "--case", "Door visit", "--source", "SMS Backup & Restore",
            "--time-zone", "Asia/Shanghai", str(path), passphrase=passphrase_file,
        )  # fmt: skip
        assert run.returncode == 0, run.stderr
        assert f"{rows} calls and messages read by the sms-backup-restore parser" in run.stdout
    out = recorder(vault.home, "log", "--case", "Door visit", "--json", passphrase=passphrase_file)
    assert out.returncode == 0, out.stderr
    facts = json.loads(out.stdout)
    want = expected(events)
    assert facts["rows"] == 2500 and facts["time_zone"] == "Asia/Shanghai"
    assert {d: _counts(c) for d, c in want["per_day"].items()} == facts["per_day"]
    assert sum(c["calls_in"] + c["calls_out"] for c in facts["per_day"].values()) == 2000
    assert {k: _counts(c) for k, c in want["per_number"].items()} == {
        k: v["total"] for k, v in facts["per_number"].items()
    }
    night = facts["restricted_hours"]
    assert (night["from"], night["to"]) == ("22:00", "08:00")
    assert night["count"] == sum(want["night"].values()) == len(night["contacts"])
    assert Counter(c["number"] for c in night["contacts"]) == want["night"]
    import datetime as dt

    over = sorted(
        (k, (dt.date(1970, 1, 1) + dt.timedelta(days=d)).isoformat(), n)
        for (k, d), n in want["unanswered"].items()
        if n > 6
    )
    assert over, "the fixture must hold days over the guideline"
    got = [(o["number"], o["day"], o["unanswered"]) for o in facts["guideline"]["over_unanswered_per_day"]]
    assert got == over
    text = recorder(vault.home, "log", "--case", "Door visit", passphrase=passphrase_file).stdout
    assert "exceeds guideline" in text and "illegal" not in text.lower()
    days = sorted(want["per_day"])
    first, last = dt.date.fromisoformat(days[0]), dt.date.fromisoformat(days[-1])
    rolling = {}
    for i in range((last - first).days + 1):
        day = first + dt.timedelta(days=i)
        window = [(day - dt.timedelta(days=k)).isoformat() for k in range(7)]
        rolling[day.isoformat()] = sum(want["per_day"].get(w, Counter())["calls_in"] for w in window)
    assert facts["calls_in_7_days"] == rolling
    c = facts["per_number"][KEYS[0]]["total"]
    assert f"  {KEYS[0]}: {c['calls_in']} calls received ({c['missed']} missed, {c['rejected']} rejected)" in text


def test_the_rows_are_derived_data_recorded_with_their_parser(
    vault: Vault,
    keys: VaultKeys,
    backup: tuple[Path, Path, list],  # type: ignore[type-arg]
) -> None:
    calls, _sms, _events = backup
    done = import_log(vault, keys.recording, "Door visit", calls, "phone", "Asia/Shanghai", {"collector": [NUMBERS[0]]})
    entries = [e for e, _ in SessionReader(vault, keys.recording, done.result.session).entries()]
    assert [e["kind"] for e in entries] == ["start", "import", "derived", "seal"]
    derived = entries[2]["body"]
    assert derived["of"] == [1] and derived["parser"] == "sms-backup-restore" and derived["parser_version"] == 1
    assert derived["rows"] == 2000 and derived["marks"] == {"collector": [NUMBERS[0]]}
    rows = calllog.parse_sms_backup_restore(calls.read_bytes(), "x")
    assert entries[2]["payload"]["sha256"] == calllog.rows_sha256(rows)  # re-parsing finds the same rows
    assert check_session(vault, keys.recording, done.result.session).ok
    facts = case_pattern(vault, keys.recording, "Door visit", "cn-cba-2026")
    assert facts["subject"] == "marked collector numbers"
    assert {o["number"] for o in facts["guideline"]["over_unanswered_per_day"]} <= {KEYS[0]}


def test_us_regulation_f_windows(vault: Vault, keys: VaultKeys, tmp_path: Path) -> None:
    rows = [
        "type,direction,number,name,time,duration_s,text",
        # a conversation on Monday, then calls on Tuesday and the next Sunday (within 7 days) and the Monday after
        "call,incoming,+1 202 555 0100,Acme,2026-11-02T10:00:00-05:00,120,",
        "call,missed,+1 202 555 0100,Acme,2026-11-03T10:00:00-05:00,0,",
        "call,missed,+1 202 555 0100,Acme,2026-11-08T20:59:00-05:00,0,",
        "call,missed,+1 202 555 0100,Acme,2026-11-09T21:30:00-05:00,0,",
        "message,received,+1 202 555 0100,Acme,2026-11-09T07:59:00-05:00,,Pay now",
    ] + [f"call,rejected,+1 202 555 0199,,2026-11-2{i}T12:00:00-05:00,0," for i in range(0, 7)]
    rows.append("call,missed,+1 202 555 0199,,2026-11-26T13:00:00-05:00,0,")  # the 8th call in 7 days
    csv = tmp_path / "log.csv"
    csv.write_text("\n".join(rows) + "\n", encoding="utf-8")
    import_log(vault, keys.recording, "Calls", csv, "CSV", "America/New_York")
    facts = case_pattern(vault, keys.recording, "Calls", "us-reg-f")
    g = facts["guideline"]
    assert [c["local"] for c in g["calls_after_conversation"]] == ["2026-11-03 10:00:00", "2026-11-08 20:59:00"]
    assert [(s["number"], s["span_end"], s["calls"]) for s in g["over_calls_in_7_days"]] == [
        ("+12025550199", "2026-11-26", 8)
    ]
    assert [c["local"] for c in facts["restricted_hours"]["contacts"]] == ["2026-11-09 07:59:00", "2026-11-09 21:30:00"]
    tw = case_pattern(vault, keys.recording, "Calls", "tw")
    assert tw["restricted_hours"] is None and tw["guideline"] == {} and "no Taiwanese rule" in tw["rules"]["note"]


BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<smses count="1"><sms address="1" date="1790000000000" type="1" body="&lol3;" /></smses>
"""
EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE smses [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<smses count="1"><sms address="1" date="1790000000000" type="1" body="&xxe;" /></smses>
"""


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (BOMB, "entity declarations"),
        (EXTERNAL, "entity declarations"),
        (make_backup()[0][:50_000], "damaged or cut short"),
        (b"%PDF-1.7\n%binary", "not a call log"),
        (b"SQLite format 3\x00" + bytes(100), "not a call log"),
        (
            "type,direction,number,name,time,duration_s,text\ncall,missed,1,名字,2026-11-02T22:00:00+08:00,0,\n".encode(
                "gb18030"
            ),
            "not UTF-8",
        ),
        (b"type,direction,number,name,time,duration_s,text\ncall,missed,1,,2026-11-02 22:00,0,\n", "UTC offset"),
        (b'<?xml version="1.0"?><calls count="1"><call number="1" date="x" type="3" duration="0"/></calls>', "date"),
        (b'<?xml version="1.0"?><calls count="0"></calls>', "no calls and no messages"),
    ],
    ids=["bomb", "external-entity", "truncated", "unknown", "sqlite", "non-utf8", "no-offset", "bad-date", "empty"],
)
def test_bad_input_is_one_sentence_and_nothing_is_imported(
    vault: Vault, passphrase_file: Path, tmp_path: Path, content: bytes, words: str
) -> None:
    path = tmp_path / "backup.xml"
    path.write_bytes(content)
    before = snapshot(vault.home)
    run = recorder(vault.home, "import-log", "--case", "X", "--time-zone", "UTC", str(path), passphrase=passphrase_file)
    assert_one_sentence(run, words)
    assert snapshot(vault.home) == before and session_ids(vault) == []


def test_a_wrong_time_zone_and_a_missing_file_are_refused(
    vault: Vault,
    passphrase_file: Path,
    backup: tuple[Path, Path, list],
    tmp_path: Path,  # type: ignore[type-arg]
) -> None:
    calls = backup[0]
    run = recorder(vault.home, "import-log", "--case", "X", "--time-zone", "Mars/Olympus", str(calls),
                   passphrase=passphrase_file)  # fmt: skip
    assert_one_sentence(run, "not a time zone name")
    run = recorder(vault.home, "import-log", "--case", "X", str(tmp_path / "gone.xml"), passphrase=passphrase_file)
    assert_one_sentence(run, "does not exist")
    assert session_ids(vault) == []
