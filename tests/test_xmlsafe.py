"""xmlsafe: XML the library did not write is refused, with one line saying why, when it could
read local files, reach the network, expand without limit or exhaust memory."""

from __future__ import annotations

from pathlib import Path

import pytest

from tei_coldwar.errors import UnsafeXMLError
from tei_coldwar.xmlsafe import MAX_BYTES, MAX_DEPTH, parse_bytes, parse_file

PASSWD = "file:///etc/passwd"
REFUSED_DTD = "DOCTYPE or entities"


def _refusal(data: bytes) -> str:
    with pytest.raises(UnsafeXMLError) as info:
        parse_bytes(data, "evil.xml")
    msg = str(info.value)
    assert "\n" not in msg, "the reason must fit on one line"
    assert msg.startswith("evil.xml")
    assert "root:" not in msg  # nothing of /etc/passwd leaks into the message
    return msg


def _u16(body: str) -> bytes:
    return ('<?xml version="1.0" encoding="UTF-16"?>' + body).encode("utf-16")


LAUGHS = ('<!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">'
          + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">'
                    for i in range(9)) + "]>")


@pytest.mark.parametrize(
    ("label", "data"),
    [
        ("external entity", f'<!DOCTYPE x [<!ENTITY e SYSTEM "{PASSWD}">]><x>&e;</x>'.encode()),
        ("external entity in an attribute",
         f'<!DOCTYPE x [<!ENTITY e SYSTEM "{PASSWD}">]><x a="&e;"/>'.encode()),
        ("external DTD", f'<!DOCTYPE x SYSTEM "{PASSWD}"><x/>'.encode()),
        ("network DTD", b'<!DOCTYPE x PUBLIC "-//X//DTD//EN" "http://127.0.0.1:9/x.dtd"><x/>'),
        ("parameter entity",
         b'<!DOCTYPE x [<!ENTITY % p SYSTEM "http://127.0.0.1:9/p"> %p;]><x/>'),
        ("billion laughs", (LAUGHS + "<l>&j;</l>").encode()),
        ("billion laughs in an attribute", (LAUGHS + '<l x="&j;"/>').encode()),
        ("quadratic blowup",
         b'<!DOCTYPE x [<!ENTITY a "' + b"a" * 50_000 + b'">]><x>' + b"&a;" * 5_000 + b"</x>"),
        ("harmless-looking DOCTYPE", b"<!DOCTYPE TEI><TEI/>"),
        ("DOCTYPE after 8 KB of comment",
         b"<?xml version='1.0'?><!--" + b"x" * 8192 + b'--><!DOCTYPE x SYSTEM "/etc/passwd"><x/>'),
        ("lower-case doctype", b'<!doctype x [<!entity e SYSTEM "/etc/passwd">]><x>&e;</x>'),
        ("UTF-16 external entity", _u16(f'<!DOCTYPE x [<!ENTITY e SYSTEM "{PASSWD}">]><x>&e;</x>')),
        ("UTF-16 without BOM",
         ('<?xml version="1.0" encoding="UTF-16LE"?>'
          f'<!DOCTYPE x [<!ENTITY e SYSTEM "{PASSWD}">]><x>&e;</x>').encode("utf-16-le")),
        ("UTF-16 billion laughs", _u16(LAUGHS + "<l>&j;</l>")),
        ("UTF-32 external entity",
         f'<!DOCTYPE x [<!ENTITY e SYSTEM "{PASSWD}">]><x>&e;</x>'.encode("utf-32")),
        ("UTF-7 DOCTYPE", b'<?xml version="1.0" encoding="UTF-7"?>+ADw-+ACE-DOCTYPE x+AD4-<x/>'),
    ],
)
def test_dtds_and_entities_are_refused(label: str, data: bytes) -> None:
    msg = _refusal(data)
    assert REFUSED_DTD in msg or "expand" in msg, (label, msg)


def test_an_undeclared_entity_is_not_well_formed() -> None:
    assert "not well-formed" in _refusal(b"<x>&e;</x>")


def test_too_deep_nesting_is_refused_with_the_limit() -> None:
    depth = MAX_DEPTH + 1
    msg = _refusal(b"<a>" * depth + b"</a>" * depth)
    assert f"more than {MAX_DEPTH} deep" in msg


def test_nesting_at_the_limit_is_accepted() -> None:
    tree = parse_bytes(b"<a>" * (MAX_DEPTH - 1) + b"</a>" * (MAX_DEPTH - 1))
    assert tree.getroot().tag == "a"


def test_a_huge_text_node_is_refused_without_libxml2_jargon() -> None:
    msg = _refusal(b"<x>" + b"a" * (11 * 1024 * 1024) + b"</x>")
    assert "larger than 10 MB" in msg and "XML_PARSE_HUGE" not in msg


def test_a_file_over_the_size_limit_is_refused_before_parsing() -> None:
    assert "larger than" in _refusal(b" " * (MAX_BYTES + 1))


def test_an_endless_device_is_refused_for_its_size() -> None:
    zero = Path("/dev/zero")
    if not zero.exists():
        pytest.skip("no /dev/zero")
    with pytest.raises(UnsafeXMLError, match="larger than"):
        parse_file(zero)


def test_a_folder_and_a_missing_file_are_refused(tmp_path: Path) -> None:
    with pytest.raises(UnsafeXMLError, match="folder"):
        parse_file(tmp_path)
    with pytest.raises(UnsafeXMLError, match="cannot be read"):
        parse_file(tmp_path / "missing.xml")


@pytest.mark.parametrize("data", [b"", b"<x>", b"\x00\x01", b"<x>&#0;</x>", b"<a></b>",
                                  b"\xff\xfe\x00", b"<?xml version='1.0' encoding='cp037'?><x/>"])
def test_broken_xml_is_one_line_not_a_traceback(data: bytes) -> None:
    _refusal(data)


def test_xinclude_and_stylesheet_pis_are_left_inert() -> None:
    data = (b'<?xml-stylesheet href="file:///etc/passwd"?>'
            b'<x xmlns:xi="http://www.w3.org/2001/XInclude">'
            b'<xi:include href="file:///etc/passwd" parse="text"/></x>')
    root = parse_bytes(data).getroot()
    assert "root:" not in "".join(root.itertext())
    assert len(root) == 1  # the include element itself, not the file's content


def test_an_ordinary_tei_file_parses(tmp_path: Path) -> None:
    f = tmp_path / "ok.xml"
    f.write_bytes(b'<?xml version="1.0" encoding="UTF-8"?>\n<!-- a comment -->\n'
                  b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>caf\xc3\xa9 &amp; '
                  b"&#x2014; &lt;b&gt;</p></body></text></TEI>\n")
    root = parse_file(f).getroot()
    assert "".join(root.itertext()) == "café & — <b>"


def test_the_bundled_xml_files_pass() -> None:
    repo = Path(__file__).resolve().parent.parent
    files = [*repo.glob("schema/*.rng"), *repo.glob("schema/*.sch"), *repo.glob("xslt/*.xsl")]
    assert files
    for f in files:
        parse_file(f)
