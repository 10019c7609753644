"""The `--council` export: only what services.disclosure lets leave for the recovery council.

A council export is not the ward's export with names taken off. Its SAY group views and You said,
we did actions are only the quotes the disclosure rule offers (the owner's own words, their Yes, a
topic at least 3 people talked about, a language at least 3 patients use, no names, no rating and no
status beside them); the SAY groups and the board come as one summary drawn like a council pack (the
same counts as the pack: "fewer than 3", no total beside a hidden count, "a few people"), never as
minutes per group and day. What a person shared "for the council, without my name" goes only on a
topic at least 3 such people shared, with only their own words and the month.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

from coprod_desktop.services.consent import Audience, ExportItem, allowed
from coprod_desktop.services.council import CouncilService, PackContents, Quote, TopicTheme
from coprod_desktop.services.disclosure import SMALL, Gate, month_start, shown_row
from coprod_desktop.services.export.bundle import BundleFile
from coprod_desktop.services.export.csv_safe import csv_bytes
from coprod_desktop.services.share.symbol_images import NoSymbolImages, SymbolImages
from coprod_desktop.store.engine import SessionFactory
from coprod_desktop.store.kinds import Sharing

VIEW_KIND = "say_view"
ACTION_KIND = "action"
TOPIC_KIND = "topic"
SUMMARY_FOLDER = "say-groups"
SUMMARY_COLUMNS = ("section", "about", "good", "not_sure", "not_good", "no_rating", "views", "words")
FEWER = {"en": "fewer than 3", "cy": "llai na 3"}
FEW_PEOPLE = {"en": "a few people", "cy": "ychydig o bobl"}


def council_sections(
    session_factory: SessionFactory,
    ward_id: uuid.UUID,
    start: datetime,
    end: datetime,
    raw: dict[str, list[ExportItem]],
    language: str = "en",
) -> dict[str, list[ExportItem]]:
    """Every kind's items as the council may have them; nothing else is handed to a writer."""
    audience = Audience.for_council()
    with session_factory() as session:
        gate = Gate.load(session, ward_id, language)
    quotes: tuple[Quote, ...] = ()
    if VIEW_KIND in raw or ACTION_KIND in raw:
        quotes = CouncilService(session_factory).themes(ward_id, start, end, language).quotes
    at = month_start(start)
    sections: dict[str, list[ExportItem]] = {}
    for kind, items in raw.items():
        if kind == VIEW_KIND:
            sections[kind] = [
                _quote_item(kind, ward_id, at, {"topic": q.topic, "their_words": q.text})
                for q in quotes
                if q.topic is not None
            ]
        elif kind == ACTION_KIND:
            sections[kind] = [
                _quote_item(kind, ward_id, at, {"source": q.source.value, "you_said": q.text})
                for q in quotes
                if q.source is not None
            ]
        elif kind == TOPIC_KIND:
            sections[kind] = shared_topics(items, gate, audience)
        else:
            sections[kind] = [shown for item in items if (shown := allowed(item, audience, gate.scrub))]
    return sections


def _quote_item(kind: str, ward_id: uuid.UUID, at: datetime, fields: dict[str, str | None]) -> ExportItem:
    return ExportItem(
        kind=kind,
        owner_id=None,
        owner_name=None,
        ward_id=ward_id,
        at=at,
        sharing=Sharing.COUNCIL_ANONYMOUS,
        fields=fields,
    )


def shared_topics(items: Sequence[ExportItem], gate: Gate, audience: Audience) -> list[ExportItem]:
    """Topics people shared "for the council, without my name": only the owner's own words, only on
    a topic at least 3 of them shared, only in a language at least 3 patients on the ward use."""
    shared = [i for i in items if i.sharing is Sharing.COUNCIL_ANONYMOUS and i.fields.get("their_words")]
    owners: dict[object, set[uuid.UUID]] = {}
    for item in shared:
        if item.owner_id is not None:
            owners.setdefault(str(item.fields.get("topic") or "").casefold(), set()).add(item.owner_id)
    kept = []
    for item in shared:
        people = owners.get(str(item.fields.get("topic") or "").casefold(), set())
        if item.owner_id is None or len(people) < SMALL or not gate.common_language(None, item.owner_id):
            continue
        shown = allowed(item, audience, gate.scrub)
        if shown is not None:
            kept.append(shown)
    return kept


# --- the summary: SAY groups and You said, we did, drawn like a pack --------------------------------


def summary_contents(
    session_factory: SessionFactory,
    ward_id: uuid.UUID,
    start: datetime,
    end: datetime,
    made: datetime,
    language: str = "en",
) -> PackContents:
    return CouncilService(session_factory, lambda: made).summary(ward_id, start, end, language)


def _cell(value: int | None, language: str) -> str | int:
    return FEWER.get(language, FEWER["en"]) if value is None else value


def topic_row(topic: TopicTheme, language: str) -> list[object]:
    shown = topic.shown
    if shown.few:
        return ["say_group_topic", topic.label, None, None, None, None, FEW_PEOPLE.get(language), None]
    cells = [_cell(cell, language) for cell in shown.cells]
    return ["say_group_topic", topic.label, *cells, shown.total, None]


def summary_csv(contents: PackContents) -> bytes:
    """One row per topic, theme, status and quote, with every count as the pack shows it."""
    language = contents.language
    rows: list[list[object]] = [topic_row(topic, language) for topic in contents.topics]
    for theme in contents.raised:
        cell = shown_row((theme.count,)).cells[0]
        about = f"{theme.source.value}:{theme.symbol_id or ''}"
        rows.append(["raised", about, None, None, None, None, _cell(cell, language), None])
    for status, value in contents.status_row().items():
        rows.append(["you_said_we_did", status.value, None, None, None, None, _cell(value, language), None])
    for quote in contents.quotes:
        about = quote.topic if quote.topic is not None else (quote.source.value if quote.source else None)
        rows.append(["quote", about, None, None, None, None, None, quote.text])
    return csv_bytes(SUMMARY_COLUMNS, rows)


def summary_files(
    session_factory: SessionFactory,
    ward_id: uuid.UUID,
    start: datetime,
    end: datetime,
    made: datetime,
    language: str = "en",
    images: SymbolImages | None = None,
) -> list[BundleFile]:
    """`say-groups/council-summary.pdf` and `.csv`; read now, drawn when the bundle writes them."""
    contents = summary_contents(session_factory, ward_id, start, end, made, language)

    def pdf(_tick: object) -> bytes:
        from coprod_desktop.services.share.council_pack import PackWords, pdf_bytes

        words = PackWords(language)
        return pdf_bytes(contents, words, images or NoSymbolImages(), title=words("summary.title"))

    name = f"{SUMMARY_FOLDER}/council-summary"
    return [
        BundleFile(f"{name}.pdf", pdf),
        BundleFile(f"{name}.csv", lambda _tick: summary_csv(contents)),
    ]
