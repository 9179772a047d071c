"""FORMAT.md's exact rules (issue 11 §5), each shown on an archive re-signed by its owner that breaks only that
rule: `recorder verify` and the independent verifier (written from FORMAT.md alone) both refuse it, for the same
class of reason. The same mutators also run in the slow campaign (tests/test_archive_campaign.py)."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from recorder.archive import layout
from recorder.archive import messages as M
from recorder.archive.verify import verify_archive
from recorder.core.canonical import canonical_json
from recorder.core.chain import GENESIS, entry_hash, sign_entry
from recorder.core.crypto import ed25519_public_raw
from recorder.core.review import verify_review_entries
from tests import mutation
from tests.fixtures.tsa import TsaPki
from tests.independent_verifier import verify as independent_verify
from tests.mutation.case import Case, build_case, resign_as_owner
from tests.mutation.container import Spec, build


@pytest.fixture(scope="module")
def case(tmp_path_factory: pytest.TempPathFactory, tsa_pki: TsaPki) -> Case:
    return build_case(tmp_path_factory.mktemp("format-rules"), tsa_pki)


def _refused_by_both(case: Case, tmp_path: Path, prefix: str, count: int, other_cls: str | None = None) -> None:
    """Each mutator named so is refused by recorder verify for its class, and by the independent verifier for
    ``other_cls`` (its own name of that class, when it differs)."""
    chosen = [m for m in mutation.load() if m.name.startswith(prefix)]
    assert len(chosen) == count, [m.name for m in chosen]
    for m in chosen:
        data = m.fn(case, random.Random(1))
        assert data is not None and data != case.raw
        path = tmp_path / "mutant.zip"
        path.write_bytes(data)
        report = verify_archive(path)
        messages = [p.message for p in report.problems]
        assert not report.ok and m.cls in mutation.classes_of(messages), (m.name, [str(p) for p in report.problems])
        other = independent_verify(data)
        assert not other.ok and other.cls == (other_cls or m.cls), (m.name, other)


def test_a_tail_entrys_utc_in_any_other_form_than_section_1s_is_refused(case: Case, tmp_path: Path) -> None:
    _refused_by_both(case, tmp_path, "re-signed: the seal cut and a tail note whose utc is", 6)


def test_a_stored_file_under_another_member_name_is_refused(case: Case, tmp_path: Path) -> None:
    _refused_by_both(case, tmp_path, "re-signed: a stored file's member under another name", 1)


# -- focused: the entry and review rules of FORMAT §4 and §5.2, on entries signed here -----------------------------
SID = "20261206T223000Z-abcd"
HEAD = "ab" * 32
GOOD_UTC = "2026-12-06T22:30:00.000000Z"


def _review_sitting(
    identity: Ed25519PrivateKey, annotation: dict[str, Any], start: dict[str, Any] | None = None, **extra: Any
) -> list[bytes]:
    """One closed review sitting (sitting 1): review-start, the annotation's entry, review-seal, each signed."""
    start_body = {"session_head": HEAD, "session_entries": 3, "sitting": 1, "previous": None, "reviewer": "x"}
    bodies = [("review-start", start if start is not None else start_body), ("annotation", annotation)]
    bodies.append(("review-seal", {"reason": "closed", "annotations": 1, "entries": 3}))
    out: list[bytes] = []
    prev = GENESIS
    for seq, (kind, body) in enumerate(bodies):
        entry = {"v": 1, "session": SID, "seq": seq, "prev": prev, "kind": kind, "utc": GOOD_UTC}
        entry.update({"mono_ns": 1000 + seq, "body": body, **(extra if kind == "annotation" else {})})
        data = canonical_json(sign_entry(entry, identity))
        out.append(data)
        prev = entry_hash(data)
    return out


def _review_problems(annotation: dict[str, Any], start: dict[str, Any] | None = None, **extra: Any) -> list[str]:
    identity = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
    sitting = _review_sitting(identity, annotation, start, **extra)
    return verify_review_entries([sitting], SID, HEAD, ed25519_public_raw(identity))[2]


