"""Trusted timestamps in the archive: the members they add and how the verifier reads them (issue 7, item 5).

Plugged in through :mod:`recorder.archive.hooks`. Per session, under ``sessions/<id>/``:

* ``stamps/<entry_hash>.<authority>.tsr`` — the authority's reply (DER ``TimeStampResp``), and ``.tsq`` the
  request it answers;
* ``stamps/roots/<sha256>.pem`` — the root certificate each token was verified under when it was obtained;
* ``stamps/stamps.json`` — the list (canonical JSON): each token with what the device recorded when it came
  (its clock difference), and the stamps still waiting for an authority at export time.

The list is a convenience; the verifier derives every claim from the tokens themselves and the chain.
See docs/FORMAT.md §6.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.canonical import canonical_json
from ..core.chain import SIGNED_KINDS, entry_hash
from ..core.environment import parse_utc
from ..core.errors import Translate
from ..i18n import translate, translator
from ..timestamp import messages as M

# X.509, the token parser and the stamp queue (which brings HTTP) are loaded where tokens are handled: every
# export asks this module about stamps, and most sessions have none.
if TYPE_CHECKING:
    from cryptography import x509

    from ..core.vault import Vault, VaultKeys
    from ..timestamp.trust import TrustStore

STAMPS = "stamps"
INDEX = f"{STAMPS}/stamps.json"
INDEX_FORMAT = "evidence-recorder-stamps"
INDEX_VERSION = 1
MAX_TOKEN_BYTES = 256 * 1024
LATE_AFTER_S = 120

_ROOT_NAME = re.compile(r"roots/[0-9a-f]{64}\.pem")
_SAFE_MEMBER = re.compile(r"stamps/(?!.*\.\.)[A-Za-z0-9._/-]{1,200}")
_URL = re.compile(r"https?://[\x21-\x7e]{1,200}")

Signed = Mapping[str, tuple[int, str, str]]  # entry hash → (seq, kind, utc)
Sittings = Mapping[str, tuple[int, str]]  # a closed review sitting's review-seal hash → (sitting number, its utc)
REVIEW_SEAL = "review-seal"  # an anchor's kind when its token covers a review sitting's seal (FORMAT §6.1)
_NAMED_HASH = re.compile(r"stamps/([0-9a-f]{64})\.[^/]+\.tsr")


# The language sentences are said in: the program's, or the report's while report_lines writes a report's (a
# zh_CN report exported from an English program says its stamps in Chinese too).
_words: ContextVar[Translate] = ContextVar("stamp_words", default=translate)


def _tr(context: str, text: str) -> str:
    return _words.get()(context, text)


def _say(message: str, **params: object) -> str:
    from ..timestamp.trust import StampProblem

    return StampProblem(message, waits=False, **params).sentence(_words.get())


# -- export ---------------------------------------------------------------------------------------------------
def members_of(session_dir: Path, session_id: str) -> list[tuple[str, bytes]]:
    """The stamp members of one session folder, paths relative to the session's folder in the archive."""
    from ..timestamp.queue import StampStore

    store = StampStore(session_dir, session_id)
    out: list[tuple[str, bytes]] = []
    tokens: list[dict[str, Any]] = []
    roots: set[str] = set()
    for rec in store.tokens():
        tsr = store.tokens_dir / f"{rec.name}.tsr"
        tsq = store.tokens_dir / f"{rec.name}.tsq"
        try:
            tsr_bytes = tsr.read_bytes()
            tsq_bytes = tsq.read_bytes() if tsq.is_file() else None
        except OSError:
            continue
        doc = dict(rec.doc)
        doc["tsr"] = f"{STAMPS}/{rec.name}.tsr"
        out.append((doc["tsr"], tsr_bytes))
        if tsq_bytes is not None:
            doc["tsq"] = f"{STAMPS}/{rec.name}.tsq"
            out.append((doc["tsq"], tsq_bytes))
        root = str(doc.get("root", ""))
        if _ROOT_NAME.fullmatch(root) and (store.dir / root).is_file():
            doc["root"] = f"{STAMPS}/{root}"
            if root not in roots:
                roots.add(root)
                out.append((doc["root"], (store.dir / root).read_bytes()))
        else:
            doc.pop("root", None)
        tokens.append(doc)
    waiting = []
    for req in store.pending():
        problem = req.last_problem
        waiting.append(
            {
                "entry_hash": req.entry_hash,
                "kind": req.kind,
                "queued_utc": req.queued_utc,
                "state": req.state,
                "reason": problem.sentence() if problem is not None and problem.message else "",
            }
        )
    if tokens or waiting:
        index = {
            "format": INDEX_FORMAT,
            "version": INDEX_VERSION,
            "session": session_id,
            "tokens": tokens,
            "waiting": waiting,
        }
        out.append((INDEX, canonical_json(index) + b"\n"))
    return out


