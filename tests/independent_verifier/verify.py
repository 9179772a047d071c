"""verify(): the checks of FORMAT §7.8 in its order; the first failure is the verdict."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import os
import re
from dataclasses import dataclass
from typing import Any

from tests.independent_verifier import audio, call, chain, container, excerpts, facts, signatures, stamps
from tests.independent_verifier.canonical import HEX64_RE, UTC_RE, is_int, parse
from tests.independent_verifier.errors import Fail

VERSION = 2  # FORMAT §7: version 1 (deflated members) is a container this verifier does not read
LANGUAGES = ("zh_CN", "zh_TW", "en")
AGE_MAGIC = b"age-encryption.org/v1"
TAIL = ("identity.pem", "identity.pub", "allowed_signers", "report.html", "VERIFY.txt", "manifest.json")
SMALL = ("manifest.json", "SHA256SUMS", "SHA256SUMS.sig", "SHA256SUMS.sshsig", "identity.pem", "identity.pub",
         "allowed_signers")  # fmt: skip
SESSION_ID = re.compile(r"\A[A-Za-z0-9._-]{1,100}\Z")


@dataclass(frozen=True)
class Result:
    ok: bool
    cls: str
    reason: str

    @property
    def exit_code(self) -> int:
        if self.ok:
            return 0
        return 2 if self.cls in ("unreadable", "encrypted") else 1


def verify(archive: str | os.PathLike[str] | bytes | bytearray | memoryview) -> Result:
    try:
        if isinstance(archive, (bytes, bytearray, memoryview)):
            _verify(memoryview(archive))
        else:
            try:
                # Read whole: this verifier is for test-sized archives (the campaign's), not for hours of audio.
                with open(archive, "rb") as f:
                    data = f.read()
            except OSError as e:
                raise Fail("unreadable", f"cannot read {archive}: {e.strerror}") from None
            if not data:
                raise Fail("unreadable", "the file is empty")
            _verify(memoryview(data))
    except Fail as f:
        return Result(False, f.cls, f.reason)
    except Exception as e:  # noqa: BLE001 - a bug of this verifier must still refuse, and say it is one
        return Result(False, "internal", f"the independent verifier failed: {type(e).__name__}: {e}")
    return Result(True, "", "authentic and complete")


def _limit(m: container.Member) -> int:
    if m.name in SMALL:
        return 16 * 2**20
    if m.name in ("report.html", "report.pdf"):
        return 64 * 2**20
    return container.MAX_MEMBER


def _verify(buf: memoryview) -> None:
    if bytes(buf[: len(AGE_MAGIC)]) == AGE_MAGIC:
        raise Fail("encrypted", "the archive is age-encrypted (this verifier reads only the plain zip)")
    members = container.read(buf)
    files: dict[str, bytes] = {}
    for m in members:
        if m.size > _limit(m):
            raise Fail("container", f"{m.name} is larger than its limit")
        files[m.name] = container.content(buf, m)
    order = [m.name for m in members]

    # SHA256SUMS, the keys and the two signatures (§7.3).
    if "SHA256SUMS" not in files:
        raise Fail("checksums", "SHA256SUMS is missing")
    sums = signatures.parse_sums(files["SHA256SUMS"])
    for name in ("identity.pem", "identity.pub", "allowed_signers"):
        if name not in files:
            raise Fail("keys", f"{name} is missing")
    key = signatures.identity(files)
    for name in ("SHA256SUMS.sig", "SHA256SUMS.sshsig"):
        if name not in files:
            raise Fail("signature", f"{name} is missing")
    signatures.check_signatures(files, key)

    # Every member but the three listed once, and matching (§7.3).
    listed = [p for _h, p in sums]
    if len(set(listed)) != len(listed):
        raise Fail("checksums", "SHA256SUMS lists a member twice")
    present = [n for n in order if n not in signatures.UNLISTED]
    if set(listed) != set(present):
        extra = sorted(set(present) - set(listed))
        raise Fail("checksums", f"not listed: {extra[:3]}" if extra else "SHA256SUMS lists a member not in the zip")
    for h, p in sums:
        if hashlib.sha256(files[p]).hexdigest() != h:
            raise Fail("checksums", f"{p} does not match its SHA-256")

    manifest = _manifest(files, key)
    _order(manifest, order, listed, members)

    chains: dict[str, chain.Chain] = {}
    for s in manifest["sessions"]:
        chains[s["id"]] = _session(s, files, key)
    excerpts.check(manifest, files, {p: h for h, p in sums})
    facts.check(files["report.html"], chains, manifest["profile"])
    if manifest.get("report_pdf") == "report.pdf":
        facts.check_pdf(files["report.pdf"], files["report.html"])


def _manifest(files: dict[str, bytes], key: bytes) -> dict[str, Any]:
    cls = "manifest"
    data = files.get("manifest.json")
    if data is None or not data.endswith(b"\n"):
        raise Fail(cls, "manifest.json is missing or does not end with a line feed")
    m = parse(data[:-1], cls, "manifest.json")
    if not isinstance(m, dict) or m.get("format") != "evidence-recorder-archive" or not is_int(m.get("version")):
        raise Fail(cls, "manifest.json is not an archive manifest")
    if m["version"] > VERSION:
        raise Fail("newer", "made by a newer version")
    if m["version"] != VERSION:
        raise Fail(cls, f"manifest version is not {VERSION}")
    if not isinstance(m.get("created_utc"), str):  # app_version is the exporter's word, not compared
        raise Fail(cls, "created_utc is missing")
    if not UTC_RE.match(m["created_utc"]):
        raise Fail(cls, "created_utc is not a UTC time")
    if m.get("profile") not in tuple(facts.WINDOWS) or m.get("language") not in LANGUAGES:
        raise Fail(cls, "profile or language is not one FORMAT §7.4 names")
    ident = m.get("identity")
    want_ident = {
        "public": base64.b64encode(key).decode(),
        "pem": "identity.pem",
        "openssh": "identity.pub",
        "fingerprint": signatures.fingerprint(key),
    }
    if ident != want_ident:  # compared as a whole: exactly these fields (FORMAT §7.4)
        raise Fail(cls, "the manifest's identity is not the archive's key")
    ssh = m.get("ssh")
    if ssh != {"principal": "evidence-recorder", "namespace": signatures.NAMESPACE.decode()}:  # exactly these
        raise Fail(cls, "the manifest's ssh names are wrong")
    if m.get("report") != "report.html" or not isinstance(m.get("sessions"), list) or not m["sessions"]:
        raise Fail(cls, "report or sessions are missing")
    if "report_pdf" in m and m["report_pdf"] != "report.pdf":  # FORMAT §7.4: optional, and only that name
        raise Fail(cls, "the manifest's report_pdf is not report.pdf")
    seen: set[str] = set()
    for s in m["sessions"]:
        if isinstance(s, dict) and "extra" not in s:
            s["extra"] = []  # absent = empty (FORMAT §7.4); the value is this call's own parse
        _session_shape(s, seen)
    excerpts.shape(m)
    return m


def _session_shape(s: Any, seen: set[str]) -> None:
    cls = "manifest"
    if not isinstance(s, dict) or not isinstance(s.get("id"), str) or not SESSION_ID.match(s["id"]):
        raise Fail(cls, "a session without a safe id")
    sid = s["id"]
    if sid in (".", "..") or sid in seen:
        raise Fail(cls, f"session {sid} is unsafe or twice")
    seen.add(sid)
    base = f"sessions/{sid}/"
    a = s.get("audio")
    ok = (
        isinstance(s.get("case"), str)
        and s.get("journal") == base + "journal.jsonl"
        and is_int(s.get("entries"))
        and isinstance(s.get("head"), str)
        and HEX64_RE.match(s["head"]) is not None
        and isinstance(s.get("sealed"), bool)
        and isinstance(s.get("session_key"), dict)
        and s["session_key"].get("pem") == base + "session-key.pem"
        and s["session_key"].get("openssh") == base + "session-key.pub"
        and isinstance(a, dict)
        and is_int(a.get("rate"))
        and is_int(a.get("frames"))
        and isinstance(a.get("parts"), list)
        and isinstance(s.get("attachments"), list)
        and isinstance(s.get("review"), list)
        and isinstance(s.get("extra"), list)
    )
    if not ok:
        raise Fail(cls, f"session {sid}: fields are missing or of the wrong type")
    assert isinstance(a, dict)
    offset = 0
    # FORMAT §7.4: the parts contiguous from frame 0, each the size its frames give; their names are not compared.
    if a["frames"] < 0:
        raise Fail(cls, f"session {sid}: a negative frame count")
    for p in a["parts"]:
        if (
            not isinstance(p, dict)
            or not isinstance(p.get("path"), str)
            or p.get("frame_offset") != offset
            or not is_int(p.get("frames"))
            or p["frames"] <= 0
        ):
            raise Fail(cls, f"session {sid}: the audio parts do not follow each other")
        offset += p["frames"]
    if offset != a["frames"]:
        raise Fail(cls, f"session {sid}: the audio parts do not add up to its frames")
    call.shape(s)  # §7.10: a call's `call` (whether the session is a call is known from its journal)
    for x in s["attachments"]:
        if not isinstance(x, dict) or not is_int(x.get("seq")) or not isinstance(x.get("path"), str):
            raise Fail(cls, f"session {sid}: an attachment is listed wrongly")
        if not x["path"].startswith(base):
            raise Fail(cls, f"session {sid}: an attachment outside its session folder")
    want_review = [f"{base}review-{n:04d}.jsonl" for n in range(1, len(s["review"]) + 1)]
    if s["review"] != want_review:
        raise Fail(cls, f"session {sid}: review sittings are not named review-NNNN.jsonl in order")
    for x in s["extra"]:
        if not isinstance(x, str) or not x.startswith(base):
            raise Fail(cls, f"session {sid}: an extra member outside its session folder")


def _order(m: dict[str, Any], order: list[str], listed: list[str], members: list[container.Member]) -> None:
    named: list[str] = []
    for s in m["sessions"]:
        named += [p["path"] for p in s["audio"]["parts"]]
        named += call.part_names(s)  # §7.10 Order: the other track's parts, then the journal and keys,
        named += [s["journal"], s["session_key"]["pem"], s["session_key"]["openssh"]]
        named += call.derived_names(s)  # then alignment.json and call-stereo.wav, then the attachments
        named += [x["path"] for x in s["attachments"]]
        named += s["review"] + s["extra"]
    named += excerpts.names(m)  # FORMAT §7.3: after every session's members
    if len(set(named)) != len(named):
        raise Fail("manifest", "the manifest names a member twice")
    tail = list(TAIL)
    if m.get("report_pdf") == "report.pdf":  # FORMAT §7.3: right after report.html
        tail.insert(tail.index("report.html") + 1, "report.pdf")
    want = named + tail
    if set(want) != set(listed):
        raise Fail("manifest", "the members are not exactly those the manifest names")
    if order != want + list(signatures.UNLISTED):
        raise Fail("container", "the members are not in the order the exporter writes them")
    if listed != want:
        raise Fail("checksums", "SHA256SUMS is not in the members' order")
    try:
        created = dt.datetime.strptime(m["created_utc"], "%Y-%m-%dT%H:%M:%S.%fZ")
    except ValueError:
        raise Fail("manifest", "created_utc is not a valid time") from None
    dos_time = (created.hour << 11) | (created.minute << 5) | (created.second // 2)
    dos_date = ((created.year - 1980) << 9) | (created.month << 5) | created.day
    if members[0].dos != (dos_time, dos_date):
        raise Fail("manifest", "the members' zip date is not the manifest's created_utc")


def _derived_rows(data: bytes, e: dict[str, Any], sid: str) -> None:
    """Derived call-log rows (§3.6): canonical JSON objects, one per line, as many as the entry says."""
    rows = chain.read_lines(data, "attachment", f"{sid} derived rows of entry {e['seq']}") if data else []
    if len(rows) != e["body"].get("rows"):
        raise Fail("attachment", f"{sid}: entry {e['seq']} does not hold the number of rows it states")


def _session(s: dict[str, Any], files: dict[str, bytes], key: bytes) -> chain.Chain:
    sid = s["id"]
    base = f"sessions/{sid}/"
    lines = chain.read_lines(files[s["journal"]], "chain", s["journal"])
    c = chain.check_session(lines, sid)
    start = lines[0].entry["body"]
    key_b64 = base64.b64encode(key).decode()
    if start.get("vault_identity") != key_b64:
        raise Fail("keys", f"{sid}: the start entry names another vault key than identity.pem")
    session_key = signatures.pem_key(files[base + "session-key.pem"], "keys", f"{sid} session-key.pem")
    if session_key != c.session_public or files[base + "session-key.pub"] != signatures.openssh_line(session_key, sid):
        raise Fail("keys", f"{sid}: session-key.pem/.pub are not the start entry's session key")
    a = s["audio"]
    if (
        s["case"] != start.get("case")
        or s["entries"] != len(lines)
        or s["head"] != c.head
        or s["sealed"] != c.sealed
        or a["frames"] != c.frames
        or a["rate"] != c.rate
    ):
        raise Fail("manifest", f"{sid}: the manifest does not agree with the journal")
    audio.check([(files[p["path"]], p["frames"]) for p in a["parts"]], c.rate, c.frames, c.audio, sid)
    call.check(s, c, files)
    # Attachments, imported files (§3.5) and derived rows (§3.6): their bytes, each under its folder.
    attached = [ln.entry for ln in lines if ln.entry["kind"] in chain.FILE_KINDS]
    if len(attached) != len(s["attachments"]):
        raise Fail("attachment", f"{sid}: the manifest does not list every attachment")
    for e, x in zip(attached, s["attachments"], strict=True):
        if x["seq"] != e["seq"]:
            raise Fail("attachment", f"{sid}: the manifest lists attachment {x['seq']} for entry {e['seq']}")
        if x["path"] != f"{base}{chain.FILE_KINDS[e['kind']]}/{e['seq']:06d}-{_file_name(e['body']['name'])}":
            raise Fail("manifest", f"{sid}: attachment {e['seq']} is not named as §7.2 names it")
        data = files[x["path"]]
        if len(data) != e["payload"]["size"] or hashlib.sha256(data).hexdigest() != e["payload"]["sha256"]:
            raise Fail("attachment", f"{sid}: attachment {e['seq']} is not the recorded file")
        if e["kind"] == "derived":
            _derived_rows(data, e, sid)
    sittings = [chain.read_lines(files[p], "review", p) for p in s["review"]]
    chain.check_review(sittings, sid, c, key, key_b64)
    if s["extra"]:
        signed = {ln.hash for ln in lines if ln.entry["kind"] in chain.SIGNED}
        # FORMAT §6.6 rule 1: a closed review sitting's review-seal may be stamped too.
        seals = {sit[-1].hash for sit in sittings if sit and sit[-1].entry["kind"] == "review-seal"}
        stamps.check(sid, {p[len(base) :]: files[p] for p in s["extra"]}, signed, seals)
    return c


def _file_name(name: str) -> str:
    """§7.2: each character neither alphanumeric (str.isalnum) nor . _ - becomes _, dots at both ends removed,
    `file` if nothing is left, then the first 80 characters."""
    text = "".join(c if c.isalnum() or c in "._-" else "_" for c in name).strip(".") or "file"
    return text[:80]
