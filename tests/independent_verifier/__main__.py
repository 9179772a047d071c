"""python -m tests.independent_verifier ARCHIVE: exit 0 authentic and complete, 1 not, 2 unreadable."""

from __future__ import annotations

import sys

from tests.independent_verifier import verify


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m tests.independent_verifier ARCHIVE", file=sys.stderr)
        return 2
    result = verify(argv[0])
    print("OK: authentic and complete" if result.ok else f"FAILED ({result.cls}): {result.reason}")
    return result.exit_code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
