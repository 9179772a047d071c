"""Reading an untrusted zip: every member checked before a byte is used, and read in bounded chunks.

Nothing is extracted to disk. Each refusal is one sentence (:class:`Refused`), never a traceback.
"""

from __future__ import annotations

import stat
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from . import layout
from . import messages as M

# What Python's zipfile and zlib raise on malformed input.
ZIP_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    OSError,
    ValueError,
    NotImplementedError,
    KeyError,
    OverflowError,
)


class Refused(Exception):
    """The archive (or one member) cannot be used; ``readable`` is False when it cannot even be opened."""

    def __init__(self, message: str, readable: bool = True, **params: Any) -> None:
        super().__init__(message.format(**params))
        self.message = message
        self.params = params
        self.readable = readable


class SafeZip:
    """A zip archive opened for checking; use as a context manager."""

    def __init__(self, path: Path) -> None:
        self._file = open(path, "rb")  # noqa: SIM115 - closed in close()
        try:
            self.zip = zipfile.ZipFile(self._file)
            infos = self.zip.infolist()
        except ZIP_ERRORS:
            self._file.close()
            raise Refused(M.NOT_ZIP, readable=False) from None
        try:
            self.members = self._check(infos)
        except BaseException:
            self.close()
            raise

    @staticmethod
    def _check(infos: list[zipfile.ZipInfo]) -> dict[str, zipfile.ZipInfo]:
        if len(infos) > layout.MAX_MEMBERS:
            raise Refused(M.TOO_MANY_MEMBERS, count=len(infos), limit=layout.MAX_MEMBERS)
        members: dict[str, zipfile.ZipInfo] = {}
        total = 0
        for info in infos:
            name = info.filename
            if not layout.is_safe_member_name(name) or info.orig_filename != name:
                raise Refused(M.UNSAFE_NAME, name=repr(info.orig_filename)[:200])
            if name in members:
                raise Refused(M.DUPLICATE_NAME, name=name)
            mode = info.external_attr >> 16
            if info.create_system == 3 and mode and not stat.S_ISREG(mode):
                raise Refused(M.SYMLINK, name=name)
            if info.flag_bits & 0x1:
                raise Refused(M.ZIP_ENCRYPTED, name=name)
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise Refused(M.BAD_METHOD, name=name)
            if info.file_size > layout.MAX_MEMBER:
                raise Refused(M.TOO_BIG, name=name)
            if info.compress_type == zipfile.ZIP_STORED and info.compress_size != info.file_size:
                raise Refused(M.MEMBER_SIZE_WRONG, name=name)
            if info.compress_type == zipfile.ZIP_DEFLATED and info.file_size > max(
                layout.MAX_RATIO * info.compress_size, 1024 * 1024
            ):
                raise Refused(M.BOMB, name=name)
            total += info.file_size
            if total > layout.MAX_TOTAL:
                raise Refused(M.TOO_BIG, name=name)
            members[name] = info
        return members

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        try:
            self.zip.close()
        finally:
            self._file.close()

    def size(self, name: str) -> int:
        return self.members[name].file_size

    def stream(self, name: str, chunk: int = layout.CHUNK) -> Iterator[bytes]:
        """The member's bytes in chunks; never more than its declared size (zipfile stops there and checks CRC)."""
        info = self.members[name]
        seen = 0
        try:
            with self.zip.open(info) as f:
                while True:
                    data = f.read(chunk)
                    if not data:
                        break
                    seen += len(data)
                    if seen > info.file_size:
                        raise Refused(M.BOMB, name=name)
                    yield data
        except ZIP_ERRORS:
            raise Refused(M.MEMBER_DAMAGED, name=name) from None
        if seen != info.file_size:
            raise Refused(M.MEMBER_SIZE_WRONG, name=name)

    def read_small(self, name: str, limit: int = layout.MAX_SMALL_MEMBER) -> bytes:
        if self.size(name) > limit:
            raise Refused(M.TOO_BIG, name=name)
        return b"".join(self.stream(name))