def session_members(vault: Vault, keys: VaultKeys, session_id: str) -> list[tuple[str, bytes]]:
    """Hook for the exporter (recorder.archive.hooks): tokens need no key, they are kept in clear."""
    return members_of(vault.session_dir(session_id), session_id)


def signed_entries(lines: Iterable[bytes]) -> dict[str, tuple[int, str, str]]:
    """Hash → (seq, kind, utc) of the signed entries among a session's canonical entry lines (the map
    :func:`check_stamps` takes), for the exporter, which has the lines but not the verifier's map."""
    out: dict[str, tuple[int, str, str]] = {}
    for line in lines:
        raw = line.rstrip(b"\n")
        if b'"sig":' not in raw:
            continue  # only signed entries carry the key; inside JSON text a quote is always escaped
        try:
            entry = json.loads(raw)
        except ValueError:
            continue
        if isinstance(entry, dict) and entry.get("kind") in SIGNED_KINDS and isinstance(entry.get("seq"), int):
            out[entry_hash(raw)] = (entry["seq"], str(entry["kind"]), str(entry.get("utc")))
    return out


# -- verify ---------------------------------------------------------------------------------------------------
def _what(seq: int, kind: str) -> str:
    if seq == 0:
        return _tr("Messages", M.WHAT_FIRST)
    if kind == "seal":
        return _tr("Messages", M.WHAT_SEAL)
    if kind == "checkpoint":
        return _say(M.WHAT_CHECKPOINT, seq=seq)
    return _say(M.WHAT_ENTRY, seq=seq)


def _json(raw: bytes) -> Any:
    """Parse an untrusted member: any failure, deep nesting included, is a ValueError."""
    try:
        return json.loads(raw)
    except RecursionError:
        # Said in words, never as the parser's own message ("maximum recursion depth exceeded …", issue 12 §5).
        raise ValueError("nested too deeply to be read") from None
    except ValueError:
        raise ValueError("not valid JSON") from None


def _index(members: Mapping[str, bytes], problems: list[str]) -> dict[str, Any]:
    raw = members.get(INDEX)
    if raw is None:
        return {}
    try:
        doc = _json(raw)
        if not isinstance(doc, dict) or doc.get("format") != INDEX_FORMAT:
            raise ValueError("not a time-stamp list")
        if doc.get("version") != INDEX_VERSION:
            raise ValueError(f"unknown version {doc.get('version')!r}")
        if raw != canonical_json(doc) + b"\n":  # FORMAT §6.5: one byte form, as every other JSON member
            raise ValueError("not in canonical JSON followed by one line feed")
        why = _index_shape(doc)
        if why:
            raise ValueError(why)
    except ValueError as exc:
        problems.append(_say(M.TOKEN_LIST_BAD, name=INDEX, detail=str(exc)[:100]))
        return {}
    return doc


