"""Excerpts (issue 15 §3): a stretch from a tag to a tag is exactly the original's samples, signed so that
`recorder verify-excerpt` and the stock commands of its VERIFY.txt catch any changed byte, and proven against the
full archive; bad stretches are one sentence."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from recorder.archive import excerpt as X
from recorder.archive import sshsig
from recorder.archive.export import export_archive
from recorder.core.canonical import canonical_json
from recorder.core.store import SessionReader
from recorder.core.timeline import AudioClock, blocks_of
from recorder.core.vault import Vault
from tests.archive_sessions import RATE, record
from tests.fixtures.core import PASSPHRASE
from tests.test_cli_core import assert_one_sentence, recorder


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict:  # type: ignore[type-arg]
    root = tmp_path_factory.mktemp("excerpt")
    home = root / "home"
    vault = Vault.create(home, PASSPHRASE)
    sid = record(vault, "Door visit", seconds=6)
    keys = vault.unlock(PASSPHRASE)
    full = root / "full.zip"
    export_archive(vault, keys, [sid], full, language="en")
    pw = root / "pw"
    pw.write_text(PASSPHRASE + "\n")
    out = root / "asked-to-leave"
    run = recorder(
        home, "excerpt", sid, "--from", "asked-to-leave", "--to", "Left", "-o", str(out), "--archive", str(full),
        passphrase=pw,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    entries = [e for e, _b in SessionReader(vault, keys.recording, sid).entries()]
    return {"root": root, "home": home, "sid": sid, "full": full, "out": out, "pw": pw, "entries": entries, "run": run}


def _archive_pcm(full: Path, sid: str) -> bytes:
    with zipfile.ZipFile(full) as z:
        return z.read(f"sessions/{sid}/audio.wav")[44:]


def test_excerpt_is_the_original_samples_between_the_tags(made: dict) -> None:  # type: ignore[type-arg]
    entries = made["entries"]
    clock = AudioClock(blocks_of(entries))
    tag_frame = {e["body"]["code"]: clock.offset_of(e) for e in entries if e["kind"] == "tag"}
    manifest = json.loads((made["out"] / X.MANIFEST).read_bytes())
    start, count = manifest["frame_start"], manifest["frames"]
    assert start == tag_frame["asked-to-leave"] and start + count == tag_frame["left"]
    wav = (made["out"] / X.WAV_NAME).read_bytes()
    original = _archive_pcm(made["full"], made["sid"])
    assert wav[44:] == original[2 * start : 2 * (start + count)]
    assert manifest["samples_sha256"] == hashlib.sha256(wav[44:]).hexdigest()
    assert manifest["original"]["archive"]["sha256"] == hashlib.sha256(made["full"].read_bytes()).hexdigest()
    # The overflow gap recorded at block 15 lies inside the stretch: listed, and said in a sentence.
    assert [c["kind"] for c in manifest["crosses"]] == ["gap"] and manifest["crosses"][0]["reason"] == "overflow"
    assert "The stretch crosses 1 pause or gap;" in made["run"].stdout
    # The small copy is labelled derived, with the tool and settings, and decodes to the stretch's length.
    derived = manifest["files"][1]
    assert derived["kind"] == "derived" and derived["settings"]["codec"] == "libopus"
    import av

    with av.open(str(made["out"] / X.COMPRESSED_NAME)) as c:
        decoded = sum(f.samples for f in c.decode(audio=0))
        assert c.streams.audio[0].codec_context.name in ("opus", "libopus")
    assert abs(decoded - count) < RATE // 10
    assert (made["out"] / X.COMPRESSED_NAME).stat().st_size * 5 < len(wav)


def test_verify_excerpt_against_the_full_archive(made: dict) -> None:  # type: ignore[type-arg]
    run = recorder(made["home"], "verify-excerpt", str(made["out"]), "--original", str(made["full"]))
    assert run.returncode == 0, run.stdout + run.stderr
    assert "VERIFIED" in run.stdout and "are the original's" in run.stdout


def _stock(folder: Path, command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", "-c", command], cwd=folder, capture_output=True, text=True, timeout=60)


def _verify_commands(folder: Path) -> list[str]:
    text = (folder / X.VERIFY_TEXT).read_text("utf-8")
    english = text[text.index("Excerpt verification (English)") :]
    return [line.strip() for line in english.splitlines() if line.startswith("    ")]


def test_stock_commands_of_verify_txt(made: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    sig, openssl, sums, samples, original = _verify_commands(made["out"])
    identity = sshsig.ed25519_from_pem((made["out"] / X.IDENTITY_PEM).read_bytes())
    assert identity is not None
    good = _stock(made["out"], sig)
    assert good.returncode == 0 and "Good" in good.stdout + good.stderr
    assert sshsig.ssh_fingerprint(identity) in good.stdout + good.stderr
    good = _stock(made["out"], openssl)
    assert good.returncode == 0 and "Signature Verified Successfully" in good.stdout
    assert sshsig.ssh_fingerprint(identity) in good.stdout
    assert _stock(made["out"], sums).returncode == 0
    digest = json.loads((made["out"] / X.MANIFEST).read_bytes())["samples_sha256"]
    assert _stock(made["out"], samples).stdout.split()[0] == digest
    unzipped = tmp_path / "full"
    with zipfile.ZipFile(made["full"]) as z:
        z.extractall(unzipped)
    assert _stock(unzipped, original).stdout.split()[0] == digest


def test_a_changed_excerpt_byte_is_caught(made: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    changed = tmp_path / "changed"
    shutil.copytree(made["out"], changed)
    wav = bytearray((changed / X.WAV_NAME).read_bytes())
    wav[1000] ^= 0x01
    (changed / X.WAV_NAME).write_bytes(bytes(wav))
    run = recorder(made["home"], "verify-excerpt", str(changed))
    assert run.returncode == 1 and "excerpt.wav has been changed" in run.stdout, run.stdout
    _sig, _openssl, sums, _samples, _original = _verify_commands(changed)
    stock = _stock(changed, sums)
    assert stock.returncode != 0 and "excerpt.wav: FAILED" in stock.stdout


def test_a_resigned_excerpt_with_other_samples_is_caught_by_the_original(made: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    """The owner's own key re-signs an excerpt whose samples were changed: whole and signed, but not the original's."""
    forged = tmp_path / "forged"
    shutil.copytree(made["out"], forged)
    wav = bytearray((forged / X.WAV_NAME).read_bytes())
    wav[2000] ^= 0x40
    (forged / X.WAV_NAME).write_bytes(bytes(wav))
    manifest = json.loads((forged / X.MANIFEST).read_bytes())
    manifest["samples_sha256"] = hashlib.sha256(bytes(wav[44:])).hexdigest()
    manifest["files"][0]["sha256"] = hashlib.sha256(bytes(wav)).hexdigest()
    (forged / X.MANIFEST).write_bytes(canonical_json(manifest) + b"\n")
    keys = Vault.open(made["home"]).unlock(PASSPHRASE)
    sums = "".join(f"{hashlib.sha256((forged / n).read_bytes()).hexdigest()}  {n}\n" for n in X.LISTED).encode()
    (forged / X.SUMS).write_bytes(sums)
    (forged / X.SUMS_SIG).write_bytes(keys.identity.sign(sums))
    (forged / X.SUMS_SSHSIG).write_text(sshsig.sign(sums, keys.identity, X.NAMESPACE))
    alone = recorder(made["home"], "verify-excerpt", str(forged))
    assert alone.returncode == 0, alone.stdout  # signed and whole: only the original can tell
    run = recorder(made["home"], "verify-excerpt", str(forged), "--original", str(made["full"]))
    assert run.returncode == 1 and "differ from the original's" in run.stdout, run.stdout


@pytest.mark.parametrize(
    ("start", "end", "words"),
    [
        ("no-such-tag", "left", "has no tag “no-such-tag”"),
        ("left", "arrived", "has no tag “arrived” after the start"),
        ("0:03", "0:02", "is empty"),
        ("0:01", "9:00", "after the end of the recording"),
    ],
)
def test_bad_stretches_are_one_sentence(made: dict, tmp_path: Path, start: str, end: str, words: str) -> None:  # type: ignore[type-arg]
    out = tmp_path / "x"
    run = recorder(
        made["home"], "excerpt", made["sid"], "--from", start, "--to", end, "-o", str(out), passphrase=made["pw"]
    )
    assert_one_sentence(run, words)
    assert not out.exists() and not list(tmp_path.glob(".x*"))


def test_times_and_an_existing_folder(made: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    out = tmp_path / "t"
    run = recorder(
        made["home"], "excerpt", made["sid"], "--from", "0:01.5", "--to", "3", "-o", str(out), passphrase=made["pw"]
    )
    assert run.returncode == 0, run.stderr
    manifest = json.loads((out / X.MANIFEST).read_bytes())
    assert (manifest["frame_start"], manifest["frames"]) == (RATE * 3 // 2, RATE * 3 // 2)
    assert manifest["original"]["archive"] is None and re.fullmatch(r"[0-9a-f]{64}", manifest["original"]["chain_head"])
    again = recorder(
        made["home"], "excerpt", made["sid"], "--from", "0", "--to", "1", "-o", str(out), passphrase=made["pw"]
    )
    assert_one_sentence(again, "already exists")


def test_a_bad_stretch_is_said_in_the_users_language(made: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    out = tmp_path / "zh"
    run = recorder(
        made["home"], "--lang", "zh_CN", "excerpt", made["sid"], "--from", "没有", "--to", "left", "-o", str(out),
        passphrase=made["pw"],
    )  # fmt: skip
    assert_one_sentence(run, "中没有标记 “没有”")


def test_a_case_names_the_recording_holding_the_start_tag(made: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    out = tmp_path / "case"
    run = recorder(made["home"], "excerpt", "--case", "Door visit", "--from", "threat", "--to", "left", "-o", str(out),
                   passphrase=made["pw"])  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert json.loads((out / X.MANIFEST).read_bytes())["original"]["session"] == made["sid"]
    run = recorder(made["home"], "excerpt", "--case", "No such case", "--from", "threat", "--to", "left", "-o",
                   str(tmp_path / "none"), passphrase=made["pw"])  # fmt: skip
    assert_one_sentence(run, "No such case")
