"""A scholarly article as text extracted from a PDF.

What the extraction leaves behind and this reader undoes: a download site's cover page
(ResearchGate, JSTOR, Academia.edu), lines broken at the page width (often with blank lines
between them), line-end hyphens, running page numbers and running heads, headings in
capitals or on lines of their own, footnote markers glued to words and punctuation, and the
footnotes gathered at the end — some split across pages.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Block, BlockKind, Document, DropReason, Metadata, SourceText
from ._common import (
    MONTHS,
    DocBuilder,
    Line,
    add_footnotes,
    add_lines,
    add_running,
    container,
    note_chain,
    split_lines,
    strip_marker,
)

_PAGE_NUMBER = re.compile(r"^\s*(?:-\s*)?(\d{1,4})(?:\s*-)?\s*$")
_COVERS = (
    # (how the cover begins, what its last line looks like)
    (re.compile(r"See discussions, stats, and author profiles", re.I),
     re.compile(r"^\s*https?://(?:www\.)?researchgate\.net/\S*\s*$", re.I)),
    (re.compile(r"\bJSTOR\b|jstor\.org", re.I),
     re.compile(r"(?:support@jstor\.org|jstor\.org/(?:page/info/about/policies/terms|stable/))",
                re.I)),
    (re.compile(r"Academia\.edu", re.I), re.compile(r"academia\.edu", re.I)),
)
_DATE_ONLY = re.compile(rf"^\s*(?:(?:{MONTHS}|Spring|Summer|Fall|Autumn|Winter)\s+)?\d{{4}}\s*$")
_ROMAN_HEAD = re.compile(r"^\s*(?:[IVXLC]+|\d{1,2})\.\s+\S")
_NAME_LINE = re.compile(r"^\s*(?:[A-ZÀ-Ý][\w’'.-]*\.?\s+){1,3}[A-ZÀ-Ý][\w’'-]+\s*$")
_SENTENCE_END = re.compile(r"[.!?:”\"’)\]]\d{0,3}\s*$")


@dataclass(frozen=True)
class _Para:
    kind: str  # "p", "head1", "head2"
    lines: tuple[int, ...]


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 6 and sum(c.isupper() for c in letters) / len(letters) > 0.85


class ArticleReader:
    name = "article"
    description = ("Scholarly article extracted from a PDF: cover page, title page, sections, "
                   "page numbers, hyphenation, footnotes at the end")

    def detect(self, text: str) -> float:
        score = 0.0
        head = text[:5000]
        if any(start.search(head) for start, _ in _COVERS):
            score += 0.5
        lines = text.split("\n")
        nonblank = [ln for ln in lines if ln.strip()]
        if nonblank:
            blank_share = 1 - len(nonblank) / max(1, len(lines))
            long_lines = sum(1 for ln in nonblank if 60 <= len(ln.strip()) <= 110)
            if blank_share > 0.3 and long_lines / len(nonblank) > 0.5:
                score += 0.3
        if re.search(r"\b(?:Working Paper|Abstract|Introduction|Journal of|University Press)\b",
                     head):
            score += 0.15
        if len(text) > 20000:
            score += 0.1
        return min(score, 1.0)

    def read(self, source: SourceText) -> Document:
        src = source.text
        b = DocBuilder(source)
        lines = split_lines(src)
        n = len(lines)
        dropped: set[int] = set()

        # 1. The download site's cover page.
        start = 0
        first_text = next((i for i, ln in enumerate(lines) if not ln.blank), 0)
        for begin, last in _COVERS:
            if begin.search("\n".join(ln.text for ln in lines[first_text:first_text + 12])):
                ends = [i for i in range(first_text, min(n, first_text + 150))
                        if last.search(lines[i].text)]
                if ends:
                    start = ends[-1] + 1
                    self._cover(b, lines, first_text, ends[-1])
                break

        # 2. Notes at the end, running page numbers and running heads anywhere.
        chain = note_chain(lines, start, n)
        body_end = chain[0][0] if chain else n
        page_no: dict[int, str] = {}
        for i in range(start, n):
            m = _PAGE_NUMBER.match(lines[i].text)
            if m and not lines[i].blank:
                prev = next((k for k in range(i - 1, start - 1, -1) if not lines[k].blank), None)
                nxt = next((k for k in range(i + 1, n) if not lines[k].blank), None)
                isolated = (prev is None or lines[prev].blank or
                            _SENTENCE_END.search(lines[prev].text) or prev in page_no
                            or len(lines[prev].stripped) < 3 or i < body_end)
                if isolated and (nxt is None or nxt not in [c for c, _ in chain]):
                    page_no[i] = m.group(1)
        counts = Counter(ln.stripped for ln in lines[start:body_end] if 3 <= len(ln.stripped) <= 80)
        running = {t for t, c in counts.items() if c >= 3 and not _SENTENCE_END.search(t)
                   and not t[:1].islower()}

        # 3. Title page: up to the first page number, or the first paragraph of prose.
        tp_end = next((i for i in sorted(page_no) if i < body_end), None)
        if tp_end is None:
            tp_end = next((i for i in range(start, body_end)
                           if len(lines[i].stripped) > 70), start)
        children: list[Block] = []
        title_page, meta_bits = self._title_page(b, lines, start, tp_end)
        if title_page is not None:
            children.append(title_page)

        # 4. The body: page numbers become <pb/>, the rest paragraphs and headings.
        paras = self._paragraphs(lines, tp_end, body_end, page_no, running, dropped)
        last_pb = None
        sections: list[tuple[Block, list[Block | tuple[Block, list[Block]]]]] = []
        intro: list[Block] = []
        current1: list[Block | tuple[Block, list[Block]]] | None = None
        current2: list[Block] | None = None
        pending_pb: list[int] = []
        promoted = False
        for i in range(tp_end, body_end):
            if i in page_no:
                b.drop(lines[i].start, lines[i].end, DropReason.PAGE_NUMBER)
            elif i in dropped:
                b.drop(lines[i].start, lines[i].end, DropReason.RUNNING_HEAD)
        para_at = {p.lines[0]: p for p in paras}
        for i in range(tp_end, body_end):
            if i in page_no and page_no[i] != last_pb:
                pending_pb.append(i)
                last_pb = page_no[i]
            p = para_at.get(i)
            if p is None:
                continue
            for k in pending_pb:
                b.milestone("pb", page_no[k])
            pending_pb = []
            if p.kind == "head1":
                head = self._head(b, lines, p.lines, page_no)
                current1 = []
                current2 = None
                promoted = False
                sections.append((head, current1))
            elif p.kind == "head2":
                head = self._head(b, lines, p.lines, page_no)
                if current1 is None or promoted:
                    # No capitalized chapter headings: these are the top-level sections.
                    current1 = []
                    current2 = None
                    promoted = True
                    sections.append((head, current1))
                else:
                    current2 = []
                    current1.append((head, current2))
            else:
                block = self._para(b, lines, p.lines, page_no)
                if current2 is not None:
                    current2.append(block)
                elif current1 is not None:
                    current1.append(block)
                else:
                    intro.append(block)
        for i in range(body_end, n):
            if i in page_no:
                b.drop(lines[i].start, lines[i].end, DropReason.PAGE_NUMBER)
        body_children: list[Block] = []
        if intro:
            body_children.append(container(BlockKind.DIV, intro, [("type", "section")]))
        for head, content in sections:
            kids: list[Block] = [head] if head.end > head.start else []
            for c in content:
                if isinstance(c, tuple):
                    sub_head, sub = c
                    kids.append(container(BlockKind.DIV, [sub_head, *sub], [("type", "section")]))
                else:
                    kids.append(c)
            body_children.append(container(BlockKind.DIV, kids, [("type", "section")]))
        children.extend(body_children)
        skip = frozenset(page_no) | frozenset(dropped)
        notes = add_footnotes(b, lines, chain, n, place="end", skip=skip, page_breaks=page_no)
        children.extend(notes)
        return b.build(
            "article",
            [container(BlockKind.DIV, children, [("type", "document")])],
            Metadata(
                title=meta_bits.get("title", source.stem),
                kind="article",
                authors=tuple(a for a in [meta_bits.get("author", "")] if a),
                date_text=meta_bits.get("date", ""),
                series=meta_bits.get("series", ""),
            ),
        )

    # -- pieces --------------------------------------------------------------------------
    def _cover(self, b: DocBuilder, lines: Sequence[Line], lo: int, hi: int) -> None:
        """Drop the cover page, keeping its stable link (a record's address) for the header."""
        for i in range(lo, hi + 1):
            ln = lines[i]
            m = re.match(r"^\s*Stable URL:\s*(https?://\S+)\s*$", ln.text)
            if m:
                b.drop(ln.start, ln.start + m.start(1), DropReason.COVER_PAGE)
                b.move(ln.start + m.start(1), ln.start + m.end(1), "url")
            else:
                b.drop(ln.start, ln.end, DropReason.COVER_PAGE)

    def _title_page(self, b: DocBuilder, lines: Sequence[Line], lo: int,
                    hi: int) -> tuple[Block | None, dict[str, str]]:
        idx = [i for i in range(lo, hi) if not lines[i].blank]
        bits: dict[str, str] = {}
        if not idx:
            return None, bits
        kids: list[Block] = []
        title_line = lines[idx[0]]
        kids.append(add_running(b, BlockKind.HEAD, title_line.start, title_line.end))
        bits["title"] = strip_marker(title_line.stripped)
        rest = idx[1:]
        if rest and _NAME_LINE.match(lines[rest[0]].text):
            a = lines[rest[0]]
            kids.append(add_running(b, BlockKind.BYLINE, a.start, a.end))
            bits["author"] = a.stripped
            rest = rest[1:]
        for i in rest:
            ln = lines[i]
            if _DATE_ONLY.match(ln.text) and "date" not in bits:
                bits["date"] = ln.stripped
            if re.match(r"^\s*(?:Working Paper|Discussion Paper|Occasional Paper)", ln.text,
                        re.I):
                bits["series"] = ln.stripped
            kids.append(add_running(b, BlockKind.P, ln.start, ln.end,
                                    attrs=[("rend", "titlePage")]))
        return container(BlockKind.TITLE_PAGE, kids), bits

    def _paragraphs(self, lines: Sequence[Line], lo: int, hi: int, page_no: dict[int, str],
                    running: set[str], dropped: set[int]) -> list[_Para]:
        out: list[_Para] = []
        cur: list[int] = []
        cur_kind = "p"
        spacer = False  # a line of spaces only: the extraction's paragraph separator

        def flush() -> None:
            nonlocal cur, cur_kind
            if cur:
                out.append(_Para(cur_kind, tuple(cur)))
            cur, cur_kind = [], "p"

        for i in range(lo, hi):
            ln = lines[i]
            if i in page_no:
                continue
            if ln.blank:
                if ln.text:  # spaces only
                    spacer = True
                continue
            if ln.stripped in running:
                dropped.add(i)
                continue
            text = ln.stripped
            prev_text = lines[cur[-1]].text if cur else ""
            prev_ended = not cur or bool(_SENTENCE_END.search(prev_text))
            if _is_caps(text) and len(text) < 120 and (
                _ROMAN_HEAD.match(text) or cur_kind == "head1" or prev_ended
            ):
                if cur_kind != "head1":
                    flush()
                    cur_kind = "head1"
                cur.append(i)
                spacer = False
                continue
            words = text.split()
            nxt = next((k for k in range(i + 1, hi) if not lines[k].blank and k not in page_no),
                       None)
            if (prev_ended and len(words) <= 8 and len(text) < 70 and text[0].isupper()
                    and not re.search(r"[.,;:]\d{0,3}$", text) and nxt is not None
                    and not lines[nxt].stripped[:1].islower()
                    and not re.search(r"\d{4}$", text)):
                flush()
                cur_kind = "head2"
                cur.append(i)
                flush()
                spacer = False
                continue
            starts_new = cur_kind != "p" or (
                prev_ended and (spacer or ln.text[:1].isspace())
            )
            if starts_new:
                flush()
            cur.append(i)
            spacer = False
        flush()
        return out

    def _head(self, b: DocBuilder, lines: Sequence[Line], idx: Sequence[int],
              page_no: dict[int, str]) -> Block:
        return add_lines(b, BlockKind.HEAD, lines, idx, dehyphenate=True, page_breaks=page_no)

    def _para(self, b: DocBuilder, lines: Sequence[Line], idx: Sequence[int],
              page_no: dict[int, str]) -> Block:
        return add_lines(b, BlockKind.P, lines, idx, dehyphenate=True, page_breaks=page_no)


READER = ArticleReader()
