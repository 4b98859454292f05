"""Collect and safely load the TEI documents and the register for a rendering run.

Both outputs (HTML and PDF) need the same things: the files expanded from the user's list,
each parsed with :mod:`tei_coldwar.xmlsafe`, checked to be TEI, given a page name that
cannot collide with the edition's own pages, and the register (or none).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from .. import xmlsafe
from ..errors import RenderError, TeiColdwarError
from ..resources import register_path

TEI_NS = "http://www.tei-c.org/ns/1.0"
CW_NS = "urn:tei-coldwar:render"

#: Page names the edition uses itself; a document with such a stem gets a "doc-" prefix.
RESERVED = frozenset({"index", "persons", "chronology", "search", "assets"})


@dataclass(frozen=True)
class TeiInput:
    """One parsed TEI document and the name of its page in the edition."""

    path: Path
    stem: str
    tree: etree._ElementTree

    @property
    def href(self) -> str:
        return f"{self.stem}.html"

    @property
    def title(self) -> str:
        el = self.tree.find(f".//{{{TEI_NS}}}titleStmt/{{{TEI_NS}}}title")
        text = " ".join("".join(str(t) for t in el.itertext()).split()) if el is not None else ""
        return text or "Untitled document"


def chronological(docs: Sequence[TeiInput]) -> list[TeiInput]:
    """Documents by their own date (creation/date), undated last, then by title.

    The same order as ``cw:sort-key`` in ``xslt/common.xsl`` (index, search, print), so that
    the previous/next links of the document pages follow the table of contents.
    """
    return sorted(docs, key=lambda d: (_date_key(d), d.title.lower()))


def _date_key(doc: TeiInput) -> str:
    for date in doc.tree.iterfind(f".//{{{TEI_NS}}}profileDesc/{{{TEI_NS}}}creation/"
                                  f"{{{TEI_NS}}}date"):
        for attr in ("when", "from", "notBefore", "to", "notAfter"):
            value = date.get(attr)
            if value:
                return value
        break
    return "9999-99"


def expand(paths: Iterable[Path], *, exclude: Path | None = None) -> list[Path]:
    """Files as given, folders as their ``*.xml`` files (sorted), the register left out."""
    out: list[Path] = []
    skip = exclude.resolve() if exclude is not None and exclude.exists() else None
    for p in paths:
        if p.is_dir():
            found = sorted(f for f in p.glob("*.xml") if f.is_file())
            out.extend(f for f in found if skip is None or f.resolve() != skip)
        else:
            out.append(p)
    return out


def page_stem(path: Path) -> str:
    """A safe page name from a file name: letters, digits, ``-``, ``_`` and ``.`` only."""
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "-", path.stem).strip("-.") or "document"
    return f"doc-{stem}" if stem.lower() in RESERVED else stem


def load_documents(files: Sequence[Path]) -> list[TeiInput]:
    """Parse every file safely; refuse non-TEI input and page-name collisions."""
    if not files:
        raise RenderError("no TEI files were given to render")
    docs: list[TeiInput] = []
    seen: dict[str, Path] = {}
    for path in files:
        tree = _parse(path)
        root = tree.getroot()
        if root.tag != f"{{{TEI_NS}}}TEI":
            raise RenderError(
                "the file is not a TEI document (its root element is not TEI in the TEI "
                "namespace)", file=str(path))
        if root.find(f"{{{TEI_NS}}}text") is None:
            raise RenderError("the TEI document has no <text> to publish", file=str(path))
        stem = page_stem(path)
        if stem in seen:
            raise RenderError(
                f"two documents would both become the page {stem}.html "
                f"(the other is {seen[stem]}); rename one of them", file=str(path))
        seen[stem] = path
        docs.append(TeiInput(path=path, stem=stem, tree=tree))
    return docs


def load_register(register: Path | None) -> etree._ElementTree | None:
    """The register of persons, or None when the default register does not exist yet.

    An explicitly given register must exist; the bundled one may be missing (the edition then
    shows persons without life dates and offices).
    """
    path = register if register is not None else register_path()
    if register is None and not path.is_file():
        return None
    return _parse(path)


def register_subset(register: etree._ElementTree, docs: Sequence[TeiInput]) -> etree._Element:
    """Only the register entries the documents point to, in a minimal TEI wrapper.

    The full register has thousands of persons; the stylesheets look persons up by key, and
    Saxon indexes a parameter document again for every transformation. Handing over just the
    persons of this edition keeps every page fast without changing any output.
    """
    wanted: set[str] = set()
    for doc in docs:
        for pers in doc.tree.iter(f"{{{TEI_NS}}}persName"):
            ref = (pers.get("ref") or "").split()
            if not ref:
                continue
            first = ref[0]
            if first.startswith("person:"):
                wanted.add(first[len("person:"):])
            elif "#" in first and not first.startswith("#"):
                wanted.add(first.split("#", 1)[1])
    xml_id = "{http://www.w3.org/XML/1998/namespace}id"
    root = etree.Element(f"{{{TEI_NS}}}TEI", nsmap={None: TEI_NS})  # type: ignore[dict-item]
    lst = etree.SubElement(etree.SubElement(etree.SubElement(root, f"{{{TEI_NS}}}text"),
                                            f"{{{TEI_NS}}}body"), f"{{{TEI_NS}}}listPerson")
    for person in register.iter(f"{{{TEI_NS}}}person"):
        if person.get(xml_id) in wanted:
            lst.append(copy.deepcopy(person))
    return root


def _parse(path: Path) -> etree._ElementTree:
    try:
        return xmlsafe.parse_file(path)
    except RenderError:
        raise
    except TeiColdwarError as exc:
        raise RenderError(exc.message, file=exc.file or str(path), line=exc.line) from None


def edition_tree(docs: Sequence[TeiInput]) -> etree._Element:
    """The wrapper the edition-wide stylesheets read: ``cw:edition/cw:doc[@stem,@href]/TEI``."""
    edition = etree.Element(f"{{{CW_NS}}}edition", nsmap={"cw": CW_NS})
    for doc in docs:
        holder = etree.SubElement(edition, f"{{{CW_NS}}}doc", stem=doc.stem, href=doc.href)
        holder.append(copy.deepcopy(doc.tree.getroot()))
    return edition
