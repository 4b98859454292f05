"""tei_coldwar: plain-text Cold War documents to TEI P5, validated and published.

The pipeline is one straight road — read → annotate → write → validate → render — and the
public API follows it: :func:`convert`, :func:`validate`, :func:`render_html`,
:func:`render_pdf`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["Conversion", "__version__", "convert", "render_html", "render_pdf", "validate"]

if TYPE_CHECKING:
    from .convert import Conversion, convert
    from .render import render_html, render_pdf
    from .validate import validate


def __getattr__(name: str) -> Any:
    # Imported on first use so that `import tei_coldwar` stays cheap (no Saxon, no WeasyPrint).
    if name in ("convert", "Conversion"):
        import importlib

        module = importlib.import_module(".convert", __name__)
        value = getattr(module, name)
        # Importing the submodule bound its name on the package; the function wins.
        globals()[name] = value
        return value
    if name == "validate":
        from .validate import validate

        return validate
    if name in ("render_html", "render_pdf"):
        from . import render as _r

        return getattr(_r, name)
    raise AttributeError(name)
