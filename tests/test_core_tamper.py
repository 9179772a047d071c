"""Tamper: any change to a small sealed journal is found by the vault check, with where it is.

Flipping any single byte (every offset), with or without the frame's CRC recomputed (an attacker would); deleting,
duplicating or reordering any record, with or without the frame numbers rewritten; truncating inside any record;
records appended after recovery or after the seal. Frames are forged here from docs/FORMAT.md §3, independently of
recorder.core.journal.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from recorder.core import store
from recorder.core.canonical import canonical_json
from recorder.core.chain import entry_hash
from recorder.core.check import CheckResult, check_session
from recorder.core.errors import FormatError
from recorder.core.session import JOURNAL_FILE, Session, Source
from recorder.core.vault import Vault, VaultKeys
from tests.fixtures.core import PASSPHRASE

HEAD = struct.Struct(">2sBQI12s")  # "RF", flags, seq, ciphertext length, nonce (FORMAT §3.1)


@dataclass
class Journal:
    """A journal's bytes cut into header and frames, by the published layout."""

    header: bytes
    frames: list[bytes]

    @classmethod
    def parse(cls, raw: bytes) -> Journal:
        pos = 8 + 4 + int.from_bytes(raw[8:12], "big") + 4
        header, frames = raw[:pos], []
        while pos < len(raw):
            n = HEAD.unpack_from(raw, pos)[3]
            frames.append(raw[pos : pos + HEAD.size + n + 4])
            pos += HEAD.size + n + 4
        return cls(header, frames)

    def offsets(self) -> list[int]:
        out, pos = [], len(self.header)
        for f in self.frames:
            out.append(pos)
            pos += len(f)
        return out

    def header_hash(self) -> bytes:
        return hashlib.sha256(self.header[12:-4]).digest()

    def bytes(self, frames: list[bytes] | None = None) -> bytes:
        return self.header + b"".join(self.frames if frames is None else frames)


def with_crc(frame_without_crc: bytes) -> bytes:
    return frame_without_crc + zlib.crc32(frame_without_crc).to_bytes(4, "big")


def renumber(frame: bytes, seq: int) -> bytes:
    """The same frame under another number, CRC recomputed (what an attacker without the key can do)."""
    magic, flags, _seq, n, nonce = HEAD.unpack_from(frame)
    return with_crc(HEAD.pack(magic, flags, seq, n, nonce) + frame[HEAD.size : -4])


def forge(key: bytes, header_hash: bytes, seq: int, entry: dict, final: bool = False) -> bytes:
    """A well-formed, authentic frame holding ``entry`` — what someone holding the data key could append."""
    flags = 1 if final else 0
    data = canonical_json(entry)
    nonce = os.urandom(12)
    aad = b"EVRJ1" + header_hash + bytes([flags]) + seq.to_bytes(8, "big")
    ct = ChaCha20Poly1305(key).encrypt(nonce, len(data).to_bytes(4, "big") + data, aad)
    return with_crc(HEAD.pack(b"RF", flags, seq, len(ct), nonce) + ct)


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Vault:
    """One vault for the module (Argon2id is slow on purpose); each test records its own session in it."""
    return Vault.create(tmp_path_factory.mktemp("tamper") / "home", PASSPHRASE)


@pytest.fixture
def sealed(vault: Vault) -> Iterator[tuple[Vault, VaultKeys, Session, Path, bytes]]:
    """A small sealed session: start, two short audio blocks, a note, a tag, the seal."""
    s = Session.start(vault, "tamper", Source("test", live=False, kind="test-signal"), checkpoint_interval=3600)
    s.append_audio(b"\x01\x02" * 40, rate=48000)
    s.add_note("a note")
    s.append_audio(b"\x03\x04" * 40, rate=48000)
    s.add_tag("Threat", key="6")
    s.seal()
    path = s.dir / JOURNAL_FILE
    yield vault, vault.unlock(PASSPHRASE), s, path, path.read_bytes()


def outcome(vault: Vault, keys: VaultKeys, session: str) -> CheckResult | FormatError:
    try:
        return check_session(vault, keys.recording, session)
    except FormatError as exc:
        return exc


