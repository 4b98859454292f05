"""The audit must catch loss: tamper with a conversion and it has to say so."""

from __future__ import annotations

import dataclasses

from tei_coldwar.audit import audit, dropped_summary
from tei_coldwar.convert import convert

from .conftest import SAMPLES

TEI = "{http://www.tei-c.org/ns/1.0}"


def _conv():  # type: ignore[no-untyped-def]
    return convert(SAMPLES / "frus_telegram.txt", register=None, created="2026-01-01")


def test_clean_conversion_passes() -> None:
    result = audit(_conv())
    assert result.ok, result.summary()
    assert result.summary() == "every character of the source is accounted for"


def test_text_removed_from_the_tei_is_caught() -> None:
    conv = _conv()
    p = next(conv.tree.getroot().find(f"{TEI}text").iter(f"{TEI}p"))
    p.text = (p.text or "")[10:]
    result = audit(conv)
    assert not result.ok
    assert "running text differs" in result.summary()


def test_note_text_removed_is_caught() -> None:
    conv = _conv()
    note = next(n for n in conv.tree.getroot().iter(f"{TEI}note") if n.get("n") == "1")
    note.text = "Source:"
    for child in list(note):
        note.remove(child)
    assert any("note 1" in m for m in audit(conv).mismatches)


def test_source_characters_claimed_by_nothing_are_caught() -> None:
    conv = _conv()
    forgotten = conv.report.dropped[0]
    report = dataclasses.replace(conv.report, dropped=conv.report.dropped[1:])
    result = audit(dataclasses.replace(conv, report=report))
    assert result.unaccounted
    assert forgotten.text.strip()[:5] in result.unaccounted[0][1]


def test_dropped_summary_counts_characters_by_reason() -> None:
    summary = dropped_summary(_conv())
    assert summary["page marker (kept as <pb/>)"] == len("[Page211]")
