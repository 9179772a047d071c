"""Trusted time stamps kept in the archive (FORMAT §6.5, §6.6): each token over a signed entry of its session,
signed by a time-stamping certificate that chains, at genTime, to the public store or a root kept beside it."""

from __future__ import annotations

import functools
import re
import warnings
from typing import Any

from cryptography import x509

from tests.independent_verifier.canonical import HEX64_RE, is_int, parse
from tests.independent_verifier.errors import Fail

TOKEN = re.compile(r"\Astamps/([0-9a-f]{64})\.([a-z0-9.-]+)\.(tsr|tsq)\Z")
ROOT = re.compile(r"\Astamps/roots/([0-9a-f]{64})\.pem\Z")
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


def check(sid: str, extra: dict[str, bytes], signed_hashes: set[str]) -> None:
    """``extra``: the session's extra members by their path relative to the session folder."""
    cls = "stamps"
    roots: list[bytes] = []
    tokens: dict[str, bytes] = {}
    for rel, data in extra.items():
        if rel == INDEX:
            continue
        m = ROOT.match(rel)
        if m:
            roots.append(data)
            continue
        t = TOKEN.match(rel)
        if not t:
            raise Fail(cls, f"{sid}: {rel} is not a member FORMAT names under stamps/")
        if t.group(3) == "tsr":
            tokens[rel] = data
    for rel, tsr in tokens.items():
        ok, imprint = token_ok(tsr, tuple(roots))
        name_hash = TOKEN.match(rel).group(1)  # type: ignore[union-attr]
        if not ok:
            raise Fail(cls, f"{sid}: the time-stamp token {rel} does not verify")
        if imprint not in signed_hashes or imprint != name_hash:
            raise Fail(cls, f"{sid}: the token {rel} covers no signed entry of this session")
    if INDEX not in extra:
        if extra:
            raise Fail(cls, f"{sid}: stamps members without stamps/stamps.json")
        return
    data = extra[INDEX]
    if not data.endswith(b"\n"):
        raise Fail(cls, f"{sid}: stamps.json does not end with a line feed")
    index = parse(data[:-1], cls, f"{sid} stamps.json")
    if (
        not isinstance(index, dict)
        or index.get("format") != "evidence-recorder-stamps"
        or index.get("version") != 1
        or index.get("session") != sid
        or not isinstance(index.get("tokens"), list)
        or not isinstance(index.get("waiting"), list)
    ):
        raise Fail(cls, f"{sid}: stamps.json is not of its format")
    for tok in index["tokens"]:
        _token_entry(tok, extra, sid)
    for w in index["waiting"]:
        if not isinstance(w, dict) or not isinstance(w.get("entry_hash"), str) or not isinstance(w.get("kind"), str):
            raise Fail(cls, f"{sid}: stamps.json lists a waiting stamp wrongly")


def _token_entry(tok: Any, extra: dict[str, bytes], sid: str) -> None:
    cls = "stamps"
    if not isinstance(tok, dict):
        raise Fail(cls, f"{sid}: stamps.json lists a token wrongly")
    for key in ("tsr", "tsq", "root"):
        path = tok.get(key)
        if not isinstance(path, str) or path not in extra:
            raise Fail(cls, f"{sid}: stamps.json names a missing member ({key})")
    h = tok.get("entry_hash")
    if not isinstance(h, str) or not HEX64_RE.match(h) or not tok["tsr"].startswith(f"stamps/{h}."):
        raise Fail(cls, f"{sid}: stamps.json lists a token under another hash")
    if "clock_difference_ms" in tok and not is_int(tok["clock_difference_ms"]):
        raise Fail(cls, f"{sid}: stamps.json clock difference is not an integer")
