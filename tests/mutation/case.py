"""The one case the campaign mutates: two recordings of one case, with an attachment each, later annotations
(two review sittings, the first time-stamped), trusted time stamps, an excerpt carried inside (FORMAT §7.9),
an imported call log and a marks session (§3.6, §3.7), and a call in two tracks (§4.5, §7.10: the other party's
track with lost blocks and a faster clock, a pause, so that both tracks' runs split and the listening copy both
leaves silence and catches up), exported once. Built in a few seconds (a simulated clock, a local authority; the
call in real time at 16 kHz)."""

from __future__ import annotations

import hashlib
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from recorder.archive import layout, sshsig
from recorder.archive.archive_excerpts import ExcerptSpec
from recorder.archive.export import export_archive
from recorder.audio.call import CallRecorder
from recorder.audio.engine import Recorder
from recorder.audio.sources import Deliver, Finished, RunningInput, ToneSource
from recorder.core.review import ReviewSitting
from recorder.core.session import Session, Source
from recorder.core.vault import Vault, VaultKeys
from recorder.importing import marks as marking
from recorder.importing.logs import import_log
from recorder.timestamp.stamper import Stamper, stamp_review_sitting
from tests.archive_sessions import record
from tests.fixtures.audio import wait_for
from tests.fixtures.core import PASSPHRASE
from tests.fixtures.tsa import LocalTSA, TsaPki, settings_for, trust_for

CASE = "Case Campaign"


@dataclass(frozen=True)
class Case:
    raw: bytes  # the archive exactly as exported
    members: dict[str, bytes]  # each member's content
    order: list[str]  # the members in the order they are written
    infos: list[zipfile.ZipInfo]
    vault: Vault
    keys: VaultKeys  # the owner's, unlocked with ``passphrase``: a mutator may re-sign as the owner
    passphrase: str
    sessions: list[str]


def _stamped(vault: Vault, authority: LocalTSA, pki: TsaPki) -> str:
    session = Session.start(vault, CASE, Source("test tone", live=False, kind="test-signal"))
    stamper = Stamper(session, settings_for(authority), trust_for(pki)).start()
    session.append_audio(b"\x02\x00" * 4800, rate=48000)
    session.add_tag("Arrived", "1", code="arrived")
    session.add_attachment("letter.pdf", b"%PDF-1.4 a letter " * 20, "application/pdf")
    deadline = time.monotonic() + 60
    while session.first_hash not in {t.entry_hash for t in stamper.tokens()}:
        assert time.monotonic() < deadline, "the start was never stamped"
        time.sleep(0.02)
    session.append_audio(b"\x04\x00" * 4800, rate=48000)
    session.seal()
    stamper.stop()  # the seal's token, if it came in time, is kept; the case does not depend on it
    return session.id


CALL_RATE = 16_000


class LossyOutput(ToneSource):
    """The other party's test source: a tone whose clock runs 5 % fast (so the listening copy has to catch up,
    FORMAT §7.10) and which loses a block now and then, the next flagged as after an overflow (an `overflow` gap of
    track "other", ending a run of that track, §4.5)."""

    kind = "loopback"
    LOST = (6, 17)  # blocks never delivered

    def __init__(self) -> None:
        super().__init__(frequency=880.0, rate=CALL_RATE, speed=1.05)
        self.name = "test output (lossy)"
        self.delivered = 0

    def open(self, rate: int, block_frames: int, deliver: Deliver, finished: Finished) -> RunningInput:
        count = [0]

        def lossy(block: Any, first_mono_ns: int, overflow: bool) -> None:
            k = count[0]
            count[0] += 1
            if k in self.LOST:
                return
            deliver(block, first_mono_ns, overflow or k - 1 in self.LOST)
            self.delivered += 1

        return super().open(rate, block_frames, lossy, finished)


