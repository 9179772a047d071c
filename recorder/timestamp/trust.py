"""Whether a time-stamp token holds (issue 7, item 4), and what it says when it does.

A token is accepted only if: it parses; the authority granted it; its imprint is SHA-256 and equals the chain
hash it is meant to cover; it answers our request (nonce); the certificate that signed it carries the
timeStamping purpose and was valid at the stamped time; and its signature verifies up to a trusted root — the
``certifi`` (Mozilla) store plus roots the user adds. Every refusal is one sentence naming the authority.
"""

from __future__ import annotations

import functools
import hashlib
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import certifi
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from rfc3161_client import TimeStampResponse, VerificationError, VerifierBuilder, decode_timestamp_response

from ..core.errors import RecorderError
from . import messages as M

SHA256_OID = x509.ObjectIdentifier("2.16.840.1.101.3.4.2.1")
# A device clock further than this from an authority's is reported plainly (issue 7, item 4).
CLOCK_LIMIT_S = 120


class StampProblem(RecorderError):
    """Why a stamp was not obtained. ``waits`` is True when the authority could not be asked (try again later),
    False when it answered and the answer was rejected."""

    def __init__(self, message: str, *, waits: bool, **params: object) -> None:
        self.waits = waits
        super().__init__(message, **params)


def rejected(message: str, **params: object) -> StampProblem:
    return StampProblem(message, waits=False, **params)


@functools.cache
def _public_roots() -> tuple[x509.Certificate, ...]:
    with warnings.catch_warnings():
        # One long-standing Mozilla root has a non-positive serial number; cryptography warns, and that is all.
        warnings.simplefilter("ignore")
        return tuple(x509.load_pem_x509_certificates(Path(certifi.where()).read_bytes()))


def load_root_file(path: Path) -> list[x509.Certificate]:
    """The certificates of a PEM file the user gave as a trusted root (one sentence if it cannot be used)."""
    try:
        certs = x509.load_pem_x509_certificates(Path(path).read_bytes())
    except (OSError, ValueError):
        raise RecorderError(M.ROOT_UNREADABLE, path=str(path)) from None
    if not certs:
        raise RecorderError(M.ROOT_UNREADABLE, path=str(path))
    return certs


class TrustStore:
    """The roots tokens must chain to: the public store (unless ``public=False``) and the user's own."""

    def __init__(self, extra: Iterable[x509.Certificate] = (), *, public: bool = True) -> None:
        self.extra = list(extra)
        self.public = public

    @classmethod
    def from_files(cls, paths: Iterable[Path], *, public: bool = True) -> TrustStore:
        extra: list[x509.Certificate] = []
        for p in paths:
            extra += load_root_file(p)
        return cls(extra, public=public)

    @property
    def roots(self) -> list[x509.Certificate]:
        seen: set[bytes] = set()
        out: list[x509.Certificate] = []
        for c in [*self.extra, *(_public_roots() if self.public else ())]:
            der = c.public_bytes(Encoding.DER)
            if der not in seen:
                seen.add(der)
                out.append(c)
        return out


@dataclass(frozen=True)
class TokenFacts:
    """What a verified token states."""

    gen_time: datetime
    serial: int
    policy: str
    tsa_name: str
    tsa_subject: str
    root_pem: bytes
    root_subject: str

    @property
    def root_sha256(self) -> str:
        return hashlib.sha256(x509.load_pem_x509_certificate(self.root_pem).public_bytes(Encoding.DER)).hexdigest()


def utc_words(t: datetime) -> str:
    """The form statements use: ``2026-11-22 14:03:10 UTC``."""
    return t.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def _cn(name: x509.Name) -> str:
    for oid in (NameOID.COMMON_NAME, NameOID.ORGANIZATION_NAME):
        attrs = name.get_attributes_for_oid(oid)
        if attrs:
            value = attrs[0].value
            return value if isinstance(value, str) else value.decode("utf-8", "replace")
    return name.rfc4514_string()


def _signer(resp: TimeStampResponse) -> tuple[x509.Certificate | None, list[x509.Certificate]]:
    certs = [x509.load_der_x509_certificate(c) for c in resp.signed_data.certificates]
    infos = list(resp.signed_data.signer_infos)
    if len(infos) != 1:
        return None, certs
    si = infos[0]
    for c in certs:
        if c.issuer == si.issuer and c.serial_number == si.serial_number:
            return c, certs
    return None, certs


