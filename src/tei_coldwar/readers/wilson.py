"""A record copied from the Wilson Center Digital Archive.

Shape: a heading "October 30, 1962 Telegram from …", labelled fields ("Citation:",
"Summary:", "Original Language:", "Contents:", "Credits:" …) each followed by its value, the
record's URL, then the (often translated) text with footnote markers, a signature such as
"30.X.62 A.DOBRYNIN", the footnotes, and a trailing "[Source: …]" statement.
The field values belong in the header (citation, abstract, language); the labels are layout.
"""

from __future__ import annotations

import re

from ..model import Block, BlockKind, Document, DropReason, Metadata, SourceText
from ._common import (
    MONTHS,
    URL_LINE,
    DocBuilder,
    Line,
    add_footnotes,
    add_running,
    container,
    is_signature_line,
    kind_of_title,
    note_chain,
    paragraphs,
    sender_addressee,
    split_lines,
)

_LABELS = {
    "citation": "citation",
    "summary": "summary",
    "original language": "language",
    "contents": "contents",
    "credits": "credits",
    "original archive": "citation",
    "record details": "citation",
    "source": "citation",
    "rights": "rights",
    "language": "language",
}
_LABEL = re.compile(r"^\s*(" + "|".join(re.escape(k) for k in _LABELS) + r")\s*:\s*$",
                    re.IGNORECASE)
_HEADING = re.compile(rf"^\s*((?:{MONTHS})\s+\d{{1,2}},\s+\d{{4}}|\d{{4}})\s+(\S.*?)\s*$")
_SIG_DATE = re.compile(r"^\s*(\d{1,2}\.[IVXLCivxlc]{1,4}\.\d{2,4}|\d{1,2}[./]\d{1,2}[./]\d{2,4})"
                       r"\s+(\S.*?)\s*$")
_SOURCE_STATEMENT = re.compile(r"^\s*\[\s*Source\s*:", re.IGNORECASE)
_TRANSLATOR = re.compile(r"\b(?:translation|translated)\s+by\s+([^,;\]]+)", re.IGNORECASE)
_QUOTED_TITLE = re.compile(r"^\s*[\"“](.+?)[\"”]")


class WilsonReader:
    name = "wilson"
    description = ("Wilson Center Digital Archive record: date + title, Citation/Summary/"
                   "Original Language/Contents fields, text, footnotes, [Source: …]")

    def detect(self, text: str) -> float:
        head = text[:6000]
        labels = {m.group(1).lower() for m in
                  re.finditer(r"^\s*(Citation|Summary|Original Language|Contents)\s*:\s*$",
                              head, re.MULTILINE | re.IGNORECASE)}
        score = 0.2 * len(labels)
        if "Wilson Center" in head or "digitalarchive.wilsoncenter.org" in head:
            score += 0.3
        return min(score, 1.0)

    def read(self, source: SourceText) -> Document:
        src = source.text
        b = DocBuilder(source)
        lines = split_lines(src)
        nonblank = [i for i, ln in enumerate(lines) if not ln.blank]
        children: list[Block] = []
        heading = lines[nonblank[0]]
        children.append(add_running(b, BlockKind.HEAD, heading.start, heading.end))
        hm = _HEADING.match(heading.text)
        date_text = hm.group(1) if hm else ""
        title = hm.group(2) if hm else heading.stripped

        # Labelled fields until the text begins (after the "Contents:" value or the last field).
        fields: dict[str, str] = {}
        k = 1
        body_start = nonblank[1] if len(nonblank) > 1 else len(lines)
        current: str | None = None
        while k < len(nonblank):
            ln = lines[nonblank[k]]
            lm = _LABEL.match(ln.text)
            if lm:
                b.drop(ln.start, ln.end, DropReason.LABEL)
                current = _LABELS[lm.group(1).lower()]
                k += 1
                continue
            if URL_LINE.match(ln.text):
                b.move(ln.content_start, ln.content_end, "url")
                k += 1
                continue
            if current is None:
                break
            b.move(ln.content_start, ln.content_end, current)
            fields[current] = (fields.get(current, "") + " " + ln.stripped).strip()
            k += 1
            if current == "contents":
                current = None
                # "Translation - English": the text follows.
                break
            if current in ("language",):
                current = None
        body_start = nonblank[k] if k < len(nonblank) else len(lines)

        # The trailing source statement and the notes.
        end = len(lines)
        source_stmt: tuple[int, int] | None = None
        for i in range(len(lines) - 1, body_start - 1, -1):
            if _SOURCE_STATEMENT.match(lines[i].text):
                last = i
                while last + 1 < end and not lines[last + 1].blank:
                    last += 1
                source_stmt = (i, last + 1)
                end = i
                break
        chain = note_chain(lines, body_start, end)
        body_hi = chain[0][0] if chain else end
        paras = paragraphs(lines, body_start, body_hi)
        closer: list[Block] = []
        signer = ""
        sig_para = paras.pop() if paras and _is_signature(lines, paras[-1]) else None
        for i, j in paras:
            children.append(add_running(b, BlockKind.P, lines[i].start, lines[j - 1].end))
        if sig_para is not None:
            ln = lines[sig_para[0]]
            sm = _SIG_DATE.match(ln.text)
            if sm:
                closer.append(add_running(b, BlockKind.DATELINE, ln.start + sm.start(1),
                                          ln.start + sm.end(1)))
                closer.append(add_running(b, BlockKind.SIGNED, ln.start + sm.start(2),
                                          lines[sig_para[1] - 1].end))
                signer = sm.group(2)
            else:
                closer.append(add_running(b, BlockKind.SIGNED, ln.start,
                                          lines[sig_para[1] - 1].end))
                signer = ln.stripped
            children.append(container(BlockKind.CLOSER, closer))
        children.extend(add_footnotes(b, lines, chain, end, place="foot"))
        if source_stmt is not None:
            i, j = source_stmt
            children.append(add_running(b, BlockKind.SOURCE_NOTE, lines[i].start,
                                        lines[j - 1].end))
            # Text after the statement's paragraph (a pasted second record, page furniture) is
            # not the statement's, but it must not vanish: it stays as paragraphs.
            for pi, pj in paragraphs(lines, j, len(lines)):
                children.append(add_running(b, BlockKind.P, lines[pi].start,
                                            lines[pj - 1].end))

        citation = fields.get("citation", "")
        qt = _QUOTED_TITLE.match(citation)
        if qt:
            title = qt.group(1).strip()
        tr = _TRANSLATOR.search(citation) or (
            _TRANSLATOR.search(src[lines[source_stmt[0]].start:]) if source_stmt else None)
        language = fields.get("language", "")
        sender, addressee = sender_addressee(title)
        return b.build(
            "wilson",
            [container(BlockKind.DIV, children, [("type", "document")])],
            Metadata(
                title=title,
                kind=kind_of_title(title),
                date_text=date_text,
                sender=signer or sender,
                addressee=addressee,
                citation=citation,
                summary=fields.get("summary", ""),
                original_language=language if language.lower() != "english" else "",
                translator=tr.group(1).strip() if tr else "",
                series="Wilson Center Digital Archive",
                publisher="Wilson Center Digital Archive",
            ),
        )


def _is_signature(lines: list[Line], para: tuple[int, int]) -> bool:
    i, j = para
    if j - i > 2:
        return False
    text = " ".join(ln.stripped for ln in lines[i:j])
    return bool(_SIG_DATE.match(text)) or is_signature_line(text)


READER = WilsonReader()
