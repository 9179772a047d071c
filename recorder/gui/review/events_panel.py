"""The events list beside the waveform: wall time, audio offset, kind, text; filter by tag, search, photos.

A table model (not one widget per row), so a session with thousands of notes and tags lists at once.
Photos are decrypted in memory for their thumbnails and for the full-size view; nothing is written to disk.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.messages import QT_TRANSLATE_NOOP
from .markers import KIND_WORDS, Marker, added_later_text, clock_text, local_time, tr

ImageLoader = Callable[[Marker], bytes | None]
ModelIndex = QModelIndex | QPersistentModelIndex
THUMB = 40
ALL, LATER = "", "\x00later"


class EventsModel(QAbstractTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("Review", "Time"),
        QT_TRANSLATE_NOOP("Review", "Offset"),
        QT_TRANSLATE_NOOP("Review", "Kind"),
        QT_TRANSLATE_NOOP("Review", "Text"),
    )

    def __init__(self, rate: int, load_image: ImageLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rate = rate
        self.markers: list[Marker] = []
        self._load_image = load_image
        self._thumbs: dict[int, QIcon | None] = {}
        self._times: dict[int, str] = {}

    def _time(self, row: int, m: Marker) -> str:
        text = self._times.get(row)
        if text is None:
            text = self._times[row] = local_time(m.utc)
        return text

    def set_markers(self, markers: list[Marker]) -> None:
        self.beginResetModel()
        self.markers = markers
        self._thumbs.clear()
        self._times.clear()
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.markers)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.COLUMNS[section])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        m = self.markers[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return "" if m.later else self._time(index.row(), m)
            if col == 1:
                return clock_text(m.frame, self.rate)
            if col == 2:
                return tr(KIND_WORDS.get(m.kind, m.kind))
            return f"{m.text} ({added_later_text(m.utc)})" if m.later else m.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return local_time(m.utc, with_date=True) if col == 0 else self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.DecorationRole and col == 3 and m.is_image:
            return self._thumb(index.row(), m)
        if role == Qt.ItemDataRole.FontRole and m.later:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and m.later:
            return QBrush(QColor("#eaf7ee"))
        return None

    def _thumb(self, row: int, m: Marker) -> QIcon | None:
        if row not in self._thumbs:
            data = self._load_image(m)
            image = QImage.fromData(data) if data else QImage()
            self._thumbs[row] = (
                None
                if image.isNull()
                else QIcon(QPixmap.fromImage(image.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio)))
            )
        return self._thumbs[row]


class EventsFilter(QSortFilterProxyModel):
    """Keeps rows matching the chosen tag (or "added later") and containing the search text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tag = ALL
        self.text = ""

    def set_criteria(self, tag: str, text: str) -> None:
        self.beginFilterChange()
        self.tag, self.text = tag, text.casefold().strip()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: ModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, EventsModel)
        m = model.markers[row]
        if self.tag == LATER and not m.later:
            return False
        if self.tag not in (ALL, LATER) and m.tag_code != self.tag:
            return False
        return not self.text or self.text in m.text.casefold()


class EventsPanel(QWidget):
    """The list, a tag filter and a search field. Selecting a row asks to move the playhead there."""

    event_activated = Signal(int)  # a frame

    def __init__(self, rate: int, load_image: ImageLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._load_image = load_image
        self.model = EventsModel(rate, load_image, self)
        self.proxy = EventsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.tag_filter = QComboBox(self)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Widths from sample texts, not ResizeToContents: measuring thousands of rows would stall the opening.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = self.table.fontMetrics()
        widest_kind = max((tr(w) for w in KIND_WORDS.values()), key=metrics.horizontalAdvance)
        for col, sample in enumerate(("00:00:00", "0:00:00", widest_kind)):
            header.resizeSection(col, metrics.horizontalAdvance(sample) + 24)
        header.setStretchLastSection(True)
        self.table.setIconSize(QSize(THUMB, THUMB))
        top = QHBoxLayout()
        top.addWidget(self.tag_filter)
        top.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.search.textChanged.connect(self._refilter)
        self.tag_filter.currentIndexChanged.connect(self._refilter)
        self.table.clicked.connect(self._activated)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._open)
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search notes and tags"))
        self.set_markers(self.model.markers)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(EventsModel.COLUMNS) - 1)

    def set_markers(self, markers: list[Marker]) -> None:
        self.model.set_markers(markers)
        chosen = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All events"), ALL)
        self.tag_filter.addItem(self.tr("Added later"), LATER)
        seen: dict[str, str] = {}
        for m in markers:
            if m.kind == "tag" and m.tag_code and m.tag_code not in seen:
                seen[m.tag_code] = m.text
        for code, label in seen.items():
            self.tag_filter.addItem(label, code)
        i = self.tag_filter.findData(chosen)
        self.tag_filter.setCurrentIndex(max(0, i))
        self.tag_filter.blockSignals(False)
        self._refilter()

    def choose_tag(self, code: str) -> None:
        self.tag_filter.setCurrentIndex(max(0, self.tag_filter.findData(code)))

    def visible_markers(self) -> list[Marker]:
        return [
            self.model.markers[self.proxy.mapToSource(self.proxy.index(r, 0)).row()]
            for r in range(self.proxy.rowCount())
        ]

    def selected_marker(self) -> Marker | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.markers[self.proxy.mapToSource(rows[0]).row()]

    def select_frame(self, marker: Marker) -> None:
        """Show (without seeking) the row of ``marker``."""
        try:
            row = self.model.markers.index(marker)
        except ValueError:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.blockSignals(True)
            self.table.selectRow(index.row())
            self.table.scrollTo(index)
            self.table.blockSignals(False)

    def _refilter(self) -> None:
        self.proxy.set_criteria(self.tag_filter.currentData() or ALL, self.search.text())

    def _activated(self, index: QModelIndex) -> None:
        m = self.model.markers[self.proxy.mapToSource(index).row()]
        self.event_activated.emit(m.frame)

    def _open(self, index: QModelIndex) -> None:
        m = self.model.markers[self.proxy.mapToSource(index).row()]
        if m.is_image:
            data = self._load_image(m)
            if data:
                PhotoDialog(m.text, data, self).open()


class PhotoDialog(QDialog):
    """A photo at full size, from decrypted bytes in memory."""

    def __init__(self, name: str, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(name)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.image = QLabel(self)
        pixmap = QPixmap()
        pixmap.loadFromData(data)
        self.image.setPixmap(pixmap)
        scroll = QScrollArea(self)
        scroll.setWidget(self.image)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        self.resize(min(1000, pixmap.width() + 40), min(800, pixmap.height() + 40))