def _index_shape(doc: dict[str, Any]) -> str:
    """What is wrong with the list's fields (FORMAT §6.5), or "" (the fields the verifier uses, each typed)."""
    if not isinstance(doc.get("session"), str):
        return "no session"
    tokens, waiting = doc.get("tokens"), doc.get("waiting")
    if not isinstance(tokens, list) or not isinstance(waiting, list):
        return "tokens or waiting is not a list"
    for t in tokens:
        if not isinstance(t, dict) or not isinstance(t.get("tsr"), str):
            return "a token names no tsr member"
        if any(k in t and not isinstance(t[k], str) for k in ("tsq", "root", "authority_url")):
            return "a token's member or address is not a string"
        diff = t.get("clock_difference_ms")
        if "clock_difference_ms" in t and (not isinstance(diff, int) or isinstance(diff, bool)):
            return "a token's clock difference is not an integer"
    if not all(isinstance(w, dict) for w in waiting):
        return "a waiting stamp is not an object"
    return ""


def _root_certs(members: Mapping[str, bytes]) -> list[x509.Certificate]:
    from cryptography import x509

    out: list[x509.Certificate] = []
    for name, data in members.items():
        if name.startswith(f"{STAMPS}/roots/") and name.endswith(".pem") and len(data) < MAX_TOKEN_BYTES:
            try:
                out += x509.load_pem_x509_certificates(data)
            except ValueError:
                continue
    return out


def _imprint(tsr: bytes) -> str | None:
    from rfc3161_client import decode_timestamp_response

    from ..timestamp.trust import SHA256_OID

    try:
        imprint = decode_timestamp_response(tsr).tst_info.message_imprint
        return imprint.message.hex() if imprint.hash_algorithm == SHA256_OID else None
    except Exception:
        return None


@dataclass(frozen=True)
class Anchor:
    """A token that holds: the signed entry it covers and the time it proves."""

    member: str
    seq: int
    kind: str
    gen_time: datetime
    tsa: str
    delay_s: float | None  # genTime minus the entry's own device time (None if that time is unreadable)
    archive_root_only: bool  # trusted only through the root kept in the archive


@dataclass
class StampCheck:
    problems: list[str] = field(default_factory=list)
    statements: list[str] = field(default_factory=list)
    anchors: list[Anchor] = field(default_factory=list)

    @property
    def first_anchor(self) -> Anchor | None:
        """The earliest-stamped token of the recording itself (the report's "delay to the first external
        anchor"); a review sitting's token dates the later annotations, not the recording."""
        recording = [a for a in self.anchors if a.kind != REVIEW_SEAL]
        return min(recording, key=lambda a: (a.gen_time, a.seq), default=None)

    def sitting_times(self) -> dict[int, datetime]:
        """Review sitting number → the earliest time a good token proves its seal existed by."""
        out: dict[int, datetime] = {}
        for a in self.anchors:
            if a.kind == REVIEW_SEAL and (a.seq not in out or a.gen_time < out[a.seq]):
                out[a.seq] = a.gen_time
        return out


def check_session(
    session_id: str,
    members: Mapping[str, bytes],
    signed: Signed,
    roots: Iterable[Path] = (),
    trust: TrustStore | None = None,
    sittings: Sittings | None = None,
) -> tuple[list[str], list[str]]:
    """Hook for the verifier: check every token of a session; return (problems, statements), each a sentence.

    Tokens are checked against the public root store plus ``roots`` (or ``trust``). A token that holds only
    under a root carried in the archive itself is stated as such, with that root's fingerprint to compare.
    ``sittings``: the session's closed review sittings, whose seals may be stamped too; each one no good token
    covers is said to be dated by the device clock alone.
    """
    result = check_stamps(members, signed, roots, trust, sittings)
    return result.problems, result.statements + sitting_clock_lines(sittings or {}, result)


def sitting_clock_lines(sittings: Sittings, result: StampCheck | None = None) -> list[str]:
    """One sentence for each closed review sitting no good token covers: its dates are the device clock's."""
    stamped = result.sitting_times() if result is not None else {}
    return [
        _say(M.SITTING_DEVICE_CLOCK, sitting=number, time=_clock_words(utc))
        for number, utc in sorted(sittings.values())
        if number not in stamped
    ]


def _clock_words(utc: str) -> str:
    """A device-clock time in the form statements use (``2026-11-22 14:03:10 UTC``), or as written."""
    try:
        return parse_utc(utc).astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    except ValueError:
        return utc


