"""Tests of the date annotator on constructed sentences (and a floor on the seeds)."""

from __future__ import annotations

import importlib.util
import itertools
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tei_coldwar.annotate import AnnotationContext
from tei_coldwar.annotate.dates import annotate, document_date, parse
from tei_coldwar.model import (
    Block,
    BlockKind,
    DateValue,
    Document,
    Metadata,
    Run,
    SourceText,
    SpanType,
)

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
REF = DateValue(attrs={"when": "1961-04-12"})  # a Wednesday


def make_doc(
    text: str, notes: tuple[tuple[int, int, str], ...] = (), date_text: str = ""
) -> Document:
    blocks = [Block(BlockKind.P, 0, len(text))]
    blocks += [Block(BlockKind.FOOTNOTE, s, e, attrs=(("n", n),)) for s, e, n in notes]
    return Document(
        source=SourceText(name="t.txt", text=text),
        layout="plain",
        text=text,
        runs=(Run(0, 0, len(text)),),
        blocks=tuple(blocks),
        meta=Metadata(date_text=date_text),
    )


def tag(
    text: str, ref: DateValue | None = None, doc: Document | None = None
) -> list[tuple[str, dict[str, str]]]:
    doc = doc or make_doc(text)
    spans = annotate(doc, AnnotationContext(text=text, document_date=ref, register=None))
    assert all(s.type is SpanType.DATE and s.source.startswith("dates.") for s in spans)
    return [(text[s.start : s.end], dict(s.attrs)) for s in spans]


def W(v: str) -> dict[str, str]:
    return {"when": v}


def FT(a: str, b: str) -> dict[str, str]:
    return {"from": a, "to": b}


def NB(a: str, b: str) -> dict[str, str]:
    return {"notBefore": a, "notAfter": b}


# ----------------------------------------------------------------- one expression, one date

