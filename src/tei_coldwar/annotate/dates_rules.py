"""The date patterns: each finds candidate expressions and says what they mean, partially.

A candidate may leave its year open ("28 October") or depend on a reference point
("yesterday", "the following day"); :mod:`.dates` resolves those in reading order, because
the year of a day-month date comes from the text before it. Keeping recognition (here) and
resolution (there) apart lets every pattern stay a pure function of the text.

All patterns are compiled once at import, and none nests unbounded repetitions, so a long
text without line breaks is scanned in linear time.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from .dates_lexicon import (
    COUNT_NOUNS,
    DECADE_WORD_RE,
    DECADE_WORDS,
    ENGLISH_MONTHS,
    HU_DECADE_RE,
    HUNGARIAN_DECADES,
    INSTITUTION_AFTER,
    INSTITUTION_BEFORE,
    NUMBER_LABELS,
    ORDINAL_WORD_RE,
    ORDINAL_WORDS,
    ROMAN_MONTHS,
    SEASON_RE,
    SEASONS,
    WEEKDAY_RE,
    month_number,
)


@dataclass(frozen=True)
class Point:
    """A calendar point; any part may be open (None) until resolution fills it."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    time: str | None = None  # "hh:mm", optionally followed by a zone "+00:00"

    def iso(self) -> str:
        out = f"{self.year:04d}" if self.year is not None else "????"
        if self.month is not None:
            out += f"-{self.month:02d}"
            if self.day is not None:
                out += f"-{self.day:02d}"
                if self.time:
                    out += "T" + self.time
        return out


@dataclass(frozen=True)
class Candidate:
    """A date expression found in the text, with its (possibly partial) meaning.

    ``mode``: ``when`` (one point, ``lo``), ``range`` (``from``/``to``), ``vague``
    (``notBefore``/``notAfter``). ``rel`` names a dependence on context that resolution
    must satisfy: ``ref`` (days from the reference date), ``ref-week``/``ref-month``/
    ``ref-year``, ``last-day`` (days from the last full date), ``last-year`` (months of the
    last year mentioned, or None for the whole year).
    """

    start: int
    end: int
    rule: str
    mode: str
    lo: Point
    hi: Point
    cert: str | None = None
    rel: str | None = None
    rel_days: int = 0
    explicit_year: bool = True  # the year is written in the expression


RuleFn = Callable[[str, re.Match[str]], Candidate | None]

WS = r"\s+"
DASH = r"\s*[-–—‐‑−]\s*"
# The look-behind comes after the first digit so that the scanner can skip to digits.
DAY = r"\d(?<![\d.,/:#№]\d)\d?(?:st|nd|rd|th|er)?(?![\d:])"
YEAR = r"[12]\d{3}(?<![\d/.:]\d{4})(?![\d])"
# Any word, checked against the month names in code: one character class scans far faster
# than an alternation of some two hundred names in eight languages.
WORD = r"(?<![^\W\d_])[^\W\d_]{3,13}(?![^\W\d_])"
MON = rf"{WORD}\.?"
CIRCA = r"(?-i:\b(?:cc?|ca)\.\s*|\bcirca\s+)"
QUAL = r"\b(?:early|mid|late)"
QSEP = r"(?:\s*-\s*|\s+)"

_DIGITS = re.compile(r"\d+")


def _day(s: str) -> int:
    m = _DIGITS.search(s)
    return int(m.group()) if m else 0


def _month(s: str) -> int | None:
    return month_number(s.strip().rstrip("."))


def _year_ok(y: int) -> bool:
    return 1000 <= y <= 2100


def _last_day(year: int | None, month: int) -> int:
    if month == 2:
        if year is None:
            return 29
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return 29 if leap else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _valid_day(day: int, month: int, year: int | None) -> bool:
    return 1 <= day <= _last_day(year, month)


def _point(text: str, start: int, end: int, rule: str, p: Point, **kw: object) -> Candidate:
    return Candidate(start, end, rule, "when", p, p, **kw)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- full dates


