"""The verifier turns red on any change: ≥ 1,000 random byte changes spread over every member, each structural
attack (also when a forger re-signs with another key), and hostile zips — each rejected with a specific
sentence, never an exception, in bounded memory, writing nothing outside a temporary folder."""

from __future__ import annotations

import json
import random
import stat
import tempfile
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from recorder.archive import layout
from recorder.archive import messages as M
from recorder.archive.export import export_archive
from recorder.archive.verify import verify_archive
from recorder.cli.main import main
from recorder.core.store import recover_all
from recorder.core.vault import Vault
from tests.archive_sessions import record
from tests.archive_tools import read_all, resign, write_like
from tests.fixtures.core import PASSPHRASE

MUTATIONS = 1050


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small two-session archive (one recording interrupted), so a thousand verifications stay quick."""
    home = tmp_path_factory.mktemp("mutation") / "home"
    vault = Vault.create(home, PASSPHRASE)
    a = record(vault, "Case M", seconds=3, attachment=b"attached original bytes" * 8)
    b = record(vault, "Case M", seconds=3, seal=False, seed=7)
    recover_all(vault)
    out = home.parent / "m.zip"
    export_archive(vault, vault.unlock(PASSPHRASE), [a, b], out, language="en")
    return out


def _rejected(path: Path, expect: str | None = None) -> list[str]:
    report = verify_archive(path)
    assert not report.ok
    assert report.problems, "rejected without a sentence"
    messages = [p.message for p in report.problems]
    assert M.INTERNAL not in messages, [str(p) for p in report.problems]
    for p in report.problems:
        assert str(p) and "{" not in str(p)
    if expect is not None:
        assert expect in messages, [str(p) for p in report.problems]
    return messages


def test_the_untouched_archive_verifies(archive: Path) -> None:
    assert verify_archive(archive).ok


def test_random_byte_changes_in_every_member_are_all_rejected(archive: Path, tmp_path: Path) -> None:
    infos, data = read_all(archive)
    names = sorted(data)
    rng = random.Random(20261123)
    target = tmp_path / "mutated.zip"
    seen: dict[str, int] = {}
    for i in range(MUTATIONS):
        name = names[i % len(names)]  # spread evenly over every member
        changed = dict(data)
        raw = bytearray(changed[name])
        pos = rng.randrange(len(raw))
        raw[pos] ^= rng.randrange(1, 256)
        changed[name] = bytes(raw)
        write_like(target, infos, changed, order=[x.filename for x in infos])
        _rejected(target)
        seen[name] = seen.get(name, 0) + 1
    assert set(seen) == set(names) and min(seen.values()) >= MUTATIONS // len(names)


def test_random_byte_changes_in_the_zip_file_itself_are_all_rejected(archive: Path, tmp_path: Path) -> None:
    raw = archive.read_bytes()
    rng = random.Random(7)
    target = tmp_path / "flipped.zip"
    for _ in range(300):
        data = bytearray(raw)
        data[rng.randrange(len(data))] ^= rng.randrange(1, 256)
        target.write_bytes(bytes(data))
        _rejected(target)


def test_a_sample_of_changes_is_rejected_by_the_command_line(archive: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    infos, data = read_all(archive)
    rng = random.Random(3)
    for name in rng.sample(sorted(data), 4):
        changed = dict(data)
        raw = bytearray(changed[name])
        raw[rng.randrange(len(raw))] ^= 0x40
        changed[name] = bytes(raw)
        target = tmp_path / f"cli-{len(name)}.zip"
        write_like(target, infos, changed, order=[x.filename for x in infos])
        assert main(["verify", str(target)]) == 1
        out = capsys.readouterr().out
        assert "NOT VERIFIED" in out and "✗" in out


def _session_names(data: dict[str, bytes]) -> list[str]:
    manifest = json.loads(data[layout.MANIFEST])
    return [s["id"] for s in manifest["sessions"]]


def _journal(data: dict[str, bytes], sid: str) -> list[bytes]:
    return data[f"sessions/{sid}/{layout.JOURNAL}"].splitlines(keepends=True)


@pytest.mark.parametrize("signed_again", [False, True], ids=["as-is", "re-signed-by-a-forger"])
def test_structural_attacks_are_rejected(archive: Path, tmp_path: Path, signed_again: bool) -> None:
    infos, original = read_all(archive)
    a, b = _session_names(original)
    ja = f"sessions/{a}/{layout.JOURNAL}"

    def attack(change, expect_plain: str, expect_forged: str) -> None:  # type: ignore[no-untyped-def]
        data = dict(original)
        change(data)
        if signed_again:
            resign(data)
        target = tmp_path / "attack.zip"
        write_like(
            target,
            infos,
            data,
            order=[n for n in [i.filename for i in infos] if n in data]
            + [n for n in data if n not in {i.filename for i in infos}],
        )
        _rejected(target, expect_forged if signed_again else expect_plain)

    def drop(data):  # type: ignore[no-untyped-def]
        lines = _journal(data, a)
        del lines[5]
        data[ja] = b"".join(lines)

    def duplicate(data):  # type: ignore[no-untyped-def]
        lines = _journal(data, a)
        lines.insert(6, lines[5])
        data[ja] = b"".join(lines)

    def reorder(data):  # type: ignore[no-untyped-def]
        lines = _journal(data, a)
        lines[4], lines[5] = lines[5], lines[4]
        data[ja] = b"".join(lines)

    def swap_audio(data):  # type: ignore[no-untyped-def]
        wa, wb = f"sessions/{a}/audio.wav", f"sessions/{b}/audio.wav"
        data[wa], data[wb] = data[wb], data[wa]

    def truncate_audio(data):  # type: ignore[no-untyped-def]
        wa = f"sessions/{a}/audio.wav"
        data[wa] = data[wa][:-4800]

    def remove_member(data):  # type: ignore[no-untyped-def]
        del data[next(n for n in data if "/attachments/" in n)]

    def add_member(data):  # type: ignore[no-untyped-def]
        data[f"sessions/{a}/attachments/999999-extra.jpg"] = b"planted"

    chain = M.JOURNAL_LINE
    attack(drop, M.HASH_MISMATCH, chain)
    attack(duplicate, M.HASH_MISMATCH, chain)
    attack(reorder, M.HASH_MISMATCH, chain)
    attack(swap_audio, M.HASH_MISMATCH, M.AUDIO_BLOCK)
    attack(truncate_audio, M.HASH_MISMATCH, M.AUDIO_LENGTH)
    attack(remove_member, M.MISSING_MEMBER, M.ATTACHMENT_MISSING)
    attack(
        add_member,
        M.UNLISTED_MEMBER,
        M.IDENTITY_DIFFERS if False else M.UNLISTED_MEMBER if not signed_again else M.SIG_BAD,
    )


def test_a_replaced_key_re_signed_with_another_key_is_rejected(archive: Path, tmp_path: Path) -> None:
    infos, original = read_all(archive)
    a, _b = _session_names(original)
    order = [i.filename for i in infos]
    # The vault key replaced by the forger's own, everything re-signed consistently with it.
    data = dict(original)
    resign(data, new_identity=True)
    target = tmp_path / "forged.zip"
    write_like(target, infos, data, order=order)
    messages = _rejected(target, M.IDENTITY_DIFFERS)
    assert M.SIG_BAD not in messages  # the forger's signatures hold; the chain gives them away
    # A session key file replaced by another key.
    data = dict(original)
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from recorder.archive.export import pem_public
    from recorder.core.crypto import ed25519_public_raw

    data[f"sessions/{a}/{layout.SESSION_PEM}"] = pem_public(ed25519_public_raw(Ed25519PrivateKey.generate()))
    write_like(target, infos, data, order=order)
    _rejected(target, M.HASH_MISMATCH)
    resign(data, new_identity=True)
    write_like(target, infos, data, order=order)
    _rejected(target, M.SESSION_KEY_DIFFERS)


def _zip(path: Path, members: list[tuple[zipfile.ZipInfo | str, bytes]], compression: int = zipfile.ZIP_STORED) -> Path:
    with zipfile.ZipFile(path, "w", compression) as z:
        for info, data in members:
            z.writestr(info, data)
    return path


def test_hostile_zips_are_refused_with_a_sentence(
    tmp_path: Path, archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The verifier's temporary folders go to a folder of this test's own, so that what is left behind is this
    # test's alone (other processes on the machine make such folders in /tmp too).
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    cases: dict[str, tuple[Path, str]] = {}
    cases["dotdot"] = (_zip(tmp_path / "a.zip", [("../evil.txt", b"x")]), M.UNSAFE_NAME)
    cases["absolute"] = (_zip(tmp_path / "b.zip", [("/etc/evil", b"x")]), M.UNSAFE_NAME)
    cases["backslash"] = (_zip(tmp_path / "c.zip", [("..\\evil", b"x")]), M.UNSAFE_NAME)
    link = zipfile.ZipInfo("link")
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    cases["symlink"] = (_zip(tmp_path / "d.zip", [(link, b"/etc/passwd")]), M.SYMLINK)
    with pytest.warns(UserWarning):
        cases["duplicate"] = (_zip(tmp_path / "e.zip", [("SHA256SUMS", b"a"), ("SHA256SUMS", b"b")]), M.DUPLICATE_NAME)
    # Every member of an archive is stored (FORMAT §7.1): a deflated one is refused before a byte is inflated.
    cases["bomb"] = (
        _zip(tmp_path / "f.zip", [("manifest.json", bytes(200 * 1024 * 1024))], zipfile.ZIP_DEFLATED),
        M.BAD_METHOD,
    )
    (tmp_path / "g.zip").write_bytes(b"PK\x03\x04 this is not really a zip")
    cases["not a zip"] = (tmp_path / "g.zip", M.NOT_ZIP)
    (tmp_path / "h.zip").write_bytes(b"")
    cases["empty"] = (tmp_path / "h.zip", M.NOT_ZIP)
    cases["truncated"] = (tmp_path / "i.zip", M.NOT_ZIP)
    (tmp_path / "i.zip").write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])
    plain = bytearray(_zip(tmp_path / "j.zip", [("SHA256SUMS", b"x")]).read_bytes())
    plain[6] |= 0x1  # the "encrypted" flag, in the local header and in the central directory
    plain[plain.index(b"PK\x01\x02") + 8] |= 0x1
    (tmp_path / "j.zip").write_bytes(bytes(plain))
    cases["zip encryption"] = (tmp_path / "j.zip", M.ZIP_ENCRYPTED)

    infos, data = read_all(archive)
    order = [i.filename for i in infos]
    for label, content, expect in (
        ("malformed manifest", b"{not json", M.MANIFEST_BAD),
        (
            "manifest of wrong types",
            json.dumps(
                {"format": "evidence-recorder-archive", "version": 1, "profile": "cn", "sessions": [{"id": 5}]}
            ).encode(),
            M.MANIFEST_BAD,
        ),
        (
            "newer manifest",
            json.dumps({"format": "evidence-recorder-archive", "version": 99}).encode(),
            M.MANIFEST_NEWER,
        ),
    ):
        changed = dict(data)
        changed[layout.MANIFEST] = content
        resign(changed, new_identity=True)
        path = tmp_path / f"{label}.zip"
        write_like(path, infos, changed, order=order)
        cases[label] = (path, expect)
    sid = _session_names(data)[0]
    changed = dict(data)
    huge_line = random.randbytes(1536 * 1024).hex().encode()
    changed[f"sessions/{sid}/{layout.JOURNAL}"] = b'{"seq": [1, 2], "kind": 7}\n' + huge_line + b"\n"
    resign(changed, new_identity=True)
    write_like(tmp_path / "long.zip", infos, changed, order=order)
    cases["wrong types and a huge line"] = (tmp_path / "long.zip", M.JOURNAL_LINE_LONG)

    cwd_before = set(Path.cwd().iterdir())
    temp_before = {p for p in Path(tempfile.gettempdir()).iterdir() if p.name.startswith("recorder-verify-")}
    for label, (path, expect) in cases.items():
        tracemalloc.start()
        try:
            messages = _rejected(path, expect)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert peak < 48 * 1024 * 1024, (label, peak)
        assert messages, label
    assert main(["verify", str(tmp_path / "a.zip")]) == 1
    assert main(["verify", str(tmp_path / "g.zip")]) == 2
    leftovers = {p for p in Path(tempfile.gettempdir()).iterdir() if p.name.startswith("recorder-verify-")}
    assert Path(tempfile.gettempdir()) == private_tmp and not temp_before
    assert leftovers <= temp_before and set(Path.cwd().iterdir()) == cwd_before
    assert not (tmp_path.parent / "evil.txt").exists() and not Path("/etc/evil").exists()


def test_a_member_larger_than_the_limit_is_refused(archive: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(layout, "MAX_MEMBER", 1000)
    _rejected(archive, M.TOO_BIG)


def test_a_member_that_lies_about_its_size_is_read_no_further_than_declared(tmp_path: Path) -> None:
    """A deflated member whose headers claim 100 bytes but whose stream expands to 64 MiB: refused from its
    method alone (every member is stored, FORMAT §7.1), without inflating anything."""
    info = zipfile.ZipInfo("manifest.json", (2026, 1, 1, 0, 0, 0))
    info.create_system, info.external_attr = 3, 0o100644 << 16  # the exporter's conventions
    info.compress_type = zipfile.ZIP_DEFLATED
    path = _zip(tmp_path / "liar.zip", [(info, bytes(64 * 1024 * 1024))], zipfile.ZIP_DEFLATED)
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as z:
        info = z.getinfo("manifest.json")
    local, central = 0, raw.index(b"PK\x01\x02")
    raw[local + 22 : local + 26] = (100).to_bytes(4, "little")  # uncompressed size, local header
    raw[central + 24 : central + 28] = (100).to_bytes(4, "little")  # and central record
    path.write_bytes(bytes(raw))
    assert info.compress_size < 100 * 1024  # the bomb itself is small
    tracemalloc.start()
    try:
        messages = _rejected(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 16 * 1024 * 1024
    assert messages == [M.BAD_METHOD]
