"""Plain records passed between the pipeline's stages.

Source -> Article -> Extraction. Every stage takes and returns these frozen
dataclasses; none of them holds behaviour beyond small conveniences.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Source:
    """Raw input as the user has it: bytes plus where they came from."""

    uri: str
    data: bytes
    media_type: str | None = None
    doc_id: str | None = None
    published: str | None = None
    language: str | None = None
    fetched: str | None = None


@dataclass(frozen=True)
class Article:
    """Clean article text with its metadata.

    `text` is the content only; `boilerplate` holds the lines dropped from
    the page. Every evidence offset elsewhere points into `text`.
    """

    id: str
    url: str
    title: str | None
    published: str | None
    language: str
    text: str
    boilerplate: tuple[str, ...] = ()
    content_hash: str = ""
    fetched: str | None = None


@dataclass(frozen=True)
class Mention:
    """A name in the text: its span, kind and the name it stands for.

    `name` is the fullest form known at the mention (a gazetteer's canonical
    name, an acronym's expansion, or the surface itself). For a person named
    with a title, `title` and `title_of` (an actor name or None) hold it.
    `actor` is the name of the actor the mention was resolved to.
    """

    text: str
    start: int
    end: int
    kind: str
    name: str
    title: str | None = None
    title_of: str | None = None
    actor: str | None = None


@dataclass(frozen=True)
class Role:
    """A title a person holds, and for whom (an actor name or None)."""

    title: str
    of: str | None = None
    title_aliases: tuple[str, ...] = ()
    start: int = -1
    end: int = -1


@dataclass(frozen=True)
class Actor:
    """A person, organization or country as one document names it."""

    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()


@dataclass(frozen=True)
class Event:
    """Something that happened or is planned, with its evidence span."""

    type: str
    status: str
    date: str | None
    place: str | None
    participants: tuple[str, ...]
    name: str | None
    evidence: str
    start: int
    end: int
    cameo: str | None = None
    plover: str | None = None


@dataclass(frozen=True)
class Extraction:
    """Everything the pipeline found in one article."""

    article: Article
    actors: tuple[Actor, ...] = ()
    events: tuple[Event, ...] = ()
    mentions: tuple[Mention, ...] = ()

    def gold_json(self) -> dict:
        """The extraction in the schema of the corpus's `gold` part."""
        return {
            "id": self.article.id,
            "actors": [
                {
                    "name": a.name,
                    "kind": a.kind,
                    "aliases": list(a.aliases),
                    "roles": [
                        {"title": r.title, "title_aliases": list(r.title_aliases), "of": r.of} for r in a.roles
                    ],
                }
                for a in self.actors
            ],
            "events": [
                {
                    "type": e.type,
                    "status": e.status,
                    "date": e.date,
                    "place": e.place,
                    "participants": list(e.participants),
                    "name": e.name,
                    "evidence": e.evidence,
                }
                for e in self.events
            ],
            "boilerplate": list(self.article.boilerplate),
        }


@dataclass
class IngestReport:
    """Counts for the summary printed at the end of an ingest."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    actors: int = 0
    events: int = 0
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)
