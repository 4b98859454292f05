"""Measure the date annotator on the seed documents against their gold dates.

    .venv/bin/python benchmarks/dates_eval.py [--quiet] [--perf]

Each seed becomes a minimal Document (one paragraph over the whole text, no footnote
regions), so gold regions are ignored and spans are matched by text (whitespace removed),
as ``../shared/tools/score.py`` does. Gold dates of region ``meta`` (cover pages, an
archive's citation and summary) are out of scope: the real readers drop or move that text, so
a prediction matching such an entry is neither counted right nor wrong.

The same comparison is used by ``tests/test_dates.py`` (imported from here).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from tei_coldwar.annotate import AnnotationContext
from tei_coldwar.annotate.dates import annotate, document_date, parse
from tei_coldwar.model import Block, BlockKind, Document, Metadata, Run, SourceText

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
NORM = ("when", "from", "to", "notBefore", "notAfter")
_MARKER = re.compile(r"(?:(?<=[a-z]{2}[.,;:’”)\]])|(?<=[a-z]{2}))\d{1,2}(?=\s|$)")
_DATE_LINE = re.compile(r"^[ \t]*(\S.*?)[ \t]*$", re.MULTILINE)


def key(s: str) -> str:
    return re.sub(r"\s+", "", s)


def guess_date_text(text: str) -> str:
    """A general heuristic standing in for the readers: the first line that is only a date,
    or begins with one (a web page's "October 30, 1962 Telegram ..." heading)."""
    for m in _DATE_LINE.finditer(text[:4000]):
        line = m.group(1)
        if parse(line) is not None:
            return line
        head = re.match(r"(\w+ \d{1,2}, \d{4})\b", line)
        if head and parse(head.group(1)) is not None:
            return head.group(1)
    return ""


def blank_markers(text: str) -> str:
    """Stand-in for the note annotator: footnote markers glued to a word become spaces."""
    return _MARKER.sub(lambda m: " " * len(m.group()), text)


def toy_document(name: str, text: str) -> Document:
    return Document(
        source=SourceText(name=name, text=text),
        layout="plain",
        text=text,
        runs=(Run(0, 0, len(text)),),
        blocks=(Block(BlockKind.P, 0, len(text)),),
        meta=Metadata(date_text=guess_date_text(text)),
    )


@dataclass
class Result:
    tp: int = 0
    pred: int = 0
    gold: int = 0
    value_ok: int = 0
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def value_accuracy(self) -> float:
        return self.value_ok / self.tp if self.tp else 1.0

    def add(self, other: Result) -> None:
        self.tp += other.tp
        self.pred += other.pred
        self.gold += other.gold
        self.value_ok += other.value_ok
        self.missed += other.missed
        self.spurious += other.spurious
        self.wrong += other.wrong


def evaluate_one(text_path: Path, gold_path: Path) -> Result:
    text = text_path.read_text(encoding="utf-8")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    doc = toy_document(text_path.name, text)
    ctx = AnnotationContext(
        text=blank_markers(text), document_date=document_date(doc), register=None
    )
    spans = annotate(doc, ctx)
    pred = [(key(text[s.start : s.end]), dict(s.attrs), text[s.start : s.end]) for s in spans]
    in_scope = [g for g in gold["dates"] if g.get("region", "body") != "meta"]
    meta = Counter(key(g["text"]) for g in gold["dates"] if g.get("region") == "meta")
    by_key: dict[str, list[dict[str, str]]] = {}
    for g in in_scope:
        by_key.setdefault(key(g["text"]), []).append(g)
    res = Result(gold=len(in_scope))
    for k, attrs, shown in pred:
        queue = by_key.get(k)
        if queue:
            g = queue.pop(0)
            res.tp += 1
            res.pred += 1
            if all((g.get(a) or None) == (attrs.get(a) or None) for a in NORM):
                res.value_ok += 1
            else:
                want = {a: g[a] for a in NORM if g.get(a)}
                res.wrong.append(f"{text_path.stem[:3]} {shown!r}: gold {want} got {attrs}")
        elif meta[k] > 0:
            meta[k] -= 1  # out of scope: text the real reader drops or moves to the header
        else:
            res.pred += 1
            res.spurious.append(f"{text_path.stem[:3]} {shown!r} {attrs}")
    for queue in by_key.values():
        res.missed += [f"{text_path.stem[:3]} {g['text']!r}" for g in queue]
    return res


def evaluate(shared: Path = SHARED) -> Result:
    total = Result()
    for gold_path in sorted((shared / "gold").glob("*.json")):
        text_path = shared / "seeds" / (gold_path.stem + ".txt")
        if text_path.exists():
            total.add(evaluate_one(text_path, gold_path))
    return total


def perf(size: int = 10_000_000) -> None:
    """Time annotate() on one line of ``size`` characters: seed text repeated, and texts made
    to provoke regex backtracking (long runs of spaces, digits and dashes)."""
    import time

    seeds = " ".join(
        p.read_text(encoding="utf-8").replace("\n", " ")
        for p in sorted((SHARED / "seeds").glob("*.txt"))
    )
    samples = {
        "seeds": (seeds * (size // max(1, len(seeds)) + 1))[:size],
        "spaces": "mid" + " " * size,
        "digits": "1 " * (size // 2),
        "dashes": "1956-" * (size // 5),
        "words": "the end of " * (size // 11),
    }
    for name, text in samples.items():
        doc = toy_document(name, text)
        t0 = time.perf_counter()
        spans = annotate(doc, AnnotationContext(text=text, document_date=None, register=None))
        print(
            f"perf {name}: {len(text):,} chars, {len(spans):,} dates, "
            f"{time.perf_counter() - t0:.1f} s",
            flush=True,
        )


def main() -> int:
    if "--perf" in sys.argv:
        perf()
        return 0
    res = evaluate()
    quiet = "--quiet" in sys.argv
    if not quiet:
        for title, items in (
            ("MISSED", res.missed),
            ("SPURIOUS", res.spurious),
            ("WRONG VALUE", res.wrong),
        ):
            print(f"{title} ({len(items)})")
            for item in items:
                print("  ", item)
    print(
        f"dates: P {res.precision:.3f} R {res.recall:.3f} F1 {res.f1:.3f} "
        f"(tp {res.tp}, pred {res.pred}, gold {res.gold}); "
        f"values {res.value_accuracy:.3f} ({res.value_ok}/{res.tp})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
