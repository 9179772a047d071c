"""Forgeries of a call (issue 16, FORMAT §4.5, §7.10), each re-signed by the owner so that only the call's own
rules can catch it: track ids swapped, a block moved from one track to the other, the checkpoints' drift forged
(these three re-chained and re-signed with a new session key, as a forger holding the vault key could), every field
of alignment.json changed, the listening copy changed, other.wav and audio.wav swapped, the manifest's `call`
removed or added, the facts' `call` changed."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from recorder.archive import layout, sshsig, wav
from recorder.archive.report import extract_facts
from recorder.core.canonical import canonical_json
from recorder.core.crypto import ed25519_public_raw

from . import mutator
from .case import Case
from .resigned import Members, _resigned

SIGNED = ("start", "checkpoint", "seal")
DOMAIN = b"evidence-recorder/entry/v1\n"  # FORMAT §4: what an entry's signature is over, before its bytes
Doc = dict[str, Any]


def _call(case: Case, members: Members) -> tuple[Doc, Doc, str]:
    """The manifest, the call's session in it, and its folder."""
    doc = json.loads(members[layout.MANIFEST])
    (s,) = [s for s in doc["sessions"] if "call" in s]
    return doc, s, f"sessions/{s['id']}/"


def _set(members: Members, doc: Doc) -> None:
    members[layout.MANIFEST] = canonical_json(doc) + b"\n"


def _entries(members: Members, s: Doc) -> list[Doc]:
    return [json.loads(x) for x in members[s["journal"]].splitlines()]


def _rechain(members: Members, doc: Doc, s: Doc, entries: list[Doc]) -> None:
    """The journal written again from ``entries``: links recomputed, start, checkpoints and seal signed with a new
    session key (its public half in the start entry and session-key.pem/.pub), the manifest's count and head."""
    sid = s["id"]
    key = Ed25519PrivateKey.from_private_bytes(hashlib.sha256(b"forger's session key").digest())
    raw = ed25519_public_raw(key)
    entries[0]["body"]["session_public"] = base64.b64encode(raw).decode()
    lines: list[bytes] = []
    for i, e in enumerate(entries):
        e["seq"] = i
        e["prev"] = hashlib.sha256(lines[-1]).hexdigest() if lines else "0" * 64
        e.pop("sig", None)
        if e["kind"] in SIGNED:
            e["sig"] = base64.b64encode(key.sign(DOMAIN + canonical_json(e))).decode()
        lines.append(canonical_json(e))
    members[s["journal"]] = b"".join(x + b"\n" for x in lines)
    members[s["session_key"]["pem"]] = sshsig.pem_public(raw)
    members[s["session_key"]["openssh"]] = (sshsig.openssh_public(raw, sid) + "\n").encode()
    s["entries"] = len(lines)
    s["head"] = hashlib.sha256(lines[-1]).hexdigest()
    _set(members, doc)


def _is_other(e: Doc) -> bool:
    return bool(e["body"].get("track") == "other")


def _audio(entries: list[Doc], other: bool) -> list[Doc]:
    return [e for e in entries if e["kind"] == "audio" and _is_other(e) == other]


def _applies(fn: Callable[[Case, Members], None]) -> Callable[[Case, Any], bytes | None]:
    """Only for a case that carries a call."""

    def wrapped(case: Case, rng: Any) -> bytes | None:
        if b'"call"' not in case.members[layout.MANIFEST]:
            return None
        return _resigned(fn)(case, rng)

    return wrapped


