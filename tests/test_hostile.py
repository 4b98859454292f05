"""Hostile and broken input: any bytes in → a TEI file or one TeiColdwarError line.

Every attack of ``fuzz/ATTACKS.md`` that fits in a fast test is here, for every layout and for
detection; the long forms (a 10 MB line, 100,000 notes) are in ``benchmarks/fuzz_long.py``.
Inputs that once crashed the library are kept in ``tests/regressions/`` and replayed.
"""

from __future__ import annotations

import datetime
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from tei_coldwar.audit import audit
from tei_coldwar.cli import main
from tei_coldwar.convert import Conversion, convert
from tei_coldwar.errors import InputError, TeiColdwarError
from tei_coldwar.fsutil import temp_path, write_atomic
from tei_coldwar.readers import all_readers
from tei_coldwar.register import build_register
from tei_coldwar.sourcefile import from_bytes, read_source

from .conftest import SAMPLES

REGRESSIONS = Path(__file__).resolve().parent / "regressions"
LAYOUTS: list[str | None] = [None, *(r.name for r in all_readers())]
NO_ONE = build_register([])  # an empty register: fast, and no linking to guess at
PASSWD_LINE = re.compile(r"root:[^:\n]*:0:0:")


def convert_or_refuse(data: bytes, layout: str | None, name: str = "hostile.txt",
                      register: object = NO_ONE) -> Conversion | TeiColdwarError:
    """The contract for any input: a sound conversion, or the library's own one-line error."""
    try:
        conv = convert(data, layout=layout, register=register,  # type: ignore[arg-type]
                       created="2026-01-01", name=name)
    except TeiColdwarError as exc:
        assert "\n" not in str(exc), f"the message must be one line: {exc!s}"
        assert str(exc).startswith(name)
        return exc
    out = conv.to_bytes()
    etree.fromstring(out)  # well-formed
    result = audit(conv)
    assert result.ok, result.summary()
    assert_real_dates(conv.tree)
    return conv


_ISO = re.compile(
    r"^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?)?)?)?$")


def assert_real_dates(tree: etree._ElementTree) -> None:
    """Whatever the input, no date attribute holds an impossible date (February 30, month 13)."""
    for el in tree.getroot().iter("{http://www.tei-c.org/ns/1.0}date"):
        for k in ("when", "from", "to", "notBefore", "notAfter"):
            v = el.get(k)
            if v is None:
                continue
            assert _ISO.match(v), (k, v)
            parts = v[:10].split("-")
            if len(parts) == 3:
                datetime.date(int(parts[0]), int(parts[1]), int(parts[2]))
            elif len(parts) == 2:
                assert 1 <= int(parts[1]) <= 12, (k, v)


def _notes(n: int) -> bytes:
    text = "Title of a document1\n\n" + " ".join(f"word{k}." for k in range(1, n + 1))
    return (text + "\n\n" + "\n".join(f"{k} Note body {k}." for k in range(1, n + 1))).encode()


