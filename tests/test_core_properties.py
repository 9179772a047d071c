"""Property tests: any sequence of entries round-trips through Session → journal → SessionReader, checks clean,
and re-opens identically (same entry bytes, same payloads, same head).

One vault per module (the real Argon2id costs about 0.15 s), many sessions in it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recorder.core import store
from recorder.core.canonical import canonical_json, parse_canonical
from recorder.core.chain import entry_hash
from recorder.core.check import check_session
from recorder.core.session import Session, Source
from recorder.core.vault import Vault, VaultKeys
from tests.fixtures.core import PASSPHRASE


@pytest.fixture(scope="module")
def unlocked(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, VaultKeys]]:
    vault = Vault.create(tmp_path_factory.mktemp("props") / "home", PASSPHRASE)
    yield vault, vault.unlock(PASSPHRASE)


text = st.text(max_size=40)  # any unicode scalar values (hypothesis leaves out lone surrogates)
audio = st.integers(1, 4800).flatmap(lambda n: st.binary(min_size=2 * n, max_size=2 * n))
operation = st.one_of(
    st.tuples(st.just("audio"), audio),
    st.tuples(st.just("note"), text),
    st.tuples(st.just("tag"), text, st.none() | st.text(max_size=3)),
    st.tuples(st.just("attachment"), text, st.binary(max_size=3000), st.none() | st.sampled_from(["image/jpeg"])),
    st.tuples(st.just("pause")),
    st.tuples(st.just("resume")),
    st.tuples(st.just("gap"), st.sampled_from(["input-lost", "overrun"]), st.integers(0, 10**6)),
    st.tuples(st.just("tick")),
)


def _write(vault: Vault, case: str, source: Source, ops: list[tuple[Any, ...]], every: float) -> tuple[Session, list]:
    """Apply ``ops``; return the session and what each captured entry must read back as (kind, check)."""
    s = Session.start(vault, case, source, checkpoint_interval=every)
    expected: list[tuple[str, Any]] = []
    for op in ops:
        kind = op[0]
        if kind == "audio":
            s.append_audio(op[1], rate=48000)
            expected.append(("audio", op[1]))
        elif kind == "note":
            s.add_note(op[1])
            expected.append(("note", {"text": op[1]}))
        elif kind == "tag":
            s.add_tag(op[1], key=op[2])
            expected.append(("tag", {"label": op[1], **({"key": op[2]} if op[2] is not None else {})}))
        elif kind == "attachment":
            s.add_attachment(op[1], op[2], op[3])
            expected.append(("attachment", (op[1], op[2], op[3] or "application/octet-stream")))
        elif kind == "pause":
            s.pause()
            expected.append(("pause", {}))
        elif kind == "resume":
            s.resume()
            expected.append(("resume", {}))
        elif kind == "gap":
            s.add_gap(op[1], op[2], 48000)
            expected.append(("gap", {"reason": op[1], "frames_lost": op[2]}))
        else:
            s.tick()
    return s, expected


def _read_all(vault: Vault, keys: VaultKeys, session_id: str) -> list[tuple[bytes, bytes]]:
    reader = store.SessionReader(Vault.open(vault.home), keys.recording, session_id)
    return [(entry, payload) for _frame, entry, payload in reader.records()]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    case=text,
    source=st.builds(Source, name=text, live=st.booleans(), kind=st.sampled_from(["device", "test-signal", "file"])),
    ops=st.lists(operation, max_size=25),
    every=st.sampled_from([0.0, 1.0]),
    sealed=st.booleans(),
)
def test_any_entries_round_trip_check_clean_and_reopen_identically(
    unlocked: tuple[Vault, VaultKeys], case: str, source: Source, ops: list, every: float, sealed: bool
) -> None:
    vault, keys = unlocked
    s, expected = _write(vault, case, source, ops, every)
    if sealed:
        s.seal("stopped")
    else:
        s.abandon()  # as if the disk failed: recovery closes it at its last entry
        assert [status.id for status in store.recover_all(vault)] == [s.id]
    head = s.head

    records = _read_all(vault, keys, s.id)
    entries = [json.loads(e) for e, _ in records]
    assert entry_hash(records[-1][0]) == head
    assert all(canonical_json(e) == raw for e, (raw, _) in zip(entries, records, strict=True))
    assert entries[0]["kind"] == "start"
    assert entries[0]["body"]["case"] == case and entries[0]["body"]["source"] == source.as_body()
    assert (entries[-1]["kind"] == "seal") == sealed

    reader = store.SessionReader(vault, keys.recording, s.id)
    captured = [
        (e, p) for e, (_, p) in zip(entries, records, strict=True) if e["kind"] not in ("start", "checkpoint", "seal")
    ]
    assert [e["kind"] for e, _ in captured] == [k for k, _ in expected]
    frames = 0
    for (entry, payload), (kind, want) in zip(captured, expected, strict=True):
        if kind == "audio":
            assert payload == want and entry["body"]["frame_offset"] == frames
            frames += len(want) // 2
        elif kind == "attachment":
            name, data, media_type = want
            assert entry["body"]["name"] == name and entry["body"]["media_type"] == media_type
            assert reader.blob(entry["body"]["blob"], entry["payload"]["sha256"]) == data
            assert payload == b""
        else:
            assert {k: entry["body"][k] for k in want} == want and payload == b""

    result = check_session(vault, keys.recording, s.id)
    assert result.ok, [str(p) for p in result.problems]
    assert result.summary.head == head and result.summary.entries == len(records)
    assert result.summary.audio_frames == frames and result.summary.sealed == sealed
    assert result.state == (store.SEALED if sealed else store.INTERRUPTED)

    # Re-opened from scratch (a new Vault object, new reader): the same bytes, and recovery left nothing to do.
    assert store.recover_all(Vault.open(vault.home)) == []
    assert _read_all(vault, keys, s.id) == records


json_value = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=4), inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(value=json_value, sort_keys=st.booleans(), ensure_ascii=st.booleans(), compact=st.booleans())
def test_fast_canonical_test_agrees_with_the_definition(
    value: Any, sort_keys: bool, ensure_ascii: bool, compact: bool
) -> None:
    """parse_canonical (used by every check) gives exactly the verdict canonical_json(json.loads(b)) == b."""
    separators = (",", ":") if compact else (", ", ": ")
    data = json.dumps(value, sort_keys=sort_keys, ensure_ascii=ensure_ascii, separators=separators).encode()
    try:
        reference = canonical_json(json.loads(data)) == data
    except ValueError:
        reference = False
    parsed, verdict = parse_canonical(data)
    assert verdict == reference
    assert json.dumps(parsed, sort_keys=True) == json.dumps(json.loads(data), sort_keys=True)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"{",
        b'{"a":1',
        b"\xff\xfe",
        b'{"a":"\\ud800"}',
        b"[" * 40 + b"]" * 40,
        b'{"a":1,"a":2}',
        b'{"a":1234567890123456789}',
        b'{"a":9223372036854775808}',
        b'{"a":"12345678901234567890"}',
        b'{"a":1e2}',
        b'{"a":-0}',
        b'{"a":NaN}',
    ],
)
def test_fast_canonical_test_on_odd_bytes(data: bytes) -> None:
    try:
        reference: bool | None = canonical_json(json.loads(data)) == data
    except ValueError:
        reference = None if _not_json(data) else False
    if reference is None:
        with pytest.raises(ValueError):
            parse_canonical(data)
    else:
        assert parse_canonical(data)[1] == reference


def _not_json(data: bytes) -> bool:
    try:
        json.loads(data)
    except ValueError:
        return True
    return False
