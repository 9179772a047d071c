"""Trusted time stamps for review sittings (issue 11 §3): a closed sitting's seal is queued and stamped like a
recording's seal, the archive carries the token, and `recorder verify` dates the sitting by it — or says its dates
are the owner's device clock alone. A token moved to stand for another sitting or recording is refused."""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from recorder.archive import layout
from recorder.archive.export import export_archive
from recorder.archive.verify import UNLISTED_ORDER, _written_order, verify_archive
from recorder.core.canonical import canonical_json
from recorder.core.review import ReviewSitting
from recorder.core.vault import Vault, VaultKeys
from recorder.timestamp.authorities import StampSettings
from recorder.timestamp.queue import StampStore
from recorder.timestamp.stamper import REVIEW_SEAL, send_pending, sessions_with_pending, stamp_review_sitting
from tests.archive_sessions import record
from tests.archive_tools import resign, write_like
from tests.fixtures.tsa import LocalTSA, TsaPki, settings_for, trust_for

STAMPED = re.compile(
    r"^Recording \S+: review sitting (\d+) \(the later annotations added in it\) existed no later than "
    r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC, stamped by Test TSA \(http://127\.0\.0\.1:\d+/tsa\)\.$"
)
DEVICE_CLOCK = re.compile(
    r"^Recording \S+: The later annotations of review sitting (\d+) are dated by the owner's device clock alone "
    r"\(the sitting ended at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC by that clock\): no trusted time stamp covers them\.$"
)


def _sitting(vault: Vault, keys: VaultKeys, sid: str, text: str) -> ReviewSitting:
    sitting = ReviewSitting.open(vault, keys, sid)
    sitting.add_note(text, frame=24_000, rate=48_000)
    sitting.close()
    assert sitting.seal_hash is not None
    return sitting


def _stamp_now(vault: Vault, sid: str, sitting: ReviewSitting, tsa: LocalTSA, pki: TsaPki) -> None:
    assert sitting.seal_hash is not None
    thread = stamp_review_sitting(vault.session_dir(sid), sid, sitting.seal_hash, settings_for(tsa), trust_for(pki))
    assert thread is not None
    thread.join(30)
    assert not thread.is_alive()


def _verdict(vault: Vault, keys: VaultKeys, sids: list[str], out: Path) -> tuple[bool, list[str], list[str]]:
    export_archive(vault, keys, sids, out, language="en")
    report = verify_archive(out)
    return report.ok, [str(s) for s in report.statements], [str(p) for p in report.problems]


def _sittings_said(statements: list[str], pattern: re.Pattern[str]) -> list[int]:
    return sorted(int(m.group(1)) for s in statements if (m := pattern.match(s)))


def test_a_closed_sitting_is_stamped_at_once_and_verify_dates_it_by_the_token(
    vault: Vault, keys: VaultKeys, tsa: LocalTSA, tsa_pki: TsaPki, tmp_path: Path
) -> None:
    sid = record(vault, seconds=2)
    first = _sitting(vault, keys, sid, "the door was pushed here")
    _stamp_now(vault, sid, first, tsa, tsa_pki)
    store = StampStore(vault.session_dir(sid))
    assert store.pending() == []
    (token,) = store.tokens()
    assert token.entry_hash == first.seal_hash and token.doc["kind"] == REVIEW_SEAL
    second = _sitting(vault, keys, sid, "a second look, closed offline")
    offline = StampSettings.from_mapping({})  # the app's settings with RECORDER_TSA=none: it waits in the queue
    assert stamp_review_sitting(vault.session_dir(sid), sid, str(second.seal_hash), offline) is None
    ok, statements, problems = _verdict(vault, keys, [sid], tmp_path / "a.zip")
    assert ok, problems
    assert _sittings_said(statements, STAMPED) == [1], statements
    assert _sittings_said(statements, DEVICE_CLOCK) == [2]
    # The recording itself has no token: its own times still rest on the device clock, and it is said.
    assert any(
        s.endswith("This session has no trusted time stamp: its times rest on the device clock alone.")
        for s in statements
    )
    owner = [s for s in statements if s.startswith("Stated by the owner at export, not proven:")]
    assert len(owner) == 1 and "except for a review sitting a trusted time stamp covers (stated above)" in owner[0]
    with zipfile.ZipFile(tmp_path / "a.zip") as z:
        listed = json.loads(z.read(f"sessions/{sid}/stamps/stamps.json"))
        page = z.read(layout.REPORT).decode()
    assert [t["kind"] for t in listed["tokens"]] == [REVIEW_SEAL]
    assert [w["kind"] for w in listed["waiting"]] == [REVIEW_SEAL]
    assert "review sitting 1 (the later annotations added in it) existed no later than" in page
    assert "The later annotations of review sitting 2 are dated by the owner&#x27;s device clock alone" in page
    # The timeline's rows: sitting 1's note carries the token's time, sitting 2's only the device clock's.
    assert page.count("Added later, on ") == 2
    assert page.count("a trusted time stamp proves it existed no later than ") == 1


def test_a_sitting_closed_offline_is_stamped_later(
    vault: Vault, keys: VaultKeys, tsa: LocalTSA, tsa_pki: TsaPki, tmp_path: Path
) -> None:
    sid = record(vault, seconds=2)
    sitting = _sitting(vault, keys, sid, "added on a train")
    assert sitting.seal_hash is not None
    offline = StampSettings.from_mapping({})  # the app's settings with RECORDER_TSA=none (tests/fixtures/tsa.py)
    assert offline.authorities == []
    assert stamp_review_sitting(vault.session_dir(sid), sid, sitting.seal_hash, offline) is None
    (waiting,) = StampStore(vault.session_dir(sid)).pending()
    assert (waiting.entry_hash, waiting.kind) == (sitting.seal_hash, REVIEW_SEAL)
    ok, statements, problems = _verdict(vault, keys, [sid], tmp_path / "before.zip")
    assert ok, problems
    assert _sittings_said(statements, DEVICE_CLOCK) == [1] and _sittings_said(statements, STAMPED) == []
    assert any("still waiting" in s for s in statements), statements
    # Back online: the next launch sends what waits (as the app does at start and with a new recording).
    assert vault.session_dir(sid) in sessions_with_pending(vault)
    outcomes = send_pending(sessions_with_pending(vault), settings_for(tsa), trust_for(tsa_pki))
    assert [o.done for o in outcomes] == [True]
    ok, statements, problems = _verdict(vault, keys, [sid], tmp_path / "after.zip")
    assert ok, problems
    assert _sittings_said(statements, STAMPED) == [1] and _sittings_said(statements, DEVICE_CLOCK) == []


def test_a_sitting_without_any_stamp_member_is_said_to_rest_on_the_device_clock(
    vault: Vault, keys: VaultKeys, tmp_path: Path
) -> None:
    sid = record(vault, seconds=2)
    _sitting(vault, keys, sid, "no stamps folder at all")
    shutil.rmtree(vault.session_dir(sid) / "stamps", ignore_errors=True)
    ok, statements, problems = _verdict(vault, keys, [sid], tmp_path / "a.zip")
    assert ok, problems
    assert _sittings_said(statements, DEVICE_CLOCK) == [1]


@pytest.fixture
def two_stamped(
    vault: Vault, keys: VaultKeys, tsa: LocalTSA, tsa_pki: TsaPki, tmp_path: Path
) -> tuple[Path, list[str], list[str]]:
    """An archive of two recordings; the first with two sittings, both stamped. Returns it, the session ids and
    the two sittings' seal hashes."""
    a = record(vault, seconds=2)
    b = record(vault, seconds=2, seed=5)
    seals = []
    for text in ("first sitting", "second sitting"):
        s = _sitting(vault, keys, a, text)
        _stamp_now(vault, a, s, tsa, tsa_pki)
        seals.append(str(s.seal_hash))
    out = tmp_path / "two.zip"
    export_archive(vault, keys, [a, b], out, language="en")
    report = verify_archive(out)
    assert report.ok, [str(p) for p in report.problems]
    assert _sittings_said([str(s) for s in report.statements], STAMPED) == [1, 2]
    return out, [a, b], seals


def _move(members: dict[str, bytes], src_sid: str, old: str, dst_sid: str, new: str) -> None:
    """Move the token over ``old`` (its .tsr and .tsq) to stand for ``new`` in ``dst_sid``: members renamed, the
    time-stamp list and the manifest's ``extra`` updated, as an owner re-exporting by hand could."""
    manifest = json.loads(members[layout.MANIFEST])
    by_id = {s["id"]: s for s in manifest["sessions"]}
    src_base, dst_base = f"sessions/{src_sid}/", f"sessions/{dst_sid}/"
    renamed = {}
    for name in [n for n in members if n.startswith(f"{src_base}stamps/{old}.")]:
        rel = f"stamps/{new}." + name[len(f"{src_base}stamps/{old}.") :]
        members[dst_base + rel] = members.pop(name)
        renamed[name[len(src_base) :]] = rel
        by_id[src_sid]["extra"].remove(name)
        by_id[dst_sid]["extra"].append(dst_base + rel)
    index_name = f"{src_base}stamps/stamps.json"
    index = json.loads(members[index_name])
    moved = [t for t in index["tokens"] if t["entry_hash"] == old]
    index["tokens"] = [t for t in index["tokens"] if t["entry_hash"] != old]
    members[index_name] = canonical_json(index) + b"\n"
    dst_index_name = f"{dst_base}stamps/stamps.json"
    if dst_index_name in members:
        dst = json.loads(members[dst_index_name])
    else:
        dst = {"format": "evidence-recorder-stamps", "version": 1, "session": dst_sid, "tokens": [], "waiting": []}
        by_id[dst_sid]["extra"].append(dst_index_name)
    for t in moved:
        t = {**t, "entry_hash": new, "session": dst_sid}
        for k in ("tsr", "tsq"):
            if k in t:
                t[k] = renamed[t[k]]
        t.pop("root", None)
        dst["tokens"].append(t)
    members[dst_index_name] = canonical_json(dst) + b"\n"
    members[layout.MANIFEST] = canonical_json(manifest) + b"\n"


def _resigned_verdict(src: Path, members: dict[str, bytes], out: Path, keys: VaultKeys) -> list[str]:
    """The members re-signed by the owner and written in the exporter's order and form; the verifier's problems."""
    with zipfile.ZipFile(src) as z:
        infos = z.infolist()
    order = [*_written_order(json.loads(members[layout.MANIFEST])), *UNLISTED_ORDER]
    resign(members, keys.identity)
    write_like(out, infos, members, order)
    report = verify_archive(out)
    assert not report.ok
    return [str(p) for p in report.problems]


def test_a_token_moved_from_one_sitting_to_another_is_refused(
    keys: VaultKeys, two_stamped: tuple[Path, list[str], list[str]], tmp_path: Path
) -> None:
    path, (a, _b), (first, second) = two_stamped
    with zipfile.ZipFile(path) as z:
        members = {n: z.read(n) for n in z.namelist()}
    for name in [n for n in members if n.startswith(f"sessions/{a}/stamps/{second}.")]:
        del members[name]  # the second sitting's own token goes; the first's is put in its place
    manifest = json.loads(members[layout.MANIFEST])
    manifest["sessions"][0]["extra"] = [n for n in manifest["sessions"][0]["extra"] if n in members]
    members[layout.MANIFEST] = canonical_json(manifest) + b"\n"
    index_name = f"sessions/{a}/stamps/stamps.json"
    index = json.loads(members[index_name])
    index["tokens"] = [t for t in index["tokens"] if t["entry_hash"] != second]
    members[index_name] = canonical_json(index) + b"\n"
    _move(members, a, first, a, second)
    problems = _resigned_verdict(path, members, tmp_path / "moved.zip", keys)
    assert any("is named for another entry than the one it covers (moved)" in p for p in problems), problems


def test_a_sitting_token_moved_to_the_recording_or_to_another_recording_is_refused(
    keys: VaultKeys, two_stamped: tuple[Path, list[str], list[str]], tmp_path: Path
) -> None:
    path, (a, b), (first, _second) = two_stamped
    with zipfile.ZipFile(path) as z:
        members = {n: z.read(n) for n in z.namelist()}
    head_a = json.loads(members[layout.MANIFEST])["sessions"][0]["head"]
    as_seal = dict(members)
    _move(as_seal, a, first, a, head_a)  # renamed as the recording's own seal token
    problems = _resigned_verdict(path, as_seal, tmp_path / "as-seal.zip", keys)
    assert any("is named for another entry than the one it covers (moved)" in p for p in problems), problems
    other = dict(members)
    _move(other, a, first, b, first)  # the same name, under the other recording
    problems = _resigned_verdict(path, other, tmp_path / "other.zip", keys)
    assert any("covers a hash that is not an entry of this session" in p for p in problems), problems


def test_a_forged_sitting_token_is_refused(
    keys: VaultKeys, two_stamped: tuple[Path, list[str], list[str]], tmp_path: Path
) -> None:
    path, (a, _b), (first, _second) = two_stamped
    with zipfile.ZipFile(path) as z:
        members = {n: z.read(n) for n in z.namelist()}
    (name,) = [n for n in members if n.startswith(f"sessions/{a}/stamps/{first}.") and n.endswith(".tsr")]
    tsr = bytearray(members[name])
    tsr[-10] ^= 0x01  # inside the signature
    members[name] = bytes(tsr)
    problems = _resigned_verdict(path, members, tmp_path / "forged.zip", keys)
    assert any(f"The time-stamp token stamps/{first}." in p and "does not hold" in p for p in problems), problems


def test_closing_the_review_window_stamps_its_sitting_with_the_apps_settings(
    qtbot: QtBot, vault: Vault, keys: VaultKeys, tsa: LocalTSA, tsa_pki: TsaPki
) -> None:
    from tests.test_review_view import open_view

    sid = record(vault, seconds=2)
    offline = open_view(qtbot, vault, keys, sid)  # the defaults: RECORDER_TSA=none, so the stamp waits
    assert offline.add_annotation(text="seen on the train", frame=1000) is not None
    offline.close()
    assert offline.stamp_thread is None and offline.sitting is not None
    (waiting,) = StampStore(vault.session_dir(sid)).pending()
    assert (waiting.entry_hash, waiting.kind) == (offline.sitting.seal_hash, REVIEW_SEAL)

    online = open_view(qtbot, vault, keys, sid)
    root = str(tsa_pki.root)
    online.stamp_settings = lambda: {"authorities": [tsa.url], "root_files": [root], "timeout_seconds": 5}
    assert online.add_annotation(text="seen again at home", frame=2000) is not None
    online.close()
    thread = online.stamp_thread
    assert thread is not None
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=30_000)
    # The worker sent the session's whole queue: the earlier sitting's waiting stamp went out too.
    store = StampStore(vault.session_dir(sid))
    assert store.pending() == []
    assert online.sitting is not None
    assert {t.entry_hash for t in store.tokens()} == {offline.sitting.seal_hash, online.sitting.seal_hash}


