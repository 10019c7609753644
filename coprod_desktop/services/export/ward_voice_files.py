"""The ward's voice in the staff export: thank-yous, You said, we did and SAY group minutes.

Three export sources, each going through the same consent gate as topics (services.consent.allowed):

- "thank_you": owned by its author. It reaches the author's care team when the author chose to have
  it read out at the mutual help meeting or put on the ward's wall (they meant others to hear it);
  a thank-you that was "just sent" stays between the two people, like "just me", and never leaves.
- "action": a You said, we did action, owned by the person who raised it and always shared without
  their name (council-anonymous), like a view on a board on the ward wall.
- "say_view": a view given in a SAY group, owned by the person who gave it, also always anonymous.

Actions and views are about the ward, not one person, so they are only in ward exports: in an export
about one named person an "anonymous" view would be anonymous in name only.

Besides the items (in the report, the JSON and a CSV per kind), the bundle gets files staff can put
in front of people: `say-groups/<day>-minutes.pdf` and `.csv` for each group held, and
`you-said-we-did.pdf` and `.csv` (every action, its status in words, reply, reason and history), and
`thank-yous.csv`. Each is built only from items the gate let through. Anonymous files name no
patient: the owner is dropped by the gate, history steps show only staff names, and where words
staff typed for a person name that person ("Lee said ..."), the name becomes "someone".
"""

from __future__ import annotations

import functools
import re
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from coprod_desktop.services.actions import ActionRecord, ChangeRecord, action_record
from coprod_desktop.services.consent import Audience, AudienceKind, ExportItem, Scrub, allowed
from coprod_desktop.services.disclosure import NameScrubber, every_name
from coprod_desktop.services.export.bundle import BundleFile
from coprod_desktop.services.export.csv_safe import csv_bytes
from coprod_desktop.services.export.for_council import summary_files
from coprod_desktop.services.export.sources import Scope, ScopeKind, people_in_scope, register
from coprod_desktop.services.export.topic_source import STAFF_WORDS, WORD_FIELDS
from coprod_desktop.services.export.words import ReportWords
from coprod_desktop.services.say_groups import Minutes, SayGroupService, TopicMinutes, ViewInfo
from coprod_desktop.services.ward_pictures import picture_uuid
from coprod_desktop.store.engine import SessionFactory
from coprod_desktop.store.kinds import ActionStatus, Rating, Role, Sharing, ThankDelivery
from coprod_desktop.store.models import Person, SayGroup, ThankYou, WardAction, WardPicture
from coprod_desktop.symbols.catalogue import SymbolCatalogue

if TYPE_CHECKING:  # the report and PDF modules import the sources, which import this module
    from coprod_desktop.services.export.pdf_report import _Report
    from coprod_desktop.services.export.report import ExportReport

THANKS_KIND = "thank_you"
ACTION_KIND = "action"
VIEW_KIND = "say_view"

MINUTES_FOLDER = "say-groups"
BOARD_NAME = "you-said-we-did"
THANKS_NAME = "thank-yous"

STATUS_ORDER = (ActionStatus.AMBER, ActionStatus.GREEN, ActionStatus.RED)
"""Board order: what is being worked on first, then what was done, then what cannot be done."""
RATINGS = (Rating.GOOD, Rating.NOT_SURE, Rating.NOT_GOOD)

# --- words ----------------------------------------------------------------------------------------
# The services cannot use Qt's translations; like services.export.words, the few words these files
# need live here, in English and Welsh.