def assert_found_at(result: CheckResult | FormatError, offset: int, what: str) -> None:
    """The check fails and names the record starting at ``offset`` (or the header cannot be read, with a sentence)."""
    if isinstance(result, FormatError):
        assert offset == 0, f"{what}: header error for a change in a record: {result}"
        assert str(result).endswith("Nothing was changed.") or "not a recording" in str(result), what
        return
    assert not result.ok, f"{what}: not detected"
    assert any(p.offset == offset for p in result.problems), f"{what}: {[str(p) for p in result.problems]}"
    assert any(f"(byte {offset})" in str(p) for p in result.problems), what


def test_the_untouched_journal_checks_clean(sealed) -> None:  # type: ignore[no-untyped-def]
    vault, keys, s, _path, raw = sealed
    result = check_session(vault, keys.recording, s.id)
    assert result.ok and result.summary.sealed and result.state == store.SEALED
    assert len(Journal.parse(raw).frames) == result.summary.entries == 6


@pytest.mark.parametrize("fix_crc", [False, True], ids=["plain", "crc-recomputed"])
def test_flipping_any_single_byte_is_found_with_its_record(sealed, fix_crc: bool) -> None:  # type: ignore[no-untyped-def]
    vault, keys, s, path, raw = sealed
    j = Journal.parse(raw)
    starts = [0] + j.offsets()  # the header counts as "byte 0"
    checked = 0
    for pos in range(len(raw)):
        owner = max(o for o in starts if o <= pos)
        damaged = bytearray(raw)
        damaged[pos] ^= 0x01
        if fix_crc and owner:
            end = owner + len(j.frames[starts.index(owner) - 1])
            if pos < end - 4:  # a change in the CRC itself stays a CRC change
                damaged[owner:end] = with_crc(bytes(damaged[owner : end - 4]))
        path.write_bytes(bytes(damaged))
        assert_found_at(outcome(vault, keys, s.id), owner, f"byte {pos} flipped")
        checked += 1
    path.write_bytes(raw)
    assert checked == len(raw) > 1500


RecordEdit = Callable[[list[bytes], int], list[bytes]]
EDITS: dict[str, tuple[RecordEdit, Callable[[int], int]]] = {
    # name: (edit of the frame list at k, index of the frame whose offset must be reported)
    "deleted": (lambda f, k: f[:k] + f[k + 1 :], lambda k: k),
    "duplicated": (lambda f, k: f[: k + 1] + [f[k]] + f[k + 1 :], lambda k: k + 1),
    "swapped with the next": (lambda f, k: f[:k] + [f[k + 1], f[k]] + f[k + 2 :], lambda k: k),
    "moved to the end": (lambda f, k: f[:k] + f[k + 1 :] + [f[k]], lambda k: k),
}


@pytest.mark.parametrize("renumbered", [False, True], ids=["as-is", "renumbered"])
@pytest.mark.parametrize("edit", list(EDITS))
def test_deleting_duplicating_or_reordering_any_record_is_found(sealed, edit: str, renumbered: bool) -> None:  # type: ignore[no-untyped-def]
    vault, keys, s, path, raw = sealed
    j = Journal.parse(raw)
    change, reported = EDITS[edit]
    last = len(j.frames) - 1
    for k in range(len(j.frames)):
        if edit != "deleted" and k == last and edit != "duplicated":
            continue  # nothing after the last record to swap or move it with
        frames = change(list(j.frames), k)
        if renumbered:
            frames = [renumber(f, i) for i, f in enumerate(frames)]
        path.write_bytes(j.bytes(frames))
        result = outcome(vault, keys, s.id)
        if edit == "deleted" and k == last:
            # Cutting the seal off leaves an intact prefix, like a crash: it is no longer a sealed recording,
            # and the check says so (after recovery it shows as interrupted, with its unsigned tail).
            assert isinstance(result, CheckResult) and not result.summary.sealed and result.state != store.SEALED
            continue
        assert_found_at(result, j.offsets()[reported(k)] if reported(k) <= last else len(raw), f"record {k} {edit}")
    path.write_bytes(raw)


