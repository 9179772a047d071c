"""A second, minimal archive verifier written only from docs/FORMAT.md (issue 11 §5).

It never imports ``recorder``: it is what a stranger holding only the document would write, kept in the test
suite so that the two verifiers can be compared on every archive of the mutation campaign.

    verify(path_or_bytes) -> Result(ok, cls, reason)

``cls`` names the class of the first failure: "unreadable", "encrypted", "container", "checksums", "signature",
"keys", "newer", "manifest", "chain", "audio", "attachment", "review", "stamps", "facts", "call" (a call's
alignment.json or listening copy not the one FORMAT §7.10 derives; "" when ok), or
"internal" for a bug of this verifier (it refuses rather than raise). ``Result.exit_code`` is the CLI's status.

Known limits: an age-encrypted archive is not opened (class "encrypted", exit 2); the archive is read whole into
memory (it is meant for test-sized archives; a call's listening copy is derived again in chunks, but from the two
tracks held in memory); imported call logs and messages (FORMAT §3.6) are not parsed
again: a `derived` entry's rows are checked for their form, count and bytes' hash only, not re-derived from the
imported backup (recorder verify does re-derive them), the call-log `pattern` of derived rows is taken as stated,
and so are the case's combined figures (`case_call_log`, §7.7) except its `imports` and `marks`, which are
recomputed from the journals. Where FORMAT was silent, the choice made
is commented in the code ("as recorder verify does", "learnt from real exports").
"""

from tests.independent_verifier.verify import Result, verify

__all__ = ["Result", "verify"]
