"""Property-based fuzzing (a short run; ``benchmarks/fuzz_long.py`` is the long one).

Properties over generated sources (structured text from ``fuzz/corpus.py`` and raw bytes):
nothing but a TeiColdwarError escapes the public API, the TEI is well-formed, the lossless
audit holds, and the same input gives the same bytes.
"""

from __future__ import annotations

from fuzz.corpus import any_source, documents, xml_documents
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from tei_coldwar.annotate import AnnotationContext
from tei_coldwar.annotate import dates as dates_annotator
from tei_coldwar.annotate import notes as notes_annotator
from tei_coldwar.annotate import persons as persons_annotator
from tei_coldwar.audit import audit
from tei_coldwar.convert import convert
from tei_coldwar.errors import TeiColdwarError
from tei_coldwar.model import Document, SourceText
from tei_coldwar.readers import all_readers
from tei_coldwar.register import build_register
from tei_coldwar.sourcefile import from_bytes
from tei_coldwar.xmlsafe import parse_bytes

from .test_hostile import assert_real_dates

NO_ONE = build_register([])
READERS = all_readers()
LAYOUTS: list[str | None] = [None, *(r.name for r in READERS)]
FAST = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))


def _source(data: bytes) -> SourceText | None:
    try:
        return from_bytes(data, "f.txt")
    except TeiColdwarError:
        return None


@FAST
@given(st.one_of(any_source(), st.binary(max_size=2000)))
def test_from_bytes_gives_text_or_its_own_error(data: bytes) -> None:
    src = _source(data)
    if src is not None:
        assert "\r" not in src.text and src.text.strip()


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(documents(), st.sampled_from(READERS))
def test_every_reader_accounts_for_every_character(data: bytes, reader: object) -> None:
    src = _source(data)
    if src is None:
        return
    try:
        doc = reader.read(src)  # type: ignore[attr-defined]
    except TeiColdwarError:
        return
    assert isinstance(doc, Document)
    for run in doc.runs:  # the neutral text is copied from the source, never invented
        assert doc.text[run.start : run.start + run.length] == \
            src.text[run.source_start : run.source_start + run.length]


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(documents())
def test_annotators_give_spans_inside_the_text(data: bytes) -> None:
    src = _source(data)
    if src is None:
        return
    doc = READERS[-1].read(src)  # generic
    ctx0 = AnnotationContext(text=doc.text, document_date=None, register=NO_ONE)
    note_spans = list(notes_annotator.annotate(doc, ctx0))
    ctx = AnnotationContext(text=notes_annotator.mask(doc.text, note_spans),
                            document_date=dates_annotator.document_date(doc), register=NO_ONE)
    assert len(ctx.text) == len(doc.text)
    for span in (*note_spans, *dates_annotator.annotate(doc, ctx),
                 *persons_annotator.annotate(doc, ctx)):
        assert 0 <= span.start <= span.end <= len(doc.text)


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(any_source(), st.sampled_from(LAYOUTS))
def test_convert_is_sound_or_refuses(data: bytes, layout: str | None) -> None:
    try:
        conv = convert(data, layout=layout, register=NO_ONE, created="2026-01-01", name="f.txt")
    except TeiColdwarError as exc:
        assert "\n" not in str(exc)
        return
    out = conv.to_bytes()
    etree.fromstring(out)
    result = audit(conv)
    assert result.ok, result.summary()
    assert_real_dates(conv.tree)
    again = convert(data, layout=layout, register=NO_ONE, created="2026-01-01", name="f.txt")
    assert again.to_bytes() == out


@FAST
@given(xml_documents())
def test_xmlsafe_parses_or_refuses(data: bytes) -> None:
    try:
        tree = parse_bytes(data, "f.xml")
    except TeiColdwarError as exc:
        assert "\n" not in str(exc)
        return
    assert tree.docinfo.internalDTD is None
    assert "root:" not in "".join(tree.getroot().itertext())


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(xml_documents())
def test_validate_reports_or_passes_never_crashes(data: bytes) -> None:
    from tei_coldwar.validate import validate

    findings = validate(_tree_or_bytes(data))
    for f in findings:
        assert "root:" not in f.message


def _tree_or_bytes(data: bytes) -> etree._ElementTree:
    """validate() reads paths and trees; hostile bytes reach it through xmlsafe like a file's."""
    try:
        return parse_bytes(data, "f.xml")
    except TeiColdwarError:
        return etree.ElementTree(etree.Element("notTEI"))