# -- the chain: track ids, a moved block, the drift (re-chained, re-signed with a new session key) -----------------
def track_moved(case: Case, members: Members) -> None:
    """`"track": "other"` taken from one of the other party's blocks and given to one of mine."""
    doc, s, _base = _call(case, members)
    entries = _entries(members, s)
    mine, theirs = _audio(entries, False), _audio(entries, True)
    del theirs[len(theirs) // 2]["body"]["track"]
    mine[len(mine) // 2]["body"]["track"] = "other"
    _rechain(members, doc, s, entries)


def tracks_swapped(case: Case, members: Members) -> None:
    """Every track id swapped (me ↔ other, audio, gap and input entries), the checkpoints' drift swapped to match and
    the manifest's two tracks too; the WAV members left as they were."""
    doc, s, _base = _call(case, members)
    entries = _entries(members, s)
    for e in entries:
        b = e["body"]
        if e["kind"] in ("audio", "gap", "input"):
            if _is_other(e):
                del b["track"]
            else:
                b["track"] = "other"
        if "drift" in b:
            b["drift"] = {"me": b["drift"]["other"], "other": b["drift"]["me"]}
    a, o = s["audio"], s["call"]["other"]
    for field in ("rate", "frames"):
        a[field], o[field] = o[field], a[field]
    a["parts"][0]["frames"], o["parts"][0]["frames"] = o["parts"][0]["frames"], a["parts"][0]["frames"]
    _rechain(members, doc, s, entries)


def block_moved(case: Case, members: Members) -> None:
    """One of the other party's blocks made mine, everything but the drift made to agree: its place in my track's
    time order, both tracks' frame offsets, both WAVs and the manifest. The checkpoints' drift (FORMAT §4.2 rule 9)
    is what still shows it."""
    doc, s, _base = _call(case, members)
    entries = _entries(members, s)
    pcm = {
        False: b"".join(members[p["path"]][wav.HEADER_SIZE :] for p in s["audio"]["parts"]),
        True: b"".join(members[p["path"]][wav.HEADER_SIZE :] for p in s["call"]["other"]["parts"]),
    }
    blocks = {
        e["seq"]: pcm[_is_other(e)][
            2 * e["body"]["frame_offset"] : 2 * (e["body"]["frame_offset"] + e["body"]["frames"])
        ]
        for e in entries
        if e["kind"] == "audio"
    }
    mine = _audio(entries, False)

    def fits(e: Doc) -> bool:  # between two of my blocks by its capture time, and not after a pause of mine
        before = [m for m in mine if m["seq"] < e["seq"]]
        after = [m for m in mine if m["seq"] > e["seq"]]
        return bool(before and after and before[-1]["mono_ns"] <= e["mono_ns"] <= after[0]["mono_ns"])

    moved = next(e for e in _audio(entries, True)[1:] if fits(e))
    del moved["body"]["track"]
    offsets = {False: 0, True: 0}
    out = {False: b"", True: b""}
    for e in entries:
        if e["kind"] == "audio":
            other = _is_other(e)
            e["body"]["frame_offset"] = offsets[other]
            offsets[other] += e["body"]["frames"]
            out[other] += blocks[e["seq"]]
    for other, track in ((False, s["audio"]), (True, s["call"]["other"])):
        (part,) = track["parts"]
        frames = len(out[other]) // 2
        members[part["path"]] = wav.header(frames, track["rate"]) + out[other]
        part["frames"] = track["frames"] = frames
    _rechain(members, doc, s, entries)


def _drift(change: Callable[[Doc], None]) -> Callable[[Case, Members], None]:
    def fn(case: Case, members: Members) -> None:
        doc, s, _base = _call(case, members)
        entries = _entries(members, s)
        change(next(e for e in entries if e["kind"] == "checkpoint" and "drift" in e["body"])["body"])
        _rechain(members, doc, s, entries)

    return fn


def _seal_drift_removed(case: Case, members: Members) -> None:
    doc, s, _base = _call(case, members)
    entries = _entries(members, s)
    assert entries[-1]["kind"] == "seal"
    del entries[-1]["body"]["drift"]
    _rechain(members, doc, s, entries)


def _drift_on_one_track(case: Case, members: Members) -> None:
    """A drift (of zeros) on the seal of the second recording, a one-track session (FORMAT §4.2 rule 9: none there)."""
    doc = json.loads(members[layout.MANIFEST])
    s = doc["sessions"][1]
    assert "call" not in s
    entries = _entries(members, s)
    entries[-1]["body"]["drift"] = {"me": {"frames": 0, "ns": 0}, "other": {"frames": 0, "ns": 0}}
    _rechain(members, doc, s, entries)


def _extra_member(body: Doc) -> None:
    body["drift"]["between"] = {"frames": 0, "ns": 0}


def _nanosecond_more(body: Doc) -> None:
    body["drift"]["other"]["ns"] += 1


def _frames_swapped(body: Doc) -> None:
    d = body["drift"]
    d["me"]["frames"], d["other"]["frames"] = d["other"]["frames"], d["me"]["frames"]


for _name, _cls, _change in (
    ("a call: the track field moved from one of the other party's blocks to one of mine", "chain", track_moved),
    ("a call: every track id swapped, drift and manifest made to agree, the WAVs left", "audio", tracks_swapped),
    ("a call: a block moved from the other party's track to mine, all but drift made to agree", "chain", block_moved),
    ("a call: a checkpoint's drift one nanosecond longer", "chain", _drift(_nanosecond_more)),
    ("a call: a checkpoint's drift with the tracks' frames swapped", "chain", _drift(_frames_swapped)),
    ("a call: a checkpoint's drift removed", "chain", _drift(lambda body: body.pop("drift"))),
    ("a call: the seal's drift removed", "chain", _seal_drift_removed),
    ("a call: a checkpoint's drift with a third member", "chain", _drift(_extra_member)),
    ("a drift on the seal of a one-track recording", "chain", _drift_on_one_track),
):
    mutator(f"re-signed, re-chained: {_name}", _cls)(_applies(_change))


# -- alignment.json: each field --------------------------------------------------------------------------------
def _changed(value: Any) -> Any:
    if isinstance(value, bool) or value is None:
        return 0
    if isinstance(value, int):
        return value + 1
    if isinstance(value, str):
        return value + "x"
    return None  # a list or object: null


def _alignment_field(path: tuple[Any, ...]) -> Callable[[Case, Members], None]:
    def fn(case: Case, members: Members) -> None:
        _doc, s, _base = _call(case, members)
        name = s["call"]["alignment"]
        doc = json.loads(members[name])
        holder = doc
        for k in path[:-1]:
            holder = holder[k]
            if k == "blocks":  # the middle block
                holder = holder[len(holder) // 2]
        holder[path[-1]] = _changed(holder[path[-1]])
        members[name] = canonical_json(doc) + b"\n"

    return fn


def _alignment_listening_null(case: Case, members: Members) -> None:
    _doc, s, _base = _call(case, members)
    doc = json.loads(members[s["call"]["alignment"]])
    doc["listening"] = None
    members[s["call"]["alignment"]] = canonical_json(doc) + b"\n"


def _alignment_spaced(case: Case, members: Members) -> None:
    _doc, s, _base = _call(case, members)
    name = s["call"]["alignment"]
    members[name] = json.dumps(json.loads(members[name]), sort_keys=True).encode() + b"\n"


def _alignment_no_lf(case: Case, members: Members) -> None:
    _doc, s, _base = _call(case, members)
    members[s["call"]["alignment"]] = members[s["call"]["alignment"]][:-1]


# FORMAT §7.10's fields of alignment.json, each changed in turn (a block: the middle one's four numbers).
TRACK_FIELDS = [("rate",), ("frames",), ("clock", "frames"), ("clock", "ns"), ("clock", "drift_ppb")] + [
    ("blocks", i) for i in range(4)
]
ALIGNMENT_FIELDS = (
    [("format",), ("version",), ("session",), ("drift_between_ppb",)]
    + [("listening", k) for k in ("rate", "frames", "origin_mono_ns", "tolerance_frames")]
    + [("tracks", t, *f) for t in ("me", "other") for f in TRACK_FIELDS]
)


# -- the listening copy, the tracks' members ---------------------------------------------------------------------
def _stereo(change: Callable[[bytearray], None]) -> Callable[[Case, Members], None]:
    def fn(case: Case, members: Members) -> None:
        _doc, s, _base = _call(case, members)
        name = s["call"]["listening"]
        data = bytearray(members[name])
        change(data)
        members[name] = bytes(data)

    return fn


def _sample_changed(data: bytearray) -> None:
    data[44 + (len(data) - 44) // 2] ^= 0x01


def _channels_swapped(data: bytearray) -> None:
    left, right = data[44::4], data[46::4]
    left_hi, right_hi = data[45::4], data[47::4]
    data[44::4], data[46::4], data[45::4], data[47::4] = right, left, right_hi, left_hi


def _shifted(data: bytearray) -> None:
    data[44:] = bytes(4) + data[44:-4]


def _one_channel_header(data: bytearray) -> None:
    data[22] = 1


def _listening_left_out(case: Case, members: Members) -> None:
    """No listening copy, and both the manifest and alignment.json say so."""
    doc, s, _base = _call(case, members)
    del members[s["call"]["listening"]]
    s["call"]["listening"] = None
    _set(members, doc)
    _alignment_listening_null(case, members)


def _wavs_swapped(case: Case, members: Members) -> None:
    _doc, s, _base = _call(case, members)
    me, other = s["audio"]["parts"][0]["path"], s["call"]["other"]["parts"][0]["path"]
    members[me], members[other] = members[other], members[me]


def _other_block_changed(case: Case, members: Members) -> None:
    _doc, s, _base = _call(case, members)
    name = s["call"]["other"]["parts"][0]["path"]
    data = bytearray(members[name])
    data[44 + (len(data) - 44) // 3] ^= 0x40
    members[name] = bytes(data)


def _other_renamed(case: Case, members: Members) -> None:
    """The other party's one part under the name of a split track's first part (FORMAT §7.10 names it other.wav)."""
    doc, s, base = _call(case, members)
    (part,) = s["call"]["other"]["parts"]
    old, part["path"] = part["path"], base + "other-part001.wav"
    renamed = {(part["path"] if n == old else n): c for n, c in members.items()}
    members.clear()
    members.update(renamed)
    _set(members, doc)


# -- the manifest's call, the facts' call --------------------------------------------------------------------------
def _call_removed(keep_members: bool) -> Callable[[Case, Members], None]:
    def fn(case: Case, members: Members) -> None:
        doc, s, _base = _call(case, members)
        call = s.pop("call")
        if not keep_members:
            for name in [p["path"] for p in call["other"]["parts"]] + [call["alignment"], call["listening"]]:
                del members[name]
        _set(members, doc)

    return fn


def _call_added(case: Case, members: Members) -> None:
    """A `call` (no other audio, an alignment.json derived as for a call without the other track) on the second
    recording, a one-track session: its member placed where §7.10 puts it."""
    doc = json.loads(members[layout.MANIFEST])
    s = doc["sessions"][1]
    assert "call" not in s and s["audio"]["frames"]
    base = f"sessions/{s['id']}/"
    s["call"] = {
        "alignment": base + "alignment.json",
        "listening": None,
        "other": {"frames": 0, "parts": [], "rate": 0},
    }
    entries = _entries(members, s)
    blocks = [
        [e["seq"], e["body"]["frame_offset"], e["body"]["frames"], e["mono_ns"]]
        for e in entries
        if e["kind"] == "audio"
    ]
    none = {"drift_ppb": None, "frames": 0, "ns": 0}
    alignment = {
        "drift_between_ppb": None,
        "format": "evidence-recorder-alignment",
        "listening": None,
        "session": s["id"],
        "tracks": {
            "me": {"blocks": blocks, "clock": none, "frames": s["audio"]["frames"], "rate": s["audio"]["rate"]},
            "other": {"blocks": [], "clock": none, "frames": 0, "rate": 0},
        },
        "version": 1,
    }
    placed: Members = {}
    for name, content in members.items():
        placed[name] = content
        if name == s["session_key"]["openssh"]:
            placed[base + "alignment.json"] = canonical_json(alignment) + b"\n"
    members.clear()
    members.update(placed)
    _set(members, doc)


def _facts(change: Callable[[Doc], None]) -> Callable[[Case, Members], None]:
    def fn(case: Case, members: Members) -> None:
        _doc, s, _base = _call(case, members)
        page = members[layout.REPORT].decode()
        facts = extract_facts(page)
        old = canonical_json(facts).decode().replace("</", "<\\/")
        change(facts["sessions"][s["id"]]["call"])
        members[layout.REPORT] = page.replace(old, canonical_json(facts).decode().replace("</", "<\\/")).encode()

    return fn


def _facts_drift(call: Doc) -> None:
    call["drift_between_ppb"] = _changed(call["drift_between_ppb"])


def _facts_device(call: Doc) -> None:
    call["me"]["device"], call["other"]["device"] = call["other"]["device"], call["me"]["device"]


def _facts_frames(call: Doc) -> None:
    call["other"]["frames"] += 1


for _name, _cls, _change in (
    ("alignment.json without its listening copy", "call", _alignment_listening_null),
    ("alignment.json not in canonical JSON", "call", _alignment_spaced),
    ("alignment.json without its line feed", "call", _alignment_no_lf),
    ("a sample of call-stereo.wav changed", "call", _stereo(_sample_changed)),
    ("call-stereo.wav with its channels swapped", "call", _stereo(_channels_swapped)),
    ("call-stereo.wav one frame late", "call", _stereo(_shifted)),
    ("call-stereo.wav's header saying one channel", "call", _stereo(_one_channel_header)),
    ("the listening copy left out, the manifest and alignment.json saying so", "manifest", _listening_left_out),
    ("other.wav and audio.wav swapped", "audio", _wavs_swapped),
    ("a byte of the other party's track changed", "audio", _other_block_changed),
    ("the other party's one part named other-part001.wav", "manifest", _other_renamed),
    ("the manifest's call removed, its members left", "listing", _call_removed(True)),
    ("the manifest's call removed with its members", "manifest", _call_removed(False)),
    ("a call added to a one-track recording", "manifest", _call_added),
    ("the facts' drift between the tracks changed", "report", _facts(_facts_drift)),
    ("the facts' devices swapped between the tracks", "report", _facts(_facts_device)),
    ("the facts' other track one frame longer", "report", _facts(_facts_frames)),
):
    mutator(f"re-signed: {_name}", _cls)(_applies(_change))

for _path in ALIGNMENT_FIELDS:
    mutator(f"re-signed: alignment.json's {'.'.join(map(str, _path))} changed", "call")(
        _applies(_alignment_field(_path))
    )
