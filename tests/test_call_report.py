"""The report of a call (issue 16 §4, FORMAT §7.10): the facts' ``call`` (each track's device, rate and frames, the
drift between the devices), the part "Call: two tracks" of report.html and report.pdf in the three languages, the
timeline and every offset_ms the microphone's alone; a one-track session's facts exactly as before call mode."""

from __future__ import annotations

import base64
import html
import json
import re
import subprocess
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recorder.archive import layout, report
from recorder.archive import messages as M
from recorder.archive.export import export_archive
from recorder.archive.facts import SessionEvents, compute
from recorder.archive.report_model import SessionExport
from recorder.archive.verify import verify_archive
from recorder.audio.call import CallRecorder
from recorder.audio.engine import Recorder
from recorder.audio.sources import ToneSource
from recorder.core import drift
from recorder.core.canonical import canonical_json, unb64
from recorder.core.chain import ChainChecker
from recorder.core.environment import Moment
from recorder.core.session import Session, Source
from recorder.core.store import SessionReader
from recorder.core.vault import Vault
from recorder.report_pdf.render import render as pdf_render
from tests.fixtures.audio import wait_for
from tests.fixtures.core import PASSPHRASE
from tests.independent_verifier.verify import verify as independent
from tests.test_report_pdf import PREFLIGHT_CP

RATE = 48_000
BLOCK = b"\x01\x00" * 4800  # 100 ms at 48 kHz
FAST = 1.00005  # the other party's test device runs 50 parts per million fast (its blocks come that much early)


def _entries(vault: Vault, sid: str) -> list[tuple[dict[str, Any], bytes]]:
    keys = vault.unlock(PASSPHRASE)
    return [(json.loads(line), line) for _frame, line, _payload in SessionReader(vault, keys.recording, sid).records()]


def _events(entries: list[tuple[dict[str, Any], bytes]], *, fast_path: bool) -> SessionEvents:
    """The session's events gathered as the verifier does (every entry through add) or as the exporter and the
    verifier do on their fast path (the microphone's canonical audio entries through add_audio)."""
    ev = SessionEvents()
    for entry, line in entries:
        if fast_path and entry["kind"] == "audio" and b'"track"' not in line:
            ev.add_audio(entry)
        else:
            ev.add(entry)
    return ev


def _summary(entries: list[tuple[dict[str, Any], bytes]]) -> ChainChecker:
    start = entries[0][0]
    checker = ChainChecker(session=start["session"], signer=unb64(start["body"]["session_public"]))
    for _entry, line in entries:
        checker.feed(line)
    assert checker.problems == [], checker.problems
    return checker


# -- the other track never places an event ----------------------------------------------------------------------


def test_an_event_is_placed_on_the_microphones_audio_never_by_the_other_tracks_frames(vault: Vault) -> None:
    """A tag 150 ms into the call sits 150 ms into the microphone's audio. With the other party's blocks taken
    for the microphone's (at 10 and 110 ms, offsets 0 and 4800), it would sit at 140 ms, and the audio's length
    and rate would count both tracks."""
    s = Session.start(vault, "call", Source("test", live=False, kind="test-signal"), checkpoint_interval=3600)
    # Blocks captured before the start entry was written (as a queue hands them over), the tag after it.
    t = time.monotonic_ns() - 120_000_000
    at = lambda ms: Moment(utc_ns=time.time_ns(), mono_ns=t + ms * 1_000_000)  # noqa: E731
    s.append_audio(BLOCK, rate=RATE, captured=at(0))
    s.append_audio(BLOCK, rate=RATE, captured=at(10), track="other")
    s.append_audio(BLOCK, rate=RATE, captured=at(100))
    s.append_audio(BLOCK, rate=RATE, captured=at(110), track="other")
    s.add_tag("Threat", code="threat", at=at(150))
    s.append_audio(BLOCK, rate=RATE, captured=at(200))
    wait_for(lambda: time.monotonic_ns() > t + 300_000_000, what="the seal to come after every block")
    s.seal()
    entries = _entries(vault, s.id)
    _summary(entries)
    for fast_path in (False, True):
        ev = _events(entries, fast_path=fast_path)
        assert (ev.frames, ev.rate) == (3 * 4800, RATE)
        facts = compute(ev, "cn", 480)
        assert [p["offset_ms"] for p in facts["threats"]] == [150]
        assert facts["call"]["me"]["frames"] == 3 * 4800 and facts["call"]["other"]["frames"] == 2 * 4800


