"""The print edition: TEI → print HTML (``xslt/print.xsl``) → PDF (WeasyPrint).

One PDF for the whole edition (title page, contents, documents, index of persons) or one
PDF per document. Layout lives in ``xslt/assets/print.css`` (CSS Paged Media): footnotes at
the foot of their page, running heads, page numbers from ``target-counter()``, bookmarks.

WeasyPrint gets the HTML as a string with a URL fetcher that refuses everything: the print
HTML needs no images, fonts or styles from anywhere (fonts come from the system through
fontconfig and are embedded in the PDF), so nothing in a document can make it fetch a file
or URL.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from ..errors import RenderError
from ..resources import bundled
from .inputs import (
    TeiInput,
    edition_tree,
    load_documents,
    load_register,
    register_subset,
)
from .output import write_atomic
from .saxon import Stylesheets


def render_pdf(
    tei_files: Sequence[Path],
    out_pdf: Path,
    *,
    register: Path | None = None,
    per_document: bool = False,
) -> list[Path]:
    """Render TEI files to one PDF volume (default) or one PDF per document.

    With ``per_document`` the files are written next to ``out_pdf`` as
    ``<out_pdf stem>-<document stem>.pdf``.
    """
    docs = load_documents(list(tei_files))
    reg_tree = load_register(register)
    sheets = Stylesheets(("print",))
    reg_node = (sheets.node(register_subset(reg_tree, docs), str(register or "register"))
                if reg_tree is not None else None)
    css = _stylesheet()
    if not per_document:
        html = _print_html(sheets, docs, reg_node, mode="volume")
        return [write_atomic(out_pdf, _to_pdf(html, css, dedupe_index=True, name=str(out_pdf)))]
    written: list[Path] = []
    for doc in docs:
        html = _print_html(sheets, [doc], reg_node, mode="single")
        target = out_pdf.with_name(f"{out_pdf.stem}-{doc.stem}.pdf")
        written.append(write_atomic(target, _to_pdf(html, css, dedupe_index=False,
                                                    name=str(doc.path))))
    return written


def print_html(
    tei_files: Sequence[Path], *, register: Path | None = None, single: bool = False
) -> str:
    """The print HTML that WeasyPrint lays out (for inspection and tests)."""
    docs = load_documents(list(tei_files))
    reg_tree = load_register(register)
    sheets = Stylesheets(("print",))
    reg_node = (sheets.node(register_subset(reg_tree, docs), "register")
                if reg_tree is not None else None)
    return _print_html(sheets, docs, reg_node, mode="single" if single else "volume")


def _print_html(sheets: Stylesheets, docs: Sequence[TeiInput], reg_node: Any, *,
                mode: str) -> str:
    edition = sheets.node(edition_tree(docs), "edition")
    created = _dt.date.today().isoformat()
    return sheets.transform("print", edition, {"register": reg_node, "created": created},
                            file="print edition", mode=f"{{urn:tei-coldwar:render}}{mode}")


def _stylesheet() -> Any:
    from weasyprint import CSS

    path = bundled("xslt", "assets", "print.css")
    try:
        return CSS(string=path.read_text(encoding="utf-8"), url_fetcher=_refuse)
    except OSError as exc:
        raise RenderError(f"the print stylesheet cannot be read ({exc.strerror})",
                          file=str(path)) from None


def _refuse(url: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
    """WeasyPrint URL fetcher that fetches nothing (the print HTML needs no resources)."""
    raise ValueError(f"tei_coldwar does not fetch resources while printing ({url})")


def _to_pdf(html: str, css: Any, *, dedupe_index: bool, name: str) -> bytes:
    from weasyprint import HTML

    try:
        doc = HTML(string=html, url_fetcher=_refuse).render(stylesheets=[css])
        if dedupe_index:
            pages = _anchor_pages(doc)
            slim = _dedupe_page_refs(html, pages)
            if slim != html:
                doc = HTML(string=slim, url_fetcher=_refuse).render(stylesheets=[css])
        pdf = doc.write_pdf()
    except Exception as exc:  # WeasyPrint raises many kinds; the user needs one sentence.
        raise RenderError(f"the PDF could not be laid out: {exc}", file=name) from None
    if not isinstance(pdf, bytes):
        raise RenderError("the PDF could not be produced", file=name)
    return pdf


def _anchor_pages(doc: Any) -> dict[str, int]:
    pages: dict[str, int] = {}
    for number, page in enumerate(doc.pages, start=1):
        for anchor in page.anchors:
            pages.setdefault(anchor, number)
    return pages


def _dedupe_page_refs(html: str, pages: dict[str, int]) -> str:
    """Keep one page reference per page in each index entry ("12, 12, 13" → "12, 13").

    CSS cannot compare the numbers target-counter() produces, so the first layout tells which
    page each mention landed on, and repeated references are dropped before the final layout.
    Only the index (at the end of the volume) changes, so earlier pages do not move.
    """
    tree = lxml_html.document_fromstring(html)
    changed = False
    for entry in tree.iterfind(".//p[@class='ix-entry']"):
        seen: set[int] = set()
        refs = [a for a in entry.iterfind("a") if a.get("class") == "pageref"]
        kept: list[etree._Element] = []
        for a in refs:
            page = pages.get((a.get("href") or "").lstrip("#"))
            if page is not None and page in seen:
                entry.remove(a)
                changed = True
                continue
            if page is not None:
                seen.add(page)
            kept.append(a)
        for i, a in enumerate(kept):
            a.tail = ", " if i < len(kept) - 1 else None
    if not changed:
        return html
    return "<!DOCTYPE html>" + etree.tostring(tree, encoding="unicode", method="html")
