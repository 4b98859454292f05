"""The ``tei-coldwar`` command: one subcommand per stage of the pipeline, plus ``build``.

Subcommands live with their stage (``validate/cli.py``, ``render/cli.py`` …) and are imported
only when used, so ``tei-coldwar convert`` never loads Saxon or WeasyPrint.
"""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import click

from . import __version__
from .errors import TeiColdwarError

_LAZY = {
    "validate": ("tei_coldwar.validate.cli", "validate"),
    "render": ("tei_coldwar.render.cli", "render"),
    "odd": ("tei_coldwar.odd.cli", "odd"),
    "register": ("tei_coldwar.register_cli", "register"),
}

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class _Group(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *_LAZY])

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in _LAZY:
            module, attr = _LAZY[cmd_name]
            cmd = getattr(importlib.import_module(module), attr)
            assert isinstance(cmd, click.Command)
            return cmd
        return super().get_command(ctx, cmd_name)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="tei-coldwar")
def main() -> None:
    """Turn plain-text Cold War documents into a validated TEI edition with HTML and PDF.

    Exit codes: 0 success, 1 some input failed (the rest was processed), 2 usage error.
    """


@main.command("layouts")
def layouts_cmd() -> None:
    """List the source layouts the reader recognizes (for --layout)."""
    from .readers import all_readers

    for r in all_readers():
        click.echo(f"{r.name:10} {r.description}")


# --- convert --------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Job:
    source: str
    out: str
    layout: str | None
    max_bytes: int
    use_register: bool


@lru_cache(maxsize=2)
def _register(use: bool) -> Any:
    """The register of persons, loaded once per process (workers included)."""
    if not use:
        return None
    from .convert import default_register

    return default_register()


def _convert_one(job: _Job) -> dict[str, Any]:
    """Convert one file and write its TEI atomically; errors come back as data."""
    from .audit import audit, dropped_summary
    from .convert import convert
    from .fsutil import write_atomic

    try:
        conv = convert(job.source, layout=job.layout, register=_register(job.use_register),
                       max_bytes=job.max_bytes)
        write_atomic(Path(job.out), conv.to_bytes())
    except TeiColdwarError as exc:
        return {"source": job.source, "ok": False, "error": str(exc)}
    except (OSError, UnicodeError, ValueError, RecursionError, MemoryError) as exc:
        return {"source": job.source, "ok": False,
                "error": f"{job.source}: could not be converted ({exc.__class__.__name__}: {exc})"}
    rep = conv.report
    result = audit(conv)
    src = conv.document.source
    return {
        "source": job.source,
        "ok": True,
        "output": job.out,
        "layout": rep.layout,
        "encoding": src.encoding,
        "counts": rep.counts(),
        "audit": {"ok": result.ok, "summary": result.summary(),
                  "unaccounted": [list(u) for u in result.unaccounted]},
        "dropped_summary": dropped_summary(conv),
        "dropped": [
            {"line": src.line_of(d.source_start), "reason": d.reason.value, "text": d.text}
            for d in rep.dropped
        ],
        "moved": [{"line": src.line_of(m.source_start), "field": m.field, "text": m.text}
                  for m in rep.moved],
        "new_persons": [
            {"name": p.name, "suggested_id": p.suggested_id, "occurrences": p.occurrences,
             "context": p.context}
            for p in rep.new_persons
        ],
        "warnings": list(rep.warnings),
    }


