"""A small, made-up demo ward so a newcomer sees the app working at once. No real people."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from coprod_desktop.services.clock import Clock, system_clock
from coprod_desktop.services.records import WardInfo
from coprod_desktop.store.kinds import (
    MeetingKind,
    Presenter,
    Rating,
    Role,
    Sharing,
    TakingPart,
    TextSize,
    TopicState,
    WhoseWords,
)

if TYPE_CHECKING:
    from coprod_desktop.store.engine import SessionFactory

DEMO_WARD_NAME = "Cedar Ward (demo)"
DEMO_STAFF_PIN = "2580"
"""Jo's PIN in the made-up demo ward only (shown in the README). Real wards choose their own."""
DEMO_MANAGER = "Ceri"
DEMO_MANAGER_PIN = "1379"
"""Ceri is the demo ward's manager: erase, restore, whole-ward export, ward settings and roles."""
DEMO_HELP_DEVICE = "Day room tablet"


@dataclass(frozen=True)
class DemoPerson:
    called: str
    picture: str
    role: Role = Role.PATIENT
    ward_rep: bool = False


DEMO_PEOPLE = (
    DemoPerson("Sam", "portrait-1", ward_rep=True),
    DemoPerson("Priya", "portrait-2"),
    DemoPerson("Dafydd", "portrait-3"),
    DemoPerson("Lee", "portrait-4"),
    DemoPerson("Aisha", "portrait-5"),
    DemoPerson("Jo", "portrait-6", role=Role.STAFF),
    DemoPerson(DEMO_MANAGER, "nurse", role=Role.STAFF),
)


def seed_demo_ward(session_factory: SessionFactory, clock: Clock = system_clock) -> WardInfo | None:
    """Adds the demo ward unless it is already there. Returns the new ward, or None if it existed."""
    # Imported here so the start path can read DEMO_WARD_NAME without loading the store layer.
    from coprod_desktop.services.help_requests import HelpRequestService
    from coprod_desktop.services.meetings import MeetingService
    from coprod_desktop.services.people import PeopleService
    from coprod_desktop.services.preferences import PreferencesService
    from coprod_desktop.services.staff_auth import StaffAuthService
    from coprod_desktop.services.staff_roles import StaffRoleService
    from coprod_desktop.services.wards import WardService
    from coprod_desktop.store.kinds import StaffRole

    wards = WardService(session_factory, clock)
    if wards.find_by_name(DEMO_WARD_NAME) is not None:
        return None
    people = PeopleService(session_factory, clock)
    preferences = PreferencesService(session_factory, clock)
    meetings = MeetingService(session_factory, clock)
    ward = wards.add(DEMO_WARD_NAME)
    added = {
        p.called: people.add(
            p.called, ward_id=ward.id, role=p.role, is_ward_rep=p.ward_rep, picture_symbol=p.picture
        )
        for p in DEMO_PEOPLE
    }
    auth = StaffAuthService(session_factory, clock)
    auth.set_pin(added["Jo"].id, DEMO_STAFF_PIN)
    auth.set_pin(added[DEMO_MANAGER].id, DEMO_MANAGER_PIN)
    StaffRoleService(session_factory, clock).set_role(added[DEMO_MANAGER].id, StaffRole.MANAGER, None)
    # Show that each person's own way of using the app is kept.
    preferences.update(added["Dafydd"].id, language="cy")
    preferences.update(added["Priya"].id, text_size=TextSize.LARGEST, high_contrast=True, rate=125)
    today = clock().replace(hour=10, minute=30, second=0, microsecond=0)
    sams_cpa = meetings.schedule(added["Sam"].id, MeetingKind.CPA, today + timedelta(days=9))
    _prepare_sams_cpa(session_factory, clock, added["Sam"].id, added["Jo"].id, sams_cpa.id)
    _after_sams_ward_round(session_factory, clock, added["Sam"].id, added["Jo"].id, today)
    ids = {name: person.id for name, person in added.items()}
    _ward_voice(session_factory, clock, ward.id, ids)
    _worries(session_factory, clock, ward.id, ids)
    _measures(session_factory, clock, ward.id, ids)
    _picture_password(session_factory, clock, ids["Priya"], ids["Jo"])
    meetings.schedule(added["Dafydd"].id, MeetingKind.CARE_AND_TREATMENT_REVIEW, today + timedelta(days=4))
    meetings.schedule(added["Priya"].id, MeetingKind.WARD_ROUND, today + timedelta(days=2))
    # Lee pressed "I need help" a few minutes ago and nobody has said "I am here" yet.
    HelpRequestService(session_factory, lambda: clock() - timedelta(minutes=4)).ask(
        ward.id, added["Lee"].id, DEMO_HELP_DEVICE
    )
    return ward


