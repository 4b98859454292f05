"""A document copied from the FRUS website (Foreign Relations of the United States).

Shape: "217. Telegram From … to …1" (document number, title, glued footnote markers),
optionally a dateline ("Washington, December 21, 1956—7:46 p.m."), paragraphs with
"[Page 534]" markers, a signature line, and numbered footnotes at the end, the first of which
is usually the "Source:" note.
"""

from __future__ import annotations

import re

from ..model import Block, BlockKind, Document, DropReason, Metadata, SourceText
from ._common import (
    MONTHS,
    PAGE_MARKER,
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
    strip_marker,
)

_TITLE = re.compile(r"^\s*(\d{1,4})\.\s+(\S.*?)\s*$")
_DATELINE = re.compile(
    rf"^\s*(?P<place>[A-Z][\w .'’-]*(?:,\s*[A-Z][\w .'’-]*)?),\s+"
    rf"(?P<date>(?:{MONTHS})\s+\d{{1,2}},\s+\d{{4}}(?:[,—–-]+\s*\d{{1,2}}(?::\d\d|\d\d)?"
    rf"\s*(?:a\.m\.|p\.m\.|Z|GMT|noon|midnight)?\.?)?)\s*\.?\s*$"
)
_LIST_LABEL = re.compile(r"^(?:[A-Z][A-Z ]{2,30}|Participants|Subject|Present|Distribution)"
                         r":?$")
_SOURCE_NOTE = re.compile(r"^\s*(?:[-•*]\s*)?1\.?\s+Source:")
_KIND_IN_TITLE = re.compile(
    r"\b(Telegram|Memorandum|Letter|Editorial Note|Paper|Note|Minutes|Message|Report|"
    r"Circular|Despatch|Airgram|Instruction|Intelligence|Record|Notes|Draft|Statement|"
    r"Diary Entry|Briefing|Summary|Position Paper|Aide-Mémoire|Editorial)\b"
)


class FrusReader:
    name = "frus"
    description = ("FRUS web page text: numbered title line, [Page N] markers, signature, "
                   "numbered footnotes with a Source note")

    def detect(self, text: str) -> float:
        lines = [ln for ln in text[:20000].split("\n") if ln.strip()]
        if not lines:
            return 0.0
        score = 0.0
        m = _TITLE.match(lines[0])
        if m and _KIND_IN_TITLE.search(m.group(2)):
            score += 0.45
        if PAGE_MARKER.search(text):
            score += 0.3
        if any(_SOURCE_NOTE.match(ln) for ln in text.split("\n")):
            score += 0.4
        return min(score, 1.0)

    def read(self, source: SourceText) -> Document:
        src = source.text
        b = DocBuilder(source)
        lines = split_lines(src)
        nonblank = [i for i, ln in enumerate(lines) if not ln.blank]
        meta: dict[str, object] = {}
        children: list[Block] = []
        div_attrs: list[tuple[str, str]] = [("type", "document")]
        first = nonblank[0]
        chain = note_chain(lines, first + 1, len(lines))
        body_hi = chain[0][0] if chain else len(lines)

        title_line = lines[first]
        m = _TITLE.match(title_line.text)
        if m:
            num_start = title_line.start + m.start(1)
            b.drop(num_start, title_line.start + m.start(2), DropReason.DOC_NUMBER)
            div_attrs.append(("n", m.group(1)))
            head = add_running(b, BlockKind.HEAD, title_line.start + m.start(2), title_line.end)
        else:
            head = add_running(b, BlockKind.HEAD, title_line.start, title_line.end)
        children.append(head)
        title = b_title(src, title_line.text, m, has_notes=bool(chain))
        meta["title"] = title

        paras = paragraphs(lines, first + 1, body_hi)
        opener: list[Block] = []
        if paras:
            i, j = paras[0]
            dl = _DATELINE.match(lines[i].text) if j - i == 1 else None
            if dl:
                opener.append(add_running(b, BlockKind.DATELINE, lines[i].start, lines[i].end))
                meta["date_text"] = dl.group("date")
                meta["place"] = dl.group("place")
                paras = paras[1:]
        if opener:
            children.append(container(BlockKind.OPENER, opener))

        closer: list[Block] = []
        if paras and is_signature_line(" ".join(ln.text for ln in lines[paras[-1][0]:
                                                                      paras[-1][1]])):
            sig = paras.pop()
        else:
            sig = None
        for i, j in paras:
            children.append(_paragraph_or_list(b, lines, i, j))
        if sig is not None:
            closer.append(add_running(b, BlockKind.SIGNED, lines[sig[0]].start,
                                      lines[sig[1] - 1].end))
            children.append(container(BlockKind.CLOSER, closer))
            meta["sender_name"] = " ".join(ln.stripped for ln in lines[sig[0]:sig[1]])

        children.extend(add_footnotes(b, lines, chain, len(lines), place="foot"))
        kind = kind_of_title(title)
        sender, addressee = sender_addressee(title)
        idno: list[tuple[str, str]] = []
        if m:
            idno.append(("FRUS-document", m.group(1)))
        return b.build(
            "frus",
            [container(BlockKind.DIV, children, div_attrs)],
            Metadata(
                title=title,
                kind=kind,
                date_text=str(meta.get("date_text", "")),
                place=str(meta.get("place", "")),
                sender=str(meta.get("sender_name") or sender),
                addressee=addressee,
                idno=tuple(idno),
                series="Foreign Relations of the United States",
                publisher="Office of the Historian, U.S. Department of State",
                extra=(("sender_office", sender),),
            ),
        )


def _paragraph_or_list(b: DocBuilder, lines: list[Line], i: int, j: int) -> Block:
    """A block of short lines under a capitalized label ("PARTICIPANTS", "SUBJECT") is a
    list, one item per line; anything else is a paragraph."""
    label = lines[i].stripped
    items = [lines[k] for k in range(i + 1, j)]
    if items and _LIST_LABEL.match(label) and all(len(x.stripped) < 90 for x in items):
        kids = [add_running(b, BlockKind.HEAD, lines[i].start, lines[i].end)]
        kids += [add_running(b, BlockKind.ITEM, x.start, x.end) for x in items]
        return container(BlockKind.LIST, kids, [("type", label.lower().rstrip(":"))])
    return add_running(b, BlockKind.P, lines[i].start, lines[j - 1].end)


def b_title(src: str, line: str, m: re.Match[str] | None, *, has_notes: bool) -> str:
    """The title as the source gives it, without document number and footnote markers."""
    title = m.group(2) if m else line.strip()
    return strip_marker(title) if has_notes else title.strip()


READER = FrusReader()
