"""Journals as JSON Lines (FORMAT §7.5) and the chain rules of §4.2 and §5.3."""

from __future__ import annotations

import datetime
import functools
import hashlib
from dataclasses import dataclass, field
from typing import Any

from tests.independent_verifier.canonical import HEX64_RE, UTC_RE, b64, dumps, is_int, parse
from tests.independent_verifier.drift import Measure
from tests.independent_verifier.errors import Fail
from tests.independent_verifier.signatures import ed25519_ok

MAX_LINE = 2**20
ZERO = "0" * 64
SIGNED = ("start", "checkpoint", "seal")
REQUIRED = ("v", "session", "seq", "prev", "kind", "utc", "mono_ns", "body")
DOMAIN = b"evidence-recorder/entry/v1\n"
# The kinds of FORMAT §4.1 (and §3.5, §3.6, §3.7); another kind is refused, as recorder verify does.
KINDS = frozenset(
    ("start", "audio", "note", "tag", "attachment", "import", "derived", "visitors", "pause", "resume", "gap",
     "input", "checkpoint", "seal", "mark")
)  # fmt: skip
REVIEW_KINDS = frozenset(("review-start", "annotation", "review-seal"))
# Entries that stand for a file of their own in the archive, and the folder it is under (§7.2).
FILE_KINDS = {"attachment": "attachments", "import": "imported", "derived": "derived"}


def is_utc(text: Any) -> bool:
    if not isinstance(text, str) or not text.isascii() or not UTC_RE.match(text) or text[17:19] > "59":
        return False
    try:
        datetime.datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ")
    except ValueError:
        return False
    return True


@dataclass
class Line:
    entry: dict[str, Any]
    raw: bytes
    hash: str


@dataclass
class Chain:
    lines: list[Line]
    session_public: bytes = b""
    rate: int = 0
    frames: int = 0
    audio: list[dict[str, Any]] = field(default_factory=list)  # audio entries in order (the microphone's track)
    other_audio: list[dict[str, Any]] = field(default_factory=list)  # a call's second track (§4.5)
    other_rate: int = 0
    other_frames: int = 0
    last_signed: int = -1
    # §7.10: a call is a journal with an entry (any kind) whose body has `track`; its measure over every entry
    # (the unsigned tail's too), for alignment.json and the facts' `call`.
    is_call: bool = False
    measure: Measure = field(default_factory=Measure)

    @property
    def sealed(self) -> bool:
        return bool(self.lines[-1].entry["kind"] == "seal")

    @property
    def head(self) -> str:
        return self.lines[-1].hash


def read_lines(data: bytes, cls: str, what: str) -> list[Line]:
    if not data or not data.endswith(b"\n"):
        raise Fail(cls, f"{what} is empty or does not end with a line feed")
    out: list[Line] = []
    for n, raw in enumerate(data[:-1].split(b"\n"), 1):
        if len(raw) > MAX_LINE:
            raise Fail(cls, f"{what} line {n} is longer than 1 MiB")
        entry, digest = _line(raw)
        if entry is None:
            parse(raw, cls, f"{what} line {n}")  # raises with the reason
        if not isinstance(entry, dict):
            raise Fail(cls, f"{what} line {n} is not an object")
        out.append(Line(entry, raw, digest))
    return out


@functools.lru_cache(maxsize=200_000)
def _line(raw: bytes) -> tuple[Any, str]:
    """(value or None when not canonical JSON, SHA-256 hex). Cached: the campaign's mutants share most lines;
    the values are never modified."""
    try:
        value = parse(raw, "chain", "line")
    except Fail:
        return None, ""
    return value, hashlib.sha256(raw).hexdigest()


def _shape(e: dict[str, Any], cls: str, where: str) -> None:
    # §4: the fields are closed (a review entry has no payload, §5.2).
    if any(k not in e for k in REQUIRED):
        raise Fail(cls, f"{where}: fields are missing")
    if set(e) - {*REQUIRED, "sig", *(() if e.get("kind") in REVIEW_KINDS else ("payload",))}:
        raise Fail(cls, f"{where}: a field FORMAT §4 does not name")
    if e["v"] != 1 or not is_int(e["seq"]) or not is_int(e["mono_ns"]) or not isinstance(e["kind"], str):
        raise Fail(cls, f"{where}: v, seq, kind or mono_ns is wrong")
    if not isinstance(e["prev"], str) or not HEX64_RE.match(e["prev"]):
        raise Fail(cls, f"{where}: prev is not a hash")
    if not isinstance(e["body"], dict):
        raise Fail(cls, f"{where}: body is not an object")
    # §1: every entry's `utc` is YYYY-MM-DDTHH:MM:SS.ffffffZ naming a real moment (seconds 00-59).
    if not is_utc(e["utc"]):
        raise Fail(cls, f"{where}: utc is not a valid time")
    if "payload" in e:
        p = e["payload"]
        if (
            not isinstance(p, dict)
            or set(p) != {"sha256", "size"}
            or not isinstance(p["sha256"], str)
            or not HEX64_RE.match(p["sha256"])
            or not is_int(p["size"])
            or p["size"] < 0
        ):
            raise Fail(cls, f"{where}: payload is wrong")


