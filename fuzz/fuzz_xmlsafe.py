"""Coverage-guided fuzzing of xmlsafe.parse_bytes with atheris: refuse or parse, never crash."""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from tei_coldwar.errors import TeiColdwarError
    from tei_coldwar.xmlsafe import parse_bytes


def test_one_input(data: bytes) -> None:
    try:
        tree = parse_bytes(data, "f.xml")
    except TeiColdwarError as exc:
        if "\n" in str(exc):
            raise AssertionError(f"a refusal over several lines: {exc!s}") from None
        return
    if getattr(tree.docinfo, "doctype", ""):
        raise AssertionError("a DOCTYPE got through")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
