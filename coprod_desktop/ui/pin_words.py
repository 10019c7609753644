"""Why a PIN was refused, in the staff member's language (the service's reasons are English)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def weak_pin_words(reason: str) -> str:
    words = {
        "A PIN is made of numbers only.": QCoreApplication.translate(
            "PinWords", "A PIN is made of numbers only."
        ),
        "A PIN has 4 to 8 numbers.": QCoreApplication.translate("PinWords", "A PIN has 4 to 8 numbers."),
        "A PIN cannot be one number repeated.": QCoreApplication.translate(
            "PinWords", "A PIN cannot be one number repeated."
        ),
        "A PIN cannot be numbers in a row, like 1234.": QCoreApplication.translate(
            "PinWords", "A PIN cannot be numbers in a row, like 1234."
        ),
    }
    return words.get(reason, reason)
