"""Long fuzz run: at least 10,000 generated inputs per target, outside the test suite.

Run: ``.venv/bin/python benchmarks/fuzz_long.py [--cases N] [--seconds S] [TARGET …]``.
Targets: ``source`` (sourcefile.from_bytes), ``xmlsafe`` (parse_bytes) and ``convert`` (the
whole pipeline without a register, each input with a layout drawn from all layouts and
detection; output checked to be well-formed and audited, and one input in eight converted
twice to compare the bytes); ``convert-<layout>`` runs one layout only; ``big`` converts a
10 MB single line and 100,000 footnotes with every layout (slow: minutes per input). Prints,
per target,
the cases run, the crashes found (first three shown with their input) and the slowest input
with its time. A crash is any exception other than a TeiColdwarError, an output lxml cannot
parse, a failed lossless audit or a second run that differs.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from lxml import etree

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from fuzz.corpus import any_source, xml_documents  # noqa: E402

from tei_coldwar.audit import audit  # noqa: E402
from tei_coldwar.convert import convert  # noqa: E402
from tei_coldwar.errors import TeiColdwarError  # noqa: E402
from tei_coldwar.readers import all_readers  # noqa: E402
from tei_coldwar.register import build_register  # noqa: E402
from tei_coldwar.sourcefile import from_bytes  # noqa: E402
from tei_coldwar.xmlsafe import parse_bytes  # noqa: E402

NO_ONE = build_register([])


def check_convert(data: bytes, layout: str | None, *, twice: bool = True) -> None:
    try:
        conv = convert(data, layout=layout, register=NO_ONE, created="2026-01-01", name="f.txt")
    except TeiColdwarError:
        return
    out = conv.to_bytes()
    etree.fromstring(out)
    result = audit(conv)
    if not result.ok:
        raise AssertionError(f"audit: {result.summary()}")
    if not twice:
        return
    again = convert(data, layout=layout, register=NO_ONE, created="2026-01-01", name="f.txt")
    if again.to_bytes() != out:
        raise AssertionError("a second conversion gave other bytes")


def check_source(data: bytes) -> None:
    try:
        from_bytes(data, "f.txt")
    except TeiColdwarError:
        pass


def check_xml(data: bytes) -> None:
    try:
        parse_bytes(data, "f.xml")
    except TeiColdwarError:
        pass


def run_target(name: str, check: Callable[[bytes], None], strategy: st.SearchStrategy[bytes],
               cases: int, seconds: float) -> dict[str, object]:
    stats: dict[str, object] = {"cases": 0, "crashes": [], "slowest": (0.0, b"")}
    crashes: list[tuple[bytes, str]] = []
    start = time.monotonic()

    @settings(max_examples=cases, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def one(data: bytes) -> None:
        if time.monotonic() - start > seconds:
            return
        t = time.perf_counter()
        try:
            check(data)
        except Exception:
            crashes.append((data, traceback.format_exc(limit=4)))
        dt = time.perf_counter() - t
        stats["cases"] = int(stats["cases"]) + 1  # type: ignore[call-overload]
        slowest = stats["slowest"]
        if dt > slowest[0]:  # type: ignore[index]
            stats["slowest"] = (dt, data)

    one()
    stats["crashes"] = crashes
    stats["elapsed"] = time.monotonic() - start
    return stats


def run_big(layouts: list[str | None]) -> int:
    notes = ("Title1\n\n" + " ".join(f"w{k}." for k in range(1, 100_001)) + "\n\n"
             + "\n".join(f"{k} Note {k}." for k in range(1, 100_001))).encode()
    inputs = {"10 MB single line": b"word " * 2_000_000, "100,000 footnotes": notes}
    failed = 0
    for label, data in inputs.items():
        for lay in layouts:
            t = time.perf_counter()
            try:
                check_convert(data, lay, twice=False)
                status = "ok"
            except Exception as exc:
                status, failed = f"CRASH {exc!r}"[:200], failed + 1
            print(f"big {label:18} {lay or 'detect':8} {time.perf_counter() - t:7.1f}s {status}",
                  flush=True)
    return failed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("targets", nargs="*")
    ap.add_argument("--cases", type=int, default=10_000)
    ap.add_argument("--seconds", type=float, default=300.0,
                    help="stop a target after this long even if fewer cases ran")
    args = ap.parse_args()
    layouts: list[str | None] = [None, *(r.name for r in all_readers())]
    targets: dict[str, tuple[Callable[[bytes], None], st.SearchStrategy[bytes]]] = {
        "source": (check_source, any_source()),
        "xmlsafe": (check_xml, xml_documents()),
    }
    # "convert": every layout and detection, one drawn per input (the default long run);
    # "convert-<layout>": one layout only, for a longer look at one reader.
    targets["convert"] = (lambda d: check_convert(d[1:], layouts[d[0] % len(layouts)],
                                                  twice=d[0] % 8 == 0),
                          st.tuples(st.integers(0, 255), any_source()).map(
                              lambda t: bytes([t[0]]) + t[1]))
    for lay in layouts:
        targets[f"convert-{lay or 'detect'}"] = (
            # The second, determinism run on one input in eight keeps a target near 5 minutes.
            lambda d, lay=lay: check_convert(d, lay, twice=hash(d) % 8 == 0), any_source())
    chosen = args.targets or ["source", "xmlsafe", "convert"]
    failed = 0
    if "big" in chosen:  # the two huge inputs of ATTACKS.md, once per layout (slow: minutes)
        chosen.remove("big")
        failed += run_big(layouts)
    for name in chosen:
        check, strategy = targets[name]
        s = run_target(name, check, strategy, args.cases, args.seconds)
        crashes = s["crashes"]
        assert isinstance(crashes, list)
        slow_t, slow_in = s["slowest"]  # type: ignore[misc]
        print(f"{name:16} cases={s['cases']:>6}  crashes={len(crashes)}  "
              f"elapsed={s['elapsed']:.0f}s  slowest={slow_t:.3f}s "
              f"({len(slow_in)} bytes: {slow_in[:60]!r})", flush=True)
        for data, tb in crashes[:3]:
            print(f"  CRASH on {data[:300]!r}\n{tb}", flush=True)
        failed += len(crashes)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
