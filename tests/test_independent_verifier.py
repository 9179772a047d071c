"""The independent verifier (tests/independent_verifier/, written only from docs/FORMAT.md) accepts real exports
and agrees with `recorder verify` — run as a black box, the CLI — on them and on simple tampering (issue 11 §5)."""

from __future__ import annotations

import base64
import hashlib
import json
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from recorder.archive.export import export_archive
from recorder.core.environment import Moment
from recorder.core.review import ReviewSitting
from recorder.core.session import Session, Source
from recorder.core.vault import Vault
from recorder.timestamp.stamper import Stamper
from tests.archive_sessions import RATE, record
from tests.archive_tools import read_all, resign
from tests.fixtures.core import PASSPHRASE
from tests.fixtures.tsa import LocalTSA, make_pki, settings_for, trust_for
from tests.independent_verifier import Result, verify

RECORDER = Path(sys.executable).parent / "recorder"


def recorder_verify(path: Path) -> tuple[int, dict[str, Any]]:
    """`recorder verify --json` as a stranger runs it: its exit status and its report."""
    done = subprocess.run([str(RECORDER), "verify", "--json", str(path)], capture_output=True, timeout=120)
    try:
        report = json.loads(done.stdout)
    except ValueError:
        report = {}
    return done.returncode, report


def _stamped(vault: Vault, work: Path) -> str:
    pki = make_pki(work / "pki")
    tsa = LocalTSA(pki, work / "tsa").start()
    try:
        s = Session.start(vault, "Case A", Source("test tone", live=False, kind="test-signal"))
        stamper = Stamper(s, settings_for(tsa, timeout_seconds=10.0), trust_for(pki)).start()
        s.append_audio(b"\x02\x00" * 4800, rate=RATE)
        deadline = time.monotonic() + 60
        while s.first_hash not in {t.entry_hash for t in stamper.tokens()}:  # the start's token, then the seal
            assert time.monotonic() < deadline, "the start was never stamped"
            time.sleep(0.02)
        s.seal()
        stamper.stop()
    finally:
        tsa.stop()
    return s.id