SINGLE = [
    ("The treaty was signed on March 3, 1961 in Vienna.", "March 3, 1961", W("1961-03-03")),
    ("The talks opened on 12 April, 1961 at noon.", "12 April, 1961", W("1961-04-12")),
    ("He resigned 9 May 1955.", "9 May 1955", W("1955-05-09")),
    ("Nothing moved in August, 1961 at all.", "August, 1961", W("1961-08")),
    ("Rationing lasted since June 1950 in the city.", "June 1950", W("1950-06")),
    ("The note of Sept. 5, 1958 was rejected.", "Sept. 5, 1958", W("1958-09-05")),
    ("It was issued March 5th, 1953 in Moscow.", "March 5th, 1953", W("1953-03-05")),
    ("On Monday, 22 October 1962 he spoke.", "Monday, 22 October 1962", W("1962-10-22")),
    ("The march\nended in March\n1961 abruptly.", "March\n1961", W("1961-03")),
    ("The blockade began in 1948 and ended.", "1948", W("1948")),
    ("the 1961 crisis in Berlin", "1961", W("1961")),
    ("Archives opened in the 1990s for scholars.", "the 1990s", FT("1990", "1999")),
    ("Music of the 1950's was loud.", "the 1950's", FT("1950", "1959")),
    ("Nothing like the sixties came again.", "the sixties", FT("1960", "1969")),
    ("In the nineteen-sixties it changed.", "the nineteen-sixties", FT("1960", "1969")),
    ("a feature of the 20th century politics", "the 20th century", FT("1901", "2000")),
    ("a feature of the 19 th century politics", "the 19 th century", FT("1801", "1900")),
    ("all through the twentieth century", "the twentieth century", FT("1901", "2000")),
    ("Growth slowed in the early 1980s sharply.", "the early 1980s", NB("1980", "1983")),
    ("Tension eased in the mid-seventies again.", "the mid-seventies", NB("1973", "1977")),
    ("Tension eased in the mid- seventies again.", "the mid- seventies", NB("1973", "1977")),
    ("Tension eased by the late forties again.", "the late forties", NB("1947", "1949")),
    ("crises in the mid-and late seventies hit", "the mid-and late seventies", NB("1973", "1979")),
    (
        "crises in the mid- and late seventies hit",
        "the mid- and late seventies",
        NB("1973", "1979"),
    ),
    ("peace in the mid-nineteen-seventies came", "the mid-nineteen-seventies", NB("1973", "1977")),
    (
        "peace in the mid-nineteen- seventies came",
        "the mid-nineteen- seventies",
        NB("1973", "1977"),
    ),
    ("reforms from the beginning of 1949 on", "the beginning of 1949", NB("1949-01", "1949-04")),
    (
        "it fell at the end of March 1961 apart",
        "the end of March 1961",
        NB("1961-03-21", "1961-03-31"),
    ),
    ("at the very end of 1960 it ended", "the very end of 1960", NB("1960-09", "1960-12")),
    ("unrest at the end of the 1970s grew", "the end of the 1970s", NB("1977", "1979")),
    (
        "unrest at the beginning of the seventies grew",
        "the beginning of the seventies",
        NB("1970", "1973"),
    ),
    ("production rose in early 1962 fast", "early 1962", NB("1962-01", "1962-04")),
    ("They met in the winter of 1962 twice.", "the winter of 1962", NB("1962-12", "1963-02")),
    ("Journal issue Summer 1968, pp. 3-9.", "Summer 1968", NB("1968-06", "1968-08")),
    ("Journal issue Fall, 1987 printed it.", "Fall, 1987", NB("1987-09", "1987-11")),
    (
        "Journal issue Spring/Summer 1989 printed it.",
        "Spring/Summer 1989",
        NB("1989-03", "1989-08"),
    ),
    ("Journal issue Fall/Winter 1991 printed it.", "Fall/Winter 1991", NB("1991-09", "1992-02")),
    ("The Autumn of 1961 was cold.", "The Autumn of 1961", NB("1961-09", "1961-11")),
    ("The crisis lasted between 1961 and 1963 overall.", "1961 and 1963", FT("1961", "1963")),
    ("THE YEARS BETWEEN 1961 AND 1963", "1961 AND 1963", FT("1961", "1963")),
    ("The airlift of 1948-1949 fed the city.", "1948-1949", FT("1948", "1949")),
    ("The airlift of 1948- 1949 fed the city.", "1948- 1949", FT("1948", "1949")),
    ("The airlift of 1948–49 fed the city.", "1948–49", FT("1948", "1949")),
    ("It ran between 1958-1961 in waves.", "1958-1961", FT("1958", "1961")),
    (
        "The summit of 12 June-3 July 1960 failed.",
        "12 June-3 July 1960",
        FT("1960-06-12", "1960-07-03"),
    ),
    (
        "The summit of 12 June – 3 July 1960 failed.",
        "12 June – 3 July 1960",
        FT("1960-06-12", "1960-07-03"),
    ),
    (
        "The summit of June 12-July 3, 1960 failed.",
        "June 12-July 3, 1960",
        FT("1960-06-12", "1960-07-03"),
    ),
    ("meetings held on 6 and 7 May 1961 only", "6 and 7 May 1961", FT("1961-05-06", "1961-05-07")),
    (
        "meetings held on May 6 and 7, 1961 only",
        "May 6 and 7, 1961",
        FT("1961-05-06", "1961-05-07"),
    ),
    ("meetings held 6-7 May 1961 only", "6-7 May 1961", FT("1961-05-06", "1961-05-07")),
    (
        "talks between 4 March and 6 April 1961 failed",
        "4 March and 6 April 1961",
        FT("1961-03-04", "1961-04-06"),
    ),
    (
        "talks between January 1950 and March 1951 failed",
        "January 1950 and March 1951",
        FT("1950-01", "1951-03"),
    ),
    ("dated between c. 1950 and 1955 by most", "c. 1950 and 1955", FT("1950", "1955")),
    (
        "during the 1998/1999 academic year abroad",
        "the 1998/1999 academic year",
        FT("1998", "1999"),
    ),
    ("signed 12.IV.61 in Moscow", "12.IV.61", W("1961-04-12")),
    ("signed 12.04.1961 in Moscow", "12.04.1961", W("1961-04-12")),
    ("the treaty of 1961-04-12 says", "1961-04-12", W("1961-04-12")),
    ("megjelent 1961. április 12. Budapesten", "1961. április 12.", W("1961-04-12")),
    (
        "kötet: 1961. április 12. - május 3. között",
        "1961. április 12. - május 3.",
        FT("1961-04-12", "1961-05-03"),
    ),
    ("vom 12. April 1961 bis heute", "12. April 1961", W("1961-04-12")),
    ("le 12 avril 1961 à Paris", "12 avril 1961", W("1961-04-12")),
    ("el 12 de abril de 1961 en Madrid", "12 de abril de 1961", W("1961-04-12")),
    ("il 12 aprile 1961 a Roma", "12 aprile 1961", W("1961-04-12")),
    ("dnia 12 kwietnia 1961 r. w Warszawie", "12 kwietnia 1961", W("1961-04-12")),
    ("ot 12 aprelya 1961 g. v Moskve", "12 aprelya 1961", W("1961-04-12")),
    ("от 12 апреля 1961 г.", "12 апреля 1961", W("1961-04-12")),
    ("a történet az 1956-os forradalomról", "1956", W("1956")),
    ("the 1956's legacy", "1956", W("1956")),
    ("It was sent on the 17th of December 1956 by air.", "17th of December 1956", W("1956-12-17")),
    ("the winter of 1956/57 was hard", "the winter of 1956/57", NB("1956-12", "1957-02")),
    (
        "Kennedy met him on June 3-4, 1961 in Vienna.",
        "June 3-4, 1961",
        FT("1961-06-03", "1961-06-04"),
    ),
    ("az ötvenes évek elején történt", "az ötvenes évek elején", NB("1950", "1953")),
]


