"""A small, safe wrapper around saxonche for the edition stylesheets.

Why a wrapper: compiling an XSLT 3.0 stylesheet costs far more than applying it, so a
:class:`Stylesheets` session compiles each stylesheet once and reuses it for every document
of a run. It is also the one place that locks Saxon down:

* Input is never handed to Saxon as a path or URL. Every file is parsed first with
  :mod:`tei_coldwar.xmlsafe` (no DTDs, entities or network), re-serialized by lxml (so no
  DOCTYPE can survive) and given to Saxon as text; the register and the edition's documents
  reach the stylesheets as parsed nodes in parameters or in the source tree.
* After the stylesheets are compiled (which needs ``file:`` to follow ``xsl:include``), the
  processor's ``allowedProtocols`` feature is set to the empty list, so ``document()``,
  ``doc()``, ``unparsed-text()``, ``collection()`` and friends cannot reach any file or URL
  while a transformation runs: such a call fails with FODC0005 instead of reading anything.
* ``xsl:result-document`` output is captured in memory (never written to disk by Saxon);
  all files are written by the Python side, atomically.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree
from saxonche import PySaxonApiError, PySaxonProcessor, PyXdmNode, PyXsltExecutable

from ..errors import RenderError
from ..resources import bundled

ALLOWED_PROTOCOLS = "http://saxon.sf.net/feature/allowedProtocols"

#: The stylesheets of the edition, by output name.
STYLESHEETS: tuple[str, ...] = (
    "html-document",
    "html-index",
    "html-register",
    "html-chronology",
    "html-search",
    "print",
)


def stylesheet_path(name: str, folder: Path | None = None) -> Path:
    return (folder / f"{name}.xsl") if folder is not None else bundled("xslt", f"{name}.xsl")


@dataclass
class Stylesheets:
    """One Saxon processor with the edition's stylesheets, each compiled once.

    Not frozen on purpose: it owns native Saxon objects. It is created per run (by
    ``render_html``/``render_pdf``), never stored globally.
    """

    names: tuple[str, ...] = STYLESHEETS
    folder: Path | None = None  # None: the bundled xslt/ folder
    _proc: PySaxonProcessor = field(init=False, repr=False)
    _compiled: dict[str, PyXsltExecutable] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._proc = PySaxonProcessor(license=False)
        xslt = self._proc.new_xslt30_processor()
        self._compiled = {}
        for name in self.names:
            path = stylesheet_path(name, self.folder)
            if not path.is_file():
                raise RenderError("the stylesheet is missing from the installation",
                                  file=str(path))
            try:
                self._compiled[name] = xslt.compile_stylesheet(stylesheet_file=str(path))
            except PySaxonApiError as exc:
                raise RenderError(f"the stylesheet cannot be compiled: {_first_line(exc)}",
                                  file=str(path)) from None
        # From here on no transformation may read any file or URL.
        self._proc.set_configuration_property(ALLOWED_PROTOCOLS, "")

    def node(self, tree: etree._ElementTree | etree._Element, name: str) -> PyXdmNode:
        """Hand an lxml tree (already parsed safely) to Saxon as a parsed node."""
        root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
        text = etree.tostring(root, encoding="unicode")
        try:
            return self._proc.parse_xml(xml_text=text)
        except PySaxonApiError as exc:
            raise RenderError(f"Saxon could not read the document: {_first_line(exc)}",
                              file=name) from None

    def transform(
        self,
        name: str,
        source: PyXdmNode,
        params: Mapping[str, str | PyXdmNode | None],
        *,
        file: str,
        mode: str | None = None,
    ) -> str:
        """Apply stylesheet ``name`` to ``source`` and return the serialized result."""
        exe = self._compiled[name]
        exe.clear_parameters()
        exe.set_capture_result_documents(True)
        for key, value in params.items():
            if value is None:
                continue
            if isinstance(value, str):
                exe.set_parameter(key, self._proc.make_string_value(value))
            else:
                exe.set_parameter(key, value)
        try:
            if mode is not None:
                exe.set_initial_mode(mode)
            result = exe.transform_to_string(xdm_node=source)
        except PySaxonApiError as exc:
            raise RenderError(f"the {name} stylesheet failed: {_first_line(exc)}",
                              file=file) from None
        if result is None:
            raise RenderError(f"the {name} stylesheet produced no output", file=file)
        return str(result)


def _first_line(exc: BaseException) -> str:
    lines = [ln.strip() for ln in str(exc).splitlines() if ln.strip()]
    return " ".join(lines[:2]) if lines else exc.__class__.__name__
