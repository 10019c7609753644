"""A person's meeting slideshow as plain data: a title slide, then one slide per finished topic.

Both writers (PowerPoint and the PDF handout) draw this model, so what a copy holds is decided here,
once: only topics marked done, in the person's order; skipped, unfinished and removed topics stay
out. Seeded topic titles are shown in the copy's language, as the screens show them. Every piece of
words keeps whose words it is, with the words to say so on the slide ("My words") and in the notes
("Sam's own words"). Pictures are our own re-encoded files, found only by plain file name inside the
pictures folder; a picture whose file has gone is left out rather than breaking the copy."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from coprod_desktop.services.share.words import DeckWords
from coprod_desktop.services.templates import TopicInfo, display_title
from coprod_desktop.store.kinds import MeetingKind, PieceKind, Rating, Role, TopicState, WhoseWords
from coprod_desktop.store.models import Meeting, Person, Preparation, PreparedTopic

RATING_SYMBOLS = {
    Rating.GOOD: "rating-good",
    Rating.NOT_SURE: "rating-not-sure",
    Rating.NOT_GOOD: "rating-not-good",
}
"""The same faces the rating scale shows on screen (ui.widgets.rating_scale.SYMBOLS)."""

SymbolLabel = Callable[[str, str], str]
"""(symbol id, language) -> the symbol's words; SymbolCatalogue.label fits."""


class DeckMissing(LookupError):
    """The preparation (or its person) is no longer in the store."""


@dataclass(frozen=True)
class SlideWords:
    """One piece of words with whose words it is, said two ways."""

    text: str
    whose: WhoseWords
    label: str
    """Shown on the slide, in the person's voice: "My words", "Jo wrote down what I said"."""
    note: str
    """Said in the notes and the handout: "Sam's own words", "Staff note by Jo"."""


@dataclass(frozen=True)
class SlideSymbol:
    symbol_id: str
    label: str


@dataclass(frozen=True)
class TitleSlide:
    name: str
    heading: str
    """"What I want to say at my CPA"."""
    when: str | None
    """The meeting's day in words, when it has one."""
    for_whom: str
    photo: Path | None
    """The person's own photo, when they have one."""
    picture_symbol: str | None
    """Their picture symbol, used when there is no photo."""
    picture_label: str


@dataclass(frozen=True)
class TopicSlide:
    title: str
    symbol_id: str | None
    rating: Rating | None
    rating_words: str | None
    words: tuple[SlideWords, ...]
    symbols: tuple[SlideSymbol, ...]
    pictures: tuple[Path, ...]
    recordings: int

    @property
    def rating_symbol(self) -> str | None:
        return RATING_SYMBOLS[self.rating] if self.rating is not None else None


@dataclass(frozen=True)
class Deck:
    person_id: uuid.UUID
    person: str
    meeting_kind: MeetingKind | None
    meeting_day: date | None
    language: str
    title: TitleSlide
    topics: tuple[TopicSlide, ...]
    picture_alt: str
    """Alt text for the person's chosen pictures ("A picture Sam chose")."""

    @property
    def slide_count(self) -> int:
        """The title slide and one per finished topic (long topics may spill onto more pages)."""
        return 1 + len(self.topics)

    @property
    def words(self) -> DeckWords:
        return DeckWords(self.language)


def picture_file(folder: Path | None, name: str | None) -> Path | None:
    """Our own picture file, only by a plain name inside the folder, and only if it is there."""
    if folder is None or not name or Path(name).name != name or name in (".", ".."):
        return None
    path = folder / name
    return path if path.is_file() else None


def _staff_names(session: Session, topics: list[PreparedTopic]) -> dict[uuid.UUID, str]:
    """Who typed, by id: only staff are named, so no other patient's name can reach a copy."""
    ids = {p.written_by_id for t in topics for p in t.pieces if p.written_by_id is not None}
    names: dict[uuid.UUID, str] = {}
    for person_id in ids:
        person = session.get(Person, person_id)
        if person is not None and person.role is Role.STAFF:
            names[person_id] = person.called
    return names