def run_convert(sources: Sequence[str], outdir: Path, *, layout: str | None, max_mb: float,
                jobs: int, use_register: bool, resume: bool,
                progress: bool) -> list[dict[str, Any]]:
    """Convert a batch; one bad file never stops it. Shared by ``convert`` and ``build``."""
    from .fsutil import expand_inputs

    files = list(expand_inputs(sources, ("*.txt",)))
    results: list[dict[str, Any]] = []
    todo: list[_Job] = []
    seen: dict[str, str] = {}
    for f in files:
        out = outdir / f"{f.stem}.xml"
        if str(out) in seen:
            results.append({"source": str(f), "ok": False,
                            "error": f"{f}: has the same name as {seen[str(out)]}; its TEI "
                                     f"would overwrite that one's (rename one of them)"})
            continue
        seen[str(out)] = str(f)
        if resume and out.exists() and f.exists() and out.stat().st_mtime >= f.stat().st_mtime:
            results.append({"source": str(f), "ok": True, "output": str(out), "skipped": True})
            continue
        todo.append(_Job(str(f), str(out), layout, int(max_mb * 1024 * 1024), use_register))
    if jobs > 1 and len(todo) > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            it = pool.map(_convert_one, todo)
            results.extend(_with_progress(it, len(todo), progress, "Converting"))
    else:
        results.extend(_with_progress(map(_convert_one, todo), len(todo), progress,
                                      "Converting"))
    order = {str(f): i for i, f in enumerate(files)}
    results.sort(key=lambda r: order.get(r["source"], 0))
    return results


def _with_progress(it: Any, total: int, show: bool, label: str) -> list[Any]:
    if not show or total < 2:
        return list(it)
    out = []
    with click.progressbar(it, length=total, label=label, file=sys.stderr) as bar:
        for r in bar:
            out.append(r)
    return out


def _summarize(results: Sequence[dict[str, Any]], outdir: Path) -> int:
    ok = [r for r in results if r["ok"]]
    bad = [r for r in results if not r["ok"]]
    for r in ok:
        for w in r.get("warnings", []):
            click.echo(f"warning: {w}", err=True)
        audit = r.get("audit")
        if audit and not audit["ok"]:
            click.echo(f"warning: {r['source']}: {audit['summary']}", err=True)
    new = sum(len(r.get("new_persons", [])) for r in ok)
    click.echo(f"Converted {len(ok)} of {len(results)} file(s) into {outdir}"
               + (f"; {new} person(s) not yet in the register" if new else "") + ".", err=True)
    if bad:
        click.echo(f"{len(bad)} file(s) failed:", err=True)
        for r in bad:
            click.echo(f"  {r['error']}", err=True)
    return EXIT_FAILED if bad or not results else EXIT_OK


