"""Recognize and link names of persons (``persName``, see ENCODING.md).

Three kinds of evidence, tried in this order inside each run of capitalized words:

1. the register (``register-full``: a full name form, "N.S. Khrushchev", "DWIGHT D.
   EISENHOWER"; ``register-inverted``: "Dulles, J.F."; ``register-surname``: a bare surname);
2. name shapes the register need not know (``initials``: "F. N. Gryaznov"; ``forename``: a
   known forename and a surname, "Edgar Sanders"; ``east-asian``: "Li Meng";
   ``title``: "Ambassador Smithers"; ``citation``: "Sacki Dockrill:", "Trans. Jane T. Hedges",
   "Marchio, David James:"; ``list``: a name in a list of names);
3. document context (``repeat``: a form found once is found everywhere; ``local-surname``: the
   bare surname of a person named in full earlier).

Titles and possessives stay outside the span; a name directly followed by an institution head
("Library", "Foundation", "Center", "Press") names an institution, not a person.

Linking: every mention of a register person gets ``person:ID``; among persons sharing a form
the one named in full in the document, holding a matching office (title before the name), in
office at the document's date (heads of state and government first), or alive then, wins. A
bare surname of a sitting head of state or government is taken to mean that person even where a
namesake is named in full ("Robert Kennedy" … "Kennedy's decision" in 1962 → the President)
unless a title says otherwise ("Attorney General Kennedy"). Persons not in the register get a
document-local id (``#sanders-edgar``), the same for all their spellings in the document.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher

from ..model import Document, NewPerson, Span, SpanType
from ..register import PARTICLES, Person, Register, fold, name_key
from . import AnnotationContext
from .persons_lexicon import (
    CITATION_BEFORE,
    DEMONYMS,
    EAST_ASIAN_SURNAMES,
    FAMILY_WORDS,
    HONORIFICS,
    INITIAL_STOPS,
    INSTITUTION_MODIFIERS,
    MONTHS_DAYS,
    ORG_HEADS,
    PLACE_PREFIXES,
    PLACES,
    TITLES,
)
from .persons_tokens import Token, runs, sentence_initial, tokenize
from .persons_words import is_common_word

NOT_NAMES = TITLES | ORG_HEADS | PLACES | DEMONYMS | MONTHS_DAYS
TOP_OFFICE = re.compile(
    r"\b(president|prime minister|premier|chancellor|first secretary|general secretary|"
    r"chairman of the council of ministers|king|queen|shah|emperor|head of state|"
    r"secretary-general)\b"
)
SENIOR_OFFICE = re.compile(
    r"\b(secretary of state|foreign affairs|foreign secretary|secretary of defense|"
    r"minister of defence|minister of national defence)\b"
)
_OFFICE_WORDS = TITLES | frozenset(
    "kgb cia fbi nsc attorney general state defense defence foreign affairs security "
    "intelligence united nations navy army air force".split()
)


@dataclass(frozen=True)
class Mention:
    """A recognized name before linking: token range, register candidates, rule."""

    first: int  # token index
    last: int  # token index, inclusive
    rule: str
    ids: tuple[str, ...] = ()  # register candidates; empty: not in the register
    full: bool = False  # names more than the surname
    surname: str = ""  # folded surname key, for local linking
    forename: str = ""  # folded forenames, for local linking
    display: str = ""  # fullest reading order form "Edgar Sanders"


# ----------------------------------------------------------------------------- helpers


def _namey(t: Token) -> bool:
    """A capitalized word that may be part of a name (not a title, place, month, ...)."""
    return (
        t.cap
        and not t.initial
        and not t.abbr
        and not t.upper
        and len(t.key) >= 2
        and t.key not in NOT_NAMES
    )


def _plain(t: Token) -> bool:
    """A name-like word that is not also an ordinary English word."""
    return _namey(t) and not is_common_word(t.key)


def _window_key(tokens: Sequence[Token], a: int, b: int) -> str:
    parts: list[str] = []
    for k in range(a, b + 1):
        if k > a:
            parts.append("-" if tokens[k].sep == "-" else " ")
        parts.append(tokens[k].key)
    return name_key("".join(parts))


def _display(tokens: Sequence[Token], a: int, b: int) -> str:
    out = ""
    for k in range(a, b + 1):
        if k > a:
            out += "-" if tokens[k].sep == "-" else ("" if tokens[k].sep == "" else " ")
        out += tokens[k].text
    return out


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "person"


def sino_key(word: str) -> str:
    """Rough key on which Wade-Giles and pinyin spellings meet ("Chien"/"Jian", "Tse-tung"/
    "Zedong"), for telling whether two spellings in one document name one person."""
    w = re.sub(r"[^a-z]", "", fold(word))
    for a, b in (
        ("hs", "x"),
        ("ch", "c"),
        ("zh", "c"),
        ("tz", "c"),
        ("ts", "c"),
        ("j", "c"),
        ("q", "c"),
        ("z", "c"),
        ("k", "g"),
        ("t", "d"),
        ("p", "b"),
        ("ien", "ian"),
        ("ung", "ong"),
        ("ih", "i"),
    ):
        w = w.replace(a, b)
    return w


def _same_forename(a: str, b: str) -> bool:
    """Whether two forename strings of one surname in one document name one person."""
    if not a or not b:
        return True
    if a[0] == b[0]:
        return True
    return sino_key(a) == sino_key(b)


# ----------------------------------------------------------------------------- recognizer


@dataclass(frozen=True)
class _Scan:
    text: str
    tokens: list[Token]
    register: Register | None

    def lookup(self, key: str) -> tuple[str, ...]:
        if self.register is None:
            return ()
        return tuple(self.register.index.get(key, ()))

    def person(self, pid: str) -> Person | None:
        return self.register.get(pid) if self.register else None

    def is_forename(self, key: str) -> bool:
        return self.register is not None and key in self.register.forenames

    def is_surname(self, key: str) -> bool:
        return self.register is not None and key in self.register.surnames

    def principal(self, ids: Sequence[str]) -> bool:
        return any((p := self.person(i)) is not None and p.principal for i in ids)

    def principal_surname(self, key: str) -> bool:
        """Whether ``key`` is the surname of a principal actor ("Kennedy", "Tito")."""
        for i in self.lookup(key):
            p = self.person(i)
            if p is not None and p.principal and p.names and fold(p.names[0].surname) == key:
                return True
        return False


def _institution_after(tokens: Sequence[Token], run: Sequence[int], pos: int) -> bool:
    """Whether the name ending at run[pos] is followed by an institution head in its run."""
    for step, k in enumerate(run[pos + 1 : pos + 5]):
        t = tokens[k]
        if t.key in ORG_HEADS:
            return True
        if t.key in INSTITUTION_MODIFIERS or (step < 2 and (_namey(t) or t.initial)):
            continue
        return False
    return False


def _family_after(text: str, tok: Token) -> bool:
    m = re.match(r"\s+([a-z]+)", text[tok.end : tok.end + 30])
    return bool(m and m.group(1) in FAMILY_WORDS)


def _match_register_full(scan: _Scan, run: Sequence[int], p: int) -> Mention | None:
    toks = scan.tokens
    for length in range(min(6, len(run) - p), 1, -1):
        a, b = run[p], run[p + length - 1]
        window = toks[a : b + 1]
        if window[-1].abbr or all(t.initial for t in window):
            continue
        if window[0].key in TITLES or (window[-1].key in NOT_NAMES and window[-1].sep != "-"):
            continue  # but "Mendès-France" is a name
        ids = scan.lookup(_window_key(toks, a, b))
        if not ids:
            continue
        if all(is_common_word(t.key) for t in window) and not scan.principal(ids):
            continue  # "Security Affairs", "Red Army": ordinary words, unless a principal's name
        after = toks[run[p + length]] if p + length < len(run) else None
        if after is not None and after.sep != "-":
            if window[-1].initial or _plain(after):
                continue  # "Richard H." of "Richard H. Immerman", "John Lewis" of a longer name
        return Mention(a, b, "persons.register-full", ids, full=True)
    return None


def _match_initials(scan: _Scan, run: Sequence[int], p: int) -> Mention | None:
    toks = scan.tokens
    q = p
    while q < len(run) and toks[run[q]].initial:
        q += 1
    if q == p or q >= len(run):
        return None
    if name_key(" ".join(toks[run[k]].key for k in range(p, q))) in INITIAL_STOPS:
        return None
    i0 = run[p]
    if (
        i0 > 0
        and toks[i0 - 1].text[:1].islower()
        and len(toks[i0 - 1].key) == 1
        and scan.text[toks[i0 - 1].end : toks[i0 - 1].end + 1] == "."
    ):
        return None  # "z. B. Seite", "u. a.": an abbreviation, not initials
    end = q
    while (
        end < len(run)
        and end - q < 3
        and (_namey(toks[run[end]]) or toks[run[end]].key in PARTICLES)
    ):
        end += 1
    if end == q:
        return None
    last = toks[run[end - 1]]
    if not _namey(last) or last.key in PLACES:
        return None
    if is_common_word(last.key) and not _title_before(scan, run[p], HONORIFICS):
        return None
    sur = last.key
    fore = " ".join(toks[run[k]].key for k in range(p, end - 1))
    return Mention(
        run[p],
        run[end - 1],
        "persons.initials",
        full=True,
        surname=sur,
        forename=fore,
        display=_display(toks, run[p], run[end - 1]),
    )


_FUNCTION_WORDS = frozenset(
    "a an the in on at to by of and or for from with as but if so no not all any its his her "
    "our their this that these those my your we he she it they i you".split()
)


def _match_forename(scan: _Scan, run: Sequence[int], p: int) -> Mention | None:
    toks = scan.tokens
    first = toks[run[p]]
    if not _namey(first) or not scan.is_forename(first.key) or first.key in _FUNCTION_WORDS:
        return None
    if scan.principal_surname(first.key):
        return None  # "Kennedy Round", "Tito Government": a principal's surname, not a forename
    if p + 1 < len(run) and toks[run[p + 1]].sep == "-":
        return None  # "Kadar-Nagy": joined names, not a compound forename
    if p + 1 < len(run) and is_common_word(first.key) and sentence_initial(scan.text, toks, run[p]):
        nxt = toks[run[p + 1]]
        rare = scan.register is None or scan.register.forenames.get(first.key, 0) < 5
        if rare and (nxt.initial or scan.is_forename(nxt.key)):
            return None  # "Will Alexander Dubček ...": the name starts at the second word
    q = p + 1
    middle = 0
    while q < len(run) and middle < 3:
        t = toks[run[q]]
        if t.sep == "-" and q > p + 1:
            break
        if t.initial or (t.key in PARTICLES and not t.cap):
            q += 1
            continue
        if not _namey(t):
            break
        q += 1
        middle += 1
    # the surname is the last name-like word; the run may go on with non-names ("Report")
    end = q - 1
    while end > p and not _namey(toks[run[end]]):
        end -= 1
    if end == p:
        return None
    # stop before a common word that follows a complete name ("Edgar Sanders Report")
    while end > p + 1 and is_common_word(toks[run[end]].key) and _plain(toks[run[end - 1]]):
        end -= 1
    last = toks[run[end]]
    if last.key in PLACES:
        return None
    if is_common_word(last.key) and (
        is_common_word(first.key)
        or (scan.is_surname(first.key) and sentence_initial(scan.text, toks, run[p]))
    ):
        return None
    sur_start = end
    while sur_start - 1 > p and toks[run[sur_start - 1]].key in PARTICLES:
        sur_start -= 1
    sur = " ".join(toks[run[k]].key for k in range(sur_start, end + 1))
    fore = " ".join(toks[run[k]].key for k in range(p, sur_start))
    return Mention(
        run[p],
        run[end],
        "persons.forename",
        full=True,
        surname=sur,
        forename=fore,
        display=_display(toks, run[p], run[end]),
    )


def _match_east_asian(scan: _Scan, run: Sequence[int], p: int) -> Mention | None:
    toks = scan.tokens
    first = toks[run[p]]
    if first.key not in EAST_ASIAN_SURNAMES or not first.cap or first.upper:
        return None
    q = p + 1
    while q < len(run) and q - p <= 2:
        t = toks[run[q]]
        lower_part = t.sep == "-" and t.text.islower()
        if not (lower_part or (_plain(t) and len(t.key) <= 9)):
            break
        q += 1
    if q == p + 1:
        return None
    fore = sino_key("".join(toks[run[k]].key for k in range(p + 1, q)))
    ids = tuple(
        i
        for i in scan.lookup(first.key)
        if (person := scan.person(i)) is not None
        and any(sino_key(n.forename) == fore for n in person.names)
    )
    if ids:  # "Deng Hsiao-ping": pinyin surname, Wade-Giles forename of a registered person
        return Mention(run[p], run[q - 1], "persons.east-asian", ids, full=True, surname=first.key)
    return Mention(
        run[p],
        run[q - 1],
        "persons.east-asian",
        full=True,
        surname=first.key,
        forename=" ".join(toks[run[k]].key for k in range(p + 1, q)),
        display=_display(toks, run[p], run[q - 1]),
    )


def _title_before(scan: _Scan, index: int, words: frozenset[str] = TITLES) -> bool:
    if index == 0:
        return False
    prev = scan.tokens[index - 1]
    if prev.key not in words:
        return False
    return re.fullmatch(r"[ \t\u00a0]*\n?[ \t\u00a0]*", scan.tokens[index].sep) is not None


def _match_bare(scan: _Scan, run: Sequence[int], p: int) -> Mention | None:
    toks = scan.tokens
    i = run[p]
    t = toks[i]
    if t.initial or t.abbr or not t.cap or len(t.key) < 3 or t.key in NOT_NAMES:
        return None  # two letters ("Le", "Ho") are articles and syllables more often
    ids = scan.lookup(t.key)
    if not ids:
        return None
    if t.upper and (len(t.key) < 4 or not scan.principal(ids)):
        return None
    if p + 1 < len(run):
        nxt = toks[run[p + 1]]
        if nxt.sep != "-" and (_plain(nxt) or nxt.initial):
            return None
    if _family_after(scan.text, t):
        return None
    if scan.is_forename(t.key) and not scan.principal(ids) and not _title_before(scan, i):
        return None  # "Dean", "Llewellyn", "Edgar": more often a forename than this surname
    weak = is_common_word(t.key)
    if weak and (sentence_initial(scan.text, toks, i) and not _title_before(scan, i)):
        return None
    rule = "persons.register-surname-weak" if weak else "persons.register-surname"
    return Mention(i, i, rule, ids, full=False, surname=t.key)


def _match_title(scan: _Scan, run: Sequence[int], p: int) -> Mention | None:
    toks = scan.tokens
    i = run[p]
    t = toks[i]
    if not _namey(t) or not _title_before(scan, i):
        return None
    if is_common_word(t.key) and not _title_before(scan, i, HONORIFICS):
        return None
    q = p + 1
    while q < len(run) and q - p < 3 and _plain(toks[run[q]]):
        q += 1
    last = toks[run[q - 1]]
    fore = " ".join(toks[run[k]].key for k in range(p, q - 1))
    return Mention(
        i,
        run[q - 1],
        "persons.title",
        full=q - p > 1,
        surname=last.key,
        forename=fore,
        display=_display(toks, i, run[q - 1]),
    )


def _scan_runs(scan: _Scan, taken: set[int]) -> list[Mention]:
    toks = scan.tokens
    found: list[Mention] = []
    for run in runs(toks):
        p = 0
        run_mentions: list[tuple[int, Mention]] = []
        while p < len(run):
            if run[p] in taken:
                p += 1
                continue
            m = (
                _match_register_full(scan, run, p)
                or _match_initials(scan, run, p)
                or _match_forename(scan, run, p)
                or _match_east_asian(scan, run, p)
                or _match_bare(scan, run, p)
                or _match_title(scan, run, p)
            )
            if m is None:
                p += 1
                continue
            end_pos = run.index(m.last)
            if any(k in taken for k in range(m.first, m.last + 1)):
                p += 1
                continue
            if _institution_after(toks, run, end_pos):
                break
            if p > 0 and toks[run[p - 1]].key in PLACE_PREFIXES:
                p = end_pos + 1
                continue
            if not (p > 0 and any(mm.last == run[p - 1] for _, mm in run_mentions)):
                m = _extend_forename(scan, run, p, m)
            run_mentions.append((p, m))
            p = end_pos + 1
        found.extend(m for _, m in run_mentions)
    return found


def _extend_forename(scan: _Scan, run: Sequence[int], p: int, m: Mention) -> Mention:
    """A bare register surname after an unknown forename ("Viatcheslav Molotov") is one
    mention; it keeps the register link only if a candidate's forename fits."""
    if m.full or p == 0:
        return m
    toks = scan.tokens
    prev = toks[run[p - 1]]
    if not _plain(prev) or prev.key in PARTICLES:
        return m
    fits = False
    for pid in m.ids:
        person = scan.person(pid)
        if person is None:
            continue
        for n in person.names:
            f = fold(n.forename).split()
            if f and SequenceMatcher(None, f[0], prev.key).ratio() >= 0.7:
                fits = True
    display = _display(toks, run[p - 1], m.last)
    if fits:
        return replace(m, first=run[p - 1], full=True, rule="persons.register-forename")
    return Mention(
        run[p - 1],
        m.last,
        "persons.forename",
        full=True,
        surname=m.surname,
        forename=prev.key,
        display=display,
    )