DEMO_PICTURE_PASSWORD_PICTURES = (
    "football", "music", "tv", "garden", "fruit", "cooking", "art", "bus", "weather"
)  # fmt: skip
DEMO_PICTURE_PASSWORD = ("music", "garden", "bus")
"""Priya's picture password in the demo ward: her 3 pictures, pressed in this order."""


def _picture_password(
    session_factory: SessionFactory, clock: Clock, priya_id: uuid.UUID, jo_id: uuid.UUID
) -> None:
    """Priya chose a picture password with Jo, so her private things open only with it."""
    from coprod_desktop.services.picture_passwords import PicturePasswordService

    PicturePasswordService(session_factory, clock).set_password(
        priya_id, list(DEMO_PICTURE_PASSWORD_PICTURES), list(DEMO_PICTURE_PASSWORD), jo_id
    )


def _prepare_sams_cpa(
    session_factory: SessionFactory, clock: Clock, sam_id: uuid.UUID, jo_id: uuid.UUID, meeting_id: uuid.UUID
) -> None:
    """Sam has started on what he wants to say, and lets his care team and his mam see it."""
    from coprod_desktop.services.preparation import PreparationService
    from coprod_desktop.services.taking_part import TakingPartService

    service = PreparationService(session_factory, clock)
    preparation = service.for_meeting(sam_id, meeting_id)
    safe, health = preparation.topics[0], preparation.topics[1]
    service.rate(safe.id, Rating.GOOD)
    service.add_words(safe.id, "I feel safe on the ward. The staff listen to me.", WhoseWords.MINE)
    service.add_symbol(safe.id, "happy")
    service.set_state(safe.id, TopicState.DONE)
    service.rate(health.id, Rating.NOT_SURE)
    service.add_words(health.id, "Sam said his new tablets make him tired.", WhoseWords.STAFF_TYPED, jo_id)
    service.add_symbol(health.id, "tired")
    service.add_words(health.id, "Ask the doctor about the dose at the CPA.", WhoseWords.STAFF_NOTE, jo_id)
    service.set_state(health.id, TopicState.DONE)
    going_out = next((t for t in preparation.topics if t.symbol_id == "topic-going-out"), None)
    if going_out is not None:
        service.set_state(going_out.id, TopicState.SKIPPED)
    TakingPartService(session_factory, clock).choose(
        preparation.id,
        TakingPart.GO,
        Presenter.ME,
        Sharing.CARE_TEAM,
        family_names=("Mam",),
        with_staff_id=jo_id,
    )


def _after_sams_ward_round(
    session_factory: SessionFactory, clock: Clock, sam_id: uuid.UUID, jo_id: uuid.UUID, today: datetime
) -> None:
    """Sam's last ward round has happened: Jo wrote down what was agreed, for Sam to hear in My meeting.
    Sam has his own phrases ready for the "help me say it" board."""
    from coprod_desktop.services.meetings import MeetingService
    from coprod_desktop.services.outcomes import OutcomeService
    from coprod_desktop.services.phrases import PhraseService

    ward_round = MeetingService(session_factory, clock).schedule(
        sam_id, MeetingKind.WARD_ROUND, today - timedelta(days=12)
    )
    OutcomeService(session_factory, clock).write(
        ward_round.id,
        "You can walk in the garden with staff every day. "
        "The doctor will look at your tablets before your CPA.",
        jo_id,
    )
    phrases = PhraseService(session_factory, clock)
    phrases.add(sam_id, "I want to talk about my leave.", "walk")
    phrases.add(sam_id, "Can my mam come to the next meeting?", "family")


