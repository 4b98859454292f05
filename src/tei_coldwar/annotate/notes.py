"""Footnote markers: find them in the text and align them with the note bodies.

Markers are told from ordinary numbers by two things only, as in ENCODING.md: they are glued
to the word or punctuation before them ("Nations1", "decades.2", "Delga 354.2") and they run
1, 2, 3 … in reading order. A number that is not the next expected marker is never a marker,
which keeps "NSC No.174", "Document 211" and "p. 796" in the text. Markers beyond the last
note body (a truncated source) still become notes, holding a gap.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Block, BlockKind, Document, Span, SpanType
from . import AnnotationContext

# A candidate: 1–3 digits glued to a letter, to closing punctuation, or to a year
# ("1958-19611" = 1958-1961 + marker 1), ending the token.
_CANDIDATE = re.compile(
    r"(?:(?<=[^\W\d_])|(?<=[.,;:!?”\"’)\]])|(?<![\d.,/])(?:1[5-9]|20)\d\d)"
    r"(\d{1,3})(?=[\s.,;:)\]”\"’]|$)"
)
_SOURCE_NOTE = re.compile(r"^\s*Source:", re.IGNORECASE)


def _main_leaves(doc: Document) -> list[Block]:
    """Leaf blocks outside note bodies, in reading order: where markers can stand."""
    out: list[Block] = []

    def walk(b: Block) -> None:
        if b.kind in (BlockKind.FOOTNOTE, BlockKind.EDITORIAL, BlockKind.SOURCE_NOTE):
            return
        if not b.children:
            out.append(b)
        for c in b.children:
            walk(c)

    for top in doc.blocks:
        walk(top)
    return out


def note_type(body: Block | None, doc: Document) -> str | None:
    if body is None:
        return None
    if _SOURCE_NOTE.match(doc.text[body.start : body.end]):
        return "source"
    return None


def annotate(doc: Document, ctx: AnnotationContext) -> Sequence[Span]:
    bodies = {int(n): b for b in doc.footnotes() if (n := b.attr("n")) and n.isdigit()}
    if not bodies:
        return []
    last_body = max(bodies)
    default_place = next(iter(bodies.values())).attr("place") or "foot"
    spans: list[Span] = []
    expected = 1
    for leaf in _main_leaves(doc):
        for m in _CANDIDATE.finditer(doc.text, leaf.start, leaf.end):
            if int(m.group(1)) != expected:
                continue
            body = bodies.get(expected)
            attrs: list[tuple[str, str]] = [("n", str(expected)), ("xml:id", f"note-{expected}")]
            ntype = note_type(body, doc)
            if ntype:
                attrs.append(("type", ntype))
            attrs.append(("place", (body.attr("place") if body else None) or default_place))
            if body is None:
                attrs.append(("lost", "true"))
            spans.append(
                Span(
                    m.start(1),
                    m.end(1),
                    SpanType.NOTE,
                    tuple(attrs),
                    source="notes.sequence" if body else "notes.sequence-lost",
                )
            )
            expected += 1
    # A run of "lost" markers only counts when it continues the found ones without a gap;
    # markers for bodies that exist must all have been found first.
    if expected <= last_body:
        found_bodies = expected - 1
        spans = [s for s in spans if int(s.attr("n") or 0) <= found_bodies]
    return spans


def mask(text: str, spans: Sequence[Span]) -> str:
    """The text with note markers blanked (same length), for the other annotators."""
    chars = list(text)
    for s in spans:
        if s.type is SpanType.NOTE:
            for i in range(s.start, s.end):
                chars[i] = " "
    return "".join(chars)
