"""The one exception every check raises: the first failure ends the verification."""

from __future__ import annotations


class Fail(Exception):
    def __init__(self, cls: str, reason: str) -> None:
        super().__init__(f"{cls}: {reason}")
        self.cls = cls
        self.reason = reason
