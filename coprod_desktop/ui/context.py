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
from coprod_desktop.ui.privacy_gate import PrivacyGate
from coprod_desktop.ui.symbol_icons import SymbolPainter

if TYPE_CHECKING:
    from coprod_desktop.services.actions import ActionService
    from coprod_desktop.services.audit import AuditService
    from coprod_desktop.services.council import CouncilService
    from coprod_desktop.services.device import DeviceService
    from coprod_desktop.services.drafts import DraftService
    from coprod_desktop.services.help_requests import HelpRequestService
    from coprod_desktop.services.meetings import MeetingService
    from coprod_desktop.services.outcomes import OutcomeService
    from coprod_desktop.services.partnership import PartnershipService
    from coprod_desktop.services.people import PeopleService
    from coprod_desktop.services.phrases import PhraseService
    from coprod_desktop.services.picture_passwords import PicturePasswordService
    from coprod_desktop.services.preferences import PreferencesService
    from coprod_desktop.services.prems import PremService
    from coprod_desktop.services.preparation import PreparationService
    from coprod_desktop.services.say_groups import SayGroupService
    from coprod_desktop.services.staff_auth import StaffAuthService
    from coprod_desktop.services.staff_roles import StaffRoleService
    from coprod_desktop.services.taking_part import TakingPartService
    from coprod_desktop.services.thanks import ThanksService
    from coprod_desktop.services.ward_pictures import WardPictureService
    from coprod_desktop.services.ward_settings import WardSettingsService
    from coprod_desktop.services.wards import WardService
    from coprod_desktop.services.worries import WorryService
    from coprod_desktop.store.engine import SessionFactory


@dataclass(frozen=True)
class Services:
    wards: WardService
    people: PeopleService
    preferences: PreferencesService
    meetings: MeetingService
    audit: AuditService
    staff_auth: StaffAuthService
    ward_settings: WardSettingsService
    device: DeviceService
    preparation: PreparationService
    taking_part: TakingPartService
    outcomes: OutcomeService
    phrases: PhraseService
    thanks: ThanksService
    actions: ActionService
    say_groups: SayGroupService
    drafts: DraftService
    council: CouncilService
    prems: PremService
    partnership: PartnershipService
    worries: WorryService
    help_requests: HelpRequestService
    staff_roles: StaffRoleService
    picture_passwords: PicturePasswordService
    ward_pictures: WardPictureService
    session_factory: SessionFactory
    """For a screen that builds its own service (each takes the session factory)."""
    clock: Clock

    @classmethod
    def build(cls, session_factory: SessionFactory, clock: Clock = system_clock) -> Services:
        from coprod_desktop.services.actions import ActionService
        from coprod_desktop.services.audit import AuditService
        from coprod_desktop.services.council import CouncilService
        from coprod_desktop.services.device import DeviceService
        from coprod_desktop.services.drafts import DraftService
        from coprod_desktop.services.help_requests import HelpRequestService
        from coprod_desktop.services.meetings import MeetingService
        from coprod_desktop.services.outcomes import OutcomeService
        from coprod_desktop.services.partnership import PartnershipService
        from coprod_desktop.services.people import PeopleService
        from coprod_desktop.services.phrases import PhraseService
        from coprod_desktop.services.picture_passwords import PicturePasswordService
        from coprod_desktop.services.preferences import PreferencesService
        from coprod_desktop.services.prems import PremService
        from coprod_desktop.services.preparation import PreparationService
        from coprod_desktop.services.say_groups import SayGroupService
        from coprod_desktop.services.staff_auth import StaffAuthService
        from coprod_desktop.services.staff_roles import StaffRoleService
        from coprod_desktop.services.taking_part import TakingPartService
        from coprod_desktop.services.thanks import ThanksService
        from coprod_desktop.services.ward_pictures import WardPictureService
        from coprod_desktop.services.ward_settings import WardSettingsService
        from coprod_desktop.services.wards import WardService
        from coprod_desktop.services.worries import WorryService

        return cls(
            wards=WardService(session_factory, clock),
            people=PeopleService(session_factory, clock),
            preferences=PreferencesService(session_factory, clock),
            meetings=MeetingService(session_factory, clock),
            audit=AuditService(session_factory, clock),
            staff_auth=StaffAuthService(session_factory, clock),
            ward_settings=WardSettingsService(session_factory, clock),
            device=DeviceService(session_factory, clock),
            preparation=PreparationService(session_factory, clock),
            taking_part=TakingPartService(session_factory, clock),
            outcomes=OutcomeService(session_factory, clock),
            phrases=PhraseService(session_factory, clock),
            thanks=ThanksService(session_factory, clock),
            actions=ActionService(session_factory, clock),
            say_groups=SayGroupService(session_factory, clock),
            drafts=DraftService(session_factory, clock),
            council=CouncilService(session_factory, clock),
            prems=PremService(session_factory, clock),
            partnership=PartnershipService(session_factory, clock),
            help_requests=HelpRequestService(session_factory, clock),
            staff_roles=StaffRoleService(session_factory, clock),
            worries=WorryService(session_factory, clock),
            picture_passwords=PicturePasswordService(session_factory, clock),
            ward_pictures=WardPictureService(session_factory, clock),
            session_factory=session_factory,
            clock=clock,
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

    def __getattr__(self, name: str) -> object:
        # Any service (people, wards, staff_auth ...) once loaded; waits for it the first time.
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.get(), name)


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
    privacy: PrivacyGate = field(default_factory=PrivacyGate)
    """Whether the chosen person's private things may show now (see ui/privacy_gate.py)."""
