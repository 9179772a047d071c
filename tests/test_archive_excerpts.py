"""Excerpts carried inside the full archive (issue 15 §3, FORMAT §7.9): `recorder export --excerpt FROM..TO`
puts the original's samples of each stretch (and a derived Opus copy) in the signed archive, `recorder verify`
says which recording and frames each proves, and the stock commands of FORMAT §7.9 agree; bad stretches are one
sentence. (The forgeries — a changed byte, a shifted range, another recording — are in the mutation campaign.)"""

from __future__ import annotations

import hashlib
import json
import subprocess
import zipfile
from pathlib import Path

import pytest

from recorder.core.vault import Vault
from tests.archive_sessions import RATE, record
from tests.fixtures.core import PASSPHRASE
from tests.test_cli_core import assert_one_sentence, recorder


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict:  # type: ignore[type-arg]
    root = tmp_path_factory.mktemp("archive-excerpts")
    vault = Vault.create(root / "home", PASSPHRASE)
    first = record(vault, "Door visit", seconds=6)
    second = record(vault, "Door visit", seconds=3, seed=2, tags=False)  # the tags are the first's alone
    pw = root / "pw"
    pw.write_text(PASSPHRASE + "\n")
    full = root / "full.zip"
    run = recorder(
        vault.home, "export", "--case", "Door visit", "-o", str(full),
        "--excerpt", "asked-to-leave..Left", "--excerpt", f"{second}@0:01..0:02.5", passphrase=pw,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    return {"root": root, "home": vault.home, "first": first, "second": second, "full": full, "pw": pw}


def test_each_excerpt_is_the_originals_samples_and_verify_says_so(made: dict) -> None:  # type: ignore[type-arg]
    with zipfile.ZipFile(made["full"]) as z:
        manifest = json.loads(z.read("manifest.json"))
        excerpts = manifest["excerpts"]
        assert [e["session"] for e in excerpts] == [made["first"], made["second"]]
        for n, e in enumerate(excerpts, start=1):
            wav = z.read(f"excerpts/{n:02d}/excerpt.wav")
            original = z.read(f"sessions/{e['session']}/audio.wav")[44:]
            start, count = e["frame_start"], e["frames"]
            assert wav[44:] == original[2 * start : 2 * (start + count)]
            assert hashlib.sha256(wav[44:]).hexdigest() == e["samples_sha256"]
            derived = e["compressed"]
            assert derived["kind"] == "derived" and derived["derived_from"] == f"excerpts/{n:02d}/excerpt.wav"
            assert derived["settings"]["codec"] == "libopus" and derived["settings"]["tool"] == "PyAV"
            assert hashlib.sha256(z.read(derived["path"])).hexdigest() == derived["sha256"]
        assert excerpts[0]["from"]["code"] == "asked-to-leave" and excerpts[0]["to"]["tag"] == "Left"
        assert (excerpts[1]["frame_start"], excerpts[1]["frames"]) == (RATE, RATE * 3 // 2)
        listed = [line.split("  ")[1] for line in z.read("SHA256SUMS").decode().splitlines()]
    # Listed after every recording's members, before the archive's keys (FORMAT §7.3).
    assert listed.index("excerpts/01/excerpt.wav") == listed.index("identity.pem") - 4
    assert all(listed.index(n) < listed.index("excerpts/01/excerpt.wav") for n in listed if n.startswith("sessions/"))
    run = recorder(made["home"], "verify", str(made["full"]))
    assert run.returncode == 0, run.stdout
    for n, e in enumerate(excerpts, start=1):
        end = e["frame_start"] + e["frames"] - 1
        assert (
            f"Excerpt excerpts/{n:02d}/excerpt.wav holds exactly the samples of recording {e['session']} "
            f"from frame {e['frame_start']} to {end}"
        ) in run.stdout


def test_the_stock_commands_of_format_prove_the_excerpt(made: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    subprocess.run(["unzip", "-q", str(made["full"]), "-d", str(tmp_path)], check=True)
    check = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=tmp_path, capture_output=True, text=True)
    assert check.returncode == 0 and "excerpts/01/excerpt.opus: OK" in check.stdout
    e = json.loads((tmp_path / "manifest.json").read_bytes())["excerpts"][0]
    sid, start, frames = e["session"], e["frame_start"], e["frames"]
    commands = [
        "tail -c +45 excerpts/01/excerpt.wav | sha256sum",
        f"tail -c +$((45 + 2 * {start})) sessions/{sid}/audio.wav | head -c $((2 * {frames})) | sha256sum",
    ]
    for command in commands:
        out = subprocess.run(["sh", "-c", command], cwd=tmp_path, capture_output=True, text=True, check=True)
        assert out.stdout.split()[0] == e["samples_sha256"], command
    # VERIFY.txt gives each excerpt's two lines with the numbers filled in: both print its samples_sha256.
    text = (tmp_path / "VERIFY.txt").read_text()
    given = [ln.strip() for ln in text.splitlines() if ln.startswith(("    tail -c +", "    for f in "))]
    assert "片段 / Excerpts" in text and "excerpt.opus is a compressed copy derived from excerpt.wav" in text
    excerpts = json.loads((tmp_path / "manifest.json").read_bytes())["excerpts"]
    assert len(given) == 2 * len(excerpts) == 4
    for n, ex in enumerate(excerpts):
        for command in given[2 * n : 2 * n + 2]:
            out = subprocess.run(["sh", "-c", command], cwd=tmp_path, capture_output=True, text=True, check=True)
            assert out.stdout.split()[0] == ex["samples_sha256"], command


@pytest.mark.parametrize(
    ("excerpt", "words"),
    [
        ("asked-to-leave", "An excerpt is written FROM..TO"),
        ("..Left", "An excerpt is written FROM..TO"),
        ("asked-to-leave..no-such-tag", "no tag “no-such-tag” after the start"),
        ("0:01..0:02", "more than one recording"),
        ("Left..asked-to-leave", "no tag “asked-to-leave” after the start"),
    ],
)
def test_bad_excerpts_are_one_sentence_and_nothing_is_written(
    made: dict, tmp_path: Path, excerpt: str, words: str
) -> None:  # type: ignore[type-arg]
    out = tmp_path / "out.zip"
    args = ("export", "--case", "Door visit", "-o", str(out), "--excerpt", excerpt)
    assert_one_sentence(recorder(made["home"], *args, passphrase=made["pw"]), words)
    assert not out.exists() and not list(tmp_path.iterdir())


def test_an_excerpt_of_a_recording_not_exported_is_refused(made: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    out = tmp_path / "out.zip"
    args = ("export", made["first"], "-o", str(out), "--excerpt", f"{made['second']}@0:01..0:02")
    assert_one_sentence(recorder(made["home"], *args, passphrase=made["pw"]), made["second"], "not among")
    assert not out.exists()


def test_excerpt_folders_are_carried_into_the_package(made: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    """`--excerpts-from DIR`: folders made with `recorder excerpt` (here a folder of two) go in as their frames; one
    whose samples were changed is refused with one sentence and nothing is written."""
    folders = tmp_path / "excerpts"
    folders.mkdir()
    for name, start, end in (("a", "asked-to-leave", "Left"), ("b", "0:00.5", "0:01")):
        args = ("excerpt", made["first"], "--from", start, "--to", end, "-o", str(folders / name))
        assert recorder(made["home"], *args, passphrase=made["pw"]).returncode == 0
    out = tmp_path / "with-folders.zip"
    export = ("export", made["first"], "--excerpts-from", str(folders), "-o")
    run = recorder(made["home"], *export, str(out), passphrase=made["pw"])
    assert run.returncode == 0, run.stderr
    with zipfile.ZipFile(out) as z:
        carried = json.loads(z.read("manifest.json"))["excerpts"]
    for name, e in zip(("a", "b"), carried, strict=True):
        folder = json.loads((folders / name / "excerpt.json").read_bytes())
        assert (e["frame_start"], e["frames"], e["samples_sha256"]) == (
            folder["frame_start"], folder["frames"], folder["samples_sha256"]
        )  # fmt: skip
    assert recorder(made["home"], "verify", str(out)).returncode == 0
    wav = folders / "b" / "excerpt.wav"
    data = bytearray(wav.read_bytes())
    data[100] ^= 1
    wav.write_bytes(bytes(data))
    out2 = tmp_path / "refused.zip"
    run = recorder(made["home"], *export, str(out2), passphrase=made["pw"])
    assert_one_sentence(run, str(folders / "b"), "recorder verify-excerpt")
    assert not out2.exists()
