"""``tei-coldwar validate``: check TEI files against the edition's schema, for people and CI.

Exit status 0 means no errors (warnings allowed), 1 means at least one error, 2 means the
command could not run as asked (no such file, no TEI files found, schema missing).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

import click

from ..errors import TeiColdwarError
from .findings import Finding, has_errors, summary
from .junit import junit_xml
from .validator import Validator

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def collect_files(paths: Iterable[Path]) -> list[Path]:
    """Files as given, directories searched (recursively) for ``*.xml``; no duplicates."""
    out: list[Path] = []
    seen: set[Path] = set()
    for p in paths:
        found = sorted(x for x in p.rglob("*.xml") if x.is_file()) if p.is_dir() else [p]
        for f in found:
            key = f.resolve()
            if key not in seen:
                seen.add(key)
                out.append(f)
    return out


@click.command("validate")
@click.argument(
    "paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path)
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "junit"]),
    default="text",
    show_default=True,
    help="text: one line per problem; junit: JUnit XML for CI systems.",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Write the report to this file instead of the terminal.",
)
@click.option(
    "--register",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Register of persons that person: links must resolve to (default: the bundled one).",
)
@click.option(
    "--schema",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Compiled RELAX NG grammar; the Schematron is the .sch beside it "
    "(default: the bundled schema).",
)
def validate(
    paths: Sequence[Path],
    fmt: str,
    output: Path | None,
    register: Path | None,
    schema: Path | None,
) -> None:
    """Check TEI files (or directories of *.xml) against the edition's RELAX NG grammar and
    Schematron rules.

    Prints FILE:LINE:COL: SEVERITY: MESSAGE [RULE] for each problem and a summary line.
    Exit status: 0 no errors, 1 errors found, 2 usage problem.
    """
    files = collect_files(paths)
    if not files:
        raise click.UsageError("no TEI files (*.xml) found in the given directories")
    try:
        validator = Validator.build(schema=schema, register=register)
    except TeiColdwarError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    started = time.perf_counter()
    results: list[tuple[str, Sequence[Finding]]] = [
        (str(f), validator.check(f)) for f in files
    ]
    elapsed = time.perf_counter() - started
    line = summary(results)
    if fmt == "junit":
        report = junit_xml(results, seconds=elapsed)
        if output is not None:
            output.write_bytes(report)
            click.echo(line)
        else:
            click.echo(report.decode("utf-8"), nl=False)
            click.echo(line, err=True)
    else:
        text = "".join(f.format() + "\n" for _, fs in results for f in fs) + line + "\n"
        if output is not None:
            output.write_text(text, encoding="utf-8")
            click.echo(line)
        else:
            click.echo(text, nl=False)
    sys.exit(EXIT_INVALID if any(has_errors(fs) for _, fs in results) else EXIT_OK)
