"""The archive's modules import one another without cycles (issue 15, layout note): report rendering takes a
facts model and knows nothing of the exporter; the verifier's session and audio checks read the archive through
`member_reader`, not through the verifier that runs them. Imports made only for type checking count too: a cycle
of types is a cycle of knowledge."""

from __future__ import annotations

import ast
from pathlib import Path

ARCHIVE = Path(__file__).resolve().parent.parent / "recorder" / "archive"


def _archive_imports(path: Path) -> set[str]:
    """The sibling modules of recorder/archive that ``path`` imports (anywhere in it, typing-only imports too)."""
    siblings = {p.stem for p in ARCHIVE.glob("*.py")}
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module:
                found.add(node.module.split(".")[0])
            else:
                found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("recorder.archive."):
            found.add(node.module.split(".")[2])
    return (found & siblings) - {path.stem}


def _graph() -> dict[str, set[str]]:
    return {p.stem: _archive_imports(p) for p in ARCHIVE.glob("*.py")}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle, as the modules on it, or None."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt) :] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_the_cycle_finder_finds_cycles() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set(), "c": {"a", "b"}}) is None


def test_no_two_archive_modules_import_each_other() -> None:
    assert _cycle(_graph()) is None


def test_the_report_knows_nothing_of_the_exporter_or_verifier() -> None:
    graph = _graph()
    reachable, todo = set(), ["report"]
    while todo:
        for nxt in graph[todo.pop()]:
            if nxt not in reachable:
                reachable.add(nxt)
                todo.append(nxt)
    assert not reachable & {"export", "verify", "session_check", "audio_check"}
