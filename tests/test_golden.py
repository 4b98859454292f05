"""Golden files: the bundled constructed samples must convert to exactly the committed TEI.

When a deliberate change alters the output, regenerate with
``python tests/test_golden.py --regenerate`` and review the diff before committing.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tei_coldwar.convert import convert

from .conftest import SAMPLES

GOLDEN = Path(__file__).resolve().parent / "golden"
NAMES = sorted(p.stem for p in SAMPLES.glob("*.txt"))


def _render(name: str, register) -> bytes:  # type: ignore[no-untyped-def]
    return convert(SAMPLES / f"{name}.txt", register=register, created="2026-01-01").to_bytes()


@pytest.mark.parametrize("name", NAMES)
def test_sample_matches_golden(name: str, register) -> None:  # type: ignore[no-untyped-def]
    expected = (GOLDEN / f"{name}.xml").read_bytes()
    assert _render(name, register) == expected, f"{name}: output differs from tests/golden"


if __name__ == "__main__" and "--regenerate" in sys.argv:
    from tei_coldwar.convert import default_register

    reg = default_register()
    GOLDEN.mkdir(exist_ok=True)
    for n in NAMES:
        (GOLDEN / f"{n}.xml").write_bytes(_render(n, reg))
        print("wrote", GOLDEN / f"{n}.xml")
