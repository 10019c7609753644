"""Meetings in plain words: what kind, and when, in the person's language."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from coprod_desktop.services.records import MeetingInfo
from coprod_desktop.store.kinds import MeetingKind

SYMBOLS = {
    MeetingKind.CPA: "meeting-cpa",
    MeetingKind.CARE_AND_TREATMENT_REVIEW: "meeting-ctr",
    MeetingKind.WARD_ROUND: "meeting-ward-round",
    MeetingKind.TRIBUNAL: "meeting-tribunal",
    MeetingKind.OTHER: "meeting-other",
}


def kind_words(kind: MeetingKind) -> str:
    words = {
        MeetingKind.CPA: QCoreApplication.translate("MeetingWords", "CPA meeting"),
        MeetingKind.CARE_AND_TREATMENT_REVIEW: QCoreApplication.translate(
            "MeetingWords", "Care and Treatment Review"
        ),
        MeetingKind.WARD_ROUND: QCoreApplication.translate("MeetingWords", "Ward round"),
        MeetingKind.TRIBUNAL: QCoreApplication.translate("MeetingWords", "Tribunal or hearing"),
        MeetingKind.OTHER: QCoreApplication.translate("MeetingWords", "Meeting"),
    }
    return words[kind]


def when_words(starts_at: datetime, now: datetime, locale: QLocale) -> str:
    """'Today at 10:30', 'Tomorrow at 10:30' or 'Tuesday 1 December at 10:30', in local time."""
    local = starts_at.astimezone()
    today = now.astimezone().date()
    day = QDate(local.year, local.month, local.day)
    time = f"{local:%H:%M}"
    days_away = (local.date() - today).days
    if days_away == 0:
        return QCoreApplication.translate("MeetingWords", "Today at {time}").format(time=time)
    if days_away == 1:
        return QCoreApplication.translate("MeetingWords", "Tomorrow at {time}").format(time=time)
    date = locale.toString(day, "dddd d MMMM")
    return QCoreApplication.translate("MeetingWords", "{date} at {time}").format(date=date, time=time)


def meeting_sentence(meeting: MeetingInfo, now: datetime, locale: QLocale) -> str:
    return QCoreApplication.translate("MeetingWords", "My next meeting: {kind}. {when}.").format(
        kind=kind_words(meeting.kind), when=when_words(meeting.starts_at, now, locale)
    )
