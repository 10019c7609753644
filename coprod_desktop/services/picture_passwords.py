"""A person's own lock on a shared tablet: 3 of 9 pictures they chose, pressed in order.

It keeps one patient from opening another's private things (what was agreed, staff notes, their
words); it is not a secret that could survive a copied store, and is not meant to be. Only a hash of
the order is kept. Wrong tries slow down exactly as the staff PIN does, and are audited; staff set
and reset it (also audited), so a forgotten password is a conversation, not a lock-out.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from coprod_desktop.services.audit import add_event
from coprod_desktop.services.clock import Clock, system_clock
from coprod_desktop.services.staff_auth import FREE_TRIES, wait_after
from coprod_desktop.store.engine import SessionFactory
from coprod_desktop.store.models import Person, PicturePassword

PICTURES_SHOWN = 9
PICTURES_IN_SECRET = 3

__all__ = ["FREE_TRIES", "PictureCheck", "PicturePasswordProblem", "PicturePasswordService"]


class PicturePasswordProblem(ValueError):
    """The password cannot be set as asked; the message is fit for staff."""


@dataclass(frozen=True)
class PictureCheck:
    ok: bool
    wait_seconds: int = 0
    """When not ok: how long before the next try is allowed (0 means try again now)."""


def _secret_text(secret: list[str]) -> str:
    return "\x1f".join(secret)


class PicturePasswordService:
    def __init__(
        self,
        session_factory: SessionFactory,
        clock: Clock = system_clock,
        hasher: PasswordHasher | None = None,
    ) -> None:
        self._sessions = session_factory
        self._clock = clock
        self._hasher = hasher or PasswordHasher()

    def _row(self, session, person_id: uuid.UUID) -> PicturePassword | None:  # type: ignore[no-untyped-def]
        return session.scalars(select(PicturePassword).where(PicturePassword.person_id == person_id)).first()

    def has_password(self, person_id: uuid.UUID) -> bool:
        with self._sessions() as session:
            return self._row(session, person_id) is not None

    def pictures(self, person_id: uuid.UUID) -> list[str]:
        """The 9 pictures in their fixed places; empty when the person has no password."""
        with self._sessions() as session:
            row = self._row(session, person_id)
            return list(row.pictures) if row is not None else []

    def set_password(
        self, person_id: uuid.UUID, pictures: list[str], secret: list[str], set_by_id: uuid.UUID | None
    ) -> None:
        """Sets (or replaces) the person's password. `secret` is 3 different pictures of the 9."""
        if len(pictures) != PICTURES_SHOWN or len(set(pictures)) != PICTURES_SHOWN:
            raise PicturePasswordProblem("Choose 9 different pictures.")
        if len(secret) != PICTURES_IN_SECRET or len(set(secret)) != PICTURES_IN_SECRET:
            raise PicturePasswordProblem("Choose 3 different pictures, in order.")
        if not set(secret) <= set(pictures):
            raise PicturePasswordProblem("The 3 pictures must be among the 9 shown.")
        hashed = self._hasher.hash(_secret_text(secret))
        with self._sessions.begin() as session:
            if session.get(Person, person_id) is None:
                raise PicturePasswordProblem("This person is no longer here.")
            row = self._row(session, person_id)
            if row is None:
                row = PicturePassword(person_id=person_id, secret_hash=hashed)
                session.add(row)
            row.pictures = list(pictures)
            row.secret_hash = hashed
            row.failed_attempts = 0
            row.last_failed_at = None
            row.set_by_id = set_by_id
            add_event(session, self._clock, "picture_password_set", actor_id=set_by_id, subject_id=person_id)

    def reset(self, person_id: uuid.UUID, by_id: uuid.UUID | None) -> None:
        """Forgotten: staff remove it, and the person chooses a new one with them."""
        with self._sessions.begin() as session:
            row = self._row(session, person_id)
            if row is not None:
                session.delete(row)
            add_event(session, self._clock, "picture_password_reset", actor_id=by_id, subject_id=person_id)

    def wait_seconds(self, person_id: uuid.UUID) -> int:
        with self._sessions() as session:
            row = self._row(session, person_id)
            return self._still_to_wait(row) if row is not None else 0

    def _still_to_wait(self, row: PicturePassword) -> int:
        wait = wait_after(row.failed_attempts)
        if not wait or row.last_failed_at is None:
            return 0
        left = row.last_failed_at + timedelta(seconds=wait) - self._clock()
        return max(0, int(left.total_seconds() + 0.999))

    def check(self, person_id: uuid.UUID, attempt: list[str]) -> PictureCheck:
        with self._sessions.begin() as session:
            row = self._row(session, person_id)
            if row is None:
                return PictureCheck(ok=True)
            waiting = self._still_to_wait(row)
            if waiting:
                add_event(session, self._clock, "picture_password_too_soon", subject_id=person_id)
                return PictureCheck(ok=False, wait_seconds=waiting)
            try:
                ok = self._hasher.verify(row.secret_hash, _secret_text(attempt))
            except (VerificationError, InvalidHashError):
                ok = False
            if ok:
                row.failed_attempts = 0
                row.last_failed_at = None
                add_event(session, self._clock, "picture_password_ok", subject_id=person_id)
                return PictureCheck(ok=True)
            row.failed_attempts += 1
            row.last_failed_at = self._clock()
            add_event(
                session,
                self._clock,
                "picture_password_wrong",
                subject_id=person_id,
                detail={"in_a_row": row.failed_attempts},
            )
            return PictureCheck(ok=False, wait_seconds=wait_after(row.failed_attempts))
