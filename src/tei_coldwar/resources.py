"""Find the edition's bundled files: register, schema, stylesheets, sample documents.

In a wheel they sit in ``tei_coldwar/_bundled``; in a source checkout (editable install, tests)
they are the repository's own ``tei/``, ``schema/`` and ``xslt/`` folders. One lookup serves
both so that no module hard-codes a path.
"""

from __future__ import annotations

from pathlib import Path

_PKG = Path(__file__).resolve().parent


def bundled(*parts: str) -> Path:
    """Path of a bundled resource such as ``bundled("tei", "persons.xml")``."""
    inside = _PKG.joinpath("_bundled", *parts)
    if inside.exists():
        return inside
    checkout = _PKG.parent.parent.joinpath(*parts)
    if checkout.exists():
        return checkout
    return inside  # callers report the missing file with its expected place


def register_path() -> Path:
    return bundled("tei", "persons.xml")


def samples_dir() -> Path:
    return _PKG / "data" / "samples"
