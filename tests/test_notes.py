from __future__ import annotations

from tei_coldwar.annotate import AnnotationContext
from tei_coldwar.annotate.notes import annotate, mask
from tei_coldwar.model import SourceText, SpanType
from tei_coldwar.readers import reader_named


def notes_of(text: str, layout: str = "generic"):  # type: ignore[no-untyped-def]
    doc = reader_named(layout).read(SourceText("n.txt", text))
    spans = annotate(doc, AnnotationContext(doc.text, None, None))
    return doc, list(spans)


def test_markers_by_sequence_not_by_any_number() -> None:
    text = ("A Title\n\nRe: Delga 354.1 See NSC No.174 and Document 211; p. 796 is cited.2 "
            "In 1956,3 more.\n\n1. First.\n2. Second.\n3. Third.\n")
    doc, spans = notes_of(text)
    got = [(doc.text[s.start:s.end], s.attr("n")) for s in spans]
    assert got == [("1", "1"), ("2", "2"), ("3", "3")]
    assert doc.text[spans[0].start - 4:spans[0].start] == "354."


def test_marker_glued_to_a_year() -> None:
    doc, spans = notes_of("A Title\n\nThe crisis of 1958-19611 began.\n\n1 A note.\n")
    assert len(spans) == 1
    assert doc.text[spans[0].start - 9:spans[0].end] == "1958-19611"


def test_lost_note_bodies_get_notes_with_gap() -> None:
    text = "A Title\n\nOne.1 Two.2 Three.3 Four.4\n\n1 First.\n2 Second, cut off in the"
    _, spans = notes_of(text)
    lost = [s.attr("n") for s in spans if s.attr("lost") == "true"]
    assert lost == ["3", "4"]


def test_source_note_is_typed() -> None:
    _, spans = notes_of("A Title\n\nText.1\n\n1. Source: Central Files. Secret.\n")
    assert spans[0].attr("type") == "source"
    assert spans[0].type is SpanType.NOTE


def test_no_bodies_no_markers() -> None:
    _, spans = notes_of("A Title\n\nIn 1956 there were 5,000 troops.2\n")
    assert spans == []


def test_mask_keeps_offsets() -> None:
    doc, spans = notes_of("A Title\n\nText.1 More.\n\n1 Note.\n")
    masked = mask(doc.text, spans)
    assert len(masked) == len(doc.text)
    assert masked[spans[0].start] == " "