def _imported(vault: Vault, work: Path) -> str:
    """An import session (FORMAT §3.5) made by `recorder import`, as a user makes one: no audio, two files."""
    (work / "phone").mkdir()
    (work / "phone" / "call 1.m4a").write_bytes(b"\x00\x00\x00\x18ftypM4A " + bytes(range(256)) * 4)
    (work / "phone" / "截图.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"pixels" * 50)
    (work / "pass.txt").write_text(PASSPHRASE + "\n", encoding="utf-8")
    before = {p.name for p in (vault.home / "sessions").iterdir()}
    subprocess.run(
        [str(RECORDER), "--home", str(vault.home), "--passphrase-file", str(work / "pass.txt"), "import",
         "--case", "Case A", "--source", "Xiaomi call recorder", str(work / "phone")],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    (new,) = {p.name for p in (vault.home / "sessions").iterdir()} - before
    return new


@pytest.fixture(scope="module")
def case(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One export of a case with two recorded sessions (attachments, tags, a gap, a note), two later review
    sittings, a session with time-stamp tokens and an interrupted one; plus the vault to re-sign like an owner."""
    work = tmp_path_factory.mktemp("independent")
    for d in ("pki", "tsa"):
        (work / d).mkdir()
    vault = Vault.create(work / "home", PASSPHRASE)
    keys = vault.unlock(PASSPHRASE)
    first = record(vault, "Case A", 4.0)
    second = record(vault, "Case A", 3.0, seed=2, attachment=b"receipt \x00\x01" * 20, attachment_name="收据 #2.pdf")
    stamped = _stamped(vault, work)
    sitting = ReviewSitting.open(vault, keys, first)
    sitting.add_note("the door was pushed here", frame=12_000, rate=RATE)
    sitting.close()
    sitting = ReviewSitting.open(vault, keys, first)
    sitting.add_note("a second sitting, another day", frame=100, rate=RATE)
    sitting.close()
    interrupted = record(vault, "Case A", 3.0, seed=3, seal=False)
    imported = _imported(vault, work)
    out = work / "case.zip"
    export_archive(vault, keys, [first, second, stamped, interrupted, imported], out, language="en")
    return {
        "path": out,
        "vault": vault,
        "keys": keys,
        "work": work,
        "ids": [first, second, stamped, interrupted, imported],
    }


def test_accepts_a_real_export_as_recorder_verify_does(case: dict[str, Any]) -> None:
    path: Path = case["path"]
    result = verify(path)
    assert result == Result(True, "", "authentic and complete")
    assert verify(path.read_bytes()).ok
    status, report = recorder_verify(path)
    assert status == 0 and report["ok"] is True
    cli = subprocess.run([sys.executable, "-m", "tests.independent_verifier", str(path)], capture_output=True)
    assert cli.returncode == 0, cli.stdout


def _mutant(case: dict[str, Any], name: str, change: Any, *, owner: bool = False, forger: bool = False) -> Path:
    infos, data = read_all(case["path"])
    change(data)
    if owner:
        resign(data, case["keys"].identity)
    elif forger:
        resign(data, new_identity=True)
    dst = case["work"] / f"{name}.zip"
    write_exact(dst, infos, data)
    return dst


def write_exact(dst: Path, infos: list[zipfile.ZipInfo], data: dict[str, bytes]) -> None:
    """Members written as the exporter writes them (FORMAT §7.1), deflate at zlib level 1 as real archives are,
    so that the deeper checks, not the container's, meet the change."""
    by_name = {i.filename: i for i in infos}
    with zipfile.ZipFile(dst, "w") as z:
        for name, content in data.items():
            old = by_name[name]
            info = zipfile.ZipInfo(name, old.date_time)
            info.compress_type = old.compress_type
            info.external_attr = old.external_attr
            info.create_system = 3
            z.writestr(info, content, compresslevel=1)


def _journal(case: dict[str, Any], n: int = 0) -> str:
    return f"sessions/{case['ids'][n]}/journal.jsonl"


def _swap_lines(data: dict[str, bytes], member: str, i: int, j: int) -> None:
    lines = data[member].split(b"\n")
    lines[i], lines[j] = lines[j], lines[i]
    data[member] = b"\n".join(lines)


def _new_identity_in_manifest(data: dict[str, bytes]) -> None:
    """A forger's key in the key members, the manifest and the signatures: only the sessions' start entries
    (signed by their own session keys) still name the owner's vault key."""
    key = Ed25519PrivateKey.generate()
    resign(data, key, new_identity=True)
    manifest = json.loads(data["manifest.json"])
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + raw
    manifest["identity"]["public"] = base64.b64encode(raw).decode()
    manifest["identity"]["fingerprint"] = "SHA256:" + base64.b64encode(hashlib.sha256(blob).digest()).decode().rstrip(
        "="
    )
    data["manifest.json"] = (
        json.dumps(manifest, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode() + b"\n"
    )
    resign(data, key)


def _canonical(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def _in_manifest(change: Any) -> Any:
    def apply(data: dict[str, bytes]) -> None:
        manifest = json.loads(data["manifest.json"])
        change(manifest)
        data["manifest.json"] = _canonical(manifest) + b"\n"

    return apply


def _tail_tag(case: dict[str, Any]) -> Any:
    """A counted tag appended to the interrupted session's unsigned tail, the chain and the manifest made to agree:
    what anyone holding the journal before export could have done."""
    sid = case["ids"][3]
    member = f"sessions/{sid}/journal.jsonl"

    def apply(data: dict[str, bytes]) -> None:
        lines = data[member].split(b"\n")[:-1]
        last = json.loads(lines[-1])
        forged = {k: v for k, v in last.items() if k not in ("payload", "sig")}
        forged.update(seq=len(lines), prev=hashlib.sha256(lines[-1]).hexdigest(), kind="tag")
        forged.update(body={"code": "entered-home", "key": "9", "label": "Entered my home"})
        lines.append(_canonical(forged))
        data[member] = b"\n".join(lines) + b"\n"

        def agree(m: dict[str, Any]) -> None:
            s = next(s for s in m["sessions"] if s["id"] == sid)
            s["entries"], s["head"] = len(lines), hashlib.sha256(lines[-1]).hexdigest()

        _in_manifest(agree)(data)

    return apply


def test_a_tag_forged_into_the_unsigned_tail_is_accepted_by_both_and_counts_in_no_fact(case: dict[str, Any]) -> None:
    """FORMAT §7.5/§7.7: entries after the last signed one are hash-chained but unsigned, and their tags are in no
    fact. Re-signed by the owner (the facts left as exported, with `entered_home` empty), the archive still
    verifies in both verifiers: the forged `entered-home` tag changed no fact."""
    path = _mutant(case, "tail", _tail_tag(case), owner=True)
    assert b'"entered_home":[]' in read_all(path)[1]["report.html"]
    assert verify(path).ok
    status, report = recorder_verify(path)
    assert status == 0 and report["ok"] is True


def _flip(member: str, at: int) -> Any:
    def change(data: dict[str, bytes]) -> None:
        b = bytearray(data[member])
        b[at] ^= 0x01
        data[member] = bytes(b)

    return change


def _mutants(case: dict[str, Any]) -> dict[str, tuple[Path, str]]:
    """name -> (archive, the class the independent verifier must name)."""
    ids = case["ids"]
    audio = f"sessions/{ids[0]}/audio.wav"
    tsr = next(n for n in read_all(case["path"])[1] if n.endswith(".tsr"))
    return {
        "audio byte flipped": (_mutant(case, "audio", _flip(audio, 5000)), "checksums"),
        "audio byte flipped, re-signed by the owner": (
            _mutant(case, "audio-o", _flip(audio, 5000), owner=True),
            "audio",
        ),
        "audio flipped, re-signed with a new key": (
            _mutant(case, "audio-f", _flip(audio, 5000), forger=True),
            "manifest",
        ),
        "a new key everywhere, the manifest too": (_mutant(case, "forged", _new_identity_in_manifest), "keys"),
        "two journal lines swapped, re-signed by the owner": (
            _mutant(case, "swap", lambda d: _swap_lines(d, _journal(case, 1), 3, 4), owner=True),
            "chain",
        ),
        "report facts changed, re-signed by the owner": (
            _mutant(
                case,
                "facts",
                lambda d: d.__setitem__("report.html", d["report.html"].replace(b'"visitors":2', b'"visitors":3')),
                owner=True,
            ),
            "facts",
        ),
        "attachment changed, re-signed by the owner": (
            _mutant(case, "att", _flip(f"sessions/{ids[1]}/attachments/000015-收据__2.pdf", 3), owner=True),
            "attachment",
        ),
        "review sitting removed, re-signed by the owner": (
            _mutant(case, "review", lambda d: d.pop(f"sessions/{ids[0]}/review-0002.jsonl"), owner=True),
            "manifest",
        ),
        "time-stamp token damaged, re-signed by the owner": (
            _mutant(case, "tsr", _flip(tsr, 200), owner=True),
            "stamps",
        ),
        "the manifest states 2^62 frames, re-signed by the owner": (
            _mutant(
                case,
                "frames",
                _in_manifest(lambda m: m["sessions"][0]["audio"].__setitem__("frames", 2**62)),
                owner=True,
            ),
            "manifest",
        ),
        "SHA256SUMS.sig from another key": (
            _mutant(case, "sig", lambda d: d.__setitem__("SHA256SUMS.sig", bytes(64))),
            "signature",
        ),
    }


def test_rejects_simple_tampering_as_recorder_verify_does(case: dict[str, Any]) -> None:
    disagreements = []
    for name, (path, cls) in _mutants(case).items():
        result = verify(path)
        status, _report = recorder_verify(path)
        if result.ok or result.cls != cls or status != result.exit_code:
            disagreements.append((name, result, status))
    assert disagreements == []


def test_container_bytes_are_fixed(case: dict[str, Any]) -> None:
    """A byte changed in the container's structure, or appended after it, is refused by both verifiers."""
    raw = case["path"].read_bytes()
    assert (
        verify(raw + b"\x00")
        == verify(raw[:-5])
        == Result(False, "unreadable", "not a zip archive, or damaged beyond reading (no end record at its end)")
    )
    cases = {
        "a date changed in one local header": raw[:10] + bytes([raw[10] ^ 0x02]) + raw[11:],
        "the UTF-8 flag on an ASCII name": raw[:6] + b"\x00\x08" + raw[8:],
    }
    for name, data in cases.items():
        result = verify(data)
        assert not result.ok and result.cls == "container", name
        p = case["work"] / "container.zip"
        p.write_bytes(data)
        assert recorder_verify(p)[0] == 1, name


def test_cli_exit_codes(case: dict[str, Any], tmp_path: Path) -> None:
    not_zip = tmp_path / "not.zip"
    not_zip.write_bytes(b"hello, not a zip at all")
    for path, want in ((case["path"], 0), (not_zip, 2), (tmp_path / "missing.zip", 2)):
        cli = subprocess.run([sys.executable, "-m", "tests.independent_verifier", str(path)], capture_output=True)
        assert cli.returncode == want, (path, cli.stdout)
        assert recorder_verify(path)[0] == want, path
    bad = _mutant(case, "cli-bad", _flip(f"sessions/{case['ids'][0]}/audio.wav", 100))
    cli = subprocess.run([sys.executable, "-m", "tests.independent_verifier", str(bad)], capture_output=True)
    assert cli.returncode == 1 and b"checksums" in cli.stdout


# -- calls (FORMAT §4.5, §7.10): the cases the campaign's one call does not meet --------------------------------
CALL_RATE = 8_000
MS = 1_000_000


def _call(vault: Vault, name: str, other: list[tuple[int, int]], *, loopback: str | None, pause_after: int = -1) -> str:
    """A call written block by block with chosen capture times (ms from an origin 5 s in the past, so that the
    entries written now come after every block). Me: 12 blocks of 100 ms at 8 kHz. ``other``: (ms, rate) per block
    of the other party; a gap of its track before a block more than 150 ms after the one before; ``loopback`` None:
    the loopback failed (an `input` `failed` of track "other", no audio). A pause and resume after block
    ``pause_after`` of mine (both tracks' runs end there)."""
    s = Session.start(vault, "Calls", Source("test", live=False, kind="test-signal"), checkpoint_interval=0.0)
    t = time.monotonic_ns() - 5_000_000_000
    at = lambda ms: Moment(utc_ns=time.time_ns(), mono_ns=t + ms * MS)  # noqa: E731
    s.add("input", {"block_frames": 800, "device": name, "event": "opened", "kind": "device", "live": False,
                    "rate": CALL_RATE})  # fmt: skip
    if loopback is None:
        s.add("input", {"device": "monitor", "event": "failed", "reason": "could not open it", "track": "other"})
    else:
        s.add("input", {"block_frames": 800, "device": loopback, "event": "opened", "kind": "loopback",
                        "live": False, "rate": other[0][1], "track": "other"})  # fmt: skip
    blocks = [(ms, CALL_RATE, None) for ms in range(0, 1200, 100)] + [(ms, r, "other") for ms, r in other]
    last_other: int | None = None
    for n, (ms, rate, track) in enumerate(sorted(blocks, key=lambda b: (b[0], b[2] or ""))):
        if track == "other" and last_other is not None and ms - last_other > 150:
            s.add_gap("overflow", (ms - last_other - 100) * rate // 1000, rate, track="other")
        frames = rate // 10
        pcm = ((np.arange(frames) * (7 if track else 3) + n) % 2000 - 1000).astype("<i2").tobytes()
        s.append_audio(pcm, rate=rate, captured=at(ms), track=track)
        if track == "other":
            last_other = ms
        if track is None and ms == pause_after * 100:
            s.pause()
            s.resume()
    s.seal()
    return s.id


@pytest.fixture(scope="module")
def calls(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Three calls in one export: "placed" meets every case of the listening copy's rule (a late start, silence
    after a gap of the other party's track, a clock running fast so that frames are dropped, a pause); "rates" has
    tracks at two rates (no listening copy, both drifts measured); "lost" a loopback that failed (no other audio,
    no drift between, no listening copy)."""
    work = tmp_path_factory.mktemp("calls")
    vault = Vault.create(work / "home", PASSPHRASE)
    keys = vault.unlock(PASSPHRASE)
    placed = _call(
        vault,
        "Mic A",
        [(35, CALL_RATE), (135, CALL_RATE), (235, CALL_RATE), (600, CALL_RATE)]
        + [(600 + 80 * k, CALL_RATE) for k in range(1, 7)],
        loopback="Speakers A",
        pause_after=8,
    )
    rates = _call(vault, "Mic B", [(ms, 16_000) for ms in range(20, 1000, 99)], loopback="Speakers B")
    lost = _call(vault, "Mic C", [], loopback=None)
    out = work / "calls.zip"
    export_archive(vault, keys, [placed, rates, lost], out, language="en")
    return {"path": out, "vault": vault, "keys": keys, "work": work, "ids": [placed, rates, lost]}


def test_calls_are_accepted_by_both_with_their_null_cases(calls: dict[str, Any]) -> None:
    """Both verifiers accept the three calls; the archive has what FORMAT §7.10 gives for each: a listening copy
    only for "placed", `{"rate":0,"frames":0,"parts":[]}` for the lost loopback, `null` drift between its tracks,
    and the facts' devices from the tracks' own `input` `opened` entries."""
    path: Path = calls["path"]
    assert verify(path) == Result(True, "", "authentic and complete")
    status, report = recorder_verify(path)
    assert status == 0 and report["ok"] is True, report
    _infos, data = read_all(path)
    manifest = json.loads(data["manifest.json"])
    placed, rates, lost = (next(s for s in manifest["sessions"] if s["id"] == i) for i in calls["ids"])
    assert placed["call"]["listening"] == f"sessions/{placed['id']}/call-stereo.wav"
    assert rates["call"]["listening"] is None and lost["call"]["listening"] is None
    assert lost["call"]["other"] == {"frames": 0, "parts": [], "rate": 0}
    assert rates["call"]["other"]["rate"] == 16_000 and rates["audio"]["rate"] == CALL_RATE
    alignment = {s["id"]: json.loads(data[s["call"]["alignment"]]) for s in (placed, rates, lost)}
    assert alignment[lost["id"]]["drift_between_ppb"] is None
    assert alignment[lost["id"]]["tracks"]["other"]["clock"] == {"drift_ppb": None, "frames": 0, "ns": 0}
    assert alignment[rates["id"]]["listening"] is None and alignment[rates["id"]]["drift_between_ppb"] is not None
    # The other party's clock in "placed" ran 20 % fast in its last run (80 ms apart for 100 ms of audio).
    assert alignment[placed["id"]]["tracks"]["other"]["clock"]["drift_ppb"] > 0
    # "placed" meets each case of the placement rule (FORMAT §7.10), as its alignment.json's blocks show.
    met = set()
    listening = alignment[placed["id"]]["listening"]
    tol = listening["tolerance_frames"]
    for track in ("me", "other"):
        end = None
        for _seq, _first, frames, mono in alignment[placed["id"]]["tracks"][track]["blocks"]:
            c = (mono - listening["origin_mono_ns"]) * listening["rate"] // 10**9
            if end is None:
                met.add("late start" if c > 0 else "origin")
                end = c + frames
            elif c > end + tol:
                met.add("silence")
                end = c + frames
            elif c < end - tol:
                met.add("dropped")
                end += frames - min(frames, end - c)
            else:
                end += frames
    assert met == {"origin", "late start", "silence", "dropped"}, met
    facts = json.loads(data["report.html"].split(b'id="evidence-facts">')[1].split(b"</script>")[0].decode())
    calls_facts = {sid: facts["sessions"][sid]["call"] for sid in calls["ids"]}
    assert calls_facts[placed["id"]]["me"]["device"] == "Mic A"
    assert calls_facts[placed["id"]]["other"]["device"] == "Speakers A"
    assert calls_facts[lost["id"]]["other"] == {"device": None, "frames": 0, "rate": 0}


def _member_of(calls: dict[str, Any], n: int, name: str) -> str:
    return f"sessions/{calls['ids'][n]}/{name}"


def test_call_tampering_is_rejected_by_both_with_its_class(calls: dict[str, Any]) -> None:
    """Re-signed by the owner, so that only the call's own rules can catch each: the classes the independent
    verifier names, and recorder verify's exit status 1 for every one."""

    def alignment_listening(data: dict[str, bytes]) -> None:
        name = _member_of(calls, 1, "alignment.json")
        doc = json.loads(data[name])
        doc["listening"] = {"frames": 1, "origin_mono_ns": 0, "rate": CALL_RATE, "tolerance_frames": 160}
        data[name] = _canonical(doc) + b"\n"

    def no_call(data: dict[str, bytes]) -> None:
        data.pop(_member_of(calls, 2, "alignment.json"))
        _in_manifest(lambda m: m["sessions"][2].pop("call"))(data)

    def drift_forged(data: dict[str, bytes]) -> None:
        name = _member_of(calls, 0, "journal.jsonl")
        data[name] = data[name].replace(b'"drift":{"me":{"frames":', b'"drift":{"me":{"frames":1', 1)

    mutants = {
        "a block of the other party's track changed": (_flip(_member_of(calls, 0, "other.wav"), 60), "audio"),
        "the listening copy one sample changed": (_flip(_member_of(calls, 0, "call-stereo.wav"), 2000), "call"),
        "a listening copy stated where the rates differ": (alignment_listening, "call"),
        "the manifest's call of the lost loopback removed with its member": (no_call, "manifest"),
        "a checkpoint's drift forged (its signature no longer holds)": (drift_forged, "chain"),
    }
    wrong = []
    for name, (change, cls) in mutants.items():
        path = _mutant(calls, name.replace(" ", "-")[:40], change, owner=True)
        result = verify(path)
        status, _report = recorder_verify(path)
        if result.ok or result.cls != cls or status != 1:
            wrong.append((name, result, status))
    assert wrong == []


@pytest.mark.parametrize("track", ["me", None])
def test_a_gap_of_an_unknown_track_breaks_the_chain_for_both_verifiers(tmp_path: Path, track: str | None) -> None:
    """FORMAT §4.2 rule 6: on a gap (as on audio and input entries) `track` is absent or "other"; "me" and null
    break the chain. (Before, readers disagreed on whose run such a gap ends: the facts' drift and alignment.json's
    differed.) The export writes what the vault holds; both verifiers refuse it as a broken chain."""
    vault = Vault.create(tmp_path / "home", PASSPHRASE)
    keys = vault.unlock(PASSPHRASE)
    s = Session.start(vault, "Gap", Source("test", live=False, kind="test-signal"), checkpoint_interval=0.0)
    t = time.monotonic_ns() - 5_000_000_000
    for ms, other in ((0, True), (0, False), (100, False), (100, True), (None, None), (195, False), (190, True)):
        if ms is None:
            s.add("gap", {"duration_ms": 0, "frames_lost": 0, "rate": CALL_RATE, "reason": "overflow", "track": track})
            continue
        pcm = (b"\x02\x00" if other else b"\x01\x00") * 800
        s.append_audio(pcm, rate=CALL_RATE, captured=Moment(mono_ns=t + ms * MS), track="other" if other else None)
    s.seal()
    out = tmp_path / "gap.zip"
    export_archive(vault, keys, [s.id], out, language="en")
    result = verify(out)
    status, report = recorder_verify(out)
    assert not result.ok and result.cls == "chain", result
    assert status == 1 and "names an unknown track" in json.dumps(report), report
