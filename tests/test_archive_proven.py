"""The verdict says only what is proven (issue 11 §3): an interrupted session's signed prefix and unsigned tail,
tail events kept out of the facts, and what only the owner's word supports labelled as such."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from recorder.archive import layout, wav
from recorder.archive import messages as M
from recorder.archive.export import export_archive
from recorder.archive.report import extract_facts
from recorder.archive.verify import verify_archive
from recorder.core.canonical import canonical_json
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
        f"{entries[last_signed]['utc']}), and the 0.0 s of audio they hold are hash-chained but NOT signed" in words
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
    assert "the time zone the report uses for local times (UTC+08:00)" in words  # the cn profile
    assert "later annotations (the owner's device clock)" in words
    _infos, data = read_all(made["zip"])
    page = data[layout.REPORT].decode()
    assert "nothing in a package can show that no other recording was left out" in page
    assert "the time zone of the local times (UTC+08:00)" in page