def test_the_stock_tools_check_a_sittings_token_as_verify_txt_says(
    vault: Vault, keys: VaultKeys, tsa: LocalTSA, tsa_pki: TsaPki, tmp_path: Path
) -> None:
    sid = record(vault, seconds=2)
    sitting = _sitting(vault, keys, sid, "checked by a stranger")
    _stamp_now(vault, sid, sitting, tsa, tsa_pki)
    archive = tmp_path / "a.zip"
    export_archive(vault, keys, [sid], archive, language="en")
    out = tmp_path / "unpacked"
    subprocess.run(["unzip", "-q", str(archive), "-d", str(out)], check=True)
    guide = (out / "VERIFY.txt").read_text("utf-8")
    assert "or the last line of a review-NNNN.jsonl (that review sitting's seal" in guide
    (command,) = [ln.strip() for ln in guide.splitlines() if ln.strip().startswith("openssl ts -verify")]
    # The digest is the sitting's seal: the last line of its review file, without its newline, by sha256sum.
    last = subprocess.run(
        f"tail -n 1 sessions/{sid}/review-0001.jsonl | tr -d '\\n' | sha256sum",
        shell=True,
        cwd=out,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()[0]
    assert shlex.split(command)[4] == last == sitting.seal_hash
    done = subprocess.run(shlex.split(command), cwd=out, capture_output=True, text=True)
    assert done.returncode == 0 and "Verification: OK" in done.stdout, done.stderr
