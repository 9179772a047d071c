"""Export the stretch dragged over on the waveform as an excerpt folder (issue 15 §3, FORMAT §8): the same
recorder.archive.excerpt the command line uses, with the stretch given in frames."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from ...archive.excerpt import make_excerpt
from ...archive.excerpt_text import CROSSES
from ...core.errors import RecorderError, render
from ..i18n import translated
from .markers import clock_text

if TYPE_CHECKING:
    from .session_view import SessionView


def choose_folder(view: SessionView) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(view, QCoreApplication.translate("Excerpt", "New folder for the excerpt"))
    return Path(path) if path else None


def export_selection(view: SessionView, folder: Path | None = None) -> str:
    """Write the excerpt of the waveform's selection to ``folder`` (asked when None); returns the sentence shown."""
    selection = view.waveform.selection
    if selection is None:
        return ""
    folder = folder or choose_folder(view)
    if folder is None:
        return ""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        result = make_excerpt(view.vault, view.keys, view.session_id, selection[0], selection[1], folder)
    except RecorderError as exc:
        return exc.sentence(translated)
    finally:
        QApplication.restoreOverrideCursor()
    rate = result.rate
    text = (
        QCoreApplication.translate(
            "Excerpt",
            "Excerpt from {start} to {end} written to {path}; its VERIFY.txt says how anyone can check it. To add it "
            "to the evidence package, give this folder under Excerpts when exporting.",
        )
        .replace("{start}", clock_text(selection[0], rate))
        .replace("{end}", clock_text(selection[1], rate))
        .replace("{path}", str(result.folder))
    )
    if result.crosses:
        text += " " + render("Excerpt", CROSSES, {"n": len(result.crosses)}, translated)
    return text
