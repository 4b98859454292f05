"""Dates: find every expression of calendar time and normalize it to ISO 8601.

Recognition lives in :mod:`.dates_rules` (what an expression says on its own); this module
chooses among overlapping candidates and resolves what an expression leaves to its context:
a missing year comes from the text before it (its own footnote first, since a note cites
other times than the body), a relative expression from the document's date, "the following
day" from the last full date. Values so inferred carry ``cert="medium"`` (``low`` where a
vague qualifier is also interpreted), as the house rules ask.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from ..model import BlockKind, DateValue, Document, Span, SpanType
from . import AnnotationContext
from .dates_lexicon import URL
from .dates_rules import Candidate, Point, scan, time_after, with_time

__all__ = ["annotate", "document_date", "parse"]

# Rules whose year names a specific time; decades and centuries do not set the context year.
_UNSPECIFIC = frozenset({"decade", "decade-part", "century", "century-part"})
_MAX = 1 << 62
_NEAR = 400  # characters: a year written this close before governs a date without one
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_AND = re.compile(r"\s+(?:and|&)\s+$", re.IGNORECASE)
_LINK = re.compile(r"\s*(?:and|or|&|,|to|until|till|[-–—])\s*$", re.IGNORECASE)
_DATELINE_KINDS = frozenset({BlockKind.DATELINE, BlockKind.DOCDATE, BlockKind.LABEL})
_LINE_PREFIX = re.compile(r"(?:[A-Z][\w.'’ -]{0,40},\s*)?$")
# U.S. State Department decimal file numbers: "764.00/12–1556" = filed 15 December 1956.
_FILE_NUMBER = re.compile(
    r"\b\d{3}\.\d{1,4}[A-Z]{0,2}(?:/[A-Z0-9.]+)?/(\d{1,2})\s?[-–—]\s?(\d{3,4})(?!\d)"
)


def parse(expression: str, reference: DateValue | None = None) -> DateValue | None:
    """Normalize one date expression (a dateline, a docDate, a list label).

    A clock time written after a full date belongs to it here, as in a dateline. ``reference``
    gives the year of a day-month expression and the anchor of a relative one. None where the
    expression holds no date, or more than a date (other numbers, or a sentence around it).
    """
    text = expression.strip()
    if not text:
        return None
    chosen = _select(text, _candidates(text))
    if not chosen:
        return None
    best = max(chosen, key=lambda c: (c.end - c.start, -c.start))
    best = _attach_time(text, best)
    leftover = text[: best.start] + " " + text[best.end :]
    if re.search(r"\d", leftover) or len(re.findall(r"\w+", leftover)) > 3:
        return None
    spans = _resolve(text, [best], _Regions(()), reference)
    if not spans:
        return None
    span = spans[0]
    return DateValue(attrs=dict(span.attrs), cert=span.cert)


def document_date(doc: Document) -> DateValue | None:
    """The document's own date, from the reader's date text or, failing that, the file numbers.

    A State Department file number records when a paper was filed, so a document citing
    "764.00/12–1556" was written on or after 15 December 1956: the latest such date is a
    lower bound, hence ``notBefore`` with ``cert="medium"``.
    """
    if doc.meta.date_text:
        value = parse(doc.meta.date_text)
        if value is not None:
            return value
    latest: date | None = None
    for m in _FILE_NUMBER.finditer(doc.text):
        month = int(m.group(1))
        digits = m.group(2)
        day, year = int(digits[:-2]), 1900 + int(digits[-2:])
        try:
            filed = date(year, month, day)
        except ValueError:
            continue
        if latest is None or filed > latest:
            latest = filed
    if latest is None:
        return None
    return DateValue(attrs={"notBefore": latest.isoformat()}, cert="medium")


def annotate(doc: Document, ctx: AnnotationContext) -> list[Span]:
    """Every date expression in ``ctx.text``, normalized; see the module docstring."""
    text = ctx.text
    chosen = _select(text, _candidates(text))
    datelines = [
        (b.start, b.end) for top in doc.blocks for b in top.walk() if b.kind in _DATELINE_KINDS
    ]
    chosen = [_attach_time(text, c) if _in_dateline(text, c, datelines) else c for c in chosen]
    regions = _Regions(
        tuple(sorted((b.start, b.end, f"note {b.attr('n')}") for b in doc.footnotes()))
    )
    return [s for s in _resolve(text, chosen, regions, ctx.document_date) if _real_days(s)]


def _real_days(span: Span) -> bool:
    """False for "February 29, 1945" or "31 June": a value that names no calendar day is a
    typo or an OCR error, and the house schema rejects it; the words stay plain text."""
    for _, value in span.attrs:
        m = re.match(r"(\d{4})-(\d\d)-(\d\d)", value)
        if m:
            try:
                date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                return False
    return True


# --------------------------------------------------------------------------- selection


def _candidates(text: str) -> list[Candidate]:
    urls = [(m.start(), m.end()) for m in URL.finditer(text)]
    cands = list(scan(text))
    if urls:
        starts = [u[0] for u in urls]

        def in_url(c: Candidate) -> bool:
            i = bisect.bisect_right(starts, c.start) - 1
            return i >= 0 and urls[i][0] <= c.start < urls[i][1]

        cands = [c for c in cands if not in_url(c)]
    return cands


def _select(text: str, cands: Iterable[Candidate]) -> list[Candidate]:
    """Leftmost-longest, then join "between X and Y" into one span."""
    ordered = sorted(cands, key=lambda c: (c.start, -(c.end - c.start)))
    chosen: list[Candidate] = []
    last_end = -1
    for c in ordered:
        if c.start >= last_end:
            chosen.append(c)
            last_end = c.end
    return _join_between(text, chosen)


def _join_between(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """ "between 1953 and 1956" is one date (the preposition outside), per the house rules."""
    out: list[Candidate] = []
    i = 0
    while i < len(chosen):
        a = chosen[i]
        if i + 1 < len(chosen):
            b = chosen[i + 1]
            if (
                a.rel is None
                and b.rel is None
                and b.start - a.end < 20
                and _AND.match(text[a.end : b.start] + " ") is not None
                and _BETWEEN.search(text[max(0, a.start - 12) : a.start])
                and a.end < b.start
            ):
                lo = a.lo
                if lo.year is None and b.hi.year is not None:
                    y = b.hi.year
                    if lo.month is not None and b.hi.month is not None and lo.month > b.hi.month:
                        y -= 1
                    lo = replace(lo, year=y)
                out.append(
                    Candidate(
                        a.start,
                        b.end,
                        "between",
                        "range",
                        lo,
                        b.hi,
                        explicit_year=a.explicit_year or b.explicit_year,
                    )
                )
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _attach_time(text: str, c: Candidate) -> Candidate:
    if c.mode != "when" or c.lo.day is None or c.rel is not None:
        return c
    found = time_after(text, c.end)
    if found is None:
        return c
    return with_time(c, found[0], found[1])


def _in_dateline(text: str, c: Candidate, datelines: Sequence[tuple[int, int]]) -> bool:
    """A date is a dateline's if a reader marked it so, or if it stands alone on its line
    (after at most a place name), as datelines do in plain text."""
    if any(s <= c.start < e for s, e in datelines):
        return True
    found = time_after(text, c.end)
    if found is None:
        return False
    window = max(0, c.start - 80)
    line_start = text.rfind("\n", window, c.start) + 1
    if line_start == 0 and window > 0:
        return False
    if not _LINE_PREFIX.match(text, line_start, c.start):
        return False
    line_end = text.find("\n", found[0], found[0] + 80)
    if line_end < 0:
        line_end = min(len(text), found[0] + 80)
    rest = text[found[0] : line_end]
    return not rest.strip(" \t.")


# --------------------------------------------------------------------------- resolution


@dataclass(frozen=True)
class _Regions:
    """Footnote bodies as (start, end, name): each is its own context for years."""

    notes: tuple[tuple[int, int, str], ...]

    def of(self, offset: int) -> str:
        i = bisect.bisect_right(self.notes, (offset, _MAX, "")) - 1
        if i >= 0 and self.notes[i][0] <= offset < self.notes[i][1]:
            return self.notes[i][2]
        return "body"


@dataclass
class _Context:
    """What the text has said so far, per region (local to one resolution run)."""

    year: int | None = None
    year_at: int = 0  # where that year was written
    year_lo: int | None = None
    academic: bool = False
    month_year: dict[int, int] = field(default_factory=dict)
    day: date | None = None


def _resolve(
    text: str, chosen: list[Candidate], regions: _Regions, reference: DateValue | None
) -> list[Span]:
    ref_day = _ref_day(reference)
    ref_year = reference.year() if reference is not None else None
    contexts: dict[str, _Context] = {}
    whole = _Context()
    spans: list[Span] = []
    for i, c in enumerate(chosen):
        region = regions.of(c.start)
        local = contexts.setdefault(region, _Context())
        resolved = _resolve_one(
            text, c, chosen[i + 1] if i + 1 < len(chosen) else None, local, whole, ref_day, ref_year
        )
        if resolved is None:
            continue
        spans.append(_span(resolved))
        for ctx in (local, whole):
            _learn(ctx, c, resolved)
    return spans


def _ref_day(reference: DateValue | None) -> date | None:
    if reference is None:
        return None
    when = reference.attrs.get("when", "")
    try:
        return date.fromisoformat(when[:10]) if len(when) >= 10 else None
    except ValueError:
        return None


def _year_for(
    at: int, month: int | None, local: _Context, whole: _Context, ref_year: int | None
) -> int | None:
    """The year of a month mentioned without one: the last year mentioned close before it
    (its own region first); where that is further back, the year last given to the same
    month ("October 1956" ... "the October events"); else the document's year."""
    for ctx in (local, whole):
        near = ctx.year is not None and at - ctx.year_at <= _NEAR
        if not near and month is not None and month in ctx.month_year:
            return ctx.month_year[month]
        if ctx.year is not None:
            if ctx.academic and ctx.year_lo is not None and month is not None and month >= 8:
                return ctx.year_lo
            return ctx.year
    return ref_year