def record_call(vault: Vault) -> str:
    """A call through the real call engine with test sources: me a 440 Hz tone, the other party LossyOutput; a
    pause in the middle (both tracks' runs end there). Waits on frames, never on fixed times."""
    me, other = ToneSource(rate=CALL_RATE), LossyOutput()
    session = Session.start(vault, CASE, Recorder.source_of(source=me))
    call = CallRecorder(session, rate=CALL_RATE, source=me, other_source=other)
    call.start()
    wait_for(lambda: session.track_frames.get("other", 0) >= CALL_RATE * 2, timeout=30, what="2 s of the call")
    call.pause()
    paused_at = other.delivered
    wait_for(lambda: other.delivered >= paused_at + 4, timeout=30, what="the output to play on during the pause")
    call.resume()
    resumed = session.track_frames.get("other", 0)
    wait_for(lambda: session.track_frames.get("other", 0) >= resumed + CALL_RATE, timeout=30, what="1 s more")
    call.stop()
    assert call.wait(30), "the call did not end"
    return session.id


def build_case(folder: Path, pki: TsaPki) -> Case:
    vault = Vault.create(folder / "home", PASSPHRASE)
    keys = vault.unlock(PASSPHRASE)
    first = record(vault, CASE, seconds=3, attachment=b"attached original bytes" * 8)
    work = folder / "tsa-work"
    work.mkdir()
    authority = LocalTSA(pki, work).start()
    try:
        # Two review sittings, the first stamped when it closed (FORMAT §6.1 review-seal), the second not (its
        # dates rest on the device clock): a token to move about, and a place to move it to.
        for number in (1, 2):
            sitting = ReviewSitting.open(vault, keys, first)
            sitting.add_note(f"pushed the door here ({number})", frame=48_000, rate=48_000)
            sitting.add_tag("threat", "Threat", frame=60_000, rate=48_000, text="said it twice")
            sitting.close()
            assert sitting.seal_hash is not None
            if number == 1:
                sending = stamp_review_sitting(
                    vault.session_dir(first), first, sitting.seal_hash, settings_for(authority), trust_for(pki)
                )
                assert sending is not None
                sending.join(60)
        second = _stamped(vault, authority, pki)
    finally:
        authority.stop()
    # A call log imported with its derived rows, and numbers marked afterwards (issue 14): the case's call figures
    # (FORMAT §3.6, §7.7) and a marks session (§3.7) to mutate too.
    log = folder / "calls.csv"
    log.write_text(
        "type,direction,number,name,time,duration_s,text\n"
        "call,missed,+86 138 0013 8000,,2026-11-02T23:00:00+08:00,0,\n"
        "call,incoming,139 0013 9001,,2026-11-03T10:00:00+08:00,30,\n",
        encoding="utf-8",
    )
    imported = import_log(vault, keys.recording, CASE, log, "CSV", "Asia/Shanghai").result.session
    marked = marking.mark_numbers(
        vault,
        CASE,
        [
            marking.mark_body("13800138000", "collector", "Acme Collections", "QuickLoan", "Mr Wang"),
            marking.mark_body("13900139001", "family", None, None, None),
        ],
    )
    called = record_call(vault)
    sessions = [first, second, imported, marked, called]
    out = folder / "case.zip"
    excerpt = ExcerptSpec("0:00.5", "0:02", first)  # 1.5 s of the first recording's noise
    export_archive(vault, keys, sessions, out, language="en", excerpts=[excerpt])
    with zipfile.ZipFile(out) as z:
        infos = z.infolist()
        members = {i.filename: z.read(i) for i in infos}
    return Case(out.read_bytes(), members, [i.filename for i in infos], infos, vault, keys, PASSPHRASE, sessions)


def resign_as_owner(case: Case, members: dict[str, bytes]) -> None:
    """SHA256SUMS recomputed over ``members`` and signed with the owner's identity key, as the exporter does."""
    listed = [n for n in members if n not in layout.UNLISTED]
    sums = "".join(f"{hashlib.sha256(members[n]).hexdigest()}  {n}\n" for n in listed).encode()
    members[layout.SUMS] = sums
    members[layout.SUMS_SIG] = case.keys.identity.sign(sums)
    members[layout.SUMS_SSHSIG] = sshsig.sign(sums, case.keys.identity, layout.SSH_NAMESPACE).encode()