ATTACKS: dict[str, bytes] = {
    "empty": b"",
    "only whitespace": b" \n\t\r\n \x0c ",
    "only a BOM": b"\xef\xbb\xbf",
    "binary": bytes(range(256)) * 8,
    "PDF header": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>stream\n\x00\x01\x02\x03endstream",
    "NUL-separated": b"Title\x00\x00\n\nSome\x00text\x00here.\n",
    "a few NULs in long text": b"Title\n\n" + b"Plain running text of a letter. " * 40
                               + b"\x00\x01\x1b" + b" More text." * 20,
    "truncated UTF-8": "Memorandum for the Président\n\nKádár’s reply “é".encode()[:-1],
    "mixed UTF-8 and cp1252": "Café ".encode() + "Kádár’s".encode("cp1252") + b"\n\nText.",
    "BOM then cp1252": b"\xef\xbb\xbfTitle\n\nKh\xe9rouchtchev\x92s letter.",
    "BOM then UTF-16 BOM": b"\xef\xbb\xbf\xff\xfe abc def",
    "UTF-16 LE with BOM": "Title\n\nText – here.1\n\n1 A note.\n".encode("utf-16"),
    "UTF-16 odd length": "Title\n\nText".encode("utf-16") + b"\x00",
    "UTF-16 without BOM": "Title\n\nText here.\n".encode("utf-16-le"),
    "UTF-32 with BOM": "Tïtle\n\nText 𝔘 here.\n".encode("utf-32"),
    "CESU surrogates": b"Title\n\n\xed\xa0\x80\xed\xb0\x80 text",
    "overlong UTF-8": b"Title\n\n\xc0\xaf\xe0\x80\xaf text",
    "noncharacters": "Title\n\n\ufffe\uffff\U0001fffe text\ufeff here.".encode(),
    "XML-looking text": b"<?xml version='1.0'?><!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>"
                        b"\n\n<TEI>&e;</TEI> ]]> <![CDATA[ x ]]> &amp; &#0; <!-- -->",
    "single long line": b"word " * 5_000,
    "single long word": b"A" * 30_000,
    "long line of digits": b"1" * 20_000,
    "300 numbered notes": _notes(300),
    "note numbers only": b"\n".join(b"%d" % k for k in range(1, 500)),
    "markers without bodies": b"Title1\n\nText.1 More.2 End.3 Really.4\n",
    "bodies without markers": b"Title\n\nPlain text.\n\n1 First note.\n2 Second note.\n",
    "bodies out of order": b"Title\n\nA.1 B.2 C.3\n\n3 Third.\n1 First.\n2 Second.\n",
    "marker 9999": b"Title\n\nText.9999\n\n9999 A note.\n",
    "Arabic and Hebrew": "رسالة من الرئيس1\n\nهذا نص عربي.1 ועברית גם.2\n\n1 הערה ראשונה\n2 ملاحظة"
                         .encode(),
    "bidi overrides": "Title\u202e\n\n\u202dText\u202c \u2066x\u2069 \u200f.1\n\n1 n".encode(),
    "combining marks": ("Ti\u0301tle\n\nE\u0301\u0301\u0301 a\u0308\u0308 n\u0303"
                        + "\u0300" * 500 + ".\n").encode(),
    "zalgo names": "Mr. K\u0335h\u0336r\u0337ushchev said on J\u0338une 4, 1961.".encode(),
    "Windows line endings": b"Title\r\n\r\nParagraph one\r\nline two.1\r\n\r\n1 Note body\r\n",
    "old Mac line endings": b"Title\r\rParagraph\rline two.1\r\r1 Note\r",
    "mixed line endings": b"Title\r\n\n\rText\n\r\nmore\r\r\n1 x",
    "form feeds and vertical tabs": b"Title\x0c\n\nPage one\x0cPage two\x0b text.\n",
    "unclosed page markers": b"Title\n\n[Page 12\n[Page ]\n[Page 1]]\nText [Page 2] text.",
    "only page markers": b"[Page 1]\n[Page 2]\n[Page iii]\n",
    "only labels": b"Citation:\nSummary:\nOriginal Language:\nContents:\nSource:\nNote:\n",
    "only bullets": b"\xe2\x80\xa2\n-\n*\n\xc2\xb7\n",
    "only punctuation": b".,;:!?()[]{}\xe2\x80\x9c\xe2\x80\x9d\n\n---\n\n...",
    "dates gone wrong": b"February 30, 1956\n\nOn 31.XIII.62, 0000-00-00, 9999-99-99 and "
                        b"May 35, 10000 and mid-0 and 1956-1955.",
    "huge numbers": b"Document 999999999999999999999999999999\n\n" + b"9" * 400 + b".1\n\n1 n",
    "surrogate-escaped": "Title\n\ntext \udcff here".encode("utf-8", "surrogateescape"),
}