_EN: dict[str, str] = {
    "minutes.title": "SAY group minutes",
    "minutes.heading": "{ward}: {day}",
    "minutes.led_by": "Led by {name}",
    "minutes.people": "People who gave their views: {count}",
    "minutes.no_names": "Views are shown without names.",
    "minutes.open": "This group is still open, so more views may come.",
    "minutes.counts": "Good: {good} · Not sure: {not_sure} · Not good: {not_good}",
    "minutes.views": "Views: {count}",
    "minutes.no_views": "No views on this topic.",
    "minutes.actions": "What we are doing about it",
    "board.title": "You said, we did",
    "board.no_names": "The people who raised these are not named.",
    "board.none": "Nothing was raised in this period.",
    "board.you_said": "You said: {words}",
    "board.reply": "Our reply: {words}",
    "board.reason": "Why not: {words}",
    "board.owner": "Who is doing it: {name}",
    "board.due": "Due by {day}",
    "board.dates": "Raised {raised} · Last changed {changed}",
    "status.red": "Red",
    "status.amber": "Amber",
    "status.green": "Green",
    "status_words.red": "We can't do this",
    "status_words.amber": "We are working on it",
    "status_words.green": "Done",
    "status.line": "{colour}: {words}",
    "status.count": "{colour} ({words}): {count}",
    "rating.good": "Good",
    "rating.not_sure": "Not sure",
    "rating.not_good": "Not good",
    "rating.none": "No rating",
    "whose.their_words": "in their own words",
    "whose.staff_wrote_what_they_said": "staff wrote down what they said",
    "whose.staff_notes": "staff note",
    "symbols": "Symbols: {symbols}",
    "source.idea": "An idea",
    "source.not_happy": "Something they were not happy about",
    "source.say_group": "A SAY group",
    "source.staff": "Staff",
    "source.council": "The recovery council",
    "reason.helped_me": "Helped me",
    "reason.listened": "Listened to me",
    "reason.made_me_laugh": "Made me laugh",
    "reason.was_kind": "Was kind",
    "reason.shared": "Shared with me",
    "reason.calmed_me": "Calmed me down",
    "reason.taught_me": "Taught me something",
    "reason.something_else": "Something else",
    "yes": "yes",
    "no": "no",
    "someone": "someone",
    "Someone": "Someone",
}

_CY: dict[str, str] = {
    "minutes.title": "Cofnodion y grŵp SAY",
    "minutes.heading": "{ward}: {day}",
    "minutes.led_by": "Arweinydd: {name}",
    "minutes.people": "Pobl a roddodd eu barn: {count}",
    "minutes.no_names": "Mae'r farn yn cael ei dangos heb enwau.",
    "minutes.open": "Mae'r grŵp hwn yn dal ar agor, felly gall mwy o farn ddod.",
    "minutes.counts": "Da: {good} · Ddim yn siŵr: {not_sure} · Ddim yn dda: {not_good}",
    "minutes.views": "Barn: {count}",
    "minutes.no_views": "Dim barn ar y pwnc hwn.",
    "minutes.actions": "Beth rydyn ni'n ei wneud amdano",
    "board.title": "Dywedoch chi, gwnaethon ni",
    "board.no_names": "Nid yw enwau'r bobl a gododd y rhain yn cael eu dangos.",
    "board.none": "Ni chodwyd dim yn y cyfnod hwn.",
    "board.you_said": "Dywedoch chi: {words}",
    "board.reply": "Ein hateb: {words}",
    "board.reason": "Pam lai: {words}",
    "board.owner": "Pwy sy'n ei wneud: {name}",
    "board.due": "Erbyn {day}",
    "board.dates": "Codwyd {raised} · Newidiwyd ddiwethaf {changed}",
    "status.red": "Coch",
    "status.amber": "Ambr",
    "status.green": "Gwyrdd",
    "status_words.red": "Allwn ni ddim gwneud hyn",
    "status_words.amber": "Rydyn ni'n gweithio arno",
    "status_words.green": "Wedi gorffen",
    "status.line": "{colour}: {words}",
    "status.count": "{colour} ({words}): {count}",
    "rating.good": "Da",
    "rating.not_sure": "Ddim yn siŵr",
    "rating.not_good": "Ddim yn dda",
    "rating.none": "Dim sgôr",
    "whose.their_words": "yn eu geiriau eu hunain",
    "whose.staff_wrote_what_they_said": "ysgrifennodd staff beth ddywedon nhw",
    "whose.staff_notes": "nodyn staff",
    "symbols": "Symbolau: {symbols}",
    "source.idea": "Syniad",
    "source.not_happy": "Rhywbeth nad oedden nhw'n hapus amdano",
    "source.say_group": "Grŵp SAY",
    "source.staff": "Staff",
    "source.council": "Y cyngor adferiad",
    "reason.helped_me": "Wedi fy helpu",
    "reason.listened": "Wedi gwrando arna i",
    "reason.made_me_laugh": "Wedi gwneud i mi chwerthin",
    "reason.was_kind": "Yn garedig",
    "reason.shared": "Wedi rhannu gyda fi",
    "reason.calmed_me": "Wedi fy helpu i dawelu",
    "reason.taught_me": "Wedi dysgu rhywbeth i mi",
    "reason.something_else": "Rhywbeth arall",
    "yes": "ie",
    "no": "na",
    "someone": "rhywun",
    "Someone": "Rhywun",
}


