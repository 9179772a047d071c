"""A second, minimal archive verifier written only from docs/FORMAT.md (issue 11 §5).

It never imports ``recorder``: it is what a stranger holding only the document would write, kept in the test
suite so that the two verifiers can be compared on every archive of the mutation campaign.

    verify(path_or_bytes) -> Result(ok, cls, reason)

``cls`` names the class of the first failure: "unreadable", "encrypted", "container", "checksums", "signature",
"keys", "manifest", "chain", "audio", "attachment", "review", "stamps", "facts" ("" when ok).
"""

from tests.independent_verifier.verify import Result, verify

__all__ = ["Result", "verify"]
