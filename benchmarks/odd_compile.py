"""Time the ODD compiler: the edition's own ODD and TEI All (every TEI module).

Run from the repository: ``.venv/bin/python benchmarks/odd_compile.py [--p5 ../shared/tei-p5]``.
Prints the time to load the TEI P5 sources, to compile each ODD (RELAX NG + Schematron +
reference), and to load the compiled RELAX NG into lxml (libxml2), which for TEI All
takes far longer than compiling it.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from lxml import etree

from tei_coldwar.odd import compile_odd, load_p5

REPO = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--p5", type=Path, default=REPO.parent / "shared" / "tei-p5")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-lxml", action="store_true", help="skip loading into lxml")
    args = parser.parse_args()
    start = time.perf_counter()
    index = load_p5(args.p5)
    print(f"load TEI P5 sources: {time.perf_counter() - start:.3f} s")
    odds = [REPO / "schema" / "tei_coldwar.odd", args.p5 / "tei_lite.odd",
            args.p5 / "tei_all.odd"]
    for odd in odds:
        if not odd.is_file():
            print(f"{odd.name}: missing, skipped")
            continue
        times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            compiled = compile_odd(odd, index)
            times.append(time.perf_counter() - start)
        line = (f"{odd.name}: compile best {min(times):.3f} s of {args.repeat}, "
                f"{len(compiled.rng) // 1024} KiB RELAX NG")
        if not args.no_lxml:
            start = time.perf_counter()
            etree.RelaxNG(etree.fromstring(compiled.rng))
            line += f", lxml load {time.perf_counter() - start:.2f} s"
        print(line)


if __name__ == "__main__":
    main()
