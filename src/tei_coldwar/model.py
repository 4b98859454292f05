"""The data that crosses a stage of the pipeline.

read → :class:`Document` (neutral text + structure + an account of every source character)
annotate → :class:`Span` (stand-off, over ``Document.text``)
write → TEI (``lxml`` tree) + :class:`ConversionReport`

Everything here is a frozen dataclass so that a stage can never change what an earlier stage
handed on; the stages are pure functions of these values, which keeps output deterministic.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path


class DropReason(StrEnum):
    """Why a stretch of the source is not in the TEI text.

    The values are the words the conversion report prints, so they are written for editors.
    """

    COVER_PAGE = "cover page of a download site"
    PAGE_CHROME = "navigation or page chrome of a website"
    PAGE_NUMBER = "running page number"
    RUNNING_HEAD = "running header or footer"
    PAGE_MARKER = "page marker (kept as <pb/>)"
    HYPHENATION = "line-end hyphenation"
    NOTE_MARKER = "footnote marker (replaced by its <note>)"
    NOTE_NUMBER = "footnote number at the start of a note body (kept as @n)"
    LABEL = "field label of the source layout"
    DOC_NUMBER = "document number (kept as @n)"
    DUPLICATE = "text the source repeats (kept once)"
    CONTROL = "control or invisible character"


class BlockKind(StrEnum):
    """Structural units a reader can find; the TEI writer maps each to one element."""

    DIV = "div"  # container: the document, or an article's section (attrs: type)
    HEAD = "head"  # title line or section heading
    BYLINE = "byline"  # author line above a title
    DOCDATE = "docDate"  # the document's own date standing above the title (APP)
    OPENER = "opener"  # container: dateline / salute at the start of a letter
    CLOSER = "closer"  # container: salute / signed / dateline at the end
    DATELINE = "dateline"
    SALUTE = "salute"
    SIGNED = "signed"
    P = "p"
    QUOTE = "quote"
    LIST = "list"  # container of ITEMs
    ITEM = "item"  # container or leaf
    LABEL = "label"  # e.g. the date heading of a list item
    FOOTNOTE = "footnote"  # a note body, moved by the writer to its marker (attrs: n)
    EDITORIAL = "editorial"  # an editor's note that stands on its own (APP "Note: ...")
    SOURCE_NOTE = "sourceNote"  # a source statement standing on its own ("[Source: ...]")
    TITLE_PAGE = "titlePage"  # container: an article's title page


@dataclass(frozen=True)
class SourceText:
    """A decoded source file. ``text`` is exactly what the audit accounts for."""

    name: str  # file name shown in messages, e.g. "000_2f06.txt"
    text: str
    encoding: str = "utf-8"
    path: Path | None = None

    @property
    def stem(self) -> str:
        return Path(self.name).stem

    def line_of(self, offset: int) -> int:
        """1-based line number of a source offset, for error messages."""
        return self.text.count("\n", 0, max(0, offset)) + 1


@dataclass(frozen=True)
class Run:
    """A stretch of ``Document.text`` copied verbatim from the source."""

    start: int  # offset in Document.text
    source_start: int  # offset in SourceText.text
    length: int

    @property
    def end(self) -> int:
        return self.start + self.length


@dataclass(frozen=True)
class Dropped:
    """Source characters that are not in the TEI, and why."""

    source_start: int
    source_end: int
    reason: DropReason
    text: str


@dataclass(frozen=True)
class Moved:
    """Source characters that went into the ``teiHeader`` rather than the text."""

    source_start: int
    source_end: int
    field: str  # e.g. "citation", "summary", "url"
    text: str


@dataclass(frozen=True)
class Block:
    """A structural unit over ``Document.text``; containers have children, leaves text."""

    kind: BlockKind
    start: int
    end: int
    children: tuple[Block, ...] = ()
    attrs: tuple[tuple[str, str], ...] = ()

    def attr(self, name: str, default: str | None = None) -> str | None:
        return dict(self.attrs).get(name, default)

    def walk(self) -> Iterator[Block]:
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass(frozen=True)
class Milestone:
    """A point in the text, such as a page break: ``kind="pb"``, ``n="534"``."""

    offset: int
    kind: str
    n: str


@dataclass(frozen=True)
class Metadata:
    """What a reader learnt about the document for the ``teiHeader``.

    Text offsets (``*_span``) point into ``Document.text`` so later stages can normalize them
    (the document date is normalized by the date annotator, not by the reader).
    """

    title: str = ""
    kind: str = "document"  # telegram, letter, memorandum, article, list, document, ...
    authors: tuple[str, ...] = ()
    date_text: str = ""  # the document's own date as written ("November 04, 1956", "30.X.62")
    place: str = ""  # place of writing, where the source says
    sender: str = ""
    addressee: str = ""
    idno: tuple[tuple[str, str], ...] = ()  # (type, value): ("URL", ...), ("FRUS", ...)
    series: str = ""
    citation: str = ""  # the source's own citation block
    summary: str = ""  # the source's summary → abstract
    original_language: str = ""  # "Russian" where the text is a translation
    translator: str = ""
    publisher: str = ""  # of the source (e.g. "Wilson Center Digital Archive")
    extra: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Document:
    """The neutral document: text, structure, metadata, and an account of the source."""

    source: SourceText
    layout: str
    text: str
    runs: tuple[Run, ...]
    blocks: tuple[Block, ...]
    meta: Metadata
    dropped: tuple[Dropped, ...] = ()
    moved: tuple[Moved, ...] = ()
    milestones: tuple[Milestone, ...] = ()

    def source_offset(self, offset: int) -> int | None:
        """Source offset of a text offset, or None where the text has no source (glue)."""
        starts = [r.start for r in self.runs]
        i = bisect.bisect_right(starts, offset) - 1
        if i < 0:
            return None
        run = self.runs[i]
        if offset < run.end:
            return run.source_start + (offset - run.start)
        return None

    def leaves(self) -> Iterator[Block]:
        """Leaf blocks in reading order (the ones that hold text)."""
        for top in self.blocks:
            for b in top.walk():
                if not b.children:
                    yield b

    def footnotes(self) -> list[Block]:
        return [b for top in self.blocks for b in top.walk() if b.kind is BlockKind.FOOTNOTE]

    def region_of(self, offset: int) -> str:
        """``"note N"`` if the offset lies in footnote N's body, else ``"body"``."""
        for b in self.footnotes():
            if b.start <= offset < b.end:
                return f"note {b.attr('n')}"
        return "body"


