"""The core stays Qt-free (DESIGN §4): no module outside recorder/gui imports PySide6, and layers import
only downwards."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "recorder"
# A layer may import the ones listed after it, never one before it.
ORDER = ["gui", "cli", "complaint", "report_pdf", "archive", "importing", "timestamp", "audio", "core"]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    names: set[str] = set()
    rel_pkg = path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = list(rel_pkg[: len(rel_pkg) - node.level + 1])
                mod = ".".join(base + ([node.module] if node.module else []))
                names.add(mod)
                names.update(f"{mod}.{a.name}" for a in node.names)
            elif node.module:
                names.add(node.module)
    return names


def _layer(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] == "recorder" and len(parts) > 1 and parts[1] in ORDER:
        return parts[1]
    return None


def test_no_qt_outside_gui() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if {"gui", "report_pdf"} & set(path.relative_to(PACKAGE).parts):  # report_pdf: report.pdf with Qt
            continue
        if any(m.split(".")[0] in ("PySide6", "PyQt6", "PyQt5", "shiboken6") for m in _imports(path)):
            offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []


def test_layers_import_only_downwards() -> None:
    wrong = []
    for path in PACKAGE.rglob("*.py"):
        own = _layer("recorder." + ".".join(path.relative_to(PACKAGE).with_suffix("").parts))
        if own is None:
            continue
        for m in _imports(path):
            other = _layer(m)
            if other is not None and ORDER.index(other) < ORDER.index(own):
                wrong.append(f"{path.relative_to(PACKAGE)} imports {m}")
    assert wrong == []


def test_the_checker_sees_a_qt_import() -> None:
    # The check above must be able to fail: a Qt import written into a core module is found.
    fake = PACKAGE / "core" / "_probe_qt_import.py"
    fake.write_text("from PySide6 import QtCore\nfrom ..gui import application\n", "utf-8")
    try:
        found = _imports(fake)
        assert "PySide6" in found
        assert _layer("recorder.gui.application") == "gui" and "recorder.gui.application" in found
    finally:
        fake.unlink()
