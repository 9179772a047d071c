"""Time-stamp tokens moved about (issue 11 §3, FORMAT §6.6 rule 1), re-signed by the owner: a review sitting's
token put in the place of the other sitting's, of its recording's seal, or under the other recording. Each is
refused: a token sits under the name of the hash it covers, and covers an entry or sitting of its own session."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable

from recorder.archive import layout
from recorder.archive.verify import _written_order
from recorder.core.canonical import canonical_json

from . import mutator
from .case import Case
from .resigned import Members, _resigned

STAMPS_INDEX = "stamps/stamps.json"


def _sitting_seals(case: Case, members: Members) -> list[str]:
    """The review-seal hashes of the first recording's sittings, in order."""
    manifest = json.loads(members[layout.MANIFEST])
    out = []
    for path in manifest["sessions"][0]["review"]:
        last = members[path].splitlines()[-1]
        assert json.loads(last)["kind"] == "review-seal"
        out.append(hashlib.sha256(last).hexdigest())
    return out


def move_token(members: Members, src_sid: str, old: str, dst_sid: str, new: str) -> None:
    """The token over ``old`` (its .tsr and .tsq) moved to stand for ``new`` under ``dst_sid``: members renamed,
    both time-stamp lists and the manifest's ``extra`` lists made to agree, as an owner re-exporting by hand could.
    A token already standing for ``new`` there is dropped first."""
    manifest = json.loads(members[layout.MANIFEST])
    by_id = {s["id"]: s for s in manifest["sessions"]}
    src, dst = f"sessions/{src_sid}/", f"sessions/{dst_sid}/"

    def index_of(base: str, sid: str) -> dict:  # type: ignore[type-arg]
        name = base + STAMPS_INDEX
        if name in members:
            return json.loads(members[name])  # type: ignore[no-any-return]
        by_id[sid]["extra"].append(name)
        return {"format": "evidence-recorder-stamps", "version": 1, "session": sid, "tokens": [], "waiting": []}

    dst_index = index_of(dst, dst_sid)
    for name in [n for n in members if n.startswith(f"{dst}stamps/{new}.")]:  # the place is made free
        del members[name]
        by_id[dst_sid]["extra"].remove(name)
    dst_index["tokens"] = [t for t in dst_index["tokens"] if t.get("entry_hash") != new]
    members[dst + STAMPS_INDEX] = canonical_json(dst_index) + b"\n"
    src_index = index_of(src, src_sid)
    moved = [t for t in src_index["tokens"] if t.get("entry_hash") == old]
    src_index["tokens"] = [t for t in src_index["tokens"] if t.get("entry_hash") != old]
    members[src + STAMPS_INDEX] = canonical_json(src_index) + b"\n"
    renamed = {}
    for name in [n for n in members if n.startswith(f"{src}stamps/{old}.")]:
        rel = f"stamps/{new}." + name[len(f"{src}stamps/{old}.") :]
        members[dst + rel] = members.pop(name)
        renamed[name[len(src) :]] = rel
        by_id[src_sid]["extra"].remove(name)
        by_id[dst_sid]["extra"].append(dst + rel)
    dst_index = json.loads(members[dst + STAMPS_INDEX])
    for t in moved:
        t = {**t, "entry_hash": new, "session": dst_sid}
        for key in ("tsr", "tsq"):
            if key in t:
                t[key] = renamed[t[key]]
        if src_sid != dst_sid:
            t.pop("root", None)
        dst_index["tokens"].append(t)
    members[dst + STAMPS_INDEX] = canonical_json(dst_index) + b"\n"
    members[layout.MANIFEST] = canonical_json(manifest) + b"\n"
    order = [n for n in _written_order(manifest) if n in members]  # as the exporter writes them (FORMAT §7.3)
    kept = {n: members[n] for n in order + [n for n in members if n not in order]}
    members.clear()
    members.update(kept)


def _to_other_sitting(case: Case, members: Members) -> None:
    first, second = _sitting_seals(case, members)
    sid = case.sessions[0]
    move_token(members, sid, first, sid, second)


def _to_recording_seal(case: Case, members: Members) -> None:
    first, _second = _sitting_seals(case, members)
    sid = case.sessions[0]
    head = json.loads(members[layout.MANIFEST])["sessions"][0]["head"]
    move_token(members, sid, first, sid, head)


def _to_other_recording(case: Case, members: Members) -> None:
    first, _second = _sitting_seals(case, members)
    move_token(members, case.sessions[0], first, case.sessions[1], first)


_MOVES: tuple[tuple[str, Callable[[Case, Members], None]], ...] = (
    ("re-signed: a review sitting's token moved to the other sitting", _to_other_sitting),
    ("re-signed: a review sitting's token moved to its recording's seal", _to_recording_seal),
    ("re-signed: a review sitting's token moved to the other recording", _to_other_recording),
)
for _name, _change in _MOVES:
    mutator(_name, "extra")(_resigned(_change))
