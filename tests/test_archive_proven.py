"""The verdict says only what is proven (issue 11 §3): an interrupted session's signed prefix and unsigned tail,
tail events kept out of the facts, and what only the owner's word supports labelled as such."""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from recorder.archive import layout, wav
from recorder.archive import messages as M
from recorder.archive.export import export_archive
from recorder.archive.report import extract_facts
from recorder.archive.verify import verify_archive
from recorder.core.canonical import canonical_json
from recorder.core.errors import readable_utc
from recorder.core.store import recover_all
from recorder.core.vault import Vault
from tests.archive_sessions import RATE, record
from tests.archive_tools import read_all, resign, write_like
from tests.fixtures.core import PASSPHRASE


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict:  # type: ignore[type-arg]
    """An interrupted session whose unsigned tail holds a note and a `threat` tag (tests/archive_sessions.py)."""
    home = tmp_path_factory.mktemp("proven") / "home"
    vault = Vault.create(home, PASSPHRASE)
    sid = record(vault, "Case P", seconds=4, seal=False, seed=3)
    recover_all(vault)
    keys = vault.unlock(PASSPHRASE)
    out = home.parent / "p.zip"
    export_archive(vault, keys, [sid], out, language="en")
    return {"zip": out, "sid": sid, "keys": keys}


def _lines(data: dict[str, bytes], sid: str) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(x) for x in data[f"sessions/{sid}/journal.jsonl"].splitlines()]


def _statements(report) -> list[str]:  # type: ignore[no-untyped-def]
    return [str(s) for s in report.statements]


def test_an_interrupted_session_states_its_signed_part_and_its_unsigned_tail(made: dict) -> None:  # type: ignore[type-arg]
    _infos, data = read_all(made["zip"])
    entries = _lines(data, made["sid"])
    last_signed = max(e["seq"] for e in entries if "sig" in e)
    tail = [e for e in entries if e["seq"] > last_signed]
    assert [e["kind"] for e in tail] == ["note", "tag"]
    report = verify_archive(made["zip"])
    assert report.ok, [str(p) for p in report.problems]
    messages = [s.message for s in report.statements]
    assert M.ST_CHAIN_UNSEALED in messages and M.ST_CHAIN not in messages  # no seal is claimed
    words = "\n".join(_statements(report))
    assert (
        f"the last 2 entries, after entry {last_signed} (the last signed one, at "
        f"{readable_utc(entries[last_signed]['utc'])}), and the 0.0 s of audio they hold are hash-chained but NOT "
        "signed" in words
    )
    assert "could have appended them" in words

    # The tail's threat is in no fact; the signed part's is.
    facts = extract_facts(data[layout.REPORT].decode())["sessions"][made["sid"]]
    threats = [p["seq"] for p in facts["threats"]]
    assert threats and all(seq <= last_signed for seq in threats)
    assert tail[1]["seq"] not in threats
    page = data[layout.REPORT].decode()
    assert page.count("NOT signed (after the last checkpoint)") == 2


