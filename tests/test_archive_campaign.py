"""The mutation campaign (issue 11, Tests): one case of two recordings with attachments, later annotations and
trusted time stamps, exported once, then at least 5,000 seeded mutants (random changes in every region of the
file, and the structured attacks of tests/mutation/), each verified in this process. Every mutant is rejected
with the class its mutator names, never with the internal-error sentence, or its mutator is a limit that
docs/FORMAT.md documents.

Reproduce one mutant: the failure message gives the mutator and its index; the seed is SEED + index.
"""

from __future__ import annotations

import json
import os
import random
import tempfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from recorder.archive import messages as M
from recorder.archive.verify import verify_archive
from tests import mutation
from tests.fixtures.tsa import TsaPki
from tests.independent_verifier import verify as independent_verify
from tests.mutation.case import Case, build_case
from tests.mutation.container import build, specs

SEED = 20261206
MINIMUM = 5000
FORMAT_MD = Path(__file__).resolve().parent.parent / "docs" / "FORMAT.md"


@pytest.fixture(scope="module")
def case(tmp_path_factory: pytest.TempPathFactory, tsa_pki: TsaPki) -> Case:
    return build_case(tmp_path_factory.mktemp("campaign"), tsa_pki)


@pytest.fixture(scope="module")
def scratch() -> Iterator[Path]:
    """Where each mutant is written to be verified: memory-backed when the machine has /dev/shm."""
    base = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None
    with tempfile.TemporaryDirectory(prefix="campaign-", dir=base) as d:
        yield Path(d)


@dataclass(frozen=True)
class Outcome:
    mutator: str
    index: int
    accepted: bool
    messages: tuple[str, ...]


def _mutants(case: Case) -> Iterator[tuple[mutation.Mutator, int, bytes]]:
    index = 0
    for m in mutation.load():
        for _ in range(m.weight):
            data = m.fn(case, random.Random(SEED + index))
            if data is not None and data != case.raw:
                yield m, index, data
            index += 1


def _independent_verdict(data: bytes) -> bool:
    """The second verifier's verdict (tests/independent_verifier, written only from docs/FORMAT.md): the two
    must agree (accept / reject) on every mutant."""
    return independent_verify(data).ok


def test_the_case_itself_verifies(case: Case, scratch: Path) -> None:
    path = scratch / "case.zip"
    path.write_bytes(case.raw)
    report = verify_archive(path)
    assert report.ok, [str(p) for p in report.problems]
    assert independent_verify(case.raw).ok, independent_verify(case.raw)
    names = set(case.members)
    assert len(case.sessions) == 5  # two recordings, an imported call log, a marks session, a call
    assert b'"case_call_log"' in case.members["report.html"] and any("/derived/" in n for n in names)
    assert any("/attachments/" in n for n in names) and any("/review-" in n for n in names)
    assert any(n.endswith(".tsr") for n in names), "the case carries no time-stamp token"
    call = f"sessions/{case.sessions[4]}/"
    assert {call + n for n in ("other.wav", "alignment.json", "call-stereo.wav")} <= names, "the call is not all there"


def test_the_mutators_rebuild_the_exporters_exact_bytes(case: Case) -> None:
    """The container attacks rebuild the zip with one field changed; unchanged, the builder gives back the
    exporter's archive byte for byte, so each attack changes exactly what it says."""
    assert build(case, specs(case)) == case.raw


@pytest.mark.slow
def test_every_mutant_is_rejected_with_its_class_named(case: Case, scratch: Path) -> None:
    path = scratch / "mutant.zip"
    outcomes: list[Outcome] = []
    wrong: list[str] = []
    disagree: list[str] = []
    for m, index, data in _mutants(case):
        path.write_bytes(data)
        report = verify_archive(path)
        messages = tuple(p.message for p in report.problems)
        outcomes.append(Outcome(m.name, index, report.ok, messages))
        other = _independent_verdict(data)
        if other != report.ok:
            disagree.append(f"{m.name} #{index}: recorder verify ok={report.ok}, independent ok={other}")
        if report.ok:
            if m.name not in mutation.DOCUMENTED_LIMITS:
                wrong.append(f"{m.name} #{index}: accepted")
            continue
        if M.INTERNAL in messages or not messages:
            wrong.append(f"{m.name} #{index}: {[str(p) for p in report.problems][:3]}")
            continue
        named = mutation.classes_of(list(messages))
        if not named or (m.cls != mutation.ANY and m.cls not in named):
            wrong.append(f"{m.name} #{index}: expected class {m.cls}, got {sorted(named)} {messages[:3]}")
    assert len(outcomes) >= MINIMUM
    assert not wrong, f"{len(wrong)} of {len(outcomes)} mutants: " + "\n".join(wrong[:40])
    assert not disagree, "\n".join(disagree[:40])
    per_mutator = Counter(o.mutator for o in outcomes)
    assert all(per_mutator[m.name] for m in mutation.MUTATORS if m.weight), per_mutator


