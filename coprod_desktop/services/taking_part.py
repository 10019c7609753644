"""How I want to take part, per meeting, and who may see my slides afterwards.

Each choice is saved with the date and who was with the person, and can change until the meeting;
earlier choices are kept, so the record shows the person's say over time.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from coprod_desktop.services.audit import add_event
from coprod_desktop.services.clock import Clock, system_clock
from coprod_desktop.services.text import clean_name
from coprod_desktop.store.engine import SessionFactory
from coprod_desktop.store.kinds import Presenter, Sharing, TakingPart
from coprod_desktop.store.models import Meeting, Preparation, TakingPartChoice

MAX_FAMILY_NAMES = 10


class ChoiceProblem(ValueError):
    """A choice that cannot be saved; the message is fit for staff."""


@dataclass(frozen=True)
class Choice:
    taking_part: TakingPart
    presenter: Presenter
    presenter_staff_id: uuid.UUID | None
    sharing: Sharing
    family_names: tuple[str, ...]
    decided_at: datetime
    with_staff_id: uuid.UUID | None


def _choice(row: TakingPartChoice) -> Choice:
    return Choice(
        row.taking_part,
        row.presenter,
        row.presenter_staff_id,
        row.sharing,
        tuple(row.family_names or ()),
        row.decided_at,
        row.with_staff_id,
    )


class TakingPartService:
    def __init__(self, session_factory: SessionFactory, clock: Clock = system_clock) -> None:
        self._sessions = session_factory
        self._clock = clock

    def choose(
        self,
        preparation_id: uuid.UUID,
        taking_part: TakingPart,
        presenter: Presenter,
        sharing: Sharing,
        *,
        presenter_staff_id: uuid.UUID | None = None,
        family_names: tuple[str, ...] = (),
        with_staff_id: uuid.UUID | None = None,
    ) -> Choice:
        if presenter is Presenter.STAFF and presenter_staff_id is None:
            raise ChoiceProblem("Choose which member of staff will show the slides.")
        if taking_part is TakingPart.NOT_THIS_TIME and presenter is not Presenter.NOBODY:
            raise ChoiceProblem("Nobody shows slides when the person does not take part this time.")
        names = tuple(clean_name(name, limit=200) for name in family_names if name.strip())[:MAX_FAMILY_NAMES]
        now = self._clock()
        with self._sessions.begin() as session:
            preparation = session.get(Preparation, preparation_id)
            if preparation is None:
                raise ChoiceProblem("This preparation is no longer here.")
            meeting = session.get(Meeting, preparation.meeting_id) if preparation.meeting_id else None
            if meeting is not None and meeting.starts_at < now:
                raise ChoiceProblem("The meeting has happened, so this choice can no longer change.")
            row = TakingPartChoice(
                preparation_id=preparation_id,
                decided_at=now,
                taking_part=taking_part,
                presenter=presenter,
                presenter_staff_id=presenter_staff_id if presenter is Presenter.STAFF else None,
                with_staff_id=with_staff_id,
                sharing=sharing,
                family_names=list(names),
            )
            session.add(row)
            add_event(
                session,
                self._clock,
                "taking_part_chosen",
                actor_id=with_staff_id,
                subject_id=preparation.person_id,
                detail={
                    "taking_part": taking_part.value,
                    "presenter": presenter.value,
                    "sharing": sharing.value,
                },
            )
            session.flush()
            return _choice(row)

    def current(self, preparation_id: uuid.UUID) -> Choice | None:
        history = self.history(preparation_id)
        return history[-1] if history else None

    def history(self, preparation_id: uuid.UUID) -> list[Choice]:
        query = (
            select(TakingPartChoice)
            .where(TakingPartChoice.preparation_id == preparation_id)
            .order_by(TakingPartChoice.decided_at, TakingPartChoice.created_at)
        )
        with self._sessions() as session:
            return [_choice(row) for row in session.scalars(query)]