class VoiceWords:
    """Words for these files in the report's language (English when a word is missing)."""

    def __init__(self, language: str = "en") -> None:
        self.report = ReportWords(language)
        self._words = _CY if self.report.language == "cy" else _EN

    def __call__(self, key: str, **values: object) -> str:
        words = self._words.get(key, _EN.get(key, key))
        return words.format(**values) if values else words

    def status(self, status: str) -> str:
        """'Red: We can't do this': the colour is always said with what it means."""
        return self("status.line", colour=self(f"status.{status}"), words=self(f"status_words.{status}"))

    def count(self, status: ActionStatus, count: int) -> str:
        """'Amber (We are working on it): 2', for the board's summary and headings."""
        return self(
            "status.count",
            colour=self(f"status.{status.value}"),
            words=self(f"status_words.{status.value}"),
            count=count,
        )

    def day(self, when: date | None) -> str:
        return self.report.day(when) if when is not None else ""


# --- names out of anonymous words -----------------------------------------------------------------


def without_name(text: str | None, name: str | None, words: VoiceWords | None = None) -> str | None:
    """The text with `name` (a whole word, any case) put as "someone", so words staff typed about a
    person ("Lee said the portions are small") do not name them where they are shared anonymously."""
    if not text or not name or not name.strip():
        return text
    said = words or VoiceWords()
    pattern = re.compile(rf"(?<!\w){re.escape(name.strip())}(?!\w)", re.IGNORECASE)

    def swap(found: re.Match[str]) -> str:
        before = text[: found.start()].rstrip()
        starts = not before or before[-1] in ".!?\n"
        return said("Someone") if starts else said("someone")

    return pattern.sub(swap, text)


def _day(when: datetime | None) -> date | None:
    return when.astimezone().date() if when is not None else None


def _iso_day(when: datetime | None) -> str | None:
    day = _day(when)
    return day.isoformat() if day is not None else None


def _yes_no(value: bool) -> str:
    return "yes" if value else "no"


def _ward_of(scope: Scope) -> uuid.UUID | None:
    """Actions and views belong to a ward: only a ward export has them."""
    return scope.id if scope.kind is ScopeKind.WARD else None


def _people(session: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID, Person]:
    ids.discard(None)  # type: ignore[arg-type]
    if not ids:
        return {}
    return {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(ids)))}


def _staff_name(people: dict[uuid.UUID, Person], person_id: uuid.UUID | None) -> str | None:
    """A member of staff's name; never a patient's (the raiser must stay unnamed)."""
    person = people.get(person_id) if person_id is not None else None
    return person.called if person is not None and person.role is Role.STAFF else None


# --- thank-yous ---------------------------------------------------------------------------------


@functools.cache
def _catalogue() -> SymbolCatalogue:
    return SymbolCatalogue.load()


def picture_word(session: Session, symbol_id: str | None) -> str | None:
    """The words for a picture someone chose to show who they thanked: a ward picture's own word (staff
    gave it), or a symbol's English label; its id when neither is known (never nothing at all)."""
    if not symbol_id:
        return None
    library = picture_uuid(symbol_id)
    if library is not None:
        word = session.scalar(select(WardPicture.word).where(WardPicture.id == library))
        return word or symbol_id
    try:
        return _catalogue().label(symbol_id, "en") or symbol_id
    except (OSError, ValueError):  # no manifest: the id still says which picture it was
        return symbol_id


def thanks_sharing(delivery: ThankDelivery, show_on_wall: bool) -> Sharing:
    """Read out or on the wall: meant to be heard, so the care team may see it. Else just the author."""
    if delivery is ThankDelivery.READ_OUT or show_on_wall:
        return Sharing.CARE_TEAM
    return Sharing.JUST_ME