def _ward_voice(
    session_factory: SessionFactory, clock: Clock, ward_id: uuid.UUID, ids: dict[str, uuid.UUID]
) -> None:
    """Thank-yous for this week's mutual help meeting and the wall, and You said, we did in every
    status: Red with its reason, Amber being worked on, Green done."""
    from coprod_desktop.services.actions import ActionService
    from coprod_desktop.services.thanks import ThanksService
    from coprod_desktop.store.kinds import ActionSource, ActionStatus, ThankDelivery, ThankReason

    def days_ago(days: int) -> ThanksService:
        """Said earlier this week, in this order, ready for this week's mutual help meeting."""
        return ThanksService(session_factory, lambda: clock() - timedelta(days=days))

    days_ago(3).say(
        ids["Sam"],
        (ThankReason.LISTENED,),
        ThankDelivery.READ_OUT,
        to_person_id=ids["Jo"],
        words="Thank you for listening to me on Sunday.",
        show_on_wall=True,
    )
    # Priya said hers with pictures ("I like you"): the wall, the meeting and the export show them.
    days_ago(2).say(
        ids["Priya"],
        (ThankReason.MADE_ME_LAUGH, ThankReason.WAS_KIND),
        ThankDelivery.READ_OUT,
        to_person_id=ids["Sam"],
        words="I like you.",
        symbols=("core-i", "core-like", "core-you"),
        show_on_wall=True,
    )
    days_ago(1).say(ids["Dafydd"], (ThankReason.CALMED_ME,), ThankDelivery.JUST_SEND, to_person_id=ids["Lee"])

    actions = ActionService(session_factory, clock)
    jo = ids["Jo"]
    films = actions.raise_action(
        ward_id, ActionSource.IDEA, "Can we have a film night?", raised_by_id=ids["Sam"]
    )
    actions.update(films.id, ActionStatus.GREEN, "Yes. Film night is every Friday at 7.", by_id=jo)
    # Lee said it with pictures too ("I want cat"): staff see the same pictures beside the words.
    pets = actions.raise_action(
        ward_id,
        ActionSource.IDEA,
        "Can we have a ward cat?",
        raised_by_id=ids["Lee"],
        symbols=("core-i", "core-want", "openmoji:1F408"),
    )
    actions.update(
        pets.id,
        ActionStatus.RED,
        "We can't have a cat on the ward.",
        by_id=jo,
        reason="Hospital rules do not allow pets to live on wards. A therapy dog visits on Tuesdays.",
    )
    _say_groups(session_factory, clock, ward_id, ids)