@pytest.mark.parametrize(("text", "span", "value"), SINGLE)
def test_single_expression(text: str, span: str, value: dict[str, str]) -> None:
    assert tag(text) == [(span, value)]


# ----------------------------------------------------------------- several dates, context

MULTI = [
    (
        "In the 1930s and 1940s it grew.",
        [("the 1930s", FT("1930", "1939")), ("1940s", FT("1940", "1949"))],
    ),
    ("elections in 1962 and 1963 followed", [("1962", W("1962")), ("1963", W("1963"))]),
    (
        "In 1961 the wall went up. On 13 August the border closed.",
        [("1961", W("1961")), ("13 August", W("1961-08-13"))],
    ),
    (
        "Khrushchev spoke in 1961. He wanted a reply on April 4 or 5 at the latest.",
        [("1961", W("1961")), ("April 4 or 5", NB("1961-04-04", "1961-04-05"))],
    ),
    (
        "In 1961 the garrison, after the August crisis, stayed.",
        [("1961", W("1961")), ("August", W("1961-08"))],
    ),
    (
        "They arrived on 14 May 1960 and left the following day.",
        [("14 May 1960", W("1960-05-14")), ("the following day", W("1960-05-15"))],
    ),
    (
        "The Spring of 1958 was calm, but by the end of the year all changed.",
        [
            ("The Spring of 1958", NB("1958-03", "1958-05")),
            ("the end of the year", NB("1958-09", "1958-12")),
        ],
    ),
    (
        "In 1961, in the evening of 13 August, troops moved.",
        [("1961", W("1961")), ("13 August", W("1961-08-13"))],
    ),
    (
        "In 1961, on the night of 12 and 13 August, troops moved.",
        [("1961", W("1961")), ("12 and 13 August", FT("1961-08-12", "1961-08-13"))],
    ),
    (
        "In 1962 in mid-June the envoys met.",
        [("1962", W("1962")), ("mid-June", NB("1962-06-11", "1962-06-20"))],
    ),
    (
        "It began in October 1956. In 1955 much else had happened. "
        + "Nothing of note follows in this sentence. " * 20
        + "Then came the October events.",
        [("October 1956", W("1956-10")), ("1955", W("1955")), ("October", W("1956-10"))],
    ),
    (
        "Both met on 23 October and 4 November 1956 in town.",
        [("23 October", W("1956-10-23")), ("4 November 1956", W("1956-11-04"))],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MULTI)
def test_several_dates(text: str, expected: list[tuple[str, dict[str, str]]]) -> None:
    assert tag(text) == expected


def test_inferred_values_are_medium_or_low() -> None:
    text = "In 1961 the wall went up. On 13 August the border closed at the end of August."
    spans = annotate(
        make_doc(text), AnnotationContext(text=text, document_date=None, register=None)
    )
    certs = {text[s.start : s.end]: s.cert for s in spans}
    assert certs == {"1961": None, "13 August": "medium", "the end of August": "low"}


def test_footnote_is_its_own_region() -> None:
    body = "The wall went up in 1961. "
    note1 = "Cited from a report of 1950, dated 3 May. "
    note2 = "See the letter of 4 June."
    text = body + note1 + note2
    notes = ((len(body), len(body) + len(note1), "1"), (len(body) + len(note1), len(text), "2"))
    doc = make_doc(text, notes=notes)
    got = tag(text, doc=doc)
    assert ("3 May", W("1950-05-03")) in got
    assert ("4 June", W("1950-06-04")) in got  # nearest preceding year in the document


def test_year_falls_back_to_document_date() -> None:
    assert tag("On December 17 the envoy spoke.", ref=DateValue({"when": "1956-12-21"})) == [
        ("December 17", W("1956-12-17"))
    ]


# ----------------------------------------------------------------- relative expressions

RELATIVE = [
    ("I have heard today from Berlin.", "today", W("1961-04-12")),
    ("Today the envoy called on me.", "Today", W("1961-04-12")),
    ("He said so yesterday.", "yesterday", W("1961-04-11")),
    ("As late as yesterday afternoon the council met.", "yesterday afternoon", W("1961-04-11")),
    ("The assembly meets this afternoon in session.", "this afternoon", W("1961-04-12")),
    ("We spoke this morning by phone.", "this morning", W("1961-04-12")),
    ("He leaves tomorrow for Paris.", "tomorrow", W("1961-04-13")),
    ("The cable came last week from Bonn.", "last week", NB("1961-04-03", "1961-04-09")),
]


@pytest.mark.parametrize(("text", "span", "value"), RELATIVE)
def test_relative_expressions(text: str, span: str, value: dict[str, str]) -> None:
    assert tag(text, ref=REF) == [(span, value)]


@pytest.mark.parametrize(
    "text",
    [
        "Many believe even today that it failed.",
        "Until today nothing was found.",
        "The greatest danger to date was this.",
        "A month after the announcement the talks resumed.",
    ],
)
def test_nowadays_and_event_relative_are_not_dates(text: str) -> None:
    assert tag(text, ref=REF) == []


def test_relative_needs_a_day_precise_reference() -> None:
    assert tag("Today it is generally accepted.", ref=DateValue({"when": "2002-09"})) == []
    assert tag("Today it is generally accepted.") == []


# ----------------------------------------------------------------- traps

TRAPS = [
    "Source: Central Files, 611.61/4–1261. Secret.",
    "Department of State, Central Files, 768.11/12–1856.",
    "Re: Delga 354. See NSC 5412 and NSC No.174.",
    "Archive signature 00211/14/1961 of the ministry.",
    "Holmi, No.5 and RG 59, Box 1961 and Document 1958.",
    "See p. 796 and pp. 189-90 of vol. 12.",
    "Printed on 243-272 pp. in full.",
    "About 5,000 troops and 1200 soldiers waited 10-15 days.",
    "The author has 33 PUBLICATIONS listed.",
    "He worked at the 1956 Institute for years.",
    "A fellow of the 1956-os Intézet in Budapest.",
    "Institute for the History of the 1956 Hungarian Revolution",
    "The year 2150 and the number 850 are not years here.",
    "See http://example.org/1961/archive/1962 for details.",
    "A man in his sixties led the 20th congress.",
    "The signal went out at 1800Z sharp.",
    "What may come, march on; august company.",
]


@pytest.mark.parametrize("text", TRAPS)
def test_traps_are_not_dates(text: str) -> None:
    assert tag(text) == []


def test_page_range_after_a_year() -> None:
    assert tag("Budapest, 1999,101-140 pp.") == [("1999", W("1999"))]


# ----------------------------------------------------------------- clock times


def test_dateline_time_belongs_to_the_date() -> None:
    text = "Moscow, April 12, 1961, 9:07 a.m.\nThe rocket rose."
    assert tag(text) == [("April 12, 1961, 9:07 a.m.", W("1961-04-12T09:07"))]


def test_running_text_time_stays_outside() -> None:
    text = "At 9:07 a.m. on April 12, 1961, the rocket rose from the steppe, 9:07 p.m. local."
    assert tag(text)[0] == ("April 12, 1961", W("1961-04-12"))


def test_dateline_block_kind_takes_the_time() -> None:
    text = "Sent April 12, 1961, 2100Z. Text follows here."
    doc = Document(
        source=SourceText(name="t.txt", text=text),
        layout="plain",
        text=text,
        runs=(Run(0, 0, len(text)),),
        blocks=(Block(BlockKind.DATELINE, 0, 27), Block(BlockKind.P, 28, len(text))),
        meta=Metadata(),
    )
    assert tag(text, doc=doc) == [("April 12, 1961, 2100Z", W("1961-04-12T21:00+00:00"))]


# ----------------------------------------------------------------- parse / document_date

PARSE = [
    ("November 04, 1956", None, {"when": "1956-11-04"}),
    ("30.X.62", None, {"when": "1962-10-30"}),
    ("December 21, 1956—7:46 p.m.", None, {"when": "1956-12-21T19:46"}),
    ("June 25, 1965, 1800Z", None, {"when": "1965-06-25T18:00+00:00"}),
    ("Washington, December 21, 1956, 7:46 p.m.", None, {"when": "1956-12-21T19:46"}),
    ("the mid-sixties", None, {"notBefore": "1963", "notAfter": "1967"}),
    ("yesterday afternoon", DateValue({"when": "1956-11-04"}), {"when": "1956-11-03"}),
    ("December 17", DateValue({"when": "1956-12-21"}), {"when": "1956-12-17"}),
    ("September 2002", None, {"when": "2002-09"}),
]


@pytest.mark.parametrize(("expr", "ref", "attrs"), PARSE)
def test_parse(expr: str, ref: DateValue | None, attrs: dict[str, str]) -> None:
    value = parse(expr, ref)
    assert value is not None
    assert dict(value.attrs) == attrs


@pytest.mark.parametrize(
    "expr",
    [
        "",
        "NSC 5608",
        "764.00/12–1556",
        "No.5",
        "Delga 354",
        "today",
        "the 1956 Institute",
        "Political change in Hungary in the year 1989 as a project",
    ],
)
def test_parse_rejects_non_dates(expr: str) -> None:
    assert parse(expr) is None


def test_parse_inferred_cert() -> None:
    value = parse("December 17", DateValue({"when": "1956-12-21"}))
    assert value is not None and value.cert == "medium"


def test_document_date_from_meta() -> None:
    doc = make_doc("Some text.", date_text="November 04, 1956")
    value = document_date(doc)
    assert value is not None and dict(value.attrs) == {"when": "1956-11-04"}


def test_document_date_from_file_numbers() -> None:
    text = "Source: Central Files, 764.00/12–1556. Later: 768.11/12–1856; also 611.61/1–556."
    value = document_date(make_doc(text))
    assert value is not None
    assert dict(value.attrs) == {"notBefore": "1956-12-18"} and value.cert == "medium"


def test_document_date_none() -> None:
    assert document_date(make_doc("No date at all here.")) is None


# ----------------------------------------------------------------- robustness


@pytest.mark.parametrize(
    "text",
    [
        "mid" + " " * 200_000,
        "the end of" + " " * 200_000 + "x",
        "1 " * 100_000,
        "mid- " * 40_000,
        "1956-" * 40_000,
        "between 1953 and " * 10_000,
    ],
)
def test_long_single_line_inputs_finish(text: str) -> None:
    spans = annotate(
        make_doc(text), AnnotationContext(text=text, document_date=None, register=None)
    )
    assert all(0 <= s.start < s.end <= len(text) for s in spans)


def test_spans_do_not_overlap_and_have_values() -> None:
    text = "In 1961, between 4 March and 6 April 1961, and the mid-sixties, 12 June-3 July 1960."
    spans = annotate(
        make_doc(text), AnnotationContext(text=text, document_date=None, register=None)
    )
    assert spans
    for a, b in itertools.pairwise(spans):
        assert a.end <= b.start
    assert all(s.attrs for s in spans)


# ----------------------------------------------------------------- seeds (floor)


def _load_eval() -> ModuleType:
    path = REPO / "benchmarks" / "dates_eval.py"
    spec = importlib.util.spec_from_file_location("dates_eval", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["dates_eval"] = module  # its dataclasses resolve their module by name
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not (SHARED / "gold").is_dir(), reason="../shared (seeds and gold) absent")
def test_seed_floor() -> None:
    result = _load_eval().evaluate(SHARED)
    assert result.gold > 200
    assert result.recall >= 0.97, result.missed
    assert result.precision >= 0.97, result.spurious
    assert result.value_accuracy >= 0.97, result.wrong


def test_a_day_the_calendar_lacks_is_not_tagged() -> None:
    """Regression (found by fuzzing in CI): "February 29, 1945" gave @when="1945-02-29"."""
    from tei_coldwar.convert import convert

    conv = convert(b"A Title\n\nSent on February 29, 1945 and on February 28, 1945.\n",
                   name="x.txt", register=None, created="2026-01-01")
    whens = [d.get("when") for d in conv.tree.getroot().iter("{http://www.tei-c.org/ns/1.0}date")]
    assert whens == ["1945-02-28"]
