"""The ``teiHeader``: what the source says about itself, in TEI's places for it.

Text the reader moved out of the body (an archive's citation block, summary, URL, language
statement) is written here verbatim, so the lossless audit can find every character of it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from lxml import etree

from ..model import DateValue, Document, NewPerson
from ..xmlsafe import xml_chars

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
_T = f"{{{TEI_NS}}}"

LANGUAGE_CODES = {
    "english": "en", "russian": "ru", "german": "de", "french": "fr", "hungarian": "hu",
    "polish": "pl", "czech": "cs", "slovak": "sk", "romanian": "ro", "bulgarian": "bg",
    "serbian": "sr", "croatian": "hr", "serbo-croatian": "sh", "chinese": "zh",
    "japanese": "ja", "korean": "ko", "vietnamese": "vi", "spanish": "es", "italian": "it",
    "portuguese": "pt", "arabic": "ar", "persian": "fa", "hebrew": "he", "turkish": "tr",
    "greek": "el", "albanian": "sq", "mongolian": "mn", "ukrainian": "uk", "finnish": "fi",
    "swedish": "sv", "norwegian": "no", "danish": "da", "dutch": "nl", "hindi": "hi",
}


@dataclass(frozen=True)
class HeaderInput:
    """What the writer knows beyond the document: values computed by later stages."""

    created: str  # ISO date of the conversion, for revisionDesc
    version: str
    document_date: DateValue | None = None
    local_persons: Sequence[NewPerson] = ()
    sender_ref: str | None = None
    publisher: str = "tei_coldwar edition"
    availability: str = ("Encoded by tei_coldwar from a source text; the source's own "
                         "rights apply to its text.")
    language: str = "en"
    extra_changes: Sequence[str] = field(default_factory=tuple)


def _el(parent: etree._Element, tag: str, text: str | None = None,
        **attrs: str) -> etree._Element:
    e = etree.SubElement(parent, _T + tag)
    for k, v in attrs.items():
        e.set(f"{{{XML_NS}}}id" if k == "xml_id" else k, xml_chars(v))
    if text:
        # Header fields are source text the reader picked out, control characters and all.
        e.text = xml_chars(text)
    return e


def _squash(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _date_el(parent: etree._Element, value: DateValue | None, text: str = "") -> None:
    if value is None or not value.attrs:
        return
    d = _el(parent, "date", _squash(text) or None)
    for k in ("when", "from", "to", "notBefore", "notAfter"):
        if k in value.attrs:
            d.set(k, value.attrs[k])
    if value.cert:
        d.set("cert", value.cert)


def build_header(doc: Document, h: HeaderInput) -> etree._Element:
    meta = doc.meta
    moved: dict[str, list[str]] = {}
    for m in doc.moved:
        moved.setdefault(m.field, []).append(_squash(m.text))

    header = etree.Element(_T + "teiHeader")
    fd = _el(header, "fileDesc")
    ts = _el(fd, "titleStmt")
    _el(ts, "title", meta.title or doc.source.stem)
    for a in meta.authors:
        _el(ts, "author", a)
    rs = _el(ts, "respStmt")
    _el(rs, "resp", "automatic encoding")
    _el(rs, "name", "tei_coldwar", ref="#tei_coldwar")

    ps = _el(fd, "publicationStmt")
    _el(ps, "publisher", h.publisher)
    av = _el(ps, "availability")
    _el(av, "p", h.availability)
    for kind, value in meta.idno:
        _el(ps, "idno", value, type=kind)
    for url in moved.get("url", []):
        _el(ps, "idno", url, type="URL")

    sd = _el(fd, "sourceDesc")
    bibl = _el(sd, "bibl")
    _el(bibl, "title", meta.title or doc.source.stem, level="a")
    for a in meta.authors:
        _el(bibl, "author", a)
    if meta.series:
        _el(bibl, "title", meta.series, level="s")
    if meta.publisher:
        _el(bibl, "publisher", meta.publisher)
    for kind, value in meta.idno:
        _el(bibl, "idno", value, type=kind)
    if meta.translator:
        tr = _el(bibl, "respStmt")
        _el(tr, "resp", "translation")
        _el(tr, "persName", meta.translator)
    for text in moved.get("contents", []):
        _el(bibl, "note", text)
    for text in moved.get("citation", []):
        _el(sd, "bibl", text, type="citation")

    ed = _el(header, "encodingDesc")
    ai = _el(ed, "appInfo")
    app = _el(ai, "application", xml_id="tei_coldwar", ident="tei_coldwar", version=h.version)
    _el(app, "label", "tei_coldwar")
    lpd = _el(ed, "listPrefixDef")
    _el(lpd, "prefixDef", ident="person", matchPattern="([A-Za-z0-9_.-]+)",
        replacementPattern="persons.xml#$1")

    pd = _el(header, "profileDesc")
    if h.document_date is not None and h.document_date.attrs:
        cr = _el(pd, "creation")
        _date_el(cr, h.document_date, meta.date_text)
    langs = moved.get("language", []) or ([meta.original_language]
                                          if meta.original_language else [])
    if langs:
        lu = _el(pd, "langUsage")
        seen = set()
        for name in langs:
            code = LANGUAGE_CODES.get(name.lower().strip(), "und")
            seen.add(code)
            _el(lu, "language", name, ident=code)
        if "en" not in seen:
            _el(lu, "language", "English", ident="en")
    summaries = moved.get("summary", [])
    if summaries:
        ab = _el(pd, "abstract")
        for s in summaries:
            _el(ab, "p", s)
    if meta.kind in ("letter", "telegram", "memorandum") and (meta.sender or meta.addressee):
        cd = _el(pd, "correspDesc")
        sent = _el(cd, "correspAction", type="sent")
        if meta.sender:
            if h.sender_ref:
                _el(sent, "persName", _squash(meta.sender), ref=h.sender_ref)
            else:
                _el(sent, "name", _squash(meta.sender))
        if meta.place:
            _el(sent, "placeName", meta.place)
        _date_el(sent, h.document_date)
        if meta.addressee:
            rec = _el(cd, "correspAction", type="received")
            _el(rec, "name", _squash(meta.addressee))
    if h.local_persons:
        part = _el(pd, "particDesc")
        lp = _el(part, "listPerson", type="local")
        for p in h.local_persons:
            pe = _el(lp, "person", xml_id=p.suggested_id)
            _el(pe, "persName", p.name)
            _el(pe, "note", f"Not yet in the register of persons; named {p.occurrences} "
                            f"time(s) in this document.")

    rd = _el(header, "revisionDesc")
    _el(rd, "change",
        f"Converted from {doc.source.name} (layout {doc.layout}) by tei_coldwar {h.version}.",
        when=h.created, who="#tei_coldwar")
    for c in h.extra_changes:
        _el(rd, "change", c, when=h.created, who="#tei_coldwar")
    return header