class ThankYouSource:
    kind = THANKS_KIND

    def collect(
        self, session_factory: SessionFactory, scope: Scope, start: datetime, end: datetime
    ) -> Iterator[ExportItem]:
        with session_factory() as session:
            authors = {person.id: person for person in people_in_scope(session, scope)}
            rows = list(
                session.scalars(
                    select(ThankYou)
                    .where(
                        ThankYou.author_id.in_(list(authors)),
                        ThankYou.created_at >= start,
                        ThankYou.created_at < end,
                    )
                    .order_by(ThankYou.created_at, ThankYou.id)
                )
            )
            recipients = _people(session, {r.to_person_id for r in rows if r.to_person_id})
            for row in rows:
                author = authors[row.author_id]
                recipient = recipients.get(row.to_person_id) if row.to_person_id else None
                words: dict[str, str | None] = dict.fromkeys(WORD_FIELDS.values())
                if row.words and row.whose is not None:
                    words[WORD_FIELDS[row.whose]] = row.words
                yield ExportItem(
                    kind=self.kind,
                    owner_id=author.id,
                    owner_name=author.called,
                    ward_id=author.ward_id,
                    at=row.created_at,
                    sharing=thanks_sharing(row.delivery, row.show_on_wall),
                    fields={
                        "to": recipient.called if recipient is not None else (row.to_name or None),
                        # Someone else shown by a picture or named in the author's voice.
                        "to_picture": picture_word(session, row.to_symbol_id) if not recipient else None,
                        "to_symbol_id": row.to_symbol_id if recipient is None else None,
                        "to_name_recorded": "yes" if row.to_recording_file and not recipient else None,
                        "reasons": ", ".join(row.reasons) or None,
                        **words,
                        "said_with_symbols": " ".join(row.said_symbols or ()) or None,
                        "own_voice_recorded": "yes" if row.recording_file else None,
                        "delivery": row.delivery.value,
                        "on_wall": _yes_no(row.show_on_wall),
                        "read_out": _yes_no(row.read_out_at is not None),
                    },
                    identifying=frozenset({"to", "to_picture", "to_symbol_id", "to_name_recorded"}),
                )


def thanks_csv(items: Sequence[ExportItem], language: str = "en") -> bytes:
    """thank-yous.csv: one row per thank-you that passed the gate, with the reasons in words."""
    words = VoiceWords(language)
    header = [
        "said_on",
        "from",
        "to",
        "to_picture",
        "to_name_in_their_voice",
        "why",
        "their_words",
        "staff_wrote_what_they_said",
        "said_with_symbols",
        "own_voice_recorded",
        "read_out_at_mutual_help",
        "on_the_wall",
        "read_out_yet",
    ]
    rows = []
    for item in items:
        reasons = str(item.fields.get("reasons") or "")
        rows.append(
            [
                item.at.astimezone().date().isoformat(),
                item.owner_name or "",
                item.fields.get("to") or "",
                item.fields.get("to_picture") or "",
                words(str(item.fields.get("to_name_recorded") or "no")),
                ", ".join(words(f"reason.{code}") for code in reasons.split(", ") if code),
                item.fields.get("their_words") or "",
                item.fields.get("staff_wrote_what_they_said") or "",
                item.fields.get("said_with_symbols") or "",
                words(str(item.fields.get("own_voice_recorded") or "no")),
                words("yes") if item.fields.get("delivery") == ThankDelivery.READ_OUT.value else words("no"),
                words(str(item.fields.get("on_wall") or "no")),
                words(str(item.fields.get("read_out") or "no")),
            ]
        )
    return csv_bytes(header, rows)


# --- You said, we did -------------------------------------------------------------------------------


@dataclass(frozen=True)
class BoardEntry:
    """One action with what the files need; the raiser's name is kept only to take it out of words."""

    record: ActionRecord
    raiser_name: str | None
    owner_name: str | None
    history: tuple[ChangeRecord, ...]
    history_by: tuple[str | None, ...]
    """Who set each step, when they are staff; None for anyone else."""


def board_entries(
    session_factory: SessionFactory, ward_id: uuid.UUID, start: datetime, end: datetime
) -> list[BoardEntry]:
    """Actions on the ward raised before the period ended and changed in it or since, plus any still
    being worked on (Amber stays on the board whatever the dates). Oldest raised first. Only what is
    on the board: an idea staff have not looked at, or a worry (staff only), is not."""
    query = (
        select(WardAction)
        .where(
            WardAction.ward_id == ward_id,
            WardAction.on_board.is_(True),
            WardAction.created_at < end,
            or_(WardAction.updated_at >= start, WardAction.status == ActionStatus.AMBER),
        )
        .order_by(WardAction.created_at, WardAction.id)
    )
    with session_factory() as session:
        rows = list(session.scalars(query))
        ids: set[uuid.UUID] = set()
        for row in rows:
            ids.update(i for i in (row.raised_by_id, row.owner_id) if i is not None)
            ids.update(c.by_id for c in row.changes if c.by_id is not None)
        people = _people(session, ids)
        entries = []
        for row in rows:
            raiser = people.get(row.raised_by_id) if row.raised_by_id else None
            changes = sorted(row.changes, key=lambda c: (c.at, c.created_at))
            entries.append(
                BoardEntry(
                    record=action_record(row),
                    raiser_name=raiser.called if raiser is not None else None,
                    owner_name=_staff_name(people, row.owner_id),
                    history=tuple(ChangeRecord(c.at, c.by_id, c.status, c.reply, c.reason) for c in changes),
                    history_by=tuple(_staff_name(people, c.by_id) for c in changes),
                )
            )
    return entries


