from __future__ import annotations

from pathlib import Path

import pytest

from tei_coldwar.errors import InputError
from tei_coldwar.sourcefile import from_bytes, read_source


def test_utf8_with_bom_and_crlf() -> None:
    s = from_bytes("\ufeffTitle\r\n\r\nText – here\r\n".encode(), "a.txt")
    assert s.text == "Title\n\nText – here\n"
    assert s.encoding == "utf-8-sig"


def test_cp1252_is_recognized() -> None:
    s = from_bytes("Khrushchev’s “letter”".encode("cp1252"), "b.txt")
    assert s.text == "Khrushchev’s “letter”"
    assert s.encoding == "cp1252"


def test_latin1_fallback_for_bytes_cp1252_leaves_undefined() -> None:
    data = "Kádár".encode("latin-1") + b"\x81"
    s = from_bytes(data, "c.txt")
    assert s.encoding == "latin-1"
    assert s.text.startswith("Kádár")


def test_utf16_with_bom() -> None:
    s = from_bytes("Imre Nagy".encode("utf-16"), "d.txt")
    assert s.text == "Imre Nagy"


@pytest.mark.parametrize("data", [b"", b"   \n\t\n"])
def test_empty_file_is_refused(data: bytes) -> None:
    with pytest.raises(InputError, match=r"empty|blank"):
        from_bytes(data, "e.txt")


def test_binary_file_is_refused() -> None:
    with pytest.raises(InputError, match="binary"):
        from_bytes(bytes(range(256)) * 20, "f.pdf")


def test_too_large_file_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "big.txt"
    p.write_bytes(b"a" * 2048)
    with pytest.raises(InputError, match="limit") as exc:
        read_source(p, max_bytes=1024)
    assert "big.txt" in str(exc.value)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        read_source(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="folder"):
        read_source(tmp_path)