def _inverted(scan: _Scan, taken: set[int]) -> list[Mention]:
    """ "Dulles, J.F.", "Dulles. A. W.:", "Eisenhower, D. D." and "Marchio, David James:"."""
    toks = scan.tokens
    text = scan.text
    out: list[Mention] = []
    for k, t in enumerate(toks[:-1]):
        if k in taken or not _namey(t) or t.key in PARTICLES:
            continue
        nxt = toks[k + 1]
        sep = nxt.sep
        if re.fullmatch(r"\s*[,.]\s*", sep) is None or "\n\n" in sep:
            continue
        j = k + 1
        while (
            j < len(toks)
            and j - k <= 3
            and toks[j].initial
            and (j == k + 1 or toks[j].sep in ("", " "))
        ):
            j += 1
        after = text[toks[j - 1].end : toks[j - 1].end + 3].lstrip(" ")
        if j > k + 1:
            key = name_key(t.key + " " + " ".join(x.key for x in toks[k + 1 : j]))
            ids = scan.lookup(key)
            closes = after[:1] in (":", ";", ",", "") or after[:1] == "\n" or "," in sep
            if ids and closes:
                out.append(Mention(k, j - 1, "persons.register-inverted", ids, full=True))
                taken.update(range(k, j))
            continue
        # unknown person, citation style: "Marchio, David James:"
        if "," not in sep or is_common_word(t.key):
            continue
        j = k + 1
        while (
            j < len(toks)
            and j - k <= 3
            and (_namey(toks[j]) or toks[j].initial)
            and (j == k + 1 or re.fullmatch(r" ?", toks[j].sep))
        ):
            j += 1
        if j == k + 1 or not scan.is_forename(toks[k + 1].key):
            continue
        if text[toks[j - 1].end : toks[j - 1].end + 1] != ":":
            continue
        fore = " ".join(x.key for x in toks[k + 1 : j])
        display = _display(toks, k + 1, j - 1) + " " + t.text
        out.append(
            Mention(
                k,
                j - 1,
                "persons.citation-inverted",
                full=True,
                surname=t.key,
                forename=fore,
                display=display,
            )
        )
        taken.update(range(k, j))
    return out


