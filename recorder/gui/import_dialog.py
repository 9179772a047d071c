"""Import phone evidence into a case (issue 14 §1–2): files or folders chosen or dropped here, with the source the
user states; or a call log / message backup read as one. A thin view over :mod:`recorder.importing`; the work runs
off the GUI thread and each failure is one sentence (nothing is imported then)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import RecorderError
from ..core.vault import Vault, VaultKeys
from .i18n import sentence
from .job_dialog import JobDialog
from .worker import Runner

SCREENSHOT_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp", ".heic")


class ImportDialog(JobDialog):
    imported = Signal()  # something was imported (the window refreshes its list of the case's sessions)

    def __init__(self, vault: Vault, keys: VaultKeys, case: str, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.vault, self.keys, self.case = vault, keys, case
        self.paths: list[Path] = []
        self.result: Any = None
        self.screenshot: Any = None
        self.setAcceptDrops(True)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.source = QLineEdit()
        self.listing = QListWidget()
        self.add_files_button = QPushButton()
        self.add_files_button.clicked.connect(self._choose_files)
        self.add_folder_button = QPushButton()
        self.add_folder_button.clicked.connect(self._choose_folder)
        self.as_log = QCheckBox()
        self.time_zone = QLineEdit()
        # An encrypted iPhone backup's passphrase: shown once such a backup is added, kept only in memory.
        self.backup_passphrase = QLineEdit()
        self.backup_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.backup_passphrase.setVisible(False)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.start)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_files_button)
        buttons.addWidget(self.add_folder_button)
        buttons.addStretch(1)
        log_row = QHBoxLayout()
        log_row.addWidget(self.as_log)
        log_row.addWidget(self.time_zone)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.source)
        layout.addWidget(self.listing, 1)
        layout.addLayout(buttons)
        layout.addLayout(log_row)
        layout.addWidget(self.backup_passphrase)
        layout.addWidget(self.progress)
        layout.addWidget(self.import_button)
        layout.addWidget(self.outcome)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import into “{case}”").replace("{case}", self.case))
        self.intro.setText(
            self.tr(
                "Drop files or folders here (call recordings, screenshots, backups). They are kept byte for byte and "
                "sealed at once; what happened to them before the import cannot be proven by this app."
            )
        )
        self.source.setPlaceholderText(self.tr("Where do they come from? e.g. “Xiaomi call recorder”"))
        self.add_files_button.setText(self.tr("Add files…"))
        self.add_folder_button.setText(self.tr("Add folder…"))
        self.as_log.setText(self.tr("Read as a call log or message backup (SMS Backup & Restore, CSV, iPhone backup)"))
        self.time_zone.setPlaceholderText(self.tr("Phone's time zone, e.g. Asia/Shanghai"))
        self.backup_passphrase.setPlaceholderText(self.tr("Passphrase of the encrypted iPhone backup"))
        self.import_button.setText(self.tr("Import and seal"))

    # -- choosing ------------------------------------------------------------------------------------------
    def add_paths(self, paths: list[Path]) -> None:
        for p in paths:
            if p not in self.paths:
                self.paths.append(p)
                self.listing.addItem(str(p))
        from ..importing.iphone_encrypted import is_encrypted

        if any(p.is_dir() and is_encrypted(p) for p in self.paths):
            self.backup_passphrase.setVisible(True)
            self.as_log.setChecked(True)  # an encrypted backup is only read as a call log

    def _choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Add files"))
        self.add_paths([Path(n) for n in names])

    def _choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Add folder"))
        if name:
            self.add_paths([Path(name)])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        self.add_paths([Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()])

    # -- importing -----------------------------------------------------------------------------------------
    def start(self) -> None:
        if not self.paths:
            self.outcome.setText(self.tr("Add the files to import first."))
            return
        vault, recording, case, paths = self.vault, self.keys.recording, self.case, list(self.paths)
        source = self.source.text().strip() or None
        as_log, zone = self.as_log.isChecked(), self.time_zone.text().strip()
        backup_passphrase = None if self.backup_passphrase.isHidden() else self.backup_passphrase.text()
        if as_log and len(paths) == 1 and paths[0].suffix.lower() in SCREENSHOT_SUFFIXES:
            # A screenshot of a call list: OCR proposes rows, the user confirms them in their own dialog.
            from .screenshot_dialog import ScreenshotDialog

            self.screenshot = ScreenshotDialog(self.vault, self.keys, case, paths[0], self.runner, self)
            self.screenshot.time_zone.setText(zone)
            self.screenshot.source.setText(source or "")
            self.screenshot.imported.connect(self.imported)
            self.screenshot.show()
            self.screenshot.read()
            return

        def work(progress: Any, cancel: Any) -> Any:
            if as_log:
                from ..importing.logs import import_log, local_zone_name

                if len(paths) != 1:
                    raise ValueError("one log at a time")
                return import_log(
                    vault, recording, case, paths[0], source, zone or local_zone_name(),
                    backup_passphrase=backup_passphrase or None,
                )  # fmt: skip
            from ..importing.files import import_files

            return import_files(vault, recording, case, paths, source, progress=progress, cancel=cancel)

        self.import_button.setEnabled(False)
        self.outcome.setText(self.tr("Importing…"))
        self.run_job(work, self._done, self._failed)

    def _done(self, result: Any) -> None:
        self.result = result
        self.import_button.setEnabled(True)
        files = getattr(result, "files", None) or getattr(getattr(result, "result", None), "files", [])
        self.outcome.setText(
            self.tr("%n files imported and sealed. From now on any change to them is detected.", "", len(files))
        )
        self.paths.clear()
        self.listing.clear()
        self.backup_passphrase.clear()
        self.backup_passphrase.setVisible(False)
        self.imported.emit()

    def _failed(self, exc: BaseException) -> None:
        self.import_button.setEnabled(True)
        if isinstance(exc, RecorderError):
            self.outcome.setText(sentence(exc))
        elif isinstance(exc, ValueError):
            self.outcome.setText(self.tr("Choose one call log or backup at a time."))
        else:
            self.outcome.setText(self.tr("The import failed; nothing was imported."))