@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda x: x or "detect")
@pytest.mark.parametrize("attack", list(ATTACKS))
def test_attack_gives_tei_or_one_line_error(attack: str, layout: str | None) -> None:
    convert_or_refuse(ATTACKS[attack], layout)


@pytest.mark.parametrize("attack", ["truncated UTF-8", "Arabic and Hebrew", "300 numbered notes"])
def test_attack_with_the_real_register(attack: str, register: object) -> None:
    convert_or_refuse(ATTACKS[attack], None, register=register)


def test_the_same_hostile_input_gives_the_same_bytes() -> None:
    for attack in ("mixed line endings", "bidi overrides", "bodies out of order"):
        a = convert(ATTACKS[attack], register=NO_ONE, created="2026-01-01", name="a.txt")
        b = convert(ATTACKS[attack], register=NO_ONE, created="2026-01-01", name="a.txt")
        assert a.to_bytes() == b.to_bytes()


def test_every_note_of_1000_is_placed() -> None:
    conv = convert(_notes(1000), layout="generic", register=NO_ONE, created="2026-01-01")
    root = conv.tree.getroot()
    notes = root.findall(".//{http://www.tei-c.org/ns/1.0}note[@n]")
    assert len(notes) == 1000
    assert notes[-1].get("n") == "1000"


# --- regression inputs -------------------------------------------------------------------

def _regression_files() -> list[Path]:
    return sorted(p for p in REGRESSIONS.glob("*") if p.is_file() and p.suffix != ".md")


@pytest.mark.parametrize("path", _regression_files(), ids=lambda p: p.name)
def test_regression_inputs(path: Path) -> None:
    data = path.read_bytes()
    for layout in LAYOUTS:
        convert_or_refuse(data, layout, name=path.name)


def test_control_characters_in_header_fields_do_not_crash() -> None:
    """write/header.py wrote reader metadata (the title) with control characters into lxml."""
    data = (REGRESSIONS / "header-control-char.txt").read_bytes()
    conv = convert_or_refuse(data, "listing")
    assert isinstance(conv, Conversion)


def test_control_characters_in_the_file_name_do_not_crash() -> None:
    conv = convert(b"Title\n\n" + b"Text of a letter. " * 20, register=NO_ONE,
                   name="bad\udcff\x01name.txt", created="2026-01-01")
    change = conv.tree.getroot().find(".//{http://www.tei-c.org/ns/1.0}change")
    assert change is not None and "badname.txt" in (change.text or "")


def test_bom_then_invalid_utf8_is_decoded_not_a_unicode_error() -> None:
    src = from_bytes(b"\xef\xbb\xbfKh\xe9rouchtchev\x92s letter", "x.txt")
    assert src.text == "Khérouchtchev’s letter" and src.encoding == "cp1252"


def test_utf32_is_not_mistaken_for_utf16() -> None:
    src = from_bytes("Tïtle 𝔘\n".encode("utf-32"), "x.txt")
    assert src.text == "Tïtle 𝔘\n" and src.encoding == "utf-32"


def test_a_truncated_utf8_file_stays_utf8() -> None:
    src = from_bytes("Kádár’s reply “é".encode()[:-1], "x.txt")
    assert src.encoding == "utf-8 (truncated)"
    assert src.text.startswith("Kádár’s reply “")


def test_a_cp1252_file_ending_in_an_accent_stays_cp1252() -> None:
    assert from_bytes(b"caf\xe9", "x.txt").text == "café"


def test_an_endless_device_is_refused_not_read_forever() -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    with pytest.raises(InputError, match="limit"):
        read_source("/dev/zero", max_bytes=1024)


# --- validate and render: XML the library did not write --------------------------------

EVIL_TEI = f"""<?xml version="1.0"?>
<!DOCTYPE TEI [<!ENTITY e SYSTEM "file:///etc/passwd">]>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/><text><body><p>&e;</p></body></text>
</TEI>
{"<!-- padding -->" * 2}"""


