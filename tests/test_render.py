"""Tests of tei_coldwar.render: the HTML edition and the PDF, from constructed TEI fixtures."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from click.testing import CliRunner
from lxml import etree
from lxml import html as lxml_html
from tinyhtml5.parser import HTMLParser

from tei_coldwar.errors import RenderError, TeiColdwarError
from tei_coldwar.render import HtmlEdition, render_html, render_pdf
from tei_coldwar.render.cli import render as render_cmd
from tei_coldwar.render.inputs import page_stem
from tei_coldwar.render.pdf import print_html
from tei_coldwar.render.saxon import Stylesheets
from tei_coldwar.resources import bundled

FIXTURES = Path(__file__).parent / "render_fixtures"
REGISTER = FIXTURES / "persons.xml"
DOCS = sorted(p for p in FIXTURES.glob("*.xml") if p.name != "persons.xml")
ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?)?)?$")
HAS_POPPLER = shutil.which("pdftotext") is not None and shutil.which("pdfinfo") is not None
needs_poppler = pytest.mark.skipif(not HAS_POPPLER, reason="poppler-utils not installed")


@pytest.fixture(scope="module")
def edition(tmp_path_factory: pytest.TempPathFactory) -> HtmlEdition:
    out = tmp_path_factory.mktemp("html")
    return render_html(DOCS, out, register=REGISTER)


def page(edition: HtmlEdition, name: str) -> lxml_html.HtmlElement:
    return lxml_html.fromstring((edition.outdir / name).read_text(encoding="utf-8"))


def all_pages(edition: HtmlEdition) -> list[Path]:
    return sorted(edition.outdir.glob("*.html"))


# ---------------------------------------------------------------- HTML: structure


def test_writes_one_page_per_document_and_the_edition_pages(edition: HtmlEdition) -> None:
    names = {p.name for p in all_pages(edition)}
    assert {f"{d.stem}.html" for d in DOCS} <= names
    assert {"index.html", "persons.html", "chronology.html", "search.html"} <= names
    assert (edition.outdir / "assets" / "edition.css").is_file()
    assert (edition.outdir / "assets" / "search.js").is_file()
    assert not list(edition.outdir.rglob("*.tmp")), "temporary files must be renamed away"


def test_pages_parse_as_html5_without_errors(edition: HtmlEdition) -> None:
    for path in all_pages(edition):
        text = path.read_text(encoding="utf-8")
        assert text.lower().startswith("<!doctype html>"), path.name
        parser = HTMLParser(namespace_html_elements=False)
        parser.parse(text)
        assert parser.errors == [], (path.name, parser.errors[:5])


def test_ids_are_unique_and_local_links_have_targets(edition: HtmlEdition) -> None:
    for path in all_pages(edition):
        doc = page(edition, path.name)
        ids = [el.get("id") for el in doc.iter() if el.get("id")]
        assert len(ids) == len(set(ids)), path.name
        for a in doc.iter("a"):
            href = a.get("href", "")
            if href.startswith("#"):
                assert href[1:] in ids, (path.name, href)
        for el in doc.iter():
            ref = el.get("aria-describedby") or el.get("aria-labelledby")
            if ref:
                assert ref in ids, (path.name, ref)


def test_every_page_has_landmarks_language_and_skip_link(edition: HtmlEdition) -> None:
    for path in all_pages(edition):
        doc = page(edition, path.name)
        assert doc.get("lang"), path.name
        assert doc.find(".//header") is not None
        assert doc.find(".//nav") is not None
        assert doc.find(".//footer") is not None
        main = doc.find(".//main")
        assert main is not None and main.get("id") == "main"
        first_link = next(doc.iter("a"))
        assert first_link.get("href") == "#main" and "skip" in first_link.get("class", "")
        assert doc.findtext(".//title")
        assert doc.find(".//h1") is not None
        for img in doc.iter("img"):
            assert img.get("alt") is not None


def test_no_external_scripts_styles_or_fonts(edition: HtmlEdition) -> None:
    for path in all_pages(edition):
        doc = page(edition, path.name)
        for el in doc.xpath("//script[@src] | //link[@href] | //img[@src] | //iframe"):
            url = el.get("src") or el.get("href") or ""
            assert not urlsplit(url).scheme and not url.startswith("//"), (path.name, url)
    css = (edition.outdir / "assets" / "edition.css").read_text(encoding="utf-8")
    assert "@import" not in css and "url(" not in css and "@font-face" not in css
    js = (edition.outdir / "assets" / "search.js").read_text(encoding="utf-8")
    assert "http" not in js and "fetch(" not in js and "innerHTML" not in js


# ---------------------------------------------------------------- HTML: document page


def test_footnote_markers_and_back_links_point_at_each_other(edition: HtmlEdition) -> None:
    doc = page(edition, "telegram.html")
    refs = doc.xpath("//a[@role='doc-noteref']")
    assert [a.text for a in refs] == ["1", "2", "3"]
    for a in refs:
        note = doc.get_element_by_id(a.get("href")[1:])
        assert note.tag == "li"
        back = note.xpath(".//a[@role='doc-backlink']")
        assert len(back) == 1 and back[0].get("href") == "#" + a.get("id")


def test_source_note_lost_note_and_editorial_note_are_shown_as_such(edition: HtmlEdition) -> None:
    tel = page(edition, "telegram.html")
    source = tel.get_element_by_id("note-1")
    assert "note-source" in source.get("class", "")
    assert "Source note" in source.text_content()
    art = page(edition, "article.html")
    assert "lost" in art.get_element_by_id("note-2").text_content()
    letter = page(edition, "letter.html")
    aside = letter.xpath("//aside[contains(@class, 'note-editorial')]")
    assert aside and "Editorial note" in aside[0].text_content()


def test_blocks_inside_paragraphs_and_inline_notes_keep_valid_html(edition: HtmlEdition) -> None:
    art = page(edition, "article.html")
    holder = art.xpath("//ul[@class='tei-list']/..")[0]
    assert holder.tag == "div" and holder.get("class") == "p"
    star = art.xpath("//a[@role='doc-noteref'][. = '*']")
    assert len(star) == 1
    note = art.get_element_by_id(star[0].get("href")[1:])
    assert "Editorial note" in note.text_content()


def test_page_break_is_shown_discreetly(edition: HtmlEdition) -> None:
    doc = page(edition, "telegram.html")
    pbs = doc.xpath("//span[@class='pb']")
    assert [s.text for s in pbs] == ["[p. 45]"]
    assert "should not" in pbs[0].getparent().text_content()


def test_metadata_panel_shows_source_correspondents_language_and_summary(
        edition: HtmlEdition) -> None:
    tel = page(edition, "telegram.html").get_element_by_id("metadata")
    text = tel.text_content()
    assert "From" in text and "Dulles" in text and "Embassy in Austria" in text
    assert "https://example.org/frus/test/d12" in [a.get("href") for a in tel.iter("a")]
    art = page(edition, "article.html").get_element_by_id("metadata")
    assert "Translated from Hungarian into English" in art.text_content()
    summary = art.xpath(".//section[contains(@class, 'abstract')]")
    assert summary and "Summary" in summary[0].findtext("h3")


def test_dates_carry_their_iso_value(edition: HtmlEdition) -> None:
    count = 0
    for name in (f"{d.stem}.html" for d in DOCS):
        for t in page(edition, name).iter("time"):
            count += 1
            assert ISO.match(t.get("datetime", "")), (name, t.get("datetime"))
            assert t.get("title"), name
    assert count > 10
    tel = page(edition, "telegram.html")
    march20 = next(t for t in tel.iter("time") if t.text == "March 20")
    assert march20.get("datetime") == "1957-03-20"
    assert "medium" in march20.get("title")
    letter = page(edition, "letter.html")
    span = next(t for t in letter.iter("time") if t.text == "1955 and 1956")
    assert span.get("data-from") == "1955" and span.get("data-to") == "1956"
    assert "1955 to 1956" in span.get("title")


def test_person_links_reach_register_entries(edition: HtmlEdition) -> None:
    persons = page(edition, "persons.html")
    entry_ids = {el.get("id") for el in persons.xpath("//article[@class='person-entry']")}
    links = 0
    for name in (f"{d.stem}.html" for d in DOCS):
        for a in page(edition, name).xpath("//a[@class='person-link']"):
            target, _, anchor = a.get("href").partition("#")
            assert target == "persons.html" and anchor in entry_ids, (name, a.get("href"))
            links += 1
    assert links >= 15
    assert "thompson-llewellyn-e" in entry_ids


def test_person_card_shows_register_data_and_local_particdesc(edition: HtmlEdition) -> None:
    tel = page(edition, "telegram.html")
    link = next(a for a in tel.xpath("//a[@class='person-link']") if a.text == "Thompson")
    card = tel.get_element_by_id(link.get("aria-describedby")).text_content()
    assert "Llewellyn E. Thompson" in card and "1904–1972" in card and "Ambassador" in card
    local = next(a for a in tel.xpath("//a[@class='person-link']") if a.text == "R. Example")
    assert local.get("href") == "persons.html#local-telegram-clerk"
    assert "Desk officer" in tel.get_element_by_id(local.get("aria-describedby")).text_content()


# ---------------------------------------------------------------- HTML: edition pages


def test_index_lists_documents_in_chronological_order(edition: HtmlEdition) -> None:
    rows = page(edition, "index.html").xpath("//table[@class='doc-index']/tbody/tr")
    keys = [r.get("data-sort") for r in rows]
    assert keys == sorted(keys)
    assert [r.xpath("string(th/a/@href)") for r in rows] == [
        "archive-list.html", "telegram.html", "letter.html", "article.html"]
    assert rows[1].xpath("string(td[@class='col-kind'])") == "Telegram"


def test_document_pages_link_to_their_chronological_neighbours(edition: HtmlEdition) -> None:
    rows = page(edition, "index.html").xpath("//table[@class='doc-index']/tbody/tr/th/a/@href")
    for i, href in enumerate(rows):
        doc = page(edition, href)
        prev = doc.xpath("string(//a[@rel='prev']/@href)")
        nxt = doc.xpath("string(//a[@rel='next']/@href)")
        assert prev == (rows[i - 1] if i > 0 else "")
        assert nxt == (rows[i + 1] if i + 1 < len(rows) else "")


def test_persons_page_links_every_mention_to_its_place(edition: HtmlEdition) -> None:
    persons = page(edition, "persons.html")
    entry = persons.get_element_by_id("khrushchev-nikita")
    assert "Nikita Sergeyevich Khrushchev" in entry.findtext("h3")
    mentions = entry.xpath(".//ul[@class='mentions']//a[contains(@href, '#')]")
    assert len(mentions) == 4
    for a in mentions:
        target, _, anchor = a.get("href").partition("#")
        target_ids = {el.get("id") for el in page(edition, target).iter() if el.get("id")}
        assert anchor in target_ids, a.get("href")
    places = [a.text for a in mentions]
    assert "paragraph 2" in places and "list item 1" in places
    assert persons.get_element_by_id("name-charles-unregistered") is not None


def test_chronology_lists_every_normalized_date_in_order(edition: HtmlEdition) -> None:
    chrono = page(edition, "chronology.html")
    times = chrono.xpath("//ol[@class='chronology']/li/span[@class='chrono-date']/time")
    values = [t.get("datetime") for t in times]
    assert values == sorted(values)
    text_dates = sum(len(page(edition, f"{d.stem}.html").xpath("//main//time[@id]"))
                     for d in DOCS)
    assert len(values) == text_dates
    for a in chrono.xpath("//span[@class='chrono-context']/a"):
        target, _, anchor = a.get("href").partition("#")
        assert page(edition, target).get_element_by_id(anchor).tag == "time"


def test_search_page_embeds_an_index_of_every_document(edition: HtmlEdition) -> None:
    search = page(edition, "search.html")
    data = json.loads(search.get_element_by_id("search-index").text)
    assert {r["u"] for r in data} == {f"{d.stem}.html" for d in DOCS}
    tel = next(r for r in data if r["u"] == "telegram.html")
    assert "transit" in tel["x"] and tel["t"].startswith("Telegram")
    raw = edition.search.read_text(encoding="utf-8")
    script = raw[raw.index('id="search-index"'):]
    assert "</" not in script[: script.index("</script>")]
    assert search.xpath("//script[@src='assets/search.js']")
    for path in all_pages(edition):
        assert page(edition, path.name).xpath("//form[@role='search'][@action='search.html']")


def test_each_stylesheet_is_compiled_once_per_run(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import tei_coldwar.render.html as html_module

    created: list[tuple[str, ...]] = []

    class Counting(Stylesheets):
        def __post_init__(self) -> None:
            created.append(self.names)
            super().__post_init__()

    monkeypatch.setattr(html_module, "Stylesheets", Counting)
    render_html(DOCS, tmp_path, register=REGISTER)
    assert len(created) == 1
    assert sorted(created[0]) == sorted(set(created[0]))


def test_progress_is_reported_per_document(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    render_html(DOCS[:2], tmp_path, register=REGISTER,
                progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 2), (2, 2)]


def test_default_register_is_the_bundled_one(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    import tei_coldwar.render.inputs as inputs

    monkeypatch.setattr(inputs, "register_path", lambda: REGISTER)
    ed = render_html([FIXTURES / "telegram.xml"], tmp_path)
    assert "1904–1972" in ed.pages[0].read_text(encoding="utf-8")
    monkeypatch.setattr(inputs, "register_path", lambda: tmp_path / "not-yet-built.xml")
    ed = render_html([FIXTURES / "telegram.xml"], tmp_path / "bare")
    text = ed.pages[0].read_text(encoding="utf-8")
    assert "1904–1972" not in text and "persons.html#thompson-llewellyn-e" in text


def test_unwritable_output_is_a_render_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(RenderError, match="cannot be written"):
        render_html(DOCS[:1], blocker / "out", register=REGISTER)


def test_without_a_register_persons_are_still_listed(tmp_path: Path) -> None:
    empty = tmp_path / "empty.xml"
    empty.write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><listPerson/>'
                     "</body></text></TEI>", encoding="utf-8")
    ed = render_html([FIXTURES / "telegram.xml"], tmp_path / "out", register=empty)
    persons = lxml_html.fromstring(ed.persons.read_text(encoding="utf-8"))
    assert persons.get_element_by_id("thompson-llewellyn-e") is not None
    assert "Not identified" in persons.get_element_by_id("thompson-llewellyn-e").text_content()


def test_a_minimal_tei_document_renders(tmp_path: Path) -> None:
    bare = tmp_path / "bare.xml"
    bare.write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>Only a '
                    '<date>sentence</date> by <persName>Someone</persName>.</p></body></text>'
                    "</TEI>", encoding="utf-8")
    ed = render_html([bare], tmp_path / "html", register=REGISTER)
    doc = lxml_html.fromstring(ed.pages[0].read_text(encoding="utf-8"))
    assert doc.findtext(".//h1") == "Untitled document"
    assert doc.xpath("//time") == []  # a date without a value is plain text
    index = lxml_html.fromstring(ed.index.read_text(encoding="utf-8"))
    assert "undated" in index.xpath("string(//tbody/tr/td[1])")
    pdf = render_pdf([bare], tmp_path / "bare.pdf", register=REGISTER)
    assert pdf[0].read_bytes().startswith(b"%PDF")


def _luminance(hex_colour: str) -> float:
    rgb = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def _contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_screen_colours_meet_wcag_aa_contrast() -> None:
    css = bundled("xslt", "assets", "edition.css").read_text(encoding="utf-8")
    var = dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})", css))
    for fg, bg in (("ink", "paper"), ("muted", "paper"), ("accent", "paper"),
                   ("accent", "accent-bg"), ("muted", "accent-bg"), ("ink", "card-bg"),
                   ("muted", "card-bg")):
        assert _contrast(var[fg], var[bg]) >= 4.5, (fg, bg)
    assert _contrast(var["focus"], var["paper"]) >= 3.0  # non-text contrast of the outline
    assert _contrast("#ffffff", var["accent"]) >= 4.5  # button text


# ---------------------------------------------------------------- input errors and safety


def test_non_xml_input_is_a_render_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_text("this is not XML", encoding="utf-8")
    with pytest.raises(RenderError) as err:
        render_html([bad], tmp_path / "out", register=REGISTER)
    assert err.value.file == str(bad)


def test_xml_that_is_not_tei_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "notes.xml"
    bad.write_text("<notes><n>1</n></notes>", encoding="utf-8")
    with pytest.raises(RenderError, match="not a TEI document"):
        render_html([bad], tmp_path / "out", register=REGISTER)


def test_entities_and_doctype_are_refused(tmp_path: Path) -> None:
    evil = tmp_path / "evil.xml"
    evil.write_text('<?xml version="1.0"?><!DOCTYPE TEI [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                    '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>&x;</p></body></text>'
                    "</TEI>", encoding="utf-8")
    with pytest.raises(RenderError, match="DOCTYPE"):
        render_html([evil], tmp_path / "out", register=REGISTER)
    assert not (tmp_path / "out").exists()


def test_missing_explicit_register_is_reported(tmp_path: Path) -> None:
    with pytest.raises(RenderError, match="cannot be read"):
        render_html(DOCS, tmp_path, register=tmp_path / "nope.xml")


def test_two_files_with_one_page_name_are_refused(tmp_path: Path) -> None:
    other = tmp_path / "sub"
    other.mkdir()
    shutil.copy(FIXTURES / "letter.xml", other / "letter.xml")
    with pytest.raises(RenderError, match=r"letter\.html"):
        render_html([FIXTURES / "letter.xml", other / "letter.xml"], tmp_path / "o",
                    register=REGISTER)


def test_page_names_never_collide_with_edition_pages() -> None:
    assert page_stem(Path("index.xml")) == "doc-index"
    assert page_stem(Path("a b?c.xml")) == "a-b-c"


def test_stylesheets_cannot_read_files_or_urls(tmp_path: Path) -> None:
    secret = tmp_path / "secret.xml"
    secret.write_text("<s>secret</s>", encoding="utf-8")
    for call in (f"string(document('{secret.as_uri()}'))",
                 f"unparsed-text('{secret.as_uri()}')",
                 "unparsed-text('http://example.org/')"):
        (tmp_path / "evil.xsl").write_text(
            '<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">'
            f'<xsl:template match="/"><r><xsl:value-of select="{call}"/></r></xsl:template>'
            "</xsl:stylesheet>", encoding="utf-8")
        sheets = Stylesheets(("evil",), folder=tmp_path)
        node = sheets.node(etree.fromstring("<x/>"), "x")
        with pytest.raises(RenderError, match=r"prohibited"):
            sheets.transform("evil", node, {}, file="x")


def test_lockdown_stays_inside_the_render_session(tmp_path: Path) -> None:
    """Other parts of the library (validation) use their own Saxon processor and must still
    be able to compile stylesheets from files after a render run."""
    from saxonche import PySaxonProcessor

    Stylesheets(("html-index",))
    (tmp_path / "ok.xsl").write_text(
        '<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">'
        '<xsl:include href="inc.xsl"/></xsl:stylesheet>', encoding="utf-8")
    (tmp_path / "inc.xsl").write_text(
        '<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"/>',
        encoding="utf-8")
    other = PySaxonProcessor(license=False).new_xslt30_processor()
    assert other.compile_stylesheet(stylesheet_file=str(tmp_path / "ok.xsl")) is not None


def test_bundled_stylesheets_open_no_documents_and_never_disable_escaping() -> None:
    for xsl in bundled("xslt").glob("*.xsl"):
        text = xsl.read_text(encoding="utf-8")
        assert "disable-output-escaping" not in text, xsl.name
        code = re.sub(r"<!--.*?-->", "", text, flags=re.S)
        calls = re.findall(r"(?<![\w:.-])(document|doc|unparsed-text(?:-lines)?|collection"
                           r"|json-doc|doc-available|unparsed-text-available)\s*\(", code)
        assert calls == [], (xsl.name, calls)


# ---------------------------------------------------------------- CLI


def test_cli_needs_an_output() -> None:
    result = CliRunner().invoke(render_cmd, [str(FIXTURES / "telegram.xml")])
    assert result.exit_code == 2 and "--html" in result.output


def test_cli_reports_bad_input_in_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_text("<TEI", encoding="utf-8")
    result = CliRunner().invoke(render_cmd, ["-q", "--html", str(tmp_path / "o"), str(bad)])
    assert result.exit_code == 1
    errors = [ln for ln in result.output.splitlines() if ln.startswith("error:")]
    assert len(errors) == 1 and "bad.xml" in errors[0] and "Traceback" not in result.output


def test_cli_renders_a_folder_without_its_register(tmp_path: Path) -> None:
    result = CliRunner().invoke(render_cmd, ["-q", "--html", str(tmp_path / "o"),
                                             "--register", str(REGISTER), str(FIXTURES)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "o" / "telegram.html").is_file()
    assert not (tmp_path / "o" / "persons.xml").exists()
    assert len(list((tmp_path / "o").glob("*.html"))) == len(DOCS) + 4


def test_errors_are_library_errors() -> None:
    assert issubclass(RenderError, TeiColdwarError)


# ---------------------------------------------------------------- PDF


@pytest.fixture(scope="module")
def volume(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("pdf") / "edition.pdf"
    written = render_pdf(DOCS, out, register=REGISTER)
    assert written == [out]
    return out


def pdf_pages(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    return text.split("\f")


def squash(s: str) -> str:
    """Text without spaces and hyphens, so line breaks and hyphenation do not matter."""
    return re.sub(r"[\s\-‐­]+", "", s)


def footnote_pages(pdf: Path, html: str) -> list[tuple[str, int, int]]:
    """For every footnote: (its text, page of the text before its call, page of its text)."""
    pages = [squash(p) for p in pdf_pages(pdf)]
    tree = lxml_html.fromstring(html)
    out = []
    for fn in tree.xpath("//span[@class='footnote']"):
        before = "".join(fn.xpath("preceding::text()[not(ancestor::span[@class='footnote'])]"))
        call_key = squash(before)[-18:]
        note_key = squash(fn.text_content())[:30]
        call_page = [i for i, p in enumerate(pages) if call_key in p]
        note_page = [i for i, p in enumerate(pages) if note_key in p]
        assert call_page and note_page, (call_key, note_key)
        out.append((note_key, call_page[-1], note_page[0]))
    return out


@needs_poppler
def test_pdf_footnotes_stand_on_the_page_of_their_marker(volume: Path) -> None:
    html = print_html(DOCS, register=REGISTER)
    found = footnote_pages(volume, html)
    assert len(found) == 4  # the telegram's 3 and the article's inline editorial note
    for key, call, note in found:
        assert call == note, key


@needs_poppler
def test_pdf_footnotes_follow_their_marker_across_many_pages(tmp_path: Path) -> None:
    paras = "".join(
        f'<p>Paragraph {i} of a long constructed telegram with enough words to fill a good part '
        f'of a line or two in the printed volume, ending at marker {i}.'
        f'<note n="{i}" xml:id="note-{i}" place="foot">Footnote body number {i} for the test.'
        f'</note> More words follow the marker here so the paragraph runs on a little.</p>'
        for i in range(1, 41))
    long_doc = tmp_path / "long.xml"
    long_doc.write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt>'
        "<title>A long constructed telegram</title></titleStmt></fileDesc></teiHeader>"
        f'<text><body><div type="document">{paras}</div></body></text></TEI>', encoding="utf-8")
    pdf = tmp_path / "long.pdf"
    render_pdf([long_doc], pdf, register=REGISTER)
    found = footnote_pages(pdf, print_html([long_doc], register=REGISTER))
    assert len(found) == 40
    assert len({call for _, call, _ in found}) > 2, "the test must span several pages"
    assert all(call == note for _, call, note in found), found


@needs_poppler
def test_pdf_has_metadata_sane_page_count_and_embedded_fonts(volume: Path) -> None:
    info = subprocess.run(["pdfinfo", str(volume)], check=True, capture_output=True,
                          text=True).stdout
    fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    assert fields["Title"].strip() == "Cold War Documents"
    assert fields["Author"].strip()
    assert fields["Subject"].strip() == f"{len(DOCS)} documents, dated 1956–2004"
    assert fields["CreationDate"].strip()
    assert len(DOCS) + 3 <= int(fields["Pages"]) <= 4 * len(DOCS) + 4
    fonts = subprocess.run(["pdffonts", str(volume)], check=True, capture_output=True,
                           text=True).stdout.splitlines()[2:]
    assert fonts and all(" yes " in f for f in fonts), fonts


@needs_poppler
def test_pdf_contents_and_person_index_give_the_right_pages(volume: Path) -> None:
    pages = pdf_pages(volume)
    toc = next(p for p in pages if "Contents" in p)
    for line in toc.splitlines():
        m = re.match(r"\s*(\S.*?)\s*\.{3,}\s*(\d+)\s*$", line)
        if m and m.group(1) != "Index of persons":
            assert squash(m.group(1)) in squash(pages[int(m.group(2)) - 1]), line
    index = [p for p in pages if "Index of persons" in p][-1]
    thompson = re.search(r"Thompson, Llewellyn E\. \(1904–1972\) ([\d, ]+)", index)
    assert thompson
    for n in thompson.group(1).replace(",", " ").split():
        assert "Thompson" in pages[int(n) - 1]
    dulles = re.search(r"Dulles, John Foster \(1888–1959\) ([\d, ]+)", index)
    assert dulles
    numbers = dulles.group(1).replace(",", " ").split()
    assert len(numbers) == len(set(numbers)), "each page is listed once"


def test_pdf_running_heads_bookmarks_and_footnote_css() -> None:
    from weasyprint import CSS, HTML

    html = print_html(DOCS, register=REGISTER)
    css = CSS(string=bundled("xslt", "assets", "print.css").read_text(encoding="utf-8"))
    doc = HTML(string=html).render(stylesheets=[css])
    labels = [b[0] for b in doc.make_bookmark_tree()]
    assert "Contents" in labels and "Index of persons" in labels
    assert "Telegram From the Department of State to the Embassy in Austria" in labels
    assert doc.metadata.title == "Cold War Documents"
    css_text = bundled("xslt", "assets", "print.css").read_text(encoding="utf-8")
    for feature in ("float: footnote", "string-set", "target-counter", "bookmark-level",
                    "counter(page)"):
        assert feature in css_text


def test_pdf_per_document(tmp_path: Path) -> None:
    written = render_pdf(DOCS, tmp_path / "ed.pdf", register=REGISTER, per_document=True)
    assert [p.name for p in written] == [f"ed-{d.stem}.pdf" for d in DOCS]
    assert all(p.read_bytes().startswith(b"%PDF") for p in written)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_pdf_pages_render_to_images(volume: Path, tmp_path: Path) -> None:
    subprocess.run(["pdftoppm", "-png", "-r", "30", "-f", "1", "-l", "2", str(volume),
                    str(tmp_path / "pg")], check=True)
    pngs = sorted(tmp_path.glob("pg-*.png"))
    assert len(pngs) == 2 and all(p.stat().st_size > 1000 for p in pngs)
