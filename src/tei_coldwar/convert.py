"""The straight road for one document: read → annotate → write.

:func:`convert` is the library's main entry point. It is a pure function of its inputs (the
source, the register, the options) — run it twice and the bytes are the same.
"""

from __future__ import annotations

import datetime as _dt
import importlib
import os
import pkgutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from lxml import etree

from . import __version__
from .annotate import AnnotationContext, Annotator
from .annotate import notes as notes_annotator
from .errors import InputError, TeiColdwarError
from .model import (
    BlockKind,
    ConversionReport,
    DateValue,
    Document,
    Dropped,
    DropReason,
    NewPerson,
    SourceText,
    Span,
    SpanType,
)
from .readers import Reader, detect, reader_named
from .sourcefile import DEFAULT_MAX_BYTES, from_bytes, read_source
from .write.header import HeaderInput
from .write.tei import serialize, write_tei

if TYPE_CHECKING:
    from .register import Register


@dataclass(frozen=True)
class Conversion:
    """A converted document: the TEI tree and the report that accounts for the source."""

    document: Document
    tree: etree._ElementTree
    report: ConversionReport

    def to_bytes(self) -> bytes:
        return serialize(self.tree)


def annotators() -> list[tuple[str, Annotator]]:
    """Every annotator module in :mod:`tei_coldwar.annotate` except notes, by name.

    Adding an annotator means adding a module with an ``annotate(doc, ctx)`` function.
    """
    import tei_coldwar.annotate as pkg

    found: list[tuple[str, Annotator]] = []
    for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda m: m.name):
        if info.name.startswith("_") or info.name == "notes":
            continue
        mod = importlib.import_module(f"{pkg.__name__}.{info.name}")
        fn = getattr(mod, "annotate", None)
        if callable(fn):
            found.append((info.name, fn))
    return found


def conversion_date() -> str:
    """The date written into revisionDesc.

    ``SOURCE_DATE_EPOCH`` (the reproducible-builds convention) fixes it, so that a CI run
    can produce byte-identical files on any day.
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return _dt.datetime.fromtimestamp(int(epoch), _dt.UTC).date().isoformat()
    return _dt.date.today().isoformat()


def _load_source(source: str | Path | bytes | SourceText, name: str | None,
                 max_bytes: int) -> SourceText:
    if isinstance(source, SourceText):
        return source
    if isinstance(source, bytes):
        return from_bytes(source, name or "<bytes>")
    return read_source(source, max_bytes=max_bytes)


def _document_date(doc: Document) -> DateValue | None:
    try:
        from .annotate import dates
    except ImportError:  # pragma: no cover - the date annotator is part of the package
        return None
    return dates.document_date(doc)


def _local_persons(doc: Document, spans: Sequence[Span]) -> list[NewPerson]:
    try:
        from .annotate import persons
    except ImportError:  # pragma: no cover
        return []
    return list(persons.local_persons(doc, spans))


def default_register() -> Register | None:
    """The bundled register of persons, or None where it is not installed."""
    from .register import load_register
    from .resources import register_path

    if not register_path().exists():
        return None
    return load_register(register_path())


def convert(
    source: str | Path | bytes | SourceText,
    *,
    layout: str | None = None,
    register: Register | Literal["bundled"] | None = "bundled",
    created: str | None = None,
    name: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Conversion:
    """Convert one source document to TEI.

    ``source`` is a path, the raw bytes (then ``name`` names it in messages) or a decoded
    :class:`SourceText`. ``layout`` forces a reader (see ``tei-coldwar layouts``); by default it
    is detected. ``register`` is the register of persons used for linking (load it once with
    :func:`tei_coldwar.register.load_register` and pass it for batches; without it the bundled
    one is loaded; ``None`` links no one to the register). Raises
    :class:`~tei_coldwar.errors.TeiColdwarError` subclasses only.
    """
    src = _load_source(source, name, max_bytes)
    reader: Reader = reader_named(layout) if layout else detect(src.text)
    try:
        doc = reader.read(src)
    except TeiColdwarError:
        raise
    except (ValueError, IndexError, AssertionError) as exc:
        raise InputError(f"the {reader.name} reader could not make sense of the file "
                         f"({exc.__class__.__name__}: {exc}); try --layout generic",
                         file=src.name) from None
    reg = default_register() if isinstance(register, str) else register

    ctx0 = AnnotationContext(text=doc.text, document_date=None, register=reg)
    note_spans = list(notes_annotator.annotate(doc, ctx0))
    doc_date = _document_date(doc)
    ctx = AnnotationContext(text=notes_annotator.mask(doc.text, note_spans),
                            document_date=doc_date, register=reg)
    spans: list[Span] = list(note_spans)
    for _name, fn in annotators():
        spans.extend(fn(doc, ctx))
    local = _local_persons(doc, spans)

    sender_ref = None
    for leaf in doc.leaves():
        if leaf.kind is BlockKind.SIGNED:
            for s in spans:
                if s.type is SpanType.PERSON and leaf.start <= s.start < leaf.end:
                    sender_ref = s.attr("ref")
                    break
    header = HeaderInput(created=created or conversion_date(), version=__version__,
                         document_date=doc_date, local_persons=local, sender_ref=sender_ref)
    result = write_tei(doc, spans, header)
    kept = [s for s in spans if s not in set(result.set_aside)]

    marker_drops = []
    for s in kept:
        if s.type is SpanType.NOTE:
            a, b = doc.source_offset(s.start), doc.source_offset(s.end - 1)
            if a is not None and b is not None:
                marker_drops.append(Dropped(a, b + 1, DropReason.NOTE_MARKER,
                                            src.text[a : b + 1]))
    dropped = tuple(sorted(doc.dropped + tuple(marker_drops), key=lambda d: d.source_start))
    warnings = [f"{src.name}: an annotation of {s.text_of(doc)!r} ({s.type.value}) crossed "
                f"another one and was left out" for s in result.set_aside]
    if src.encoding not in ("utf-8", "utf-8-sig"):
        warnings.insert(0, f"{src.name}: read as {src.encoding}, not UTF-8")
    report = ConversionReport(
        source=src.name,
        layout=doc.layout,
        output=None,
        dropped=dropped,
        moved=doc.moved,
        spans=tuple(kept),
        new_persons=tuple(local),
        warnings=tuple(warnings),
    )
    return Conversion(document=doc, tree=result.tree, report=report)
