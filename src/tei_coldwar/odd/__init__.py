"""Compile an ODD customization into RELAX NG, ISO Schematron and a reference.

The edition's schema is written as an ODD (``schema/tei_coldwar.odd``); this package turns
it into what validators and readers use, without Java or the TEI Stylesheets, so a
checkout can rebuild and check its own schema. Compilation needs the TEI P5 source
specifications (``p5subset.xml``), which are data the user supplies, not part of the
library.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .contents import element_contents
from .reference import to_reference
from .relaxng import relaxng_grammar, serialize
from .resolve import Resolved, resolve
from .schematron import to_schematron
from .specs import P5Index, load_p5, locate_p5

__all__ = ["CompiledSchema", "P5Index", "Resolved", "compile_odd", "load_p5", "locate_p5"]


@dataclass(frozen=True)
class CompiledSchema:
    """The three outputs of one ODD, all deterministic for the same ODD and TEI sources."""

    rng: bytes  # RELAX NG, XML syntax
    schematron: bytes  # ISO Schematron (sch:schema, queryBinding xslt2)
    reference: str  # reStructuredText reference of the customization
    ident: str


def compile_odd(odd: Path, p5: Path | P5Index | None, *,
                p5_constraints: bool = True) -> CompiledSchema:
    """Compile the ODD at *odd* against the TEI P5 sources at *p5*.

    *p5* is the folder holding ``p5subset.xml`` (or the file itself, or an index already
    loaded, which saves reparsing when compiling several ODDs); ``None`` means the
    ``TEI_P5_SOURCES`` environment variable. *p5_constraints* keeps the Schematron rules
    TEI P5 itself defines for the included elements and classes next to the ODD's own.
    """
    index = p5 if isinstance(p5, P5Index) else load_p5(locate_p5(p5))
    resolved = resolve(Path(odd), index)
    grammar = relaxng_grammar(resolved)
    return CompiledSchema(
        rng=serialize(grammar, resolved),
        schematron=to_schematron(resolved, p5_constraints=p5_constraints),
        reference=to_reference(resolved, contents=element_contents(grammar),
                               p5_constraints=p5_constraints),
        ident=resolved.ident,
    )