_WEEKDAY_BEFORE = re.compile(rf"\b(?:{WEEKDAY_RE}),?\s{{1,3}}$", re.IGNORECASE)


def _weekday_start(text: str, start: int) -> int:
    """Where a date begins if a weekday stands before it ("Tuesday, 23 October 1956")."""
    m = _WEEKDAY_BEFORE.search(text, max(0, start - 14), start)
    return m.start() if m else start


def _mdy(text: str, m: re.Match[str]) -> Candidate | None:
    month = _month(m["mon"])
    day = _day(m["day"])
    if month is None or not _valid_day(day, month, None):
        return None
    year = int(m["year"]) if m["year"] else None
    if year is not None and not _year_ok(year):
        return None
    start = _weekday_start(text, m.start("mon"))
    if year is None:
        return _point(
            text, start, m.end("day"), "month-day", Point(None, month, day), explicit_year=False
        )
    return _point(text, start, m.end(), "month-day-year", Point(year, month, day))


def _dmy(text: str, m: re.Match[str]) -> Candidate | None:
    month = _month(m["mon"])
    day = _day(m["day"])
    if month is None or not _valid_day(day, month, None):
        return None
    year = int(m["year"]) if m["year"] else None
    if year is not None and not _year_ok(year):
        return None
    start = _weekday_start(text, m.start("day"))
    if year is None:
        end = m.end("mon")
        if text[end - 1] == "." and text[m.start("mon") : end - 1].lower() in (
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ):
            end -= 1  # a full stop after a full month name ends the sentence
        return _point(text, start, end, "day-month", Point(None, month, day), explicit_year=False)
    return _point(text, start, m.end(), "day-month-year", Point(year, month, day))


def _ymd_hu(text: str, m: re.Match[str]) -> Candidate | None:
    year = int(m["year"])
    month = _month(m["mon"])
    day = _day(m["day"])
    if month is None or not _year_ok(year) or not _valid_day(day, month, year):
        return None
    lo = Point(year, month, day)
    if m["day2"]:
        month2 = _month(m["mon2"]) if m["mon2"] else month
        day2 = _day(m["day2"])
        if month2 is None or not _valid_day(day2, month2, year):
            return None
        hi = Point(year, month2, day2)
        return Candidate(m.start(), m.end(), "year-month-day-range", "range", lo, hi)
    return _point(text, m.start(), m.end(), "year-month-day", lo)


def _iso(text: str, m: re.Match[str]) -> Candidate | None:
    year, month, day = int(m["year"]), int(m["m"]), int(m["d"])
    if not _year_ok(year) or not 1 <= month <= 12 or not _valid_day(day, month, year):
        return None
    return _point(text, m.start(), m.end(), "iso", Point(year, month, day))


def _numeric(text: str, m: re.Match[str]) -> Candidate | None:
    """Day.month.year with a Roman ("30.X.62") or Arabic ("23.10.1956") month."""
    day = _day(m["day"])
    mon = m["mon"]
    roman = not mon.isdigit()
    month = ROMAN_MONTHS.get(mon.lower()) if roman else int(mon)
    ys = m["year"]
    if month is None or not 1 <= month <= 12:
        return None
    if len(ys) == 2:
        if not roman:
            return None  # "3.10.56" is as likely a section number
        year = 1900 + int(ys)
    else:
        year = int(ys)
    if not _year_ok(year) or not _valid_day(day, month, year):
        return None
    return _point(text, m.start(), m.end(), "numeric", Point(year, month, day))


# --------------------------------------------------------------------------- ranges of days


