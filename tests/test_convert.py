"""convert(): the API, determinism, the lossless audit and the accuracy floors on the seeds."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

from tei_coldwar.audit import audit
from tei_coldwar.convert import convert
from tei_coldwar.errors import InputError, LayoutError

from .conftest import GOLD, SAMPLES, SHARED, needs_shared

TEI = "{http://www.tei-c.org/ns/1.0}"


@pytest.mark.parametrize("name", sorted(p.name for p in SAMPLES.glob("*.txt")))
def test_samples_convert_losslessly(name: str, register) -> None:  # type: ignore[no-untyped-def]
    conv = convert(SAMPLES / name, register=register, created="2026-01-01")
    result = audit(conv)
    assert result.ok, result.summary()
    root = conv.tree.getroot()
    assert root.tag == f"{TEI}TEI"
    assert root.find(f"{TEI}teiHeader/{TEI}fileDesc/{TEI}titleStmt/{TEI}title").text


@needs_shared
def test_every_seed_is_lossless(seed_conversions) -> None:  # type: ignore[no-untyped-def]
    """TEI text + dropped segments = source text, modulo whitespace, for every seed."""
    for stem, conv in seed_conversions.items():
        result = audit(conv)
        assert result.ok, f"{stem}: {result.summary()}"


def test_output_is_deterministic(register) -> None:  # type: ignore[no-untyped-def]
    a = convert(SAMPLES / "wilson_record.txt", register=register, created="2026-01-01")
    b = convert(SAMPLES / "wilson_record.txt", register=register, created="2026-01-01")
    assert a.to_bytes() == b.to_bytes()


def test_bytes_input_and_forced_layout() -> None:
    data = (SAMPLES / "frus_telegram.txt").read_bytes()
    conv = convert(data, name="t.txt", layout="generic", register=None, created="2026-01-01")
    assert conv.document.layout == "generic"
    with pytest.raises(LayoutError):
        convert(data, name="t.txt", layout="nope")


def test_errors_are_the_librarys_own(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(InputError) as exc:
        convert(empty)
    assert "empty.txt" in str(exc.value)


def test_header_has_what_encoding_md_asks(register) -> None:  # type: ignore[no-untyped-def]
    conv = convert(SAMPLES / "wilson_record.txt", register=register, created="2026-01-01")
    h = conv.tree.getroot().find(f"{TEI}teiHeader")
    assert h.find(f".//{TEI}publicationStmt/{TEI}idno[@type='URL']") is not None
    assert h.find(f".//{TEI}sourceDesc/{TEI}bibl") is not None
    assert h.find(f".//{TEI}profileDesc/{TEI}langUsage/{TEI}language[@ident='ru']") is not None
    assert h.find(f".//{TEI}profileDesc/{TEI}abstract") is not None
    assert h.find(f".//{TEI}correspDesc/{TEI}correspAction[@type='sent']") is not None
    assert h.find(f".//{TEI}creation/{TEI}date").get("when") == "1961-06-12"
    app = h.find(f".//{TEI}appInfo/{TEI}application")
    assert app.get("ident") == "tei_coldwar" and app.get("version")
    assert h.find(f".//{TEI}revisionDesc/{TEI}change").get("when") == "2026-01-01"


@needs_shared
def test_seed_spot_checks(seed_conversions) -> None:  # type: ignore[no-untyped-def]
    """Assertions on seed output at run time (the output itself is never committed)."""
    frus = next(c for k, c in seed_conversions.items() if k.startswith("000"))
    root = frus.tree.getroot()
    head = root.find(f".//{TEI}body//{TEI}head")
    note1 = head.find(f"{TEI}note")
    assert note1 is not None and note1.get("n") == "1" and note1.get("type") == "source"
    assert root.find(f".//{TEI}pb").get("n") == "534"
    d = [e for e in root.iter(f"{TEI}date") if e.text == "December 17"]
    assert d and d[0].get("when") == "1956-12-17" and d[0].get("cert") == "medium"
    article = next(c for k, c in seed_conversions.items() if k.startswith("001"))
    lost = [n for n in article.tree.getroot().iter(f"{TEI}note")
            if n.find(f"{TEI}gap") is not None]
    assert len(lost) >= 10 and all(n.find(f"{TEI}gap").get("reason") == "lost" for n in lost)


# The floors sit just under what the code reaches, so the figures can only go up.
FLOORS = {"persName": 0.97, "persName_linking": 0.97, "date": 0.97}
DATE_VALUE_FLOOR = 0.97
NOTES_PLACED_FLOOR = 44


@needs_shared
def test_scorer_floors(seed_tei_dir: Path) -> None:
    out = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "score.py"), "--gold", str(GOLD), "--tei",
         str(seed_tei_dir), "--json"],
        capture_output=True, text=True, check=True,
    )
    total = json.loads(out.stdout)["total"]
    for key, floor in FLOORS.items():
        assert total[key]["F1"] >= floor, (key, total[key])
    assert total["date_value_accuracy"] >= DATE_VALUE_FLOOR
    assert total["notes"]["placed"] >= NOTES_PLACED_FLOOR


@needs_shared
def test_seed_output_is_well_formed(seed_tei_dir: Path) -> None:
    for p in seed_tei_dir.glob("*.xml"):
        etree.parse(str(p))
