"""Validation of edition files against the ODD-compiled RELAX NG grammar and Schematron rules.

``validate(path)`` checks one file; ``Validator.build()`` loads the schemas once for a batch.
Findings name their rule (``rng``, ``xml`` or a Schematron rule id such as ``cw-date-real``)
so that the encoding manual in ``schema/tei_coldwar.odd`` explains each one.

``Validator`` and ``validate`` are imported on first use: the pytest plugin in this package is
loaded by every pytest run, which should not pay for lxml and elementpath unless it checks TEI.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .findings import Finding

if TYPE_CHECKING:
    from .validator import Validator, validate

__all__ = ["Finding", "Validator", "validate"]


def __getattr__(name: str) -> Any:
    if name in ("Validator", "validate"):
        from . import validator

        return getattr(validator, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
