"""The report's words in English and Welsh. The services cannot use Qt's translations, so the few words
a PDF needs live here; a kind or field with no words here is shown by its plain name."""

from __future__ import annotations

from datetime import date, datetime

from coprod_desktop.services.app_words import AppWords
from coprod_desktop.symbols.catalogue import SymbolCatalogue

LANGUAGES = ("en", "cy")

_EN: dict[str, str] = {
    "title": "My Say: export to staff",
    "for_ward": "For the staff of {name}",
    "for_person": "For the care team of {name}",
    "for_council": "For the patients' council, without names: {name}",
    "period": "From {start} to {end}",
    "made": "Made on {when}",
    "consent": (
        "Only what each person agreed to share is in this report. "
        "Anything they keep just for themselves has been left out."
    ),
    "counts": "What is in it",
    "nothing": "Nothing to show for this period.",
    "no_name": "Someone who asked for their name to be left out",
    "ward_fact": "The ward",
    "page": "Page {page} of {pages}",
    "kind.person": "People",
    "kind.meeting": "Meetings",
    "kind.preferences": "How people like to communicate",
    "kind.topic": "What they want to say at their meetings",
    "kind.thank_you": "Thank-yous",
    "kind.action": "You said, we did",
    "kind.say_view": "Views given in SAY groups",
    "council.say_view": "Words people agreed the council may hear, from SAY groups",
    "council.action": "Ideas people agreed the council may hear",
    "council.topic": "What people shared for the council, without their name",
    "not_named": "Not named",
    "field.to": "To",
    "field.to_picture": "To (the picture they chose)",
    "field.to_name_recorded": "Their name said in the author's own voice",
    "field.said_with_symbols": "Said with symbols",
    "field.own_voice_recorded": "Said in their own voice",
    "field.reasons": "Why",
    "field.delivery": "How",
    "field.on_wall": "On the thank-you wall",
    "field.read_out": "Read out",
    "field.you_said": "You said",
    "field.source": "Raised as",
    "field.status": "Status",
    "field.reply": "We did",
    "field.reason": "Why not",
    "field.staff_owner": "Who is doing it",
    "field.due_on": "To be done by",
    "field.raised_on": "Raised",
    "field.changed_on": "Last changed",
    "field.changes": "Changes",
    "field.group_on": "SAY group on",
    "field.action_status": "Action from it",
    "value.read_out": "read out at the mutual help meeting",
    "value.just_send": "just sent",
    "value.idea": "an idea",
    "value.not_happy": "something they are not happy about",
    "value.say_group": "a view in a SAY group",
    "value.red": "Red: we can't do this",
    "value.amber": "Amber: we are working on it",
    "value.green": "Green: done",
    "value.helped_me": "helped me",
    "value.listened": "listened to me",
    "value.made_me_laugh": "made me laugh",
    "value.was_kind": "was kind",
    "value.shared": "shared with me",
    "value.calmed_me": "calmed me down",
    "value.taught_me": "taught me something",
    "value.something_else": "something else",
    "field.topic": "Topic",
    "field.rating": "How they feel about it",
    "field.state": "Progress",
    "field.their_words": "In their own words",
    "field.staff_wrote_what_they_said": "Staff wrote down what they said",
    "field.staff_notes": "Staff note",
    "field.symbols": "Symbols",
    "field.pictures": "Pictures",
    "value.good": "good",
    "value.not_sure": "not sure",
    "value.not_good": "not good",
    "value.open": "not finished",
    "value.done": "done",
    "value.skipped": "skipped",
    "field.role": "Role",
    "field.ward": "Ward",
    "field.ward_rep": "Ward rep",
    "field.archived": "No longer on the ward",
    "field.meeting_id": "Meeting number",
    "field.meeting_kind": "Meeting",
    "field.starts_at": "When",
    "field.title": "Title",
    "field.speech_on": "Speech",
    "field.voice": "Voice",
    "field.words_per_minute": "Words a minute",
    "field.text_size": "Text size",
    "field.high_contrast": "High contrast",
    "field.language": "Language",
    "field.symbols_on": "Symbols",
    "value.yes": "yes",
    "value.no": "no",
    "value.patient": "patient",
    "value.staff": "staff",
    "value.cpa": "CPA meeting",
    "value.ctr": "Care and Treatment Review",
    "value.ward_round": "Ward round",
    "value.tribunal": "Tribunal or hearing",
    "value.other": "Meeting",
    "value.normal": "normal",
    "value.large": "large",
    "value.largest": "largest",
    "value.en": "English",
    "value.cy": "Welsh",
    "kind.prem": "Answers to the experience questions",
    "kind.council_pack": "Recovery council packs",
    "kind.partnership": "The team's partnership self-checks",
    "field.item_key": "Question",
    "field.question": "Asked as",
    "field.version": "Version of the questions",
    "field.score": "Score",
    "field.skipped": "Skipped",
    "field.period_from": "About the time from",
    "field.period_to": "To",
    "field.pack_status": "Pack",
    "field.themes": "Themes chosen",
    "field.statuses_chosen": "You said, we did colours chosen",
    "field.quotes": "Quotes",
    "field.points": "The ward rep's points",
    "field.answers": "Answers from the council",
    "field.taken_on": "Taken to the council",
    "field.rated": "Practices rated",
    "field.level_foundation": "Laying the foundation (%)",
    "field.level_skills": "Identifying and building skills (%)",
    "field.level_partnership": "Working in partnership (%)",
    "value.draft": "being put together",
    "value.taken": "taken to the council",
    "value.answered": "answered by the council",
}

