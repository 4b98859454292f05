"""Publish the edition: TEI → XSLT 3.0 (saxonche) → HTML edition and print-ready PDF."""

from __future__ import annotations

from .html import HtmlEdition, render_html
from .pdf import render_pdf

__all__ = ["HtmlEdition", "render_html", "render_pdf"]