def test_a_tail_with_audio_appended_before_export_is_stated_as_unsigned(made: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    """Forged audio and a tag after the last checkpoint, in an archive the owner re-signs: the archive is
    consistent, so it verifies, but the verdict says the tail and its seconds of audio are not signed, claims the
    captured sound only for the signed part, and the forged tag is in no fact."""
    infos, data = read_all(made["zip"])
    sid = made["sid"]
    entries = _lines(data, sid)
    raw_lines = data[f"sessions/{sid}/journal.jsonl"].splitlines()
    audio_name = f"sessions/{sid}/audio.wav"
    frames = (len(data[audio_name]) - wav.HEADER_SIZE) // 2
    last = entries[-1]
    forged_pcm = b"\x10\x00" * RATE  # one second of a forged sound
    audio = {
        "body": {"channels": 1, "format": "s16le", "frame_offset": frames, "frames": RATE, "rate": RATE},
        "kind": "audio",
        "mono_ns": last["mono_ns"] + 1_000_000,
        "payload": {"sha256": hashlib.sha256(forged_pcm).hexdigest(), "size": len(forged_pcm)},
        "prev": hashlib.sha256(raw_lines[-1]).hexdigest(),
        "seq": last["seq"] + 1,
        "session": sid,
        "utc": last["utc"],
        "v": 1,
    }
    audio_line = canonical_json(audio)
    tag = {
        "body": {"code": "entered-home", "label": "Entered home"},
        "kind": "tag",
        "mono_ns": last["mono_ns"] + 2_000_000,
        "prev": hashlib.sha256(audio_line).hexdigest(),
        "seq": last["seq"] + 2,
        "session": sid,
        "utc": last["utc"],
        "v": 1,
    }
    tag_line = canonical_json(tag)
    data[f"sessions/{sid}/journal.jsonl"] += audio_line + b"\n" + tag_line + b"\n"
    data[audio_name] = wav.header(frames + RATE, RATE) + data[audio_name][wav.HEADER_SIZE :] + forged_pcm
    manifest = json.loads(data[layout.MANIFEST])
    s = manifest["sessions"][0]
    s["entries"] += 2
    s["head"] = hashlib.sha256(tag_line).hexdigest()
    s["audio"]["frames"] += RATE
    s["audio"]["parts"][0]["frames"] += RATE
    data[layout.MANIFEST] = canonical_json(manifest) + b"\n"
    resign(data, made["keys"].identity)
    forged = tmp_path / "tail.zip"
    write_like(forged, infos, data)

    report = verify_archive(forged)
    assert report.ok, [str(p) for p in report.problems]
    messages = [s.message for s in report.statements]
    assert M.ST_AUDIO not in messages and M.ST_AUDIO_SIGNED in messages
    words = "\n".join(_statements(report))
    assert f"the first {frames / RATE:.1f} s of audio, which a signature covers" in words
    assert "the last 4 entries" in words and "the 1.0 s of audio they hold are hash-chained but NOT signed" in words
    facts = extract_facts(data[layout.REPORT].decode())["sessions"][sid]
    assert facts["entered_home"] == []  # the report's facts (unchanged) agree: the forged tag is in none


def test_what_the_owner_asserts_is_labelled(made: dict) -> None:  # type: ignore[type-arg]
    report = verify_archive(made["zip"])
    words = "\n".join(_statements(report))
    assert "Stated by the owner at export, not proven: which recordings make up the case" in words
    # The zone the session recorded at its start (where the events happened; issue 15), whatever the profile.
    _infos, data = read_all(made["zip"])
    minutes = _lines(data, made["sid"])[0]["body"]["environment"]["utc_offset_minutes"]
    zone = f"UTC{'+' if minutes >= 0 else '-'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    assert f"the time zone the report uses for local times ({zone})" in words
    assert "later annotations (the owner's device clock)" in words
    _infos, data = read_all(made["zip"])
    page = data[layout.REPORT].decode()
    assert "nothing in a package can show that no other recording was left out" in page
    assert f"the time zone of the local times ({zone})" in page


# -- re-signed by the owner, breaking FORMAT's rules (issue 11 §3): each is rejected ------------------------------
def _resigned(made: dict, tmp_path: Path, change) -> list[str]:  # type: ignore[no-untyped-def, type-arg]
    infos, data = read_all(made["zip"])
    change(data)
    resign(data, made["keys"].identity)
    out = tmp_path / "resigned.zip"
    write_like(out, infos, data)
    report = verify_archive(out)
    assert not report.ok
    return [p.message for p in report.problems]


def test_a_listed_member_the_manifest_does_not_name_is_rejected(made: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    def add(data: dict[str, bytes]) -> None:
        data[f"sessions/{made['sid']}/extra-evidence.txt"] = b"a file nothing explains\n"

    assert M.NOT_IN_MANIFEST in _resigned(made, tmp_path, add)


def test_a_second_facts_block_is_rejected(made: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    def second(data: dict[str, bytes]) -> None:
        page = data[layout.REPORT].decode()
        block = page[page.index('<script type="application/json"') : page.index("</script>") + len("</script>")]
        other = block.replace('"threats":[', '"threats_elsewhere":[')
        data[layout.REPORT] = page.replace("</body>", other + "</body>").encode()

    assert M.REPORT_FORM in _resigned(made, tmp_path, second)


@pytest.mark.parametrize("member", ["manifest", "facts"])
def test_json_not_in_canonical_form_is_rejected(made: dict, tmp_path: Path, member: str) -> None:  # type: ignore[type-arg]
    def spaced(data: dict[str, bytes]) -> None:
        if member == "manifest":
            data[layout.MANIFEST] = json.dumps(json.loads(data[layout.MANIFEST]), indent=1).encode() + b"\n"
        else:
            page = data[layout.REPORT].decode()
            data[layout.REPORT] = page.replace(
                '{"format":"evidence-recorder-facts"', '{"format": "evidence-recorder-facts"'
            ).encode()

    expected = M.MANIFEST_BAD if member == "manifest" else M.REPORT_FORM
    assert expected in _resigned(made, tmp_path, spaced)


def _respell(b64text: str) -> str:
    """The same bytes in non-canonical base64: a padding bit of the last character set."""
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    body = b64text.rstrip("=")
    last = alphabet.index(body[-1])
    assert last & 1 == 0
    return body[:-1] + alphabet[last | 1] + b64text[len(body) :]


def test_a_signature_in_non_canonical_base64_is_rejected(made: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    """The last checkpoint's signature spelled another way still verifies over the same bytes; the unsigned tail
    after it is re-linked and the manifest's head updated, as an owner could. Rejected: one entry, two hashes."""
    import base64

    sid = made["sid"]

    def respell(data: dict[str, bytes]) -> None:
        name = f"sessions/{sid}/journal.jsonl"
        entries = [json.loads(x) for x in data[name].splitlines()]
        last_signed = max(e["seq"] for e in entries if "sig" in e)
        sig = entries[last_signed]["sig"]
        entries[last_signed]["sig"] = _respell(sig)
        assert base64.b64decode(entries[last_signed]["sig"]) == base64.b64decode(sig)
        lines = [canonical_json(entries[0])]
        for e in entries[1:]:
            e["prev"] = hashlib.sha256(lines[-1]).hexdigest()
            lines.append(canonical_json(e))
        data[name] = b"".join(x + b"\n" for x in lines)
        manifest = json.loads(data[layout.MANIFEST])
        manifest["sessions"][0]["head"] = hashlib.sha256(lines[-1]).hexdigest()
        data[layout.MANIFEST] = canonical_json(manifest) + b"\n"

    messages = _resigned(made, tmp_path, respell)
    assert M.JOURNAL_LINE in messages


def _manifest_change(path: list[str], value: object):  # type: ignore[no-untyped-def]
    def change(data: dict[str, bytes]) -> None:
        manifest = json.loads(data[layout.MANIFEST])
        target = manifest
        for key in path[:-1]:
            target = target[int(key)] if isinstance(target, list) else target[key]
        target[path[-1]] = value
        data[layout.MANIFEST] = canonical_json(manifest) + b"\n"

    return change


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        (["sessions", "0", "case"], "Another case", M.MANIFEST_DIFFERS),  # the start entry names the case
        (["identity", "fingerprint"], "SHA256:" + "A" * 43, M.MANIFEST_BAD),
        (["identity", "public"], "A" * 43 + "=", M.MANIFEST_BAD),
        (["report"], "other.html", M.MANIFEST_BAD),
        (["profile"], "us", M.REPORT_FACTS),  # the report's facts are of the cn profile
    ],
)
def test_manifest_fields_that_disagree_with_the_archive_are_rejected(
    made: dict,  # type: ignore[type-arg]
    tmp_path: Path,
    path: list[str],
    value: object,
    expected: str,
) -> None:
    assert expected in _resigned(made, tmp_path, _manifest_change(path, value))


def test_members_in_another_order_are_rejected(made: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    """One byte form for the members too (FORMAT §7.3): the owner re-signing the same members listed, or laid in
    the zip, in another order is refused."""

    def manifest_first(data: dict[str, bytes]) -> None:
        moved = {layout.MANIFEST: data.pop(layout.MANIFEST)}
        moved.update(data)
        data.clear()
        data.update(moved)

    assert M.SUMS_MALFORMED in _resigned(made, tmp_path, manifest_first)

    infos, data = read_all(made["zip"])
    names = list(data)
    names.remove(layout.VERIFY_TEXT)
    names.insert(0, layout.VERIFY_TEXT)  # SHA256SUMS unchanged and signed; only the zip's order differs
    out = tmp_path / "order.zip"
    write_like(out, infos, data, order=names)
    report = verify_archive(out)
    assert not report.ok and M.LAYOUT in [p.message for p in report.problems]


def test_a_manifest_of_an_older_version_in_this_container_is_rejected(made: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    messages = _resigned(made, tmp_path, _manifest_change(["version"], 1))
    assert M.MANIFEST_BAD in messages


@pytest.fixture
def new_york_time() -> Iterator[None]:
    """The device's time zone set to UTC−5 (a POSIX TZ string: no time-zone data needed) while recording."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "EST5"
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = before
        time.tzset()


def _facts_with_offset(sid: str, offset: int):  # type: ignore[no-untyped-def]
    """Rewrite the report's facts of ``sid`` for another UTC offset, recomputed so they agree with the journal."""

    def change(data: dict[str, bytes]) -> None:
        from recorder.archive.facts import SessionEvents, compute

        page = data[layout.REPORT].decode()
        doc = extract_facts(page)
        ev = SessionEvents()
        entries = [json.loads(x) for x in data[f"sessions/{sid}/journal.jsonl"].splitlines()]
        for e in entries:
            ev.add(e)
        ev.signed_through = max(e["seq"] for e in entries if "sig" in e)
        old = canonical_json(doc).decode().replace("</", "<\\/")
        doc["sessions"][sid] = compute(ev, doc["sessions"][sid]["profile"], offset)
        data[layout.REPORT] = page.replace(old, canonical_json(doc).decode().replace("</", "<\\/")).encode()

    return change


def test_local_times_use_the_time_zone_the_session_recorded(tmp_path: Path, new_york_time: None) -> None:
    """Recorded in New York, exported elsewhere (UTC): the report's local times are New York's, from the signed
    start entry; an owner who re-signs the facts with another zone (consistently recomputed) is refused."""
    vault = Vault.create(tmp_path / "home", PASSPHRASE)
    sid = record(vault, "Case Z", seconds=2, attachment=None)
    os.environ["TZ"] = "UTC0"
    time.tzset()
    keys = vault.unlock(PASSPHRASE)
    out = tmp_path / "z.zip"
    export_archive(vault, keys, [sid], out, language="en", profile="us")
    _infos, data = read_all(out)
    assert extract_facts(data[layout.REPORT].decode())["sessions"][sid]["utc_offset_minutes"] == -300
    report = verify_archive(out)
    assert report.ok, [str(p) for p in report.problems]
    assert "(UTC-05:00)" in "\n".join(_statements(report))
    made = {"zip": out, "sid": sid, "keys": keys}
    assert M.REPORT_FACTS in _resigned(made, tmp_path, _facts_with_offset(sid, 0))


@pytest.mark.parametrize(("path", "value"), [(["language"], 7), (["language"], "fr"), (["profile"], "xx")])
def test_a_manifest_language_or_profile_outside_the_format_is_rejected(
    made: dict,  # type: ignore[type-arg]
    tmp_path: Path,
    path: list[str],
    value: object,
) -> None:
    assert M.MANIFEST_BAD in _resigned(made, tmp_path, _manifest_change(path, value))


def test_a_facts_document_of_another_version_is_rejected(made: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    def other_version(data: dict[str, bytes]) -> None:
        page = data[layout.REPORT].decode()
        doc = extract_facts(page)
        old = canonical_json(doc).decode().replace("</", "<\\/")
        doc["version"] = 2
        data[layout.REPORT] = page.replace(old, canonical_json(doc).decode().replace("</", "<\\/")).encode()

    assert M.REPORT_NO_FACTS in _resigned(made, tmp_path, other_version)
