"""Switching the interface language (English, Welsh) with Qt Linguist translations, live."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from coprod_desktop.paths import I18N_DIR

SOURCE_LANGUAGE = "en"
LANGUAGES = {"en": "English", "cy": "Cymraeg"}


def qm_path(language: str, folder: Path = I18N_DIR) -> Path:
    return folder / f"coprod_{language}.qm"


class LanguageSwitcher:
    """Installs one translator at a time. Installing or removing one makes Qt send every widget a
    LanguageChange event, and each screen retranslates itself."""

    def __init__(self, app: QCoreApplication, folder: Path = I18N_DIR) -> None:
        self._app = app
        self._folder = folder
        self._translator: QTranslator | None = None
        self._current = SOURCE_LANGUAGE
        self.missing: set[str] = set()

    @property
    def current(self) -> str:
        return self._current

    def locale(self) -> QLocale:
        return QLocale("cy_GB") if self._current == "cy" else QLocale("en_GB")

    def use(self, language: str) -> str:
        """Switches to `language` if we have it; returns the language now in use."""
        if language not in LANGUAGES:
            language = SOURCE_LANGUAGE
        if language == self._current:
            return language
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
            self._translator = None
        if language != SOURCE_LANGUAGE:
            translator = QTranslator(self._app)
            if translator.load(str(qm_path(language, self._folder))):
                self._app.installTranslator(translator)
                self._translator = translator
            else:
                self.missing.add(language)
                language = SOURCE_LANGUAGE
        self._current = language
        return language
