"""What may leave for the recovery council: one rule for every council-bound output.

The council pack (PDF, PowerPoint, speaker notes), the `--council` export (minutes, CSV, JSON, PDF)
and the ward rep's screens all ask this module, so a ward cannot be safer in one file than another.

- Words go only where their owner said Yes (`council_may_quote is True`); False, None or no answer
  is No.
- Counts under 3 are shown as "fewer than 3" (None here). Where a row has a hidden cell, its zeros
  are hidden too and its total is dropped, so nobody can subtract their way to a hidden number.
  A topic that fewer than 3 people talked about shows no numbers at all: "a few people".
- An anonymous item carries only its owner's own words (`WhoseWords.MINE`), never words staff typed
  for them nor staff notes, with every person's name on the store taken out (whole words, any case,
  patients and staff of every ward), and never a field that links it back (a meeting kind, a day:
  a month at most).
- A quote is offered only on a topic at least 3 people gave views on in the period, and only in a
  language at least 3 patients on the ward use, so neither the topic nor the language points at its
  speaker.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from coprod_desktop.store.kinds import Role, WhoseWords
from coprod_desktop.store.models import CommunicationPreferences, Person, WardSettings

SMALL = 3
"""Fewer than this many (people or things) is never shown as a number."""
NAME_PARTS = re.compile(r"[\s\-\u2010\u2011'\u2019]+")
"""Where a name splits into the parts people also use alone: spaces, hyphens, apostrophes."""
SOMEONE = {"en": "someone", "cy": "rhywun"}
DEFAULT_LANGUAGE = "en"


def may_quote(answer: bool | None) -> bool:
    """Only a Yes is a Yes: no answer at all counts as No."""
    return answer is True


def month_of(when: datetime) -> str:
    """'2026-07': the most exact time an anonymous item may carry."""
    return f"{when.year:04d}-{when.month:02d}"


def month_start(when: datetime) -> datetime:
    return when.replace(day=1, hour=0, minute=0, second=0, microsecond=0)


# --- counts ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Count:
    """How many, and how many different people that was, so a small number never points at someone."""

    number: int
    people: int = 0
    """Different people behind the number (things raised by staff count as one each)."""

    @property
    def is_small(self) -> bool:
        """1 or 2, or made by fewer than 3 people. Nought is not small."""
        return self.number > 0 and (self.number < SMALL or self.people < SMALL)

    @property
    def shown(self) -> int | None:
        """This count alone, or None for "fewer than 3". Use `shown_row` where counts sit together."""
        return None if self.is_small else self.number


ZERO = Count(0, 0)


@dataclass(frozen=True)
class ShownRow:
    """A row of counts as a council-bound output may show it."""

    cells: tuple[int | None, ...]
    """Each count, or None for "fewer than 3"."""
    total: int | None
    """The total, or None when it is not shown (it would give away a hidden count)."""
    few: bool = False
    """Fewer than 3 people in all: show only that a few people talked about it, no numbers."""

    @property
    def hides(self) -> bool:
        return self.few or any(cell is None for cell in self.cells)


def shown_row(cells: Sequence[Count], total: Count | None = None) -> ShownRow:
    """Counts that sit together (ratings of one topic, statuses of the board) with their total.

    A small cell is hidden; then every zero beside it is hidden too and the total is dropped, so
    the hidden cells can be anything from 0 to 2 and nothing subtracts to them."""
    if total is not None and (total.number < SMALL or total.people < SMALL) and total.number > 0:
        return ShownRow(tuple(None for _ in cells), None, few=True)
    if any(cell.is_small for cell in cells) or (total is not None and total.is_small):
        return ShownRow(tuple(None if c.is_small or c.number == 0 else c.number for c in cells), None)
    return ShownRow(tuple(c.number for c in cells), total.number if total is not None else None)


# --- names -------------------------------------------------------------------------------------------


class NameScrubber:
    """Replaces people's names, as whole words in any case, with "someone".

    A name is matched whole ("Sam Smith", "Jo-Anne") and by each of its parts of two letters or
    more ("Sam", "Jo"), never inside another word: "Ann" leaves "Annual" alone. Longer names are
    tried first, so "Sam Smith" becomes one "someone", not two. A name that is also a word of the
    ward's name ("Cedar" on Cedar ward) is still taken out: it may be the person."""

    def __init__(self, names: Iterable[str], replacement: str = "someone") -> None:
        self.replacement = replacement
        parts: set[str] = set()
        for raw in names:
            name = unicodedata.normalize("NFC", raw).strip()
            if not name:
                continue
            parts.add(name)
            parts.update(part for part in NAME_PARTS.split(name) if len(part) >= 2)
        ordered = sorted(parts, key=lambda part: (-len(part), part))
        self._pattern = (
            re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ordered)) + r")(?!\w)", re.IGNORECASE)
            if ordered
            else None
        )

    def scrub(self, text: str) -> str:
        text = unicodedata.normalize("NFC", text)
        if self._pattern is None:
            return text
        return self._pattern.sub(self.replacement, text)


