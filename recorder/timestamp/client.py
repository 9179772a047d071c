"""Asking one time-stamp authority for one token (RFC 3161 over HTTP, issue 7 item 1).

The request stamps a chain hash directly: its imprint *is* the SHA-256 entry hash, so a token can be checked
against the chain without the entry bytes (``openssl ts -verify -digest HASH``). ``rfc3161-client`` builds
requests only from the data to be hashed, so the fixed, small ``TimeStampReq`` is written here in DER (no
cryptography involved); the reply is verified with ``rfc3161-client`` in :mod:`.trust`.

Always called from a worker thread: a call blocks for at most ``timeout`` seconds in all.
"""

from __future__ import annotations

import errno
import http.client
import secrets
import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import datetime

from .. import __version__
from ..core.environment import Moment
from ..core.errors import Phrase
from . import messages as M
from .authorities import Authority
from .trust import StampProblem, TokenFacts, TrustStore, check_token

# AlgorithmIdentifier { id-sha256, NULL }, as OpenSSL writes it.
_SHA256_ALGORITHM = bytes.fromhex("300d06096086480165030402010500")
MAX_REPLY_BYTES = 256 * 1024  # real replies with a certificate chain are a few kB
MEDIA_QUERY = "application/timestamp-query"
MEDIA_REPLY = "application/timestamp-reply"


def _der(tag: int, value: bytes) -> bytes:
    n = len(value)
    length = (
        bytes([n])
        if n < 0x80
        else bytes([0x80 | ((n.bit_length() + 7) // 8)]) + n.to_bytes((n.bit_length() + 7) // 8, "big")
    )
    return bytes([tag]) + length + value


def _der_int(value: int) -> bytes:
    return _der(0x02, value.to_bytes(value.bit_length() // 8 + 1, "big"))


def build_request(digest: bytes, nonce: int | None = None) -> tuple[bytes, int]:
    """DER ``TimeStampReq`` (v1, SHA-256 imprint ``digest``, a random 64-bit nonce, certReq TRUE) and its nonce."""
    if len(digest) != 32:
        raise ValueError("a SHA-256 digest is 32 bytes")
    nonce = secrets.randbits(64) if nonce is None else nonce
    imprint = _der(0x30, _SHA256_ALGORITHM + _der(0x04, digest))
    return _der(0x30, _der_int(1) + imprint + _der_int(nonce) + _der(0x01, b"\xff")), nonce


def waits(message: str, **params: object) -> StampProblem:
    return StampProblem(message, waits=True, **params)


def post_request(authority: Authority, tsq: bytes, timeout: float) -> bytes:
    """POST the request and read the reply. Connecting and each read of the headers wait at most ``timeout``;
    the body must arrive within ``timeout`` of the start, however slowly the server trickles it."""
    deadline = time.monotonic() + timeout
    req = urllib.request.Request(
        authority.url,
        data=tsq,
        method="POST",
        headers={"Content-Type": MEDIA_QUERY, "Accept": MEDIA_REPLY, "User-Agent": f"evidence-recorder/{__version__}"},
    )
    seconds = f"{timeout:g}"
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 - http(s) only, checked on input
            chunks: list[bytes] = []
            size = 0
            while True:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise waits(M.TIMED_OUT, authority=authority.label, seconds=seconds)
                # urllib has no overall deadline: shorten the socket's own timeout to what is left of ours.
                sock = getattr(getattr(getattr(resp, "fp", None), "raw", None), "_sock", None)
                if isinstance(sock, socket.socket):
                    sock.settimeout(max(0.05, left))
                chunk = resp.read1(16384)
                if not chunk:
                    break
                size += len(chunk)
                if size > MAX_REPLY_BYTES:
                    raise StampProblem(M.GARBAGE, waits=False, authority=authority.label)
                chunks.append(chunk)
            return b"".join(chunks)
    except urllib.error.HTTPError as exc:
        raise waits(M.HTTP_ERROR, authority=authority.label, code=exc.code) from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError):
            raise waits(M.TIMED_OUT, authority=authority.label, seconds=seconds) from None
        raise waits(M.UNREACHABLE, authority=authority.label, detail=_detail(exc.reason)) from None
    except TimeoutError:
        raise waits(M.TIMED_OUT, authority=authority.label, seconds=seconds) from None
    except (OSError, http.client.HTTPException, ValueError) as exc:
        raise waits(M.UNREACHABLE, authority=authority.label, detail=_detail(exc)) from None


def _detail(reason: object) -> str:
    """Why an authority could not be reached: in the user's words for the common reasons (a Phrase is translated
    with its sentence), else the system's own text."""
    if isinstance(reason, socket.gaierror):
        return Phrase(M.DETAIL_NO_NAME)
    if isinstance(reason, ConnectionRefusedError):
        return Phrase(M.DETAIL_REFUSED)
    if isinstance(reason, (ConnectionResetError, ConnectionAbortedError, http.client.RemoteDisconnected)):
        return Phrase(M.DETAIL_CUT)
    if isinstance(reason, OSError) and reason.errno in (errno.ENETUNREACH, errno.ENETDOWN, errno.EHOSTUNREACH):
        return Phrase(M.DETAIL_NO_NETWORK)
    return str(reason)[:120] or type(reason).__name__


@dataclass(frozen=True)
class Obtained:
    """A verified token and the circumstances of getting it."""

    authority: Authority
    tsq: bytes
    tsr: bytes
    facts: TokenFacts
    sent: Moment
    received: Moment

    @property
    def clock_difference_s(self) -> float:
        """Device clock minus the authority's time, at the midpoint of the exchange (positive: device ahead)."""
        midpoint_ns = (self.sent.utc_ns + self.received.utc_ns) // 2
        return (midpoint_ns - _ns(self.facts.gen_time)) / 1e9


def _ns(t: datetime) -> int:
    return int(t.timestamp()) * 1_000_000_000 + t.microsecond * 1000


def ask(authority: Authority, entry_hash: str, trust: TrustStore, timeout: float) -> Obtained:
    """Get a verified token for ``entry_hash`` from ``authority``, or raise :class:`StampProblem`."""
    digest = bytes.fromhex(entry_hash)
    tsq, nonce = build_request(digest)
    sent = Moment()
    tsr = post_request(authority, tsq, timeout)
    received = Moment()
    facts = check_token(tsr, digest, nonce, trust, authority.label)
    return Obtained(authority, tsq, tsr, facts, sent, received)