# -- the facts of a call ------------------------------------------------------------------------------------------


@pytest.fixture
def call(vault: Vault) -> dict[str, Any]:
    return _record_call(vault)


def _record_call(vault: Vault) -> dict[str, Any]:
    """A call recorded by CallRecorder from two test sources: the microphone a 440 Hz tone on time, the other party
    a 1000 Hz tone whose device clock runs FAST; the other party's output falls silent once (a gap of its track)."""
    me, other = ToneSource(440), ToneSource(1000, speed=FAST)
    session = Session.start(vault, "催收电话 call", Recorder.source_of(source=me))
    rec = CallRecorder(session, source=me, other_source=other)
    rec.start()
    wait_for(lambda: session.track_frames.get("other", 0) >= RATE, timeout=30, what="a second of the other party")
    session.add_gap("output-silent", 24_000, RATE, detail="test", track="other")
    wait_for(lambda: session.track_frames.get("other", 0) >= 2 * RATE, timeout=30, what="more of the other party")
    rec.stop()
    assert rec.wait(30)
    return {"vault": vault, "sid": session.id, "entries": _entries(vault, session.id)}


def test_the_facts_of_a_call_name_both_devices_their_frames_and_the_drift(call: dict[str, Any]) -> None:
    entries = call["entries"]
    checker = _summary(entries)
    plain = [e for e, _line in entries]
    clocks = drift.CallClocks.of(plain)
    for fast_path in (False, True):  # the exporter's way and the verifier's give the same facts
        facts = compute(_events(entries, fast_path=fast_path), "cn", 480)
        c = facts["call"]
        assert c["me"] == {"device": "test tone 440 Hz", "rate": RATE, "frames": checker.summary.audio_frames}
        assert c["other"] == {"device": "test tone 1000 Hz", "rate": RATE, "frames": checker.summary.other_frames}
        assert c["drift_between_ppb"] == clocks.between_ppb()
        # The other party's clock ran 50 ppm fast against the microphone's (both paced by their schedule, exact
        # to the nanosecond's rounding): 50,000 ppb, give or take the rounding of each block's time.
        assert 49_000 <= c["drift_between_ppb"] <= 51_000, c
    # The seal of the call carries the same measure, signed (FORMAT §4.5): the facts are the journal's own.
    seal = plain[-1]
    assert seal["kind"] == "seal" and drift.same_measure(seal["body"].get("drift"), clocks.body())