def _citation(scan: _Scan, taken: set[int], found: list[Mention]) -> list[Mention]:
    """Authors, editors and translators of cited works, and names in lists of names."""
    toks = scan.tokens
    text = scan.text
    out: list[Mention] = []
    full_ends = {m.last for m in found if m.full}
    full_starts = {m.first for m in found if m.full}
    changed = True
    while changed:
        changed = False
        for run in runs(toks):
            if any(k in taken for k in run):
                continue
            for length in (3, 2):
                for p in range(0, len(run) - length + 1):
                    a, b = run[p], run[p + length - 1]
                    if any(k in taken for k in range(a, b + 1)):
                        continue
                    window = toks[a : b + 1]
                    if not all(_namey(t) or t.initial for t in window):
                        continue
                    if window[0].initial or not _plain(window[-1]):
                        continue
                    if any(t.key in PARTICLES for t in window):
                        continue
                    after = text[toks[b].end : toks[b].end + 8]
                    before = text[max(0, toks[a].start - 16) : toks[a].start]
                    bwords = re.findall(r"[^\W\d_]+", fold(before))
                    cited = (
                        after.startswith(":")
                        or re.match(r"\s*,?\s*\(?eds?\b", after) is not None
                        or (bool(bwords) and bwords[-1] in CITATION_BEFORE)
                    )
                    listed = (
                        re.fullmatch(r".*(?:,|;|\band|—|–)\s*", before, re.S) is not None
                        and (a - 1) in full_ends
                    ) or (
                        re.match(r"\s*(?:,|;|and\b|—|–)\s*", after) is not None
                        and (b + 1) in full_starts
                    )
                    first_ok = window[0].key not in _FUNCTION_WORDS | CITATION_BEFORE | {
                        "also",
                        "in",
                        "and",
                    }
                    if not (cited or listed) or not first_ok:
                        continue
                    m = Mention(
                        a,
                        b,
                        "persons.citation" if cited else "persons.list",
                        full=True,
                        surname=window[-1].key,
                        forename=" ".join(t.key for t in window[:-1]),
                        display=_display(toks, a, b),
                    )
                    out.append(m)
                    taken.update(range(a, b + 1))
                    full_ends.add(b)
                    full_starts.add(a)
                    changed = True
    return out