def _day_range(text: str, m: re.Match[str]) -> Candidate | None:
    """ "18 and 19 June 1962", "2 and 3 November", "18-19 June 1962", "June 18-19, 1962"."""
    month = _month(m["mon"])
    d1, d2 = _day(m["d1"]), _day(m["d2"])
    if month is None or not (_valid_day(d1, month, None) and _valid_day(d2, month, None)):
        return None
    if d2 <= d1:
        return None
    year = int(m["year"]) if m["year"] else None
    if year is not None and not _year_ok(year):
        return None
    alt = m["conj"].strip().lower() == "or"
    end = m.end() if year is not None else max(m.end("mon"), m.end("d2"))
    if year is None and text[end - 1] == ".":
        end -= 1
    return Candidate(
        m.start(),
        end,
        "day-range" if not alt else "day-alternatives",
        "vague" if alt else "range",
        Point(year, month, d1),
        Point(year, month, d2),
        explicit_year=year is not None,
    )


def _day_month_range(text: str, m: re.Match[str]) -> Candidate | None:
    """ "31 July-3 August 1958", "28 October – 4 November 1956", "July 31-August 3, 1958"."""
    m1, m2 = _month(m["mon1"]), _month(m["mon2"])
    d1, d2 = _day(m["d1"]), _day(m["d2"])
    year = int(m["year"])
    if m1 is None or m2 is None or not _year_ok(year):
        return None
    if not (_valid_day(d1, m1, year) and _valid_day(d2, m2, year)):
        return None
    y1 = int(m["year1"]) if m["year1"] else (year - 1 if m1 > m2 else year)
    return Candidate(
        m.start(), m.end(), "day-month-range", "range", Point(y1, m1, d1), Point(year, m2, d2)
    )


# --------------------------------------------------------------------------- months and years


def _month_year(text: str, m: re.Match[str]) -> Candidate | None:
    month = _month(m["mon"])
    year = int(m["year"])
    if month is None or not _year_ok(year):
        return None
    return _point(text, m.start(), m.end(), "month-year", Point(year, month))


def _number_context_ok(
    text: str, start: int, end: int, *, check_before: bool = True, check_after: bool = True
) -> bool:
    """False where a number is a file, page or document number, a count, or part of a name."""
    before = text[max(0, start - 60) : start]
    if check_before:
        if NUMBER_LABELS.search(before[-14:]):
            return False
        if re.search(r"(?:\d\s?[-–—/.]\s?|[\d/.:])$", before):
            return False
        if INSTITUTION_BEFORE.search(before):
            return False
    if check_after:
        after = text[end : end + 40]
        if re.match(r"\s?[-–—/]\s?\d|\s*pp?\.|\s*[%‰]", after):
            return False
        if COUNT_NOUNS.match(after) or INSTITUTION_AFTER.match(after):
            return False
    return True


def _year(text: str, m: re.Match[str]) -> Candidate | None:
    year = int(m["year"])
    if not _year_ok(year) or not _number_context_ok(text, m.start("year"), m.end("year")):
        return None
    circa = bool(m["circa"])
    return _point(text, m.start(), m.end(), "year", Point(year), cert="low" if circa else None)


def _year_range(text: str, m: re.Match[str]) -> Candidate | None:
    """ "1955-1956", "1955- 1957", "1955–57", "2001/2002", "the 2001/2002 academic year"."""
    y1 = int(m["y1"])
    y2s = m["y2"]
    y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
    if not (_year_ok(y1) and _year_ok(y2)) or not y1 < y2 <= y1 + 100:
        return None
    if m["slash"] and y2 - y1 > 1 and not m["academic"]:
        return None
    if not _number_context_ok(text, m.start("y1"), m.end("y1"), check_after=False):
        return None
    if not _number_context_ok(text, m.start("y2"), m.end(), check_before=False):
        return None
    if m["academic"]:
        start = m.start()
    elif m["circa"]:
        start = m.start("circa")
    else:
        start = m.start("y1")
    return Candidate(
        start,
        m.end(),
        "academic-year" if m["academic"] else "year-range",
        "range",
        Point(y1),
        Point(y2),
    )


# --------------------------------------------------------------------------- vague spans

_THIRDS = {"early": (0, 3), "mid": (3, 7), "late": (7, 9)}


