"""Stage 2 — annotate: stand-off spans over a :class:`~tei_coldwar.model.Document`.

An annotator is a callable ``(doc, ctx) -> Sequence[Span]``. The note annotator runs first:
the markers it finds are blanked (same length, so offsets hold) in ``ctx.text``, which every
later annotator reads instead of ``doc.text`` — a marker glued to a year ("in 1956,13") must
not look like part of a date.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import DateValue, Document, Span

if TYPE_CHECKING:
    from ..register import Register


@dataclass(frozen=True)
class AnnotationContext:
    """What annotators may know beyond the document itself."""

    text: str  # Document.text with note markers blanked out
    document_date: DateValue | None
    register: Register | None


Annotator = Callable[[Document, AnnotationContext], Sequence[Span]]