def _signature_ok(line: Line, key: bytes, cls: str, where: str) -> bool:
    sig = b64(line.entry.get("sig"), cls, f"{where}: sig", 64)
    return _signed_ok(line.raw, key, sig)


@functools.lru_cache(maxsize=200_000)
def _signed_ok(raw: bytes, key: bytes, sig: bytes) -> bool:
    """The entry's signature over the domain and the canonical entry without ``sig`` (cached by its bytes)."""
    entry = _line(raw)[0]
    unsigned = dumps({k: v for k, v in entry.items() if k != "sig"})
    return ed25519_ok(key, sig, DOMAIN + unsigned)


def _track(e: dict[str, Any], cls: str, where: str) -> str:
    """An audio, gap or input entry's track: absent ("me") or "other"; any other value ("me" and null included)
    breaks the chain (§4.2 rule 6)."""
    if e["kind"] in ("audio", "gap", "input") and "track" in e["body"]:
        if e["body"]["track"] != "other":
            raise Fail(cls, f'{where}: track is not "other"')
        return "other"
    return "me"


def check_session(lines: list[Line], session_id: str) -> Chain:
    """§4.2 rules 1–6 and 8 (rule 7 and the audio bytes are checked against the members elsewhere)."""
    cls = "chain"
    chain = Chain(lines)
    max_all = None
    # Per track (FORMAT §4.5): "me" (no `track` field) and a call's "other"; each its own offsets, rate and
    # audio time order. Only the microphone's track ("me") is the session's audio of §7.6 and the facts.
    max_audio: dict[str, int] = {}
    frames = {"me": 0, "other": 0}
    rates = {"me": 0, "other": 0}
    for i, line in enumerate(lines):
        e = line.entry
        where = f"{session_id} entry {i}"
        _shape(e, cls, where)
        if e["seq"] != i or e["session"] != session_id:
            raise Fail(cls, f"{where}: seq or session is wrong")
        if e["prev"] != (lines[i - 1].hash if i else ZERO):
            raise Fail(cls, f"{where}: prev does not link to the entry before")
        kind = e["kind"]
        if kind not in KINDS:
            raise Fail(cls, f"{where}: unknown kind {kind!r}")
        if (i == 0) != (kind == "start"):
            raise Fail(cls, f"{where}: only the first entry is a start")
        if i and lines[i - 1].entry["kind"] == "seal":
            raise Fail(cls, f"{where}: an entry after the seal")
        if i == 0:
            chain.session_public = b64(e["body"].get("session_public"), cls, f"{where}: session_public", 32)
        if kind in SIGNED:
            if not _signature_ok(line, chain.session_public, cls, where):
                raise Fail(cls, f"{where}: its signature does not verify")
            chain.last_signed = i
        elif "sig" in e:
            raise Fail(cls, f"{where}: an unsigned kind carries a signature")
        if kind in ("checkpoint", "seal"):
            _drift(e["body"], chain, cls, where)
        t = e["mono_ns"]
        track = _track(e, cls, where)
        if kind == "audio":
            if track in max_audio and t < max_audio[track]:
                raise Fail(cls, f"{where}: audio time goes backwards")
            max_audio[track] = t
        elif max_all is not None and t < max_all:
            raise Fail(cls, f"{where}: time goes backwards")
        max_all = t if max_all is None else max(max_all, t)
        b = e["body"]
        if kind == "audio":
            if (
                not is_int(b.get("frame_offset"))
                or not is_int(b.get("frames"))
                or not is_int(b.get("rate"))
                or b.get("channels") != 1
                or b.get("format") != "s16le"
                or b["frames"] <= 0
                or b["rate"] <= 0
            ):
                raise Fail(cls, f"{where}: the audio body is wrong")
            if b["frame_offset"] != frames[track]:
                raise Fail(cls, f"{where}: frame_offset is not the sum of earlier frames")
            if rates[track] and b["rate"] != rates[track]:
                raise Fail(cls, f"{where}: a second sample rate")
            rates[track] = b["rate"]
            if "payload" not in e or e["payload"]["size"] != 2 * b["frames"]:
                raise Fail(cls, f"{where}: payload size is not 2 × frames")
            frames[track] += b["frames"]
            if track == "me":
                chain.audio.append(e)
            else:
                chain.other_audio.append(e)
        # The checkpoint's and seal's counts are not compared (FORMAT §4.1): the chain shows them.
        elif kind in FILE_KINDS and ("payload" not in e or not isinstance(b.get("name"), str)):
            raise Fail(cls, f"{where}: attachment without its payload or name")
        chain.measure.add(e)  # after rule 9's check: a checkpoint's measure is over the entries before it
        if "track" in b:
            chain.is_call = True  # §7.10: any kind; the checkpoints and seal after it carry `drift`
    chain.rate = rates["me"]
    chain.frames = frames["me"]
    chain.other_rate = rates["other"]
    chain.other_frames = frames["other"]
    return chain


