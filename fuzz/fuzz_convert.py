"""Coverage-guided fuzzing of from_bytes + convert with atheris (libFuzzer).

Run: ``.venv/bin/python fuzz/fuzz_convert.py fuzz/corpus_seeds -max_total_time=300``
(or ``fuzz/run.sh``). The first input byte picks the layout (or detection); the rest is the
source file. A crash is any exception other than a TeiColdwarError, TEI that lxml cannot
parse, or a failed lossless audit; libFuzzer saves the input as ``crash-…`` for
``tests/regressions/``.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from lxml import etree

    from tei_coldwar.audit import audit
    from tei_coldwar.convert import annotators, convert
    from tei_coldwar.errors import TeiColdwarError
    from tei_coldwar.readers import all_readers
    from tei_coldwar.register import build_register

    # Readers and annotators are imported lazily; import them here so they are instrumented.
    all_readers()
    annotators()

NO_ONE = build_register([])
LAYOUTS: list[str | None] = [None, *(r.name for r in all_readers())]


def test_one_input(data: bytes) -> None:
    if not data:
        return
    layout = LAYOUTS[data[0] % len(LAYOUTS)]
    try:
        conv = convert(data[1:], layout=layout, register=NO_ONE, created="2026-01-01",
                       name="f.txt")
    except TeiColdwarError:
        return
    etree.fromstring(conv.to_bytes())
    result = audit(conv)
    if not result.ok:
        raise AssertionError(f"audit ({layout}): {result.summary()}")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
