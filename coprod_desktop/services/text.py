"""Cleaning text people type, so odd input is stored safely and never breaks a screen or a file."""

from __future__ import annotations

import unicodedata

NAME_MAX = 500


class InvalidText(ValueError):
    """Text that cannot be used; the message is fit to show to staff."""


def clean_name(raw: str, limit: int = NAME_MAX) -> str:
    """NFC-normalised, control characters removed, spaces folded, capped at `limit` characters.

    Emoji, right-to-left scripts and markup-looking text are kept as typed: screens show them as
    plain text, never as markup.
    """
    text = unicodedata.normalize("NFC", raw)
    text = "".join(ch if unicodedata.category(ch)[0] != "C" or ch in "\u200d\u200c" else " " for ch in text)
    text = " ".join(text.split())
    if not text:
        raise InvalidText("A name cannot be empty.")
    return text[:limit]


TEXT_MAX = 100_000


def clean_text(raw: str, limit: int = TEXT_MAX) -> str:
    """Words someone said or typed: NFC, control characters removed but line breaks kept, trimmed,
    capped at `limit` characters (a 10,000-word text fits). Empty text is refused."""
    text = unicodedata.normalize("NFC", raw).replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(
        ch if ch in "\n\t\u200d\u200c" or unicodedata.category(ch)[0] != "C" else " " for ch in text
    )
    text = text.strip()
    if not text:
        raise InvalidText("There are no words to save.")
    return text[:limit]