def test_truncating_inside_any_record_is_found_at_that_record(sealed) -> None:  # type: ignore[no-untyped-def]
    vault, keys, s, path, raw = sealed
    j = Journal.parse(raw)
    for start, frame in zip(j.offsets(), j.frames, strict=True):
        for cut in sorted(
            {1, HEAD.size - 1, HEAD.size, HEAD.size + 1, len(frame) // 2, len(frame) - 4, len(frame) - 1}
        ):
            path.write_bytes(raw[: start + cut])
            assert_found_at(outcome(vault, keys, s.id), start, f"cut {cut} bytes into the record at {start}")
    for cut in (4, 10, len(j.header) - 1):
        path.write_bytes(raw[:cut])
        with pytest.raises(FormatError):
            check_session(vault, keys.recording, s.id)
    path.write_bytes(raw)


def _key_and_chain(keys: VaultKeys, s: Session, path: Path) -> tuple[bytes, Journal, list[dict]]:
    reader = store.SessionReader(s.vault, keys.recording, s.id)
    entries = [e for e, _ in reader.entries()]
    return reader._key, Journal.parse(path.read_bytes()), entries


def _next_note(s: Session, entries: list[dict], raw_last: bytes) -> dict:
    last = entries[-1]
    return {
        "v": 1,
        "session": s.id,
        "seq": last["seq"] + 1,
        "prev": entry_hash(raw_last),
        "kind": "note",
        "utc": last["utc"],
        "mono_ns": last["mono_ns"] + 1,
        "body": {"text": "added later"},
    }


def test_a_record_appended_after_the_seal_is_found(sealed) -> None:  # type: ignore[no-untyped-def]
    vault, keys, s, path, raw = sealed
    key, j, entries = _key_and_chain(keys, s, path)
    last_raw = canonical_json(entries[-1])
    for final in (False, True):
        forged = forge(key, j.header_hash(), len(j.frames), _next_note(s, entries, last_raw), final=final)
        path.write_bytes(raw + forged)
        result = outcome(vault, keys, s.id)
        assert_found_at(result, len(raw), f"authentic record after the seal (final flag {final})")
        assert any("after the seal" in str(p) for p in result.problems)  # type: ignore[union-attr]
        # Opening the vault does not launder it: recovery may mark it, the check still fails.
        store.recover_all(vault)
        assert_found_at(outcome(vault, keys, s.id), len(raw), "after recovery")
        (s.dir / store.INTERRUPTED_FILE).unlink(missing_ok=True)
    path.write_bytes(raw + forge(os.urandom(32), j.header_hash(), len(j.frames), {"kind": "note"}))
    assert_found_at(outcome(vault, keys, s.id), len(raw), "record under another key")
    path.write_bytes(raw)


def test_records_appended_after_recovery_are_found(vault: Vault) -> None:
    keys = vault.unlock(PASSPHRASE)
    s = Session.start(vault, "interrupted", Source("test", live=False, kind="test-signal"))
    s.append_audio(b"\x05\x00" * 100, rate=48000)
    s.add_note("before the crash")
    s.abandon()  # what a crash leaves (without a torn tail)
    assert [st.id for st in store.recover_all(vault)] == [s.id]
    path = s.dir / JOURNAL_FILE
    raw = path.read_bytes()
    assert check_session(vault, keys.recording, s.id).ok

    key, j, entries = _key_and_chain(keys, s, path)
    forged = forge(key, j.header_hash(), len(j.frames), _next_note(s, entries, canonical_json(entries[-1])))
    path.write_bytes(raw + forged)
    result = outcome(vault, keys, s.id)
    assert_found_at(result, len(raw), "authentic, chained record after recovery")
    assert any("added after the recording was recovered" in str(p) for p in result.problems)  # type: ignore[union-attr]
    assert store.recover_all(vault) == []  # already recovered: the marker is not rewritten to cover it

    # A crash that left a torn tail, then bytes added behind it: never read as records, still found.
    path.write_bytes(raw + forged[:20])
    (s.dir / store.INTERRUPTED_FILE).unlink()
    store.recover_all(vault)
    assert check_session(vault, keys.recording, s.id).ok
    marker = json.loads((s.dir / store.INTERRUPTED_FILE).read_text())
    assert marker["intact_bytes"] == len(raw) and marker["file_bytes"] == len(raw) + 20
    path.write_bytes(raw + forged[:20] + b"\x00" * 10)
    assert_found_at(outcome(vault, keys, s.id), len(raw) + 20, "bytes added to a torn tail after recovery")
    path.write_bytes(raw + forged[:20] + forged)
    assert_found_at(outcome(vault, keys, s.id), len(raw), "a record added behind a torn tail after recovery")
