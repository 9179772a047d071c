"""Checking a session in the vault: every record's authentication, the chain, the signatures, every audio
block's and attachment's hash, and the interruption marker (issue 2 item 6)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from . import crypto
from .chain import ChainChecker, ChainSummary, Problem
from .errors import RecorderError
from .progress import CancelFlag, Cancelled, Progress, never, no_progress
from .store import INTERRUPTED, RECORDING, SEALED, SessionReader
from .vault import Vault


@dataclass
class CheckResult:
    session: str
    state: str
    summary: ChainSummary
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_session(
    vault: Vault,
    recording: X25519PrivateKey,
    session_id: str,
    progress: Progress = no_progress,
    cancel: CancelFlag = never,
) -> CheckResult:
    """Check one session; the result lists every problem with the entry and byte where it was found."""
    reader = SessionReader(vault, recording, session_id)
    sc, st = reader.scan, reader.status
    checker = ChainChecker(session=session_id)
    result = CheckResult(session_id, st.state, checker.summary)
    problems = result.problems

    marker = st.interruption
    if sc.tail is not None:
        torn_ok = (
            st.state == INTERRUPTED
            and marker is not None
            and not any(f.final for f in sc.frames)
            and marker.get("intact_bytes") == sc.tail.offset
        )
        if not torn_ok and st.state != RECORDING:
            problems.append(Problem(len(sc.frames), f"damaged data ({sc.tail.what})", sc.tail.offset))
    if st.state == INTERRUPTED and marker is not None:
        intact = marker.get("intact_records")
        if not isinstance(intact, int):
            problems.append(Problem(None, "the interruption record is damaged"))
        elif len(sc.frames) > intact:
            problems.append(
                Problem(
                    intact,
                    f"{len(sc.frames) - intact} entries were added after the recording was recovered",
                    sc.frames[intact].offset,
                )
            )

    total = sc.size
    records = reader.records()
    while True:
        if cancel():
            raise Cancelled()
        try:
            item = next(records)
        except StopIteration:
            break
        except crypto.InvalidTag:
            bad = sc.frames[checker.summary.entries]
            problems.append(Problem(bad.seq, "record fails authentication (altered or damaged)", bad.offset))
            break
        frame, entry_bytes, payload = item
        n_before = len(checker.problems)
        entry = checker.feed(entry_bytes)
        for p in checker.problems[n_before:]:
            problems.append(Problem(p.seq, p.what, frame.offset))
        if entry is not None:
            _check_payload(reader, entry, payload, frame.offset, problems)
        if frame.seq % 64 == 0:
            progress(frame.end, total)
    progress(total, total)
    if st.state == SEALED and not checker.summary.sealed:
        problems.append(Problem(None, "the recording is marked sealed but its seal entry is missing"))
    return result


def _check_payload(
    reader: SessionReader, entry: dict[str, Any], payload: bytes, offset: int, problems: list[Problem]
) -> None:
    ref = entry.get("payload")
    seq = entry.get("seq")
    if not isinstance(ref, dict):
        if payload:
            problems.append(Problem(seq, "carries data that its entry does not describe", offset))
        return
    if entry.get("kind") == "attachment":
        body = entry.get("body") or {}
        try:
            data = reader.blob(str(body.get("blob")), str(ref.get("sha256")))
        except (OSError, ValueError, RecorderError, crypto.InvalidTag):
            problems.append(Problem(seq, "the attached file is missing or altered", offset))
            return
        payload = data
    if len(payload) != ref.get("size") or hashlib.sha256(payload).hexdigest() != ref.get("sha256"):
        problems.append(Problem(seq, "data does not match the hash recorded at capture", offset))


def dumps_result(result: CheckResult) -> str:
    s = result.summary
    return json.dumps(
        {
            "session": result.session,
            "ok": result.ok,
            "state": result.state,
            "entries": s.entries,
            "audio_seconds": round(s.audio_seconds, 3),
            "sealed": s.sealed,
            "unsigned_tail": s.unsigned_tail,
            "problems": [str(p) for p in result.problems],
        },
        ensure_ascii=False,
    )