def action_item(entry: BoardEntry, words: VoiceWords | None = None) -> ExportItem:
    """The action as an export item: owned by its raiser, always shared without their name."""
    record, name = entry.record, entry.raiser_name
    return ExportItem(
        kind=ACTION_KIND,
        owner_id=record.raised_by_id,
        owner_name=name,
        ward_id=record.ward_id,
        at=record.changed_at,
        sharing=Sharing.COUNCIL_ANONYMOUS,
        ward_shared=True,
        free_text=frozenset({"you_said", "reply", "reason"}),
        # The council hears an idea only as a quote its owner said yes to (services.disclosure).
        not_for_council=frozenset(
            {
                "you_said",
                "said_with_symbols",
                "own_voice_recorded",
                "reply",
                "reason",
                "staff_owner",
                "status",
                "due_on",
                "raised_on",
                "changed_on",
            }
        ),
        fields={
            "you_said": without_name(record.you_said, name, words),
            "said_with_symbols": " ".join(record.said_symbols) or None,
            "own_voice_recorded": record.recording_file is not None,
            "source": record.source.value,
            "status": record.status.value,
            "reply": without_name(record.reply, name, words) or None,
            "reason": without_name(record.reason, name, words),
            "staff_owner": entry.owner_name,
            "due_on": _iso_day(record.due_at),
            "raised_on": _iso_day(record.raised_at),
            "changed_on": _iso_day(record.changed_at),
            "changes": len(entry.history),
        },
    )


class ActionBoardSource:
    kind = ACTION_KIND

    def collect(
        self, session_factory: SessionFactory, scope: Scope, start: datetime, end: datetime
    ) -> Iterator[ExportItem]:
        ward_id = _ward_of(scope)
        if ward_id is None:
            return
        for entry in board_entries(session_factory, ward_id, start, end):
            yield action_item(entry)


def _shown_board(
    entries: Sequence[BoardEntry], audience: Audience, words: VoiceWords, scrub: Scrub | None = None
) -> list[tuple[BoardEntry, ExportItem]]:
    """Only entries the consent gate lets through, each with the item as this audience sees it."""
    return [
        (entry, shown)
        for entry in entries
        if (shown := allowed(action_item(entry, words), audience, scrub)) is not None
    ]


BOARD_COLUMNS = (
    "number",
    "row",
    "you_said",
    "said_with_symbols",
    "own_voice_recorded",
    "from",
    "status",
    "status_words",
    "reply",
    "reason",
    "owner",
    "due_on",
    "raised_on",
    "changed_on",
    "change_on",
    "change_by",
)


def board_csv(shown: Sequence[tuple[BoardEntry, ExportItem]], words: VoiceWords) -> bytes:
    """One "action" row per action, then one "change" row per step of its history."""
    rows: list[list[object]] = []
    for number, (entry, item) in enumerate(shown, start=1):
        fields = item.fields
        status = str(fields["status"])
        rows.append(
            [
                number,
                "action",
                fields.get("you_said"),
                fields.get("said_with_symbols"),
                "yes" if fields.get("own_voice_recorded") else "no",
                words(f"source.{fields.get('source')}"),
                words(f"status.{status}"),
                words(f"status_words.{status}"),
                fields.get("reply"),
                fields.get("reason"),
                fields.get("staff_owner"),
                fields.get("due_on"),
                fields.get("raised_on"),
                fields.get("changed_on"),
                None,
                None,
            ]
        )
        name = entry.raiser_name
        for change, by in zip(entry.history, entry.history_by, strict=True):
            rows.append(
                [
                    number,
                    "change",
                    None,
                    None,
                    None,
                    None,
                    words(f"status.{change.status.value}"),
                    words(f"status_words.{change.status.value}"),
                    without_name(change.reply, name, words) or None,
                    without_name(change.reason, name, words),
                    None,
                    None,
                    None,
                    None,
                    _iso_day(change.at),
                    by,
                ]
            )
    return csv_bytes(BOARD_COLUMNS, rows)


def _audience_line(report: ExportReport, words: VoiceWords) -> str:
    key = {
        AudienceKind.PERSON_CARE_TEAM: "for_person",
        AudienceKind.WARD_TEAM: "for_ward",
        AudienceKind.COUNCIL: "for_council",
    }[report.audience.kind]
    return words.report(key, name=report.scope_name)