def test_the_drift_measure_of_the_facts_is_the_journals_over_cut_runs() -> None:
    """Pauses, gaps and input entries cut the runs (FORMAT §4.5): the facts' measure, made from the blocks kept
    apart by track, equals CallClocks fed the whole journal in seq order."""
    entries: list[dict[str, Any]] = []
    offsets = {"me": 0, "other": 0}

    def add(kind: str, body: dict[str, Any], mono_ms: float) -> None:
        entries.append({"seq": len(entries), "kind": kind, "body": body, "mono_ns": int(mono_ms * 1e6), "utc": "x"})

    def audio(track: str, mono_ms: float, frames: int = 4800) -> None:
        body = {"frame_offset": offsets[track], "frames": frames, "rate": RATE}
        if track == "other":
            body["track"] = "other"
        offsets[track] += frames
        add("audio", body, mono_ms)

    add("start", {}, 0)
    add("input", {"event": "opened", "device": "Mic", "rate": RATE}, 0)
    add("input", {"event": "opened", "device": "Speakers monitor", "rate": RATE, "track": "other"}, 0)
    for k in range(5):
        audio("me", 100 * k)
        audio("other", 100 * k * 0.9999 + 3)
    add("gap", {"reason": "input-lost", "track": "other"}, 500)
    audio("other", 900)
    audio("other", 1000.5)
    add("pause", {}, 1001)
    audio("me", 2000)
    add("resume", {}, 2001)
    audio("me", 2100.2)
    add("gap", {"reason": "overflow"}, 2101)
    audio("me", 2300)
    audio("me", 2400)
    ev = SessionEvents()
    for e in entries:
        ev.add(e)
    c = compute(ev, "cn", 480)["call"]
    assert c["drift_between_ppb"] == drift.CallClocks.of(entries).between_ppb() is not None
    assert c["me"]["device"] == "Mic" and c["other"]["device"] == "Speakers monitor"
    assert (c["me"]["frames"], c["other"]["frames"]) == (offsets["me"], offsets["other"])


_STEP = st.sampled_from(["me", "other", "gap", "gap-other", "input", "input-other", "pause", "resume", "note"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_STEP, st.integers(0, 300), st.integers(1, 9600)), max_size=60))
def test_the_facts_measure_equals_call_clocks_fed_the_whole_journal(steps: list[tuple[str, int, int]]) -> None:
    """Any order of both tracks' blocks and the entries that cut runs (or do not: a note): the facts' measure
    equals core/drift's CallClocks fed every entry in seq order, and each track's frames are its own."""
    entries: list[dict[str, Any]] = [{"seq": 0, "kind": "start", "body": {}, "mono_ns": 0, "utc": "x"}]
    offsets, mono = {"me": 0, "other": 0}, 0
    for step, ms, frames in steps:
        mono += ms * 1_000_000 + frames  # any pace: drift of any sign and size
        track = "other" if step.endswith("other") else "me"
        kind = step.split("-")[0] if step not in ("me", "other") else "audio"
        body: dict[str, Any] = {"track": "other"} if track == "other" else {}
        if kind == "audio":
            body |= {"frame_offset": offsets[track], "frames": frames, "rate": RATE}
            offsets[track] += frames
        elif kind == "input":
            body |= {"event": "resumed", "device": "x"}
        elif kind == "note":
            body = {"text": "n"}
        entries.append({"seq": len(entries), "kind": kind, "body": body, "mono_ns": mono, "utc": "x"})
    ev = SessionEvents()
    for e in entries:
        ev.add(e)
    c = compute(ev, "cn", 480).get("call")
    clocks = drift.CallClocks.of(entries)
    assert (c is not None) == clocks.is_call
    if c is not None:
        assert c["drift_between_ppb"] == clocks.between_ppb()
        assert (c["me"]["frames"], c["other"]["frames"]) == (offsets["me"], offsets["other"])


# -- a one-track session ------------------------------------------------------------------------------------------

