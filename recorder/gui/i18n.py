"""The app's languages in Qt: compiled ``.qm`` files loaded into QTranslators, switchable at run time.

Installing a translator sends every widget a LanguageChange event; each view re-sets its texts in
``retranslate()`` (called from ``changeEvent``), so switching language never touches a recording in progress.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .. import i18n as plain_i18n
from ..core.errors import RecorderError
from ..resources import translations_dir

log = logging.getLogger(__name__)

LANGUAGE_NAMES = {"zh_CN": "简体中文", "zh_TW": "繁體中文", "en": "English"}


def translated(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Look up a text that was marked elsewhere (a core sentence, a tag label); lupdate does not collect here.
    With ``n`` ≥ 0 a plural text's form for ``n`` (the English .qm holds English's forms)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def sentence(exc: RecorderError) -> str:
    """A RecorderError as one sentence in the user's language."""
    return exc.sentence(translated)


def system_language() -> str:
    """The system's language as one of ours (the environment first, as on Linux, then Qt's locale)."""
    lang = plain_i18n.system_language()
    if lang != "en":
        return lang
    return plain_i18n.normalize(QLocale.system().name()) or "en"


class Translations:
    """Owns the app's translators; :meth:`apply` switches language."""

    def __init__(self) -> None:
        self.language = "en"
        self._installed: list[QTranslator] = []

    def apply(self, language: str | None) -> str:
        app = QCoreApplication.instance()
        lang = plain_i18n.normalize(language) or system_language()
        for t in self._installed:
            QCoreApplication.removeTranslator(t)
        self._installed = []
        if app is not None:
            # English too: its .qm carries the plural forms ("1 visitor", "2 visitors") of the %n texts.
            wanted = [(f"recorder_{lang}", str(translations_dir()))]
            if lang != "en":  # Qt's own dialogs (file dialog, standard buttons) in the same language
                wanted.append((f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
            for name, folder in wanted:
                t = QTranslator(app)
                if t.load(name, folder):
                    QCoreApplication.installTranslator(t)
                    self._installed.append(t)
                else:
                    log.warning("no translation %s in %s", name, folder)
        plain_i18n.set_language(lang)  # sentences formatted outside Qt (core helpers) follow along
        self.language = lang
        return lang
