"""The app's screens a user meets under stress, driven one after another on a real window — recording, paused,
microphone lost, locked, a wrong passphrase, an export done, a review — and what each screen shows as text.

Used by the untranslated-text test (tests/test_gui_untranslated.py, offscreen) and by scripts/screenshots.sh
(under Xvfb, which photographs each state). Waiting is by condition (QTest.qWaitFor), never by a fixed sleep.
"""

from __future__ import annotations

import re
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTextEdit,
    QWidget,
)

from recorder.resources import translations_dir

STATES = ("recording", "paused", "input-lost", "locked", "unlock-error", "export-done", "review")
CALL_STATES = ("call-recording", "call-other-lost")  # call mode (issue 16): recording, the other party's output lost


def wait_for(condition: Callable[[], Any], timeout_ms: int = 20_000, what: str = "condition") -> None:
    """Process events until ``condition()`` holds (as qtbot.waitUntil, also outside pytest)."""
    deadline = time.monotonic() + timeout_ms / 1000
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        QTest.qWait(20)


# -- what a screen shows -------------------------------------------------------------------------------------------
_TAGS = re.compile(r"<[^>]+>")


def _plain(text: str) -> str:
    return _TAGS.sub(" ", text).replace("&nbsp;", " ").replace("&amp;", "&").strip()


def widget_texts(top: QWidget) -> list[str]:
    """Every text a person can read in a visible window: its title, labels, buttons, fields and their hints,
    group titles, list rows, table cells and headers, combo boxes, menus and toolbar actions."""
    texts = [top.windowTitle()]
    widgets = [top, *top.findChildren(QWidget)]
    for w in widgets:
        if w is not top and not w.isVisibleTo(top):
            continue
        if isinstance(w, QLabel):
            texts.append(_plain(w.text()))
        elif isinstance(w, QAbstractButton):
            texts.append(w.text().replace("&", ""))
        elif isinstance(w, QLineEdit):
            texts.append(w.text() or w.placeholderText())
        elif isinstance(w, QTextEdit):
            texts.append(w.toPlainText())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QComboBox):
            texts.append(w.currentText())
        elif isinstance(w, QListWidget):
            texts += [w.item(i).text() for i in range(w.count())]
        elif isinstance(w, QTableWidget):
            texts += [w.horizontalHeaderItem(c).text() for c in range(w.columnCount()) if w.horizontalHeaderItem(c)]
            texts += [w.item(r, c).text() for r in range(w.rowCount()) for c in range(w.columnCount()) if w.item(r, c)]
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            for r in range(min(model.rowCount(), 200)):
                for c in range(model.columnCount()):
                    value = model.index(r, c).data()
                    if isinstance(value, str):
                        texts.append(value)
            for c in range(model.columnCount()):
                head = (
                    model.headerData(c, w.horizontalHeader().orientation()) if hasattr(w, "horizontalHeader") else None
                )
                if isinstance(head, str):
                    texts.append(head)
    if isinstance(top, QMainWindow):
        texts += [a.text().replace("&", "") for a in top.menuBar().actions() if a.isVisible()]
        for menu in top.menuBar().findChildren(QMenu):
            texts += [a.text().replace("&", "") for a in menu.actions() if a.isVisible() and a.text()]
    return [t for t in (x.strip() for x in texts) if t]


def screen_texts() -> list[str]:
    """The texts of every visible top-level window."""
    out: list[str] = []
    for top in QApplication.topLevelWidgets():
        if top.isVisible() and not isinstance(top, QMenu):
            out += widget_texts(top)
    return out


# -- which texts are untranslated ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Untranslated:
    text: str
    source: str


def translated_sources(language: str) -> list[str]:
    """The source texts that ``language`` translates into something else (so seeing them means a miss)."""
    root = ET.parse(translations_dir() / f"recorder_{language}.ts").getroot()
    out = []
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        tr = message.find("translation")
        text = "".join(tr.itertext()) if tr is not None else ""
        words = re.sub(r"\{[^{}]*\}|%n", "", source)  # what is left once the placeholders are filled
        if source and text and text != source and re.search(r"[A-Za-z]{3,}", words):
            out.append(source)
    return out


def _pattern(source: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^{}]*\}|%n)", source)
    return re.compile("".join(".+?" if re.fullmatch(r"\{[^{}]*\}|%n", p) else re.escape(p) for p in parts), re.S)


