"""Communication preferences: how each person likes the app to speak and look."""

from __future__ import annotations

import uuid
from dataclasses import asdict, fields, replace

from coprod_desktop.services.audit import add_event
from coprod_desktop.services.clock import Clock, system_clock
from coprod_desktop.services.records import (
    HOLD_MS_CHOICES,
    LANGUAGES,
    RATE_RANGE,
    SCAN_LOOPS_RANGE,
    SCAN_MS_RANGE,
    Preferences,
)
from coprod_desktop.store.engine import SessionFactory
from coprod_desktop.store.kinds import AccessMode
from coprod_desktop.store.models import CommunicationPreferences, Person, TextSize


class UnknownPerson(LookupError):
    pass


VOICE_CHOICES: dict[str, tuple[str | None, ...]] = {
    "en": (None, "gmw/en-gb-scotland", "gmw/en-gb-x-gbcwmd", "gmw/en-gb-x-rp", "gmw/en-gb-x-gbclan"),
    "cy": (None,),
}
"""espeak-ng voice ids a person may choose, per language; None is the language's standard voice.

A short list on purpose: a few British accents people on a ward may find easier to follow. A voice
missing on a computer falls back to the standard one when speaking (see speech.synthesis).
"""


def voice_choices(language: str, current: str | None = None) -> list[str | None]:
    """The voices to offer for a language, keeping the person's current voice even if not listed."""
    choices = list(VOICE_CHOICES.get(language, (None,)))
    if current is not None and current not in choices:
        choices.append(current)
    return choices


def _record(row: CommunicationPreferences | None) -> Preferences:
    if row is None:
        return Preferences()
    return Preferences(
        speech_on=row.speech_on,
        voice=row.voice,
        rate=row.rate,
        text_size=TextSize(row.text_size),
        high_contrast=row.high_contrast,
        language=row.language,
        symbols_on=row.symbols_on,
        more_time=bool(row.more_time),
        access_mode=AccessMode(row.access_mode or AccessMode.TWO_SWITCHES),
        scan_ms=row.scan_ms if row.scan_ms is not None else 1500,
        scan_loops=row.scan_loops if row.scan_loops is not None else 3,
        scan_speaks=True if row.scan_speaks is None else bool(row.scan_speaks),
        scan_rows=bool(row.scan_rows),
        hold_ms=row.hold_ms or 0,
        screen_reader=bool(row.screen_reader),
    )


def _clamp(value: object, bounds: tuple[int, int]) -> int:
    low, high = bounds
    return min(max(int(value), low), high)  # type: ignore[call-overload]


def _nearest(value: object, choices: tuple[int, ...]) -> int:
    return min(choices, key=lambda choice: abs(choice - int(value)))  # type: ignore[call-overload]


def validated(prefs: Preferences) -> Preferences:
    """Clamps and checks values so a bad setting can never make the app unusable."""
    language = prefs.language if prefs.language in LANGUAGES else None
    return replace(
        prefs,
        rate=_clamp(prefs.rate, RATE_RANGE),
        text_size=TextSize(prefs.text_size),
        language=language,
        access_mode=AccessMode(prefs.access_mode),
        scan_ms=_clamp(prefs.scan_ms, SCAN_MS_RANGE),
        scan_loops=_clamp(prefs.scan_loops, SCAN_LOOPS_RANGE),
        hold_ms=_nearest(prefs.hold_ms, HOLD_MS_CHOICES),
    )


class PreferencesService:
    def __init__(self, session_factory: SessionFactory, clock: Clock = system_clock) -> None:
        self._sessions = session_factory
        self._clock = clock

    def get(self, person_id: uuid.UUID) -> Preferences:
        with self._sessions() as session:
            person = session.get(Person, person_id)
            if person is None:
                raise UnknownPerson(str(person_id))
            return _record(person.preferences)

    def update(
        self, person_id: uuid.UUID, actor_id: uuid.UUID | None = None, **changes: object
    ) -> Preferences:
        """Saves at once. The audit entry names which settings changed, not their values."""
        allowed = {f.name for f in fields(Preferences)}
        unknown = set(changes) - allowed
        if unknown:
            raise TypeError(f"unknown preference(s): {sorted(unknown)}")
        with self._sessions.begin() as session:
            person = session.get(Person, person_id)
            if person is None:
                raise UnknownPerson(str(person_id))
            row = person.preferences or CommunicationPreferences()
            person.preferences = row
            new = validated(replace(_record(row), **changes))  # type: ignore[arg-type]
            for name, value in asdict(new).items():
                setattr(row, name, value)
            add_event(
                session,
                self._clock,
                "preferences_changed",
                actor_id=actor_id,
                subject_id=person_id,
                detail={"changed": sorted(changes)},
            )
            return new
