"""The mutation campaign (issue 11, Tests): mutators that alter one exported archive, each with the class of
finding the verifier must name when it rejects the result.

A mutator is ``Mutator(name, cls, fn)``: ``fn(case, rng)`` returns the altered archive's bytes (or None when it
does not apply to this case). ``cls`` is the class the rejection must include (see :data:`CLASSES`), or
:data:`ANY` when any named class will do (random changes, whose effect depends on where they land). Register a
mutator with :func:`register` (or the :func:`mutator` decorator); tests/test_archive_campaign.py runs every one.

To add a mutator elsewhere (re-signed attacks, unsigned-tail forgeries, key swaps): write it in a module of this
package, decorate it with ``@mutator("name", "class")`` and import that module in :data:`MODULES` below. The case
holds the owner's passphrase and keys (``case.keys``), so a mutator can re-sign SHA256SUMS exactly as an owner
would (:func:`tests.mutation.case.resign_as_owner`).

A mutant the verifier accepts fails the campaign unless its mutator is named in :data:`DOCUMENTED_LIMITS`,
which quotes the words of docs/FORMAT.md that list it as a limit (the campaign checks FORMAT.md says them).
"""

from __future__ import annotations

import importlib
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from recorder.archive import excerpt_verify
from recorder.archive import messages as M
from recorder.archive.case_log import CASE_FACTS_DIFFER

if TYPE_CHECKING:
    from .case import Case

ANY = "any"

# Each class of finding, by the verifier's sentences (recorder.archive.messages) that belong to it.
CLASSES: dict[str, frozenset[str]] = {
    "container": frozenset(
        {
            M.NOT_ZIP,
            M.LAYOUT,
            M.MEMBER_DAMAGED,
            M.MEMBER_SIZE_WRONG,
            M.BAD_METHOD,
            M.UNSAFE_NAME,
            M.DUPLICATE_NAME,
            M.SYMLINK,
            M.ZIP_ENCRYPTED,
            M.TOO_MANY_MEMBERS,
            M.TOO_BIG,
            M.BOMB,
        }
    ),
    "listing": frozenset(
        {M.MISSING_MEMBER, M.UNLISTED_MEMBER, M.HASH_MISMATCH, M.SUMS_MALFORMED, M.SUMS_DUPLICATE, M.NOT_IN_MANIFEST}
    ),
    "signature": frozenset({M.SIG_BAD, M.SSHSIG_BAD, M.IDENTITY_BAD, M.KEY_FORM_DIFFERS}),
    "manifest": frozenset(
        {M.MANIFEST_BAD, M.MANIFEST_NEWER, M.MANIFEST_DIFFERS, M.CALL_NOT_DESCRIBED, M.CALL_NOT_A_CALL}
    ),
    "chain": frozenset(
        {
            M.JOURNAL_LINE,
            M.JOURNAL_LINE_LONG,
            M.JOURNAL_NO_NEWLINE,
            M.JOURNAL_EMPTY,
            M.SESSION_ID_DIFFERS,
            M.IDENTITY_DIFFERS,
            M.SESSION_KEY_DIFFERS,
        }
    ),
    "audio": frozenset({M.AUDIO_HEADER, M.AUDIO_LENGTH, M.AUDIO_SIZE, M.AUDIO_BLOCKS, M.AUDIO_BLOCK, M.AUDIO_PARTS}),
    "attachment": frozenset({M.ATTACHMENT_MISMATCH, M.ATTACHMENT_MISSING}),
    "report": frozenset({M.REPORT_FACTS, M.REPORT_NO_FACTS, M.REPORT_FORM, CASE_FACTS_DIFFER}),
    "extra": frozenset({M.EXTRA_PROBLEM}),
    "excerpt": excerpt_verify.MESSAGES,
    # A call's derived members (FORMAT §7.10): alignment.json and the listening copy, each derived again.
    "call": frozenset({M.CALL_ALIGNMENT_DIFFERS, M.CALL_LISTENING_DIFFERS}),
}


def classes_of(messages: list[str]) -> set[str]:
    """The classes named by these verifier sentences (a sentence in no class names none)."""
    return {cls for cls, members in CLASSES.items() if any(m in members for m in messages)}


MutatorFn = Callable[["Case", random.Random], "bytes | None"]


@dataclass(frozen=True)
class Mutator:
    name: str
    cls: str  # a key of CLASSES, or ANY
    fn: MutatorFn
    weight: int = 1  # mutants per round of the campaign (random mutators run many times, structured ones once)


MUTATORS: list[Mutator] = []

# Mutators the verifier is allowed to accept, each with the sentence of docs/FORMAT.md that documents the limit.
DOCUMENTED_LIMITS: dict[str, str] = {}


def register(m: Mutator) -> Mutator:
    if m.cls != ANY and m.cls not in CLASSES:
        raise ValueError(f"unknown class {m.cls!r} for mutator {m.name}")
    if any(x.name == m.name for x in MUTATORS):
        raise ValueError(f"two mutators named {m.name}")
    MUTATORS.append(m)
    return m


def mutator(name: str, cls: str, weight: int = 1) -> Callable[[MutatorFn], MutatorFn]:
    def wrap(fn: MutatorFn) -> MutatorFn:
        register(Mutator(name, cls, fn, weight))
        return fn

    return wrap


# The modules that register mutators; each is imported once, by load().
MODULES = [
    "tests.mutation.random_bytes",
    "tests.mutation.container",
    "tests.mutation.resigned",
    "tests.mutation.sittings",
    "tests.mutation.excerpts",
    "tests.mutation.calls",
]


def load() -> list[Mutator]:
    for name in MODULES:
        importlib.import_module(name)
    return MUTATORS
