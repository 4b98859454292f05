"""The library's own error types: the only exceptions its public API lets escape.

Each carries the file, line and cause so the command line can print one sentence an editor
understands instead of a traceback.
"""

from __future__ import annotations


class TeiColdwarError(Exception):
    """Base class: something about the input or the set-up that the user can fix."""

    def __init__(self, message: str, *, file: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.file = file
        self.line = line

    def __str__(self) -> str:
        where = ""
        if self.file:
            where = f"{self.file}:{self.line}: " if self.line else f"{self.file}: "
        return f"{where}{self.message}"


class InputError(TeiColdwarError):
    """A source file cannot be read as a document (empty, binary, too large, unreadable)."""


class LayoutError(TeiColdwarError):
    """The requested source layout does not fit the file."""


class UnsafeXMLError(TeiColdwarError):
    """An XML file was refused because parsing it could harm the machine or leak data."""


class SchemaError(TeiColdwarError):
    """An ODD, schema or the TEI P5 sources could not be used."""


class RenderError(TeiColdwarError):
    """An edition output (HTML or PDF) could not be produced."""
