"""Any other plain text: the fallback layout.

It assumes as little as possible: paragraphs are separated by blank lines (or, in a text
without blank lines, each long line is a paragraph), a short first line is the title, a date
line near the top is the dateline, numbered lines at the end are footnotes, "[Page N]"
markers are page breaks and a short name-like last line is a signature.
"""

from __future__ import annotations

from ..model import Block, BlockKind, Document, Metadata, SourceText
from ._common import (
    DATE_LINE,
    DocBuilder,
    add_footnotes,
    add_running,
    container,
    is_signature_line,
    kind_of_title,
    note_chain,
    paragraphs,
    split_lines,
)


class GenericReader:
    name = "generic"
    description = "Any plain text: paragraphs, an optional title, dateline, notes and signature"

    def detect(self, text: str) -> float:
        return 0.1

    def read(self, source: SourceText) -> Document:
        b = DocBuilder(source)
        lines = split_lines(source.text)
        nonblank = [i for i, ln in enumerate(lines) if not ln.blank]
        chain = note_chain(lines, 0, len(lines))
        if chain and chain[0][0] <= nonblank[0]:
            chain = []  # a numbered list from the first line on is text, not notes
        hi = chain[0][0] if chain else len(lines)
        paras = paragraphs(lines, 0, hi)
        blank_ratio = sum(1 for ln in lines[:hi] if ln.blank) / max(1, hi)
        if len(paras) <= 2 and blank_ratio < 0.05 and hi > 3:
            paras = [(i, i + 1) for i in range(hi) if not lines[i].blank]

        children: list[Block] = []
        title = ""
        date_text = ""
        if paras:
            i, j = paras[0]
            text = " ".join(ln.stripped for ln in lines[i:j])
            if j - i == 1 and len(text) < 150 and not text.endswith((".", ",", ";")) and len(
                paras
            ) > 1:
                children.append(add_running(b, BlockKind.HEAD, lines[i].start, lines[i].end))
                title = text
                paras = paras[1:]
        if paras and paras[0][1] - paras[0][0] == 1 and DATE_LINE.match(lines[paras[0][0]].text):
            ln = lines[paras[0][0]]
            children.append(container(BlockKind.OPENER, [
                add_running(b, BlockKind.DATELINE, ln.start, ln.end)]))
            date_text = ln.stripped
            paras = paras[1:]
        sig = None
        if len(paras) > 1 and paras[-1][1] - paras[-1][0] == 1 and is_signature_line(
            lines[paras[-1][0]].text
        ):
            sig = paras.pop()
        for i, j in paras:
            children.append(add_running(b, BlockKind.P, lines[i].start, lines[j - 1].end,
                                        dehyphenate=True))
        if sig is not None:
            children.append(container(BlockKind.CLOSER, [
                add_running(b, BlockKind.SIGNED, lines[sig[0]].start, lines[sig[0]].end)]))
        children.extend(add_footnotes(b, lines, chain, len(lines), place="foot"))
        return b.build(
            "generic",
            [container(BlockKind.DIV, children, [("type", "document")])],
            Metadata(title=title or source.stem, kind=kind_of_title(title), date_text=date_text),
        )


READER = GenericReader()
