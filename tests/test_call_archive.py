"""A call in the archive (issue 16 §4, docs/FORMAT.md §7.10): each track its own WAV parts exactly as captured,
alignment.json derived from the journal, the stereo listening copy placed by the rule; `recorder verify` accepts it
and rejects swapped tracks, a block moved between them, a changed alignment or listening copy, and a manifest that
calls a one-track session a call — each re-signed by the owner, so that only the call's own checks can catch it.

Two calls: one made by :class:`CallRecorder` from two test tones (the engine's own times), one written block by
block with chosen capture times so that the listening copy's rule meets each of its cases (a late start, silence
before a block, a fast clock whose frames are dropped)."""

from __future__ import annotations

import base64
import hashlib
import json
import subprocess
import time
import zipfile
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import soundfile
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from recorder.archive import audio_check, layout, sshsig
from recorder.archive import messages as M
from recorder.archive.call_align import CallAlignment
from recorder.archive.export import export_archive
from recorder.archive.verify import verify_archive
from recorder.audio.call import CallRecorder
from recorder.audio.engine import Recorder
from recorder.audio.sources import ToneSource
from recorder.core import limits
from recorder.core.canonical import canonical_json
from recorder.core.crypto import ed25519_public_raw
from recorder.core.environment import Moment
from recorder.core.session import Session, Source
from recorder.core.store import SessionReader, recover_all
from recorder.core.vault import Vault
from tests.archive_sessions import record
from tests.archive_tools import read_all, resign, write_like
from tests.fixtures.audio import wait_for
from tests.fixtures.core import PASSPHRASE
from tests.test_cli_core import recorder

RATE = 48_000
BLOCK = 4_800  # 100 ms
MS = 1_000_000


def _synthetic(vault: Vault, *, seal: bool = True) -> str:
    """A call written block by block. Me: 20 blocks every 100 ms from t = 0. The other party: from 30 ms (a late
    start), five blocks; silence until 700 ms (placed after it, not against the previous end); then blocks 90 ms
    apart for 100 ms of audio (a clock running fast: the copy drops frames to keep to the capture times)."""
    s = Session.start(vault, "call archive", Source("test", live=False, kind="test-signal"), checkpoint_interval=3600)
    t = time.monotonic_ns() - 5_000_000_000  # in the past: the seal comes after every block
    at = lambda ms: Moment(utc_ns=time.time_ns(), mono_ns=t + ms * MS)  # noqa: E731
    me = [(ms, None) for ms in range(0, 2000, 100)]
    other = [(ms, "other") for ms in (30, 130, 230, 330, 430, 700, 790, 880, 970, 1060, 1150, 1240, 1330)]
    counts = {None: 0, "other": 0}
    for ms, track in sorted(me + other, key=lambda b: (b[0], b[1] or "")):
        n = counts[track]
        frames = np.arange(n * BLOCK, (n + 1) * BLOCK) % 30_000
        pcm = (frames + 1 if track is None else -frames - 1).astype("<i2").tobytes()
        s.append_audio(pcm, rate=RATE, captured=at(ms), track=track)
        counts[track] += 1
    if seal:
        s.seal()
    else:
        s.abandon()  # as a crash leaves it: every entry after the start unsigned
    return s.id


