"""The slideshow's own words in English and Welsh.

Services cannot use Qt's translations, so the few fixed words a shared slideshow needs live here, as
the export report's do (services.export.words). Slides speak as the person ("My words"); speaker
notes and the handout speak about them ("Sam's own words"), so whose words they are is always said.
"""

from __future__ import annotations

from datetime import date

LANGUAGES = ("en", "cy")

_EN: dict[str, str] = {
    "heading": "What I want to say at my {meeting}",
    "meeting.cpa": "CPA",
    "meeting.ctr": "Care and Treatment Review",
    "meeting.ward_round": "ward round",
    "meeting.tribunal": "tribunal or hearing",
    "meeting.other": "meeting",
    "meeting.next": "next meeting",
    "for.care_team": "For my care team",
    "for.family": "For {name}",
    "made": "Made on {day}",
    "more": "{title} (more)",
    "rating.good": "Good",
    "rating.not_sure": "Not sure",
    "rating.not_good": "Not good",
    "label.mine": "My words",
    "label.staff_typed": "{staff} wrote down what I said",
    "label.staff_note": "Note by {staff}",
    "note.mine": "{person}'s own words",
    "note.staff_typed": "{staff} wrote down what {person} said",
    "note.staff_note": "Staff note by {staff}",
    "note.rating": "How {person} feels about this: {rating}",
    "note.symbols": "Symbols {person} chose: {symbols}",
    "note.pictures": "Pictures on this slide: {count}",
    "note.recording": "{person} made a recording about this. It is kept in My Say: play it from there.",
    "note.title": "{person}: {heading}. {when}",
    "note.title_more": "The long title in full: {title}",
    "recording": "There is a recording of {person} about this in My Say.",
    "a_staff_member": "A member of staff",
    "photo": "Photo of {person}",
    "picture": "A picture {person} chose",
}

_CY: dict[str, str] = {
    "heading": "Beth rydw i eisiau ei ddweud: {meeting}",
    "meeting.cpa": "Cyfarfod CPA",
    "meeting.ctr": "Adolygiad Gofal a Thriniaeth",
    "meeting.ward_round": "Rownd y ward",
    "meeting.tribunal": "Tribiwnlys neu wrandawiad",
    "meeting.other": "Cyfarfod",
    "meeting.next": "Fy nghyfarfod nesaf",
    "for.care_team": "I fy nhîm gofal",
    "for.family": "I {name}",
    "made": "Wedi'i wneud ar {day}",
    "more": "{title} (mwy)",
    "rating.good": "Da",
    "rating.not_sure": "Ddim yn siŵr",
    "rating.not_good": "Ddim yn dda",
    "label.mine": "Fy ngeiriau i",
    "label.staff_typed": "Ysgrifennodd {staff} beth ddywedais i",
    "label.staff_note": "Nodyn gan {staff}",
    "note.mine": "Geiriau {person} ei hun",
    "note.staff_typed": "Ysgrifennodd {staff} beth ddywedodd {person}",
    "note.staff_note": "Nodyn staff gan {staff}",
    "note.rating": "Sut mae {person} yn teimlo am hyn: {rating}",
    "note.symbols": "Symbolau a ddewisodd {person}: {symbols}",
    "note.pictures": "Lluniau ar y sleid hon: {count}",
    "note.recording": "Gwnaeth {person} recordiad am hyn. Mae yn My Say: chwaraewch e oddi yno.",
    "note.title": "{person}: {heading}. {when}",
    "note.title_more": "Y teitl hir yn llawn: {title}",
    "recording": "Mae recordiad o {person} am hyn yn My Say.",
    "a_staff_member": "Aelod o staff",
    "photo": "Llun o {person}",
    "picture": "Llun a ddewisodd {person}",
}

_DAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "cy": ("Dydd Llun", "Dydd Mawrth", "Dydd Mercher", "Dydd Iau", "Dydd Gwener", "Dydd Sadwrn", "Dydd Sul"),
}
_MONTHS = {
    "en": (
        *("January", "February", "March", "April", "May", "June"),
        *("July", "August", "September", "October", "November", "December"),
    ),
    "cy": (
        *("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin"),
        *("Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"),
    ),
}


class DeckWords:
    """Fixed words for one language; English stands in for anything missing."""

    def __init__(self, language: str = "en") -> None:
        self.language = language if language in LANGUAGES else "en"
        self._words = _CY if self.language == "cy" else _EN

    def __call__(self, key: str, **values: object) -> str:
        words = self._words.get(key, _EN[key])
        return words.format(**values) if values else words

    def day(self, when: date) -> str:
        """'Tuesday 1 December 2026': the day in words, as people say it."""
        weekday = _DAYS[self.language][when.weekday()]
        return f"{weekday} {when.day} {_MONTHS[self.language][when.month - 1]} {when.year}"
