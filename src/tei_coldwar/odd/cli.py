"""``tei-coldwar odd compile``: rebuild the edition's schema from its ODD."""

from __future__ import annotations

import os
from pathlib import Path

import click
from lxml import etree

from ..errors import SchemaError, TeiColdwarError
from ..fsutil import write_atomic
from . import compile_odd
from .specs import ENV_VAR, MISSING_SOURCES


def _check_loadable(rng: bytes, odd_file: Path) -> None:
    """Refuse to write a grammar that validators would reject (e.g. from bad embedded RNG)."""
    try:
        etree.RelaxNG(etree.fromstring(rng))
    except etree.RelaxNGParseError as exc:
        raise SchemaError(f"the compiled RELAX NG is not a valid schema ({exc}); check the "
                          "RELAX NG written inside the ODD", file=str(odd_file)) from None


@click.group("odd")
def odd() -> None:
    """The edition's ODD customization (schema/tei_coldwar.odd)."""


@odd.command("compile")
@click.argument("odd_file", metavar="ODD", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--p5", type=click.Path(path_type=Path), default=None,
              help=f"Folder with the TEI P5 sources (p5subset.xml); default: ${ENV_VAR}.")
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder for <ident>.rng, <ident>.sch and reference.rst "
                   "(default: the ODD's folder).")
@click.option("--no-p5-constraints", is_flag=True,
              help="Leave out the Schematron rules TEI P5 itself defines; keep the ODD's own.")
@click.option("--check", is_flag=True,
              help="Write nothing; fail if the files in the output folder are not what the "
                   "ODD compiles to (for CI).")
def compile_cmd(odd_file: Path, p5: Path | None, output: Path | None,
                no_p5_constraints: bool, check: bool) -> None:
    """Compile ODD into RELAX NG, ISO Schematron and a reStructuredText reference."""
    try:
        if p5 is None and not os.environ.get(ENV_VAR):
            raise SchemaError(MISSING_SOURCES)
        if not odd_file.is_file():
            raise SchemaError("the ODD file does not exist", file=str(odd_file))
        compiled = compile_odd(odd_file, p5, p5_constraints=not no_p5_constraints)
        _check_loadable(compiled.rng, odd_file)
        out = output or odd_file.parent
        written = {
            out / f"{compiled.ident}.rng": compiled.rng,
            out / f"{compiled.ident}.sch": compiled.schematron,
            out / "reference.rst": compiled.reference.encode("utf-8"),
        }
        if check:
            stale = [p for p, data in written.items()
                     if not p.is_file() or p.read_bytes() != data]
            if stale:
                raise SchemaError(
                    f"out of date with the ODD: {', '.join(str(p) for p in stale)}; run "
                    f"`tei-coldwar odd compile {odd_file}` without --check")
            click.echo(f"{', '.join(str(p) for p in written)}: up to date")
            return
        for path, data in written.items():
            write_atomic(path, data)
            path.chmod(0o644)  # the temporary file was private; the schema is for everyone
    except TeiColdwarError as exc:
        raise click.ClickException(str(exc)) from None
    except OSError as exc:
        raise click.ClickException(f"the schema could not be written ({exc.strerror})") from None
    for path in written:
        click.echo(str(path))