def every_name(session: Session) -> list[str]:
    """Every person's name on the store: patients and staff, every ward, archived too."""
    return list(session.scalars(select(Person.called)))


# --- the gate for one ward ------------------------------------------------------------------------


@dataclass(frozen=True)
class Gate:
    """What the rule needs to know about one ward, read once per output."""

    scrubber: NameScrubber
    ward_language: str
    speakers: Mapping[str, int]
    """How many patients on the ward use each language (their own choice, else the ward's)."""
    languages: Mapping[uuid.UUID, str | None]
    """Each person's own language choice, if they made one."""

    @classmethod
    def load(cls, session: Session, ward_id: uuid.UUID, language: str = "en") -> Gate:
        settings = session.scalar(select(WardSettings).where(WardSettings.ward_id == ward_id))
        ward_language = settings.default_language if settings is not None else DEFAULT_LANGUAGE
        chosen = dict(
            session.execute(
                select(CommunicationPreferences.person_id, CommunicationPreferences.language)
            ).all()
        )
        patients = session.scalars(
            select(Person.id).where(
                Person.ward_id == ward_id, Person.role == Role.PATIENT, Person.archived.is_(False)
            )
        )
        speakers = Counter(chosen.get(person_id) or ward_language for person_id in patients)
        someone = SOMEONE.get(language, SOMEONE["en"])
        return cls(NameScrubber(every_name(session), someone), ward_language, speakers, chosen)

    def scrub(self, text: str) -> str:
        return self.scrubber.scrub(text)

    def language_of(self, words_language: str | None, owner_id: uuid.UUID | None) -> str:
        """The words' own language, else the owner's, else the ward's."""
        if words_language:
            return words_language
        own = self.languages.get(owner_id) if owner_id is not None else None
        return own or self.ward_language

    def common_language(self, words_language: str | None, owner_id: uuid.UUID | None) -> bool:
        """At least 3 patients on the ward use it, so the language does not point at the speaker."""
        return self.speakers.get(self.language_of(words_language, owner_id), 0) >= SMALL

    def quotable(
        self,
        *,
        answer: bool | None,
        owner_id: uuid.UUID | None,
        words: str | None,
        whose: WhoseWords | None,
        words_language: str | None,
        topic_people: int,
    ) -> bool:
        """Whether these words may be offered as a quote at the council."""
        return (
            may_quote(answer)
            and owner_id is not None
            and bool(words and words.strip())
            and whose is WhoseWords.MINE
            and topic_people >= SMALL
            and self.common_language(words_language, owner_id)
        )


__all__ = [
    "SMALL",
    "SOMEONE",
    "ZERO",
    "Count",
    "Gate",
    "NameScrubber",
    "ShownRow",
    "every_name",
    "may_quote",
    "month_of",
    "month_start",
    "shown_row",
]