class SpanType(StrEnum):
    PERSON = "persName"
    DATE = "date"
    NOTE = "note"
    ROLE = "rs"  # a person named by role only ("the Secretary"), with @ref where resolved


@dataclass(frozen=True)
class Span:
    """A stand-off annotation over ``Document.text``.

    ``attrs`` hold the normalized value as TEI attributes (``when``/``from``/``to``/
    ``notBefore``/``notAfter`` for dates, ``ref`` for persons, ``n``/``type``/``place`` for
    notes); ``source`` names the rule or resource that produced the span, so that every
    automatic annotation can be traced (it is written as ``@resp``-able provenance).
    """

    start: int
    end: int
    type: SpanType
    attrs: tuple[tuple[str, str], ...] = ()
    cert: str | None = None  # "high" | "medium" | "low"; None = as the source says
    source: str = ""

    def attr(self, name: str, default: str | None = None) -> str | None:
        return dict(self.attrs).get(name, default)

    def text_of(self, doc: Document) -> str:
        return doc.text[self.start : self.end]


@dataclass(frozen=True)
class DateValue:
    """A normalized date: the TEI attributes and their certainty."""

    attrs: Mapping[str, str] = field(default_factory=dict)
    cert: str | None = None

    def year(self) -> int | None:
        for key in ("when", "from", "notBefore", "to", "notAfter"):
            v = self.attrs.get(key)
            if v and v[:4].isdigit():
                return int(v[:4])
        return None


@dataclass(frozen=True)
class NewPerson:
    """A person the recognizer found who is not in the register (for ``register add``)."""

    name: str
    occurrences: int
    context: str
    suggested_id: str


@dataclass(frozen=True)
class ConversionReport:
    """Everything an editor needs to trust a conversion."""

    source: str
    layout: str
    output: str | None
    dropped: tuple[Dropped, ...]
    moved: tuple[Moved, ...]
    spans: tuple[Span, ...]
    new_persons: tuple[NewPerson, ...] = ()
    warnings: tuple[str, ...] = ()

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for s in self.spans:
            out[s.type.value] = out.get(s.type.value, 0) + 1
        return out
