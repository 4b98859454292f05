"""Stage 1 — read: detect a source layout and build the neutral :class:`Document`.

Each layout is one module in this package that defines ``READER``, an object with
``name``, ``description``, ``detect(text) -> float`` (confidence 0–1) and
``read(source) -> Document``. Modules are discovered here, so adding a layout means adding
one module and nothing else.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import Protocol

from ..errors import LayoutError
from ..model import Document, SourceText


class Reader(Protocol):
    name: str
    description: str

    def detect(self, text: str) -> float: ...

    def read(self, source: SourceText) -> Document: ...


def all_readers() -> list[Reader]:
    """Every reader in this package, the generic fallback last."""
    found: list[Reader] = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        reader = getattr(module, "READER", None)
        if reader is not None:
            found.append(reader)
    found.sort(key=lambda r: r.name == "generic")
    return found


def reader_named(name: str) -> Reader:
    for r in all_readers():
        if r.name == name:
            return r
    names = ", ".join(r.name for r in all_readers())
    raise LayoutError(f"there is no source layout called {name!r}; known layouts: {names}")


def detect(text: str) -> Reader:
    """The reader most confident about ``text``; the generic one when none is."""
    best: tuple[float, int, Reader] | None = None
    for i, r in enumerate(all_readers()):
        score = r.detect(text)
        if best is None or score > best[0]:
            best = (score, -i, r)
    assert best is not None
    if best[0] < 0.5:
        return reader_named("generic")
    return best[2]
