"""The HTML edition: one page per document plus index, persons, chronology and search.

All pages are produced by the XSLT stylesheets in ``xslt/``; this module only loads the input
safely, feeds the stylesheets (each compiled once per run), copies the static assets and
writes every file atomically. The result needs no server, fonts or network: it can be opened
from ``file://`` or copied to any web space.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..resources import bundled
from .inputs import (
    chronological,
    edition_tree,
    load_documents,
    load_register,
    register_subset,
)
from .output import write_atomic, write_text_atomic
from .saxon import Stylesheets

#: Static files every edition needs (copied into ``<outdir>/assets``).
ASSETS: tuple[str, ...] = ("edition.css", "search.js")

HTML_STYLESHEETS: tuple[str, ...] = (
    "html-document", "html-index", "html-register", "html-chronology", "html-search",
)


@dataclass(frozen=True)
class HtmlEdition:
    """What a run wrote: the document pages and the edition's own pages."""

    outdir: Path
    pages: tuple[Path, ...]
    index: Path
    persons: Path
    chronology: Path
    search: Path
    assets: tuple[Path, ...]


def render_html(
    tei_files: Sequence[Path],
    outdir: Path,
    *,
    register: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> HtmlEdition:
    """Render TEI files to a self-contained HTML edition in ``outdir``.

    ``register`` defaults to the bundled register of persons; ``progress(done, total)`` is
    called after each document page.
    """
    docs = load_documents(list(tei_files))
    reg_tree = load_register(register)
    sheets = Stylesheets(HTML_STYLESHEETS)
    reg_node = (sheets.node(register_subset(reg_tree, docs), str(register or "register"))
                if reg_tree is not None else None)

    pages: list[Path] = []
    total = len(docs)
    order = chronological(docs)
    neighbours = {d.stem: (order[i - 1] if i > 0 else None,
                           order[i + 1] if i + 1 < len(order) else None)
                  for i, d in enumerate(order)}
    for i, doc in enumerate(docs, start=1):
        node = sheets.node(doc.tree, str(doc.path))
        prev, nxt = neighbours[doc.stem]
        params = {"register": reg_node, "stem": doc.stem,
                  "prev-href": prev.href if prev else None,
                  "prev-title": prev.title if prev else None,
                  "next-href": nxt.href if nxt else None,
                  "next-title": nxt.title if nxt else None}
        html = sheets.transform("html-document", node, params, file=str(doc.path))
        pages.append(write_text_atomic(outdir / doc.href, html))
        if progress is not None:
            progress(i, total)

    edition = sheets.node(edition_tree(docs), "edition")
    written: dict[str, Path] = {}
    for sheet, page in (("html-index", "index"), ("html-register", "persons"),
                        ("html-chronology", "chronology"), ("html-search", "search")):
        html = sheets.transform(sheet, edition, {"register": reg_node}, file=f"{page}.html")
        written[page] = write_text_atomic(outdir / f"{page}.html", html)

    assets = tuple(
        write_atomic(outdir / "assets" / name, bundled("xslt", "assets", name).read_bytes())
        for name in ASSETS
    )
    return HtmlEdition(
        outdir=outdir, pages=tuple(pages), index=written["index"], persons=written["persons"],
        chronology=written["chronology"], search=written["search"], assets=assets,
    )