def _resolve_one(
    text: str,
    c: Candidate,
    nxt: Candidate | None,
    local: _Context,
    whole: _Context,
    ref_day: date | None,
    ref_year: int | None,
) -> Candidate | None:
    if c.rel == "ref":
        if ref_day is None:
            return None
        return _with_day(c, ref_day + timedelta(days=c.rel_days))
    if c.rel in ("ref-week", "ref-month", "ref-year"):
        if ref_day is None:
            return None
        return _relative_unit(c, ref_day)
    if c.rel == "last-day":
        anchor = local.day or whole.day
        if anchor is None:
            return None
        return _with_day(c, anchor + timedelta(days=c.rel_days))
    if c.rel == "last-year":
        ctx_year = local.year or whole.year or ref_year
        if ctx_year is None:
            return None
        return replace(c, lo=replace(c.lo, year=ctx_year), hi=replace(c.hi, year=ctx_year))
    if c.lo.year is not None and c.hi.year is not None:
        return c
    year: int | None = None
    if nxt is not None and nxt.explicit_year and nxt.lo.year is not None:
        gap = nxt.start - c.end
        if gap < 12 and _LINK.match(text[c.end : nxt.start] + " ") is not None:
            year = nxt.lo.year  # "23 October and 4 November 1956"
    if year is None:
        year = _year_for(c.start, c.lo.month, local, whole, ref_year)
    if year is None:
        return None
    lo_year = year
    if c.lo.month and c.hi.month and c.lo.month > c.hi.month:
        lo_year = year - 1
    cert = "low" if c.mode == "vague" else "medium"
    return replace(
        c,
        lo=replace(c.lo, year=c.lo.year or lo_year),
        hi=replace(c.hi, year=c.hi.year or year),
        cert=cert,
    )


