"""An archive's search-result listing, copied from its web page.

Shape: page chrome ("Search in", the archive's name), then entries, each a bulleted date
line, a title and a summary. Each entry becomes an ``item`` whose ``label`` holds the date.
"""

from __future__ import annotations

import re

from ..model import Block, BlockKind, Document, DropReason, Metadata, SourceText
from ._common import MONTHS, DocBuilder, add_running, container, paragraphs, split_lines

_DATE = (rf"(?:(?:{MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+(?:{MONTHS})\.?,?\s+\d{{4}}|"
         rf"(?:{MONTHS})\s+\d{{4}}|\d{{4}}-\d\d-\d\d|\d{{4}})")
_ENTRY = re.compile(rf"^(\s*[•*·‣▪◦-]\s*)({_DATE})\s*$")
_CHROME = re.compile(
    r"^\s*(?:Search(?: in| results| the archive)?|Filter(?:s| by)?.*|Sort(?: by)?.*|Results?.*|"
    r"Showing .*|Next|Previous|Back to top|Load more|Page \d+(?: of \d+)?|\d+(?:\s+\d+)*|"
    r"Menu|Home|Skip to (?:main )?content|Log ?in|Sign ?in)\s*$",
    re.IGNORECASE,
)


class ListingReader:
    name = "listing"
    description = "An archive's result listing: dated entries with a title and a summary"

    def detect(self, text: str) -> float:
        entries = sum(1 for ln in text.split("\n") if _ENTRY.match(ln))
        if entries >= 3:
            return 0.9
        return 0.3 if entries == 2 else 0.0

    def read(self, source: SourceText) -> Document:
        src = source.text
        b = DocBuilder(source)
        lines = split_lines(src)
        entry_idx = [i for i, ln in enumerate(lines) if _ENTRY.match(ln.text)]
        first_entry = entry_idx[0] if entry_idx else len(lines)
        children: list[Block] = []
        title = ""
        pre = [i for i in range(first_entry) if not lines[i].blank]
        content = [i for i in pre if not _CHROME.match(lines[i].text)]
        head_i = content[-1] if content else None
        for i in pre:
            if i == head_i:
                continue
            b.drop(lines[i].start, lines[i].end, DropReason.PAGE_CHROME)
        if head_i is not None:
            ln = lines[head_i]
            children.append(add_running(b, BlockKind.HEAD, ln.start, ln.end))
            title = ln.stripped

        items: list[Block] = []
        bounds = [*entry_idx, len(lines)]
        for k, i in enumerate(entry_idx):
            m = _ENTRY.match(lines[i].text)
            assert m is not None
            ln = lines[i]
            b.drop(ln.start, ln.start + m.end(1), DropReason.PAGE_CHROME)
            parts: list[Block] = [add_running(b, BlockKind.LABEL, ln.start + m.start(2),
                                              ln.start + m.end(2))]
            paras = paragraphs(lines, i + 1, bounds[k + 1])
            trailing = []
            while paras and k == len(entry_idx) - 1 and all(
                _CHROME.match(lines[x].text) for x in range(*paras[-1])
            ):
                trailing.append(paras.pop())
            for n, (a, z) in enumerate(paras):
                attrs = [("rend", "title")] if n == 0 else []
                parts.append(add_running(b, BlockKind.P, lines[a].start, lines[z - 1].end,
                                         attrs=attrs))
            for a, z in trailing:
                b.drop(lines[a].start, lines[z - 1].end, DropReason.PAGE_CHROME)
            items.append(container(BlockKind.ITEM, parts, [("n", str(k + 1))]))
        if items:
            children.append(container(BlockKind.LIST, items, [("type", "results")]))
        return b.build(
            "listing",
            [container(BlockKind.DIV, children, [("type", "document")])],
            Metadata(title=title or source.stem, kind="list"),
        )


READER = ListingReader()