def _worries(
    session_factory: SessionFactory, clock: Clock, ward_id: uuid.UUID, ids: dict[str, uuid.UUID]
) -> None:
    """The ward's advocate; staff have looked at the ideas, so the board shows every status; Aisha's
    worry about the TV, published in words she agreed; Lee's worry, answered (it names someone, so it
    stays with staff); and Aisha's new worry, waiting for staff to read it."""
    from coprod_desktop.services.actions import ActionService
    from coprod_desktop.services.ward_settings import WardSettingsService
    from coprod_desktop.services.worries import WorryService
    from coprod_desktop.store.kinds import ActionStatus, WhoMayKnow

    def days_ago(days: float) -> Clock:
        return lambda: clock() - timedelta(days=days)

    jo = ids["Jo"]
    WardSettingsService(session_factory, clock).update(
        ward_id,
        actor_id=ids[DEMO_MANAGER],  # ward settings need a ward manager
        advocate_name="Mary Jones",
        advocate_phone="01234 567890",
        advocate_visits="Mary visits every Tuesday afternoon.",
    )
    actions = ActionService(session_factory, clock)
    for idea in actions.waiting(ward_id):
        actions.put_on_board(idea.id, by_id=jo)

    tv = WorryService(session_factory, days_ago(3))
    noise = tv.raise_worry(
        ward_id,
        "The TV is too loud at night. I can't sleep.",
        WhoMayKnow.WARD_WITHOUT_NAME,
        raised_by_id=ids["Aisha"],
        symbol_id="tv",
    )
    tv.triage(noise.id, action_today=False, safeguarding=False, by_id=jo)
    tv.answer(noise.id, "Thank you for telling us. We will talk about a quiet time after 10.", by_id=jo)
    tv.heard(noise.id, ids["Aisha"])
    published = tv.publish(noise.id, "The TV is too loud at night.", by_id=jo, language="en")
    assert published.action_id is not None
    ActionService(session_factory, days_ago(2)).update(
        published.action_id, ActionStatus.AMBER, "We are talking about a quiet time after 10.", by_id=jo
    )

    seat = WorryService(session_factory, days_ago(2))
    dinner = seat.raise_worry(
        ward_id, "Dafydd keeps taking my seat at dinner.", WhoMayKnow.STAFF_ONLY, raised_by_id=ids["Lee"]
    )
    seat.triage(dinner.id, action_today=False, safeguarding=False, by_id=jo)
    WorryService(session_factory, days_ago(1)).answer(
        dinner.id, "We talked to you both. Your seat by the window is yours at dinner.", by_id=jo
    )

    WorryService(session_factory, days_ago(0.1)).raise_worry(
        ward_id,
        "Someone took my headphones and I feel scared in the lounge.",
        WhoMayKnow.STAFF_AND_ADVOCATE,
        raised_by_id=ids["Aisha"],
        symbol_id="scared",
    )


def _say_groups(
    session_factory: SessionFactory, clock: Clock, ward_id: uuid.UUID, ids: dict[str, uuid.UUID]
) -> None:
    """Last week's SAY group, with views on food and activities and an action made from one, and
    today's group open so people can give their views now."""
    from coprod_desktop.services.actions import ActionService
    from coprod_desktop.services.say_groups import SayGroupService
    from coprod_desktop.store.kinds import ActionStatus, Rating, WhoseWords

    def last_week() -> datetime:
        return clock() - timedelta(days=7)

    before = SayGroupService(session_factory, last_week)
    jo = ids["Jo"]
    held = before.start(ward_id, jo)
    food, activities = held.topics[0], held.topics[1]
    said = (
        ("Sam", food, Rating.NOT_GOOD, "There is not enough choice at tea time.", WhoseWords.MINE),
        ("Priya", food, Rating.GOOD, "I like the curry on Thursdays.", WhoseWords.MINE),
        ("Lee", food, Rating.NOT_GOOD, "Lee said the portions are small.", WhoseWords.STAFF_TYPED),
        ("Aisha", activities, Rating.NOT_SURE, None, WhoseWords.MINE),
        ("Dafydd", activities, Rating.GOOD, "Mae'r grŵp celf yn dda.", WhoseWords.MINE),
    )
    views = {}
    for name, topic, rating, words, whose in said:
        view = before.start_view(
            topic.id, ids[name], whose=whose, written_by_id=jo if whose is not WhoseWords.MINE else None
        )
        views[name] = before.update_view(view.id, rating=rating, words=words)
    tea = before.to_action(views["Sam"].id, jo, "More choice at tea time")
    ActionService(session_factory, last_week).update(
        tea.id,
        ActionStatus.AMBER,
        "The kitchen will add a second hot choice. We start in two weeks.",
        by_id=jo,
    )
    before.end(held.id, jo)

    now = SayGroupService(session_factory, clock)
    today = now.start(ward_id, jo)
    view = now.start_view(today.topics[1].id, ids["Priya"])
    now.update_view(view.id, rating=Rating.GOOD, words="Can we do more art?", symbols=("art",))


