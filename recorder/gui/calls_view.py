"""The harassment pattern of a case (issue 14 §3): calls and messages per day as bars drawn with QPainter, a table,
and the findings in neutral words ("exceeds guideline X"). A thin view over
:func:`recorder.importing.logs.case_pattern`, which runs off the GUI thread."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import RecorderError
from ..core.vault import Vault, VaultKeys
from ..importing.pattern import PROFILES, day_range
from .i18n import sentence
from .mark_dialog import MarkDialog
from .worker import Runner

NUMBER_COLUMNS = ("number", "mark", "company", "platform", "person", "calls_in", "missed", "messages_in")
# Stacked from the bottom: calls answered, missed, rejected or blocked; then the messages received.
SERIES = ("answered", "missed", "rejected", "messages_in")
COLOURS = {"answered": "#4a7bd0", "missed": "#e0a020", "rejected": "#c0392b", "messages_in": "#7f8c8d"}


class DayBars(QWidget):
    """One bar per day from the first to the last day with a row (empty days shown), stacked by SERIES."""

    MARGIN = 24

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days: list[date] = []
        self.counts: dict[str, dict[str, int]] = {}
        self.setMinimumHeight(180)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(640, 220)

    def set_days(self, per_day: dict[str, dict[str, int]]) -> None:
        self.counts = per_day
        self.days = day_range(per_day)
        self.update()

    def highest(self) -> int:
        return max((sum(c.get(s, 0) for s in SERIES) for c in self.counts.values()), default=0)

    def bar_rects(self) -> list[tuple[str, str, QRectF]]:
        """(day, series, rectangle) of every painted segment, in the widget's coordinates."""
        top = self.highest()
        if not self.days or top == 0:
            return []
        m = self.MARGIN
        width, height = self.width() - 2 * m, self.height() - 2 * m
        step = width / len(self.days)
        out = []
        for i, day in enumerate(self.days):
            counts = self.counts.get(day.isoformat(), {})
            base = float(self.height() - m)
            for series in SERIES:
                n = counts.get(series, 0)
                if n:
                    h = height * n / top
                    out.append((day.isoformat(), series, QRectF(m + i * step + step * 0.15, base - h, step * 0.7, h)))
                    base -= h
        return out

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("white"))
        m = self.MARGIN
        p.setPen(QPen(QColor("#888"), 1))
        p.drawLine(m, self.height() - m, self.width() - m, self.height() - m)
        p.drawLine(m, m, m, self.height() - m)
        p.setPen(Qt.PenStyle.NoPen)
        for _day, series, rect in self.bar_rects():
            p.fillRect(rect, QColor(COLOURS[series]))
        p.setPen(QPen(QColor("#333"), 1))
        p.drawText(2, m - 6, str(self.highest()))
        if self.days:
            p.drawText(m, self.height() - 6, self.days[0].isoformat())
            last = self.days[-1].isoformat()
            p.drawText(self.width() - m - p.fontMetrics().horizontalAdvance(last), self.height() - 6, last)
        p.end()


