"""Everything a screen may use, handed over in constructors (no global state)."""

from __future__ import annotations

from dataclasses import dataclass, field

from coprod_desktop.paths import DataPaths
from coprod_desktop.services.audit import AuditService
from coprod_desktop.services.clock import Clock, system_clock
from coprod_desktop.services.meetings import MeetingService
from coprod_desktop.services.people import PeopleService
from coprod_desktop.services.preferences import PreferencesService
from coprod_desktop.services.wards import WardService
from coprod_desktop.speech.protocol import Speaker
from coprod_desktop.store.engine import SessionFactory
from coprod_desktop.symbols.catalogue import SymbolCatalogue
from coprod_desktop.ui.i18n import LanguageSwitcher
from coprod_desktop.ui.symbol_icons import SymbolPainter


@dataclass(frozen=True)
class Services:
    wards: WardService
    people: PeopleService
    preferences: PreferencesService
    meetings: MeetingService
    audit: AuditService

    @classmethod
    def build(cls, session_factory: SessionFactory, clock: Clock = system_clock) -> Services:
        return cls(
            wards=WardService(session_factory, clock),
            people=PeopleService(session_factory, clock),
            preferences=PreferencesService(session_factory, clock),
            meetings=MeetingService(session_factory, clock),
            audit=AuditService(session_factory, clock),
        )


@dataclass
class UiContext:
    services: Services
    speaker: Speaker
    catalogue: SymbolCatalogue
    painter: SymbolPainter
    languages: LanguageSwitcher
    paths: DataPaths
    clock: Clock = system_clock
    ward_language: str = "en"
    notices: list[str] = field(default_factory=list)
    """Messages for staff gathered during start (no speech, missing pictures), shown once."""
