"""Measure the person annotator on the seed documents (../shared/seeds, ../shared/gold).

    .venv/bin/python benchmarks/persons_eval.py [--verbose] [--shared PATH]

Each seed becomes a minimal Document (one paragraph over the whole text); annotate() runs with
the bundled register and the gold document date. Spans are compared with the gold "persons"
by region-free text (whitespace removed), in order, as tools/score.py does; gold "meta"
entries are skipped, and so are predictions before the first gold body mention (the real
readers drop cover pages and move citation blocks to the header). Prints P/R/F1, pairwise
linking F1, misses and spurious spans, and the register's load time.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from tei_coldwar.annotate import AnnotationContext
from tei_coldwar.annotate.persons import annotate
from tei_coldwar.model import Block, BlockKind, DateValue, Document, SourceText, Span
from tei_coldwar.register import Register, load_register

REPO = Path(__file__).resolve().parent.parent


def key(s: str) -> str:
    return re.sub(r"\s+", "", s)


def document_of(name: str, text: str) -> Document:
    return Document(source=SourceText(name, text), layout="plain", text=text, runs=(),
                    blocks=(Block(BlockKind.P, 0, len(text)),), meta=_meta())


def _meta():  # type: ignore[no-untyped-def]
    from tei_coldwar.model import Metadata

    return Metadata()


def date_of(gold: dict) -> DateValue | None:  # type: ignore[type-arg]
    d = gold.get("document", {}).get("date") or {}
    attrs = {k: v[:10] for k, v in d.items() if k in ("when", "notBefore", "notAfter")}
    return DateValue(attrs) if attrs else None


def evaluate(shared: Path, register: Register,
             verbose: bool = False) -> dict[str, float]:
    tp = n_pred = n_gold = 0
    ltp = lfp = lfn = 0
    for gold_file in sorted((shared / "gold").glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        text = (shared / "seeds" / gold["source"]).read_text(encoding="utf-8")
        doc = document_of(gold["source"], text)
        ctx = AnnotationContext(text=text, document_date=date_of(gold), register=register)
        spans: list[Span] = annotate(doc, ctx)
        golds = [g for g in gold["persons"] if g.get("region") != "meta"]
        # leave out what the real readers drop or move to the header: everything before the
        # first gold body mention and the places of the gold "meta" mentions
        meta_at: set[int] = set()
        first = len(text)
        pos = 0
        for g in gold["persons"]:
            hit = text.find(g["text"], pos)
            if hit < 0:
                continue
            if g.get("region") == "meta":
                meta_at.add(hit)
            else:
                first = min(first, hit)
            pos = hit + len(g["text"])
        spans = [s for s in spans if s.start >= first and s.start not in meta_at]
        g_by: dict[str, list[dict]] = defaultdict(list)  # type: ignore[type-arg]
        p_by: dict[str, list[Span]] = defaultdict(list)
        for g in golds:
            g_by[key(g["text"])].append(g)
        for s in spans:
            p_by[key(text[s.start : s.end])].append(s)
        pairs = [(g, p) for k, gs in g_by.items()
                 for g, p in zip(gs, p_by.get(k, []), strict=False)]
        tp += len(pairs)
        n_pred += len(spans)
        n_gold += len(golds)
        items = [(g["key"], p.attr("ref")) for g, p in pairs]
        for i in range(len(items)):
            for j in range(i + 1, len(items)):
                sg = items[i][0] == items[j][0]
                sp = items[i][1] == items[j][1]
                ltp += sg and sp
                lfp += sp and not sg
                lfn += sg and not sp
        missed = Counter(key(g["text"]) for g in golds) - Counter(
            key(g["text"]) for g, _ in pairs)
        spurious = Counter(key(text[s.start : s.end]) for s in spans) - Counter(
            key(text[p.start : p.end]) for _, p in pairs)
        print(f"{gold_file.stem}: gold {len(golds)} pred {len(spans)} matched {len(pairs)}")
        if missed:
            print("   missed:  ", dict(missed))
        if spurious:
            print("   spurious:", dict(spurious))
        if verbose:
            for g, p in pairs:
                print(f"     {g['text']!r:32} {g['key']:26} {p.attr('ref')} {p.source}")
        bad = [(a, b) for a in items for b in items if a[0] == b[0] and a[1] != b[1]]
        if bad:
            print("   split links:", sorted(set(bad))[:6])
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    lp = ltp / (ltp + lfp) if ltp + lfp else 1.0
    lr = ltp / (ltp + lfn) if ltp + lfn else 1.0
    lf = 2 * lp * lr / (lp + lr) if lp + lr else 0.0
    return {"P": p, "R": r, "F1": f, "link_P": lp, "link_R": lr, "link_F1": lf}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args()
    if not (a.shared / "gold").exists():
        print(f"no gold annotations under {a.shared}", file=sys.stderr)
        return 1
    t0, c0 = time.perf_counter(), time.process_time()
    register = load_register()
    print(f"register: {len(register)} persons, loaded in {time.perf_counter() - t0:.2f} s "
          f"({time.process_time() - c0:.2f} s CPU)")
    res = evaluate(a.shared, register, a.verbose)
    print("TOTAL " + "  ".join(f"{k} {v:.3f}" for k, v in res.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
