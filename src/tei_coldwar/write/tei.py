"""Stage 3 — write: merge the neutral document and its spans into a TEI tree.

Deterministic by construction: spans are ordered by a total key (start, zero-length first,
longer first, type, attributes), a span that crosses an earlier one is set aside (and reported)
rather than guessed at, and only structural elements are indented — mixed content is never
touched, so whitespace inside paragraphs is exactly what the reader made.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from lxml import etree

from ..model import Block, BlockKind, Document, Milestone, Span, SpanType
from .header import HeaderInput, build_header

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
RESP = "#tei_coldwar"

_T = f"{{{TEI_NS}}}"

_ELEMENT = {
    BlockKind.DIV: "div",
    BlockKind.HEAD: "head",
    BlockKind.BYLINE: "byline",
    BlockKind.DOCDATE: "docDate",
    BlockKind.OPENER: "opener",
    BlockKind.CLOSER: "closer",
    BlockKind.DATELINE: "dateline",
    BlockKind.SALUTE: "salute",
    BlockKind.SIGNED: "signed",
    BlockKind.P: "p",
    BlockKind.QUOTE: "quote",
    BlockKind.LIST: "list",
    BlockKind.ITEM: "item",
    BlockKind.LABEL: "label",
    BlockKind.EDITORIAL: "note",
    BlockKind.SOURCE_NOTE: "note",
    BlockKind.TITLE_PAGE: "div",
}
_BLOCK_ATTRS = {
    BlockKind.DIV: ("type", "n"),
    BlockKind.LIST: ("type",),
    BlockKind.ITEM: ("n",),
    BlockKind.HEAD: ("type",),
    BlockKind.P: ("rend",),
    BlockKind.QUOTE: ("type",),
}
_FIXED_ATTRS = {
    BlockKind.EDITORIAL: (("type", "editorial"),),
    BlockKind.SOURCE_NOTE: (("type", "source"),),
    BlockKind.TITLE_PAGE: (("type", "titlePage"),),
}
_STRUCTURAL = {
    "TEI", "teiHeader", "fileDesc", "titleStmt", "publicationStmt", "sourceDesc", "profileDesc",
    "encodingDesc", "appInfo", "application", "listPrefixDef", "creation", "langUsage",
    "abstract", "correspDesc", "correspAction", "revisionDesc", "text", "body", "div", "list",
    "item", "opener", "closer", "particDesc", "listPerson", "person", "availability", "bibl",
    "respStmt", "back", "front",
}


@dataclass(frozen=True)
class WriteResult:
    tree: etree._ElementTree
    set_aside: tuple[Span, ...]  # spans that crossed another span or a block boundary


def _q(name: str) -> str:
    if name == "xml:id":
        return f"{{{XML_NS}}}id"
    return name


def _span_key(s: Span | Milestone) -> tuple[int, int, int, str, tuple[tuple[str, str], ...]]:
    if isinstance(s, Milestone):
        return (s.offset, 0, 0, "pb", (("n", s.n),))
    order = {SpanType.NOTE: 0, SpanType.PERSON: 1, SpanType.ROLE: 2, SpanType.DATE: 3}
    return (s.start, 1, -(s.end - s.start), str(order[s.type]), s.attrs)


class _Writer:
    def __init__(self, doc: Document, spans: Sequence[Span]) -> None:
        self.doc = doc
        self.text = doc.text
        self.bodies = {b.attr("n"): b for b in doc.footnotes()}
        self.spans = sorted(spans, key=_span_key)
        self._starts = [s.start for s in self.spans]
        self.set_aside: list[Span] = []
        self.milestones = sorted(doc.milestones, key=lambda m: m.offset)
        self._ms_offsets = [m.offset for m in self.milestones]

    # -- inline content ------------------------------------------------------------------
    def _append_text(self, el: etree._Element, s: str) -> None:
        if not s:
            return
        if len(el):
            last = el[-1]
            last.tail = (last.tail or "") + s
        else:
            el.text = (el.text or "") + s

    def fill(self, el: etree._Element, start: int, end: int) -> None:
        lo, hi = bisect_left(self._starts, start), bisect_left(self._starts, end)
        items: list[Span | Milestone] = [
            s for s in self.spans[lo:hi] if s.end <= end and s.start < s.end
        ]
        lo, hi = bisect_left(self._ms_offsets, start), bisect_left(self._ms_offsets, end)
        items += self.milestones[lo:hi]
        items.sort(key=_span_key)
        self._emit(el, start, end, items)

    def _emit(self, el: etree._Element, start: int, end: int,
              items: Sequence[Span | Milestone]) -> None:
        pos = start
        i = 0
        while i < len(items):
            it = items[i]
            if isinstance(it, Milestone):
                if it.offset < pos:
                    i += 1
                    continue
                self._append_text(el, self.text[pos : it.offset])
                etree.SubElement(el, _T + it.kind, n=it.n)
                pos = it.offset
                i += 1
                continue
            if it.start < pos:  # crosses or repeats an earlier span
                self.set_aside.append(it)
                i += 1
                continue
            self._append_text(el, self.text[pos : it.start])
            inner = []
            j = i + 1
            while j < len(items):
                nxt = items[j]
                n_start = nxt.offset if isinstance(nxt, Milestone) else nxt.start
                if n_start >= it.end:
                    break
                if isinstance(nxt, Milestone) or nxt.end <= it.end:
                    inner.append(nxt)
                else:
                    self.set_aside.append(nxt)
                j += 1
            if it.type is SpanType.NOTE:
                self._note(el, it)
            else:
                child = etree.SubElement(el, _T + _span_tag(it))
                for k, v in _span_attrs(it):
                    child.set(_q(k), v)
                self._emit(child, it.start, it.end, inner)
            pos = it.end
            i = j
        self._append_text(el, self.text[pos:end])

    def _note(self, parent: etree._Element, span: Span) -> None:
        note = etree.SubElement(parent, _T + "note")
        for k in ("n", "xml:id", "type", "place"):
            v = span.attr(k)
            if v:
                note.set(_q(k), v)
        body = self.bodies.get(span.attr("n"))
        if body is None or span.attr("lost") == "true":
            etree.SubElement(note, _T + "gap", reason="lost")
            return
        self.fill(note, body.start, body.end)

    # -- blocks --------------------------------------------------------------------------
    def block(self, parent: etree._Element, b: Block) -> None:
        if b.kind is BlockKind.FOOTNOTE:
            n = b.attr("n")
            if any(s.type is SpanType.NOTE and s.attr("n") == n for s in self.spans):
                return  # written where its marker stands
            note = etree.SubElement(parent, _T + "note", n=n or "", place=b.attr("place") or
                                    "foot")
            note.set(_q("xml:id"), f"note-{n}")
            self.fill(note, b.start, b.end)
            return
        el = etree.SubElement(parent, _T + _ELEMENT[b.kind])
        for k, v in _FIXED_ATTRS.get(b.kind, ()):
            el.set(k, v)
        for name in _BLOCK_ATTRS.get(b.kind, ()):
            value = b.attr(name)
            if value:
                el.set(name, value)
        if b.children:
            for c in b.children:
                self.block(el, c)
        else:
            self.fill(el, b.start, b.end)


def _span_tag(s: Span) -> str:
    return {SpanType.PERSON: "persName", SpanType.DATE: "date", SpanType.ROLE: "rs"}[s.type]


def _span_attrs(s: Span) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if s.type is SpanType.ROLE:
        out.append(("type", "person"))
    out.extend((k, v) for k, v in s.attrs if k not in ("lost",))
    if s.cert:
        out.append(("cert", s.cert))
    out.append(("resp", RESP))
    return out


def indent_structure(el: etree._Element, level: int = 0) -> None:
    """Indent elements that hold only elements; leave mixed content exactly as it is."""
    children = list(el)
    if not children:
        return
    local = etree.QName(el).localname
    mixed = bool((el.text or "").strip()) or any((c.tail or "").strip() for c in children)
    if local not in _STRUCTURAL or mixed:
        return
    pad = "\n" + "  " * (level + 1)
    el.text = pad
    for c in children:
        c.tail = pad
        indent_structure(c, level + 1)
    children[-1].tail = "\n" + "  " * level


def write_tei(doc: Document, spans: Sequence[Span], header: HeaderInput) -> WriteResult:
    """Build the TEI document for ``doc`` with ``spans`` merged in."""
    nsmap: Any = {None: TEI_NS}
    root = etree.Element(_T + "TEI", nsmap=nsmap)
    root.set(f"{{{XML_NS}}}lang", header.language or "en")
    root.append(build_header(doc, header))
    text = etree.SubElement(root, _T + "text")
    if doc.meta.kind:
        text.set("type", doc.meta.kind.replace(" ", "-"))
    body = etree.SubElement(text, _T + "body")
    w = _Writer(doc, spans)
    for b in doc.blocks:
        w.block(body, b)
    indent_structure(root)
    root.tail = "\n"
    return WriteResult(etree.ElementTree(root), tuple(w.set_aside))


def serialize(tree: etree._ElementTree) -> bytes:
    return etree.tostring(tree, xml_declaration=True, encoding="UTF-8")
