"""The timeline cache (issue 5, FORMAT §5.4): built while recording and written at the seal, so that opening a
session decrypts only its last record; a cache that does not match the journal is rejected or completed, never
trusted; a cache that cannot be written never stops a recording or a review."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from recorder.core.check import check_session
from recorder.core.peaks import (
    AudioReader,
    SessionAccess,
    build_timeline,
    open_timeline,
)
from recorder.core.store import SessionReader
from recorder.core.timeline_cache import CACHE_FILE, write_cache
from recorder.core.vault import Vault, VaultKeys
from tests.test_review_core import (
    NOTE_MARK,
    RATE,
    SEC,
    assert_no_plaintext,
    assert_same_timeline,
    label_of,
    make_session,
    tone,
)


@contextlib.contextmanager
def counting_decryptions() -> Iterator[list[int]]:
    """Count the journal records decrypted (ChaCha20-Poly1305 with a journal record's associated data)."""
    from recorder.core import crypto
    from recorder.core.journal import AAD_PREFIX

    calls = [0]
    real, real_decryptor = crypto.aead_decrypt, crypto.aead_decryptor

    def counted(key: bytes, nonce: bytes, ciphertext: bytes, aad: bytes) -> bytes:
        if aad.startswith(AAD_PREFIX):
            calls[0] += 1
        return real(key, nonce, ciphertext, aad)

    def counted_decryptor(key: bytes) -> Any:
        decrypt = real_decryptor(key)

        def one(nonce: bytes, ciphertext: bytes, aad: bytes) -> bytes:
            if aad.startswith(AAD_PREFIX):
                calls[0] += 1
            return decrypt(nonce, ciphertext, aad)

        return one

    crypto.aead_decrypt, crypto.aead_decryptor = counted, counted_decryptor  # type: ignore[assignment]
    try:
        yield calls
    finally:
        crypto.aead_decrypt, crypto.aead_decryptor = real, real_decryptor  # type: ignore[assignment]


def test_a_recorded_session_has_a_valid_cache_at_its_seal_and_opens_without_decrypting_the_journal(
    vault: Vault, keys: VaultKeys
) -> None:
    made = make_session(vault)
    directory = vault.session_dir(made.id)
    assert (directory / CACHE_FILE).is_file()  # written by the recording itself, at the seal
    assert [p.name for p in directory.iterdir() if p.name.startswith(".")] == []  # no temporary file left
    records = SessionReader(vault, keys.recording, made.id).status.records
    with counting_decryptions() as calls:
        timeline, access = open_timeline(vault, keys.recording, made.id)
    # Of the journal's records, only the last (the seal) is decrypted: the cache must hold its hash.
    assert timeline.from_cache and timeline.records_read == 0 and calls[0] == 1 < records
    assert access.state == "sealed" and timeline.state == "sealed"
    reader = SessionReader(vault, keys.recording, made.id)
    assert_same_timeline(timeline, build_timeline(reader))


def test_a_stale_or_forged_cache_is_rebuilt(vault: Vault, keys: VaultKeys) -> None:
    made = make_session(vault, with_photo=False)
    reader = SessionReader(vault, keys.recording, made.id)
    path = reader.dir / CACHE_FILE
    cold = build_timeline(reader)
    raw = bytearray(path.read_bytes())
    raw[-5] ^= 1
    path.write_bytes(bytes(raw))
    again, _ = open_timeline(vault, keys.recording, made.id)
    assert not again.from_cache and again.records_read == reader.status.records
    assert_same_timeline(again, cold)
    assert open_timeline(vault, keys.recording, made.id)[0].from_cache


def _forge(reader: SessionReader, journal_size: int, edit: Any) -> None:
    """Write a cache that authenticates (made with the session's own key) after ``edit(state)``."""
    access = SessionAccess.of(reader)
    found = access.cached()
    assert found is not None
    state = found[0]
    edit(state)
    write_cache(reader.dir / CACHE_FILE, access.key, reader.id, access.header_hash, journal_size, state)


@pytest.mark.parametrize("how", ["other head", "longer journal", "other session", "earlier record"])
def test_a_cache_that_does_not_match_the_journal_is_rejected(vault: Vault, keys: VaultKeys, how: str) -> None:
    made = make_session(vault, with_photo=False)
    reader = SessionReader(vault, keys.recording, made.id)
    cold = build_timeline(reader)
    size = reader.scan.size
    if how == "other head":  # it authenticates, covers the journal's size, but names another last entry
        _forge(reader, size, lambda st: setattr(st, "head", "0" * 64))
    elif how == "longer journal":  # it says it covers more than the journal holds
        _forge(reader, size + 1, lambda st: None)
    elif how == "earlier record":  # its last record is not the journal's last one, yet it claims the whole size
        frames = reader.scan.frames
        _forge(reader, size, lambda st: setattr(st, "last", frames[-2]))
    else:  # another session's cache, copied in
        other = make_session(vault, with_photo=False)
        (vault.session_dir(other.id) / CACHE_FILE).replace(reader.dir / CACHE_FILE)
    with counting_decryptions() as calls:
        again, _ = open_timeline(vault, keys.recording, made.id)
    assert not again.from_cache and again.records_read == reader.status.records
    assert calls[0] >= reader.status.records  # the whole journal was decrypted
    assert_same_timeline(again, cold)
    assert open_timeline(vault, keys.recording, made.id)[0].from_cache  # and its cache written anew


def test_an_interrupted_recording_leaves_a_cache_of_its_start_which_is_completed(
    vault: Vault, keys: VaultKeys, monkeypatch: pytest.MonkeyPatch
) -> None:
    from recorder.core import timeline_cache

    monkeypatch.setattr(timeline_cache, "WRITE_EVERY_NS", 2 * SEC)  # a cache every 2 s of recording, not 10 min
    made = make_session(vault, seal=False)  # a crash: no seal, recovered
    directory = vault.session_dir(made.id)
    reader = SessionReader(vault, keys.recording, made.id)
    assert reader.status.state == "recovered"
    assert [p.name for p in directory.iterdir() if p.name.startswith(".")] == []
    assert_no_plaintext([directory], [NOTE_MARK], tone(0, RATE))  # the caches written while recording too
    access = SessionAccess.of(reader)
    found = access.cached()
    assert found is not None
    state, covered = found
    # Written while recording: it covers only the start of the journal, so it is not taken for the whole.
    assert 0 < state.records < reader.status.records and covered < reader.scan.size and not state.final
    cold = build_timeline(reader)
    with counting_decryptions() as calls:
        timeline, access = open_timeline(vault, keys.recording, made.id)
    after = reader.status.records - state.records
    assert not timeline.from_cache and timeline.records_read == after  # only the records after the cache
    assert calls[0] == 1 + after  # the last record the cache covers, and those after it
    assert access.state == "recovered" == timeline.state
    assert_same_timeline(timeline, cold)
    placed = {label_of(ev): ev.frame for ev in timeline.events if ev.kind not in ("start", "seal")}
    assert placed == made.expected
    again, _ = open_timeline(vault, keys.recording, made.id)
    assert again.from_cache and again.state == "recovered"  # the completed cache covers the journal now
    assert_same_timeline(again, cold)


def test_a_cache_left_from_before_the_seal_is_completed_not_taken_whole(
    vault: Vault, keys: VaultKeys, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The process died after the seal record but before the seal's cache was written: the last periodic cache
    # covers only the start of a journal that is sealed.
    from recorder.core import timeline_cache

    monkeypatch.setattr(timeline_cache, "WRITE_EVERY_NS", 2 * SEC)
    monkeypatch.setattr(timeline_cache.CacheWriter, "seal", lambda self, size: self.discard())
    made = make_session(vault, with_photo=False)
    reader = SessionReader(vault, keys.recording, made.id)
    cached = SessionAccess.of(reader).cached()
    assert cached is not None and cached[1] < reader.scan.size
    timeline, access = open_timeline(vault, keys.recording, made.id)
    assert not timeline.from_cache and 0 < timeline.records_read < reader.status.records
    assert access.state == "sealed" == timeline.state
    assert_same_timeline(timeline, build_timeline(reader))
    assert open_timeline(vault, keys.recording, made.id)[0].from_cache


def test_audio_altered_after_the_cache_was_made_fails_when_played(vault: Vault, keys: VaultKeys) -> None:
    from recorder.core import crypto

    made = make_session(vault, with_photo=False)
    timeline, access = open_timeline(vault, keys.recording, made.id)  # the cache written at the seal
    block = timeline.blocks[timeline.block_at(3 * RATE)]
    journal = access.journal
    raw = bytearray(journal.read_bytes())
    raw[int(block["file_offset"]) + 200] ^= 0x01  # same size: the cache still matches the journal
    journal.write_bytes(bytes(raw))
    again, access = open_timeline(vault, keys.recording, made.id)
    assert again.from_cache
    audio = AudioReader(access, again)
    try:
        assert audio.read(0, RATE).tobytes() == tone(0, RATE)  # untouched audio plays
        with pytest.raises(crypto.InvalidTag):
            audio.read(3 * RATE, 100)  # every played record is authenticated, cache or not
    finally:
        audio.close()
    assert not check_session(vault, keys.recording, made.id).ok


def test_a_failing_cache_never_stops_a_recording(
    vault: Vault, keys: VaultKeys, monkeypatch: pytest.MonkeyPatch
) -> None:
    from recorder.core import timeline_cache

    def broken(self: Any, *args: Any) -> None:
        raise RuntimeError("a bug in derived data")

    monkeypatch.setattr(timeline_cache.TimelineState, "add", broken)
    made = make_session(vault, with_photo=False)
    assert not (vault.session_dir(made.id) / CACHE_FILE).exists()  # given up, and nothing written
    assert check_session(vault, keys.recording, made.id).ok  # the recording itself is whole
    monkeypatch.undo()
    timeline, _ = open_timeline(vault, keys.recording, made.id)  # the slow way, once
    assert not timeline.from_cache and timeline.total_frames == made.audio_frames
    assert open_timeline(vault, keys.recording, made.id)[0].from_cache


def test_a_vault_that_cannot_be_written_still_opens(
    vault: Vault, keys: VaultKeys, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from recorder.core import timeline_cache

    def refused(path: Path, data: bytes) -> None:
        raise PermissionError(errno.EROFS, "read-only file system")

    monkeypatch.setattr(timeline_cache, "_replace", refused)
    made = make_session(vault, with_photo=False)  # the seal still seals; only its cache is missing
    assert not (vault.session_dir(made.id) / CACHE_FILE).exists()
    assert check_session(vault, keys.recording, made.id).ok
    timeline, access = open_timeline(vault, keys.recording, made.id)  # reviewed, just not cached
    assert not timeline.from_cache and access.state == "sealed"
    assert not (vault.session_dir(made.id) / CACHE_FILE).exists()


def test_a_nearly_full_disk_is_left_to_the_journal(
    vault: Vault, keys: VaultKeys, monkeypatch: pytest.MonkeyPatch
) -> None:
    from recorder.core import timeline_cache

    monkeypatch.setattr(timeline_cache, "KEEP_FREE", 1 << 62)  # "less than this would stay free": always
    made = make_session(vault, with_photo=False)
    assert not (vault.session_dir(made.id) / CACHE_FILE).exists()  # no cache written by the recording
    monkeypatch.undo()
    assert not open_timeline(vault, keys.recording, made.id)[0].from_cache  # the reader may write it
    assert open_timeline(vault, keys.recording, made.id)[0].from_cache
