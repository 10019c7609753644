"""Everything a screen may use, handed over in constructors (no global state)."""

from __future__ import annotations

from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from coprod_desktop.paths import DataPaths
from coprod_desktop.services.clock import Clock, system_clock
from coprod_desktop.speech.protocol import Speaker
from coprod_desktop.symbols.catalogue import SymbolCatalogue
from coprod_desktop.ui.i18n import LanguageSwitcher
from coprod_desktop.ui.symbol_icons import SymbolPainter

if TYPE_CHECKING:
    from coprod_desktop.services.audit import AuditService
    from coprod_desktop.services.meetings import MeetingService
    from coprod_desktop.services.people import PeopleService
    from coprod_desktop.services.preferences import PreferencesService
    from coprod_desktop.services.wards import WardService
    from coprod_desktop.store.engine import SessionFactory


@dataclass(frozen=True)
class Services:
    wards: WardService
    people: PeopleService
    preferences: PreferencesService
    meetings: MeetingService
    audit: AuditService

    @classmethod
    def build(cls, session_factory: SessionFactory, clock: Clock = system_clock) -> Services:
        from coprod_desktop.services.audit import AuditService
        from coprod_desktop.services.meetings import MeetingService
        from coprod_desktop.services.people import PeopleService
        from coprod_desktop.services.preferences import PreferencesService
        from coprod_desktop.services.wards import WardService

        return cls(
            wards=WardService(session_factory, clock),
            people=PeopleService(session_factory, clock),
            preferences=PreferencesService(session_factory, clock),
            meetings=MeetingService(session_factory, clock),
            audit=AuditService(session_factory, clock),
        )


class ServicesLoading:
    """Stands in for Services while the store layer loads in the background after the first screen
    is drawn. The first use waits for it (by then it is usually done)."""

    def __init__(self, future: Future[Services]) -> None:
        self._future = future

    def ready(self) -> bool:
        return self._future.done()

    def get(self) -> Services:
        return self._future.result()

    @property
    def wards(self) -> WardService:
        return self.get().wards

    @property
    def people(self) -> PeopleService:
        return self.get().people

    @property
    def preferences(self) -> PreferencesService:
        return self.get().preferences

    @property
    def meetings(self) -> MeetingService:
        return self.get().meetings

    @property
    def audit(self) -> AuditService:
        return self.get().audit


@dataclass
class UiContext:
    services: Services | ServicesLoading
    speaker: Speaker
    catalogue: SymbolCatalogue
    painter: SymbolPainter
    languages: LanguageSwitcher
    paths: DataPaths
    clock: Clock = system_clock
    ward_language: str = "en"
    notices: list[str] = field(default_factory=list)
    """Messages for staff gathered during start (no speech, missing pictures), shown once."""
