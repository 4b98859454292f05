"""Benchmark of tei_coldwar.render: HTML pages per second and the time for a PDF volume.

Renders 1,000 constructed TEI documents to an HTML edition (documents/second, including the
index, persons, chronology and search pages) and a 100-document edition to one PDF (seconds).

    .venv/bin/python benchmarks/render_bench.py [--docs 1000] [--pdf-docs 100]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from tei_coldwar.render import render_html, render_pdf

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "render_fixtures"

PERSONS = [
    ("dulles-john-foster", "Dulles"), ("eisenhower-dwight-d", "Eisenhower"),
    ("khrushchev-nikita", "Khrushchev"), ("thompson-llewellyn-e", "Thompson"),
    ("gromyko-andrei", "Gromyko"), ("nagy-imre", "Nagy"), ("kadar-janos", "Kádár"),
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def constructed_document(i: int, rng: random.Random) -> str:
    """A telegram-like TEI document with persons, dates, footnotes and a page break."""
    year, month, day = 1950 + rng.randrange(15), rng.randrange(12) + 1, rng.randrange(28) + 1
    iso = f"{year}-{month:02d}-{day:02d}"
    paras = []
    note = 1
    for p in range(rng.randrange(4, 9)):
        pid, pname = rng.choice(PERSONS)
        d2 = f"{year}-{month:02d}-{rng.randrange(28) + 1:02d}"
        body = (f"Paragraph {p + 1}: the Embassy reports that <persName ref=\"person:{pid}\">"
                f"{pname}</persName> raised the question again on <date when=\"{d2}\" "
                f"cert=\"medium\">{MONTHS[month - 1]} {int(d2[-2:])}</date>, and that the "
                "answer will be sent by the usual channel after consultation with the allies.")
        if rng.random() < 0.6:
            body += (f"<note n=\"{note}\" xml:id=\"note-{note}\" place=\"foot\">See telegram "
                     f"{rng.randrange(100, 999)}, <date when=\"{iso}\">{MONTHS[month - 1]} {day}, "
                     f"{year}</date>.</note>")
            note += 1
        if p == 2:
            body += f" The text continues <pb n=\"{100 + i}\"/> on the next page."
        paras.append(f"<p>{body}</p>")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en"><teiHeader><fileDesc>
<titleStmt><title>Telegram {i} From the Department of State to the Embassy</title></titleStmt>
<publicationStmt><publisher>benchmark</publisher><idno type="URL">https://example.org/{i}</idno>
</publicationStmt><sourceDesc><bibl><title>Constructed benchmark series</title></bibl></sourceDesc>
</fileDesc><profileDesc><creation><date when="{iso}">{MONTHS[month - 1]} {day}, {year}</date>
</creation></profileDesc></teiHeader><text><body><div type="document">
<head>{i}. Telegram From the Department of State to the Embassy</head>
<opener><dateline>Washington, <date when="{iso}">{MONTHS[month - 1]} {day}, {year}</date>
</dateline></opener>
{''.join(paras)}
<closer><signed><persName ref="person:dulles-john-foster">Dulles</persName></signed></closer>
</div></body></text></TEI>
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--pdf-docs", type=int, default=100)
    args = ap.parse_args()
    rng = random.Random(1956)
    register = FIXTURES / "persons.xml"
    with tempfile.TemporaryDirectory(prefix="render-bench-") as tmp:
        src = Path(tmp) / "tei"
        src.mkdir()
        files = []
        for i in range(args.docs):
            path = src / f"doc{i:05d}.xml"
            path.write_text(constructed_document(i, rng), encoding="utf-8")
            files.append(path)

        t0 = time.perf_counter()
        edition = render_html(files, Path(tmp) / "html", register=register)
        html_s = time.perf_counter() - t0
        print(f"HTML: {len(edition.pages)} documents in {html_s:.1f} s "
              f"= {len(edition.pages) / html_s:.1f} documents/second "
              "(including index, persons, chronology, search)")

        t0 = time.perf_counter()
        written = render_pdf(files[: args.pdf_docs], Path(tmp) / "edition.pdf",
                             register=register)
        pdf_s = time.perf_counter() - t0
        size = written[0].stat().st_size / 1024
        print(f"PDF: {args.pdf_docs}-document volume in {pdf_s:.1f} s ({size:.0f} KiB)")


if __name__ == "__main__":
    main()