def test_documented_limits_are_in_format_md() -> None:
    mutation.load()
    text = FORMAT_MD.read_text("utf-8")
    for name, words in mutation.DOCUMENTED_LIMITS.items():
        assert any(m.name == name for m in mutation.MUTATORS), name
        assert words in text, (name, words)


def test_a_sittings_token_moved_anywhere_is_rejected_by_both_verifiers(case: Case, scratch: Path) -> None:
    """The moved-token mutators (tests/mutation/sittings.py) on their own, so they run without the slow campaign:
    a review sitting's token moved to the other sitting, to its recording's seal or to the other recording."""
    path = scratch / "moved.zip"
    moved = [m for m in mutation.load() if m.name.startswith("re-signed: a review sitting's token moved")]
    assert len(moved) == 3
    for m in moved:
        data = m.fn(case, random.Random(SEED))
        assert data is not None and data != case.raw
        path.write_bytes(data)
        report = verify_archive(path)
        words = [str(p) for p in report.problems]
        assert not report.ok and mutation.classes_of([p.message for p in report.problems]) == {"extra"}, (m.name, words)
        assert any("(moved)" in w or "not an entry of this session" in w for w in words), (m.name, words)
        other = independent_verify(data)
        assert not other.ok and other.cls == "stamps", (m.name, other)


def test_excerpt_forgeries_are_rejected_by_both_verifiers(case: Case, scratch: Path) -> None:
    """The case carries an excerpt (FORMAT §7.9); a changed sample byte, a shifted range and another recording
    named, each re-signed by the owner, are caught by the excerpt check of both verifiers (and only by it)."""
    assert any(n.startswith("excerpts/01/") for n in case.members)
    path = scratch / "excerpt-mutant.zip"
    forgeries = [m for m in mutation.load() if m.cls == "excerpt"]
    assert len(forgeries) == 3
    for m in forgeries:
        data = m.fn(case, random.Random(SEED))
        assert data is not None and data != case.raw
        path.write_bytes(data)
        report = verify_archive(path)
        messages = [p.message for p in report.problems]
        assert not report.ok and mutation.classes_of(messages) == {"excerpt"}, (m.name, messages)
        other = independent_verify(data)
        assert not other.ok and other.cls == "excerpt", (m.name, other)
    (too_long,) = [m for m in mutation.MUTATORS if m.name == "re-signed: an excerpt longer than a WAV can hold"]
    data = too_long.fn(case, random.Random(SEED))
    assert data is not None
    path.write_bytes(data)
    messages = [p.message for p in verify_archive(path).problems]
    assert "manifest" in mutation.classes_of(messages) and independent_verify(data).cls == "manifest", messages


def test_call_forgeries_are_rejected_by_both_verifiers(case: Case, scratch: Path) -> None:
    """The call's forgeries (tests/mutation/calls.py, FORMAT §4.5, §7.10) on their own, so they run without the
    slow campaign: swapped track ids, a moved block, forged drift, alignment.json's every field, the listening copy,
    the two WAVs swapped, the manifest's and the facts' call. Each is refused by both verifiers, by the class its
    mutator names for recorder verify; and the case's call has what makes them bite: gaps of the other party's track
    and a pause (runs split), a listening copy that leaves silence and drops frames to catch up."""
    entries = [json.loads(x) for x in case.members[f"sessions/{case.sessions[4]}/journal.jsonl"].splitlines()]
    assert any(e["kind"] == "gap" and e["body"].get("track") == "other" for e in entries)
    assert any(e["kind"] == "pause" for e in entries)
    first = next(i for i, e in enumerate(entries) if "track" in e["body"])
    signed = [e for e in entries[first:] if e["kind"] in ("checkpoint", "seal")]
    assert len(signed) >= 2 and all("drift" in e["body"] for e in signed)
    path = scratch / "call-mutant.zip"
    forgeries = [m for m in mutation.load() if m.fn.__module__ == "tests.mutation.calls"]
    assert len(forgeries) >= 40
    wrong = []
    for m in forgeries:
        data = m.fn(case, random.Random(SEED))
        assert data is not None and data != case.raw, m.name
        path.write_bytes(data)
        report = verify_archive(path)
        named = mutation.classes_of([p.message for p in report.problems])
        other = independent_verify(data)
        if report.ok or m.cls not in named or other.ok or other.cls == "internal":
            wrong.append(
                f"{m.name}: recorder {sorted(named)} {[str(p) for p in report.problems][:2]}, independent {other}"
            )
    assert not wrong, "\n".join(wrong)
