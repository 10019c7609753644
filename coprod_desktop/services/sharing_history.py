"""Who has seen my things: every copy, export and council pack that held a person's things.

"Nothing about me without me" includes knowing afterwards. The history is read from the audit log
only, so it shows what really left the app: slide copies (`share_made`, about the person), staff
exports (`export_made`, about the person, or listing them in "person_ids" / "unnamed_person_ids"),
council packs that took their words without their name (`council_pack_taken`, through the pack's
chosen quotes), and the times the person stopped sharing (`sharing_stopped`).

`stop_sharing` works from now on: what was already handed out cannot be taken back, and the screen
says so plainly.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from coprod_desktop.services.audit import add_event
from coprod_desktop.services.clock import Clock, system_clock
from coprod_desktop.store.engine import SessionFactory
from coprod_desktop.store.kinds import Role, Sharing
from coprod_desktop.store.models import (
    AuditEvent,
    CouncilPack,
    Person,
    Preparation,
    SayView,
    TakingPartChoice,
    ThankYou,
    WardAction,
)

STOPPED_KIND = "sharing_stopped"
HISTORY_KINDS = ("share_made", "export_made", "council_pack_taken", STOPPED_KIND)


class WhatWent(enum.StrEnum):
    SLIDES = "slides"
    """A PowerPoint copy of the person's slides."""
    PAPER_COPY = "paper_copy"
    """A PDF handout of the slides, to print or read."""
    EXPORT = "export"
    """A staff export that held some of the person's things."""
    COUNCIL_PACK = "council_pack"
    """A recovery council pack that quoted the person's words."""
    STOPPED = "stopped"
    """Not a copy: the day the person stopped sharing from then on."""


class ForWhom(enum.StrEnum):
    CARE_TEAM = "care_team"
    FAMILY = "family"
    WARD_TEAM = "ward_team"
    """A whole-ward export for the ward's staff."""
    COUNCIL = "council"
    """The recovery council, always without the person's name."""
    NOBODY = "nobody"


@dataclass(frozen=True)
class SharedRecord:
    """One line of the history, in parts the screen words in the person's language."""

    at: datetime
    what: WhatWent
    for_whom: ForWhom
    by_name: str | None = None
    """The member of staff who did it; None when the log does not name one (say, the command line)."""
    family_name: str | None = None
    with_my_name: bool = True


@dataclass(frozen=True)
class StopResult:
    """What stopping changed, so the screen can say what it did."""

    slides_stopped: int
    """Slideshows whose sharing went back to "just me"."""
    thanks_off_wall: int
    quotes_stopped: int
    """Views and ideas the council may no longer quote."""


class SharingHistoryService:
    def __init__(self, session_factory: SessionFactory, clock: Clock = system_clock) -> None:
        self._sessions = session_factory
        self._clock = clock

    def history_for(self, person_id: uuid.UUID) -> list[SharedRecord]:
        """Everything that went out with this person's things, newest first."""
        with self._sessions() as session:
            events = session.scalars(
                select(AuditEvent)
                .where(AuditEvent.kind.in_(HISTORY_KINDS))
                .order_by(AuditEvent.at.desc(), AuditEvent.created_at.desc())
            ).all()
            mine = _my_quote_ids(session, person_id)
            staff = _staff_names(session, (e.actor_id for e in events if e.actor_id is not None))
            found: list[SharedRecord] = []
            for event in events:
                record = _record(session, event, person_id, mine, staff.get(event.actor_id))
                if record is not None:
                    found.append(record)
            return found

    def stop_sharing(self, person_id: uuid.UUID, by: uuid.UUID | None = None) -> StopResult:
        """From now on: slides back to "just me", thank-yous off the wall, no council quotes.
        Earlier choices stay in the record, and copies already made are not touched."""
        now = self._clock()
        with self._sessions.begin() as session:
            slides = 0
            preparations = session.scalars(select(Preparation).where(Preparation.person_id == person_id))
            for preparation in preparations:
                latest = session.scalars(
                    select(TakingPartChoice)
                    .where(TakingPartChoice.preparation_id == preparation.id)
                    .order_by(TakingPartChoice.decided_at.desc(), TakingPartChoice.created_at.desc())
                ).first()
                if latest is None or latest.sharing is Sharing.JUST_ME:
                    continue
                session.add(
                    TakingPartChoice(
                        preparation_id=preparation.id,
                        decided_at=now,
                        taking_part=latest.taking_part,
                        presenter=latest.presenter,
                        presenter_staff_id=latest.presenter_staff_id,
                        with_staff_id=by,
                        sharing=Sharing.JUST_ME,
                        family_names=[],
                    )
                )
                slides += 1
            # Each row keeps its own time: no view, idea or thank-you changed what it says.
            thanks = _count(
                session,
                update(ThankYou)
                .where(ThankYou.author_id == person_id, ThankYou.show_on_wall.is_(True))
                .values(show_on_wall=False, updated_at=ThankYou.updated_at),
            )
            quotes = _count(
                session,
                update(SayView)
                .where(SayView.person_id == person_id, SayView.council_may_quote.is_(True))
                .values(council_may_quote=False, updated_at=SayView.updated_at),
            ) + _count(
                session,
                update(WardAction)
                .where(WardAction.raised_by_id == person_id, WardAction.council_may_quote.is_(True))
                .values(council_may_quote=False, updated_at=WardAction.updated_at),
            )
            add_event(
                session,
                self._clock,
                STOPPED_KIND,
                actor_id=by,
                subject_id=person_id,
                detail={"slides": slides, "thanks_off_wall": thanks, "quotes": quotes},
            )
        return StopResult(slides, thanks, quotes)


