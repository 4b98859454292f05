"""How fast does the edition validate? 1,000 constructed TEI files, RELAX NG + Schematron.

Run:  .venv/bin/python benchmarks/validate_bench.py [--count 1000] [--schema schema/tei_coldwar.rng]

The files are generated from a constructed telegram template, varied in length, number of
footnotes, persons and dates, so that every one is valid (the run also checks that). If
``jing`` is installed (``apt-get install -y jing``), it validates the same files against the
same RELAX NG grammar (grammar only, one JVM for all files) and the ratio is printed.
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tei_coldwar.validate import Validator
from tei_coldwar.xmlsafe import parse_file

REPO = Path(__file__).resolve().parent.parent

PERSONS = [
    ("brandt-karl", "Brandt", "Karl"),
    ("ivanova-olga", "Ivanova", "Olga"),
    ("moreau-jean", "Moreau", "Jean"),
    ("novak-petr", "Novák", "Petr"),
    ("smith-ellen", "Smith", "Ellen"),
    ("tanaka-ken", "Tanaka", "Ken"),
    ("weiss-anna", "Weiss", "Anna"),
    ("kowalski-jan", "Kowalski", "Jan"),
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

HEADER = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
  <teiHeader>
    <fileDesc>
      <titleStmt><title>Telegram {n} From the Ministry to the Legation</title>
        <respStmt><resp>automatic encoding</resp>
          <name ref="#tei_coldwar">tei_coldwar</name></respStmt></titleStmt>
      <publicationStmt><publisher>Benchmark edition</publisher>
        <availability><p>Generated for a benchmark.</p></availability>
        <idno type="file">bench-{n}.txt</idno></publicationStmt>
      <sourceDesc><bibl><title>Generated Papers</title></bibl></sourceDesc>
    </fileDesc>
    <encodingDesc>
      <appInfo><application xml:id="tei_coldwar" ident="tei_coldwar" version="0.1.0">
        <label>tei_coldwar</label></application></appInfo>
      <listPrefixDef><prefixDef ident="person" matchPattern="([A-Za-z0-9_.-]+)"
        replacementPattern="persons.xml#$1"/></listPrefixDef>
    </encodingDesc>
    <profileDesc>
      <creation><date when="{iso}">{label}</date></creation>
      <correspDesc><correspAction type="sent">
        <persName ref="person:{sender}">{sender_name}</persName><date when="{iso}"/>
      </correspAction></correspDesc>
    </profileDesc>
    <revisionDesc><change when="2026-11-23" who="#tei_coldwar">Generated.</change></revisionDesc>
  </teiHeader>
  <text>
    <body>
      <div type="document">
        <head>{n}. Telegram From the Ministry to the Legation<note n="1" xml:id="note-1"
          type="source" place="foot">Source: Generated Files {n}. Secret.</note></head>
        <opener><dateline>Capital,
          <date when="{iso}T{hh}:{mm}">{label}—{hh}:{mm}</date></dateline></opener>
"""

FOOTER = """        <closer><signed>
          <persName ref="person:{sender}">{sender_name}</persName></signed></closer>
      </div>
    </body>
  </text>
</TEI>
"""


def make_register(path: Path) -> None:
    people = "\n".join(
        f'<person xml:id="{pid}"><persName type="preferred"><surname>{sur}</surname>'
        f"<forename>{fore}</forename></persName></person>"
        for pid, sur, fore in PERSONS
    )
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc>'
        "<titleStmt><title>Benchmark register</title></titleStmt>"
        "<publicationStmt><p>Generated.</p></publicationStmt>"
        "<sourceDesc><p>Generated.</p></sourceDesc></fileDesc></teiHeader>"
        f"<text><body><listPerson>{people}</listPerson></body></text></TEI>\n",
        encoding="utf-8",
    )