def _decade_bounds(decade: int, q1: str | None, q2: str | None) -> tuple[int, int] | None:
    if not q1:
        return None
    a = _THIRDS[q1.lower()]
    b = _THIRDS[q2.lower()] if q2 else a
    return decade + min(a[0], b[0]), decade + max(a[1], b[1])


def _decade(text: str, m: re.Match[str]) -> Candidate | None:
    """ "the 1950s", "1980s", "the late 1940s", "the mid-sixties", "the mid-and late fifties"."""
    if m["num"]:
        decade = int(m["num"])
        if not _year_ok(decade) or decade % 10:
            return None
        inferred = False
    else:
        word = DECADE_WORDS[m["word"].lower()]
        decade = 1900 + word * 10
        inferred = not m["nineteen"]
    if not m["num"] and not m["the"] and not m["q1"]:
        return None  # "in his sixties" is an age
    bounds = _decade_bounds(decade, m["q1"], m["q2"])
    start = m.start()
    if bounds is None:
        return Candidate(
            start,
            m.end(),
            "decade",
            "range",
            Point(decade),
            Point(decade + 9),
            cert="medium" if inferred else None,
        )
    return Candidate(
        start, m.end(), "decade-part", "vague", Point(bounds[0]), Point(bounds[1]), cert="low"
    )


_PART_OF = {
    "beginning": (0, 3), "start": (0, 3), "outset": (0, 3), "end": (7, 9), "close": (7, 9),
    "middle": (3, 7), "first half": (0, 4), "second half": (5, 9), "turn": (7, 9),
}  # fmt: skip


def _part_key(s: str) -> str:
    return re.sub(r"\s+", " ", s.lower())


def _decade_of(text: str, m: re.Match[str]) -> Candidate | None:
    """ "the beginning of the 1990s", "the end of the sixties"."""
    if m["num"]:
        decade = int(m["num"])
        if not _year_ok(decade) or decade % 10:
            return None
    else:
        decade = 1900 + DECADE_WORDS[m["word"].lower()] * 10
    a, b = _PART_OF[_part_key(m["part"])]
    return Candidate(
        m.start(), m.end(), "decade-part", "vague", Point(decade + a), Point(decade + b), cert="low"
    )


def _hu_decade(text: str, m: re.Match[str]) -> Candidate | None:
    """Hungarian "az ötvenes évek elején" (early fifties) and the like."""
    decade = 1900 + HUNGARIAN_DECADES[m["word"].lower()] * 10
    part = (m["part"] or "").lower()
    if not part:
        return Candidate(
            m.start(), m.end(), "decade", "range", Point(decade), Point(decade + 9), cert="medium"
        )
    if part.startswith("elej"):
        a, b = 0, 3
    elif part.startswith("köz"):
        a, b = 3, 7
    elif part.startswith("vég"):
        a, b = 7, 9
    elif part.startswith("els"):
        a, b = 0, 4
    else:
        a, b = 5, 9
    return Candidate(
        m.start(), m.end(), "decade-part", "vague", Point(decade + a), Point(decade + b), cert="low"
    )


def _century(text: str, m: re.Match[str]) -> Candidate | None:
    n = int(m["num"]) if m["num"] else ORDINAL_WORDS[m["word"].lower().replace(" ", "-")]
    if not 10 <= n <= 21:
        return None
    first, last = (n - 1) * 100 + 1, n * 100
    q = (m["q"] or "").lower()
    if q:
        thirds = {"early": (0, 33), "mid": (33, 66), "late": (66, 99)}[q]
        return Candidate(
            m.start(),
            m.end(),
            "century-part",
            "vague",
            Point(first + thirds[0]),
            Point(first + thirds[1]),
            cert="low",
        )
    return Candidate(m.start(), m.end(), "century", "range", Point(first), Point(last))


