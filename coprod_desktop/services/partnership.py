"""Working in partnership: the ward team's own check on how well they work with patients.

Three levels, each a short checklist of practices in our own plain words. The team rates each
practice from 0 (not yet) to 3 (always) now and then; every check is kept, so progress shows over
time. Staff screens translate the level titles and practice texts with the context "Partnership".

The audit log records that a check was made, never the ratings.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import select

from coprod_desktop.services.audit import add_event
from coprod_desktop.services.clock import Clock, system_clock
from coprod_desktop.store.engine import SessionFactory
from coprod_desktop.store.models import PartnershipCheck, Ward

RATING_MIN, RATING_MAX = 0, 3
RATING_WORDS: dict[int, str] = {0: "Not yet", 1: "Starting", 2: "Mostly", 3: "Always"}
"""What each rating means, for the staff form (translated with the context "Partnership")."""


class PartnershipProblem(ValueError):
    """A check that cannot be saved; the message is fit for staff."""


@dataclass(frozen=True)
class Practice:
    key: str
    text: str


@dataclass(frozen=True)
class Level:
    key: str
    title: str
    practices: tuple[Practice, ...]


PRACTICES: tuple[Level, ...] = (
    Level(
        "foundation",
        "Laying the foundation",
        (
            Practice("welcome", "We tell each person how they can have a say, in a way they understand."),
            Practice("easy-read", "Our notices and letters come in easy words and pictures."),
            Practice("time", "We make time to listen, not only when there is a problem."),
            Practice("ask-how", "We ask each person how they want to take part, including not at all."),
            Practice("feedback", "We tell people what happened to what they said, even when it is no."),
        ),
    ),
    Level(
        "skills",
        "Identifying and building skills",
        (
            Practice("strengths", "We find out what each person is good at and what they enjoy."),
            Practice("roles", "People can take on a role, such as ward rep or group helper."),
            Practice("training", "People can learn skills for meetings, like speaking up or chairing."),
            Practice("support", "We help people get ready before meetings about their care."),
            Practice("staff-learning", "Staff learn with patients, not only about them."),
        ),
    ),
    Level(
        "partnership",
        "Working in partnership",
        (
            Practice("decide", "Patients help decide how the ward is run."),
            Practice("plan", "Each person writes their care plan with us, in their words."),
            Practice("recruit", "Patients help choose and train new staff."),
            Practice("council", "Patients' views go to the hospital council and come back answered."),
            Practice("review", "We check this list with patients, not only about them."),
        ),
    ),
)
"""The three levels of the partnership model and their practices, in our own words."""

_LEVEL_OF: dict[str, str] = {p.key: level.key for level in PRACTICES for p in level.practices}


@dataclass(frozen=True)
class CheckInfo:
    id: uuid.UUID
    ward_id: uuid.UUID
    checked_at: datetime
    by_id: uuid.UUID | None
    ratings: Mapping[str, int]

    def percents(self) -> dict[str, int | None]:
        return level_percents(self.ratings)


class ProgressPoint(NamedTuple):
    checked_at: datetime
    percents: dict[str, int | None]
    """Level key to percent of the most it could be (None: nothing rated at that level)."""


def level_percents(ratings: Mapping[str, int]) -> dict[str, int | None]:
    """Each level's ratings as a percent of all "always"; practices not rated are left out, not 0."""
    result: dict[str, int | None] = {}
    for level in PRACTICES:
        given = [ratings[p.key] for p in level.practices if p.key in ratings]
        result[level.key] = round(100 * sum(given) / (RATING_MAX * len(given))) if given else None
    return result


def _info(row: PartnershipCheck) -> CheckInfo:
    return CheckInfo(row.id, row.ward_id, row.checked_at, row.by_id, dict(row.ratings or {}))


class PartnershipService:
    def __init__(self, session_factory: SessionFactory, clock: Clock = system_clock) -> None:
        self._sessions = session_factory
        self._clock = clock

    def record(self, ward_id: uuid.UUID, ratings: Mapping[str, int], by_id: uuid.UUID | None) -> CheckInfo:
        """Saves one check. Practices may be left out (not rated); unknown ones are refused."""
        cleaned = self._clean(ratings)
        with self._sessions.begin() as session:
            if session.get(Ward, ward_id) is None:
                raise PartnershipProblem("This ward is no longer here.")
            row = PartnershipCheck(ward_id=ward_id, checked_at=self._clock(), by_id=by_id, ratings=cleaned)
            session.add(row)
            session.flush()
            add_event(
                session,
                self._clock,
                "partnership_checked",
                actor_id=by_id,
                subject_id=ward_id,
                detail={"rated": len(cleaned)},
            )
            return _info(row)

    @staticmethod
    def _clean(ratings: Mapping[str, int]) -> dict[str, int]:
        if not ratings:
            raise PartnershipProblem("Rate at least one practice.")
        cleaned: dict[str, int] = {}
        for key, value in ratings.items():
            if key not in _LEVEL_OF:
                raise PartnershipProblem("That practice is not on the list.")
            if isinstance(value, bool) or not isinstance(value, int) or not RATING_MIN <= value <= RATING_MAX:
                raise PartnershipProblem("Rate each practice from 0 (not yet) to 3 (always).")
            cleaned[key] = value
        return cleaned

    def checks(self, ward_id: uuid.UUID) -> list[CheckInfo]:
        """The ward's checks, newest first."""
        query = (
            select(PartnershipCheck)
            .where(PartnershipCheck.ward_id == ward_id)
            .order_by(PartnershipCheck.checked_at.desc(), PartnershipCheck.created_at.desc())
        )
        with self._sessions() as session:
            return [_info(row) for row in session.scalars(query)]

    def latest(self, ward_id: uuid.UUID) -> CheckInfo | None:
        """The last check, to start the next one from."""
        found = self.checks(ward_id)
        return found[0] if found else None

    def progress(self, ward_id: uuid.UUID) -> list[ProgressPoint]:
        """Each check's percent per level, oldest first, for the progress chart."""
        return [ProgressPoint(c.checked_at, c.percents()) for c in reversed(self.checks(ward_id))]
