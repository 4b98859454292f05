"""Parse XML that the library did not write, without letting it reach outside the file.

Every module that reads user-supplied XML (``validate``, ``render``, the register, ODD files)
goes through :func:`parse_bytes` / :func:`parse_file`: no DTD loading, no external entities,
no network, no entity expansion (which stops "billion laughs" and quadratic blow-up), and
limits on size and depth. A refused file gets an :class:`UnsafeXMLError` that says why, in
one line.

The DOCTYPE test runs twice: on the raw bytes before parsing (also decoded, for UTF-16 and
UTF-32 files, whose bytes hide the ASCII ``<!DOCTYPE``) and on the parsed tree's DOCTYPE
afterwards, which catches every other encoding (UTF-7, EBCDIC …) and any padding before it.
libxml2's own limits (entity amplification, 256 levels, 10 MB per text node) stay in force
and their messages are translated, because a historian cannot act on "XML_PARSE_HUGE".
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from .errors import UnsafeXMLError

MAX_BYTES = 200 * 1024 * 1024
#: libxml2's nesting limit without ``huge_tree`` (which stays off); checked again below.
MAX_DEPTH = 256

_DTD_REFUSED = ("the file declares a DOCTYPE or entities; edition files must not "
                "(they could read local files or expand without limit)")

# libxml2 messages (lower case) and what they mean for the person who made the file.
_EXPLAINED = (
    ("excessive depth", f"the file nests elements more than {MAX_DEPTH} deep"),
    ("amplification", "the file's entities would expand without limit"),
    ("external entity", _DTD_REFUSED),
    ("resource limit exceeded", "a single text or attribute in the file is larger than 10 MB"),
    ("huge", "a single text or attribute in the file is larger than 10 MB"),
    ("unsupported encoding", "the file's character encoding is not supported; save it as UTF-8"),
)


# Characters XML 1.0 cannot hold at all (not even as character references), and lone
# surrogates (file names decoded with "surrogateescape"), which cannot be encoded.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_chars(text: str) -> str:
    """``text`` without the characters an XML document cannot contain.

    For strings that reach a tree without passing through a reader's accounting (header
    fields, file names): lxml refuses them with a ValueError, which would end a conversion.
    """
    return _NOT_XML.sub("", text)


def _parser(*, remove_blank_text: bool = False) -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_blank_text=remove_blank_text,
        remove_comments=False,
    )


def _line(el: etree._Element) -> int | None:
    line = el.sourceline
    return line if isinstance(line, int) else None


def _wide_encoding(data: bytes) -> str | None:
    """UTF-16/32 by BOM or by the NUL pattern of ``<?`` / ``<`` at the start, else None."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "utf-32"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    head = data[:4]
    for enc, pattern in (("utf-32-le", b"<\x00\x00\x00"), ("utf-32-be", b"\x00\x00\x00<"),
                         ("utf-16-le", b"<\x00"), ("utf-16-be", b"\x00<")):
        if head.startswith(pattern):
            return enc
    return None


def _declares_dtd(data: bytes) -> bool:
    low = data.lower()
    if b"<!doctype" in low[:4096] or b"<!entity" in low:
        return True
    enc = _wide_encoding(data)
    if enc is None:
        return False
    text = data.decode(enc, errors="ignore").lower()
    return "<!doctype" in text or "<!entity" in text


def _explain(msg: str) -> str:
    """One line a person can act on, from a libxml2 error message."""
    low = msg.lower()
    for key, sentence in _EXPLAINED:
        if key in low:
            return sentence
    return "the file is not well-formed XML: " + " ".join(msg.split())


def _check_tree(root: etree._Element, name: str) -> None:
    doctype: str = getattr(root.getroottree().docinfo, "doctype", "")  # not in lxml-stubs
    if doctype:
        raise UnsafeXMLError(_DTD_REFUSED, file=name)
    for el in root.iter():
        if isinstance(el, etree._Entity):
            raise UnsafeXMLError(
                "the file uses an entity reference, which is not allowed in edition files",
                file=name,
                line=_line(el),
            )
    stack: list[tuple[etree._Element, int]] = [(root, 1)]
    while stack:
        el, d = stack.pop()
        if d > MAX_DEPTH:
            raise UnsafeXMLError(
                f"the file nests elements more than {MAX_DEPTH} deep", file=name,
                line=_line(el),
            )
        stack.extend((c, d + 1) for c in el)


def parse_bytes(data: bytes, name: str = "<input>") -> etree._ElementTree:
    """Parse untrusted XML bytes into a tree, or raise :class:`UnsafeXMLError`."""
    if len(data) > MAX_BYTES:
        raise UnsafeXMLError(
            f"the file is larger than {MAX_BYTES // (1024 * 1024)} MB", file=name
        )
    if _declares_dtd(data):
        raise UnsafeXMLError(_DTD_REFUSED, file=name)
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        line = exc.lineno if exc.lineno else None
        raise UnsafeXMLError(_explain(str(exc.msg or exc)), file=name, line=line) from None
    if root is None:  # lxml returns None for some recovered empty documents
        raise UnsafeXMLError("the file is not well-formed XML: it holds no element", file=name)
    _check_tree(root, name)
    return root.getroottree()


def parse_file(path: str | Path) -> etree._ElementTree:
    """Parse an untrusted XML file (see :func:`parse_bytes`).

    At most ``MAX_BYTES + 1`` bytes are read, so a device or endless pipe
    (``/dev/zero``) is refused for its size instead of exhausting memory.
    """
    p = Path(path)
    if p.is_dir():
        raise UnsafeXMLError("this is a folder, not an XML file", file=str(p))
    try:
        with p.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise UnsafeXMLError(f"the file cannot be read ({exc.strerror})", file=str(p)) from None
    return parse_bytes(data, str(p))