# The facts of _one_track() as facts.py computed them before call mode (its version of commit d19dfe3), byte for byte.
ONE_TRACK_FACTS = (
    b'{"contacted_others":[],"entered_home":[],"id":[],"profile":"cn","restricted_window":[{"code":"arrive'
    b'd","local":"23:30","offset_ms":500,"seq":3,"utc":"2026-12-06T15:30:00.000000Z"},{"code":"asked-to-le'
    b'ave","local":"23:31","offset_ms":1250,"seq":6,"utc":"2026-12-06T15:31:00.000000Z"},{"code":"threat",'
    b'"local":"23:32","offset_ms":1400,"seq":8,"utc":"2026-12-06T15:32:00.000000Z"},{"code":"left","local"'
    b':"23:33","offset_ms":2000,"seq":9,"utc":"2026-12-06T15:33:00.000000Z"}],"stayed_after_asked":{"asked'
    b'":{"code":"asked-to-leave","local":"23:31","offset_ms":1250,"seq":6,"utc":"2026-12-06T15:31:00.00000'
    b'0Z"},"left":{"code":"left","local":"23:33","offset_ms":2000,"seq":9,"utc":"2026-12-06T15:33:00.00000'
    b'0Z"},"minutes":1},"threats":[{"code":"threat","local":"23:32","offset_ms":1400,"seq":8,"utc":"2026-1'
    b'2-06T15:32:00.000000Z"}],"utc_offset_minutes":480,"visit":{"end":{"code":"left","local":"23:33","off'
    b'set_ms":2000,"seq":9,"utc":"2026-12-06T15:33:00.000000Z"},"minutes":2,"start":{"code":"arrived","loc'
    b'al":"23:30","offset_ms":500,"seq":3,"utc":"2026-12-06T15:30:00.000000Z"}},"visitors":3,"window":"22:'
    b'00-08:00"}'
)