def _season(text: str, m: re.Match[str]) -> Candidate | None:
    """ "the autumn of 1953", "Fall, 1994", "Fall/Winter 2001", "Winter 1956/57"."""
    year = int(m["year"])
    if not _year_ok(year):
        return None
    s1 = SEASONS[m["s1"].lower()]
    s2 = SEASONS[m["s2"].lower()] if m["s2"] else s1
    lo = Point(year, s1[0])  # winter starts in December of the year named
    hi_year = year + 1 if s2[0] == 12 else year
    if m["year2"]:
        hi_year = max(hi_year, int(m["year2"]) if len(m["year2"]) == 4 else year + 1)
    hi = Point(hi_year, s2[1])
    return Candidate(m.start(), m.end(), "season", "vague", lo, hi)


def _month_part(text: str, m: re.Match[str]) -> Candidate | None:
    """ "the end of October", "the very end of October 1956", "mid-June", "early May 1953"."""
    month = _month(m["mon"])
    if month is None:
        return None
    year = int(m["year"]) if m["year"] else None
    if year is not None and not _year_ok(year):
        return None
    key = _part_key(m["part"] or m["q"])
    if key in ("beginning", "start", "outset", "early"):
        d1, d2 = 1, 10
    elif key in ("middle", "mid"):
        d1, d2 = 11, 20
    elif key == "first half":
        d1, d2 = 1, 15
    elif key == "second half":
        d1, d2 = 16, _last_day(year, month)
    else:
        d1, d2 = 21, _last_day(year, month)
    end = m.end()
    if year is None and text[end - 1] == ".":
        end -= 1
    return Candidate(
        m.start(),
        end,
        "month-part",
        "vague",
        Point(year, month, d1),
        Point(year, month, d2),
        cert="low",
        explicit_year=year is not None,
    )


def _year_part(text: str, m: re.Match[str]) -> Candidate | None:
    """ "the beginning of 1953", "early 1956", "mid-1956", "the end of the year"."""
    key = _part_key(m["part"] or m["q"])
    if key in ("beginning", "start", "outset", "early"):
        m1, m2 = 1, 4
    elif key in ("middle", "mid"):
        m1, m2 = 5, 8
    elif key == "first half":
        m1, m2 = 1, 6
    elif key == "second half":
        m1, m2 = 7, 12
    else:
        m1, m2 = 9, 12
    if m["year"]:
        year = int(m["year"])
        if not _year_ok(year):
            return None
        if m["q"] and not _number_context_ok(text, m.start("year"), m.end("year")):
            return None
        return Candidate(
            m.start(), m.end(), "year-part", "vague", Point(year, m1), Point(year, m2), cert="low"
        )
    return Candidate(
        m.start(),
        m.end(),
        "year-part",
        "vague",
        Point(None, m1),
        Point(None, m2),
        cert="low",
        rel="last-year",
        explicit_year=False,
    )


def _same_year(text: str, m: re.Match[str]) -> Candidate | None:
    return Candidate(
        m.start(),
        m.end(),
        "same-year",
        "when",
        Point(None),
        Point(None),
        cert="medium",
        rel="last-year",
        explicit_year=False,
    )


# --------------------------------------------------------------------------- relative

_REL_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


def _relative(text: str, m: re.Match[str]) -> Candidate | None:
    """ "today", "yesterday afternoon", "this morning", "last night", "last week"."""
    before = text[max(0, m.start() - 12) : m.start()].lower()
    word = m["word"].lower() if m["word"] else None
    if word == "today":
        if re.search(r"\b(?:even|still|until|till|up\s+to|as\s+of|of|from|for)\s+$", before):
            return None  # "even today": nowadays
    # A day relative to the document's date: "today", "this afternoon", "last night".
    days = (_REL_DAYS[word] if word else 0 if m["this"] else -1 if m["lastnight"] else None)
    if days is not None:
        return Candidate(
            m.start(),
            m.end(),
            "relative",
            "when",
            Point(),
            Point(),
            cert="medium",
            rel="ref",
            rel_days=days,
            explicit_year=False,
        )
    unit = m["unit"].lower()
    step = {"last": -1, "this": 0, "next": 1}[m["which"].lower()]
    return Candidate(
        m.start(),
        m.end(),
        "relative",
        "vague" if unit == "week" else "when",
        Point(),
        Point(),
        cert="medium",
        rel=f"ref-{unit}",
        rel_days=step,
        explicit_year=False,
    )