def _words_piece(text: str, whose: WhoseWords, staff: str, person: str, words: DeckWords) -> SlideWords:
    return SlideWords(
        text=text,
        whose=whose,
        label=words(f"label.{whose.value}", staff=staff),
        note=words(f"note.{whose.value}", staff=staff, person=person),
    )


def _topic(
    topic: PreparedTopic,
    person: str,
    staff_names: dict[uuid.UUID, str],
    pictures_dir: Path | None,
    words: DeckWords,
    label: SymbolLabel,
    staff_notes: bool,
) -> TopicSlide:
    said: list[SlideWords] = []
    symbols: list[SlideSymbol] = []
    pictures: list[Path] = []
    recordings = 0
    for piece in topic.pieces:
        if piece.kind is PieceKind.WORDS and piece.words and piece.whose is not None:
            if piece.whose is WhoseWords.STAFF_NOTE and not staff_notes:
                continue
            staff = staff_names.get(piece.written_by_id) if piece.written_by_id else None
            said.append(
                _words_piece(piece.words, piece.whose, staff or words("a_staff_member"), person, words)
            )
        elif piece.kind is PieceKind.SYMBOL and piece.symbol_id:
            symbols.append(SlideSymbol(piece.symbol_id, label(piece.symbol_id, words.language) or ""))
        elif piece.kind is PieceKind.PICTURE:
            found = picture_file(pictures_dir, piece.file_name)
            if found is not None:
                pictures.append(found)
        elif piece.kind is PieceKind.RECORDING:
            recordings += 1
    shown = TopicInfo(topic.id, topic.preparation_id, topic.position, topic.title, topic.symbol_id)
    return TopicSlide(
        title=display_title(shown, words.language, label),
        symbol_id=topic.symbol_id,
        rating=topic.rating,
        rating_words=words(f"rating.{topic.rating.value}") if topic.rating is not None else None,
        words=tuple(said),
        symbols=tuple(symbols),
        pictures=tuple(pictures),
        recordings=recordings,
    )


def build_deck(
    session: Session,
    preparation_id: uuid.UUID,
    pictures_dir: Path | None,
    for_whom: str,
    *,
    language: str = "en",
    label: SymbolLabel = lambda _symbol, _language: "",
    staff_notes: bool = True,
    local_day: Callable[[Meeting], date] = lambda meeting: meeting.starts_at.astimezone().date(),
) -> Deck:
    """The slideshow for one preparation, read in the caller's session.

    `for_whom` is the words for who the copy is for ("For my care team"); `staff_notes` False leaves
    staff notes out (they are the staff's words, not part of what the person chose to say)."""
    preparation = session.get(Preparation, preparation_id)
    person = session.get(Person, preparation.person_id) if preparation is not None else None
    if preparation is None or person is None:
        raise DeckMissing(str(preparation_id))
    words = DeckWords(language)
    meeting = session.get(Meeting, preparation.meeting_id) if preparation.meeting_id else None
    kind = meeting.kind if meeting is not None else None
    day = local_day(meeting) if meeting is not None else None
    heading = words("heading", meeting=words(f"meeting.{kind.value}" if kind else "meeting.next"))
    done = [t for t in preparation.topics if t.removed_at is None and t.state is TopicState.DONE]
    staff_names = _staff_names(session, done)
    title = TitleSlide(
        name=person.called,
        heading=heading,
        when=words.day(day) if day is not None else None,
        for_whom=for_whom,
        photo=picture_file(pictures_dir, person.picture_file),
        picture_symbol=person.picture_symbol,
        picture_label=words("photo", person=person.called),
    )
    return Deck(
        person_id=person.id,
        person=person.called,
        meeting_kind=kind,
        meeting_day=day,
        language=words.language,
        title=title,
        topics=tuple(
            _topic(t, person.called, staff_names, pictures_dir, words, label, staff_notes) for t in done
        ),
        picture_alt=words("picture", person=person.called),
    )