def _new_pdf(title: str, words: VoiceWords) -> _Report:
    from coprod_desktop.services.export.pdf_report import _Report

    pdf = _Report(words.report)
    pdf.set_title(title)
    pdf.set_creator("My Say")
    pdf.start()
    pdf.write(title, size=20, bold=True, gap=3)
    return pdf


def _write_action(pdf: _Report, item: ExportItem, words: VoiceWords, *, dates: bool = True) -> None:
    fields = item.fields
    pdf.write(words("board.you_said", words=fields.get("you_said") or ""), bold=True)
    pdf.write(words.status(str(fields["status"])))
    if fields.get("reply"):
        pdf.write(words("board.reply", words=fields["reply"]))
    if fields.get("reason"):
        pdf.write(words("board.reason", words=fields["reason"]))
    if fields.get("staff_owner"):
        pdf.write(words("board.owner", name=fields["staff_owner"]))
    if fields.get("due_on"):
        pdf.write(words("board.due", day=words.day(date.fromisoformat(str(fields["due_on"])))))
    if dates:
        pdf.write(
            words(
                "board.dates",
                raised=words.day(date.fromisoformat(str(fields["raised_on"]))),
                changed=words.day(date.fromisoformat(str(fields["changed_on"]))),
            )
        )
    pdf.y_pos += 2


def board_pdf(
    report: ExportReport, shown: Sequence[tuple[BoardEntry, ExportItem]], words: VoiceWords
) -> bytes:
    """The board as people know it: each status in its colour's name and in words, never colour alone."""
    pdf = _new_pdf(words("board.title"), words)
    pdf.write(_audience_line(report, words), size=14, bold=True, gap=1)
    pdf.write(words.report("period", start=words.report.day(report.start), end=words.report.day(report.end)))
    pdf.write(words.report("made", when=words.report.date_time(report.generated_at)), gap=2)
    pdf.write(words("board.no_names"), gap=3)
    by_status = {status: [i for _, i in shown if i.fields["status"] == status] for status in STATUS_ORDER}
    for status in STATUS_ORDER:
        pdf.write(words.count(status, len(by_status[status])))
    if not shown:
        pdf.write(words("board.none"), gap=2)
    for status in STATUS_ORDER:
        items = by_status[status]
        if not items:
            continue
        pdf.y_pos += 4
        pdf.write(words.count(status, len(items)), size=15, bold=True, gap=1.5)
        for item in items:
            _write_action(pdf, item, words)
    return bytes(pdf.output())


# --- SAY group minutes ------------------------------------------------------------------------------


def held_groups(
    session_factory: SessionFactory, ward_id: uuid.UUID, start: datetime, end: datetime
) -> list[Minutes]:
    """The minutes of every SAY group started on the ward in the period, oldest first."""
    query = (
        select(SayGroup.id)
        .where(SayGroup.ward_id == ward_id, SayGroup.created_at >= start, SayGroup.created_at < end)
        .order_by(SayGroup.created_at, SayGroup.id)
    )
    with session_factory() as session:
        ids = list(session.scalars(query))
    groups = SayGroupService(session_factory)
    return [groups.minutes(group_id) for group_id in ids]


def view_item(
    view: ViewInfo, topic: TopicMinutes, minutes: Minutes, words: VoiceWords | None = None
) -> ExportItem:
    """A view as an export item: owned by the person who gave it, always shared without their name."""
    texts: dict[str, str | None] = dict.fromkeys(WORD_FIELDS.values())
    if view.words and view.whose is not None:
        texts[WORD_FIELDS[view.whose]] = without_name(view.words, view.person_name, words)
    action = next((a for a in topic.actions if a.id == view.action_id), None) if view.action_id else None
    return ExportItem(
        kind=VIEW_KIND,
        owner_id=view.person_id,
        owner_name=view.person_name,
        ward_id=minutes.group.ward_id,
        at=view.given_at,
        sharing=Sharing.COUNCIL_ANONYMOUS,
        ward_shared=True,
        free_text=frozenset({*WORD_FIELDS.values(), "topic"}),
        not_for_council=STAFF_WORDS | {"group_on", "rating", "symbols", "action_status"},
        fields={
            "group_on": _iso_day(minutes.group.started_at),
            "topic": _topic_title(topic, words),
            "rating": view.rating.value if view.rating else None,
            **texts,
            "symbols": ", ".join(view.symbols) or None,
            "action_status": action.status.value if action is not None else None,
        },
    )


def _topic_title(topic: TopicMinutes, words: VoiceWords | None) -> str:
    """The topic as typed; one of our default topics in the minutes' language."""
    title = topic.topic.title
    return words.report.app.topic(title, topic.topic.symbol_id) if words is not None else title