def _following_day(text: str, m: re.Match[str]) -> Candidate | None:
    which = m["which"].lower()
    days = 1 if which in ("following", "next") else -1
    return Candidate(
        m.start(),
        m.end(),
        "following-day",
        "when",
        Point(),
        Point(),
        cert="medium",
        rel="last-day",
        rel_days=days,
        explicit_year=False,
    )


_BARE_PREFIX = re.compile(
    r"(?:\b(?P<the>the)|\b(?:in|since|until|till|by|during|before|after|of|from|through))\s+$",
    re.IGNORECASE,
)
BARE_MONTH_RE = "|".join(
    sorted((w.capitalize() for w in ENGLISH_MONTHS), key=len, reverse=True)
    + sorted((w.upper() for w in ENGLISH_MONTHS), key=len, reverse=True)
)


def _bare_month(text: str, m: re.Match[str]) -> Candidate | None:
    """ "the October events", "in October": the month, its year from context."""
    before = _BARE_PREFIX.search(text, max(0, m.start() - 10), m.start())
    if before is None:
        return None
    month = _month(m["mon"])
    if month is None or not m["mon"][:1].isupper() or m["mon"].endswith("."):
        return None
    if m["mon"].lower() in ("may", "march") and before["the"]:
        return None  # "the May Day", "the March on ...": too often not the month
    if len(m["mon"]) <= 4 and m["mon"].lower() not in ("may", "june", "july"):
        return None  # abbreviations need a day or year
    return _point(
        text,
        m.start("mon"),
        m.end("mon"),
        "bare-month",
        Point(None, month),
        cert="medium",
        explicit_year=False,
    )


# --------------------------------------------------------------------------- the table

_I = re.IGNORECASE