def _with_day(c: Candidate, d: date) -> Candidate:
    p = Point(d.year, d.month, d.day)
    return replace(c, lo=p, hi=p)


def _relative_unit(c: Candidate, ref: date) -> Candidate:
    unit = c.rel
    step = c.rel_days
    if unit == "ref-week":
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=step)
        return replace(
            c,
            lo=Point(monday.year, monday.month, monday.day),
            hi=_point_of(monday + timedelta(days=6)),
        )
    if unit == "ref-month":
        index = ref.year * 12 + ref.month - 1 + step
        p = Point(index // 12, index % 12 + 1)
        return replace(c, lo=p, hi=p)
    p = Point(ref.year + step)
    return replace(c, lo=p, hi=p)


def _point_of(d: date) -> Point:
    return Point(d.year, d.month, d.day)


def _learn(ctx: _Context, c: Candidate, r: Candidate) -> None:
    """Remember what a resolved date tells later ones (this context is local to one run)."""
    if c.explicit_year and c.rel is None and c.rule not in _UNSPECIFIC:
        if r.hi.year is not None:
            ctx.year = r.hi.year
            ctx.year_at = r.end
            ctx.year_lo = r.lo.year
            ctx.academic = c.rule == "academic-year"
        for p in (r.lo, r.hi):
            if p.year is not None and p.month is not None:
                ctx.month_year[p.month] = p.year
    if r.hi.year is not None and r.hi.month is not None and r.hi.day is not None:
        try:
            ctx.day = date(r.hi.year, r.hi.month, r.hi.day)
        except ValueError:
            pass


def _span(r: Candidate) -> Span:
    lo, hi = r.lo.iso(), r.hi.iso()
    attrs: tuple[tuple[str, str], ...]
    if r.mode == "when" or lo == hi:
        attrs = (("when", lo),)
    elif r.mode == "range":
        attrs = (("from", lo), ("to", hi))
    else:
        attrs = (("notBefore", lo), ("notAfter", hi))
    return Span(r.start, r.end, SpanType.DATE, attrs, cert=r.cert, source=f"dates.{r.rule}")
