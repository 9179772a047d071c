"""Tokens in the archive: the members they add, what the verifier states, and the stock-tool commands."""

from __future__ import annotations

import json
import shlex
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from recorder.archive.stamps import (
    INDEX,
    check_session,
    check_stamps,
    members_of,
    openssl_commands,
    session_members,
    signed_entries,
)
from recorder.core.canonical import canonical_json
from recorder.core.chain import SIGNED_KINDS, entry_hash
from recorder.core.session import Session, Source
from recorder.core.store import SessionReader
from recorder.core.vault import Vault
from recorder.timestamp.stamper import Stamper
from tests.fixtures.core import PASSPHRASE
from tests.fixtures.tsa import LocalTSA, TsaPki, settings_for, trust_for

Members = dict[str, bytes]
Signed = dict[str, tuple[int, str, str]]


def stamped_session(vault: Vault, authority: LocalTSA, pki: TsaPki) -> tuple[Session, Members, Signed]:
    session = Session.start(vault, "Door visit", Source("test tone", live=False, kind="test-signal"))
    stamper = Stamper(session, settings_for(authority), trust_for(pki)).start()
    session.append_audio(b"\x02\x00" * 4800, rate=48000)
    # The start's token first, as on any real recording that lasts more than a moment: sealed at once, a first
    # request slowed past its timeout on a loaded machine would be retried after the seal's and the seal would
    # then rightly be the first external anchor, which is not what these tests are about.
    deadline = time.monotonic() + 60
    while session.first_hash not in {t.entry_hash for t in stamper.tokens()}:
        assert time.monotonic() < deadline, "the start was never stamped"
        time.sleep(0.02)
    session.seal()
    stamper.stop()
    keys = vault.unlock(PASSPHRASE)
    signed: Signed = {}
    for _frame, raw, _payload in SessionReader(vault, keys.recording, session.id).records():
        entry = json.loads(raw)
        if entry["kind"] in SIGNED_KINDS:
            signed[entry_hash(raw)] = (entry["seq"], entry["kind"], entry["utc"])
    members = dict(session_members(vault, keys, session.id))
    return session, members, signed


@pytest.fixture
def stamped(vault: Vault, tsa: LocalTSA, tsa_pki: TsaPki) -> tuple[Session, Members, Signed]:
    return stamped_session(vault, tsa, tsa_pki)


def test_verifier_states_when_start_and_seal_existed(
    stamped: tuple[Session, Members, Signed], tsa: LocalTSA, tsa_pki: TsaPki
) -> None:
    session, members, signed = stamped
    assert sorted(n.rsplit(".", 1)[-1] for n in members if n != INDEX) == ["pem", "tsq", "tsq", "tsr", "tsr"]
    problems, statements = check_session(session.id, members, signed, roots=[tsa_pki.root])
    assert problems == []
    first = [s for s in statements if s.startswith("the session's first entry existed no later than ")]
    assert len(first) == 1 and first[0].endswith(f" UTC, stamped by Test TSA ({tsa.url}).")
    assert any(s.startswith("the seal (the session's last entry) existed no later than ") for s in statements)
    assert not any("root certificate kept in the archive" in s for s in statements)
    result = check_stamps(members, signed, roots=[tsa_pki.root])
    first_anchor = result.first_anchor
    assert first_anchor is not None and first_anchor.kind == "start" and first_anchor.seq == 0
    assert first_anchor.delay_s is not None and -2 <= first_anchor.delay_s < 60
    assert sorted(a.kind for a in result.anchors) == ["seal", "start"]

    # The exporter builds the same map from the journal lines it writes, for the report.
    keys = session.vault.unlock(PASSPHRASE)
    lines = [raw + b"\n" for _f, raw, _p in SessionReader(session.vault, keys.recording, session.id).records()]
    assert signed_entries(lines) == signed


def test_a_root_only_the_archive_carries_is_stated_with_its_fingerprint(
    stamped: tuple[Session, Members, Signed],
) -> None:
    session, members, signed = stamped
    problems, statements = check_session(session.id, members, signed)  # public roots only
    assert problems == []
    caveats = [s for s in statements if "root certificate kept in the archive, CN=Test TSA Root" in s]
    assert len(caveats) == 2
    root_name = next(n for n in members if n.endswith(".pem"))
    assert root_name.rsplit("/", 1)[-1][:-4] in caveats[0]


