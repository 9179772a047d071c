"""Issue 12 §7: what record and blob sizes tell a thief. Non-audio records are padded to size buckets and
attachment blobs to Padmé sizes, inside the encryption (the chain is unchanged); journals and blobs written before
padding stay readable."""

from __future__ import annotations

import json

import pytest

from recorder.core import journal
from recorder.core import session as session_mod
from recorder.core.check import check_session
from recorder.core.journal import scan
from recorder.core.padding import padme, record_bucket
from recorder.core.session import BLOBS_DIR, JOURNAL_FILE, Session, Source
from recorder.core.store import SessionReader
from recorder.core.vault import Vault, VaultKeys

TONE = Source("test tone", live=False, kind="test-signal")


def _kinds_and_lengths(vault: Vault, keys: VaultKeys, sid: str) -> list[tuple[str, int]]:
    reader = SessionReader(vault, keys.recording, sid)
    return [(json.loads(entry)["kind"], fr.length) for fr, entry, _payload in reader.records()]


def test_notes_tags_and_checkpoints_are_the_same_size(vault: Vault, keys: VaultKeys) -> None:
    s = Session.start(vault, "case", TONE, checkpoint_interval=0.0)
    s.add_note("He said he would come back tomorrow with three others.")
    s.add_tag("Threat", key="3", code="threat")
    s.add_gap("device-lost", 4800, 48000)
    s.tick()  # a checkpoint
    s.pause()
    s.append_audio(b"\x01\x00" * 4800, rate=48000)
    s.seal()
    lengths = _kinds_and_lengths(vault, keys, s.id)
    non_audio = {kind: n for kind, n in lengths if kind not in ("audio", "start")}
    assert {"note", "tag", "gap", "checkpoint", "pause", "seal"} <= set(non_audio)
    assert set(non_audio.values()) == {512 + 16}, lengths  # one bucket (plus the tag), whatever the kind
    audio = [n for kind, n in lengths if kind == "audio"]
    assert audio and audio[0] < 9700 + 512  # audio is not padded: its size is its duration (FORMAT §2.3)
    assert check_session(vault, keys.recording, s.id).ok


def test_a_long_note_goes_to_the_next_bucket_and_reads_back(vault: Vault, keys: VaultKeys) -> None:
    s = Session.start(vault, "case", TONE)
    s.add_note("证" * 400)  # 1200 bytes of UTF-8
    s.seal()
    lengths = dict(_kinds_and_lengths(vault, keys, s.id))
    assert lengths["note"] == 2048 + 16
    entries = [e for e, _ in SessionReader(vault, keys.recording, s.id).entries()]
    assert entries[1]["body"]["text"] == "证" * 400


def test_attachment_blobs_are_padded_and_read_back_byte_exact(vault: Vault, keys: VaultKeys) -> None:
    s = Session.start(vault, "case", TONE)
    a, b = bytes(range(256)) * 40, b"\x07" * 10_300  # 10,240 and 10,300 bytes: one Padmé bucket (10,752)
    s.add_attachment("a.bin", a)
    s.add_attachment("b.bin", b)
    s.seal()
    sizes = sorted(p.stat().st_size for p in (s.dir / BLOBS_DIR).iterdir())
    assert sizes[0] == sizes[1] == 8 + 12 + padme(8 + len(a)) + 16  # the two sizes no longer differ
    reader = SessionReader(vault, keys.recording, s.id)
    got = {json.loads(e)["body"]["name"]: json.loads(e) for _f, e, _p in reader.records() if b'"attachment"' in e}
    assert reader.blob(got["a.bin"]["body"]["blob"], got["a.bin"]["payload"]["sha256"]) == a
    assert reader.blob(got["b.bin"]["body"]["blob"], got["b.bin"]["payload"]["sha256"]) == b
    assert check_session(vault, keys.recording, s.id).ok


def test_journals_and_blobs_from_before_padding_stay_readable(
    vault: Vault, keys: VaultKeys, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unpadded(entry_bytes: bytes, payload: bytes = b"") -> bytes:  # version 1's layout
        return len(entry_bytes).to_bytes(4, "big") + entry_bytes + payload

    with monkeypatch.context() as m:
        m.setattr(journal, "pack_record", unpadded)
        m.setattr(session_mod, "JOURNAL_VERSION", 1)
        m.setattr(session_mod, "BLOB_MAGIC", session_mod.BLOB_MAGIC_V1)
        m.setattr(session_mod, "pad_blob", lambda data: data)
        s = Session.start(vault, "case", TONE)
        s.add_note("written before padding")
        s.add_attachment("old.txt", b"an old attachment")
        s.seal()
    assert scan(s.dir / JOURNAL_FILE).header["version"] == 1
    assert (next((s.dir / BLOBS_DIR).iterdir())).read_bytes().startswith(b"EVRBLOB1")
    assert check_session(vault, keys.recording, s.id).ok
    entries = [e for e, _ in SessionReader(vault, keys.recording, s.id).entries()]
    assert entries[1]["body"]["text"] == "written before padding"


def test_buckets() -> None:
    assert [record_bucket(n) for n in (4, 261, 357, 512, 513, 5000)] == [512, 512, 512, 512, 1024, 8192]
    assert padme(1000) == 1024 and padme(1_000_000) == 1_015_808
    assert all(n <= padme(n) <= n * 1.13 + 1 for n in range(2, 5000))
