"""What each person wants to say at their meetings, as export items.

Each topic is shared only as its owner chose for that meeting ("How I want to take part"). Until they
have chosen, it is theirs alone ("just me") and never leaves; "for the council, without my name" goes
only to the council (services.consent), with only their own words (services.export.for_council).
Their own words, the words staff wrote down for them and staff notes stay in separate fields, so
whose words they are is never blurred.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from sqlalchemy import select

from coprod_desktop.services.consent import ExportItem
from coprod_desktop.services.export.sources import Scope, people_in_scope, register
from coprod_desktop.store.engine import SessionFactory
from coprod_desktop.store.kinds import PieceKind, Sharing, WhoseWords
from coprod_desktop.store.models import Meeting, Preparation, PreparedTopic, TakingPartChoice

WORD_FIELDS = {
    WhoseWords.MINE: "their_words",
    WhoseWords.STAFF_TYPED: "staff_wrote_what_they_said",
    WhoseWords.STAFF_NOTE: "staff_notes",
}
STAFF_WORDS = frozenset({WORD_FIELDS[WhoseWords.STAFF_TYPED], WORD_FIELDS[WhoseWords.STAFF_NOTE]})
"""Words that are not the owner's own: never in anything anonymous for the council."""
TYPED = frozenset({*WORD_FIELDS.values(), "topic"})
"""Fields holding typed words, which names are taken out of when shared without a name."""


class TopicSource:
    kind = "topic"

    def collect(
        self, session_factory: SessionFactory, scope: Scope, start: datetime, end: datetime
    ) -> Iterator[ExportItem]:
        with session_factory() as session:
            people = {person.id: person for person in people_in_scope(session, scope)}
            preparations = session.scalars(
                select(Preparation).where(Preparation.person_id.in_(list(people)))
            ).all()
            for preparation in preparations:
                person = people[preparation.person_id]
                sharing = self._sharing(session, preparation)
                meeting = session.get(Meeting, preparation.meeting_id) if preparation.meeting_id else None
                for topic in preparation.topics:
                    if topic.removed_at is not None or not (start <= topic.updated_at < end):
                        continue
                    if topic.rating is None and not topic.pieces:
                        continue
                    yield ExportItem(
                        kind=self.kind,
                        owner_id=person.id,
                        owner_name=person.called,
                        ward_id=person.ward_id,
                        at=topic.updated_at,
                        sharing=sharing,
                        fields=self._fields(topic, meeting),
                        identifying=frozenset({"meeting_id"}),
                        free_text=TYPED,
                        # The meeting and the rest tie a council item to a named meeting, or can be
                        # counted; the council gets the topic and the person's own words.
                        not_for_council=STAFF_WORDS
                        | {"meeting_kind", "rating", "state", "symbols", "pictures"},
                    )

    @staticmethod
    def _sharing(session, preparation: Preparation) -> Sharing:  # type: ignore[no-untyped-def]
        latest = session.scalars(
            select(TakingPartChoice)
            .where(TakingPartChoice.preparation_id == preparation.id)
            .order_by(TakingPartChoice.decided_at.desc(), TakingPartChoice.created_at.desc())
        ).first()
        return latest.sharing if latest is not None else Sharing.JUST_ME

    @staticmethod
    def _fields(topic: PreparedTopic, meeting: Meeting | None) -> dict[str, str | int | None]:
        words: dict[str, list[str]] = {name: [] for name in WORD_FIELDS.values()}
        symbols: list[str] = []
        pictures = 0
        for piece in topic.pieces:
            if piece.kind is PieceKind.WORDS and piece.words and piece.whose is not None:
                words[WORD_FIELDS[piece.whose]].append(piece.words)
            elif piece.kind is PieceKind.SYMBOL and piece.symbol_id:
                symbols.append(piece.symbol_id)
            elif piece.kind is PieceKind.PICTURE:
                pictures += 1
        return {
            "meeting_id": str(meeting.id) if meeting else None,
            "meeting_kind": meeting.kind.value if meeting else None,
            "topic": topic.title,
            "rating": topic.rating.value if topic.rating else None,
            "state": topic.state.value,
            **{name: "\n".join(found) or None for name, found in words.items()},
            "symbols": ", ".join(symbols) or None,
            "pictures": pictures,
        }


register(TopicSource())
