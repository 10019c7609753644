"""Staff sign-in with a PIN. PINs are kept only as Argon2id hashes; wrong tries slow down.

After five wrong PINs in a row each further try must wait: 5 s, then 10 s, 20 s ... up to 5 minutes.
Every sign-in, failure and refused try is written to the audit log (never the PIN itself).
A sign-in answers with who signed in, role included, so screens know what the PIN may do.
"""

from __future__ import annotations

import itertools
import uuid
from dataclasses import dataclass
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from coprod_desktop.services.audit import add_event
from coprod_desktop.services.clock import Clock, system_clock
from coprod_desktop.services.people import person_info
from coprod_desktop.services.records import PersonInfo
from coprod_desktop.services.staff_roles import ManagerAction, require_manager
from coprod_desktop.store.engine import SessionFactory
from coprod_desktop.store.kinds import Role, StaffRole
from coprod_desktop.store.models import Person, StaffCredential

FREE_TRIES = 5
FIRST_WAIT_SECONDS = 5
LONGEST_WAIT_SECONDS = 300
PIN_LENGTHS = range(4, 9)


class WeakPin(ValueError):
    """The PIN cannot be used; the message says why in words fit for staff."""


@dataclass(frozen=True)
class SignInResult:
    ok: bool
    wait_seconds: int = 0
    """When not ok: how long before the next try is allowed (0 means try again now)."""
    tries_left_before_wait: int = 0
    staff: PersonInfo | None = None
    """When ok: who signed in, with their staff role as it is now."""


def check_pin_rules(pin: str) -> None:
    if not pin.isdigit() or not pin.isascii():
        raise WeakPin("A PIN is made of numbers only.")
    if len(pin) not in PIN_LENGTHS:
        raise WeakPin("A PIN has 4 to 8 numbers.")
    if len(set(pin)) == 1:
        raise WeakPin("A PIN cannot be one number repeated.")
    steps = {int(b) - int(a) for a, b in itertools.pairwise(pin)}
    if steps in ({1}, {-1}):
        raise WeakPin("A PIN cannot be numbers in a row, like 1234.")


def wait_after(failed_attempts: int) -> int:
    """Seconds to wait before the next try, after this many wrong PINs in a row."""
    if failed_attempts < FREE_TRIES:
        return 0
    return min(FIRST_WAIT_SECONDS * 2 ** (failed_attempts - FREE_TRIES), LONGEST_WAIT_SECONDS)


class StaffAuthService:
    def __init__(
        self,
        session_factory: SessionFactory,
        clock: Clock = system_clock,
        hasher: PasswordHasher | None = None,
    ) -> None:
        self._sessions = session_factory
        self._clock = clock
        self._hasher = hasher or PasswordHasher()  # Argon2id with argon2-cffi's recommended costs

    def any_staff_can_sign_in(self) -> bool:
        with self._sessions() as session:
            return session.scalars(select(StaffCredential.id).limit(1)).first() is not None

    def staff_who_can_sign_in(self, ward_id: uuid.UUID | None = None) -> list[PersonInfo]:
        query = (
            select(Person)
            .join(StaffCredential)
            .where(Person.role == Role.STAFF, Person.archived.is_(False))
            .order_by(Person.called, Person.created_at)
        )
        if ward_id is not None:
            query = query.where(Person.ward_id == ward_id)
        with self._sessions() as session:
            return [person_info(p) for p in session.scalars(query)]

    def set_pin(self, person_id: uuid.UUID, pin: str, actor_id: uuid.UUID | None = None) -> None:
        """Anyone signed in may set their own PIN or ward staff's; a manager's PIN needs a manager."""
        check_pin_rules(pin)
        if actor_id is not None and actor_id != person_id:
            with self._sessions() as session:
                target = session.scalar(
                    select(StaffCredential.staff_role).where(StaffCredential.person_id == person_id)
                )
            if target is StaffRole.MANAGER:
                require_manager(self._sessions, self._clock, actor_id, ManagerAction.MANAGER_PIN, person_id)
        with self._sessions.begin() as session:
            person = session.get(Person, person_id)
            if person is None or person.role is not Role.STAFF:
                raise LookupError("only staff have PINs")
            credential = person.credential or StaffCredential(pin_hash="")
            credential.pin_hash = self._hasher.hash(pin)
            credential.failed_attempts = 0
            credential.last_failed_at = None
            person.credential = credential
            add_event(session, self._clock, "pin_set", actor_id=actor_id, subject_id=person_id)

    def seconds_to_wait(self, person_id: uuid.UUID) -> int:
        with self._sessions() as session:
            credential = session.scalars(
                select(StaffCredential).where(StaffCredential.person_id == person_id)
            ).first()
            return self._remaining_wait(credential) if credential else 0

    def _remaining_wait(self, credential: StaffCredential) -> int:
        wait = wait_after(credential.failed_attempts)
        if not wait or credential.last_failed_at is None:
            return 0
        allowed_at = credential.last_failed_at + timedelta(seconds=wait)
        return max(0, int((allowed_at - self._clock()).total_seconds() + 0.999))

    def sign_in(self, person_id: uuid.UUID, pin: str) -> SignInResult:
        with self._sessions.begin() as session:
            credential = session.scalars(
                select(StaffCredential).where(StaffCredential.person_id == person_id)
            ).first()
            if credential is None:
                add_event(
                    session, self._clock, "sign_in_failed", subject_id=person_id, detail={"why": "no_pin"}
                )
                return SignInResult(False)
            waiting = self._remaining_wait(credential)
            if waiting:
                add_event(
                    session, self._clock, "sign_in_refused", subject_id=person_id, detail={"wait": waiting}
                )
                return SignInResult(False, waiting)
            if self._matches(credential.pin_hash, pin):
                credential.failed_attempts = 0
                credential.last_failed_at = None
                if self._hasher.check_needs_rehash(credential.pin_hash):
                    credential.pin_hash = self._hasher.hash(pin)
                add_event(session, self._clock, "sign_in", actor_id=person_id, subject_id=person_id)
                return SignInResult(True, staff=person_info(credential.person))
            credential.failed_attempts += 1
            credential.last_failed_at = self._clock()
            add_event(
                session,
                self._clock,
                "sign_in_failed",
                subject_id=person_id,
                detail={"failed_in_a_row": credential.failed_attempts},
            )
            return SignInResult(
                False,
                wait_after(credential.failed_attempts),
                max(0, FREE_TRIES - credential.failed_attempts),
            )

    def _matches(self, pin_hash: str, pin: str) -> bool:
        try:
            return self._hasher.verify(pin_hash, pin)
        except (VerificationError, InvalidHashError):
            return False