def _issued_by(cert: x509.Certificate, issuer: x509.Certificate) -> bool:
    if cert.issuer != issuer.subject:
        return False
    try:
        cert.verify_directly_issued_by(issuer)
    except Exception:  # InvalidSignature, and unsupported key types or parameters, all mean "not issued by"
        return False
    return True


def anchoring_root(
    leaf: x509.Certificate, pool: Sequence[x509.Certificate], roots: Sequence[x509.Certificate]
) -> x509.Certificate | None:
    """The trusted root the leaf chains to through ``pool`` (the token's own certificates), if any."""
    current = leaf
    for _ in range(8):
        for r in roots:
            if _issued_by(current, r):
                return r
        nxt = next((c for c in pool if c is not current and _issued_by(current, c)), None)
        if nxt is None or nxt.subject == current.subject:
            return None
        current = nxt
    return None


def _valid_at(cert: x509.Certificate, t: datetime) -> bool:
    return cert.not_valid_before_utc <= t <= cert.not_valid_after_utc


def check_token(tsr: bytes, digest: bytes, nonce: int | None, trust: TrustStore, authority: str) -> TokenFacts:
    """Verify a DER ``TimeStampResp`` for the SHA-256 ``digest``; raise :class:`StampProblem` (rejected) if not."""
    try:
        resp = decode_timestamp_response(tsr)
    except Exception:  # the parser raises several types for malformed DER; all mean the same to the user
        raise rejected(M.GARBAGE, authority=authority) from None
    if resp.status != 0:
        detail = "; ".join(resp.status_string) or f"status {resp.status}"
        raise rejected(M.REFUSED, authority=authority, detail=detail)
    try:
        info = resp.tst_info
        imprint = info.message_imprint
        gen_time = info.gen_time.astimezone(UTC)
    except Exception:
        raise rejected(M.GARBAGE, authority=authority) from None
    if imprint.hash_algorithm != SHA256_OID or imprint.message != digest:
        raise rejected(M.OTHER_IMPRINT, authority=authority)
    if nonce is not None and info.nonce != nonce:
        raise rejected(M.OTHER_NONCE, authority=authority)
    leaf, pool = _signer(resp)
    if leaf is None:
        raise rejected(M.NO_CERTIFICATE, authority=authority)
    try:
        eku = leaf.extensions.get_extension_for_class(x509.ExtendedKeyUsage)
        purpose_ok = eku.critical and ExtendedKeyUsageOID.TIME_STAMPING in eku.value
    except x509.ExtensionNotFound:
        purpose_ok = False
    if not purpose_ok:
        raise rejected(M.WRONG_PURPOSE, authority=authority)
    if not _valid_at(leaf, gen_time):
        raise rejected(M.EXPIRED, authority=authority, time=utc_words(gen_time))
    roots = trust.roots
    root = anchoring_root(leaf, pool, roots)
    if root is None:
        raise rejected(M.UNTRUSTED, authority=authority)
    # The library re-checks all of the above and, above all, the CMS signature and the chain at gen_time.
    # Only the trusted root is handed over as trusted: the library treats its certificate lists as trusted,
    # and the token's own certificates (which anyone can put there) are found by the CMS check itself.
    builder = VerifierBuilder(nonce=nonce, roots=[root])
    try:
        builder.build().verify(resp, digest)
    except VerificationError as exc:
        text = str(exc)
        if "expired" in text or "not yet valid" in text:
            raise rejected(M.EXPIRED, authority=authority, time=utc_words(gen_time)) from None
        if "purpose" in text:
            raise rejected(M.WRONG_PURPOSE, authority=authority) from None
        if "issuer" in text or "self-signed" in text or "self signed" in text:
            raise rejected(M.UNTRUSTED, authority=authority) from None
        raise rejected(M.BAD_SIGNATURE, authority=authority, detail=text[:200]) from None
    except Exception as exc:  # a malformed token can make the library fail in other ways
        raise rejected(M.BAD_SIGNATURE, authority=authority, detail=str(exc)[:200]) from None
    return TokenFacts(
        gen_time=gen_time,
        serial=info.serial_number,
        policy=info.policy.dotted_string,
        tsa_name=_cn(leaf.subject),
        tsa_subject=leaf.subject.rfc4514_string(),
        root_pem=root.public_bytes(Encoding.PEM),
        root_subject=root.subject.rfc4514_string(),
    )
