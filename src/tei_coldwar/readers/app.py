"""A document copied from the American Presidency Project.

Shape: the speaker or author, the date ("November 04, 1956"), the title, the text one
paragraph per line, often a signature in capitals, then an editor's "Note: …" paragraph;
copies from the site may also carry its citation block ("Citation: … The American Presidency
Project https://www.presidency.ucsb.edu/node/…") and "Filed Under" chrome.
"""

from __future__ import annotations

import re

from ..model import Block, BlockKind, Document, DropReason, Metadata, SourceText
from ._common import (
    DATE_LINE,
    URL_LINE,
    DocBuilder,
    add_running,
    container,
    is_signature_line,
    kind_of_title,
    sender_addressee,
    split_lines,
)

_NAME = re.compile(r"^\s*(?:[A-Z][\w’'.-]*\.?\s+){1,4}[A-Z][\w’'-]+\.?\s*$")
_NOTE = re.compile(r"^\s*(?:Note|NOTE|Editor's Note)\s*:")
_CITATION = re.compile(r"^\s*Citation\s*:?\s*$|^\s*Citation\s*:")
_CHROME = re.compile(r"^\s*(?:Filed Under|Categories|Simple Search of Our Archives|"
                     r"Share|Print|Twitter|Facebook)\b")


def _plain_lines(text: str, limit: int = 8) -> list[str]:
    return [ln for ln in text.split("\n")[:40] if ln.strip()][:limit]


class AppReader:
    name = "app"
    description = ("American Presidency Project: author, date, title, text, signature, "
                   "'Note:' paragraph")

    def detect(self, text: str) -> float:
        lines = _plain_lines(text)
        if len(lines) < 3:
            return 0.0
        score = 0.0
        if _NAME.match(lines[0]) and DATE_LINE.match(lines[1]):
            score += 0.6
        if re.search(r"^\s*Note:\s+(Released|Dated|The|This|On)", text, re.MULTILINE):
            score += 0.25
        if "American Presidency Project" in text or "presidency.ucsb.edu" in text:
            score += 0.3
        return min(score, 1.0)

    def read(self, source: SourceText) -> Document:
        src = source.text
        b = DocBuilder(source)
        lines = split_lines(src)
        nonblank = [i for i, ln in enumerate(lines) if not ln.blank]
        children: list[Block] = []
        i = 0
        author = date_text = ""
        if len(nonblank) >= 3 and _NAME.match(lines[nonblank[0]].text) and DATE_LINE.match(
            lines[nonblank[1]].text
        ):
            a, d = lines[nonblank[0]], lines[nonblank[1]]
            children.append(add_running(b, BlockKind.BYLINE, a.start, a.end))
            children.append(add_running(b, BlockKind.DOCDATE, d.start, d.end))
            author, date_text = a.stripped, d.stripped
            i = 2
        title_line = lines[nonblank[i]]
        children.append(add_running(b, BlockKind.HEAD, title_line.start, title_line.end))
        title = title_line.stripped
        rest = nonblank[i + 1 :]

        # The tail: citation block and chrome (moved / dropped), the editor's note.
        body_idx: list[int] = []
        note_idx: list[int] = []
        cite_idx: list[int] = []
        state = "body"
        for k in rest:
            t = lines[k].text
            if _CHROME.match(t):
                state = "chrome"
            elif _CITATION.match(t):
                state = "citation"
            elif _NOTE.match(t) and state == "body":
                state = "note"
            if state == "body":
                body_idx.append(k)
            elif state == "note":
                note_idx.append(k)
            elif state == "citation":
                cite_idx.append(k)
            else:
                b.drop(lines[k].start, lines[k].end, DropReason.PAGE_CHROME)

        sig = None
        if body_idx and is_signature_line(lines[body_idx[-1]].text) and (
            lines[body_idx[-1]].stripped.isupper()
            or (author and lines[body_idx[-1]].stripped.lower() == author.lower())
        ):
            sig = body_idx.pop()
        for k in body_idx:
            children.append(add_running(b, BlockKind.P, lines[k].start, lines[k].end))
        if sig is not None:
            signed = add_running(b, BlockKind.SIGNED, lines[sig].start, lines[sig].end)
            children.append(container(BlockKind.CLOSER, [signed]))
        if note_idx:
            # The editor's note is one note; its lines are paragraphs in it.
            first, last = lines[note_idx[0]], lines[note_idx[-1]]
            children.append(add_running(b, BlockKind.EDITORIAL, first.start, last.end))
        for k in cite_idx:
            ln = lines[k]
            if re.match(r"^\s*Citation\s*:?\s*$", ln.text):
                b.drop(ln.start, ln.end, DropReason.LABEL)
            elif URL_LINE.match(ln.text):
                b.move(ln.content_start, ln.content_end, "url")
            else:
                m = re.match(r"^\s*Citation\s*:\s*", ln.text)
                if m:
                    b.drop(ln.start, ln.start + m.end(), DropReason.LABEL)
                    b.move(ln.start + m.end(), ln.end, "citation")
                else:
                    b.move(ln.start, ln.end, "citation")
        kind = kind_of_title(title)
        _, addressee = sender_addressee(title)
        return b.build(
            "app",
            [container(BlockKind.DIV, children, [("type", "document")])],
            Metadata(
                title=title,
                kind=kind,
                authors=(author,) if author else (),
                date_text=date_text,
                sender=author,
                addressee=addressee,
                series="The American Presidency Project",
                publisher="The American Presidency Project",
            ),
        )


READER = AppReader()
