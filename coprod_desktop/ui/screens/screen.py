"""What every screen shares: a title, words for "Read this to me", and live retranslation."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from coprod_desktop.ui.kit.labels import plain_label, title_label

__all__ = ["Screen", "join_sentences", "plain_label", "title_label"]


class Screen(QWidget):
    def title(self) -> str:
        raise NotImplementedError

    def spoken_summary(self) -> str:
        """What "Read this to me" says: by default the title. Screens add their choices."""
        return self.title()

    def retranslate(self) -> None:
        """Sets every visible and spoken word; called at start and whenever the language changes."""

    def on_shown(self) -> None:
        """Called each time the main window brings this screen to the front."""

    def back_a_step(self) -> bool:
        """The bar's Back (and Escape) first asks the screen: a screen of steps goes back one
        question and says True; otherwise the window goes back to the screen before. So there is
        one Back, and it always goes one step; Home leaves."""
        return False

    def showEvent(self, event: QShowEvent) -> None:
        self._name_for_screen_readers()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._name_for_screen_readers()
        super().changeEvent(event)

    def _name_for_screen_readers(self) -> None:
        """The screen is named by its title, so a screen reader says where focus has arrived ("Have my
        say", then "Food, button") as it would for a sighted person reading the heading."""
        self.setAccessibleName(self.title())


def join_sentences(*parts: str) -> str:
    """Speech-friendly joining: each part becomes its own short sentence."""
    cleaned = [p.strip() for p in parts if p and p.strip()]
    # A question keeps its question mark (a voice rises on it); anything else ends with a full stop.
    return " ".join(p if p.endswith(("?", "!", ".", "…")) else p + "." for p in cleaned)