def make_document(n: int, rng: random.Random) -> str:
    year = rng.randint(1947, 1989)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    iso = f"{year:04d}-{month:02d}-{day:02d}"
    label = f"{MONTHS[month - 1]} {day}, {year}"
    sender, sender_sur, _ = rng.choice(PERSONS)
    out = [HEADER.format(n=n, iso=iso, label=label, sender=sender, sender_name=sender_sur,
                         hh=f"{rng.randint(0, 23):02d}", mm=f"{rng.randint(0, 59):02d}")]
    note = 1
    for _ in range(rng.randint(3, 15)):
        pid, sur, _fore = rng.choice(PERSONS)
        other, other_sur, _ = rng.choice(PERSONS)
        d2 = rng.randint(1, 28)
        sentence = (
            f'<p>{rng.randint(100, 999)}. In talks with <persName ref="person:{pid}" '
            f'resp="#tei_coldwar">{sur}</persName> on <date when="{year:04d}-{month:02d}-{d2:02d}" '
            f'cert="medium" resp="#tei_coldwar">{MONTHS[month - 1]} {d2}</date> the '
            f'<persName ref="person:{other}">{other_sur}</persName> proposal of '
            f'<date from="{year - 2}" to="{year - 1}">{year - 2}-{year - 1}</date> was discussed.'
        )
        if rng.random() < 0.6:
            note += 1
            sentence += (
                f'<note n="{note}" xml:id="note-{note}" place="foot">See Document '
                f"{rng.randint(1, 400)}.</note>"
            )
        if rng.random() < 0.2:
            sentence += f' <pb n="{rng.randint(1, 900)}"/>More.'
        out.append("        " + sentence + "</p>\n")
    out.append(FOOTER.format(sender=sender, sender_name=sender_sur))
    return "".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--schema", type=Path, default=REPO / "schema" / "tei_coldwar.rng")
    ap.add_argument("--seed", type=int, default=1956)
    args = ap.parse_args(argv)
    if not args.schema.exists() or not args.schema.with_suffix(".sch").exists():
        print(f"{args.schema} (and its .sch) not found: compile the ODD first", file=sys.stderr)
        return 2
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="tei-bench-") as tmp:
        folder = Path(tmp)
        register = folder / "register.xml"
        make_register(register)
        files = []
        for n in range(1, args.count + 1):
            path = folder / f"bench-{n:04d}.xml"
            path.write_text(make_document(n, rng), encoding="utf-8")
            files.append(path)
        size = sum(p.stat().st_size for p in files)
        print(f"{len(files)} files, {size / 1024:.0f} KiB in all")

        t0 = time.perf_counter()
        validator = Validator.build(schema=args.schema, register=register)
        load = time.perf_counter() - t0
        print(f"load schema + rules + register: {load:.2f} s")

        t0 = time.perf_counter()
        invalid = 0
        for path in files:
            findings = validator.check(path)
            invalid += any(f.is_error for f in findings)
        total = time.perf_counter() - t0
        t0 = time.perf_counter()
        for path in files:
            validator.relaxng.check(parse_file(path))
        rng_seconds = time.perf_counter() - t0
        print(f"RELAX NG + Schematron: {total:.2f} s, {len(files) / total:.0f} files/s "
              f"({invalid} invalid)")
        print(f"  of which parse + RELAX NG (lxml): {rng_seconds:.2f} s, "
              f"{len(files) / rng_seconds:.0f} files/s")
        jing = shutil.which("jing")
        if jing is None:
            print("jing not installed (apt-get install -y jing): no comparison")
            return 1 if invalid else 0
        t0 = time.perf_counter()
        proc = subprocess.run(
            [jing, str(args.schema), *map(str, files)], capture_output=True, text=True,
            check=False,
        )
        jing_seconds = time.perf_counter() - t0
        status = "all valid" if proc.returncode == 0 else f"exit {proc.returncode}"
        print(f"jing (RELAX NG only, one JVM): {jing_seconds:.2f} s, "
              f"{len(files) / jing_seconds:.0f} files/s ({status})")
        print(f"ratio: tei-coldwar full validation takes {total / jing_seconds:.1f}x jing's time; "
              f"its RELAX NG part alone {rng_seconds / jing_seconds:.2f}x")
    return 1 if invalid else 0


if __name__ == "__main__":
    sys.exit(main())
