"""Trusted time stamps kept in the archive (FORMAT §6.5, §6.6): each token over a signed entry of its session,
signed by a time-stamping certificate that chains, at genTime, to the public store or a root kept beside it."""

from __future__ import annotations

import functools
import re
import warnings

from cryptography import x509

from tests.independent_verifier.canonical import is_int, parse
from tests.independent_verifier.errors import Fail

ROOT = re.compile(r"\Astamps/roots/([0-9a-f]{64})\.pem\Z")
NAMED = re.compile(r"\Astamps/([0-9a-f]{64})\.")
INDEX = "stamps/stamps.json"
SHA256_OID = "2.16.840.1.101.3.4.2.1"


@functools.lru_cache(maxsize=1)
def _public_roots() -> tuple[x509.Certificate, ...]:
    import certifi

    with open(certifi.where(), "rb") as f, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a few public roots have serial numbers RFC 5280 disallows
        return tuple(x509.load_pem_x509_certificates(f.read()))


@functools.lru_cache(maxsize=4096)
def token_ok(tsr: bytes, roots: tuple[bytes, ...]) -> tuple[bool, str]:
    """(valid, imprint hex) for a DER TimeStampResp under the public store plus ``roots`` (PEM). Cached: the
    campaign runs thousands of archives that share the same tokens."""
    try:
        from rfc3161_client import VerifierBuilder, decode_timestamp_response

        resp = decode_timestamp_response(tsr)
        info = resp.tst_info
        if info.message_imprint.hash_algorithm.dotted_string != SHA256_OID:
            return False, ""
        imprint = info.message_imprint.message.hex()
        kept = []
        for pem in roots:
            kept.extend(x509.load_pem_x509_certificates(pem))
        for group in (kept, list(_public_roots())):
            if not group:
                continue
            builder = VerifierBuilder()
            for cert in group:
                builder = builder.add_root_certificate(cert)
            try:
                builder.build().verify(resp, bytes.fromhex(imprint))
                return True, imprint
            except Exception:  # noqa: BLE001 - any failure of the library is a token that does not hold
                continue
        return False, imprint
    except BaseException as e:  # noqa: BLE001 - Rust panics surface as BaseException
        if isinstance(e, (KeyboardInterrupt, SystemExit)):
            raise
        return False, ""


def check(
    sid: str, extra: dict[str, bytes], signed_hashes: set[str], sitting_seals: frozenset[str] | set[str] = frozenset()
) -> None:
    """``extra``: the session's extra members by their path relative to the session folder. FORMAT §6.6: every
    ``stamps/*.tsr`` is checked whether or not the list names it; the list is optional, and only its byte form
    and the ``tsr`` members it names are checked; ``.tsq`` members and other extra members are not interpreted.
    ``sitting_seals``: hashes of the session's review-seal entries (the last line of each review sitting whose
    kind is review-seal), which a token may cover too (rule 1)."""
    cls = "stamps"
    roots = tuple(data for rel, data in extra.items() if ROOT.match(rel))
    for rel, tsr in extra.items():
        if not (rel.startswith("stamps/") and rel.endswith(".tsr") and "/" not in rel[len("stamps/") :]):
            continue
        ok, imprint = token_ok(tsr, roots)
        if not ok:
            raise Fail(cls, f"{sid}: the time-stamp token {rel} does not verify")
        named = NAMED.match(rel)
        if named is None or named.group(1) != imprint:
            raise Fail(cls, f"{sid}: the token {rel} is not named stamps/<its imprint>.<authority>.tsr")
        if imprint not in signed_hashes and imprint not in sitting_seals:
            raise Fail(cls, f"{sid}: the token {rel} covers no signed entry or review seal of this session")
    if INDEX not in extra:
        return
    data = extra[INDEX]
    if not data.endswith(b"\n"):
        raise Fail(cls, f"{sid}: stamps.json does not end with a line feed")
    index = parse(data[:-1], cls, f"{sid} stamps.json")
    # "Of this format" (FORMAT §6.6 rule 4); other fields are not examined.
    if (
        not isinstance(index, dict)
        or index.get("format") != "evidence-recorder-stamps"
        or index.get("version") != 1
        or not isinstance(index.get("session"), str)
        or not isinstance(index.get("tokens"), list)
        or not isinstance(index.get("waiting"), list)
        or not all(isinstance(w, dict) for w in index["waiting"])
    ):
        raise Fail(cls, f"{sid}: stamps.json is not of its format")
    for tok in index["tokens"]:
        if (
            not isinstance(tok, dict)
            or not isinstance(tok.get("tsr"), str)
            or any(not isinstance(tok.get(k, ""), str) for k in ("tsq", "root", "authority_url"))
            or not is_int(tok.get("clock_difference_ms", 0))
        ):
            raise Fail(cls, f"{sid}: stamps.json lists a token not of its format")
        for key in ("tsr", "tsq", "root"):
            if key in tok and tok[key] not in extra:
                raise Fail(cls, f"{sid}: stamps.json names a member that is missing ({key})")