def _drift(body: dict[str, Any], chain: Chain, cls: str, where: str) -> None:
    """§4.2 rule 9: after a call's first entry with `track`, every checkpoint and seal has `drift` equal to the
    measure over the entries before it (compared as canonical bytes, so `true` is not `1`); any other has none."""
    if not chain.is_call:
        if "drift" in body:
            raise Fail(cls, f"{where}: a drift where no track has been seen yet")
    elif "drift" not in body or dumps(body["drift"]) != dumps(chain.measure.body()):
        raise Fail(cls, f"{where}: its drift is not the measure of the entries before it")


def check_review(
    sittings: list[list[Line]], session_id: str, session: Chain, identity: bytes, identity_b64: str
) -> None:
    """§5.2 and §5.3 for the review sittings, in order."""
    cls = "review"
    previous: str | None = None
    for n, lines in enumerate(sittings, 1):
        max_t = None
        for i, line in enumerate(lines):
            e = line.entry
            where = f"{session_id} review sitting {n} entry {i}"
            _shape(e, cls, where)
            if "payload" in e:
                raise Fail(cls, f"{where}: a review entry has a payload")
            if e["seq"] != i or e["session"] != session_id:
                raise Fail(cls, f"{where}: seq or session is wrong")
            if e["prev"] != (lines[i - 1].hash if i else ZERO):
                raise Fail(cls, f"{where}: prev does not link")
            kind = e["kind"]
            if (i == 0) != (kind == "review-start"):
                raise Fail(cls, f"{where}: only the first entry is a review-start")
            if i and lines[i - 1].entry["kind"] == "review-seal":
                raise Fail(cls, f"{where}: an entry after the review-seal")
            if not _signature_ok(line, identity, cls, where):
                raise Fail(cls, f"{where}: its signature does not verify")
            t = e["mono_ns"]
            if max_t is not None and t < max_t:
                raise Fail(cls, f"{where}: time goes backwards")
            max_t = t
            b = e["body"]
            if kind == "review-start":
                # Not compared (FORMAT §5.3): session_entries, reviewer; the signature is what counts.
                # `previous` is always present (§5.2): absent is not null.
                if (
                    b.get("sitting") != n
                    or b.get("session_head") != session.head
                    or "previous" not in b
                    or b["previous"] != previous
                ):
                    raise Fail(cls, f"{where}: the review-start does not bind this session and sitting")
            elif kind == "annotation":
                _annotation(b, session, cls, where)
            elif kind != "review-seal":  # its counts are not compared (FORMAT §5.3)
                raise Fail(cls, f"{where}: unknown review kind")
        previous = lines[-1].hash if lines else None
        if not lines:
            raise Fail(cls, f"{session_id} review sitting {n} is empty")


def _annotation(b: dict[str, Any], session: Chain, cls: str, where: str) -> None:
    # §5.2, "Exactly": the fields, the words, frame with rate, about's two fields.
    if set(b) - {"type", "text", "label", "code", "frame", "rate", "about"}:
        raise Fail(cls, f"{where}: an annotation field §5.2 does not name")
    if b.get("type") not in ("note", "tag"):
        raise Fail(cls, f"{where}: annotation type is not note or tag")

    def text(k: str) -> bool:
        return isinstance(b.get(k), str) and b[k] != ""

    if b["type"] == "note" and (not text("text") or "label" in b or "code" in b):
        raise Fail(cls, f"{where}: a note's words are wrong")
    if b["type"] == "tag" and (not text("label") or any(k in b and not text(k) for k in ("code", "text"))):
        raise Fail(cls, f"{where}: a tag's words are wrong")
    if "frame" not in b and "about" not in b:
        raise Fail(cls, f"{where}: an annotation without frame or about")
    if ("frame" in b or "rate" in b) and not all(is_int(b.get(k)) and b[k] >= 0 for k in ("frame", "rate")):
        raise Fail(cls, f"{where}: an annotation's frame and rate are not two integers >= 0")
    if "about" in b:
        a = b["about"]
        if not isinstance(a, dict) or set(a) != {"seq", "hash"} or not isinstance(a["hash"], str):
            raise Fail(cls, f"{where}: about is not seq and hash")
        if not HEX64_RE.match(a["hash"]) or not is_int(a["seq"]) or not 0 <= a["seq"] < len(session.lines):
            raise Fail(cls, f"{where}: about names no entry of the session")
        if session.lines[a["seq"]].entry["kind"] == "audio":
            raise Fail(cls, f"{where}: about names an audio entry")
        if a.get("hash") != session.lines[a["seq"]].hash:
            raise Fail(cls, f"{where}: about.hash is not the hash of that entry")
