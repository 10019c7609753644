""" "I need help": a request kept with its time and device until staff say "I am here" or the person
says they are OK. Staff screens show every request not yet answered.

Pressing again on a device that already has an open request counts the press on that request, so
staff see one request that was pressed three times, not three people. Every step is audited.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from coprod_desktop.services.audit import add_event
from coprod_desktop.services.clock import Clock, system_clock
from coprod_desktop.store.engine import SessionFactory
from coprod_desktop.store.models import HelpRequest, Person

ASKED_EVENT = "help_asked"
PRESSED_AGAIN_EVENT = "help_pressed_again"
CANCELLED_EVENT = "help_cancelled"
ANSWERED_EVENT = "help_answered"
DEVICE_LENGTH = 200


class UnknownHelpRequest(LookupError):
    """No request has this id (perhaps its ward or person was erased)."""


@dataclass(frozen=True)
class HelpRequestInfo:
    id: uuid.UUID
    ward_id: uuid.UUID | None
    person_id: uuid.UUID | None
    called: str | None
    """The person's name, for staff screens only; None when nobody was chosen."""
    device: str
    asked_at: datetime
    presses: int
    cancelled_at: datetime | None
    answered_at: datetime | None
    answered_by_id: uuid.UUID | None

    @property
    def is_open(self) -> bool:
        return self.cancelled_at is None and self.answered_at is None


def _info(request: HelpRequest, called: str | None) -> HelpRequestInfo:
    return HelpRequestInfo(
        id=request.id,
        ward_id=request.ward_id,
        person_id=request.person_id,
        called=called,
        device=request.device,
        asked_at=request.asked_at,
        presses=request.presses,
        cancelled_at=request.cancelled_at,
        answered_at=request.answered_at,
        answered_by_id=request.answered_by_id,
    )


def _still_open() -> tuple[ColumnElement[bool], ...]:
    return (HelpRequest.cancelled_at.is_(None), HelpRequest.answered_at.is_(None))


class HelpRequestService:
    def __init__(self, session_factory: SessionFactory, clock: Clock = system_clock) -> None:
        self._sessions = session_factory
        self._clock = clock

    def ask(self, ward_id: uuid.UUID | None, person_id: uuid.UUID | None, device: str) -> HelpRequestInfo:
        """Records a press of "I need help" on `device`. A press while this device's request is still
        open adds to its count (and names the person if the first press did not)."""
        device = (device.strip() or "?")[:DEVICE_LENGTH]
        with self._sessions.begin() as session:
            request = session.scalars(
                select(HelpRequest)
                .where(HelpRequest.device == device, HelpRequest.ward_id == ward_id, *_still_open())
                .order_by(HelpRequest.asked_at.desc())
                .limit(1)
            ).first()
            if request is None:
                request = HelpRequest(
                    ward_id=ward_id, person_id=person_id, device=device, asked_at=self._clock(), presses=1
                )
                session.add(request)
                session.flush()
                add_event(
                    session,
                    self._clock,
                    ASKED_EVENT,
                    subject_id=person_id,
                    detail={"request": request.id.hex, "device": device},
                )
            else:
                request.presses += 1
                if request.person_id is None:
                    request.person_id = person_id
                add_event(
                    session,
                    self._clock,
                    PRESSED_AGAIN_EVENT,
                    subject_id=person_id,
                    detail={"request": request.id.hex, "presses": request.presses},
                )
            return _info(request, self._called(session, request.person_id))

    def cancel(self, request_id: uuid.UUID) -> HelpRequestInfo:
        """The person said "I am OK now". A request already answered or cancelled stays as it was."""
        with self._sessions.begin() as session:
            request = self._request(session, request_id)
            if request.cancelled_at is None and request.answered_at is None:
                request.cancelled_at = self._clock()
                add_event(
                    session,
                    self._clock,
                    CANCELLED_EVENT,
                    subject_id=request.person_id,
                    detail={"request": request.id.hex},
                )
            return _info(request, self._called(session, request.person_id))

    def answer(self, request_id: uuid.UUID, staff_id: uuid.UUID) -> HelpRequestInfo:
        """A member of staff said "I am here". The first answer is kept if two staff press it."""
        with self._sessions.begin() as session:
            request = self._request(session, request_id)
            if request.answered_at is None and request.cancelled_at is None:
                request.answered_at = self._clock()
                request.answered_by_id = staff_id
                add_event(
                    session,
                    self._clock,
                    ANSWERED_EVENT,
                    actor_id=staff_id,
                    subject_id=request.person_id,
                    detail={"request": request.id.hex, "waited_seconds": self._waited(request)},
                )
            return _info(request, self._called(session, request.person_id))

    def get(self, request_id: uuid.UUID) -> HelpRequestInfo | None:
        with self._sessions() as session:
            request = session.get(HelpRequest, request_id)
            return _info(request, self._called(session, request.person_id)) if request else None

    def open_requests(self, ward_id: uuid.UUID | None) -> list[HelpRequestInfo]:
        """Requests not yet answered or cancelled, oldest first: on this ward, and from devices that
        serve no ward (so nobody is out of reach)."""
        query = (
            select(HelpRequest, Person.called)
            .outerjoin(Person, Person.id == HelpRequest.person_id)
            .where(*_still_open())
            .order_by(HelpRequest.asked_at, HelpRequest.created_at)
        )
        if ward_id is not None:
            query = query.where(or_(HelpRequest.ward_id == ward_id, HelpRequest.ward_id.is_(None)))
        with self._sessions() as session:
            return [_info(request, called) for request, called in session.execute(query)]

    def _waited(self, request: HelpRequest) -> int:
        answered = request.answered_at or self._clock()
        return max(0, int((answered - request.asked_at).total_seconds()))

    @staticmethod
    def _request(session: Session, request_id: uuid.UUID) -> HelpRequest:
        request = session.get(HelpRequest, request_id)
        if request is None:
            raise UnknownHelpRequest(str(request_id))
        return request

    @staticmethod
    def _called(session: Session, person_id: uuid.UUID | None) -> str | None:
        if person_id is None:
            return None
        person = session.get(Person, person_id)
        return person.called if person else None
