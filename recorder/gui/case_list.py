"""The left side of the window: cases and the sessions of the chosen case.

Locked, case names cannot be read (they are encrypted), so the sessions are listed by time with a lock icon;
unlocking shows the cases. Creating and renaming edit the list in place — no dialog, so never one while recording.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.check import CheckResult
from ..core.environment import parse_utc
from ..core.store import DAMAGED, INTERRUPTED, RECORDING, SEALED, UNFINISHED, SessionStatus
from .icons import icon

SID_ROLE = Qt.ItemDataRole.UserRole
NAME_ROLE = Qt.ItemDataRole.UserRole + 1


def local_time(utc: str | None) -> str:
    if not utc:
        return "—"
    try:
        return parse_utc(utc).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return utc


class CasesPanel(QWidget):
    case_selected = Signal(str)
    case_created = Signal(str)
    case_renamed = Signal(str, str)  # old, new
    session_opened = Signal(str)
    unlock_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.locked = True
        self.cases_title = QLabel()
        self.case_list = QListWidget()
        self.case_list.currentItemChanged.connect(self._on_case_changed)
        self.case_list.itemChanged.connect(self._on_case_edited)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.start_new_case)
        self.rename_button = QPushButton()
        self.rename_button.clicked.connect(self.start_rename)
        self.sessions_title = QLabel()
        self.session_list = QListWidget()
        self.session_list.itemActivated.connect(lambda item: self.session_opened.emit(item.data(SID_ROLE)))
        self.unlock_button = QPushButton()
        self.unlock_button.clicked.connect(self.unlock_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.rename_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.cases_title)
        layout.addWidget(self.case_list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.sessions_title)
        layout.addWidget(self.session_list, 2)
        layout.addWidget(self.unlock_button)
        self._sessions: dict[str, list[SessionStatus]] = {}
        self._checks: dict[str, CheckResult] = {}
        self._filling = False
        self.retranslate()

    # -- content -----------------------------------------------------------------------------------------------
    def show_locked(self, sessions: list[SessionStatus]) -> None:
        self.locked = True
        self._sessions = {"": sessions}
        self._filling = True
        self.case_list.clear()
        self._filling = False
        self._fill_sessions(sessions)
        self._update_enabled()
        self.retranslate()

    def show_cases(self, cases: dict[str, list[SessionStatus]], checks: dict[str, CheckResult], select: str) -> None:
        self.locked = False
        self._sessions = cases
        self._checks = checks
        self._filling = True
        self.case_list.clear()
        for name in sorted(cases, key=str.casefold):
            item = QListWidgetItem(name)
            item.setData(NAME_ROLE, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.case_list.addItem(item)
            if name == select:
                self.case_list.setCurrentItem(item)
        self._filling = False
        current = self.current_case()
        self._fill_sessions(cases.get(current, []) if current else [])
        self._update_enabled()
        self.retranslate()

    def sessions_of(self, case: str) -> list[SessionStatus]:
        return list(self._sessions.get(case, []))

    def current_case(self) -> str | None:
        item = self.case_list.currentItem()
        return str(item.data(NAME_ROLE)) if item is not None and item.data(NAME_ROLE) else None

    def _fill_sessions(self, sessions: list[SessionStatus]) -> None:
        self.session_list.clear()
        for st in sorted(sessions, key=lambda s: s.created_utc or s.id, reverse=True):
            item = QListWidgetItem()
            item.setData(SID_ROLE, st.id)
            self.session_list.addItem(item)
        self._label_sessions()

    def _label_sessions(self) -> None:
        by_id = {st.id: st for group in self._sessions.values() for st in group}
        for row in range(self.session_list.count()):
            item = self.session_list.item(row)
            st = by_id.get(item.data(SID_ROLE))
            if st is None:
                continue
            text = f"{local_time(st.created_utc)}  ·  {self.state_text(st.state)}"
            check = self._checks.get(st.id)
            if check is not None:
                text += "  ·  " + (self.tr("checked, no problems") if check.ok else self.tr("check found problems"))
            # A call (two tracks) looks like any recording otherwise; known once the check has read it (unlocked).
            call = check is not None and check.summary.other_rate is not None
            if call:
                text = "☎ " + text
            item.setText(text)
            item.setToolTip(self.tr("A call: two tracks, me and the other party") if call else "")
            item.setIcon(icon("lock") if self.locked else QIcon())

    def state_text(self, state: str) -> str:
        return {
            SEALED: self.tr("sealed"),
            RECORDING: self.tr("recording"),
            INTERRUPTED: self.tr("recovered after interruption"),
            UNFINISHED: self.tr("interrupted"),
            DAMAGED: self.tr("damaged"),
        }.get(state, state)

    def set_check(self, session_id: str, result: CheckResult) -> None:
        self._checks[session_id] = result
        self._label_sessions()

    def select_session(self, session_id: str) -> QListWidgetItem | None:
        for row in range(self.session_list.count()):
            item = self.session_list.item(row)
            if item.data(SID_ROLE) == session_id:
                self.session_list.setCurrentItem(item)
                return item
        return None

    # -- creating and renaming, in place ------------------------------------------------------------------------
    def start_new_case(self) -> None:
        if self.locked:
            return
        item = QListWidgetItem("")
        item.setData(NAME_ROLE, "")
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self._filling = True
        self.case_list.addItem(item)
        self._filling = False
        self.case_list.setCurrentItem(item)
        self.case_list.editItem(item)

    def start_rename(self) -> None:
        item = self.case_list.currentItem()
        if item is not None and not self.locked:
            self.case_list.editItem(item)

    def _on_case_edited(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        old = str(item.data(NAME_ROLE) or "")
        new = item.text().strip()
        if not new or new == old or new in self._sessions:
            self._filling = True
            if old:
                item.setText(old)
            else:
                self.case_list.takeItem(self.case_list.row(item))
            self._filling = False
            return
        self._filling = True
        item.setData(NAME_ROLE, new)
        self._filling = False
        if old:
            self._sessions[new] = self._sessions.pop(old, [])
            self.case_renamed.emit(old, new)
        else:
            self._sessions[new] = []
            self.case_created.emit(new)
        self.case_selected.emit(new)

    def _on_case_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if self._filling or current is None:
            return
        name = str(current.data(NAME_ROLE) or "")
        self._fill_sessions(self._sessions.get(name, []))
        if name:
            self.case_selected.emit(name)

    def _update_enabled(self) -> None:
        self.new_button.setEnabled(not self.locked)
        self.rename_button.setEnabled(not self.locked)
        self.case_list.setEnabled(not self.locked)
        self.unlock_button.setVisible(self.locked)

    # -- words -----------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.cases_title.setText(self.tr("Cases") if not self.locked else self.tr("Cases (unlock to see them)"))
        self.sessions_title.setText(self.tr("Recordings") if not self.locked else self.tr("Recordings, newest first"))
        self.new_button.setText(self.tr("New case"))
        self.rename_button.setText(self.tr("Rename"))
        self.unlock_button.setText(self.tr("Unlock to see cases and play recordings…"))
        self._label_sessions()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
