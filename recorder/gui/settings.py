"""The app's settings (a QSettings INI file in the vault folder, so ``--home`` keeps test runs apart) and the
settings dialog: language, text size, idle lock, input device, and the quick tags.

The dialog is never modal: it may be opened during a recording, which must go on undisturbed.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.tags import DEFAULT_TAGS
from .i18n import LANGUAGE_NAMES, translated
from .words import input_text

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.ini"
SETTINGS_VERSION = 2
KEYS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "Shift+1", "Shift+2", "Shift+3", "Shift+4")
SECOND_ROW_SINCE = 2  # the settings version that brought the Shift+1–4 tags
TEXT_SIZES = (100, 125, 150)  # per cent of the system's font size


@dataclass(frozen=True)
class QuickTag:
    """A tag on the bar. ``label`` is None for a default tag shown in the current language."""

    code: str
    key: str
    label: str | None = None

    def text(self) -> str:
        if self.label:
            return self.label
        default = next((t for t in DEFAULT_TAGS if t.code == self.code), None)
        return translated("Tags", default.label) if default else self.code


def default_quick_tags() -> list[QuickTag]:
    return [QuickTag(t.code, t.key) for t in DEFAULT_TAGS]


def output_choices() -> list[tuple[str, str]]:
    """The outputs whose sound call mode can record, as (id, name); [] when the sound system cannot say."""
    try:
        from ..audio.loopback import loopbacks  # loads SoundCard, which connects to the sound server

        return loopbacks()
    except Exception:  # no SoundCard, no server: the default output is still offered, and typing a name
        log.warning("could not list the outputs", exc_info=True)
        return []


def key_text(key: str) -> str:
    """A tag's key as the user's keyboard labels it ("Shift+1")."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


class Settings:
    """Typed access to the settings file; unknown or damaged values fall back to defaults."""

    def __init__(self, home: Path) -> None:
        self.q = QSettings(str(home / SETTINGS_FILE), QSettings.Format.IniFormat)
        self._migrate()

    def _migrate(self) -> None:
        # Settings carry a version so later releases can move values (as Picard's config_upgrade does).
        try:
            version = int(self.q.value("version"))  # type: ignore[call-overload]
        except (TypeError, ValueError):
            version = 0
        if 0 < version < SECOND_ROW_SINCE and self.q.value("quick_tags"):
            # Tags saved before the second row existed: the second row's defaults join them.
            saved = self.quick_tags
            used = {t.key for t in saved}
            second_row = [t for t in default_quick_tags() if t.key.startswith("Shift+") and t.key not in used]
            self.quick_tags = saved + second_row  # a digit the user cleared stays cleared
        if version < SETTINGS_VERSION:
            self.q.setValue("version", SETTINGS_VERSION)

    @property
    def language(self) -> str | None:
        value = self.q.value("language")
        return str(value) if value in LANGUAGE_NAMES else None

    @language.setter
    def language(self, value: str) -> None:
        self.q.setValue("language", value)

    @property
    def text_size(self) -> int:
        """The text size in per cent of the system's (100, 125 or 150)."""
        try:
            value = int(self.q.value("text_size", 100))  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return 100
        return value if value in TEXT_SIZES else 100

    @text_size.setter
    def text_size(self, value: int) -> None:
        self.q.setValue("text_size", int(value))

    @property
    def idle_lock_minutes(self) -> int:
        try:
            return max(0, int(self.q.value("idle_lock_minutes", 10)))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return 10

    @idle_lock_minutes.setter
    def idle_lock_minutes(self, value: int) -> None:
        self.q.setValue("idle_lock_minutes", int(value))

    @property
    def input_device(self) -> str | None:
        value = self.q.value("input_device")
        return str(value) if value else None

    @input_device.setter
    def input_device(self, value: str | None) -> None:
        self.q.setValue("input_device", value or "")

    @property
    def call_mode(self) -> bool:
        """The "Call mode" switch beside Record (issue 16): off unless the user turned it on."""
        return str(self.q.value("call_mode", "false")).lower() in ("true", "1")

    @call_mode.setter
    def call_mode(self, value: bool) -> None:
        self.q.setValue("call_mode", bool(value))

    @property
    def call_output(self) -> str | None:
        """In call mode, the output whose sound is the other party (None: the default output)."""
        value = self.q.value("call_output")
        return str(value) if value else None

    @call_output.setter
    def call_output(self, value: str | None) -> None:
        self.q.setValue("call_output", value or "")

    @property
    def quick_tags(self) -> list[QuickTag]:
        raw = self.q.value("quick_tags")
        if not raw:
            return default_quick_tags()
        try:
            items = json.loads(str(raw))
            tags = [QuickTag(str(i["code"]), str(i["key"]), i.get("label") or None) for i in items]
        except (ValueError, KeyError, TypeError):
            log.warning("quick tags in the settings are damaged; using the defaults")
            return default_quick_tags()
        return tags or default_quick_tags()

    @quick_tags.setter
    def quick_tags(self, tags: list[QuickTag]) -> None:
        self.q.setValue(
            "quick_tags",
            json.dumps([{"code": t.code, "key": t.key, "label": t.label} for t in tags], ensure_ascii=False),
        )

    @property
    def time_stamps(self) -> dict[str, Any]:
        """Trusted-time settings as plain JSON values (timestamp.authorities.StampSettings.from_mapping)."""
        raw = self.q.value("time_stamps")
        try:
            value = json.loads(str(raw)) if raw else {}
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}

    @time_stamps.setter
    def time_stamps(self, value: dict[str, Any]) -> None:
        self.q.setValue("time_stamps", json.dumps(value, ensure_ascii=False))

    def sync(self) -> None:
        self.q.sync()


