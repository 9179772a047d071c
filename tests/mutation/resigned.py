"""Forgeries with a key (issue 11 §1 and §3): the key-swap forgeries of the stock procedure (the audio silenced,
any combination of key members replaced by a forger's, SHA256SUMS signed with the forger's key), and archives
re-signed by the owner that break FORMAT's rules (a member the manifest does not name, a second facts block,
JSON or base64 not in canonical form, manifest fields that disagree, another member order, an extra key line).

The stock tools themselves are run on every key-swap combination in tests/test_archive_stock_forgery.py; here the
same forgeries go through both verifiers with the rest of the campaign.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import random
from collections.abc import Callable

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from recorder.archive import layout, sshsig
from recorder.core.canonical import canonical_json
from recorder.core.crypto import ed25519_public_raw

from . import DOCUMENTED_LIMITS, mutator
from .case import Case, resign_as_owner
from .container import Spec, build

Members = dict[str, bytes]


def _pack(case: Case, members: Members) -> bytes:
    """The members (in the dict's order) in the exporter's one container form."""
    return build(case, [Spec(n, c) for n, c in members.items()])


def _sign_as(key: Ed25519PrivateKey, members: Members) -> None:
    listed = [n for n in members if n not in layout.UNLISTED]
    sums = "".join(f"{hashlib.sha256(members[n]).hexdigest()}  {n}\n" for n in listed).encode()
    members[layout.SUMS] = sums
    members[layout.SUMS_SIG] = key.sign(sums)
    members[layout.SUMS_SSHSIG] = sshsig.sign(sums, key, layout.SSH_NAMESPACE).encode()


def _with_unlisted_last(members: Members) -> Members:
    out = {n: c for n, c in members.items() if n not in layout.UNLISTED}
    out.update({n: members[n] for n in (layout.SUMS, layout.SUMS_SIG, layout.SUMS_SSHSIG)})
    return out


# -- §1: the key-swap forgeries, every combination of replaced key members --------------------------------------
KEY_MEMBERS = ("identity.pem", "identity.pub", "allowed_signers", "session-key.pem", "session-key.pub")
IDENTITY_FORMS = {"identity.pem", "identity.pub", "allowed_signers"}


def _key_swap(replaced: tuple[str, ...]) -> Callable[[Case, random.Random], bytes]:
    def fn(case: Case, rng: random.Random) -> bytes:
        key = Ed25519PrivateKey.from_private_bytes(rng.randbytes(32))
        raw = ed25519_public_raw(key)
        sid = case.sessions[0]
        members = dict(case.members)
        forms = {
            "identity.pem": (layout.IDENTITY_PEM, sshsig.pem_public(raw)),
            "identity.pub": (layout.IDENTITY_SSH, (sshsig.openssh_public(raw, layout.SSH_PRINCIPAL) + "\n").encode()),
            "allowed_signers": (layout.ALLOWED_SIGNERS, layout.allowed_signers(sshsig.openssh_public(raw))),
            "session-key.pem": (f"sessions/{sid}/{layout.SESSION_PEM}", sshsig.pem_public(raw)),
            "session-key.pub": (
                f"sessions/{sid}/{layout.SESSION_SSH}",
                (sshsig.openssh_public(raw, sid) + "\n").encode(),
            ),
        }
        for name in replaced:
            member, content = forms[name]
            members[member] = content
        for name in members:
            if name.startswith(f"sessions/{sid}/audio") and name.endswith(".wav"):
                members[name] = members[name][:44] + bytes(len(members[name]) - 44)  # the sound silenced
        _sign_as(key, members)
        return _pack(case, members)

    return fn


for _n in range(len(KEY_MEMBERS) + 1):
    for _combo in itertools.combinations(KEY_MEMBERS, _n):
        # With all three identity forms replaced the signatures hold, and it is the start entry (signed by the
        # session key, naming the owner's vault key) that gives the forgery away; otherwise the key forms disagree
        # or the signatures fail.
        _cls = "chain" if set(_combo) >= IDENTITY_FORMS else "signature"
        mutator(f"key swap: {', '.join(_combo) or 'no key member'} replaced, signed by a forger", _cls)(
            _key_swap(_combo)
        )


# -- §3: re-signed by the owner, breaking FORMAT's rules -----------------------------------------------------------
def _resigned(change: Callable[[Case, Members], None]) -> Callable[[Case, random.Random], bytes]:
    def fn(case: Case, _rng: random.Random) -> bytes:
        members = dict(case.members)
        change(case, members)
        members = _with_unlisted_last(members)
        resign_as_owner(case, members)
        return _pack(case, _with_unlisted_last(members))

    return fn


def _manifest(members: Members) -> dict:  # type: ignore[type-arg]
    return json.loads(members[layout.MANIFEST])  # type: ignore[no-any-return]


def _set_manifest(members: Members, doc: dict) -> None:  # type: ignore[type-arg]
    members[layout.MANIFEST] = canonical_json(doc) + b"\n"


def _unnamed(case: Case, members: Members) -> None:
    members[f"sessions/{case.sessions[0]}/more-evidence.txt"] = b"a file the manifest does not explain\n"


def _second_facts(_case: Case, members: Members) -> None:
    page = members[layout.REPORT].decode()
    start = page.index('<script type="application/json"')
    block = page[start : page.index("</script>", start) + len("</script>")]
    members[layout.REPORT] = page.replace("</body>", block.replace('"threats":', '"threats_too":') + "</body>").encode()


def _facts_spaced(_case: Case, members: Members) -> None:
    page = members[layout.REPORT].decode()
    # (not anchored on the opening brace: a document with case_call_log, §7.7, has that key first)
    members[layout.REPORT] = page.replace(
        '"format":"evidence-recorder-facts"', '"format": "evidence-recorder-facts"'
    ).encode()


def _manifest_spaced(_case: Case, members: Members) -> None:
    members[layout.MANIFEST] = json.dumps(_manifest(members), indent=1, ensure_ascii=False).encode() + b"\n"


def _respell_seal_signature(case: Case, members: Members) -> None:
    """The seal's signature in non-canonical base64 (the same bytes, so it still verifies): one entry, two hashes."""
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    sid = case.sessions[0]
    name = f"sessions/{sid}/journal.jsonl"
    entries = [json.loads(x) for x in members[name].splitlines()]
    sig = entries[-1]["sig"]
    body = sig.rstrip("=")
    entries[-1]["sig"] = body[:-1] + alphabet[alphabet.index(body[-1]) | 1] + sig[len(body) :]
    lines = [canonical_json(e) for e in entries]
    members[name] = b"".join(x + b"\n" for x in lines)
    doc = _manifest(members)
    doc["sessions"][0]["head"] = hashlib.sha256(lines[-1]).hexdigest()
    _set_manifest(members, doc)


def _rename_case(_case: Case, members: Members) -> None:
    doc = _manifest(members)
    doc["sessions"][0]["case"] = "Another case"
    _set_manifest(members, doc)


def _other_fingerprint(_case: Case, members: Members) -> None:
    doc = _manifest(members)
    doc["identity"]["fingerprint"] = "SHA256:" + "A" * 43
    _set_manifest(members, doc)


def _other_profile(_case: Case, members: Members) -> None:
    doc = _manifest(members)
    doc["profile"] = "us" if doc["profile"] != "us" else "cn"
    _set_manifest(members, doc)


def _reorder(_case: Case, members: Members) -> None:
    moved = {layout.MANIFEST: members.pop(layout.MANIFEST)}
    moved.update(members)
    members.clear()
    members.update(moved)


def _extra_signer(_case: Case, members: Members) -> None:
    other = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
    line = layout.allowed_signers(sshsig.openssh_public(ed25519_public_raw(other)))
    members[layout.ALLOWED_SIGNERS] = line + members[layout.ALLOWED_SIGNERS]


for _name, _cls, _change in (
    ("re-signed: a listed member the manifest does not name", "listing", _unnamed),
    ("re-signed: a second facts block in report.html", "report", _second_facts),
    ("re-signed: the facts not in canonical JSON", "report", _facts_spaced),
    ("re-signed: manifest.json not in canonical JSON", "manifest", _manifest_spaced),
    ("re-signed: the seal's signature in non-canonical base64", "chain", _respell_seal_signature),
    ("re-signed: the manifest names another case", "manifest", _rename_case),
    ("re-signed: the manifest names another fingerprint", "manifest", _other_fingerprint),
    ("re-signed: the manifest names another profile than the facts", "report", _other_profile),
    ("re-signed: the members in another order", "listing", _reorder),
    ("re-signed: a second key line in allowed_signers", "signature", _extra_signer),
):
    mutator(_name, _cls)(_resigned(_change))


# -- §3: unsigned-tail forgeries -----------------------------------------------------------------------------------
def _append_tail(case: Case, members: Members, *, cut_seal: bool, note_utc: str | None = None) -> None:
    """Forged audio (one second) and a `threat` tag appended to the first recording's journal, after its seal or,
    with ``cut_seal``, in place of it (after its last checkpoint); the manifest, the WAV and, when the seal is cut,
    the report's facts made to agree, as an owner re-exporting by hand could. With ``note_utc``, a note dated so
    takes the tag's place (FORMAT §1: one form of time for every entry, the unsigned tail's too)."""
    from recorder.archive import wav
    from recorder.archive.facts import SessionEvents, compute
    from recorder.archive.report import extract_facts

    sid = case.sessions[0]
    name = f"sessions/{sid}/journal.jsonl"
    lines = members[name].splitlines()
    if cut_seal:
        lines = lines[:-1]
    last = json.loads(lines[-1])
    doc = _manifest(members)
    s = doc["sessions"][0]
    rate = s["audio"]["rate"]
    pcm = b"\x10\x00" * rate
    forged = [
        {
            "body": {
                "channels": 1,
                "format": "s16le",
                "frame_offset": s["audio"]["frames"],
                "frames": rate,
                "rate": rate,
            },
            "kind": "audio",
            "mono_ns": last["mono_ns"] + 1_000_000,
            "payload": {"sha256": hashlib.sha256(pcm).hexdigest(), "size": len(pcm)},
        },
        {"body": {"code": "threat", "label": "Threat"}, "kind": "tag", "mono_ns": last["mono_ns"] + 2_000_000},
    ]
    if note_utc is not None:
        forged[1] = {"body": {"text": "forged"}, "kind": "note", "mono_ns": last["mono_ns"] + 2_000_000}
    for e in forged:
        e.update(
            {
                "prev": hashlib.sha256(lines[-1]).hexdigest(),
                "seq": len(lines),
                "session": sid,
                "utc": last["utc"] if note_utc is None or e["kind"] != "note" else note_utc,
                "v": 1,
            }
        )
        lines.append(canonical_json(e))
    members[name] = b"".join(x + b"\n" for x in lines)
    part = s["audio"]["parts"][-1]
    frames = part["frames"] + rate
    members[part["path"]] = wav.header(frames, rate) + members[part["path"]][wav.HEADER_SIZE :] + pcm
    part["frames"] = frames
    s["audio"]["frames"] += rate
    s.update({"entries": len(lines), "head": hashlib.sha256(lines[-1]).hexdigest(), "sealed": not cut_seal})
    if cut_seal:
        for review in s["review"]:  # the sittings name the seal's hash: dropped with it
            del members[review]
        s["review"] = []
        for name in s["extra"]:  # and so are the sittings' time-stamp tokens (FORMAT §6.6 rule 1) and their list
            del members[name]
        s["extra"] = []
        page = members[layout.REPORT].decode()
        facts = extract_facts(page)
        stated = facts["sessions"][sid]
        ev = SessionEvents()
        entries = [json.loads(x) for x in lines]
        for e in entries:
            ev.add(e)
        ev.signed_through = max(e["seq"] for e in entries if "sig" in e)
        old = canonical_json(facts).decode().replace("</", "<\\/")
        facts["sessions"][sid] = compute(ev, stated["profile"], stated["utc_offset_minutes"])
        members[layout.REPORT] = page.replace(old, canonical_json(facts).decode().replace("</", "<\\/")).encode()
    _set_manifest(members, doc)


mutator("re-signed: a forged tail (audio, a threat tag) after the seal", "chain")(
    _resigned(lambda case, members: _append_tail(case, members, cut_seal=False))
)
CUT_SEAL = "re-signed: the seal cut and a forged tail (audio, a threat tag) after the last checkpoint"
mutator(CUT_SEAL, "chain")(_resigned(lambda case, members: _append_tail(case, members, cut_seal=True)))
# Accepted, and said: the session is not sealed and its tail is unsigned (the verdict's sentences are tested in
# tests/test_archive_proven.py). Only the owner can do it; FORMAT §7.8 lists it.
DOCUMENTED_LIMITS[CUT_SEAL] = "cut before its seal and entries appended after its last checkpoint"


# FORMAT §1: every entry's `utc` (journal, unsigned tail, review) is `YYYY-MM-DDTHH:MM:SS.ffffffZ` naming a real
# moment; the cut seal leaves the forged note in the unsigned tail, which the owner alone can write.
for _label, _utc in (
    ("not a time", "x"),
    ("empty", ""),
    ("a date that does not exist", "2026-02-30T12:00:00.000000Z"),
    ("hours past 23", "2026-12-06T24:00:00.000000Z"),
    ("an offset in place of Z", "2026-12-06T22:00:00.000000+08:00"),
    ("three fractional digits", "2026-12-06T22:00:00.000Z"),
):
    mutator(f"re-signed: the seal cut and a tail note whose utc is {_label}", "chain")(
        _resigned(lambda case, members, u=_utc: _append_tail(case, members, cut_seal=True, note_utc=u))
    )


def _rename_attachment(_case: Case, members: Members) -> None:
    """The first stored file's member renamed (the manifest saying so, in the same place): FORMAT §7.2 derives its
    one name from the entry (`<seq>-<name>` under its kind's folder), so another name is refused."""
    doc = _manifest(members)
    item = next(a for s in doc["sessions"] for a in s["attachments"])
    old = item["path"]
    folder, _, leaf = old.rpartition("/")
    item["path"] = f"{folder}/{leaf[:7]}renamed-{leaf[7:]}"
    renamed = {(item["path"] if n == old else n): c for n, c in members.items()}
    members.clear()
    members.update(renamed)
    _set_manifest(members, doc)


mutator("re-signed: a stored file's member under another name than §7.2's", "manifest")(_resigned(_rename_attachment))


def _facts_other_format(_case: Case, members: Members) -> None:
    """FORMAT §7.7: the facts block's `format` is `evidence-recorder-facts`; another is refused (the report class)."""
    page = members[layout.REPORT].decode()
    head = '"format":"evidence-recorder-facts"'
    assert page.count(head) == 1
    members[layout.REPORT] = page.replace(head, '"format":"evidence-recorder-fact"').encode()


mutator("re-signed: the facts name another format", "report")(_resigned(_facts_other_format))


def _sums_lines_swapped(case: Case, _rng: random.Random) -> bytes:
    """FORMAT §7.3: SHA256SUMS lists the members in the exporter's one order, the zip's order; two lines swapped
    (the members left in place), signed by the owner, are refused."""
    members = {n: c for n, c in case.members.items() if n not in layout.UNLISTED}
    listed = list(members)
    listed[0], listed[1] = listed[1], listed[0]
    sums = "".join(f"{hashlib.sha256(members[n]).hexdigest()}  {n}\n" for n in listed).encode()
    members[layout.SUMS] = sums
    members[layout.SUMS_SIG] = case.keys.identity.sign(sums)
    members[layout.SUMS_SSHSIG] = sshsig.sign(sums, case.keys.identity, layout.SSH_NAMESPACE).encode()
    return _pack(case, members)


mutator("re-signed: SHA256SUMS's first two lines swapped, the members in place", "listing")(_sums_lines_swapped)