def check_stamps(
    members: Mapping[str, bytes],
    signed: Signed,
    roots: Iterable[Path] = (),
    trust: TrustStore | None = None,
    sittings: Sittings | None = None,
) -> StampCheck:
    """:func:`check_session` with the tokens that hold as data too (for the report's integrity facts)."""
    from ..timestamp.trust import CLOCK_LIMIT_S, StampProblem, TrustStore, check_token, utc_words

    result = StampCheck()
    problems, statements = result.problems, result.statements
    trusted = trust or TrustStore.from_files(roots)
    carried = TrustStore(_root_certs(members), public=False)
    index = _index(members, problems)
    listed = {str(t.get("tsr")): t for t in index.get("tokens", []) if isinstance(t, dict)}
    named = {t[k] for t in listed.values() for k in ("tsr", "tsq", "root") if isinstance(t.get(k), str)}
    for name in sorted(named):  # every member the list names is there (FORMAT §6.6 rule 4)
        if name not in members:
            problems.append(_say(M.TOKEN_MISSING, name=name))
    tsrs = sorted(n for n in members if n.startswith(f"{STAMPS}/") and n.endswith(".tsr"))
    for name in tsrs:
        tsr = members[name]
        covered = _imprint(tsr) if len(tsr) <= MAX_TOKEN_BYTES else None
        if covered is None:
            problems.append(_say(M.TOKEN_BAD, name=name, reason=_say(M.GARBAGE, authority=name)))
            continue
        named_for = _NAMED_HASH.fullmatch(name)
        if named_for is None or named_for.group(1) != covered:
            # FORMAT §6.6 rule 1: a token sits under the name of the hash it covers, so one moved to stand for
            # another sitting or entry (renamed, re-listed, re-signed by the owner) is caught, not re-read.
            problems.append(_say(M.TOKEN_NAME_DIFFERS, name=name))
            continue
        if covered in signed:
            seq, kind, entry_utc = signed[covered]
            what = _what(seq, kind)
        elif sittings and covered in sittings:
            seq, entry_utc = sittings[covered]
            kind = REVIEW_SEAL
            what = _say(M.WHAT_SITTING, sitting=seq)
        else:
            problems.append(_say(M.TOKEN_UNKNOWN_ENTRY, name=name))
            continue
        meta = listed.get(name, {})
        # The address is the exporter's claim (signed with the archive, not by the authority): shown only
        # when it looks like one; the authority's name always comes from its certificate.
        url = meta.get("authority_url")
        url = url if isinstance(url, str) and _URL.fullmatch(url) else None
        label = url or name
        caveat = ""
        try:
            facts = check_token(tsr, bytes.fromhex(covered), None, trusted, label)
        except StampProblem as exc:
            if exc.message != M.UNTRUSTED or not carried.extra:
                problems.append(_say(M.TOKEN_BAD, name=name, reason=exc.sentence(_words.get())))
                continue
            try:
                facts = check_token(tsr, bytes.fromhex(covered), None, carried, label)
            except StampProblem as exc2:
                problems.append(_say(M.TOKEN_BAD, name=name, reason=exc2.sentence(_words.get())))
                continue
            caveat = _say(M.CARRIED_ROOT, subject=facts.root_subject, sha256=facts.root_sha256)
        authority = f"{facts.tsa_name} ({url})" if url else facts.tsa_name
        when = utc_words(facts.gen_time)
        statements.append(_say(M.EXISTED_BY, what=what, time=when, authority=authority))
        if caveat:
            statements.append(caveat)
        try:
            written = parse_utc(entry_utc)
        except ValueError:
            written = None
        if written is not None:
            late = (facts.gen_time - written).total_seconds()
            if late > LATE_AFTER_S:
                statements.append(_say(M.STAMPED_LATE, minutes=int(late // 60), time=when))
        diff_ms = meta.get("clock_difference_ms")
        if isinstance(diff_ms, int) and not isinstance(diff_ms, bool):
            diff = diff_ms / 1000
        elif written is not None:
            diff = max(0.0, (written - facts.gen_time).total_seconds())  # written after the stamp: clock ahead
        else:
            diff = 0.0
        if abs(diff) > CLOCK_LIMIT_S:
            statements.append(_say(M.CLOCK_OFF, authority=facts.tsa_name, seconds=f"{diff:+.0f}"))
        delay = (facts.gen_time - written).total_seconds() if written is not None else None
        result.anchors.append(Anchor(name, seq, kind, facts.gen_time, authority, delay, bool(caveat)))
    if len(tsrs) == sum(1 for a in result.anchors if a.kind == REVIEW_SEAL):  # none over the recording itself
        statements.append(_tr("Messages", M.NO_STAMPS))
    waiting = [w for w in index.get("waiting", []) if isinstance(w, dict)]
    if waiting:
        statements.append(_say(M.STAMPS_WAITING, n=len(waiting)))
    return result


def report_lines(
    members: Iterable[tuple[str, bytes]],
    signed: Signed,
    sittings: Sittings | None = None,
    language: str | None = None,
) -> list[str]:
    """What the report's integrity section says of a session's stamps (the verifier's own statements), in the
    report's ``language`` (the program's when None)."""
    token = _words.set(translator(language)) if language else None
    try:
        given = dict(members)
        if not given:
            # What check_stamps says of no members (a test keeps it so).
            return [_tr("Messages", M.NO_STAMPS), *sitting_clock_lines(sittings or {})]
        result = check_stamps(given, signed, sittings=sittings)
        return result.statements + sitting_clock_lines(sittings or {}, result) + result.problems
    finally:
        if token is not None:
            _words.reset(token)


def sitting_stamp_times(members: Iterable[tuple[str, bytes]], signed: Signed, sittings: Sittings) -> dict[int, str]:
    """Review sitting number → the time a good token proves its seal existed by (UTC words), for the report."""
    from ..timestamp.trust import utc_words

    result = check_stamps(dict(members), signed, sittings=sittings)
    return {number: utc_words(t) for number, t in result.sitting_times().items()}


def openssl_commands(base: str, members: Iterable[tuple[str, bytes]] | Mapping[str, bytes]) -> list[str]:
    """The ``openssl ts -verify`` line for each token, archive-relative under ``base`` (``sessions/<id>``),
    for VERIFY.txt. Each checks the token's signature, that it covers the given chain hash, and its chain to
    the root kept beside it (compare that root's fingerprint with the authority's published one)."""
    items = list(members.items() if isinstance(members, Mapping) else members)
    members_map = dict(items)
    index: dict[str, Any] = {}
    for name, data in items:
        if name == INDEX:
            try:
                doc = _json(data)
            except ValueError:
                doc = {}
            index = doc if isinstance(doc, dict) else {}
    lines = []
    for t in index.get("tokens", []):
        if not isinstance(t, dict) or not isinstance(t.get("tsr"), str) or not isinstance(t.get("root"), str):
            continue
        h = str(t.get("entry_hash", ""))
        if not (
            re.fullmatch(r"[0-9a-f]{64}", h) and _SAFE_MEMBER.fullmatch(t["tsr"]) and _SAFE_MEMBER.fullmatch(t["root"])
        ):
            continue  # never put a name from the list into a command line unless it is plainly safe
        when = _gen_time(members_map.get(t["tsr"], b""))
        if when is None:
            continue  # not a token: VERIFY.txt gives no command that cannot succeed
        lines.append(f"openssl ts -verify -digest {h} -in {base}/{t['tsr']} -CAfile {base}/{t['root']} -attime {when}")
    return lines


def _gen_time(tsr: bytes) -> int | None:
    """The token's own genTime in whole seconds since 1970 (rounded down: a certificate's validity is given in
    whole seconds, so it holds at the second the token was made), for ``openssl ts -verify -attime``: the
    certificates are checked as of when the token was made, and the line keeps working after they expire."""
    from rfc3161_client import decode_timestamp_response

    try:
        gen = decode_timestamp_response(tsr).tst_info.gen_time
    except Exception:  # a token that does not parse (its library's own error types)
        return None
    if gen.tzinfo is None:
        gen = gen.replace(tzinfo=UTC)
    return int(gen.timestamp())