@main.command("convert")
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("-o", "--output", "outdir", required=True,
              type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the TEI files (OUTDIR/<name>.xml).")
@click.option("--layout", default=None, help="Force a source layout (see `tei-coldwar layouts`).")
@click.option("--json", "as_json", is_flag=True, help="Print the conversion report as JSON.")
@click.option("--report", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write the JSON conversion report to this file.")
@click.option("--max-size", "max_mb", type=float, default=20.0, show_default=True,
              help="Largest source file to accept, in MB.")
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Convert this many files in parallel (output is identical to a serial run).")
@click.option("--no-register", is_flag=True,
              help="Do not link persons to the register (faster; every person is local).")
@click.option("--resume", is_flag=True,
              help="Skip sources whose TEI is already newer than the source (finish a batch).")
def convert_cmd(sources: tuple[str, ...], outdir: Path, layout: str | None, as_json: bool,
                report: Path | None, max_mb: float, jobs: int, no_register: bool,
                resume: bool) -> None:
    """Convert plain-text SOURCES (files or folders of *.txt) to TEI P5 in OUTDIR.

    Every file gets OUTDIR/<name>.xml; a file that cannot be read is reported at the end and
    the batch goes on. The report accounts for every character of each source: what was
    dropped and why, what went into the header, and the persons not yet in the register.
    """
    if layout:
        from .readers import reader_named

        try:
            reader_named(layout)
        except TeiColdwarError as exc:
            raise click.UsageError(str(exc)) from None
    results = run_convert(sources, outdir, layout=layout, max_mb=max_mb, jobs=jobs,
                          use_register=not no_register, resume=resume,
                          progress=sys.stderr.isatty())
    payload = json.dumps(results, ensure_ascii=False, indent=2)
    if report:
        from .fsutil import write_atomic

        # surrogateescape: a source file name that is not valid UTF-8 must not end the run.
        write_atomic(report, payload.encode("utf-8", "surrogateescape"))
    if as_json:
        click.echo(payload)
    sys.exit(_summarize(results, outdir))


@main.command("audit")
@click.argument("source", type=click.Path(path_type=str))
@click.option("--layout", default=None, help="Force a source layout.")
def audit_cmd(source: str, layout: str | None) -> None:
    """Show what a conversion of SOURCE leaves out of the TEI text, and why."""
    from .audit import audit
    from .convert import convert

    try:
        conv = convert(source, layout=layout, register=_register(True))
    except TeiColdwarError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_FAILED)
    src = conv.document.source
    for d in conv.report.dropped:
        click.echo(f"{src.name}:{src.line_of(d.source_start)}: dropped ({d.reason.value}): "
                   f"{d.text.strip()[:70]!r}")
    for m in conv.report.moved:
        click.echo(f"{src.name}:{src.line_of(m.source_start)}: moved to header ({m.field}): "
                   f"{m.text.strip()[:70]!r}")
    result = audit(conv)
    click.echo(result.summary())
    sys.exit(EXIT_OK if result.ok else EXIT_FAILED)


# --- build ----------------------------------------------------------------------------------

@main.command("build")
@click.argument("sources", nargs=-1, type=click.Path(path_type=str))
@click.option("-o", "--output", "outdir", default="edition", show_default=True,
              type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the edition: tei/, html/ and edition.pdf.")
@click.option("--layout", default=None, help="Force a source layout for every source.")
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Convert this many files in parallel.")
@click.option("--html/--no-html", default=True, show_default=True, help="Publish the HTML edition.")
@click.option("--pdf/--no-pdf", default=True, show_default=True, help="Typeset the PDF volume.")
@click.option("--render-invalid", is_flag=True,
              help="Publish documents even when they fail validation.")
def build_cmd(sources: tuple[str, ...], outdir: Path, layout: str | None, jobs: int, html: bool,
              pdf: bool, render_invalid: bool) -> None:
    """Convert, validate and publish SOURCES in one go (the bundled samples if none given).

    Writes OUTDIR/tei/*.xml (TEI), OUTDIR/html/ (the HTML edition, open index.html) and
    OUTDIR/edition.pdf (the print volume). Problems with single files are reported at the
    end; everything that can be built is built.
    """
    from .resources import samples_dir

    progress = sys.stderr.isatty()
    srcs = list(sources) or [str(samples_dir())]
    if not sources:
        click.echo(f"No sources given: building the bundled sample documents ({srcs[0]}).",
                   err=True)
    tei_dir = outdir / "tei"
    results = run_convert(srcs, tei_dir, layout=layout, max_mb=20.0, jobs=jobs,
                          use_register=True, resume=False, progress=progress)
    status = _summarize(results, tei_dir)
    converted = [Path(r["output"]) for r in results if r["ok"]]

    from .validate import validate

    valid: list[Path] = []
    n_errors = 0
    for f in converted:
        findings = validate(f)
        errors = [x for x in findings if x.severity == "error"]
        n_errors += len(errors)
        for x in findings:
            click.echo(x.format(), err=True)
        if not errors or render_invalid:
            valid.append(f)
    click.echo(f"Validated {len(converted)} file(s): "
               f"{len(converted) - len([1 for f in converted if f not in valid])} valid"
               + (f", {n_errors} error(s)" if n_errors else "") + ".", err=True)
    if n_errors:
        status = EXIT_FAILED
    if not valid:
        sys.exit(EXIT_FAILED)
    from .render import render_html, render_pdf

    try:
        if html:
            edition = render_html(valid, outdir / "html")
            click.echo(f"HTML edition: {edition.index}", err=True)
        if pdf:
            pdfs = render_pdf(valid, outdir / "edition.pdf")
            click.echo(f"PDF: {', '.join(str(p) for p in pdfs)}", err=True)
    except TeiColdwarError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_FAILED)
    sys.exit(status)


if __name__ == "__main__":  # pragma: no cover
    main()