GOOD_ANNOTATIONS = [
    {"type": "note", "text": "later", "frame": 0, "rate": 48000},
    {"type": "tag", "label": "Threat", "code": "threat", "text": "said twice", "frame": 5, "rate": 8000},
    {"type": "note", "text": "about it", "about": {"seq": 1, "hash": HEAD}},
]
BAD_ANNOTATIONS = [
    {"type": "note", "text": 5, "frame": 0, "rate": 48000},  # words not a string
    {"type": "note", "text": "", "frame": 0, "rate": 48000},  # empty
    {"type": "note", "text": "x", "label": "y", "frame": 0, "rate": 48000},  # a note with a tag's label
    {"type": "tag", "frame": 0, "rate": 48000},  # a tag without its label
    {"type": "tag", "label": "Threat", "code": 7, "frame": 0, "rate": 48000},
    {"type": "note", "text": "x", "frame": -1, "rate": 48000},  # before the audio
    {"type": "note", "text": "x", "frame": True, "rate": 48000},  # true is no integer
    {"type": "note", "text": "x", "frame": 10},  # frame without its rate
    {"type": "note", "text": "x", "frame": 10, "rate": "48000"},
    {"type": "note", "text": "x", "about": {"seq": 1, "hash": HEAD.upper()}},
    {"type": "note", "text": "x", "about": {"seq": 1, "hash": HEAD, "also": 1}},
    {"type": "note", "text": "x", "frame": 0, "rate": 1, "colour": "red"},  # a field §5.2 does not name
    {"type": "note", "text": "x"},  # neither frame nor about
]


def test_annotations_of_section_5_2s_exact_form_are_accepted() -> None:
    for body in GOOD_ANNOTATIONS:
        assert _review_problems(body) == [], body


def test_an_annotation_outside_section_5_2s_exact_form_is_refused() -> None:
    for body in BAD_ANNOTATIONS:
        assert any("malformed annotation" in p for p in _review_problems(body)), body


def test_a_review_start_without_previous_is_refused_not_read_as_null() -> None:
    start = {"session_head": HEAD, "session_entries": 3, "sitting": 1, "reviewer": "x"}
    assert any("does not link" in p for p in _review_problems(GOOD_ANNOTATIONS[0], start))


def test_an_entry_with_a_field_format_does_not_name_is_refused() -> None:
    for extra in ({"note": "x"}, {"payload": {"sha256": HEAD, "size": 0}}):  # (no payload in a review entry)
        assert any("has an unknown field" in p for p in _review_problems(GOOD_ANNOTATIONS[0], **extra)), extra


def test_a_review_entrys_utc_outside_section_1s_form_is_refused() -> None:
    identity = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
    sitting = _review_sitting(identity, GOOD_ANNOTATIONS[0])
    for utc in ("x", "2026-13-45T25:61:61.000000Z", "2026-12-06T22:30:00.000000+08:00", "2026-12-06T22:30:60.000000Z"):
        entry = json.loads(sitting[0])
        entry.pop("sig")
        entry["utc"] = utc
        first = canonical_json(sign_entry(entry, identity))
        problems = verify_review_entries([[first]], SID, HEAD, ed25519_public_raw(identity))[2]
        assert any("has no valid time" in p for p in problems), utc


def test_exit_codes_of_section_7_8_newer_is_1_no_end_record_at_the_end_is_2(case: Case, tmp_path: Path) -> None:
    """FORMAT §7.8: a manifest of a newer `version` (re-signed by its owner) exits 1; a file whose last 22 bytes
    hold no end record (a byte appended, or the end cut) exits 2 — in both verifiers."""
    members = dict(case.members)
    doc = json.loads(members[layout.MANIFEST])
    doc["version"] += 1
    members[layout.MANIFEST] = canonical_json(doc) + b"\n"
    members = {n: c for n, c in members.items() if n not in layout.UNLISTED}
    resign_as_owner(case, members)
    newer = build(case, [Spec(n, c) for n, c in members.items()])
    for data, status in ((newer, 1), (case.raw + b"\x00", 2), (case.raw[:-1], 2), (case.raw, 0)):
        path = tmp_path / "exit.zip"
        path.write_bytes(data)
        report, other = verify_archive(path), independent_verify(data)
        assert report.exit_code == status and other.exit_code == status
        if data is newer:  # refused as newer, its signatures and listing having held
            assert [p.message for p in report.problems] == [M.MANIFEST_NEWER] and other.cls == "newer"


def test_facts_of_another_format_are_refused(case: Case, tmp_path: Path) -> None:
    _refused_by_both(case, tmp_path, "re-signed: the facts name another format", 1, "facts")


def test_sha256sums_in_another_order_than_the_members_is_refused(case: Case, tmp_path: Path) -> None:
    _refused_by_both(case, tmp_path, "re-signed: SHA256SUMS's first two lines swapped", 1, "checksums")