RULES: tuple[tuple[re.Pattern[str], RuleFn], ...] = (
    (
        re.compile(
            rf"(?P<year>{YEAR})\.\s*(?P<mon>{MON})\s*(?P<day>{DAY})\.?"
            rf"(?:{DASH}(?:(?P<mon2>{MON})\s*)?(?P<day2>{DAY})\.)?",
            _I,
        ),
        _ymd_hu,
    ),
    (re.compile(r"(?<![\d./-])(?P<year>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?![\d-])"), _iso),
    (
        re.compile(
            rf"(?P<day>{DAY})\.\s?(?P<mon>\d{{1,2}}|[IVX]{{1,4}})\.\s?"
            rf"(?P<year>\d{{4}}|\d\d)(?![\d]|\.\d)",
            _I,
        ),
        _numeric,
    ),
    (
        re.compile(
            rf"(?P<d1>{DAY})\s*(?:(?P<mon1>{MON})(?:,?\s*(?P<year1>{YEAR}))?)"
            rf"{DASH}(?P<d2>{DAY})\s+(?P<mon2>{MON}),?\s+(?P<year>{YEAR})",
            _I,
        ),
        _day_month_range,
    ),
    (
        re.compile(
            rf"(?P<mon1>{MON})\s+(?P<d1>{DAY})(?:,?\s*(?P<year1>{YEAR}))?{DASH}"
            rf"(?P<mon2>{MON})\s+(?P<d2>{DAY}),?\s+(?P<year>{YEAR})",
            _I,
        ),
        _day_month_range,
    ),
    (
        re.compile(
            rf"(?P<d1>{DAY})(?P<conj>{DASH}|\s+(?:and|or|&)\s+)(?P<d2>{DAY})\.?\s+"
            rf"(?:de\s+)?(?P<mon>{MON})(?:,?\s+(?:de\s+)?(?P<year>{YEAR}))?",
            _I,
        ),
        _day_range,
    ),
    (
        re.compile(
            rf"(?P<mon>{MON})\s+(?P<d1>{DAY})(?P<conj>{DASH}|\s+(?:and|or|&)\s+)"
            rf"(?P<d2>{DAY})(?:,\s*(?P<year>{YEAR}))?",
            _I,
        ),
        _day_range,
    ),
    (
        re.compile(
            rf"(?P<day>{DAY})\.?\s+(?:(?:de|of)\s+)?(?P<mon>{MON})"
            rf"(?:(?:,\s*|\s+)(?:de\s+)?(?P<year>{YEAR}))?",
            _I,
        ),
        _dmy,
    ),
    (
        re.compile(rf"(?P<mon>{MON})\s+(?P<day>{DAY})(?:(?:,\s*|\s+)(?P<year>{YEAR}))?", _I),
        _mdy,
    ),
    (re.compile(rf"(?P<mon>{MON})(?:,\s*|\s+)(?:(?:of|de)\s+)?(?P<year>{YEAR})", _I), _month_year),
    (
        re.compile(
            rf"(?:(?P<the>\bthe)\s+)?(?P<circa>{CIRCA})?(?P<y1>{YEAR})"
            rf"(?:(?P<slash>\s*/\s*)|{DASH})(?P<y2>\d{{4}}|\d\d)(?![\d])"
            rf"(?P<academic>\s+(?:academic|school|fiscal|financial)\s+year)?",
            _I,
        ),
        _year_range,
    ),
    (
        re.compile(
            rf"(?:(?P<the>\bthe)\s+)?(?:(?P<q1>{QUAL}){QSEP}(?:and\s+(?P<q2>{QUAL})"
            rf"{QSEP})?)?(?:(?P<num>(?<!\d)\d{{3}}0)[’']?s\b|(?P<nineteen>nineteen{QSEP})?"
            rf"(?P<word>{DECADE_WORD_RE})(?![^\W\d_]))",
            _I,
        ),
        _decade,
    ),
    (
        re.compile(
            rf"\bthe\s+(?:very\s+)?(?P<part>beginning|start|outset|end|close|middle|"
            rf"first\s+half|second\s+half|turn)\s+of\s+the\s+(?:(?P<num>\d{{3}}0)[’']?s\b|"
            rf"(?:nineteen{QSEP})?(?P<word>{DECADE_WORD_RE})(?![^\W\d_]))",
            _I,
        ),
        _decade_of,
    ),
    (
        re.compile(
            rf"\b(?:az?\s+)?(?P<word>{HU_DECADE_RE})\s+év(?:ek|ekben|eknek|ekre|ekig|"
            rf"ekből|ektől)\b(?:\s+(?P<part>elején|közepén|végén|els[őôo]\s+felében|"
            rf"második\s+felében))?",
            _I,
        ),
        _hu_decade,
    ),
    (
        re.compile(
            rf"\b(?:the\s+)?(?:(?P<q>early|mid|late){QSEP})?(?:(?P<num>\d{{1,2}})\s*"
            rf"(?:st|nd|rd|th)|(?P<word>{ORDINAL_WORD_RE}))\s+century\b",
            _I,
        ),
        _century,
    ),
    (
        re.compile(
            rf"\b(?:the\s+)?(?P<s1>{SEASON_RE})(?:\s*/\s*(?P<s2>{SEASON_RE}))?"
            rf"(?:\s+of)?(?:,\s*|\s+)(?P<year>{YEAR})(?:\s*[/-]\s*(?P<year2>\d{{4}}|\d\d)"
            rf"(?![\d]))?",
            _I,
        ),
        _season,
    ),
    (
        re.compile(
            rf"\b(?:(?:the\s+)?(?:very\s+)?(?P<part>beginning|start|outset|end|close|"
            rf"middle|first\s+half|second\s+half)\s+of\s+|(?P<q>early|mid|late){QSEP})"
            rf"(?P<mon>{MON})(?:,?\s+(?P<year>{YEAR}))?",
            _I,
        ),
        _month_part,
    ),
    (
        re.compile(
            rf"\b(?:(?:the\s+)?(?:very\s+)?(?P<part>beginning|start|outset|end|close|"
            rf"middle|first\s+half|second\s+half)\s+of\s+(?:(?P<year>{YEAR})|the\s+year\b)"
            rf"|(?P<q>early|mid|late){QSEP}(?P<year2>{YEAR}))",
            _I,
        ),
        lambda t, m: _year_part(t, m) if not m["year2"] else _year_part2(t, m),
    ),
    (re.compile(r"\bthe\s+same\s+year\b", _I), _same_year),
    (
        re.compile(
            r"\b(?:(?P<word>today|yesterday|tomorrow|tonight)(?:\s+(?:morning|afternoon|"
            r"evening|night))?|(?P<this>this\s+(?:morning|afternoon|evening))|"
            r"(?P<lastnight>last\s+night)|(?P<which>last|this|next)\s+"
            r"(?P<unit>week|month|year))\b",
            _I,
        ),
        _relative,
    ),
    (
        re.compile(r"\bthe\s+(?P<which>following|next|previous|preceding)\s+day\b", _I),
        _following_day,
    ),
    (
        re.compile(
            rf"(?<![^\W\d_])(?P<mon>{BARE_MONTH_RE})(?![^\W\d_])(?!\s*\d)",
        ),
        _bare_month,
    ),
    (re.compile(rf"(?P<circa>{CIRCA})?(?P<year>{YEAR})(?![A-Za-z]|\s?[-–—]\s?\d)", _I), _year),
)


