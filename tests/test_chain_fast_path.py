"""The chain rules' fast path for audio entries (a canonical template read without a JSON parse) and the deferred
signature check give exactly the verdicts of the general path: the same problems, summary and parsed entries, on
valid chains and on chains with every kind of change — bytes flipped, fields replaced by near-miss values (leading
zeros, signs, floats, huge numbers, escapes, other characters), entries dropped, repeated or swapped."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recorder.core import chain
from recorder.core.canonical import b64, canonical_json
from recorder.core.chain import GENESIS, ChainChecker, entry_hash, parse_audio_entry, sign_entry, verify_signatures
from recorder.core.crypto import ed25519_public_raw

KEY = Ed25519PrivateKey.generate()
SESSION = "20261123T010203Z-abc123"
NEVER = re.compile(rb"(?!)")  # matches nothing: every line takes the general path


def _chain(blocks: int, every: int, frames: int, seal: bool) -> list[bytes]:
    """A valid session chain: start, audio blocks with a signed checkpoint every ``every`` blocks, a tag, a seal."""
    lines: list[bytes] = []
    head, mono, offset = GENESIS, 1_000_000_000, 0

    def add(kind: str, body: dict[str, Any], payload: dict[str, Any] | None = None, signed: bool = False) -> None:
        nonlocal head
        entry: dict[str, Any] = {
            "v": 1,
            "seq": len(lines),
            "prev": head,
            "session": SESSION,
            "kind": kind,
            "utc": f"2026-11-23T01:02:{len(lines) % 60:02d}.000000Z",
            "mono_ns": mono,
            "body": body,
        }
        if payload is not None:
            entry["payload"] = payload
        if signed:
            entry = sign_entry(entry, KEY)
        raw = canonical_json(entry)
        lines.append(raw)
        head = entry_hash(raw)

    add("start", {"case": "C", "session_public": b64(ed25519_public_raw(KEY)), "source": {"live": True}}, signed=True)
    for i in range(blocks):
        digest = f"{i:064x}"
        body = {"channels": 1, "format": "s16le", "frame_offset": offset, "frames": frames, "rate": 48000}
        add("audio", body, {"sha256": digest, "size": frames * 2})
        offset += frames
        if i % every == every - 1:
            add("checkpoint", {"entries": len(lines) + 1}, signed=True)
        if i == 1:
            add("tag", {"label": "Arrived", "code": "arrived"})
        mono += 250_000_000
    if seal:
        add("seal", {"reason": "stopped", "audio_frames": offset, "entries": len(lines) + 1}, signed=True)
    return lines


def _feed(lines: list[bytes], *, fast: bool, defer: bool, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, ...]:
    with monkeypatch.context() as m:
        if not fast:
            m.setattr(chain, "_AUDIO_ENTRY", NEVER)
            m.setattr(chain, "_CHECKPOINT_ENTRY", NEVER)
        checker = ChainChecker(session=None, defer_signatures=defer)
        entries = [checker.feed(line) for line in lines]
        if defer:
            checker.check_signatures(verify_signatures)
    problems = sorted(((p.seq if p.seq is not None else -1), p.what) for p in checker.problems)
    return problems, checker.summary, entries


def _same_verdicts(lines: list[bytes], monkeypatch: pytest.MonkeyPatch) -> None:
    general = _feed(lines, fast=False, defer=False, monkeypatch=monkeypatch)
    assert _feed(lines, fast=True, defer=False, monkeypatch=monkeypatch) == general
    assert _feed(lines, fast=True, defer=True, monkeypatch=monkeypatch) == general
    for line in lines:
        parsed = parse_audio_entry(line)
        if parsed is not None:
            assert parsed == json.loads(line)
            assert canonical_json(parsed) == line


# Near misses of the template: each is either still canonical (and must be judged as such) or not.
TOKENS = [
    b"0", b"00", b"01", b"-0", b"-1", b"1.0", b"1e3", b"9" * 18, b"9" * 19, b"1" + b"0" * 18, b"-" + b"9" * 19,
    b"true", b"null", b'"1"', b"[]", b"{}", b" ", b"\n", b'"', b"\\", b"\\u0041", b"\\/", "é".encode(), b"\xff",
    b"A", b"a", b"F", b"g", b",", b":", b"}", b"{", b"", b"audio", b"checkpoint", b"s16be", b"2", b"48000",
    b'"x":1,', b',"sig":"AAAA"', b"\x00",
]  # fmt: skip


@st.composite
def mutated_chains(draw: st.DrawFn) -> list[bytes]:
    lines = _chain(
        blocks=draw(st.integers(0, 12)),
        every=draw(st.integers(1, 5)),
        frames=draw(st.sampled_from([1, 12000, 4800])),
        seal=draw(st.booleans()),
    )
    for _ in range(draw(st.integers(0, 3))):
        what = draw(st.sampled_from(["replace", "flip", "drop", "repeat", "swap", "field"]))
        i = draw(st.integers(0, len(lines) - 1))
        raw = lines[i]
        if what == "replace":
            a = draw(st.integers(0, len(raw)))
            b = draw(st.integers(a, min(len(raw), a + 20)))
            token = draw(st.sampled_from(TOKENS) | st.binary(max_size=4))
            lines[i] = raw[:a] + token + raw[b:]
        elif what == "flip":
            pos = draw(st.integers(0, len(raw) - 1))
            lines[i] = raw[:pos] + bytes([raw[pos] ^ draw(st.integers(1, 255))]) + raw[pos + 1 :]
        elif what == "drop" and len(lines) > 1:
            del lines[i]
        elif what == "repeat":
            lines.insert(i, raw)
        elif what == "swap" and len(lines) > 1:
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif what == "field":
            # Replace one value of the entry with a near miss, keeping everything else byte for byte.
            values = list(re.finditer(rb'(?<=":)(-?[0-9]+|"[^"]*")', raw))
            if values:
                m = draw(st.sampled_from(values))
                token = draw(st.sampled_from(TOKENS))
                lines[i] = raw[: m.start()] + token + raw[m.end() :]
    return lines


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=mutated_chains())
def test_fast_path_and_deferred_signatures_agree_with_the_general_path(
    lines: list[bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    _same_verdicts(lines, monkeypatch)


# Where the 64-bit range and the template's 18-digit limit lie.
EDGES = st.sampled_from(
    [0, 1, 2, 10**17, 10**18 - 1, 10**18, 2**63 - 1, 2**63, 10**19 - 1, 10**19, -(2**63), -(2**63) - 1]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    seq=st.integers(-2, 10**19) | EDGES,
    offset=st.integers(-2, 10**19) | EDGES,
    frames=st.integers(-1, 2**63) | EDGES,
    rate=st.sampled_from([0, 1, 44100, 48000, 2**64]) | EDGES,
    mono=st.integers(-(2**63), 2**64) | EDGES,
    size=st.integers(-1, 2**63) | EDGES,
    session=st.sampled_from([SESSION, "other", "", "ünï", 'q"uote', "a\\b", "tab\t"]),
    utc=st.text(max_size=30),
)
def test_any_audio_entry_is_judged_the_same_by_both_paths(
    monkeypatch: pytest.MonkeyPatch,
    seq: int,
    offset: int,
    frames: int,
    rate: int,
    mono: int,
    size: int,
    session: str,
    utc: str,
) -> None:
    lines = _chain(blocks=3, every=10, frames=12000, seal=False)
    entry = json.loads(lines.pop())  # the last audio entry, replaced by variations of itself
    entry.update(seq=seq, mono_ns=mono, session=session, utc=utc)
    entry["body"].update(frame_offset=offset, frames=frames, rate=rate)
    entry["payload"]["size"] = size
    for raw in (
        json.dumps(entry, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8", "surrogatepass"),
        json.dumps(entry, sort_keys=True, separators=(",", ":")).encode(),
        json.dumps(entry).encode(),
    ):
        _same_verdicts([*lines, raw], monkeypatch)


def _sign(entry: dict[str, Any], key: Ed25519PrivateKey) -> str:
    try:
        return str(sign_entry(entry, key)["sig"])
    except ValueError:  # outside the canonical profile: no true signature exists, any will do
        return b64(key.sign(b"outside the profile"))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    seq=st.integers(-2, 10**19) | EDGES,
    entries=st.integers(-2, 10**19) | EDGES,
    mono=st.integers(-(2**63), 2**64) | EDGES,
    session=st.sampled_from([SESSION, "other", "", "ünï", 'q"uote', "a\\b", "tab\t"]),
    utc=st.text(max_size=30),
    sig=st.sampled_from(["good", "other key", "short", "long", "bad letters", "no padding", "number", "missing"]),
)
def test_any_checkpoint_is_judged_the_same_by_both_paths(
    monkeypatch: pytest.MonkeyPatch, seq: int, entries: int, mono: int, session: str, utc: str, sig: str
) -> None:
    lines = _chain(blocks=2, every=2, frames=12000, seal=False)
    i = next(i for i, line in enumerate(lines) if b'"kind":"checkpoint"' in line)
    entry = json.loads(lines[i])
    del entry["sig"]
    entry.update(seq=seq, mono_ns=mono, session=session, utc=utc)
    entry["body"]["entries"] = entries
    signed = _sign(entry, KEY)
    entry["sig"] = {
        "good": signed,
        "other key": _sign(entry, Ed25519PrivateKey.generate()),
        "short": signed[:-4],
        "long": signed + "AAAA",
        "bad letters": "*" + signed[1:],
        "no padding": signed.rstrip("="),
        "number": 7,
        "missing": None,
    }[sig]
    if entry["sig"] is None:
        del entry["sig"]
    for raw in (
        json.dumps(entry, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8", "surrogatepass"),
        json.dumps(entry).encode(),
    ):
        _same_verdicts([*lines[:i], raw, *lines[i + 1 :]], monkeypatch)


def test_the_recorders_own_audio_entries_and_checkpoints_take_the_fast_path() -> None:
    lines = _chain(blocks=3, every=2, frames=12000, seal=True)
    audio = [line for line in lines if b'"kind":"audio"' in line]
    assert audio and all(parse_audio_entry(line) is not None for line in audio)
    checkpoints = [line for line in lines if b'"kind":"checkpoint"' in line]
    assert checkpoints and all(chain._CHECKPOINT_ENTRY.fullmatch(line) for line in checkpoints)
    checker = ChainChecker(defer_signatures=True)
    for line in lines:
        checker.feed(line)
    assert len(checker.pending_signatures) == 1 + 1 + 1  # start, one checkpoint, seal
    checker.check_signatures(verify_signatures)
    assert not checker.problems and checker.summary.last_signed_seq == len(lines) - 1


def test_a_bad_signature_is_found_when_deferred_too() -> None:
    lines = _chain(blocks=4, every=2, frames=12000, seal=True)
    i = next(i for i, line in enumerate(lines) if b'"kind":"checkpoint"' in line)
    entry = json.loads(lines[i])
    entry["sig"] = b64(Ed25519PrivateKey.generate().sign(b"something else"))
    lines[i] = canonical_json(entry)
    for defer in (False, True):
        checker = ChainChecker(defer_signatures=defer)
        for line in lines:
            checker.feed(line)
        checker.check_signatures(verify_signatures)
        assert (i, "signature does not verify") in [(p.seq, p.what) for p in checker.problems]