def _one_track() -> list[dict[str, Any]]:
    """A one-track session's entries as the chain holds them: audio, tags, a note, a gap, visitors, an input."""
    s = 1_000_000_000
    rows: list[tuple[str, dict[str, Any], int, str]] = [
        ("start", {"environment": {"utc_offset_minutes": 480}}, 0, "15:29:59"),
        ("input", {"event": "opened", "device": "Mic", "rate": RATE}, 0, "15:29:59"),
        ("audio", {"frame_offset": 0, "frames": 48_000, "rate": RATE}, 0, "15:29:59"),
        ("tag", {"code": "arrived", "label": "Arrived"}, s // 2, "15:30:00"),
        ("visitors", {"count": 3}, s // 2, "15:30:00"),
        ("gap", {"reason": "overflow", "frames_lost": 24_000, "rate": RATE, "duration_ms": 500}, s, "15:30:30"),
        ("tag", {"code": "asked-to-leave", "label": "Asked"}, 60 * s + s // 4, "15:31:00"),
        ("audio", {"frame_offset": 48_000, "frames": 48_000, "rate": RATE}, 60 * s, "15:31:00"),
        ("tag", {"code": "threat", "label": "Threat"}, 60 * s + 2 * s // 5, "15:32:00"),
        ("tag", {"code": "left", "label": "Left"}, 120 * s, "15:33:00"),
        ("note", {"text": "they left", "began_mono_ns": 120 * s}, 121 * s, "15:33:01"),
        ("seal", {"reason": "stopped"}, 122 * s, "15:33:02"),
    ]
    return [
        {"seq": i, "kind": kind, "body": body, "mono_ns": mono, "utc": f"2026-12-06T{hms}.000000Z"}
        for i, (kind, body, mono, hms) in enumerate(rows)
    ]


def test_a_one_track_sessions_facts_are_as_before_call_mode() -> None:
    for fast_path in (False, True):
        ev = SessionEvents()
        for e in _one_track():
            ev.add_audio(e) if fast_path and e["kind"] == "audio" else ev.add(e)
        facts = compute(ev, "cn", 480)
        assert "call" not in facts
        assert canonical_json(facts) == ONE_TRACK_FACTS


# -- report.html --------------------------------------------------------------------------------------------------


def _export_of(call: dict[str, Any], listening: str | None = "sessions/x/call-stereo.wav") -> SessionExport:
    entries = call["entries"]
    checker = _summary(entries)
    ev = _events(entries, fast_path=True)
    ev.signed_through = checker.summary.last_signed_seq
    start = entries[0][0]["body"]
    se = SessionExport(call["sid"], checker.summary, ev, unb64(start["session_public"]))
    se.audio_parts = [{"path": f"sessions/{call['sid']}/audio.wav", "frame_offset": 0, "frames": 1}]
    se.facts = compute(ev, "cn", 480)
    se.call_members = {
        "other": {"rate": RATE, "frames": 1, "parts": [{"path": f"sessions/{call['sid']}/other.wav"}]},
        "alignment": f"sessions/{call['sid']}/alignment.json",
        "listening": listening,
    }
    return se


def _page(se: SessionExport, language: str) -> str:
    identity = unb64(se.events.start["body"]["vault_identity"]) if se.events.start else b"\0" * 32
    return report.render("催收电话", [se], language=language, identity_public=identity, created_utc=se.summary.end_utc)


def visible(page: str) -> str:
    page = re.sub(r"<(script|style)\b.*?</\1>", "", page, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


WORDS = {
    "en": [
        "Call: two tracks",
        "Me — the microphone, test tone 440 Hz",
        "The other party — what the computer played, test tone 1000 Hz",
        "Left channel of the listening copy",
        "Right channel of the listening copy",
        "Drift between the two devices",
        "aligned by the capture time",
        "Silence in the other party's track",
        "the computer played nothing (not a loss)",
        "nothing was playing (silence, not a loss)",
        "(the other party's track)",
    ],
    "zh_CN": [
        "通话：两条音轨",
        "我方——麦克风，test tone 440 Hz",
        "对方——电脑播放的声音，test tone 1000 Hz",
        "左声道",
        "右声道",
        "两台设备之间的时钟偏差",
        "采集时间",
        "对方音轨",
    ],
    "zh_TW": [
        "通話：兩條音軌",
        "我方——麥克風，test tone 440 Hz",
        "對方——電腦播放的聲音，test tone 1000 Hz",
        "左聲道",
        "右聲道",
        "兩台裝置之間的時鐘偏差",
        "擷取時間",
        "對方音軌",
    ],
}


@pytest.mark.parametrize("language", ["en", "zh_CN", "zh_TW"])
def test_the_report_names_both_tracks_and_states_the_drift(call: dict[str, Any], language: str) -> None:
    se = _export_of(call)
    page = _page(se, language)
    text = visible(page)
    for words in WORDS[language]:
        assert words in text, (words, text)
    ppb = se.facts["call"]["drift_between_ppb"]
    assert f"{ppb / 1000:.3f} ppm" in text
    # Over the call, frame counting alone: |drift| × the longer track's length.
    span_ms = max(se.facts["call"][t]["frames"] for t in ("me", "other")) * 1000 // RATE
    unit = " ms" if language == "en" else " 毫秒"
    assert f"{abs(ppb) * span_ms / 1e9:.1f}{unit}" in text
    assert report.extract_facts(page)["sessions"][se.id]["call"] == se.facts["call"]
    # The microphone's gaps in the recording's own table, the other party's in the call's part.
    assert len([g for g in se.summary.gaps if "track" in g]) == 1


def test_a_call_without_a_listening_copy_names_no_channel(call: dict[str, Any]) -> None:
    text = visible(_page(_export_of(call, listening=None), "en"))
    assert "Call: two tracks" in text and "channel of the listening copy" not in text


# -- exported: report.html, report.pdf, verified ----------------------------------------------------------------


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("call-report")
    vault = Vault.create(root / "home", PASSPHRASE)
    made = _record_call(vault)
    keys = vault.unlock(PASSPHRASE)
    for language in ("zh_CN", "zh_TW", "en"):
        path = root / f"{language}.zip"
        export_archive(vault, keys, [made["sid"]], path, language=language, pdf=pdf_render)
        made[language] = path
    made["root"] = root
    return made


def _member(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as z:
        return z.read(name)


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW", "en"])
def test_an_exported_calls_report_and_pdf_name_the_tracks_and_verify(exported: dict[str, Any], language: str) -> None:
    path, sid = exported[language], exported["sid"]
    result = verify_archive(path)
    assert result.ok, [p.message for p in result.problems]
    assert independent(path).ok
    page = _member(path, layout.REPORT).decode()
    facts = report.extract_facts(page)
    call = facts["sessions"][sid]["call"]
    assert (call["me"]["device"], call["other"]["device"]) == ("test tone 440 Hz", "test tone 1000 Hz")
    manifest = json.loads(_member(path, layout.MANIFEST))
    listening = next(s for s in manifest["sessions"] if s["id"] == sid)["call"]["listening"]
    assert listening == f"sessions/{sid}/call-stereo.wav"
    text = visible(page)
    for words in WORDS[language]:
        assert words in text, (words, language)
    assert listening in text and f"sessions/{sid}/other.wav" in text
    # report.pdf: the same part in its text, and in its metadata exactly report.html's facts block.
    pdf = _member(path, layout.REPORT_PDF)
    xmp = pdf.split(b"<er:facts>", 1)[1].split(b"</er:facts>", 1)[0]
    assert base64.b64decode(b"".join(xmp.split())) == canonical_json(facts)
    file = exported["root"] / f"{language}.pdf"
    file.write_bytes(pdf)
    pdf_text = subprocess.run(["pdftotext", str(file), "-"], capture_output=True, text=True, check=True).stdout
    flat = re.sub(r"\s+", "", pdf_text)  # (pdftotext breaks lines where the page does)
    for words in (*WORDS[language][:3], f"{call['drift_between_ppb'] / 1000:.3f}ppm"):
        assert re.sub(r"\s+", "", words) in flat, (words, language)


def test_an_exported_calls_pdf_is_pdf_a(exported: dict[str, Any]) -> None:
    file = exported["root"] / "preflight.pdf"
    file.write_bytes(_member(exported["zh_CN"], layout.REPORT_PDF))
    run = subprocess.run(
        ["java", "-cp", PREFLIGHT_CP, "org.apache.pdfbox.preflight.Validator_A1b", str(file)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0 and "is a valid PDF/A-1b file" in run.stdout, run.stdout + run.stderr


def test_a_call_whose_output_could_not_be_opened(vault: Vault, tmp_path: Path) -> None:
    """The loopback failed (an input failed entry of the other track) and the microphone went on alone: the call's
    facts have the other party without device, rate or frames and no drift; the report says so; it verifies."""
    s = Session.start(vault, "call", Source("Mic", live=True, kind="device"), checkpoint_interval=3600)
    s.add("input", {"event": "opened", "device": "Mic", "rate": RATE, "block_frames": 4800, "live": True})
    s.add("input", {"event": "failed", "device": "Speakers", "reason": "gone", "track": "other"})
    t = time.monotonic_ns()
    for k in range(3):
        s.append_audio(BLOCK, rate=RATE, captured=Moment(utc_ns=time.time_ns(), mono_ns=t + k * 100_000_000))
    wait_for(lambda: time.monotonic_ns() > t + 400_000_000, what="the seal to come after every block")
    s.seal()
    facts = compute(_events(_entries(vault, s.id), fast_path=True), "cn", 480)
    assert facts["call"] == {
        "me": {"device": "Mic", "rate": RATE, "frames": 3 * 4800},
        "other": {"device": None, "rate": 0, "frames": 0},
        "drift_between_ppb": None,
    }
    out = tmp_path / "call.zip"
    export_archive(vault, vault.unlock(PASSPHRASE), [s.id], out, language="en")
    result = verify_archive(out)
    assert result.ok, [p.message for p in result.problems]
    assert independent(out).ok
    page = _member(out, layout.REPORT).decode()
    assert report.extract_facts(page)["sessions"][s.id]["call"] == facts["call"]
    text = visible(page)
    assert "The other party — what the computer played, not recorded (the computer's sound output could not" in text
    assert "Not measured: a track has too little unbroken audio." in text
    assert "channel of the listening copy" not in text


@pytest.mark.parametrize("change", ["drift", "device", "frames"])
def test_a_report_whose_call_facts_differ_from_the_journal_is_refused(
    exported: dict[str, Any], tmp_path: Path, change: str
) -> None:
    """report.html's call facts edited (and the package signed again by the vault key): the verifier recomputes
    them from the journal and refuses the report, as the independent verifier does."""
    from recorder.archive import messages as M
    from tests.archive_tools import read_all, resign, write_like

    infos, data = read_all(exported["en"])
    page = data[layout.REPORT].decode()
    call = report.extract_facts(page)["sessions"][exported["sid"]]["call"]
    old, new = {
        "drift": (
            f'"drift_between_ppb":{call["drift_between_ppb"]}',
            f'"drift_between_ppb":{call["drift_between_ppb"] + 1}',
        ),
        "device": ('"device":"test tone 1000 Hz"', '"device":"test tone 1001 Hz"'),
        "frames": (f'"frames":{call["other"]["frames"]}', f'"frames":{call["other"]["frames"] - 1}'),
    }[change]
    assert page.count(old) >= 1
    data[layout.REPORT] = page.replace(old, new, 1).encode()
    resign(data, vault_keys(exported).identity)
    out = tmp_path / "edited.zip"
    write_like(out, infos, data)
    result = verify_archive(out)
    assert not result.ok and M.REPORT_FACTS in [p.message for p in result.problems]
    assert not independent(out).ok


def vault_keys(made: dict[str, Any]) -> Any:
    return made["vault"].unlock(PASSPHRASE)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_drift_beyond_any_clock_is_not_stated_as_the_clocks_and_a_calls_gaps_count_both_tracks(
    call: dict[str, Any], language: str
) -> None:
    """A hostile reading: a 17 s call whose output moved to other speakers measured +5534 ppm (a 70 ms step in the
    loopback's capture times when the server's delay changed), and the report said the other party's clock ran
    0.55 % fast; its recording table said "Gaps: 0" while the other party's track had two and the verifier said
    the recording has 2 gaps."""
    se = _export_of(call)
    plain = visible(_page(se, language))
    beyond = {"en": "far more than device clocks differ", "zh_CN": "远远超出设备时钟之间的差别"}[language]
    assert beyond not in plain  # the test call's 50 ppm is a clock difference
    assert {"en": "0 in my track, 1 in the other party's", "zh_CN": "我方音轨 0 处，对方音轨 1 处"}[language] in plain
    se.facts["call"]["drift_between_ppb"] = 5_534_490
    plain = visible(_page(se, language))
    assert "5534.490 ppm" in plain and beyond in plain, plain


def test_the_verifier_says_a_drift_beyond_any_clock_is_not_the_clocks_alone(vault: Vault, tmp_path: Path) -> None:
    """The verdict states the measure as the report does: beyond 1000 ppm (here a test device 1 % fast) it adds
    that the measure is not the clocks' difference alone; the test call's 50 ppm has no such sentence (above)."""
    me, other = ToneSource(440), ToneSource(1000, speed=1.01)
    session = Session.start(vault, "call", Recorder.source_of(source=me))
    rec = CallRecorder(session, source=me, other_source=other)
    rec.start()
    wait_for(lambda: session.track_frames.get("other", 0) >= 2 * RATE, timeout=30, what="two seconds of the other")
    rec.stop()
    assert rec.wait(30)
    path = tmp_path / "call.zip"
    export_archive(vault, vault.unlock(PASSPHRASE), [session.id], path, language="zh_CN")
    result = verify_archive(path)
    assert result.ok, [p.message for p in result.problems]
    said = [s.message for s in result.statements]
    assert M.ST_CALL_DRIFT in said and M.ST_CALL_DRIFT_BEYOND in said, said


def test_the_verifier_says_nothing_more_of_a_drift_within_clocks(exported: dict[str, Any]) -> None:
    said = [s.message for s in verify_archive(exported["en"]).statements]
    assert M.ST_CALL_DRIFT in said and M.ST_CALL_DRIFT_BEYOND not in said, said
