"""FORMAT.md's exact rules (issue 11 §5), each shown on an archive re-signed by its owner that breaks only that
rule: `recorder verify` and the independent verifier (written from FORMAT.md alone) both refuse it, for the same
class of reason. The same mutators also run in the slow campaign (tests/test_archive_campaign.py)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from recorder.archive.verify import verify_archive
from tests import mutation
from tests.fixtures.tsa import TsaPki
from tests.independent_verifier import verify as independent_verify
from tests.mutation.case import Case, build_case


@pytest.fixture(scope="module")
def case(tmp_path_factory: pytest.TempPathFactory, tsa_pki: TsaPki) -> Case:
    return build_case(tmp_path_factory.mktemp("format-rules"), tsa_pki)


def _refused_by_both(case: Case, tmp_path: Path, prefix: str, count: int) -> None:
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
        assert not other.ok and other.cls == m.cls, (m.name, other)


def test_a_tail_entrys_utc_in_any_other_form_than_section_1s_is_refused(case: Case, tmp_path: Path) -> None:
    _refused_by_both(case, tmp_path, "re-signed: the seal cut and a tail note whose utc is", 6)


def test_a_stored_file_under_another_member_name_is_refused(case: Case, tmp_path: Path) -> None:
    _refused_by_both(case, tmp_path, "re-signed: a stored file's member under another name", 1)
