"""The container read as other tools read it (issue 11 §2) and bounded work on hostile zips (§4).

Every structured container attack of tests/mutation/container.py is also run through Info-ZIP ``unzip`` and
``sha256sum -c``: whatever those extract, recorder verify refuses the archive (and for the attacks that make
unzip extract other bytes, that is the point)."""

from __future__ import annotations

import io
import random
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

from recorder.archive import container, hooks, layout, stamps
from recorder.archive import messages as M
from recorder.archive.safezip import Refused, SafeZip
from recorder.archive.verify import verify_archive
from tests import mutation
from tests.fixtures.tsa import TsaPki
from tests.mutation.case import Case, build_case, resign_as_owner
from tests.mutation.random_bytes import _rezip

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def case(tmp_path_factory: pytest.TempPathFactory, tsa_pki: TsaPki) -> Case:
    return build_case(tmp_path_factory.mktemp("container"), tsa_pki)


def _stock(data: bytes, folder: Path) -> tuple[bool, dict[str, bytes]]:
    """Info-ZIP unzip, then sha256sum -c SHA256SUMS, as VERIFY.txt has a reader do: (both passed, what unzip
    extracted)."""
    folder.mkdir()
    archive = folder.parent / f"{folder.name}.zip"
    archive.write_bytes(data)
    unzip = subprocess.run(["unzip", "-qq", "-o", str(archive), "-d", str(folder)], capture_output=True, timeout=60)
    files = {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    sums = subprocess.run(["sha256sum", "--quiet", "-c", "SHA256SUMS"], cwd=folder, capture_output=True, timeout=60)
    return unzip.returncode == 0 and sums.returncode == 0, files


def test_the_untouched_case_passes_the_stock_tools_with_the_same_bytes(case: Case, tmp_path: Path) -> None:
    ok, files = _stock(case.raw, tmp_path / "x")
    assert ok and files == case.members


def test_whatever_unzip_extracts_from_a_container_attack_recorder_verify_refuses(case: Case, tmp_path: Path) -> None:
    mutation.load()
    attacks = [m for m in mutation.MUTATORS if m.cls == "container" and m.weight]
    assert len(attacks) >= 20
    other_bytes = []
    for i, m in enumerate(attacks):
        data = m.fn(case, random.Random(i))
        assert data is not None and data != case.raw, m.name
        stock_ok, files = _stock(data, tmp_path / f"m{i}")
        path = tmp_path / f"m{i}-verify.zip"
        path.write_bytes(data)
        report = verify_archive(path)
        messages = [p.message for p in report.problems]
        assert not report.ok and M.INTERNAL not in messages, (m.name, [str(p) for p in report.problems])
        assert mutation.classes_of(messages) & {"container"}, (m.name, messages)
        if not stock_ok or files != case.members:
            other_bytes.append(m.name)
    # The attacks are real: unzip reads these differently from the exporter's archive (a longer journal …).
    assert "deflate stream longer than its declared size" in other_bytes, other_bytes
    assert "a member written twice" in other_bytes, other_bytes


def _many(path: Path, n: int) -> None:
    """A zip of ``n`` empty members, written as the exporter writes (recorder.archive.container)."""
    f = io.BytesIO()
    z = container.ZipWriter(f, (2026, 12, 6, 21, 0, 0))
    for i in range(n):
        z.add(f"m/{i:06d}", b"")
    z.close()
    path.write_bytes(f.getvalue())


@pytest.mark.parametrize("n", [65_534, 65_535])
def test_a_zip_of_65535_members_is_read_as_other_tools_read_it(tmp_path: Path, n: int) -> None:
    path = tmp_path / "many.zip"
    _many(path, n)
    raw = path.read_bytes()
    assert (b"PK\x06\x06" in raw[-100:]) == (n >= 65_535)  # the zip64 end record exactly from 65,535 on
    with SafeZip(path) as z:
        assert len(z.members) == n and "m/065533" in z.members
    with zipfile.ZipFile(path) as z:
        assert len(z.infolist()) == n
    listed = subprocess.run(["unzip", "-Z1", str(path)], capture_output=True, text=True, timeout=120)
    assert listed.returncode == 0 and len(listed.stdout.splitlines()) == n


def test_more_members_than_the_limit_are_refused_from_the_end_record(tmp_path: Path) -> None:
    path = tmp_path / "too-many.zip"
    _many(path, layout.MAX_MEMBERS + 1)
    with pytest.raises(Refused) as refused:
        SafeZip(path)
    assert refused.value.message == M.TOO_MANY_MEMBERS


MEASURE = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from recorder.archive.verify import verify_archive
    report = verify_archive(Path(sys.argv[1]))
    print(report.problems[0].message if report.problems else "ok")
    # VmHWM: this process's own peak since its exec (ru_maxrss would also count the forking parent's size)
    status = Path("/proc/self/status").read_text()
    print(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:")))
    """
)


@pytest.mark.slow
def test_a_million_members_are_refused_before_the_directory_is_read(tmp_path: Path) -> None:
    """The issue's zip of 1,000,000 members took 596 MB before being refused; now the count in the end record
    refuses it. Peak memory of the verifying process (imports included) stays under 100 MB."""
    path = tmp_path / "million.zip"
    _many(path, 1_000_000)
    out = subprocess.run(
        [sys.executable, "-c", MEASURE, str(path)], capture_output=True, text=True, timeout=300, cwd=ROOT
    )
    message, peak_kib = out.stdout.split("\n")[:2]
    assert message == M.TOO_MANY_MEMBERS, out
    assert int(peak_kib) < 100 * 1024, f"peak {int(peak_kib) // 1024} MiB"
    print(f"verify refused a zip of 1,000,000 members at a peak of {int(peak_kib) // 1024} MiB")


def test_many_unlisted_members_are_summarised(case: Case, tmp_path: Path) -> None:
    planted = {f"planted/{i:06d}.txt": b"x" for i in range(100_000 - len(case.members))}
    members = {**case.members, **planted}
    out = io.BytesIO()
    z = container.ZipWriter(out, case.infos[0].date_time)
    for name in [*case.order[:-3], *planted, *case.order[-3:]]:
        z.add(name, members[name])
    z.close()
    path = tmp_path / "planted.zip"
    path.write_bytes(out.getvalue())
    report = verify_archive(path)
    unlisted = [p for p in report.problems if p.message == M.UNLISTED_MEMBER]
    more = [p for p in report.problems if p.message == M.UNLISTED_MORE]
    assert not report.ok and len(unlisted) == 5 and len(more) == 1
    assert more[0].params["n"] == len(planted) - 5
    assert len(report.problems) < 40 and M.INTERNAL not in [p.message for p in report.problems]


def _corrupted_roots(case: Case, tries: int) -> list[tuple[str, bytes, BaseException | None]]:
    """Roots changed one to three bytes at a time inside their DER, each with what the stamps check raised."""
    import base64

    sid = case.sessions[1]
    base = f"sessions/{sid}/"
    members = {n[len(base) :]: b for n, b in case.members.items() if n.startswith(base)}
    signed = stamps.signed_entries(members[layout.JOURNAL].splitlines(keepends=True))
    root = next(n for n in members if n.startswith("stamps/roots/"))
    der = base64.b64decode(b"".join(members[root].split(b"\n")[1:-2]))
    rng = random.Random(1)
    found = []
    for _ in range(tries):
        x = bytearray(der)
        for _ in range(rng.choice((1, 1, 2, 3))):
            x[rng.randrange(len(x))] ^= rng.randrange(1, 256)
        b64 = base64.b64encode(bytes(x))
        pem = b"-----BEGIN CERTIFICATE-----\n" + b"\n".join(b64[i : i + 64] for i in range(0, len(b64), 64))
        pem += b"\n-----END CERTIFICATE-----\n"
        try:
            stamps.check_session(sid, {**members, root: pem}, signed)
            raised = None
        except BaseException as exc:  # noqa: BLE001 - what the library raises is what this test looks for
            raised = exc
        found.append((base + root, pem, raised))
        if raised is not None and type(raised).__name__ == "PanicException":
            break
    return found


def test_a_corrupted_root_certificate_is_a_sentence_even_when_the_parser_panics(case: Case, tmp_path: Path) -> None:
    """rfc3161-client panics (pyo3's PanicException, a BaseException) on some corrupted root certificates; the
    stamps check raised it, and other errors, as a traceback. Now each is a sentence about the stamps."""
    tried = _corrupted_roots(case, 400)
    raising = [t for t in tried if t[2] is not None]
    assert raising, "no corrupted root made the stamps check raise"
    panics = [t for t in raising if type(t[2]).__name__ == "PanicException"]
    for name, pem, raised in [*panics, *raising[:3]]:
        members = {**case.members, name: pem}
        resign_as_owner(case, members)
        path = tmp_path / "root.zip"
        path.write_bytes(_rezip(case, members))
        report = verify_archive(path)
        messages = [p.message for p in report.problems]
        assert not report.ok and M.INTERNAL not in messages, [str(p) for p in report.problems]
        # A sentence in words: never the Python or Rust class name (issue 12 §5).
        texts = [str(p) for p in report.problems]
        assert any(p.message == M.EXTRA_PROBLEM for p in report.problems), texts
        assert not any(type(raised).__name__ in t for t in texts), texts
        if type(raised).__name__ == "PanicException":
            assert any(M.LIBRARY_STOPPED in t for t in texts), texts
    for name, pem, _raised in panics[:1]:
        # The command line shows the sentence, and not Rust's own "thread … panicked at …" text on stderr.
        members = {**case.members, name: pem}
        resign_as_owner(case, members)
        path = tmp_path / "panic.zip"
        path.write_bytes(_rezip(case, members))
        cli = subprocess.run(
            [sys.executable, "-m", "recorder", "verify", str(path)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=120,
        )
        assert cli.returncode == 1, cli
        assert cli.stderr == "", cli.stderr  # nothing of Rust's own message, not even its empty line
        assert M.LIBRARY_STOPPED in cli.stdout and "PanicException" not in cli.stdout, cli


def test_a_panic_anywhere_in_verification_is_a_sentence(
    case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Outside the stamps too: the verifier's last line of defence catches a Rust panic (a BaseException)."""
    panic = type("PanicException", (BaseException,), {"__module__": "pyo3_runtime"})

    def explode(*args: object, **kw: object) -> None:
        raise panic("called `Result::unwrap()` on an `Err` value")

    path = tmp_path / "case.zip"
    path.write_bytes(case.raw)
    monkeypatch.setattr(hooks, "check_session_extras", explode)
    report = verify_archive(path)
    assert not report.ok and [p.message for p in report.problems] == [M.INTERNAL]
    assert M.LIBRARY_STOPPED in str(report.problems[0]) and "PanicException" not in str(report.problems[0])


def test_an_interrupt_is_not_swallowed(case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupt(*args: object, **kw: object) -> None:
        raise KeyboardInterrupt

    path = tmp_path / "case.zip"
    path.write_bytes(case.raw)
    monkeypatch.setattr(stamps, "check_session", interrupt)
    with pytest.raises(KeyboardInterrupt):
        verify_archive(path)


def test_export_never_writes_more_members_or_bytes_than_its_verifier_reads(
    case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from recorder.archive.export import export_archive
    from recorder.core import limits
    from recorder.core.errors import RecorderError

    monkeypatch.setattr(limits, "MAX_MEMBERS", 10)
    out = tmp_path / "big.zip"
    with pytest.raises(RecorderError) as refused:
        export_archive(case.vault, case.keys, case.sessions, out, language="en")
    assert refused.value.message == M.TOO_MANY_MEMBERS and not out.exists()
    assert not list(tmp_path.iterdir())
    monkeypatch.setattr(limits, "MAX_MEMBERS", 100_000)
    monkeypatch.setattr(limits, "MAX_TOTAL", len(case.raw) // 2)  # what the verifier reads in all
    with pytest.raises(RecorderError) as refused:
        export_archive(case.vault, case.keys, case.sessions, out, language="en")
    assert refused.value.message == M.TOO_BIG and not list(tmp_path.iterdir())


def test_export_failures_are_told_in_the_users_language(case: Case) -> None:
    """The exporter's sentences are marked in the context "Archive"; they were looked up in "Messages" and so
    always shown in English (the new limits' refusals among them)."""
    from recorder import i18n
    from recorder.archive.export import sessions_of_case
    from recorder.core.errors import RecorderError

    before = i18n.current_language()
    i18n.set_language("zh_CN")
    try:
        with pytest.raises(RecorderError) as refused:
            sessions_of_case(case.vault, case.keys, "Nobody")
        told = refused.value.sentence(i18n.translate)
        expected = i18n.translate("Archive", M.NO_CASE).format(case="Nobody")
        assert told == expected and expected != M.NO_CASE.format(case="Nobody")
        too_many = i18n.translate("Archive", M.TOO_MANY_MEMBERS)
        assert too_many != M.TOO_MANY_MEMBERS  # the limits' refusal has its translation too
    finally:
        i18n.set_language(before)
