"""SessionReader.records reads batches of records ahead on a thread: it yields exactly what the one-by-one reader
(journal.read_records) yields, fails the same way on a changed or shortened journal, and leaves no thread behind
when its caller stops early."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from recorder.core import crypto, store
from recorder.core.journal import read_records
from recorder.core.session import Session, Source
from recorder.core.vault import Vault
from tests.fixtures.core import PASSPHRASE


def _session(vault: Vault, blocks: int) -> str:
    s = Session.start(vault, "Case R", Source("test tone", False, "test-signal"))
    for i in range(blocks):
        s.append_audio(bytes([i % 251]) * (2 * 480 + 2 * (i % 7)), rate=48000)
        if i % 50 == 3:
            s.add_note(f"note {i}")
    s.seal()
    return s.id


def _reader_threads() -> int:
    return sum(1 for t in threading.enumerate() if t.name == "journal-read-ahead")


def test_records_are_those_of_the_one_by_one_reader(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store, "_BATCH", 7)  # many batches, and a short last one
    sid = _session(vault, 120)
    reader = store.SessionReader(vault, vault.unlock(PASSPHRASE).recording, sid)
    plain = list(read_records(reader.status.journal, reader.scan, reader._key))
    assert list(reader.records()) == plain
    assert list(reader.records(upto=10)) == plain[:10]
    assert [(fr, entry, bytes(payload)) for fr, entry, payload in reader.records_viewed()] == plain
    assert _reader_threads() == 0


def test_a_changed_or_shortened_journal_fails_authentication(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store, "_BATCH", 5)
    sid = _session(vault, 40)
    keys = vault.unlock(PASSPHRASE)
    reader = store.SessionReader(vault, keys.recording, sid)
    path: Path = reader.status.journal
    raw = bytearray(path.read_bytes())
    middle = reader.scan.frames[20]
    raw[middle.offset + 40] ^= 0x01
    path.write_bytes(bytes(raw))
    seen = []
    with pytest.raises(crypto.InvalidTag):
        for fr, _entry, _payload in reader.records():
            seen.append(fr.seq)
    assert seen == list(range(20))
    path.write_bytes(bytes(raw[: middle.offset + 10]))  # shorter than the frames the reader was opened with
    with pytest.raises(crypto.InvalidTag):
        list(reader.records())
    assert _reader_threads() == 0


def test_a_caller_that_stops_early_leaves_no_thread(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store, "_BATCH", 3)
    sid = _session(vault, 60)
    reader = store.SessionReader(vault, vault.unlock(PASSPHRASE).recording, sid)
    records = reader.records()
    next(records)
    next(records)
    records.close()
    assert _reader_threads() == 0