def _institution_next(toks: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` is directly followed by an institution head ("… Library")."""
    for nxt in toks[k + 1 : k + 4]:
        if not nxt.cap or re.fullmatch(r"\s*", nxt.sep) is None:
            return False
        if nxt.key in ORG_HEADS:
            return True
        if nxt.key not in INSTITUTION_MODIFIERS:
            return False
    return False


def _document_pass(scan: _Scan, taken: set[int], found: list[Mention]) -> list[Mention]:
    """Repeat every full form found anywhere; tag bare surnames of unregistered persons."""
    toks = scan.tokens
    out: list[Mention] = []
    forms: dict[str, Mention] = {}
    for m in found:
        if m.full:
            forms.setdefault(_window_key(toks, m.first, m.last), m)
    local_surnames = {m.surname for m in found if not m.ids and m.full and m.surname}
    lengths = sorted({m.last - m.first + 1 for m in forms.values()}, reverse=True)
    for k in range(len(toks)):
        if k in taken:
            continue
        for n in lengths:
            if k + n > len(toks) or any(j in taken for j in range(k, k + n)):
                continue
            key = _window_key(toks, k, k + n - 1)
            proto = forms.get(key)
            if proto is None or not toks[k].cap or _institution_next(toks, k + n - 1):
                continue
            out.append(replace(proto, first=k, last=k + n - 1, rule="persons.repeat"))
            taken.update(range(k, k + n))
            break
        if k in taken:
            continue
        t = toks[k]
        if _institution_next(toks, k):
            continue
        if t.key in local_surnames and _namey(t) and not _family_after(scan.text, t):
            if is_common_word(t.key) and sentence_initial(scan.text, toks, k):
                continue
            out.append(Mention(k, k, "persons.local-surname", surname=t.key))
            taken.add(k)
    return out


def recognize(text: str, register: Register | None) -> tuple[list[Token], list[Mention]]:
    """All name mentions in ``text``, in text order (before linking)."""
    toks = tokenize(text)
    scan = _Scan(text, toks, register)
    taken: set[int] = set()
    found = _inverted(scan, taken)
    for m in _scan_runs(scan, taken):
        found.append(m)
        taken.update(range(m.first, m.last + 1))
    found = _drop_weak(scan, found)
    taken = {k for m in found for k in range(m.first, m.last + 1)}
    found.extend(_citation(scan, taken, found))
    found.extend(_document_pass(scan, taken, found))
    return toks, sorted(found, key=lambda m: m.first)


def _drop_weak(scan: _Scan, found: list[Mention]) -> list[Mention]:
    """A bare surname that is also an ordinary word ("Brown", "Bush") needs a principal actor
    of that name or the same person named in full in the document."""
    full_ids = {i for m in found if m.full for i in m.ids}
    out = []
    for m in found:
        if m.rule == "persons.register-surname-weak":
            if not (scan.principal(m.ids) or full_ids.intersection(m.ids)):
                continue
            m = replace(m, rule="persons.register-surname")
        out.append(m)
    return out


# ----------------------------------------------------------------------------- linking


def _title_words(text: str, tok: Token) -> set[str]:
    before = fold(text[max(0, tok.start - 60) : tok.start])
    before = re.split(r"[.;:!?,()]\s|\n\s*\n", before)[-1]  # the title stands in the clause
    words = re.findall(r"[a-z]+", before)[-6:]
    return {w for w in words if w in _OFFICE_WORDS and w not in ("the", "of")}


def _score(person: Person, year: int | None, titles: set[str], named: Counter[str]) -> float:
    score = 0.0
    if person.id in named:
        score += 5 + min(named[person.id], 9) / 10
    if person.principal:
        score += 2
    labels = " ".join(fold(o.label) for o in person.occupations)
    if titles:
        hits = sum(1 for w in titles if re.search(rf"\b{w}\b", labels))
        score += 5 * hits if hits else -2
    if year is not None:
        if person.birth is not None and year < person.birth + 15:
            score -= 10
        if person.death is not None and year > person.death + 1:
            score -= 1
        for o in person.offices_in(year):
            label = fold(o.label)
            score += 2
            if TOP_OFFICE.search(label) and "vice" not in label and "deputy" not in label:
                score += 6
            elif SENIOR_OFFICE.search(label):
                score += 1
        if person.floruit and person.floruit[0] <= year <= person.floruit[1]:
            score += 1
    score += min(len(person.forms), 10) / 100
    return score


def _choose(
    scan: _Scan, ids: Sequence[str], year: int | None, titles: set[str], named: Counter[str]
) -> tuple[str, bool]:
    """The best candidate and whether the choice was clear."""
    scored = []
    for pid in ids:
        person = scan.person(pid)
        if person is not None:
            scored.append((_score(person, year, titles, named), pid))
    scored.sort(key=lambda s: (-s[0], s[1]))
    clear = len(scored) == 1 or scored[0][0] - scored[1][0] >= 2
    return scored[0][1], clear


def _active(person: Person, year: int | None) -> bool:
    """Whether the sources show a person active around ``year`` (unknown: yes)."""
    if year is None or person.principal:
        return True
    if person.floruit is not None:
        return person.floruit[0] - 3 <= year <= person.floruit[1] + 3
    spans = [(o.start or o.end, o.end or o.start) for o in person.occupations if o.start or o.end]
    if spans:
        return any(a is not None and b is not None and a - 3 <= year <= b + 3 for a, b in spans)
    if person.birth is not None and year < person.birth + 18:
        return False
    return not (person.death is not None and year > person.death)


def _link(scan: _Scan, mentions: list[Mention], year: int | None) -> list[Span]:
    toks = scan.tokens
    spans: list[Span] = []
    full_named = {i for m in mentions if m.full for i in m.ids}
    kept: list[Mention] = []
    for m in mentions:
        if m.ids and not m.full:
            ids = tuple(
                i
                for i in m.ids
                if i in full_named or ((p := scan.person(i)) is not None and _active(p, year))
            )
            if not ids:
                m = replace(m, ids=(), rule="persons.local-surname")
            else:
                m = replace(m, ids=ids)
        kept.append(m)
    mentions = kept
    # 1. full register forms, unique first
    named: Counter[str] = Counter()
    for m in mentions:
        if m.ids and m.full and len(m.ids) == 1:
            named[m.ids[0]] += 1
    resolved: dict[int, tuple[str, bool]] = {}
    for n, m in enumerate(mentions):
        if m.ids and m.full:
            titles = _title_words(scan.text, toks[m.first])
            resolved[n] = _choose(scan, m.ids, year, titles, named)
            named[resolved[n][0]] += 0 if len(m.ids) == 1 else 1
    # 2. local persons: cluster full forms by surname and compatible forenames
    clusters: list[list[Mention]] = []
    for m in mentions:
        if m.ids or not m.full:
            continue
        for c in clusters:
            c0 = c[0]
            if (
                c0.surname == m.surname or sino_key(c0.surname) == sino_key(m.surname)
            ) and _same_forename(c0.forename, m.forename):
                c.append(m)
                break
        else:
            clusters.append([m])
    local_id: dict[tuple[int, int], str] = {}
    by_surname: dict[str, str] = {}
    for c in clusters:
        best = max(c, key=lambda m: (len(m.display), m.display))
        surname_part = best.display.split(" ")
        sur_words = len(best.surname.split())
        if best.rule == "persons.east-asian":
            lid = _slug(best.display)
        else:
            lid = _slug(" ".join(surname_part[-sur_words:] + surname_part[:-sur_words]))
        for m in c:
            local_id[(m.first, m.last)] = lid
        by_surname.setdefault(best.surname, lid)
    registered_surnames: set[str] = set()
    for pid in named:
        person = scan.person(pid)
        if person is not None:
            registered_surnames |= person.surnames
    # 3. bare surnames: one decision per surname, unless a title speaks
    bare_choice: dict[str, tuple[str, bool]] = {}
    for n, m in enumerate(mentions):
        tok = toks[m.first]
        ref: str
        cert: str | None = None
        if m.ids and m.full:
            pid, clear = resolved[n]
            ref, cert = f"person:{pid}", None if clear else "medium"
        elif m.ids:
            if m.surname in by_surname and m.surname not in registered_surnames:
                ref, cert = "#" + by_surname[m.surname], "medium"
            else:
                titles = _title_words(scan.text, tok)
                if titles:
                    pid, clear = _choose(scan, m.ids, year, titles, named)
                else:
                    if m.surname not in bare_choice:
                        bare_choice[m.surname] = _choose(scan, m.ids, year, set(), named)
                    pid, clear = bare_choice[m.surname]
                ref, cert = f"person:{pid}", None if clear else "medium"
        elif m.full:
            ref, cert = "#" + local_id[(m.first, m.last)], "medium"
        else:
            if m.surname not in by_surname:
                continue
            ref, cert = "#" + by_surname[m.surname], "medium"
        spans.append(
            Span(
                toks[m.first].start,
                toks[m.last].end,
                SpanType.PERSON,
                (("ref", ref),),
                cert,
                m.rule,
            )
        )
    return spans


# ----------------------------------------------------------------------------- public API


def annotate(doc: Document, ctx: AnnotationContext) -> list[Span]:
    """persName spans over ``doc.text`` (read through ``ctx.text``, note markers masked)."""
    text = ctx.text if len(ctx.text) == len(doc.text) else doc.text
    toks, mentions = recognize(text, ctx.register)
    scan = _Scan(text, toks, ctx.register)
    year = ctx.document_date.year() if ctx.document_date is not None else None
    return _link(scan, mentions, year)


def local_persons(doc: Document, spans: Sequence[Span]) -> list[NewPerson]:
    """One entry per document-local person (``ref="#id"``): fullest form, count, context."""
    groups: dict[str, list[Span]] = {}
    for s in spans:
        ref = s.attr("ref") if s.type is SpanType.PERSON else None
        if ref and ref.startswith("#"):
            groups.setdefault(ref[1:], []).append(s)
    out = []
    for lid, group in sorted(groups.items()):
        group.sort(key=lambda s: s.start)
        forms = [" ".join(s.text_of(doc).split()) for s in group]
        name = max(forms, key=lambda f: (len(f), f))
        first = group[0]
        ctx = " ".join(doc.text[max(0, first.start - 60) : first.end + 60].split())
        out.append(NewPerson(name=name, occurrences=len(group), context=ctx, suggested_id=lid))
    return out
