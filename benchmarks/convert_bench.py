"""Conversion speed and memory: documents per second and peak memory.

    python benchmarks/convert_bench.py [--copies N] [--big-mb M]

Converts the bundled samples N times each (register loaded once, as a batch does), then one
synthetic article of about M MB, and prints the figures. Speed is checked here, never by timed
assertions in the tests.
"""

from __future__ import annotations

import argparse
import resource
import time

from tei_coldwar.convert import convert, default_register
from tei_coldwar.model import SourceText
from tei_coldwar.resources import samples_dir


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--copies", type=int, default=40)
    ap.add_argument("--big-mb", type=float, default=5.0)
    a = ap.parse_args()

    t0 = time.perf_counter()
    register = default_register()
    t_reg = time.perf_counter() - t0
    print(f"register load: {t_reg:.2f} s")

    samples = sorted(samples_dir().glob("*.txt"))
    texts = [(p.name, p.read_text()) for p in samples]
    n = 0
    chars = 0
    t0 = time.perf_counter()
    for _ in range(a.copies):
        for name, text in texts:
            convert(SourceText(name, text), register=register, created="2026-01-01")
            n += 1
            chars += len(text)
    dt = time.perf_counter() - t0
    print(f"samples: {n} documents in {dt:.2f} s = {n / dt:.1f} documents/s "
          f"({chars / dt / 1e6:.2f} M chars/s)")

    para = ("In March 1953, after the death of Stalin, Khrushchev and Malenkov met Tito "
            "in Belgrade on 26 May 1955 to discuss the status quo.1 ")
    body = "\n\n".join(para for _ in range(int(a.big_mb * 1e6 / len(para))))
    big = f"A Synthetic Long Text\n\n{body}\n\n1 A note.\n"
    t0 = time.perf_counter()
    convert(SourceText("big.txt", big), register=register, created="2026-01-01")
    dt = time.perf_counter() - t0
    print(f"one {len(big) / 1e6:.1f} MB document: {dt:.2f} s "
          f"({len(big) / dt / 1e6:.2f} M chars/s)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:.0f} MB")


if __name__ == "__main__":
    main()