def test_openssl_verifies_each_token_as_verify_txt_says(
    stamped: tuple[Session, Members, Signed], tmp_path: Path
) -> None:
    session, members, _signed = stamped
    base = f"sessions/{session.id}"
    for name, data in members.items():
        (tmp_path / base / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / base / name).write_bytes(data)
    commands = openssl_commands(base, members)
    assert len(commands) == 2

    def run(command: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(shlex.split(command), cwd=tmp_path, capture_output=True, text=True)

    for command in commands:
        done = run(command)
        assert done.returncode == 0 and "Verification: OK" in done.stdout, done.stderr
    # Eleven years on, when the authority's certificate and its root (ten years each) have expired, the lines
    # still hold: they check the certificates as of the token's own time (-attime, its genTime). Without it the
    # same check fails, so the clock really is past the certificates.
    later = ["faketime", "-f", "+4000d"]
    for command in commands:
        assert " -attime " in command
        done = subprocess.run([*later, *shlex.split(command)], cwd=tmp_path, capture_output=True, text=True)
        assert done.returncode == 0 and "Verification: OK" in done.stdout, done.stderr
        without = shlex.split(command.split(" -attime ")[0])
        done = subprocess.run([*later, *without], cwd=tmp_path, capture_output=True, text=True)
        assert done.returncode != 0 and "expired" in done.stdout + done.stderr
    # The same command fails for a token changed by one byte, and for another hash.
    tsr = tmp_path / shlex.split(commands[0])[6]
    data = bytearray(tsr.read_bytes())
    data[-10] ^= 1
    tsr.write_bytes(bytes(data))
    assert run(commands[0]).returncode != 0
    other = commands[1].split()
    other[4] = "0" * 64
    assert run(" ".join(other)).returncode != 0


Change = Callable[[Members, Signed], None]


def _flip(members: Members, _signed: Signed) -> None:
    name = next(n for n in members if n.endswith(".tsr"))
    data = bytearray(members[name])
    data[-10] ^= 1
    members[name] = bytes(data)


def _forget_start(_members: Members, signed: Signed) -> None:
    for h, (seq, _kind, _utc) in list(signed.items()):
        if seq == 0:
            del signed[h]


def _drop_token(members: Members, _signed: Signed) -> None:
    del members[next(n for n in members if n.endswith(".tsr"))]


def _garble_list(members: Members, _signed: Signed) -> None:
    members[INDEX] = b"{not json"


def _spaced_list(members: Members, _signed: Signed) -> None:
    members[INDEX] = json.dumps(json.loads(members[INDEX]), indent=1).encode() + b"\n"  # not canonical JSON


def _float_list(members: Members, _signed: Signed) -> None:
    members[INDEX] = members[INDEX].replace(b'"version":1', b'"version":1.0')


def _list_change(change: Callable[[dict], None]) -> Change:  # type: ignore[type-arg]
    def fn(members: Members, _signed: Signed) -> None:
        index = json.loads(members[INDEX])
        change(index)
        members[INDEX] = canonical_json(index) + b"\n"

    return fn


def _drop_named(suffix: str) -> Change:
    def fn(members: Members, _signed: Signed) -> None:
        del members[next(n for n in members if n.endswith(suffix))]

    return fn


def _deep_list(members: Members, _signed: Signed) -> None:
    members[INDEX] = b"[" * 200_000 + b"]" * 200_000  # a hostile archive must not crash the verifier


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (_flip, "does not hold"),
        (_forget_start, "covers a hash that is not an entry of this session"),
        (_drop_token, "but the archive does not contain it"),
        (_garble_list, "is damaged"),
        (_spaced_list, "is damaged"),
        (_list_change(lambda i: i.update(tokens={})), "is damaged"),
        (_list_change(lambda i: i["tokens"][0].pop("tsr")), "is damaged"),
        (_list_change(lambda i: i["tokens"][0].update(clock_difference_ms="300")), "is damaged"),
        (_list_change(lambda i: i.update(session=[])), "is damaged"),
        (_drop_named(".tsq"), "but the archive does not contain it"),
        (_drop_named(".pem"), "but the archive does not contain it"),
        (_float_list, "is damaged"),
        (_deep_list, "is damaged"),
    ],
)
def test_a_changed_token_or_list_is_a_problem(
    stamped: tuple[Session, Members, Signed], tsa_pki: TsaPki, change: Change, expected: str
) -> None:
    session, members, signed = stamped
    change(members, signed)
    problems, _statements = check_session(session.id, members, signed, roots=[tsa_pki.root])
    assert len(problems) == 1 and expected in problems[0]


