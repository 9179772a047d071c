"""Icons from resources/icons, found the same way from source and from the frozen bundle."""

from __future__ import annotations

import functools

from PySide6.QtGui import QIcon

from ..resources import resources_dir


@functools.cache
def icon(name: str) -> QIcon:
    return QIcon(str(resources_dir() / "icons" / f"{name}.svg"))