class SayViewSource:
    kind = VIEW_KIND

    def collect(
        self, session_factory: SessionFactory, scope: Scope, start: datetime, end: datetime
    ) -> Iterator[ExportItem]:
        ward_id = _ward_of(scope)
        if ward_id is None:
            return
        for minutes in held_groups(session_factory, ward_id, start, end):
            for topic in minutes.topics:
                for view in topic.views:
                    yield view_item(view, topic, minutes)


@dataclass(frozen=True)
class TopicShown:
    """One topic of the minutes with only what the consent gate let through."""

    number: int
    title: str
    views: tuple[ExportItem, ...]
    actions: tuple[ExportItem, ...]

    def count(self, rating: Rating) -> int:
        return sum(1 for view in self.views if view.fields.get("rating") == rating.value)


@dataclass(frozen=True)
class MinutesShown:
    minutes: Minutes
    topics: tuple[TopicShown, ...]

    @property
    def day(self) -> date:
        return self.minutes.group.started_at.astimezone().date()


def shown_minutes(
    minutes: Minutes,
    audience: Audience,
    raisers: dict[uuid.UUID, str | None],
    words: VoiceWords,
    scrub: Scrub | None = None,
) -> MinutesShown:
    """The group's minutes through the gate: each view and each action made from one."""
    topics = []
    for number, topic in enumerate(minutes.topics, start=1):
        views = [allowed(view_item(view, topic, minutes, words), audience, scrub) for view in topic.views]
        actions = []
        for record in topic.actions:
            entry = BoardEntry(record, raisers.get(record.id), None, (), ())
            actions.append(allowed(action_item(entry, words), audience, scrub))
        topics.append(
            TopicShown(
                number,
                _topic_title(topic, words),
                tuple(v for v in views if v is not None),
                tuple(a for a in actions if a is not None),
            )
        )
    return MinutesShown(minutes, tuple(topics))


MINUTES_COLUMNS = (
    "group_on",
    "topic_number",
    "topic",
    "row",
    "good",
    "not_sure",
    "not_good",
    "views",
    "rating",
    "words",
    "whose_words",
    "symbols",
    "you_said",
    "status",
    "status_words",
    "reply",
    "reason",
)


def _view_words(item: ExportItem) -> tuple[str | None, str | None]:
    """The view's words and whose they are (only one of the fields is set for a view)."""
    for name in WORD_FIELDS.values():
        value = item.fields.get(name)
        if value:
            return str(value), name
    return None, None


def minutes_csv(shown: MinutesShown, words: VoiceWords) -> bytes:
    """A "topic" row with the counts, then a "view" row per view and an "action" row per action."""
    day = shown.day.isoformat()
    rows: list[list[object]] = []
    for topic in shown.topics:
        counts = [topic.count(rating) for rating in RATINGS]
        rows.append([day, topic.number, topic.title, "topic", *counts, len(topic.views), *[None] * 9])
        for view in topic.views:
            text, whose = _view_words(view)
            rows.append(
                [
                    day,
                    topic.number,
                    topic.title,
                    "view",
                    *[None] * 4,
                    view.fields.get("rating"),
                    text,
                    whose,
                    view.fields.get("symbols"),
                    *[None] * 5,
                ]
            )
        for action in topic.actions:
            status = str(action.fields["status"])
            rows.append(
                [
                    day,
                    topic.number,
                    topic.title,
                    "action",
                    *[None] * 8,
                    action.fields.get("you_said"),
                    words(f"status.{status}"),
                    words(f"status_words.{status}"),
                    action.fields.get("reply"),
                    action.fields.get("reason"),
                ]
            )
    return csv_bytes(MINUTES_COLUMNS, rows)