def _count(session: Session, statement) -> int:  # type: ignore[no-untyped-def]
    result = session.execute(statement.execution_options(synchronize_session=False))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def _staff_names(session: Session, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID | None, str]:
    """Names of staff only: a patient who did something (a ward rep) is never named to another."""
    wanted = set(ids)
    if not wanted:
        return {}
    rows = session.scalars(select(Person).where(Person.id.in_(wanted), Person.role == Role.STAFF))
    return {row.id: row.called for row in rows}


def _my_quote_ids(session: Session, person_id: uuid.UUID) -> set[str]:
    views = session.scalars(select(SayView.id).where(SayView.person_id == person_id))
    ideas = session.scalars(select(WardAction.id).where(WardAction.raised_by_id == person_id))
    return {str(i) for i in views} | {str(i) for i in ideas}


def _record(
    session: Session, event: AuditEvent, person_id: uuid.UUID, my_quotes: set[str], by_name: str | None
) -> SharedRecord | None:
    detail = event.detail or {}
    if event.kind == "share_made":
        if event.subject_id != person_id:
            return None
        family = detail.get("family_name")
        return SharedRecord(
            event.at,
            WhatWent.PAPER_COPY if detail.get("format") == "pdf" else WhatWent.SLIDES,
            ForWhom.FAMILY if detail.get("audience") == "family" else ForWhom.CARE_TEAM,
            by_name,
            family_name=family if isinstance(family, str) else None,
        )
    if event.kind == "export_made":
        return _export_record(event, person_id, by_name)
    if event.kind == "council_pack_taken":
        pack = session.get(CouncilPack, event.subject_id) if event.subject_id else None
        quotes = set((pack.chosen or {}).get("quotes", ())) if pack is not None else set()
        if not quotes & my_quotes:
            return None
        return SharedRecord(event.at, WhatWent.COUNCIL_PACK, ForWhom.COUNCIL, None, with_my_name=False)
    if event.kind == STOPPED_KIND and event.subject_id == person_id:
        return SharedRecord(event.at, WhatWent.STOPPED, ForWhom.NOBODY, by_name)
    return None


def _export_record(event: AuditEvent, person_id: uuid.UUID, by_name: str | None) -> SharedRecord | None:
    detail = event.detail or {}
    me = str(person_id)
    if detail.get("scope") == "person" and event.subject_id == person_id:
        return SharedRecord(event.at, WhatWent.EXPORT, ForWhom.CARE_TEAM, by_name)
    council = detail.get("audience") == "council"
    named = detail.get("person_ids")
    unnamed = detail.get("unnamed_person_ids")
    if isinstance(named, list) and me in named:
        return SharedRecord(event.at, WhatWent.EXPORT, ForWhom.WARD_TEAM, by_name)
    if isinstance(unnamed, list) and me in unnamed:
        for_whom = ForWhom.COUNCIL if council else ForWhom.WARD_TEAM
        return SharedRecord(event.at, WhatWent.EXPORT, for_whom, by_name, with_my_name=False)
    return None
