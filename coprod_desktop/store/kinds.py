"""The app's fixed vocabularies. Plain enums with no database import, so screens can use them
without loading SQLAlchemy at start."""

from __future__ import annotations

import enum


class Role(enum.StrEnum):
    PATIENT = "patient"
    STAFF = "staff"


class StaffRole(enum.StrEnum):
    """What a staff PIN may do. Erase, restore, whole-ward export, ward settings and roles need a
    manager, so one lost or shared PIN cannot do everything."""

    WARD_STAFF = "ward_staff"
    MANAGER = "manager"


class TextSize(enum.StrEnum):
    NORMAL = "normal"
    LARGE = "large"
    LARGEST = "largest"


class AccessMode(enum.StrEnum):
    """How a person moves round the app and picks. Two switches is the default because it also
    works for anyone on a keyboard (Tab and Enter) and lets a switch user in before they are chosen."""

    KEYS = "keys"
    """Touch, mouse or a keyboard: Space and Enter press, Tab and the arrows move."""
    TWO_SWITCHES = "two"
    """One switch (or Space) moves on, the other (or Enter) picks."""
    ONE_SWITCH = "one"
    """The app moves on by itself at the person's speed; any press picks."""


class Rating(enum.StrEnum):
    """The 3-point scale used for every view."""

    GOOD = "good"
    NOT_SURE = "not_sure"
    NOT_GOOD = "not_good"


class MeetingKind(enum.StrEnum):
    CPA = "cpa"
    CARE_AND_TREATMENT_REVIEW = "ctr"
    WARD_ROUND = "ward_round"
    TRIBUNAL = "tribunal"
    OTHER = "other"


class Sharing(enum.StrEnum):
    """Who an item's owner lets see it outside the app: their say decides every export."""

    JUST_ME = "just_me"
    CARE_TEAM = "care_team"
    COUNCIL_ANONYMOUS = "council_anonymous"


class WhoseWords(enum.StrEnum):
    """Every piece of text says whose words it is, and the two are never blurred."""

    MINE = "mine"
    STAFF_TYPED = "staff_typed"
    """A member of staff wrote down what the person said."""
    STAFF_NOTE = "staff_note"


class TopicState(enum.StrEnum):
    OPEN = "open"
    DONE = "done"
    SKIPPED = "skipped"


class PieceKind(enum.StrEnum):
    WORDS = "words"
    PICTURE = "picture"
    SYMBOL = "symbol"
    RECORDING = "recording"


class TakingPart(enum.StrEnum):
    """How the person wants to take part in a meeting."""

    GO = "go"
    SLIDES_WITHOUT_ME = "slides_without_me"
    NOT_THIS_TIME = "not_this_time"


class Presenter(enum.StrEnum):
    ME = "me"
    STAFF = "staff"
    NOBODY = "nobody"


class ThankReason(enum.StrEnum):
    """Why I am saying thank you: each is a symbol with words on the Say thank you screen."""

    HELPED_ME = "helped_me"
    LISTENED = "listened"
    MADE_ME_LAUGH = "made_me_laugh"
    WAS_KIND = "was_kind"
    SHARED = "shared"
    CALMED_ME = "calmed_me"
    TAUGHT_ME = "taught_me"
    SOMETHING_ELSE = "something_else"


class ThankDelivery(enum.StrEnum):
    READ_OUT = "read_out"
    """Read out at the mutual help meeting."""
    JUST_SEND = "just_send"


class ActionStatus(enum.StrEnum):
    """You said, we did: Red needs a reason, always."""

    RED = "red"
    """We can't do this (the reason is given)."""
    AMBER = "amber"
    """We are working on it."""
    GREEN = "green"
    """Done."""


class ActionSource(enum.StrEnum):
    IDEA = "idea"
    NOT_HAPPY = "not_happy"
    SAY_GROUP = "say_group"
    STAFF = "staff"
    COUNCIL = "council"
    """A point the ward rep took to the recovery council, with the council's answer."""


class PackStatus(enum.StrEnum):
    """A recovery council pack: being put together, taken to the council, then answered."""

    DRAFT = "draft"
    TAKEN = "taken"
    ANSWERED = "answered"


class WhoMayKnow(enum.StrEnum):
    """Who the person lets know about a worry ("I am not happy about something")."""

    STAFF_ONLY = "staff_only"
    STAFF_AND_ADVOCATE = "staff_and_advocate"
    WARD_WITHOUT_NAME = "ward_without_name"
    """On the ward's board without their name, once staff and the person agree the words."""
