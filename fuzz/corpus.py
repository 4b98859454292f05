"""Generators of hostile source texts, shared by the hypothesis tests, atheris and the long run.

The texts are built from the pieces the readers and annotators key on — title lines, blank
lines, "[Page N]" markers, numbered note lines, digits glued to words, dates, names, bullets,
archive field labels — mixed with noise (control characters, right-to-left and combining
characters, odd line endings), because random bytes alone almost never reach past the
decoder.
"""

from __future__ import annotations

from hypothesis import strategies as st

WORDS = ("the", "Embassy", "of", "Soviet", "Union", "telegram", "Moscow", "Washington",
         "said", "Khrushchev", "Dulles", "Eisenhower", "Kennedy", "Mr.", "Dr.", "N.S.",
         "Secretary", "State", "President", "agreed", "NSC", "No.", "Document", "p.",
         "Delga", "Nations", "decades", "Re:", "Source:", "Note:", "Citation:", "Summary:",
         "—", "–", "-", "(", ")", "[", "]", "“", "”", "’", ",", ".", ";", ":", "?",
         "مرحبا", "שלום", "e\u0301", "a\u0308\u0308", "\u200f", "\u202e", "\ufeff", "\u00a0",
         "Ｗｉｄｅ", "𝔘𝔫𝔦", "İstanbul", "ß", "ǅ", "\u0345")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December", "Jan.", "Sept.", "X", "XII")


@st.composite
def dates(draw: st.DrawFn) -> str:
    day = draw(st.integers(0, 40))
    year = draw(st.sampled_from([0, 99, 1492, 1945, 1956, 1962, 1989, 2026, 9999, 10000]))
    month = draw(st.sampled_from(MONTHS))
    form = draw(st.integers(0, 6))
    return [f"{month} {day}, {year}", f"{day} {month} {year}", f"{day}.{month}.{year % 100}",
            f"{year}-{day:02d}-{day:02d}", f"mid-{year}", f"{month} {day}–{day + 1}, {year}",
            f"{day}/{day}/{year}"][form]


@st.composite
def sentences(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.one_of(st.sampled_from(WORDS), dates(),
                                    st.integers(0, 2000).map(str)), min_size=1, max_size=14))
    glue = draw(st.sampled_from(["", " ", "  ", "\t"]))
    s = glue.join(parts) if glue else " ".join(parts)
    if draw(st.booleans()):  # a footnote marker glued to the end of a word or full stop
        s += str(draw(st.integers(1, 12)))
    return s


@st.composite
def lines(draw: st.DrawFn) -> str:
    kind = draw(st.integers(0, 15))
    n = draw(st.integers(0, 1200))
    if kind == 0:
        return ""
    if kind == 1:
        return f"[Page {n}]"
    if kind == 2:
        return f"{draw(st.integers(1, 12))}{draw(st.sampled_from(['', '.', ' ', ')']))}" \
               f"{draw(sentences())}"
    if kind == 3:
        return f"{n}. Telegram From the {draw(sentences())} to the Embassy in Moscow"
    if kind == 4:
        return draw(dates())
    if kind == 5:
        return f"{draw(st.sampled_from(['•', '-', '*', '·']))} {draw(sentences())}"
    if kind == 6:
        label = draw(st.sampled_from(["Citation", "Summary", "Original Language", "Contents",
                                      "Source", "Note", "Author"]))
        return f"{label}: {draw(sentences())}"
    if kind == 7:
        return draw(st.sampled_from(["Dulles", "N.S. KHRUSHCHEV", "Sincerely,", "JFK",
                                     "[Source: Archive]", "Washington, December 21, 1956.",
                                     "Dear Mr. President:", "https://example.org/x?y=1"]))
    if kind == 8:
        return draw(st.text(max_size=60))
    if kind == 9:
        return f"{draw(sentences())}-"  # a hyphen at the end: dehyphenation
    if kind == 10:
        return f"   {n}   "  # a page number on its own
    if kind == 11:
        return draw(sentences()).upper()
    return draw(sentences())


@st.composite
def documents(draw: st.DrawFn) -> bytes:
    """A source file: structured lines, one line ending, one encoding (mostly UTF-8)."""
    body = draw(st.lists(lines(), min_size=1, max_size=40))
    eol = draw(st.sampled_from(["\n", "\n", "\r\n", "\r"]))
    text = eol.join(body)
    enc = draw(st.sampled_from(["utf-8", "utf-8", "utf-8", "utf-8-sig", "utf-16", "cp1252",
                                "latin-1"]))
    data = text.encode(enc, errors="replace")
    if draw(st.integers(0, 9)) == 0:  # damage: cut it, or splice in raw bytes
        cut = draw(st.integers(0, len(data)))
        data = data[:cut] + draw(st.binary(max_size=8)) + data[cut:]
    return data


def raw_bytes() -> st.SearchStrategy[bytes]:
    return st.binary(max_size=400)


def any_source() -> st.SearchStrategy[bytes]:
    return st.one_of(documents(), documents(), documents(), raw_bytes())


@st.composite
def xml_documents(draw: st.DrawFn) -> bytes:
    """XML with the constructs an attacker would use: DOCTYPEs, entities, deep nesting."""
    pieces = draw(st.lists(st.sampled_from([
        "<!DOCTYPE x>", '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
        '<!ENTITY a "aaaa">', "&e;", "&a;", "&amp;", "&#0;", "&#x1F600;", "<a>", "</a>",
        "<TEI xmlns='http://www.tei-c.org/ns/1.0'>", "</TEI>", "<p>", "</p>", "text",
        "<![CDATA[x]]>", "<!-- c -->", "<?pi x?>", '<?xml version="1.0"?>', "<x a='&e;'/>",
        '<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="/etc/passwd"/>',
    ]), max_size=30))
    depth = draw(st.integers(0, 300))
    text = "".join(pieces) + "<d>" * depth + "</d>" * depth
    enc = draw(st.sampled_from(["utf-8", "utf-16", "utf-32", "latin-1"]))
    return text.encode(enc, errors="replace")
