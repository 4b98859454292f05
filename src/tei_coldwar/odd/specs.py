"""Load the TEI P5 source specifications an ODD customization is compiled against.

The TEI publishes every element, class, macro and datatype specification in one file,
``p5subset.xml``; parsing it once (a few tens of milliseconds) is far cheaper than opening
eight hundred ``Specs/*.xml`` files, so the folder form is only a fallback for checkouts
of the TEI sources that lack the compiled subset.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from lxml import etree

from ..errors import SchemaError
from ..xmlsafe import parse_file

TEI_NS = "http://www.tei-c.org/ns/1.0"
RNG_NS = "http://relaxng.org/ns/structure/1.0"
SCH_NS = "http://purl.oclc.org/dsdl/schematron"
XML_NS = "http://www.w3.org/XML/1998/namespace"
T = "{" + TEI_NS + "}"

SPEC_KINDS = ("elementSpec", "classSpec", "macroSpec", "dataSpec")

ENV_VAR = "TEI_P5_SOURCES"

MISSING_SOURCES = (
    "compiling an ODD needs the TEI P5 source specifications (p5subset.xml), which are "
    "not bundled with tei_coldwar; download them from the TEI Consortium's releases "
    "(https://github.com/TEIC/TEI/releases, file p5subset.xml) or install the Debian "
    "package tei-p5-source, then pass the folder holding p5subset.xml with --p5 or set "
    f"the {ENV_VAR} environment variable to it"
)


@dataclass(frozen=True)
class P5Index:
    """All TEI P5 specifications, by kind and ident, plus which module declares each.

    The spec elements are shared, read-only views into the parsed source: the resolver
    copies a spec before it changes anything, so one index can serve many compilations.
    """

    specs: Mapping[str, Mapping[str, etree._Element]]  # kind -> ident -> spec element
    modules: Mapping[str, tuple[tuple[str, str], ...]]  # module -> ((kind, ident), ...)
    version: str

    def get(self, kind: str, ident: str) -> etree._Element | None:
        return self.specs[kind].get(ident)


def locate_p5(p5: Path | None) -> Path:
    """Where the TEI sources are: the given path, else $TEI_P5_SOURCES, else an error."""
    if p5 is None:
        env = os.environ.get(ENV_VAR)
        if not env:
            raise SchemaError(MISSING_SOURCES)
        p5 = Path(env)
    if p5.is_file():
        return p5
    if (p5 / "p5subset.xml").is_file() or (p5 / "Specs").is_dir():
        return p5
    raise SchemaError(MISSING_SOURCES + f" (nothing usable was found at {p5})", file=str(p5))


def load_p5(p5: Path) -> P5Index:
    """Index the TEI sources at *p5* (a folder with p5subset.xml or Specs/, or the file)."""
    where = locate_p5(p5)
    subset = where if where.is_file() else where / "p5subset.xml"
    roots: list[etree._Element]
    if subset.is_file():
        roots = [parse_file(subset).getroot()]
    else:
        roots = [parse_file(f).getroot() for f in sorted((where / "Specs").glob("*.xml"))]
    specs: dict[str, dict[str, etree._Element]] = {k: {} for k in SPEC_KINDS}
    modules: dict[str, list[tuple[str, str]]] = {}
    for root in roots:
        for spec in _iter_specs(root):
            kind = etree.QName(spec).localname
            ident = spec.get("ident", "")
            if kind == "moduleSpec":
                modules.setdefault(ident, [])
                continue
            specs[kind][ident] = spec
            module = spec.get("module")
            if module:
                modules.setdefault(module, []).append((kind, ident))
    if not specs["elementSpec"]:
        raise SchemaError(
            "the TEI P5 sources contain no element specifications; " + MISSING_SOURCES,
            file=str(where),
        )
    version_file = (where.parent if where.is_file() else where) / "VERSION"
    if version_file.is_file():
        version = version_file.read_text(encoding="utf-8").strip()
    else:  # a bare p5subset.xml names its release in the header ("P5 Version 4.9.0a")
        edition = roots[0].find(f"{T}teiHeader/{T}fileDesc/{T}editionStmt/{T}edition")
        text = " ".join(str(t) for t in edition.itertext()) if edition is not None else ""
        found = re.search(r"\b\d+\.\d+\.\d+[a-z]?\b", text)
        version = found.group(0) if found else ""
    return P5Index(
        specs=MappingProxyType({k: MappingProxyType(v) for k, v in specs.items()}),
        modules=MappingProxyType({k: tuple(v) for k, v in modules.items()}),
        version=version,
    )


def _iter_specs(root: etree._Element) -> list[etree._Element]:
    kinds = {*SPEC_KINDS, "moduleSpec"}
    if etree.QName(root).namespace == TEI_NS and etree.QName(root).localname in kinds:
        return [root]
    # Specs never nest inside one another, and egXML examples use another namespace.
    return [
        el
        for el in root.iter(*(T + k for k in kinds))
        if not any(
            isinstance(a.tag, str) and etree.QName(a).localname in kinds
            for a in el.iterancestors()
        )
    ]
