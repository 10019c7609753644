"""The app's fixed vocabularies. Plain enums with no database import, so screens can use them
without loading SQLAlchemy at start."""

from __future__ import annotations

import enum


class Role(enum.StrEnum):
    PATIENT = "patient"
    STAFF = "staff"


class TextSize(enum.StrEnum):
    NORMAL = "normal"
    LARGE = "large"
    LARGEST = "largest"


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
