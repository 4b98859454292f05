"""Shared tools for readers: an accounting text builder and line utilities.

A reader never writes free text into the neutral document: it copies ranges of the source
(:meth:`DocBuilder.add`), drops ranges with a reason (:meth:`DocBuilder.drop`) or moves them to
the header (:meth:`DocBuilder.move`). Only whitespace may be invented. That discipline is what
lets the audit prove that TEI text + dropped segments = source.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..model import (
    Block,
    BlockKind,
    Document,
    Dropped,
    DropReason,
    Metadata,
    Milestone,
    Moved,
    Run,
    SourceText,
)

# Characters XML 1.0 cannot hold; they are dropped (and accounted for) wherever they occur.
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# Whitespace the builder normalizes: any run with a line break, a tab or several spaces.
_WS_RUN = re.compile(r"[ \t\n\u00a0\u2000-\u200b\u3000]*[\n\t][ \t\n\u00a0\u2000-\u200b\u3000]*"
                     r"| {2,}")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_])-[ \t]*\n\s*(?=[^\W\d_])")


@dataclass(frozen=True)
class Line:
    start: int  # source offset of the first character
    end: int  # source offset after the last character (newline excluded)
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    @property
    def content_start(self) -> int:
        return self.start + (len(self.text) - len(self.text.lstrip()))

    @property
    def content_end(self) -> int:
        return self.start + len(self.text.rstrip())


def split_lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    end = len(text) if end is None else end
    out: list[Line] = []
    pos = start
    while pos <= end:
        nl = text.find("\n", pos, end)
        if nl == -1:
            out.append(Line(pos, end, text[pos:end]))
            break
        out.append(Line(pos, nl, text[pos:nl]))
        pos = nl + 1
    return out


def lexicon(text: str) -> frozenset[str]:
    """Word forms the document itself uses: the authority for undoing line-end hyphenation."""
    return frozenset(m.group(0).lower() for m in _WORD.finditer(text))


class DocBuilder:
    """Accumulates the neutral text, keeping an exact account of the source."""

    def __init__(self, source: SourceText) -> None:
        self.source = source
        self._parts: list[str] = []
        self._len = 0
        self._runs: list[Run] = []
        self._dropped: list[Dropped] = []
        self._moved: list[Moved] = []
        self._milestones: list[Milestone] = []
        self._lexicon: frozenset[str] | None = None

    @property
    def pos(self) -> int:
        return self._len

    def _emit_verbatim(self, s: int, e: int) -> None:
        if s >= e:
            return
        src = self.source.text
        pos = s
        for m in _INVALID_XML.finditer(src, s, e):
            self._emit_clean(pos, m.start())
            self._dropped.append(Dropped(m.start(), m.end(), DropReason.CONTROL, m.group(0)))
            pos = m.end()
        self._emit_clean(pos, e)

    def _emit_clean(self, s: int, e: int) -> None:
        if s >= e:
            return
        last = self._runs[-1] if self._runs else None
        if last is not None and last.end == self._len and last.source_start + last.length == s:
            self._runs[-1] = Run(last.start, last.source_start, last.length + (e - s))
        else:
            self._runs.append(Run(self._len, s, e - s))
        self._parts.append(self.source.text[s:e])
        self._len += e - s

    def glue(self, whitespace: str = " ") -> None:
        """Insert whitespace that has no source (joins lines, separates blocks)."""
        assert not whitespace.strip(), "only whitespace may be invented"
        if self._len and self._parts and self._parts[-1].endswith(whitespace):
            return
        self._parts.append(whitespace)
        self._len += len(whitespace)

    def add(self, s: int, e: int) -> None:
        """Copy ``source[s:e]`` verbatim (invalid XML characters dropped and recorded)."""
        self._emit_verbatim(s, e)

    def add_text(self, s: int, e: int, *, dehyphenate: bool = False) -> tuple[int, int]:
        """Copy a stretch of running text, joining its lines.

        Runs of whitespace with a line break (or several spaces) become one space; with
        ``dehyphenate`` a hyphen at a line end is dropped (and the parts joined) where the
        document itself attests the joined word and not the hyphenated one; otherwise it is a
        real hyphen and stays, the line break becoming a space like any other. Returns the
        text range written.
        """
        src = self.source.text
        while s < e and src[s].isspace():
            s += 1
        while e > s and src[e - 1].isspace():
            e -= 1
        begin = self._len
        pos = s
        for m in _WS_RUN.finditer(src, s, e):
            if m.start() == m.end():
                continue
            if dehyphenate and m.start() > pos and src[m.start() - 1] == "-" and m.end() < e:
                self._join_hyphenated(pos, m.start() - 1, m.end())
            else:
                self._emit_verbatim(pos, m.start())
                self.glue(" ")
            pos = m.end()
        self._emit_verbatim(pos, e)
        return begin, self._len

    def _join_hyphenated(self, pos: int, hyphen: int, after: int) -> None:
        src = self.source.text
        left = re.search(r"[^\W\d_]+(?:-[^\W\d_]+)*$", src[max(pos, hyphen - 60) : hyphen])
        right = re.match(r"[^\W\d_]+", src[after : after + 60])
        if left is None or right is None:
            self._emit_verbatim(pos, hyphen + 1)
            self.glue(" ")
            return
        if self._lexicon is None:
            self._lexicon = lexicon(src)
        joined = (left.group(0) + right.group(0)).lower()
        hyphenated = f"{left.group(0)}-{right.group(0)}".lower()
        if (
            "-" not in left.group(0)
            and left.group(0)[-1].islower()
            and right.group(0)[0].islower()
            and joined in self._lexicon
            and hyphenated not in self._lexicon
        ):
            self._emit_verbatim(pos, hyphen)
            self._dropped.append(Dropped(hyphen, hyphen + 1, DropReason.HYPHENATION, "-"))
        else:
            # A real hyphen ("East-West", "mid-nineteen-"): the line break stays a space.
            self._emit_verbatim(pos, hyphen + 1)
            self.glue(" ")

    def drop(self, s: int, e: int, reason: DropReason) -> None:
        """Record ``source[s:e]`` as left out; adjacent drops for one reason merge."""
        src = self.source.text
        if not (s < e and src[s:e].strip()):
            return
        last = self._dropped[-1] if self._dropped else None
        if (last is not None and last.reason is reason and last.source_end <= s
                and not src[last.source_end : s].strip()):
            self._dropped[-1] = Dropped(last.source_start, e, reason, src[last.source_start:e])
        else:
            self._dropped.append(Dropped(s, e, reason, src[s:e]))

    def move(self, s: int, e: int, field: str) -> None:
        if s < e and self.source.text[s:e].strip():
            self._moved.append(Moved(s, e, field, self.source.text[s:e]))

    def milestone(self, kind: str, n: str) -> None:
        self._milestones.append(Milestone(self._len, kind, n))

    def block(self, kind: BlockKind, s: int, e: int, *, dehyphenate: bool = False,
              attrs: Iterable[tuple[str, str]] = ()) -> Block:
        """Add a leaf block holding ``source[s:e]`` as running text."""
        if self._len:
            self.glue("\n")
        start, end = self.add_text(s, e, dehyphenate=dehyphenate)
        return Block(kind, start, end, attrs=tuple(attrs))

    def build(self, layout: str, blocks: Sequence[Block], meta: Metadata) -> Document:
        return Document(
            source=self.source,
            layout=layout,
            text="".join(self._parts),
            runs=tuple(self._runs),
            blocks=tuple(blocks),
            meta=meta,
            dropped=tuple(sorted(self._dropped, key=lambda d: d.source_start)),
            moved=tuple(sorted(self._moved, key=lambda m: m.source_start)),
            milestones=tuple(self._milestones),
        )


def container(kind: BlockKind, children: Sequence[Block],
              attrs: Iterable[tuple[str, str]] = ()) -> Block:
    """A container block spanning its children."""
    kids = tuple(children)
    if not kids:
        return Block(kind, 0, 0, (), tuple(attrs))
    return Block(kind, kids[0].start, kids[-1].end, kids, tuple(attrs))


# --- patterns several layouts share ------------------------------------------------------

MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
          "December")
DATE_LINE = re.compile(
    rf"^\s*(?:(?:{MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+(?:{MONTHS})\.?,?\s+\d{{4}})\s*$"
)
PAGE_MARKER = re.compile(r"\[\s*Page\s+([0-9ivxlcdmIVXLCDM]+)\s*\]")
URL_LINE = re.compile(r"^\s*https?://\S+\s*$")
# A footnote body line: optional bullet, the number, an optional full stop, then text.
NOTE_START = re.compile(r"^\s*(?:[-•*·]\s*)?(\d{1,4})(?:[.)]\s*|\s+|(?=[A-Z\"“‘'(\[]))(?=\S)")
KIND_WORDS = (
    ("telegram", "telegram"), ("cable", "telegram"), ("airgram", "telegram"),
    ("despatch", "telegram"), ("dispatch", "telegram"), ("circular", "telegram"),
    ("letter", "letter"), ("message", "letter"), ("note from", "letter"),
    ("memorandum", "memorandum"), ("minutes", "minutes"), ("notes", "minutes"),
    ("report", "report"), ("record", "minutes"), ("protocol", "minutes"),
    ("resolution", "resolution"), ("paper", "paper"), ("instruction", "telegram"),
    ("editorial note", "editorial note"), ("speech", "speech"), ("statement", "statement"),
    ("transcript", "transcript"), ("conversation", "memorandum"),
)


def kind_of_title(title: str) -> str:
    """The kind of document a title announces ("Telegram From …" → telegram)."""
    low = title.lower()
    best: tuple[int, str] | None = None
    for word, kind in KIND_WORDS:
        m = re.search(rf"\b{re.escape(word)}\b", low)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), kind)
    return best[1] if best else "document"


def sender_addressee(title: str) -> tuple[str, str]:
    """``"Telegram From A to B"`` → (A, B); the last " to " separates them."""
    m = re.search(r"\bfrom\s+(.+)", title, re.IGNORECASE)
    sender, addressee = "", ""
    rest = m.group(1) if m else ""
    if rest:
        parts = re.split(r"\s+to\s+", rest)
        if len(parts) >= 2:
            sender, addressee = " to ".join(parts[:-1]), parts[-1]
        else:
            sender = rest
    else:
        m2 = re.search(r"\bto\s+(.+)", title, re.IGNORECASE)
        if m2:
            addressee = m2.group(1)
    addressee = re.split(r",|\s+(?:on|about|regarding|concerning|urging)\s+", addressee)[0]
    return sender.strip(" .,"), addressee.strip(" .,")


def is_signature_line(text: str) -> bool:
    """A short line that reads like a signature: a name or initials, no sentence."""
    s = text.strip()
    if not s or len(s) > 60 or (s.endswith((".", ",", ";", ":", "?")) and not re.search(
        r"\b[A-Z]\.$", s
    )):
        return False
    words = s.replace(".", ". ").split()
    if not 1 <= len(words) <= 5:
        return False
    return all(w[0].isupper() or w[0] in "[(" for w in words if w[0].isalpha() or w[0] in "[(")


def _add_range(b: DocBuilder, s: int, e: int, dehyphenate: bool) -> None:
    """Running text whose "[Page N]" markers become page breaks."""
    src = b.source.text
    pos = s
    for m in PAGE_MARKER.finditer(src, s, e):
        if src[pos : m.start()].strip():
            b.add_text(pos, m.start(), dehyphenate=dehyphenate)
            b.glue(" ")
        b.drop(m.start(), m.end(), DropReason.PAGE_MARKER)
        b.milestone("pb", m.group(1))
        pos = m.end()
    b.add_text(pos, e, dehyphenate=dehyphenate)


def add_running(b: DocBuilder, kind: BlockKind, s: int, e: int, *, dehyphenate: bool = False,
                attrs: Iterable[tuple[str, str]] = ()) -> Block:
    """A leaf block of running text from ``source[s:e]``."""
    if b.pos:
        b.glue("\n")
    start = b.pos
    _add_range(b, s, e, dehyphenate)
    return Block(kind, start, b.pos, attrs=tuple(attrs))


def add_lines(b: DocBuilder, kind: BlockKind, lines: Sequence[Line], idx: Sequence[int], *,
              dehyphenate: bool = False, attrs: Iterable[tuple[str, str]] = (),
              page_breaks: dict[int, str] | None = None,
              first_start: int | None = None) -> Block:
    """A leaf block from chosen lines (the first from ``first_start`` if given).

    Lines between them that are not chosen (page numbers, running heads) are skipped, and a
    page number among them becomes a ``<pb/>`` there."""
    if b.pos:
        b.glue("\n")
    start = b.pos
    seg_start = idx[0]
    for k in range(1, len(idx) + 1):
        end_of_segment = k == len(idx) or any(
            not lines[x].blank for x in range(idx[k - 1] + 1, idx[k])
        )
        if not end_of_segment:
            continue
        seg_from = lines[seg_start].start
        if seg_start == idx[0] and first_start is not None:
            seg_from = first_start
        _add_range(b, seg_from, lines[idx[k - 1]].end, dehyphenate)
        if k < len(idx):
            for x in range(idx[k - 1] + 1, idx[k]):
                if page_breaks and x in page_breaks:
                    b.glue(" ")
                    b.milestone("pb", page_breaks[x])
            b.glue(" ")
            seg_start = idx[k]
    return Block(kind, start, b.pos, attrs=tuple(attrs))


def note_chain(lines: Sequence[Line], lo: int, hi: int) -> list[tuple[int, int]]:
    """Lines that start footnote bodies 1, 2, 3 … in order: ``[(line index, n), …]``.

    Of all chains starting with a note 1 the longest wins (the later one on a tie), so a
    line of running text that happens to begin with "1" does not start the notes.
    """
    starts = [i for i in range(lo, hi) if (m := NOTE_START.match(lines[i].text))
              and int(m.group(1)) == 1]
    best: list[tuple[int, int]] = []
    for i in starts[-50:]:
        chain = [(i, 1)]
        for j in range(i + 1, hi):
            m = NOTE_START.match(lines[j].text)
            if m and int(m.group(1)) == chain[-1][1] + 1:
                chain.append((j, chain[-1][1] + 1))
        if len(chain) >= len(best):
            best = chain
    return best


def add_footnotes(b: DocBuilder, lines: Sequence[Line], chain: Sequence[tuple[int, int]],
                  hi: int, *, place: str = "foot", skip: frozenset[int] = frozenset(),
                  page_breaks: dict[int, str] | None = None) -> list[Block]:
    """Footnote bodies from a note chain up to line ``hi``; the number leaves the text.

    Lines in ``skip`` (page numbers, running heads the caller drops) stay out of the bodies.
    """
    out: list[Block] = []
    for k, (i, n) in enumerate(chain):
        end_line = chain[k + 1][0] if k + 1 < len(chain) else hi
        first = lines[i]
        m = NOTE_START.match(first.text)
        assert m is not None
        num_end = first.start + m.end()
        b.drop(first.start, num_end, DropReason.NOTE_NUMBER)
        rest = [x for x in range(i + 1, end_line) if not lines[x].blank and x not in skip]
        out.append(add_lines(b, BlockKind.FOOTNOTE, lines, [i, *rest], dehyphenate=True,
                             attrs=(("n", str(n)), ("place", place)), page_breaks=page_breaks,
                             first_start=num_end))
    return out


def paragraphs(lines: Sequence[Line], lo: int, hi: int) -> list[tuple[int, int]]:
    """Groups of consecutive non-blank lines: ``[(first index, last index + 1), …]``."""
    out: list[tuple[int, int]] = []
    i = lo
    while i < hi:
        if lines[i].blank:
            i += 1
            continue
        j = i
        while j < hi and not lines[j].blank:
            j += 1
        out.append((i, j))
        i = j
    return out


_TRAILING_MARKER = re.compile(
    r"(?:(?<=[^\W\d_.])|(?<=[”\"’)\]])|(?<=(?<![\d.,/])(?:1[5-9]|20)\d\d))\d{1,2}$"
)


def strip_marker(title: str) -> str:
    """A title line without the footnote marker glued to its end ("…Nations1", "1958-19611").

    Only for titles of documents that have footnotes; the marker itself stays in the text,
    where the note annotator finds it.
    """
    return _TRAILING_MARKER.sub("", title.strip()).strip()