def test_validate_reports_a_doctype_as_an_xml_finding(tmp_path: Path) -> None:
    from tei_coldwar.validate import validate

    f = tmp_path / "evil.xml"
    f.write_text(EVIL_TEI)
    findings = validate(f)
    assert [x.rule for x in findings] == ["xml"]
    assert not any(PASSWD_LINE.search(x.message) for x in findings)


def test_validate_cli_does_not_leak_or_crash(tmp_path: Path) -> None:
    f = tmp_path / "evil.xml"
    f.write_text(EVIL_TEI)
    result = CliRunner().invoke(main, ["validate", str(f)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output and not PASSWD_LINE.search(result.output)
    assert "DOCTYPE" in result.output


def test_render_refuses_a_doctype(tmp_path: Path) -> None:
    from tei_coldwar.errors import RenderError
    from tei_coldwar.render import render_html

    f = tmp_path / "evil.xml"
    f.write_text(EVIL_TEI)
    with pytest.raises(RenderError, match="DOCTYPE"):
        render_html([f], tmp_path / "html")
    assert not (tmp_path / "html" / "evil.html").exists()


def _evil_links_tei(tmp_path: Path) -> Path:
    conv = convert(SAMPLES / "frus_telegram.txt", register=None, created="2026-01-01")
    xml = conv.to_bytes().decode()
    xml = xml.replace(
        "<body>",
        '<body><div type="x" facs="file:///etc/passwd"><p>evil '
        '<ref target="file:///etc/passwd">a</ref> <ref target="javascript:alert(1)">b</ref> '
        '<ptr target="http://127.0.0.1:9/x"/> <graphic url="file:///etc/passwd"/> '
        "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p></div>", 1)
    xml = xml.replace("</publicationStmt>",
                      '<idno type="URL">file:///etc/passwd</idno>'
                      '<idno type="URL">javascript:alert(2)</idno></publicationStmt>', 1)
    f = tmp_path / "links.xml"
    f.write_text(xml)
    return f


def test_render_follows_no_link_in_the_tei(tmp_path: Path) -> None:
    """@target/@facs/@url/idno pointing at local files or scripts: shown, never read or run."""
    from tei_coldwar.render import render_html

    ed = render_html([_evil_links_tei(tmp_path)], tmp_path / "html")
    for page in (*ed.pages, ed.index, ed.search, ed.persons, ed.chronology):
        html = page.read_text()
        assert not PASSWD_LINE.search(html), page.name
        assert not re.search(r"""(?:href|src)\s*=\s*["']?\s*(?:file|javascript):""", html,
                             re.IGNORECASE), page.name
        assert "</script><script>alert" not in html
    search = ed.search.read_text()
    assert search.count("</script>") == 2  # the index and search.js: the text cannot close one


def test_rendered_pages_get_ordinary_permissions(tmp_path: Path) -> None:
    from tei_coldwar.render import render_html

    ed = render_html([_evil_links_tei(tmp_path)], tmp_path / "html")
    mask = os.umask(0)
    os.umask(mask)
    assert ed.index.stat().st_mode & 0o777 == 0o666 & ~mask


# --- writing outputs ----------------------------------------------------------------------

def test_write_atomic_replaces_the_stray_temp_file_of_a_killed_run(tmp_path: Path) -> None:
    out = tmp_path / "doc.xml"
    temp_path(out).write_bytes(b"<half")  # what a SIGKILL mid-write leaves
    write_atomic(out, b"<TEI/>")
    assert out.read_bytes() == b"<TEI/>"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doc.xml"]


def test_write_atomic_does_not_follow_a_planted_link(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep")
    out = tmp_path / "doc.xml"
    temp_path(out).symlink_to(victim)
    write_atomic(out, b"<TEI/>")
    assert victim.read_text() == "keep" and out.read_bytes() == b"<TEI/>"


def test_written_tei_gets_ordinary_permissions(tmp_path: Path) -> None:
    out = tmp_path / "doc.xml"
    write_atomic(out, b"<TEI/>")
    mask = os.umask(0)
    os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~mask


# --- batches that survive -----------------------------------------------------------------

def test_a_batch_names_each_bad_file_and_converts_the_rest(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    for sample in SAMPLES.glob("*.txt"):
        (src / sample.name).write_bytes(sample.read_bytes())
    (src / "huge.txt").write_bytes(b"word " * 300_000)
    (src / "utf16-broken.txt").write_bytes(b"\xff\xfe\x00\xd8")
    (src / "sub.txt").mkdir()  # a folder that looks like a source
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["convert", str(src), "-o", str(out), "--no-register",
                                       "--max-size", "1"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "huge.txt: the file is 1.4 MB" in result.output
    assert "utf16-broken.txt: the file starts like UTF-16" in result.output
    assert sorted(p.name for p in out.iterdir()) == sorted(
        f"{p.stem}.xml" for p in SAMPLES.glob("*.txt"))


def test_report_with_a_non_utf8_file_name(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    name = os.fsdecode(b"bad\xffname.txt")
    (src / name).write_bytes((SAMPLES / "app_message.txt").read_bytes())
    result = CliRunner().invoke(main, ["convert", str(src), "-o", str(tmp_path / "out"),
                                       "--no-register", "--report", str(tmp_path / "r.json")])
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.exit_code == 0


def _batch(tmp_path: Path, copies: int) -> Path:
    src = tmp_path / "src"
    src.mkdir()
    samples = sorted(SAMPLES.glob("*.txt"))
    for k in range(copies):
        s = samples[k % len(samples)]
        (src / f"{k:03d}_{s.name}").write_bytes(s.read_bytes())
    return src


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "tei_coldwar.cli", "convert", *args, "--no-register"]


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL],
                         ids=lambda s: signal.Signals(s).name)
def test_an_interrupted_batch_leaves_only_complete_files_and_resumes(
        tmp_path: Path, sig: int) -> None:
    src = _batch(tmp_path, 40)
    out = tmp_path / "out"
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    proc = subprocess.Popen(_cli(str(src), "-o", str(out)), env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        for _ in range(600):  # until the batch is under way, but not finished
            if (out.is_dir() and len(list(out.glob("*.xml"))) >= 3) or proc.poll() is not None:
                break
            time.sleep(0.05)
        proc.send_signal(sig)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert b"Traceback" not in err
    done = sorted(out.glob("*.xml"))
    assert len(done) < 40, "the batch finished before the signal: the test proves nothing"
    for f in done:
        etree.parse(str(f))  # every file that exists is complete
    strays = [p for p in out.iterdir() if p.suffix != ".xml" or p.name.startswith(".")]
    assert all(p.name.startswith(".") and p.name.endswith(".tmp") for p in strays)

    again = subprocess.run(_cli(str(src), "-o", str(out), "--resume"), env=env,
                           capture_output=True, timeout=300)
    assert again.returncode == 0, again.stderr.decode()
    assert len(list(out.glob("*.xml"))) == 40
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
    for f in out.glob("*.xml"):
        etree.parse(str(f))


def test_wilson_keeps_text_after_the_source_statement() -> None:
    """readers/wilson.py lost every line after the "[Source: …]" paragraph."""
    data = (b"October 30, 1962 Telegram from A to B\n\nCitation:\nSome citation\n\n"
            b"Contents:\nTranslation - English\n\nText of the telegram.\n\n"
            b"[Source: An archive]\n\nA line pasted after it.\n")
    conv = convert_or_refuse(data, "wilson")
    assert isinstance(conv, Conversion)
    body = conv.tree.getroot().find("{http://www.tei-c.org/ns/1.0}text")
    assert body is not None and "A line pasted after it." in "".join(body.itertext())
