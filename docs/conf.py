"""Sphinx configuration for the tei_coldwar documentation.

Build: ``python -m sphinx -W -b html docs docs/_build`` (warnings are errors, so a renamed
option or a broken cross-reference fails the build instead of rotting quietly).
Examples: ``python -m sphinx -b doctest docs docs/_build/doctest`` runs every ``>>>`` example;
``tests/test_docs.py`` also runs every ``$ tei-coldwar …`` line of the console blocks.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent
sys.path.insert(0, str(DOCS.parent / "src"))  # a checkout builds its own docs

import tei_coldwar  # noqa: E402  (after the path is set)

project = "tei_coldwar"
author = "the tei_coldwar authors"
copyright = "2026, the tei_coldwar authors"
version = release = tei_coldwar.__version__

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
    "sphinx_click",
]

# Deterministic conversion dates in every example, whatever day the docs are built.
os.environ.setdefault("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01

exclude_patterns = ["_build", "_*.rst", "ci-examples", "**/.pytest_cache"]
templates_path: list[str] = []
nitpicky = False
root_doc = "index"
language = "en"

# -- autodoc ---------------------------------------------------------------------------------
autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_default_options = {"members": True}
autoclass_content = "class"
add_module_names = False

# -- doctest ---------------------------------------------------------------------------------
doctest_global_setup = """
import os
os.environ["SOURCE_DATE_EPOCH"] = "1767225600"
"""

# -- HTML ------------------------------------------------------------------------------------
html_theme = "alabaster"
html_title = f"tei_coldwar {release}"
html_static_path = ["_static"]
html_css_files = ["custom.css"]
html_theme_options = {
    "description": "Plain-text Cold War documents → TEI P5 → a validated HTML and PDF edition",
    "fixed_sidebar": True,
    "show_relbars": True,
    "page_width": "1100px",
    "sidebar_width": "240px",
}
html_sidebars = {"**": ["about.html", "navigation.html", "relations.html", "searchbox.html"]}
html_show_sourcelink = False


# -- sphinx-click ----------------------------------------------------------------------------
# Click help texts are plain text written for the terminal ("folders of *.txt"); in
# reStructuredText a lone "*" starts emphasis. Escape it so the generated reference shows the
# help exactly as the terminal does.
_LONE_STAR = re.compile(r"(?<![*\\])\*(?!\*)")


def _plain_help(app: object, ctx: object, lines: list[str]) -> None:
    for i, line in enumerate(lines):
        lines[i] = _LONE_STAR.sub(r"\\*", line)


def setup(app: object) -> None:
    for event in ("description", "options", "arguments", "epilog"):
        app.connect(f"sphinx-click-process-{event}", _plain_help)  # type: ignore[attr-defined]
