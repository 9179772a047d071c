"""Where other parts add to an archive without the exporter or verifier knowing them in advance.

Trusted timestamps (recorder/archive/stamps.py, issue 7) and later annotations (recorder/core/review.py,
issue 5) plug in here. A missing module simply adds nothing.

- ``stamps.session_members(vault, keys, session_id) -> list[tuple[str, bytes]]``: extra members of one
  session, paths relative to the session's folder in the archive (e.g. ``"stamps/000001.tsr"``). They are listed
  in the manifest (``extra``) and in SHA256SUMS like every other member.
- ``stamps.check_session(session_id, members, signed, sittings=…) -> tuple[list[str], list[str]]``: called by the
  verifier with the session's extra members (relative path → bytes), ``signed`` (hash → (seq, kind, utc) of every
  signed entry of the chain) and ``sittings`` (review-seal hash → (sitting number, utc) of every closed review
  sitting, whose seals are stamped too); returns (problems, statements), each a sentence.
- Review chains come from :func:`recorder.core.review.read_review_entries` (one list of canonical entries per
  review sitting) and are checked with :func:`recorder.core.review.verify_review_entries`.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from types import ModuleType

from ..core.vault import Vault, VaultKeys
from ..i18n import translate
from . import messages as M
from .findings import RustPanicMessagesHeld, failure_words, is_rust_panic


def _optional(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name != name:
            raise
        return None


def stamps_module() -> ModuleType | None:
    return _optional("recorder.archive.stamps")


# Where the one source of extra members keeps them (recorder.timestamp.queue.STAMPS_DIR, kept equal by a test).
STAMPS_DIR = "stamps"


def session_extra_members(vault: Vault, keys: VaultKeys, session_id: str) -> list[tuple[str, bytes]]:
    if not (vault.session_dir(session_id) / STAMPS_DIR).exists():
        return []  # nothing to add, and the stamps module (X.509, HTTP) need not even be loaded
    mod = stamps_module()
    fn = getattr(mod, "session_members", None)
    if fn is None:
        return []
    return [(str(path), bytes(data)) for path, data in fn(vault, keys, session_id)]


def check_session_extras(
    session_id: str,
    members: Mapping[str, bytes],
    signed: Mapping[str, tuple[int, str, str]],
    sittings: Mapping[str, tuple[int, str]] | None = None,
) -> tuple[list[str], list[str]] | None:
    """None when no checker is installed (the verifier then says the extra members were not checked).
    ``sittings``: review-seal hash → (sitting number, utc) of the closed review sittings, which may be stamped."""
    mod = stamps_module()
    fn = getattr(mod, "check_session", None)
    if fn is None:
        return None
    try:
        with RustPanicMessagesHeld():
            problems, statements = fn(session_id, members, signed, sittings=sittings or {})
    except BaseException as exc:
        # Tokens and certificates are untrusted input parsed by X.509/ASN.1 libraries, some written in Rust: what
        # they raise (ValueError, KeyError …, or a Rust panic) means the same to the user.
        if not isinstance(exc, Exception) and not is_rust_panic(exc):
            raise
        unreadable = translate("Archive", M.EXTRAS_UNREADABLE).format(why=translate("Archive", failure_words(exc)))
        return [unreadable], []
    return [str(p) for p in problems], [str(s) for s in statements]


def stamp_report(
    members: list[tuple[str, bytes]],
    signed: Mapping[str, tuple[int, str, str]],
    sittings: Mapping[str, tuple[int, str]] | None = None,
    language: str | None = None,
) -> list[str]:
    """The sentences the report's integrity section gives about a session's trusted timestamps, in the report's
    ``language`` (the program's when None)."""
    fn = getattr(stamps_module(), "report_lines", None)
    return [] if fn is None else [str(line) for line in fn(members, signed, sittings or {}, language)]


def sitting_stamp_times(
    members: list[tuple[str, bytes]],
    signed: Mapping[str, tuple[int, str, str]],
    sittings: Mapping[str, tuple[int, str]],
) -> dict[int, str]:
    """Review sitting number → the trusted time (UTC words) a good token proves its seal existed by."""
    fn = getattr(stamps_module(), "sitting_stamp_times", None)
    return (
        {}
        if fn is None or not members or not sittings
        else {int(k): str(v) for k, v in fn(members, signed, sittings).items()}
    )


def stamp_commands(base: str, members: list[tuple[str, bytes]]) -> list[str]:
    """The ``openssl ts -verify`` lines for VERIFY.txt, when the stamps module offers them."""
    fn = getattr(stamps_module(), "openssl_commands", None)
    return [] if fn is None else [str(line) for line in fn(base, members)]


def sitting_clock_lines(sittings: Mapping[str, tuple[int, str]]) -> list[str]:
    """For a session without stamp members: each closed review sitting is dated by the device clock alone."""
    fn = getattr(stamps_module(), "sitting_clock_lines", None)
    return [] if fn is None or not sittings else [str(line) for line in fn(sittings)]