def minutes_pdf(report: ExportReport, shown: MinutesShown, words: VoiceWords) -> bytes:
    """The minutes to read at the next group: counts in words, views without names, what came of them."""
    minutes = shown.minutes
    pdf = _new_pdf(words("minutes.title"), words)
    pdf.write(
        words("minutes.heading", ward=minutes.ward_name, day=words.day(shown.day)), size=14, bold=True, gap=1
    )
    pdf.write(_audience_line(report, words))
    if minutes.facilitator_name:
        pdf.write(words("minutes.led_by", name=minutes.facilitator_name))
    pdf.write(words("minutes.people", count=minutes.people))
    pdf.write(words("minutes.no_names"), gap=1)
    if minutes.group.is_open:
        pdf.write(words("minutes.open"), gap=1)
    for topic in shown.topics:
        pdf.y_pos += 4
        pdf.write(f"{topic.number}. {topic.title}", size=15, bold=True, gap=1)
        if not topic.views:
            pdf.write(words("minutes.no_views"))
            continue
        counts = {rating.value: topic.count(rating) for rating in RATINGS}
        pdf.write(words("minutes.counts", **counts), bold=True)
        pdf.write(words("minutes.views", count=len(topic.views)), gap=1)
        for view in topic.views:
            rating = view.fields.get("rating")
            line = words(f"rating.{rating}") if rating else words("rating.none")
            text, whose = _view_words(view)
            if text:
                line = f"{line}: “{text}” ({words(f'whose.{whose}')})"
            pdf.write(f"• {line}")
            if view.fields.get("symbols"):
                pdf.write(words("symbols", symbols=view.fields["symbols"]))
        if topic.actions:
            pdf.y_pos += 2
            pdf.write(words("minutes.actions"), bold=True, gap=1)
            for action in topic.actions:
                _write_action(pdf, action, words, dates=False)
    return bytes(pdf.output())


# --- the bundle's files -----------------------------------------------------------------------------


@dataclass(frozen=True)
class WardVoiceFiles:
    files: list[BundleFile]
    minutes: int
    """SAY group minutes written (each as a PDF and a CSV)."""


def _raisers(session_factory: SessionFactory, minutes: Sequence[Minutes]) -> dict[uuid.UUID, str | None]:
    """The raiser's name of each action in the minutes, only to take it out of the words."""
    actions = {a.id: a.raised_by_id for m in minutes for t in m.topics for a in t.actions}
    with session_factory() as session:
        people = _people(session, {i for i in actions.values() if i is not None})
    return {
        action_id: people[raiser].called if raiser in people else None
        for action_id, raiser in actions.items()
        if raiser is not None
    }


def ward_voice_files(
    session_factory: SessionFactory, report: ExportReport, start: datetime, end: datetime
) -> WardVoiceFiles:
    """The minutes, board and thank-you files for the kinds in the report, through the consent gate.
    Data is read now (so the counts are known); the PDFs are drawn only when the bundle writes them."""
    words = VoiceWords(report.language)
    files: list[BundleFile] = []
    written_minutes = 0
    ward_id = _ward_of(report.scope)
    if THANKS_KIND in report.sections:
        items = report.sections[THANKS_KIND]
        files.append(BundleFile(f"{THANKS_NAME}.csv", lambda _tick: thanks_csv(items, report.language)))
    if report.audience.kind is AudienceKind.COUNCIL:
        # Never minutes per group and day for the council: one summary under the disclosure rule.
        if ward_id is not None and (VIEW_KIND in report.sections or ACTION_KIND in report.sections):
            made = report.generated_at
            files.extend(summary_files(session_factory, ward_id, start, end, made, report.language))
            written_minutes = 1 if VIEW_KIND in report.sections else 0
        return WardVoiceFiles(files, written_minutes)
    with session_factory() as session:
        scrub = NameScrubber(every_name(session)).scrub
    if ward_id is not None and ACTION_KIND in report.sections:
        entries = board_entries(session_factory, ward_id, start, end)
        board = _shown_board(entries, report.audience, words, scrub)
        files.append(BundleFile(f"{BOARD_NAME}.pdf", lambda _tick: board_pdf(report, board, words)))
        files.append(BundleFile(f"{BOARD_NAME}.csv", lambda _tick: board_csv(board, words)))
    if ward_id is not None and VIEW_KIND in report.sections:
        held = held_groups(session_factory, ward_id, start, end)
        raisers = _raisers(session_factory, held)
        used: set[str] = set()
        for minutes in held:
            shown = shown_minutes(minutes, report.audience, raisers, words, scrub)
            stem, number = f"{shown.day.isoformat()}-minutes", 2
            while stem in used:
                stem, number = f"{shown.day.isoformat()}-minutes-{number}", number + 1
            used.add(stem)
            folder = f"{MINUTES_FOLDER}/{stem}"
            files.append(_minutes_file(f"{folder}.pdf", lambda s=shown: minutes_pdf(report, s, words)))
            files.append(_minutes_file(f"{folder}.csv", lambda s=shown: minutes_csv(s, words)))
            written_minutes += 1
    return WardVoiceFiles(files, written_minutes)


def _minutes_file(name: str, make: Callable[[], bytes]) -> BundleFile:
    return BundleFile(name, lambda _tick: make())


for _source in (ThankYouSource(), ActionBoardSource(), SayViewSource()):
    register(_source)