def _measures(
    session_factory: SessionFactory, clock: Clock, ward_id: uuid.UUID, ids: dict[str, uuid.UUID]
) -> None:
    """Three months of experience questions (Sam's next ones are due today), two partnership
    self-checks, and last month's recovery council pack, taken by Sam and answered."""
    from coprod_desktop.services.council import CouncilService
    from coprod_desktop.services.partnership import PRACTICES, PartnershipService
    from coprod_desktop.services.prems import PremService
    from coprod_desktop.services.say_groups import SayGroupService
    from coprod_desktop.store.kinds import ActionStatus, Rating

    def days_ago(days: int) -> Clock:
        return lambda: clock() - timedelta(days=days)

    scale = (Rating.NOT_GOOD, Rating.NOT_SURE, Rating.GOOD)
    # Each person's answers per item, three months ago → last month: 0 not good, 1 not sure, 2 good,
    # None skipped. Sam feels safer and more listened to; the food-and-activities item dips.
    answers = {
        "Sam": ((0, 1, 2), (1, 1, 2), (1, 2, 2), (0, 1, 1), (1, 1, 1), (2, 1, 0), (1, None, 1), (0, 1, 2)),
        "Priya": ((1, 2, 2), (2, 2, 2), (2, 2, 1), (1, 1, 2), (1, 2, 2), (2, 2, 2), (2, 2, 2), (1, 1, 2)),
        "Lee": ((1, 1, 1), (0, 1, 1), (1, 1, 2), (0, 0, 1), (0, 1, 1), (1, 0, 0), (2, 2, 1), (0, 1, 1)),
        "Aisha": ((2, 2, 2), (1, 2, 2), (2, 2, 2), (1, 2, 1), (2, 1, 2), (1, 1, 1), (None, 2, 2), (1, 2, 2)),
    }
    jo = ids["Jo"]
    PremService(session_factory, days_ago(91)).items(ward_id)
    for name, per_item in answers.items():
        PremService(session_factory, days_ago(91)).schedule(ids[name], 30, clock() - timedelta(days=90), jo)
        for sitting, days in enumerate((90, 60, 30)):
            prems = PremService(session_factory, days_ago(days))
            response = prems.start(ids[name], with_staff_id=jo)
            for item, choices in zip(response.item_set.items, per_item, strict=False):
                chosen = choices[sitting]
                prems.answer(response.id, item.id, scale[chosen] if chosen is not None else None)
            prems.finish(response.id)
        if name != "Sam":  # only Sam's next questions are due today, so Home shows them
            PremService(session_factory, clock).schedule(ids[name], 30, clock() + timedelta(days=7), jo)

    keys = [practice.key for level in PRACTICES for practice in level.practices]
    PartnershipService(session_factory, days_ago(90)).record(
        ward_id, {key: (1 if index % 3 else 0) for index, key in enumerate(keys)}, jo
    )
    PartnershipService(session_factory, days_ago(2)).record(
        ward_id, {key: (2 if index % 4 else 1) for index, key in enumerate(keys)}, jo
    )

    council = CouncilService(session_factory, days_ago(1))
    say_groups = SayGroupService(session_factory, clock)
    quoted = [  # Sam said yes to his words going to the council, without his name
        view.id
        for group in say_groups.held(ward_id)
        for views in say_groups.views(group.id).values()
        for view in views
        if view.person_id == ids["Sam"] and view.words
    ]
    for view_id in quoted:
        council.set_may_quote(view_id, True, ids["Sam"])
    pack = council.start_pack(ward_id, ids["Sam"], clock() - timedelta(days=28), clock() - timedelta(days=1))
    council.choose(pack.id, quotes=quoted, by_id=ids["Sam"])
    point = council.add_point(pack.id, words="We would like more to do at weekends.")
    council.mark_taken(pack.id, ids["Sam"])
    CouncilService(session_factory, clock).record_answer(
        pack.id,
        "More to do at weekends",
        "The council will ask for an activity worker at weekends. We will tell you in January.",
        ActionStatus.AMBER,
        jo,
        point_id=point.id,
    )