class CallsView(QWidget):
    """Calls and messages of one case, from its imported call logs and message backups."""

    def __init__(self, vault: Vault, keys: VaultKeys, case: str, runner: Runner, parent: QWidget | None = None):
        super().__init__(parent)
        self.vault, self.keys, self.case, self.runner = vault, keys, case, runner
        self.facts: dict[str, Any] | None = None
        self.profile = QComboBox()
        for profile in PROFILES:
            self.profile.addItem(profile, profile)
        self.profile.currentIndexChanged.connect(self.load)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.bars = DayBars()
        self.legend = QLabel()
        self.table = QTableWidget(0, 7)
        self.findings = QListWidget()
        # One row per number with its mark and labels; right-click (or the button) marks it (issue 14 §2).
        self.numbers = QTableWidget(0, len(NUMBER_COLUMNS))
        self.numbers.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.numbers.customContextMenuRequested.connect(self.number_menu)
        self.mark_button = QPushButton()
        self.mark_button.clicked.connect(lambda: self.mark(self.chosen_number()))
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.mark_button)
        top.addWidget(self.profile)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.bars, 2)
        layout.addWidget(self.legend)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.numbers, 1)
        layout.addWidget(self.findings, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Calls and messages: {case}").replace("{case}", self.case))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Day"),
                self.tr("Calls received"),
                self.tr("Missed"),
                self.tr("Rejected or blocked"),
                self.tr("Messages received"),
                self.tr("In restricted hours"),
                self.tr("Calls received in 7 days"),
            ]
        )
        self.numbers.setHorizontalHeaderLabels(
            [
                self.tr("Number"),
                self.tr("Marked as"),
                self.tr("Company"),
                self.tr("Platform"),
                self.tr("Person"),
                self.tr("Calls received"),
                self.tr("Missed"),
                self.tr("Messages received"),
            ]
        )
        self.mark_button.setText(self.tr("Mark a number…"))
        self.legend.setText(
            self.tr(
                "Bars, from the bottom: answered (blue), missed (amber), rejected or blocked (red), messages (grey)."
            )
        )

    def load(self) -> None:
        profile = str(self.profile.currentData())
        vault, recording, case = self.vault, self.keys.recording, self.case

        def work(_progress: Any, _cancel: Any) -> dict[str, Any]:
            from ..importing.logs import case_pattern

            return case_pattern(vault, recording, case, profile)

        self.summary.setText(self.tr("Reading the imported logs…"))
        self.runner.submit(work, self.show_facts, self.show_error)

    def show_error(self, exc: BaseException) -> None:
        self.summary.setText(
            sentence(exc) if isinstance(exc, RecorderError) else self.tr("The logs could not be read.")
        )

    def show_facts(self, facts: object) -> None:
        assert isinstance(facts, dict)
        self.facts = facts
        if not facts.get("rows"):
            self.summary.setText(self.tr("No call log or messages have been imported into this case."))
            self.bars.set_days({})
            self.table.setRowCount(0)
            self.numbers.setRowCount(0)
            self.findings.clear()
            return
        t = facts["total"]
        self.summary.setText(
            self.tr(
                "{calls} calls received ({missed} missed, {rejected} rejected or blocked) and {messages} messages, "
                "times in {zone} (the phone's time zone, as stated at the import). Imported, not recorded by this app."
            )
            .replace("{calls}", str(t["calls_in"]))
            .replace("{missed}", str(t["missed"]))
            .replace("{rejected}", str(t["rejected"]))
            .replace("{messages}", str(t["messages_in"]))
            .replace("{zone}", str(facts["time_zone"]))
        )
        self.bars.set_days(facts["per_day"])
        self.show_numbers(facts.get("per_number") or {})
        night: dict[str, int] = {}
        window = facts.get("restricted_hours") or {}
        for contact in window.get("contacts", []):
            night[contact["local"][:10]] = night.get(contact["local"][:10], 0) + 1
        days = list(facts["per_day"].items())
        self.table.setRowCount(len(days))
        for row, (day, c) in enumerate(days):
            seven = (facts.get("calls_in_7_days") or {}).get(day, 0)
            cells = (day, c["calls_in"], c["missed"], c["rejected"], c["messages_in"], night.get(day, 0), seven)
            for col, value in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(str(value)))
        self.findings.clear()
        rules = facts.get("rules") or {}
        rule = str(rules.get("title"))
        if window:
            self.findings.addItem(
                self.tr("Contacts between {start} and {end}: {count}.")
                .replace("{start}", window["from"])
                .replace("{end}", window["to"])
                .replace("{count}", str(window["count"]))
            )
        guideline = facts.get("guideline") or {}
        for item in guideline.get("over_unanswered_per_day", []):
            self.findings.addItem(
                self.tr("{day}: {n} unanswered calls from {number} — exceeds guideline {rule}.")
                .replace("{day}", item["day"])
                .replace("{n}", str(item["unanswered"]))
                .replace("{number}", item["number"])
                .replace("{rule}", rule)
            )
        for item in guideline.get("over_calls_in_7_days", []):
            self.findings.addItem(
                self.tr("7 days up to {day}: {n} calls from {number} — exceeds guideline {rule}.")
                .replace("{day}", item["span_end"])
                .replace("{n}", str(item["calls"]))
                .replace("{number}", item["number"])
                .replace("{rule}", rule)
            )
        for item in guideline.get("calls_after_conversation", []):
            self.findings.addItem(
                self.tr("{when}: a call from {number} within 7 days after a conversation — exceeds guideline {rule}.")
                .replace("{when}", item["local"])
                .replace("{number}", item["number"])
                .replace("{rule}", rule)
            )
        if not rules.get("source"):
            self.findings.addItem(
                self.tr("No rule is cited for this region: the counts are shown without a guideline.")
            )

    def role_words(self, role: object) -> str:
        return {
            "collector": self.tr("the collector's"),
            "family": self.tr("family"),
            "colleague": self.tr("a colleague"),
            "contact": self.tr("another contact"),
        }.get(str(role), "")

    def show_numbers(self, per_number: dict[str, Any]) -> None:
        self.numbers.setRowCount(len(per_number))
        for row, (number, info) in enumerate(per_number.items()):
            label = info.get("label") or {}
            t = info.get("total") or {}
            cells = (
                number, self.role_words(label.get("role")), label.get("company"), label.get("platform"),
                label.get("person"), t.get("calls_in", 0), t.get("missed", 0), t.get("messages_in", 0),
            )  # fmt: skip
            for col, value in enumerate(cells):
                self.numbers.setItem(row, col, QTableWidgetItem("" if value is None else str(value)))

    def chosen_number(self) -> str:
        item = self.numbers.item(self.numbers.currentRow(), 0) if self.numbers.currentRow() >= 0 else None
        return item.text() if item is not None else ""

    def number_menu(self, at: QPoint) -> None:
        item = self.numbers.itemAt(at)
        if item is None:
            return
        first = self.numbers.item(item.row(), 0)
        number = first.text() if first is not None else ""
        menu = QMenu(self)
        menu.addAction(self.tr("Mark this number…"), lambda: self.mark(number))
        menu.popup(self.numbers.viewport().mapToGlobal(at))

    def mark(self, number: str) -> MarkDialog:
        """The form to mark ``number`` (its current mark filled in); once saved, the figures are read again."""
        per_number = (self.facts or {}).get("per_number") or {}
        dialog = MarkDialog(self.vault, self.case, number, (per_number.get(number) or {}).get("label"), self)
        dialog.accepted.connect(self.load)
        dialog.open()
        return dialog
