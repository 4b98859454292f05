"""``tei-coldwar render``: publish TEI files as an HTML edition and/or a PDF."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import RenderError, TeiColdwarError
from ..resources import register_path
from .inputs import expand


@click.command("render")
@click.option("--html", "html_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Write the HTML edition into this folder.")
@click.option("--pdf", "pdf_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the PDF edition to this file.")
@click.option("--per-document", is_flag=True,
              help="One PDF per document (named <PDF stem>-<document>.pdf) instead of one volume.")
@click.option("--register", "register", type=click.Path(dir_okay=False, path_type=Path),
              help="Register of persons (default: the edition's tei/persons.xml).")
@click.option("--quiet", "-q", is_flag=True, help="Do not show progress.")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
def render(html_dir: Path | None, pdf_path: Path | None, per_document: bool,
           register: Path | None, quiet: bool, inputs: tuple[Path, ...]) -> None:
    """Render TEI FILES (or all *.xml in DIRS) to an HTML edition and/or a PDF."""
    if html_dir is None and pdf_path is None:
        raise click.UsageError("say what to make: --html OUTDIR and/or --pdf OUT.pdf")
    if per_document and pdf_path is None:
        raise click.UsageError("--per-document needs --pdf")
    try:
        missing = [p for p in inputs if not p.exists()]
        if missing:
            raise RenderError("the file or folder does not exist", file=str(missing[0]))
        files = expand(inputs, exclude=register or register_path())
        if not files:
            raise RenderError("no TEI files (*.xml) found in the given folders")
        if html_dir is not None:
            from .html import render_html

            with click.progressbar(length=len(files), label="HTML pages", file=sys.stderr,
                                   hidden=quiet) as bar:
                edition = render_html(files, html_dir, register=register,
                                      progress=lambda done, total: bar.update(1))
            click.echo(f"Wrote {len(edition.pages)} document page(s) and the edition pages "
                       f"to {html_dir} (open {edition.index}).")
        if pdf_path is not None:
            from .pdf import render_pdf

            if not quiet:
                click.echo(f"Typesetting {len(files)} document(s)…", err=True)
            written = render_pdf(files, pdf_path, register=register, per_document=per_document)
            click.echo(f"Wrote {len(written)} PDF file(s): "
                       + (str(written[0]) if len(written) == 1 else f"{written[0].parent}"))
    except TeiColdwarError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