def _tones(vault: Vault) -> str:
    """A call from two test tones through CallRecorder (each its own engine, queue and writer)."""
    me, other = ToneSource(440.0), ToneSource(1000.0, level=0.5)
    session = Session.start(vault, "call archive", Recorder.source_of(source=me))
    rec = CallRecorder(session, source=me, other_source=other)
    rec.start()
    wait_for(lambda: session.track_frames.get("other", 0) >= RATE * 3 // 2, timeout=30, what="the other party")
    rec.stop()
    assert rec.wait(30)
    return session.id


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("call-archive")
    vault = Vault.create(root / "home", PASSPHRASE)
    tones, synthetic = _tones(vault), _synthetic(vault)
    pw = root / "pw"
    pw.write_text(PASSPHRASE + "\n")
    out = root / "call.zip"
    run = recorder(vault.home, "export", "--case", "call archive", "-o", str(out), passphrase=pw)
    assert run.returncode == 0, run.stderr
    keys = vault.unlock(PASSPHRASE)
    return {"root": root, "vault": vault, "keys": keys, "zip": out, "tones": tones, "synthetic": synthetic, "pw": pw}


def _manifest(path: Path) -> dict[str, Any]:
    with zipfile.ZipFile(path) as z:
        return json.loads(z.read(layout.MANIFEST))  # type: ignore[no-any-return]


def _session(manifest: dict[str, Any], sid: str) -> dict[str, Any]:
    return next(s for s in manifest["sessions"] if s["id"] == sid)


def _entries(made: dict[str, Any], sid: str) -> list[tuple[dict[str, Any], bytes]]:
    return list(SessionReader(made["vault"], made["keys"].recording, sid).entries())


def _track(made: dict[str, Any], sid: str, other: bool) -> np.ndarray:
    """A track's samples as captured (from the vault, not the archive)."""
    pcm = b"".join(p for e, p in _entries(made, sid) if e["kind"] == "audio" and ("track" in e["body"]) == other)
    return np.frombuffer(pcm, dtype="<i2")


def _wav(z: zipfile.ZipFile, name: str) -> tuple[np.ndarray, int]:
    with z.open(name) as f:
        data, rate = soundfile.read(f, dtype="int16", always_2d=True)
    return data, rate


# -- it exports and verifies ---------------------------------------------------------------------------------------
def test_a_call_exports_with_both_tracks_and_recorder_verify_accepts_it(made: dict[str, Any]) -> None:
    run = recorder(made["vault"].home, "verify", "--json", str(made["zip"]))
    assert run.returncode == 0, run.stdout + run.stderr
    doc = json.loads(run.stdout)
    assert doc["ok"] is True and doc["problems"] == []
    words = "\n".join(doc["statements"])
    for sid in (made["tones"], made["synthetic"]):
        base = f"sessions/{sid}"
        assert f"Recording {sid} is a call in two tracks: me, the microphone" in words
        assert f"Recording {sid}: the other party's audio (" in words
        assert f"{base}/alignment.json is exactly what the journal gives" in words
        assert (
            f"Recording {sid}: {base}/call-stereo.wav is a stereo listening copy derived from the two tracks" in words
        )
    assert "test tone 1000 Hz" in words  # the other party's device, from its own input entry

    manifest = _manifest(made["zip"])
    with zipfile.ZipFile(made["zip"]) as z:
        names = z.namelist()
    for sid in (made["tones"], made["synthetic"]):
        s = _session(manifest, sid)
        base = f"sessions/{sid}"
        assert s["call"] == {
            "other": {
                "rate": RATE,
                "frames": s["call"]["other"]["frames"],
                "parts": [{"path": f"{base}/other.wav", "frame_offset": 0, "frames": s["call"]["other"]["frames"]}],
            },
            "alignment": f"{base}/alignment.json",
            "listening": f"{base}/call-stereo.wav",
        }
        # FORMAT §7.3 and §7.10: audio, other, journal, keys, alignment, listening copy.
        at = names.index(f"{base}/audio.wav")
        assert names[at : at + 7] == [
            f"{base}/audio.wav",
            f"{base}/other.wav",
            f"{base}/journal.jsonl",
            f"{base}/session-key.pem",
            f"{base}/session-key.pub",
            f"{base}/alignment.json",
            f"{base}/call-stereo.wav",
        ]


def test_the_stock_procedure_of_verify_txt_covers_the_call_members(made: dict[str, Any], tmp_path: Path) -> None:
    folder = tmp_path / "evidence"
    with zipfile.ZipFile(made["zip"]) as z:
        z.extractall(folder)
    text = (folder / layout.VERIFY_TEXT).read_text("utf-8")
    commands = []
    for line in text.splitlines():
        cmd = line.strip()
        if (
            line.startswith("    ")
            and cmd.split(" ")[0] in ("openssl", "ssh-keygen", "sha256sum")
            and cmd not in commands
        ):
            commands.append(cmd)
    assert {c.split(" ")[0] for c in commands} == {"openssl", "ssh-keygen", "sha256sum"}
    outputs = []
    for cmd in commands:
        done = subprocess.run(cmd, shell=True, cwd=folder, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, (cmd, done.stdout, done.stderr)
        outputs.append(done.stdout + done.stderr)
    joined = "\n".join(outputs)
    assert "Signature Verified Successfully" in joined
    for sid in (made["tones"], made["synthetic"]):
        for name in ("other.wav", "alignment.json", "call-stereo.wav"):
            assert f"sessions/{sid}/{name}: OK" in joined
    # A changed sample of the other party's track fails sha256sum -c.
    other = folder / "sessions" / made["synthetic"] / "other.wav"
    raw = bytearray(other.read_bytes())
    raw[-2] ^= 0x01
    other.write_bytes(bytes(raw))
    sums = next(c for c in commands if c.startswith("sha256sum"))
    assert subprocess.run(sums, shell=True, cwd=folder, capture_output=True, timeout=60).returncode != 0


def test_each_tracks_wav_holds_exactly_its_tracks_samples(made: dict[str, Any]) -> None:
    with zipfile.ZipFile(made["zip"]) as z:
        for sid in (made["tones"], made["synthetic"]):
            me, me_rate = _wav(z, f"sessions/{sid}/audio.wav")
            other, other_rate = _wav(z, f"sessions/{sid}/other.wav")
            assert me_rate == other_rate == RATE and me.shape[1] == other.shape[1] == 1
            assert np.array_equal(me[:, 0], _track(made, sid, other=False))
            assert np.array_equal(other[:, 0], _track(made, sid, other=True))
            assert len(other) >= RATE  # (not empty: the tone of the other party)
            assert not np.array_equal(me[: len(other), 0], other[: len(me), 0])


def _runs_measure(entries: list[dict[str, Any]], track: str | None) -> tuple[int, int]:
    """FORMAT §4.5's F and T, written out again: steps between a track's audio entries, a run cut by a gap or input
    entry of the track, a pause or a resume."""
    frames = ns = 0
    previous: dict[str, Any] | None = None
    for e in entries:
        mine = e["body"].get("track") == track
        if e["kind"] in ("pause", "resume") or (e["kind"] in ("gap", "input") and mine):
            previous = None
        elif e["kind"] == "audio" and mine:
            if previous is not None:
                frames += e["body"]["frame_offset"] - previous["body"]["frame_offset"]
                ns += e["mono_ns"] - previous["mono_ns"]
            previous = e
    return frames, ns


def test_alignment_json_is_what_the_journal_gives(made: dict[str, Any]) -> None:
    manifest = _manifest(made["zip"])
    with zipfile.ZipFile(made["zip"]) as z:
        for sid in (made["tones"], made["synthetic"]):
            raw = z.read(f"sessions/{sid}/alignment.json")
            doc = json.loads(raw)
            assert raw == canonical_json(doc) + b"\n"
            entries = [e for e, _p in _entries(made, sid)]
            ppb = {}
            for name, track in (("me", None), ("other", "other")):
                audio = [e for e in entries if e["kind"] == "audio" and e["body"].get("track") == track]
                t = doc["tracks"][name]
                assert t["blocks"] == [
                    [e["seq"], e["body"]["frame_offset"], e["body"]["frames"], e["mono_ns"]] for e in audio
                ]
                assert (t["rate"], t["frames"]) == (RATE, sum(e["body"]["frames"] for e in audio))
                f, ns = _runs_measure(entries, track)
                ppb[name] = (f * 10**9 - RATE * ns) * 10**9 // (RATE * ns)
                assert t["clock"] == {"frames": f, "ns": ns, "drift_ppb": ppb[name]}
            assert doc["drift_between_ppb"] == ppb["other"] - ppb["me"]
            assert doc["format"] == "evidence-recorder-alignment" and doc["version"] == 1 and doc["session"] == sid
            first = min(doc["tracks"][n]["blocks"][0][3] for n in ("me", "other"))
            stereo = _session(manifest, sid)["call"]["listening"]
            assert doc["listening"]["origin_mono_ns"] == first and doc["listening"]["tolerance_frames"] == RATE // 50
            assert z.getinfo(stereo).file_size == 44 + 4 * doc["listening"]["frames"]
    # The synthetic call's other party: one run (no gap entry) of 12 steps of 4,800 frames over 1.3 s, 48 kHz
    # nominal: 7.69 % slow by the measure (the silence before 700 ms counted as its clock's), the microphone exact.
    with zipfile.ZipFile(made["zip"]) as z:
        doc = json.loads(z.read(f"sessions/{made['synthetic']}/alignment.json"))
    assert doc["tracks"]["me"]["clock"]["drift_ppb"] == 0 and doc["drift_between_ppb"] == -76_923_077


def _placed(blocks: list[list[int]], samples: np.ndarray, origin: int, n: int) -> tuple[np.ndarray, int]:
    """FORMAT §7.10's placement, written out again: one channel of N frames, and the frames dropped."""
    tol = RATE // 50
    channel = np.zeros(n, dtype=np.int16)
    end: int | None = None
    dropped_total = 0
    for _seq, offset, frames, mono in blocks:
        c = (mono - origin) * RATE // 10**9
        if end is None or c > end + tol:
            place, drop = c, 0
        elif c < end - tol:
            place, drop = end, min(frames, end - c)
        else:
            place, drop = end, 0
        kept = frames - drop
        channel[place : place + kept] = samples[offset + drop : offset + frames]
        end = place + kept
        dropped_total += drop
    return channel, dropped_total


def test_the_listening_copy_is_me_left_the_other_party_right_placed_by_their_capture_times(
    made: dict[str, Any],
) -> None:
    with zipfile.ZipFile(made["zip"]) as z:
        for sid in (made["tones"], made["synthetic"]):
            doc = json.loads(z.read(f"sessions/{sid}/alignment.json"))
            stereo, rate = _wav(z, f"sessions/{sid}/call-stereo.wav")
            n, origin = doc["listening"]["frames"], doc["listening"]["origin_mono_ns"]
            assert rate == RATE and stereo.shape == (n, 2)
            left, _ = _placed(doc["tracks"]["me"]["blocks"], _track(made, sid, other=False), origin, n)
            right, dropped = _placed(doc["tracks"]["other"]["blocks"], _track(made, sid, other=True), origin, n)
            assert np.array_equal(stereo[:, 0], left) and np.array_equal(stereo[:, 1], right)
            if sid == made["synthetic"]:
                # Late start: the other party's first sample at 30 ms. Silence before the block at 700 ms. Frames
                # dropped where its clock ran fast, and its last block within 20 ms of its capture time.
                assert not right[: 30 * 48].any() and right[30 * 48] == -1
                assert not right[(430 + 100) * 48 : 700 * 48].any() and right[700 * 48] != 0
                assert dropped > 0
                last = doc["tracks"]["other"]["blocks"][-1]
                placed_at = int(np.flatnonzero(right == -(last[1] % 30_000) - 1)[-1])
                assert abs(placed_at - (last[3] - origin) * RATE // 10**9) <= RATE // 50


# -- what verify rejects (each re-signed by the owner) ---------------------------------------------------------------
def _mutated(made: dict[str, Any], tmp_path: Path, change: Any, name: str = "bad.zip") -> Path:
    infos, data = read_all(made["zip"])
    change(data)
    resign(data, key=made["keys"].identity)
    out = tmp_path / name
    write_like(out, infos, data)
    return out


def _problems(path: Path) -> list[str]:
    report = verify_archive(path)
    assert not report.ok
    return [f.message for f in report.problems]


def test_swapped_track_wavs_are_rejected(made: dict[str, Any], tmp_path: Path) -> None:
    base = f"sessions/{made['tones']}"

    def swap(data: dict[str, bytes]) -> None:
        me, other = data[f"{base}/audio.wav"], data[f"{base}/other.wav"]
        n = min(len(me), len(other))  # the same length each, so only the blocks' hashes can tell
        data[f"{base}/audio.wav"] = me[:44] + other[44:n] + me[n:]
        data[f"{base}/other.wav"] = other[:44] + me[44:n] + other[n:]

    problems = _problems(_mutated(made, tmp_path, swap))
    assert M.AUDIO_BLOCK in problems
    report = verify_archive(_mutated(made, tmp_path, swap, "again.zip"))
    said = [f.params.get("name") for f in report.problems if f.message == M.AUDIO_BLOCK]
    assert f"{base}/audio.wav" in said and f"{base}/other.wav" in said


def _rechain(data: dict[str, bytes], sid: str, change: Any) -> None:
    """The journal edited by ``change(entries)``, chained again and its signed entries signed with a new session key
    (in the start entry and session-key.pem/.pub), the manifest's head: as a forger holding the vault key could."""
    base = f"sessions/{sid}"
    entries = [json.loads(x) for x in data[f"{base}/journal.jsonl"].splitlines()]
    change(entries)
    key = Ed25519PrivateKey.generate()
    raw = ed25519_public_raw(key)
    entries[0]["body"]["session_public"] = base64.b64encode(raw).decode()
    lines: list[bytes] = []
    for e in entries:
        e["prev"] = hashlib.sha256(lines[-1]).hexdigest() if lines else "0" * 64
        e.pop("sig", None)
        if e["kind"] in ("start", "checkpoint", "seal"):
            e["sig"] = base64.b64encode(key.sign(b"evidence-recorder/entry/v1\n" + canonical_json(e))).decode()
        lines.append(canonical_json(e))
    data[f"{base}/journal.jsonl"] = b"".join(x + b"\n" for x in lines)
    data[f"{base}/session-key.pem"] = sshsig.pem_public(raw)
    data[f"{base}/session-key.pub"] = (sshsig.openssh_public(raw, sid) + "\n").encode()
    manifest = json.loads(data[layout.MANIFEST])
    s = _session(manifest, sid)
    s["head"] = hashlib.sha256(lines[-1]).hexdigest()
    data[layout.MANIFEST] = canonical_json(manifest) + b"\n"


def test_a_block_moved_from_one_track_to_the_other_is_rejected(made: dict[str, Any], tmp_path: Path) -> None:
    sid = made["synthetic"]

    def move(entries: list[dict[str, Any]]) -> None:
        theirs = [e for e in entries if e["kind"] == "audio" and "track" in e["body"]]
        del theirs[-1]["body"]["track"]  # the other party's last block claimed for the microphone

    problems = _problems(_mutated(made, tmp_path, lambda data: _rechain(data, sid, move)))
    assert M.JOURNAL_LINE in problems


def test_a_changed_alignment_is_rejected(made: dict[str, Any], tmp_path: Path) -> None:
    name = f"sessions/{made['synthetic']}/alignment.json"

    def change(data: dict[str, bytes]) -> None:
        doc = json.loads(data[name])
        doc["tracks"]["other"]["blocks"][3][3] += 20 * MS  # one block said to be captured 20 ms later
        data[name] = canonical_json(doc) + b"\n"

    report = verify_archive(_mutated(made, tmp_path, change))
    assert [(f.message, f.params.get("name")) for f in report.problems] == [(M.CALL_ALIGNMENT_DIFFERS, name)]


def test_a_changed_listening_copy_is_rejected(made: dict[str, Any], tmp_path: Path) -> None:
    name = f"sessions/{made['tones']}/call-stereo.wav"

    def change(data: dict[str, bytes]) -> None:
        raw = bytearray(data[name])
        raw[44 + 4 * 1000 + 2] ^= 0x40  # one sample of the right channel
        data[name] = bytes(raw)

    report = verify_archive(_mutated(made, tmp_path, change))
    assert [(f.message, f.params.get("name")) for f in report.problems] == [(M.CALL_LISTENING_DIFFERS, name)]


def test_a_call_on_a_one_track_session_is_rejected_and_a_one_track_archive_is_unchanged(
    made: dict[str, Any], tmp_path: Path
) -> None:
    vault = Vault.create(tmp_path / "home", PASSPHRASE)
    sid = record(vault, "one track", seconds=2)
    plain = tmp_path / "one.zip"
    assert recorder(vault.home, "export", sid, "-o", str(plain), passphrase=made["pw"]).returncode == 0
    s = _session(_manifest(plain), sid)
    assert "call" not in s
    with zipfile.ZipFile(plain) as z:
        assert not [n for n in z.namelist() if n.endswith(("other.wav", "alignment.json", "call-stereo.wav"))]
    assert verify_archive(plain).ok

    keys = vault.unlock(PASSPHRASE)
    infos, data = read_all(plain)
    base = f"sessions/{sid}"
    manifest = json.loads(data[layout.MANIFEST])
    _session(manifest, sid)["call"] = {
        "other": {"rate": 0, "frames": 0, "parts": []},
        "alignment": f"{base}/alignment.json",
        "listening": None,
    }
    data[layout.MANIFEST] = canonical_json(manifest) + b"\n"
    order = list(data)
    order.insert(order.index(f"{base}/session-key.pub") + 1, f"{base}/alignment.json")
    data[f"{base}/alignment.json"] = b"{}\n"
    data = {n: data[n] for n in order}
    resign(data, key=keys.identity)
    forged = tmp_path / "forged.zip"
    write_like(forged, infos, data)
    assert _problems(forged) == [M.CALL_NOT_A_CALL]


@pytest.mark.parametrize("mode", ["thread", "process"])
def test_both_ways_of_checking_the_audio_agree_on_a_call(
    made: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mode: str
) -> None:
    """The tracks checked on threads (the app) or in forked processes (the command line), two at once: the same
    verdicts, and neither waits for the other's pipe (audio_check)."""
    monkeypatch.setattr(audio_check, "MODE", mode)
    assert verify_archive(made["zip"]).ok
    base = f"sessions/{made['synthetic']}"

    def change(data: dict[str, bytes]) -> None:
        raw = bytearray(data[f"{base}/other.wav"])
        raw[44 + 2 * BLOCK * 7 + 10] ^= 0x01  # a sample of the other party's eighth block
        data[f"{base}/other.wav"] = bytes(raw)

    report = verify_archive(_mutated(made, tmp_path, change))
    said = [(f.message, f.params.get("name"), f.params.get("seq")) for f in report.problems]
    assert len(said) == 1 and said[0][:2] == (M.AUDIO_BLOCK, f"{base}/other.wav"), said


def test_an_interrupted_call_exports_its_two_tracks_and_verifies(tmp_path: Path) -> None:
    """Without a seal the exporter counts the microphone's frames itself (the seal's count is the microphone's)."""
    vault = Vault.create(tmp_path / "home", PASSPHRASE)
    sid = _synthetic(vault, seal=False)
    recover_all(vault)
    keys = vault.unlock(PASSPHRASE)
    out = tmp_path / "interrupted.zip"
    export_archive(vault, keys, [sid], out, language="en")
    report = verify_archive(out)
    assert report.ok, report.problems
    s = _session(_manifest(out), sid)
    assert (s["sealed"], s["audio"]["frames"], s["call"]["other"]["frames"]) == (False, 20 * BLOCK, 13 * BLOCK)


def test_the_export_of_a_call_shows_progress_through_its_second_track_and_listening_copy(tmp_path: Path) -> None:
    vault = Vault.create(tmp_path / "home", PASSPHRASE)
    sid = _synthetic(vault)
    keys = vault.unlock(PASSPHRASE)
    seen: list[tuple[int, int]] = []
    export_archive(vault, keys, [sid], tmp_path / "call.zip", language="en", progress=lambda d, t: seen.append((d, t)))
    size = SessionReader(vault, keys.recording, sid).scan.size
    assert {t for _d, t in seen} == {2 * size}  # the journal, and as much again for the call's own work
    done = [d for d, _t in seen]
    assert done == sorted(done) and done[-1] == 2 * size
    assert any(size < d < 2 * size for d in done)  # the listening copy being made


def _audio_entry(seq: int, offset: int, mono_ns: int, rate: int = RATE, other: bool = False) -> dict[str, Any]:
    body = {"frame_offset": offset, "frames": BLOCK, "rate": rate, **({"track": "other"} if other else {})}
    return {"seq": seq, "kind": "audio", "mono_ns": mono_ns, "body": body}


def test_no_listening_copy_when_a_track_is_silent_the_rates_differ_or_it_would_not_fit_one_member() -> None:
    def listening(*entries: dict[str, Any]) -> Any:
        align = CallAlignment()
        for e in entries:
            align.feed(e)
        return align.listening()

    me = _audio_entry(1, 0, 0)
    assert listening(me, _audio_entry(2, 0, 10 * MS, other=True)) is not None
    assert listening(me) is None  # the loopback delivered nothing
    assert listening(me, _audio_entry(2, 0, 10 * MS, rate=44_100, other=True)) is None
    # 44 + 4N at most 4 GiB − 2 (FORMAT §7.10): N = 1,073,741,812 frames is the longest copy.
    longest = (limits.MAX_MEMBER - 44) // 4
    at = lambda frame: frame * 10**9 // RATE + 1  # noqa: E731  (the capture time that places a block at ``frame``)
    assert listening(me, _audio_entry(2, 0, at(longest - BLOCK), other=True)).frames == longest
    assert listening(me, _audio_entry(2, 0, at(longest - BLOCK + 1), other=True)) is None


def test_a_call_split_into_parts_keeps_each_tracks_samples_and_verifies(made: dict[str, Any], tmp_path: Path) -> None:
    """Both tracks go through the one part writer (archive/wav.py add_parts): split at a small part size, each track
    is its own run of parts (audio-partNNN.wav, other-partNNN.wav), their samples joined are the track's, and the
    archive verifies."""
    sid = made["tones"]
    out = tmp_path / "split.zip"
    export_archive(made["vault"], made["keys"], [sid], out, language="en", part_frames=RATE // 2)
    result = verify_archive(out)
    assert result.ok, result.problems
    s = _session(_manifest(out), sid)
    base = f"sessions/{sid}"
    with zipfile.ZipFile(out) as z:
        for parts, stem, other in ((s["audio"]["parts"], "audio", False), (s["call"]["other"]["parts"], "other", True)):
            assert len(parts) >= 3
            assert [p["path"] for p in parts] == [f"{base}/{stem}-part{i + 1:03d}.wav" for i in range(len(parts))]
            joined = np.concatenate([_wav(z, p["path"])[0][:, 0] for p in parts])
            assert np.array_equal(joined, _track(made, sid, other))