def _year_part2(text: str, m: re.Match[str]) -> Candidate | None:
    """ "early 1956", "mid-1956": qualifier and year written together."""
    year = int(m["year2"])
    if not _year_ok(year) or not _number_context_ok(text, m.start("year2"), m.end("year2")):
        return None
    key = m["q"].lower()
    m1, m2 = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[key]
    return Candidate(
        m.start(), m.end(), "year-part", "vague", Point(year, m1), Point(year, m2), cert="low"
    )


TIME_AFTER = re.compile(
    r"(?:\s*[—–-]\s*|,\s*|\s+)(?:at\s+)?(?:(?P<hh>[01]?\d|2[0-3])[:.](?P<mm>[0-5]\d)"
    r"(?:\s*(?P<ap>[ap])\.?\s?m\b\.?)?|(?P<gh>[01]\d|2[0-3])(?P<gm>[0-5]\d)\s?(?P<z>Z|GMT|UTC)"
    r"\b|(?P<h12>1[0-2]|0?[1-9])\s*(?P<ap2>[ap])\.\s?m\.|(?P<noon>noon|midnight))",
    re.IGNORECASE,
)


def time_after(text: str, pos: int) -> tuple[int, str] | None:
    """A clock time right after a date ("—7:46 p.m.", ", 1800Z"): its end and ISO form."""
    m = TIME_AFTER.match(text, pos)
    if m is None:
        return None
    zone = ""
    if m["hh"]:
        h, mi, ap = int(m["hh"]), int(m["mm"]), (m["ap"] or "").lower()
    elif m["gh"]:
        h, mi, ap, zone = int(m["gh"]), int(m["gm"]), "", "+00:00"
    elif m["h12"]:
        h, mi, ap = int(m["h12"]), 0, m["ap2"].lower()
    else:
        h, mi, ap = (12 if m["noon"].lower() == "noon" else 0), 0, ""
    if ap:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if ap == "p" else 0)
    return m.end(), f"{h:02d}:{mi:02d}{zone}"


def scan(text: str) -> Iterator[Candidate]:
    """Every candidate of every rule, overlapping; :func:`select` picks among them."""
    for pattern, fn in RULES:
        for m in pattern.finditer(text):
            cand = fn(text, m)
            if cand is not None and cand.end > cand.start:
                yield cand


def with_time(cand: Candidate, end: int, time: str) -> Candidate:
    lo = replace(cand.lo, time=time)
    return replace(cand, end=end, lo=lo, hi=lo if cand.mode == "when" else cand.hi)