def test_late_stamps_and_a_wrong_clock_are_said_plainly(
    stamped: tuple[Session, Members, Signed], tsa_pki: TsaPki
) -> None:
    session, members, signed = stamped
    # The entry written 10 minutes before the stamp (the authority was unreachable until then) …
    for h, (seq, kind, _utc) in list(signed.items()):
        if seq == 0:
            signed[h] = (seq, kind, "2000-01-01T00:00:00.000000Z")
    # … and a device clock that was 5 minutes ahead when a token came.
    index = json.loads(members[INDEX])
    index["tokens"][0]["clock_difference_ms"] = 300_000
    members[INDEX] = canonical_json(index) + b"\n"  # as the exporter writes it
    problems, statements = check_session(session.id, members, signed, roots=[tsa_pki.root])
    assert problems == []
    assert any("after the entry was written" in s and "still proves" in s for s in statements)
    assert any("differed from the time of Test TSA by +300 s" in s for s in statements)


def test_a_claimed_address_that_is_not_one_is_not_repeated(
    stamped: tuple[Session, Members, Signed], tsa_pki: TsaPki
) -> None:
    session, members, signed = stamped
    index = json.loads(members[INDEX])
    for t in index["tokens"]:
        t["authority_url"] = "VERIFIED OK by the court"
        t["tsa"] = t["tsa_subject"] = "Supreme Court Time Authority"  # the list's names are not the token's
    members[INDEX] = canonical_json(index) + b"\n"
    problems, statements = check_session(session.id, members, signed, roots=[tsa_pki.root])
    assert problems == [] and not any("court" in s.lower() for s in statements)
    assert any(s.endswith("stamped by Test TSA.") for s in statements)  # the name in the token's certificate


def test_no_stamps_and_waiting_stamps_are_stated(vault: Vault, tsa_down: LocalTSA, tsa_pki: TsaPki) -> None:
    session = Session.start(vault, "Call", Source("test tone", live=False, kind="test-signal"))
    assert members_of(session.dir, session.id) == []
    problems, statements = check_session(session.id, {}, {})
    assert problems == [] and statements == [
        "This session has no trusted time stamp: its times rest on the device clock alone."
    ]
    stamper = Stamper(session, settings_for(tsa_down), trust_for(tsa_pki)).start()
    session.seal()
    stamper.stop()
    members = dict(members_of(session.dir, session.id))
    assert list(members) == [INDEX]
    _problems, statements = check_session(session.id, members, {})
    assert any(s.startswith("2 time stamps for this session were still waiting") for s in statements)


def test_the_exporter_looks_for_stamps_where_the_queue_keeps_them() -> None:
    from recorder.archive import hooks
    from recorder.timestamp.queue import STAMPS_DIR

    assert hooks.STAMPS_DIR == STAMPS_DIR


def test_the_report_says_of_no_stamps_what_the_check_says() -> None:
    from recorder.archive.stamps import check_stamps, report_lines

    result = check_stamps({}, {})
    assert report_lines([], {}) == result.statements + result.problems


def test_exporting_a_session_without_stamps_loads_no_token_machinery(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from recorder.archive.export import export_archive\n"
        "from recorder.core.vault import Vault\n"
        "from tests.archive_sessions import record\n"
        "from tests.fixtures.core import PASSPHRASE\n"
        f"vault = Vault.create(Path({str(tmp_path / 'home')!r}), PASSPHRASE)\n"
        "sid = record(vault, 'Case N', seconds=1)\n"
        f"export_archive(vault, vault.unlock(PASSPHRASE), [sid], Path({str(tmp_path / 'a.zip')!r}), language='en')\n"
        "print(sorted(m for m in ('recorder.timestamp.trust', 'recorder.timestamp.queue', 'rfc3161_client')"
        " if m in sys.modules))\n"
    )
    root = Path(__file__).resolve().parent.parent
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=root)
    assert out.stdout.strip().endswith("[]"), out