def untranslated(texts: list[str], language: str) -> list[Untranslated]:
    """Texts on screen that are a source text (placeholders filled in), or hold a long one, of a message the
    language translates: a string that reached the screen without going through the translation."""
    found = []
    sources = translated_sources(language)
    patterns = [(s, _pattern(s)) for s in sources if "{" in s or "%n" in s]
    plain = {s for s in sources if "{" not in s and "%n" not in s}
    long_plain = [s for s in plain if len(s) >= 20]
    for text in set(texts):
        lines = [text, *text.splitlines()]
        for line in lines:
            hit = next((s for s in plain if line.strip() == s), None)
            hit = hit or next((s for s, p in patterns if p.fullmatch(line.strip())), None)
            hit = hit or next((s for s in long_plain if s in line), None)
            if hit:
                found.append(Untranslated(line.strip(), hit))
                break
    return found


# -- driving the window into each state ----------------------------------------------------------------------------
def tag(window: Any, index: int) -> None:
    window.add_tag(window.record_panel.tag_bar.tags[index], None)


def drive(
    window: Any,
    passphrase: str,
    export_to: Path,
    unplug: Callable[[], None],
    plug: Callable[[], None],
    note: str = "Two men, say they are from an asset management firm",
) -> Iterator[str]:
    """Take an unlocked main window through the states of STATES, yielding each state's name when it is on
    screen (the caller photographs or checks it, then resumes)."""
    ctl = window.controller
    window.start_recording()
    wait_for(lambda: ctl.last_status is not None and ctl.last_status.audio_s > 1.0, what="audio")
    tag(window, 0)
    ctl.add_note(note, None)
    card = window.record_panel.visitors_card
    card.count.setValue(2)
    card.names.setText("Zhang, 1234")
    card.company.setText("XX Asset Management")
    card.save.click()
    tag(window, 3)
    tag(window, 10)
    wait_for(lambda: ctl.last_status.audio_s > 2.5, what="more audio")
    yield "recording"

    window.toggle_pause()
    wait_for(lambda: ctl.last_status.state == "paused", what="paused")
    yield "paused"
    window.toggle_pause()
    wait_for(lambda: ctl.last_status.state == "recording", what="resumed")

    unplug()
    wait_for(lambda: ctl.last_status.state == "input-lost", timeout_ms=30_000, what="input lost")
    QTest.qWait(0)
    yield "input-lost"
    plug()
    wait_for(lambda: ctl.last_status.state == "recording", timeout_ms=30_000, what="input back")
    wait_for(lambda: ctl.last_status.audio_s > 4.0, what="audio after the input came back")

    session_id = ctl.session.id
    window.toggle_record()
    wait_for(lambda: not window.recording, what="stop")
    window.lock()
    wait_for(lambda: window.keys is None, what="lock")
    yield "locked"

    window.open_unlock()
    dialog = window.dialogs["unlock"]
    dialog.passphrase.setText("not the passphrase")
    dialog.buttons.accepted.emit()
    wait_for(lambda: dialog.error.isVisible(), what="the wrong passphrase message")
    yield "unlock-error"
    dialog.passphrase.setText(passphrase)
    dialog.buttons.accepted.emit()
    wait_for(lambda: window.keys is not None, timeout_ms=30_000, what="unlock")

    window.open_export()
    export = window.dialogs["export"]
    export.path.setText(str(export_to))
    export.start()
    wait_for(lambda: export.result is not None, timeout_ms=60_000, what="the export")
    yield "export-done"
    export.close()

    window.open_session(session_id)
    view = window.views[-1]
    wait_for(lambda: view.timeline is not None, timeout_ms=30_000, what="the review")
    yield "review"
    view.close()


def drive_call(
    window: Any,
    unplug_output: Callable[[], None],
    plug_output: Callable[[], None],
    note: str = "He says the payment is overdue",
) -> Iterator[str]:
    """Take a main window through CALL_STATES: a call recorded with call mode on (the first use, so the line on
    the laws of recording calls shows), then the computer's output unplugged mid-call. Leaves call mode off."""
    ctl = window.controller
    window.call_mode.switch.setChecked(True)
    window.start_recording()

    def both_heard() -> bool:
        st = ctl.last_status
        return bool(ctl.call and st is not None and st.audio_s > 2.5 and ctl.engine.other_status().audio_s > 1.5)

    wait_for(both_heard, timeout_ms=30_000, what="audio on both tracks")
    tag(window, 0)
    ctl.add_note(note, None)
    wait_for(lambda: ctl.last_status.audio_s > 3.0, what="more audio")
    yield "call-recording"

    unplug_output()
    wait_for(lambda: window.state_view.state == "other-lost", timeout_ms=30_000, what="the other party lost")
    wait_for(lambda: [b for b in window.banners.banners if b.key == "other-input"], what="the other party's banner")
    yield "call-other-lost"
    plug_output()
    window.toggle_record()
    wait_for(lambda: not window.recording, what="stop")
    window.call_mode.switch.setChecked(False)