class SettingsDialog(QDialog):
    """Language, text size, idle lock, input device and the quick tags. Applies on OK; emits ``applied``, and
    ``language_changed`` only when the user chose another language than the one on screen."""

    applied = Signal()
    language_changed = Signal(str)

    def __init__(
        self,
        settings: Settings,
        inputs: list[str] | list[tuple[str, str]],
        current_language: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.settings = settings
        self.setModal(False)
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        # The language on screen, not the saved one: after ``--lang`` they differ, and OK must not switch.
        self.shown_language = current_language
        self.language.setCurrentIndex(max(0, self.language.findData(current_language)))
        self.text_size = QComboBox()
        for size in TEXT_SIZES:
            self.text_size.addItem("", size)
        self.text_size.setCurrentIndex(max(0, self.text_size.findData(settings.text_size)))
        self.idle = QSpinBox()
        self.idle.setRange(0, 240)
        self.idle.setValue(settings.idle_lock_minutes)
        self.device = QComboBox()
        self.device.addItem("", "")
        for item in inputs:
            name, shown = item if isinstance(item, tuple) else (item, item)
            self.device.addItem(shown, name)  # the system's description shown, the device's name kept
        if settings.input_device:
            i = self.device.findData(settings.input_device)
            if i < 0:
                self.device.addItem(settings.input_device, settings.input_device)
                i = self.device.count() - 1
            self.device.setCurrentIndex(i)
        # Call mode's other party: an output whose sound can be recorded, or one typed in (on macOS a virtual
        # output such as BlackHole, which the system does not list as an output's sound).
        self.call_output = QComboBox()
        self.call_output.setEditable(True)
        self.call_output.addItem("", "")
        for device_id, name in output_choices():
            self.call_output.addItem(name, device_id)
        if settings.call_output:
            i = self.call_output.findData(settings.call_output)
            if i < 0:
                self.call_output.addItem(settings.call_output, settings.call_output)
                i = self.call_output.count() - 1
            self.call_output.setCurrentIndex(i)
        self.tags = QTableWidget(len(KEYS), 2)
        self.tags.setMinimumHeight(self.tags.verticalHeader().defaultSectionSize() * 8)
        self.tags.verticalHeader().setVisible(False)
        self.tags.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.reset_tags = QPushButton()
        self.reset_tags.clicked.connect(lambda: self._fill_tags(default_quick_tags()))
        self._fill_tags(settings.quick_tags)
        self.form = QFormLayout()
        self.form.addRow(QLabel(), self.language)
        self.form.addRow(QLabel(), self.text_size)
        self.form.addRow(QLabel(), self.idle)
        self.form.addRow(QLabel(), self.device)
        self.form.addRow(QLabel(), self.call_output)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.tags)
        layout.addWidget(self.reset_tags)
        layout.addWidget(self.buttons)
        self.retranslate()

    def _fill_tags(self, tags: list[QuickTag]) -> None:
        by_key = {t.key: t for t in tags}
        self._codes: dict[str, str] = {}
        for row, key in enumerate(KEYS):
            tag = by_key.get(key)
            k = QTableWidgetItem(key_text(key))
            k.setFlags(k.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.tags.setItem(row, 0, k)
            self.tags.setItem(row, 1, QTableWidgetItem(tag.text() if tag else ""))
            if tag:
                self._codes[key] = tag.code

    def edited_tags(self) -> list[QuickTag]:
        """The table as tags: an unchanged default keeps following the language; edited text is kept as typed."""
        out = []
        for row, key in enumerate(KEYS):
            item = self.tags.item(row, 1)
            text = item.text().strip() if item else ""
            if not text:
                continue
            code = self._codes.get(key, "custom")
            if code != "custom" and text == QuickTag(code, key).text():
                out.append(QuickTag(code, key))  # a default tag, still as shown: it follows the language
            else:
                # Words the user wrote: kept as typed, with no code claiming a meaning the report would count.
                out.append(QuickTag("custom", key, text))
        return out

    def apply(self) -> None:
        chosen = str(self.language.currentData())
        changed = chosen != self.shown_language
        if changed:
            self.settings.language = chosen
        self.settings.text_size = int(self.text_size.currentData())
        self.settings.idle_lock_minutes = self.idle.value()
        self.settings.input_device = str(self.device.currentData() or "")
        self.settings.call_output = self._chosen_output()
        self.settings.quick_tags = self.edited_tags()
        self.settings.sync()
        self.applied.emit()
        if changed:
            self.language_changed.emit(chosen)
        self.accept()

    def _chosen_output(self) -> str:
        """The listed output's id, or the words typed (matched by name when recording: loopback.find_loopback)."""
        text = self.call_output.currentText().strip()
        i = self.call_output.currentIndex()
        if i >= 0 and self.call_output.itemText(i) == text:
            return str(self.call_output.itemData(i) or "")
        return text

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        labels = (
            self.tr("Language"),
            self.tr("Text size"),
            self.tr("Lock after idle minutes (0 = never)"),
            self.tr("Input device"),
            self.tr("Call mode: the other party's sound from"),
        )
        for row, text in enumerate(labels):
            item = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel):
                label.setText(text)
        default = input_text(None)  # what the system's default is now, in its own words
        self.device.setItemText(0, self.tr("System default ({name})").format(name=default))
        self.call_output.setItemText(0, self.tr("What the computer plays (its default output)"))
        for i, text in enumerate((self.tr("Normal"), self.tr("Large"), self.tr("Larger"))):
            self.text_size.setItemText(i, text)
        self.tags.setHorizontalHeaderLabels([self.tr("Key"), self.tr("Quick tag")])
        self.reset_tags.setText(self.tr("Restore the default tags"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
