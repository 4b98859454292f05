"""Parse XML that the library did not write, without letting it reach outside the file.

Every module that reads user-supplied XML (``validate``, ``render``, the register, ODD files)
goes through :func:`parse_bytes` / :func:`parse_file`: no DTD loading, no external entities,
no network, no entity expansion (which stops "billion laughs" and quadratic blow-up), and
limits on size and depth. A refused file gets an :class:`UnsafeXMLError` that says why.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from .errors import UnsafeXMLError

MAX_BYTES = 200 * 1024 * 1024
MAX_DEPTH = 1000


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


def _check_tree(root: etree._Element, name: str) -> None:
    for el in root.iter():
        if isinstance(el, etree._Entity):
            raise UnsafeXMLError(
                "the file uses an entity reference, which is not allowed in edition files",
                file=name,
                line=_line(el),
            )
    depth = 0
    stack: list[tuple[etree._Element, int]] = [(root, 1)]
    while stack:
        el, d = stack.pop()
        depth = max(depth, d)
        if depth > MAX_DEPTH:
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
    head = data[:4096].lower()
    if b"<!doctype" in head or b"<!entity" in data.lower():
        raise UnsafeXMLError(
            "the file declares a DOCTYPE or entities; edition files must not "
            "(they could read local files or expand without limit)",
            file=name,
        )
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        line = exc.lineno if exc.lineno else None
        raise UnsafeXMLError(f"the file is not well-formed XML: {exc.msg}", file=name,
                             line=line) from None
    _check_tree(root, name)
    return root.getroottree()


def parse_file(path: str | Path) -> etree._ElementTree:
    """Parse an untrusted XML file (see :func:`parse_bytes`)."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise UnsafeXMLError(f"the file cannot be read ({exc.strerror})", file=str(p)) from None
    tree = parse_bytes(data, str(p))
    return tree