_CY: dict[str, str] = {
    "title": "My Say: allforio i staff",
    "for_ward": "I staff {name}",
    "for_person": "I dîm gofal {name}",
    "for_council": "I gyngor y cleifion, heb enwau: {name}",
    "period": "O {start} i {end}",
    "made": "Wedi'i wneud ar {when}",
    "consent": (
        "Dim ond yr hyn y cytunodd pob person i'w rannu sydd yn yr adroddiad hwn. "
        "Mae unrhyw beth maen nhw'n ei gadw iddyn nhw eu hunain wedi'i adael allan."
    ),
    "counts": "Beth sydd ynddo",
    "nothing": "Dim byd i'w ddangos ar gyfer y cyfnod hwn.",
    "no_name": "Rhywun a ofynnodd am gadw'r enw allan",
    "ward_fact": "Y ward",
    "page": "Tudalen {page} o {pages}",
    "kind.person": "Pobl",
    "kind.meeting": "Cyfarfodydd",
    "kind.preferences": "Sut mae pobl yn hoffi cyfathrebu",
    "kind.topic": "Beth maen nhw eisiau ei ddweud yn eu cyfarfodydd",
    "kind.thank_you": "Diolchiadau",
    "kind.action": "Dywedoch chi, gwnaethon ni",
    "kind.say_view": "Barn a roddwyd mewn grwpiau SAY",
    "council.say_view": "Geiriau y cytunodd pobl y caiff y cyngor eu clywed, o grwpiau SAY",
    "council.action": "Syniadau y cytunodd pobl y caiff y cyngor eu clywed",
    "council.topic": "Beth rannodd pobl i'r cyngor, heb eu henw",
    "not_named": "Heb ei enwi",
    "field.to": "I",
    "field.to_picture": "I (y llun a ddewison nhw)",
    "field.to_name_recorded": "Yr enw yn llais yr awdur ei hun",
    "field.said_with_symbols": "Wedi'i ddweud gyda symbolau",
    "field.own_voice_recorded": "Wedi'i ddweud yn eu llais eu hunain",
    "field.reasons": "Pam",
    "field.delivery": "Sut",
    "field.on_wall": "Ar y wal ddiolch",
    "field.read_out": "Wedi'i ddarllen allan",
    "field.you_said": "Dywedoch chi",
    "field.source": "Wedi'i godi fel",
    "field.status": "Statws",
    "field.reply": "Gwnaethon ni",
    "field.reason": "Pam ddim",
    "field.staff_owner": "Pwy sy'n ei wneud",
    "field.due_on": "I'w wneud erbyn",
    "field.raised_on": "Wedi'i godi",
    "field.changed_on": "Newidiwyd ddiwethaf",
    "field.changes": "Newidiadau",
    "field.group_on": "Grŵp SAY ar",
    "field.action_status": "Cam gweithredu ohono",
    "value.read_out": "wedi'i ddarllen allan yn y cyfarfod cyd-gymorth",
    "value.just_send": "wedi'i anfon yn unig",
    "value.idea": "syniad",
    "value.not_happy": "rhywbeth nad ydyn nhw'n hapus amdano",
    "value.say_group": "barn mewn grŵp SAY",
    "value.red": "Coch: allwn ni ddim gwneud hyn",
    "value.amber": "Ambr: rydyn ni'n gweithio arno",
    "value.green": "Gwyrdd: wedi'i wneud",
    "value.helped_me": "wedi fy helpu",
    "value.listened": "wedi gwrando arna i",
    "value.made_me_laugh": "wedi gwneud i mi chwerthin",
    "value.was_kind": "yn garedig",
    "value.shared": "wedi rhannu gyda fi",
    "value.calmed_me": "wedi fy nhawelu",
    "value.taught_me": "wedi dysgu rhywbeth i mi",
    "value.something_else": "rhywbeth arall",
    "field.topic": "Pwnc",
    "field.rating": "Sut maen nhw'n teimlo amdano",
    "field.state": "Cynnydd",
    "field.their_words": "Yn eu geiriau eu hunain",
    "field.staff_wrote_what_they_said": "Ysgrifennodd staff beth ddywedon nhw",
    "field.staff_notes": "Nodyn staff",
    "field.symbols": "Symbolau",
    "field.pictures": "Lluniau",
    "value.good": "da",
    "value.not_sure": "ddim yn siŵr",
    "value.not_good": "ddim yn dda",
    "value.open": "heb orffen",
    "value.done": "wedi'i wneud",
    "value.skipped": "wedi'i hepgor",
    "field.role": "Rôl",
    "field.ward": "Ward",
    "field.ward_rep": "Cynrychiolydd y ward",
    "field.archived": "Ddim ar y ward mwyach",
    "field.meeting_id": "Rhif y cyfarfod",
    "field.meeting_kind": "Cyfarfod",
    "field.starts_at": "Pryd",
    "field.title": "Teitl",
    "field.speech_on": "Llais",
    "field.voice": "Llais darllen",
    "field.words_per_minute": "Geiriau'r funud",
    "field.text_size": "Maint y testun",
    "field.high_contrast": "Cyferbyniad uchel",
    "field.language": "Iaith",
    "field.symbols_on": "Symbolau",
    "value.yes": "ie",
    "value.no": "na",
    "value.patient": "claf",
    "value.staff": "staff",
    "value.cpa": "Cyfarfod CPA",
    "value.ctr": "Adolygiad Gofal a Thriniaeth",
    "value.ward_round": "Rownd y ward",
    "value.tribunal": "Tribiwnlys neu wrandawiad",
    "value.other": "Cyfarfod",
    "value.normal": "arferol",
    "value.large": "mawr",
    "value.largest": "mwyaf",
    "value.en": "Saesneg",
    "value.cy": "Cymraeg",
    "kind.prem": "Atebion i'r cwestiynau profiad",
    "kind.council_pack": "Pecynnau'r cyngor adfer",
    "kind.partnership": "Hunanwiriadau partneriaeth y tîm",
    "field.item_key": "Cwestiwn",
    "field.question": "Wedi'i ofyn fel",
    "field.version": "Fersiwn y cwestiynau",
    "field.score": "Sgôr",
    "field.skipped": "Wedi'i hepgor",
    "field.period_from": "Am y cyfnod o",
    "field.period_to": "I",
    "field.pack_status": "Pecyn",
    "field.themes": "Themâu a ddewiswyd",
    "field.statuses_chosen": "Lliwiau Dywedoch chi, gwnaethon ni a ddewiswyd",
    "field.quotes": "Dyfyniadau",
    "field.points": "Pwyntiau cynrychiolydd y ward",
    "field.answers": "Atebion gan y cyngor",
    "field.taken_on": "Aed ag ef i'r cyngor",
    "field.rated": "Arferion a sgoriwyd",
    "field.level_foundation": "Gosod y sylfaen (%)",
    "field.level_skills": "Nodi a meithrin sgiliau (%)",
    "field.level_partnership": "Gweithio mewn partneriaeth (%)",
    "value.draft": "yn cael ei roi at ei gilydd",
    "value.taken": "aed ag ef i'r cyngor",
    "value.answered": "wedi'i ateb gan y cyngor",
}

