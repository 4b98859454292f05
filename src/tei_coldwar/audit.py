"""The lossless audit: TEI text + dropped segments = source (modulo whitespace).

Two independent checks, so that neither a reader nor the writer can lose text unnoticed:

1. *Accounting*: every non-whitespace character of the source is claimed exactly once —
   copied into the neutral text, dropped with a reason, or moved to the header (a footnote
   marker counts as dropped, not copied, since its ``note`` replaces it).
2. *Output*: the characters the TEI actually holds equal what the accounting says it should:
   the running text outside numbered notes, each numbered note's body, and each moved field's
   text in the ``teiHeader``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from lxml import etree

from .convert import Conversion
from .model import DropReason, SpanType
from .xmlsafe import xml_chars

_T = "{http://www.tei-c.org/ns/1.0}"


@dataclass(frozen=True)
class AuditResult:
    unaccounted: tuple[tuple[int, str], ...]  # (source line, text) claimed by nothing
    claimed_twice: tuple[tuple[int, str], ...]
    mismatches: tuple[str, ...]  # descriptions of TEI text that differs from the account

    @property
    def ok(self) -> bool:
        return not (self.unaccounted or self.claimed_twice or self.mismatches)

    def summary(self) -> str:
        if self.ok:
            return "every character of the source is accounted for"
        parts = []
        if self.unaccounted:
            parts.append(f"{len(self.unaccounted)} stretch(es) of source text missing")
        if self.claimed_twice:
            parts.append(f"{len(self.claimed_twice)} stretch(es) claimed twice")
        parts.extend(self.mismatches)
        return "; ".join(parts)


def _runs_of(flags: list[int], value_test: int, text: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    i, n = 0, len(flags)
    while i < n:
        if flags[i] == value_test and not text[i].isspace():
            j = i
            while j < n and (flags[j] == value_test or text[j].isspace()):
                j += 1
            out.append((text.count("\n", 0, i) + 1, text[i:j].strip()))
            i = j
        else:
            i += 1
    return out


def _nows(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _tei_streams(root: etree._Element) -> tuple[str, dict[str, str], str]:
    text_el = root.find(f"{_T}text")
    header = root.find(f"{_T}teiHeader")
    main: list[str] = []
    notes: dict[str, list[str]] = {}

    def walk(el: etree._Element, note_n: str | None) -> None:
        n = note_n
        if el.tag == f"{_T}note" and el.get("n"):
            n = el.get("n")
        target = notes.setdefault(n, []) if n is not None else main
        if el.text:
            target.append(el.text)
        for child in el:
            if isinstance(child.tag, str):
                walk(child, n)
            if child.tail:
                target.append(child.tail)

    if text_el is not None:
        walk(text_el, None)
    header_text = "".join(str(t) for t in header.itertext()) if header is not None else ""
    return _nows("".join(main)), {k: _nows("".join(v)) for k, v in notes.items()}, header_text


def audit(conv: Conversion) -> AuditResult:
    doc, report = conv.document, conv.report
    src = doc.source.text
    claims = [0] * len(src)
    for run in doc.runs:
        for i in range(run.source_start, run.source_start + run.length):
            claims[i] += 1
    for d in report.dropped:
        for i in range(d.source_start, d.source_end):
            claims[i] += 0 if d.reason is DropReason.NOTE_MARKER else 1
    for m in report.moved:
        for i in range(m.source_start, m.source_end):
            claims[i] += 1
    unaccounted = tuple(_runs_of(claims, 0, src))
    twice = tuple(_runs_of([2 if c > 1 else 0 for c in claims], 2, src))

    # What the TEI should hold, from the neutral text and the spans that left it.
    markers = [s for s in report.spans if s.type is SpanType.NOTE]
    hidden = [False] * len(doc.text)
    for s in markers:
        for i in range(s.start, s.end):
            hidden[i] = True
    placed = {s.attr("n") for s in markers if s.attr("lost") != "true"}
    expected_notes: dict[str, str] = {}
    for b in doc.footnotes():
        n = b.attr("n") or ""
        expected_notes[n] = _nows(doc.text[b.start : b.end])
        for i in range(b.start, b.end):
            hidden[i] = True
    expected_main = _nows("".join(c for c, h in zip(doc.text, hidden, strict=True) if not h))
    main, notes, header_text = _tei_streams(conv.tree.getroot())
    mismatches: list[str] = []
    if main != expected_main:
        k = next((i for i, (a, b) in enumerate(zip(main, expected_main, strict=False))
                  if a != b), min(len(main), len(expected_main)))
        near = expected_main[max(0, k - 20) : k + 20]
        mismatches.append(f"the running text differs from the source near “{near}”")
    for n, body in expected_notes.items():
        if n in placed or n not in notes:
            got = notes.get(n, "")
        else:
            got = notes[n]
        if got != body:
            mismatches.append(f"note {n} differs from its source text")
    squashed_header = _nows(header_text)
    for m in report.moved:
        # Characters XML cannot hold are left out of the header, as out of the body.
        if _nows(xml_chars(m.text)) not in squashed_header:
            mismatches.append(f"the {m.field} moved to the header is not found there")
    return AuditResult(unaccounted, twice, tuple(mismatches))


def dropped_summary(conv: Conversion) -> dict[str, int]:
    """Characters dropped, by reason (for the conversion report)."""
    c: Counter[str] = Counter()
    for d in conv.report.dropped:
        c[d.reason.value] += len(_nows(d.text))
    return dict(sorted(c.items()))
