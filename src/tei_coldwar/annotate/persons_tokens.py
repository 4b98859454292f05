"""Tokens and name runs for the person recognizer.

A *run* is a stretch of capitalized words and initials with nothing but spaces (one line
break at most), a hyphen or an initial's period between them: "Secretary of State John Foster
Dulles" holds the runs "Secretary", "State John Foster Dulles"; "Humphrey–Kuznetsov" (en dash)
is two runs, "Mikoyan-Suslov" (hyphen) one run whose parts may still be two persons.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..register import PARTICLES, fold

#: Abbreviations whose period does not end a sentence ("Mr. Bulganin", "Gen. Clay").
ABBREVIATIONS = frozenset(
    "mr mrs ms messrs dr st gen col adm lt capt maj sgt sen gov prof rev amb cdr brig hon "
    "jr sr no nos vol vols pp ed eds trans cf mme mlle fr msgr gen comdr".split()
)

#: Two-letter initials of transliterated Russian forenames ("Yu. V. Andropov").
DIGRAPH_INITIALS = frozenset("Yu Ya Ye Yo Zh Ch Sh Ts Kh".split())

_WORD = re.compile(r"[^\W\d_]+(?:['’](?=[^\W\d_]{2}|[^\W\d_]*[A-Z])[^\W\d_]+)*")
_RUN_SEP = re.compile(r"[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*){0,2}")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    key: str  # folded, without a final period
    initial: bool  # "N." (a single capital with its period)
    abbr: bool  # "Mr." and the like, period included
    cap: bool  # begins with a capital letter
    upper: bool  # a word of two or more letters, all capitals ("DOBRYNIN", "KGB")
    sep: str  # source text between the previous token and this one


def tokenize(text: str) -> list[Token]:
    out: list[Token] = []
    prev_end = 0
    for m in _WORD.finditer(text):
        start, end = m.start(), m.end()
        word = m.group()
        initial = abbr = False
        key = fold(word)
        if text[end : end + 1] == "." and (
            (len(word) == 1 and word.isupper()) or word in DIGRAPH_INITIALS
        ):
            initial = True
            end += 1
            key = key[:1]  # "Yu." is the initial of "Yuri"
        elif text[end : end + 1] == "." and fold(word) in ABBREVIATIONS:
            abbr = True
            end += 1
        out.append(
            Token(
                start=start,
                end=end,
                text=text[start:end],
                key=key,
                initial=initial,
                abbr=abbr,
                cap=word[:1].isupper(),
                upper=len(word) > 1 and word.isupper(),
                sep=text[prev_end:start],
            )
        )
        prev_end = end
    return out


def joins(prev: Token, tok: Token) -> bool:
    """Whether ``tok`` continues the run that ``prev`` belongs to."""
    sep = tok.sep
    if sep == "-":
        return prev.cap or prev.key in PARTICLES
    if sep == "":
        return prev.initial or prev.abbr
    if _RUN_SEP.fullmatch(sep) is None:
        return False
    return True


def in_run(tok: Token, nxt: Token | None) -> bool:
    """Whether a token can be part of a name run at all."""
    if tok.cap or tok.initial:
        return True
    if tok.key in PARTICLES and nxt is not None and nxt.cap and joins(tok, nxt):
        return True
    return False


def runs(tokens: list[Token]) -> list[list[int]]:
    """Indices of the tokens of each run, in text order."""
    out: list[list[int]] = []
    cur: list[int] = []
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        ok = in_run(tok, nxt) or (
            tok.sep == "-" and cur and tokens[cur[-1]].cap and tok.text.islower()
        )
        if ok and cur and joins(tokens[cur[-1]], tok):
            cur.append(i)
            continue
        if cur:
            out.append(cur)
        cur = [i] if in_run(tok, nxt) else []
    if cur:
        out.append(cur)
    return out


def sentence_initial(text: str, tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` opens a sentence, a paragraph or a field ("Summary: Dobrynin")."""
    tok = tokens[i]
    j = tok.start - 1
    while j >= 0 and text[j] in " \t\u00a0\r":
        j -= 1
    if j < 0:
        return True
    c = text[j]
    if c == "\n":
        k = j - 1
        while k >= 0 and text[k] in " \t\u00a0\r":
            k -= 1
        if k < 0 or text[k] == "\n":
            return True
        c = text[k]
        j = k
    if c in "!?:•\"“‘'([":
        return True
    if c == ".":
        if i > 0 and tokens[i - 1].end == j + 1 and (tokens[i - 1].initial or tokens[i - 1].abbr):
            return False
        return True
    return False
