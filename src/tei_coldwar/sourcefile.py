"""Turn the bytes of a source file into a :class:`SourceText`, or say clearly why not.

Editors' files come from web pages, OCR and old word processors: the decoder accepts UTF-8
(with or without BOM), UTF-16 with a BOM, and falls back to Windows-1252 or Latin-1 — the
usual encodings of Western archives' exports — recording which one it used. Line endings are
normalized to ``\\n`` (the lossless audit compares modulo whitespace, so this loses nothing).
"""

from __future__ import annotations

from pathlib import Path

from .errors import InputError
from .model import SourceText

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

# Bytes that never occur in text files; a file with many of them is binary data.
_BINARY_BYTES = frozenset(range(0, 9)) | {11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25,
                                          26, 27, 28, 29, 30, 31}


def _looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    if not sample:
        return False
    bad = sum(1 for b in sample if b in _BINARY_BYTES)
    return bad / len(sample) > 0.01


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Decode source bytes; return ``(text, encoding)``."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
        except UnicodeDecodeError:
            # A BOM, then bytes of another encoding (files pasted together, a bad export):
            # the rest is decoded like a file without one.
            return _decode_8bit(data[3:], name)
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        # Checked before UTF-16, whose little-endian BOM is the first half of this one.
        try:
            return data.decode("utf-32"), "utf-32"
        except UnicodeDecodeError:
            raise InputError("the file starts like UTF-32 text but cannot be decoded as such",
                             file=name) from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise InputError("the file starts like UTF-16 text but cannot be decoded as such",
                             file=name) from None
    return _decode_8bit(data, name)


def _decode_8bit(data: bytes, name: str) -> tuple[str, str]:
    """UTF-8, else a truncated UTF-8 file, else Windows-1252, else Latin-1."""
    if _looks_binary(data):
        raise InputError(
            "the file looks like binary data (an image, PDF or word-processor file?), "
            "not plain text; save it as plain text first", file=name)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    cut = utf8_error.start
    if utf8_error.reason == "unexpected end of data" and max(data[:cut], default=0) >= 0x80:
        # Valid UTF-8, with multi-byte characters, up to one cut off at the very end: a
        # truncated UTF-8 file. Checked before Windows-1252, which would turn every accented
        # letter of it into mojibake ("wÃ¶rld"). Without an earlier multi-byte character
        # ("caf\xe9") the file is more likely Windows-1252.
        return data[:cut].decode("utf-8") + "\ufffd", "utf-8 (truncated)"
    # Windows-1252 leaves five bytes undefined; a file using them is Latin-1 (ISO-8859-1).
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        pass
    return data.decode("latin-1"), "latin-1"


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def from_bytes(data: bytes, name: str, path: Path | None = None) -> SourceText:
    if not data.strip():
        raise InputError("the file is empty (it holds no text to convert)", file=name)
    text, encoding = decode(data, name)
    text = normalize_newlines(text)
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise InputError("the file holds only blank space, no text to convert", file=name)
    return SourceText(name=name, text=text, encoding=encoding, path=path)


def read_source(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceText:
    """Read and decode a source file, with one-sentence errors for every way it can fail."""
    p = Path(path)
    name = str(p)
    if p.is_dir():
        raise InputError("this is a folder, not a text file", file=name)
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise InputError("the file does not exist", file=name) from None
    except OSError as exc:
        raise InputError(f"the file cannot be opened ({exc.strerror})", file=name) from None
    if size > max_bytes:
        raise InputError(
            f"the file is {size / 1048576:.1f} MB, more than the limit of "
            f"{max_bytes / 1048576:.0f} MB for one document (raise it with --max-size)",
            file=name)
    try:
        # Read one byte past the limit: a device or pipe reports size 0 but may never end.
        with p.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except PermissionError:
        raise InputError("the file cannot be read (permission denied)", file=name) from None
    except OSError as exc:
        raise InputError(f"the file cannot be read ({exc.strerror})", file=name) from None
    if len(data) > max_bytes:
        raise InputError(
            f"the file is more than the limit of {max_bytes / 1048576:.0f} MB for one document "
            "(raise it with --max-size)", file=name)
    return from_bytes(data, p.name, p)