_MONTHS = {
    "en": [
        *("January", "February", "March", "April", "May", "June"),
        *("July", "August", "September", "October", "November", "December"),
    ],
    "cy": [
        *("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin"),
        *("Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"),
    ],
}

_VALUE_FIELDS = {
    "role",
    "meeting_kind",
    "text_size",
    "language",
    "ward_rep",
    "archived",
    "rating",
    "state",
    "delivery",
    "source",
    "status",
    "action_status",
    "pack_status",
}
"""Fields whose values are our own codes (not typed text), so they can be put in words."""
_YES_NO_FIELDS = {
    *("ward_rep", "archived", "speech_on", "high_contrast", "symbols_on", "on_wall", "read_out"),
    *("skipped", "to_name_recorded", "own_voice_recorded"),
}
_LIST_FIELDS = {"reasons"}
"""Fields holding a comma-separated list of our own codes."""


class ReportWords:
    def __init__(self, language: str = "en") -> None:
        self.language = language if language in LANGUAGES else "en"
        self._words = _CY if self.language == "cy" else _EN
        self._app: AppWords | None = None

    @property
    def app(self) -> AppWords:
        """Our default topics and questions in the report's language (read when first needed)."""
        if self._app is None:
            label = SymbolCatalogue.load().label if self.language != "en" else None
            self._app = AppWords(self.language, label)
        return self._app

    def __call__(self, key: str, **values: object) -> str:
        words = self._words.get(key, _EN.get(key, key))
        return words.format(**values) if values else words

    def kind(self, kind: str, *, council: bool = False) -> str:
        """A kind's heading; for the council, what it holds there (quotes, not every view)."""
        if council and f"council.{kind}" in _EN:
            return self._words.get(f"council.{kind}", _EN[f"council.{kind}"])
        return self._words.get(f"kind.{kind}", _EN.get(f"kind.{kind}", kind.replace("_", " ").capitalize()))

    def field(self, name: str) -> str:
        return self._words.get(f"field.{name}", _EN.get(f"field.{name}", name.replace("_", " ").capitalize()))

    def value(self, name: str, value: object) -> str:
        """A field's value in words; typed text is shown as it is (our own default topics and
        questions in the report's language)."""
        if value is None:
            return "-"
        if name == "starts_at" and isinstance(value, str):
            try:
                return self.date_time(datetime.fromisoformat(value))
            except ValueError:
                return value
        if name == "topic" and isinstance(value, str):
            return self.app.topic(value)
        if name == "question" and isinstance(value, str):
            return self.app.question(value)
        if name in _VALUE_FIELDS | _YES_NO_FIELDS:
            return self._words.get(f"value.{value}", str(value))
        if name in _LIST_FIELDS and isinstance(value, str):
            return ", ".join(
                self._words.get(f"value.{code.strip()}", code.strip()) for code in value.split(",")
            )
        return str(value)

    def day(self, when: date) -> str:
        return f"{when.day} {_MONTHS[self.language][when.month - 1]} {when.year}"

    def month(self, when: date) -> str:
        """'July 2026': the most exact time anything anonymous for the council shows."""
        return f"{_MONTHS[self.language][when.month - 1]} {when.year}"

    def date_time(self, when: datetime) -> str:
        local = when.astimezone()
        return f"{self.day(local.date())}, {local:%H:%M}"
