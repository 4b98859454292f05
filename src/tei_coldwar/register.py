"""The edition's register of persons (``tei/persons.xml``): load it and look names up.

The register is one TEI ``listPerson``. Every ``person`` carries structured name forms
(``surname`` + ``forename``) and free forms ("N.S. Khrushchev"); from the structured forms the
loader derives every way a text writes the name — "Forename Surname", "Surname", initials
("N.S. Khrushchev", "N. Khrushchev"), inverted forms ("Khrushchev, N.S.") — so the file stays
small and the recognizer still finds "DWIGHT D. EISENHOWER" or "A.DOBRYNIN". Keys are
accent- and case-folded because sources drop diacritics ("Kadar") and shout signatures.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from . import resources, xmlsafe
from .errors import TeiColdwarError

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
_T = "{" + TEI_NS + "}"

#: Name parts that belong to the surname ("del Pero", "de Gaulle", "van der Stoel").
PARTICLES = frozenset(
    "de del della der di da das do dos du van von vom zu la le al el bin ben ibn ter ten".split()
)


class RegisterError(TeiColdwarError):
    """The register of persons is missing or malformed."""


@dataclass(frozen=True)
class Occupation:
    """An office or role, with the years it was held where known."""

    label: str
    start: int | None = None
    end: int | None = None

    def held_in(self, year: int) -> bool:
        if self.start is None and self.end is None:
            return False
        lo = self.start if self.start is not None else (self.end or 0) - 4
        hi = self.end if self.end is not None else lo + 4
        return lo <= year <= hi


@dataclass(frozen=True)
class Name:
    """One structured name form. ``forename`` may be empty (mononyms such as "Sukarno")."""

    surname: str
    forename: str = ""
    surname_first: bool = False  # East Asian order: "Mao Zedong"

    @property
    def shown(self) -> str:
        parts = (self.surname, self.forename) if self.surname_first else (
            self.forename, self.surname)
        return " ".join(p for p in parts if p)


@dataclass(frozen=True)
class Person:
    """One entry of the register."""

    id: str
    preferred: str  # display form, "Nikita Sergeyevich Khrushchev"
    forms: tuple[str, ...]  # every form the register states, preferred first
    birth: int | None = None
    death: int | None = None
    occupations: tuple[Occupation, ...] = ()
    names: tuple[Name, ...] = ()
    floruit: tuple[int, int] | None = None  # years the sources show the person active
    hsg: str | None = None  # Office of the Historian person id
    principal: bool = False  # from the curated list of principal actors

    @property
    def surnames(self) -> frozenset[str]:
        return frozenset(fold(n.surname) for n in self.names if n.surname)

    def alive_in(self, year: int) -> bool:
        if self.birth is not None and year < self.birth + 12:
            return False
        return not (self.death is not None and year > self.death)

    def offices_in(self, year: int) -> tuple[Occupation, ...]:
        return tuple(o for o in self.occupations if o.held_in(year))


def fold(text: str) -> str:
    """Accent- and case-folded form, for comparing names as sources spell them."""
    if text.isascii():
        return text.casefold()
    text = text.replace("’", "'").replace("‘", "'")
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    for a, b in (("ł", "l"), ("Ł", "L"), ("ø", "o"), ("Ø", "O"), ("ß", "ss"), ("đ", "d")):
        stripped = stripped.replace(a, b)
    return stripped.casefold()


_SEP = re.compile(r"[\s.,]+")


def name_key(form: str) -> str:
    """Lookup key of a written name: folded, periods and commas dropped, spaces squashed.

    "N.S. Khrushchev", "N. S. Khrushchev" and "n s khrushchev" share one key; an inverted
    form keeps its order ("Khrushchev, N.S." → "khrushchev n s").
    """
    return " ".join(t for t in _SEP.split(fold(form)) if t)


def _split_forenames(forename: str) -> list[str]:
    parts: list[str] = []
    for tok in forename.replace(".", ". ").split():
        tok = tok.strip(",")
        if tok:
            parts.append(tok)
    return parts


def _initial(tok: str) -> str:
    core = tok.rstrip(".")
    if "-" in core:  # "Jean-Paul" → "J.-P."
        return "-".join(p[:1] for p in core.split("-") if p)
    return core[:1]


def name_keys(name: Name) -> set[str]:
    """Every key under which a structured name can be found (see module docstring)."""
    keys: set[str] = set()
    s = name_key(name.surname)
    if not s:
        return keys
    keys.add(s)
    fk = [t for t in _SEP.split(fold(name.forename)) if t]
    if not fk:
        return keys
    ik = [_initial(f) for f in fk]
    variants = {
        " ".join(fk),
        fk[0],
        " ".join(ik),
        ik[0],
        " ".join([fk[0], *ik[1:]]),
        " ".join([*ik[:-1], fk[-1]]) if len(fk) > 1 else fk[0],
    }
    if len(fk) > 2:
        variants.add(" ".join(fk[:2]))
    for v in variants:
        keys.add(f"{v} {s}")
        keys.add(f"{s} {v}")
    return keys


@dataclass(frozen=True)
class Register:
    """The persons of the edition and an index from name keys to person ids."""

    persons: Mapping[str, Person]
    index: Mapping[str, tuple[str, ...]]
    forenames: Mapping[str, int] = field(default_factory=dict)  # first forename → persons
    surnames: frozenset[str] = field(default_factory=frozenset)

    def __len__(self) -> int:
        return len(self.persons)

    def get(self, person_id: str) -> Person | None:
        return self.persons.get(person_id)

    def lookup(self, form: str) -> tuple[Person, ...]:
        """Persons a written form may name: "DWIGHT D. EISENHOWER", "A.DOBRYNIN", "Kádár"."""
        return self.lookup_key(name_key(form))

    def lookup_key(self, key: str) -> tuple[Person, ...]:
        return tuple(self.persons[i] for i in self.index.get(key, ()))


def build_register(persons: Iterable[Person]) -> Register:
    """Index persons by every key of every name form (pure; used by the loader and tests)."""
    by_id: dict[str, Person] = {}
    index: dict[str, list[str]] = {}
    forenames: dict[str, int] = {}
    surnames: set[str] = set()
    for p in sorted(persons, key=lambda p: p.id):
        by_id[p.id] = p
        keys: set[str] = set()
        for pos, n in enumerate(p.names):
            keys |= name_keys(n)
            s = name_key(n.surname)
            if s:
                surnames.add(s)
            first = n.forename.split(maxsplit=1)[0] if n.forename and pos == 0 else ""
            if len(first) > 1 and not first.endswith("."):
                f = fold(first)
                forenames[f] = forenames.get(f, 0) + 1
        for f in p.forms:
            k = name_key(f)
            if k:
                keys.add(k)
        for k in keys:
            bucket = index.get(k)
            if bucket is None:
                index[k] = [p.id]
            else:
                bucket.append(p.id)
    return Register(
        persons=by_id,
        index={k: tuple(v) for k, v in index.items()},
        forenames=forenames,
        surnames=frozenset(surnames),
    )


def _year(value: str | None) -> int | None:
    if value and len(value) >= 4 and value[:4].isdigit():
        return int(value[:4])
    return None


def _text(el: etree._Element) -> str:
    t = el.text or ""
    if len(el):
        t = "".join(str(x) for x in el.itertext())
    return " ".join(t.split()) if ("  " in t or "\n" in t) else t.strip()


def person_from_xml(el: etree._Element) -> Person:
    """Read one TEI ``person`` element of the register (one pass over its children)."""
    pid = el.get(XML_ID) or ""
    names: list[Name] = []
    forms: list[str] = []
    occupations: list[Occupation] = []
    preferred = ""
    birth = death = None
    floruit: tuple[int, int] | None = None
    hsg: str | None = None
    for child in el:
        tag = child.tag
        if tag == _PERSNAME:
            sur = fore = None
            for part in child:
                if part.tag == _SURNAME:
                    sur = _text(part)
                elif part.tag == _FORENAME:
                    fore = _text(part)
            if sur is None and fore is None:
                form = _text(child)
                if form:
                    forms.append(form)
                continue
            n = Name(sur or "", fore or "", child.get("rend") == "surname-first")
            names.append(n)
            if child.get("type") == "preferred" and not preferred:
                preferred = n.shown
            forms.append(n.shown)
        elif tag == _OCCUPATION:
            occupations.append(Occupation(_text(child), _year(child.get("from")
                                                              or child.get("when")),
                                          _year(child.get("to"))))
        elif tag == _BIRTH:
            birth = _year(child.get("when"))
        elif tag == _DEATH:
            death = _year(child.get("when"))
        elif tag == _FLORUIT:
            a, b = _year(child.get("notBefore")), _year(child.get("notAfter"))
            if a is not None and b is not None:
                floruit = (a, b)
        elif tag == _IDNO and child.get("type") == "HSG":
            hsg = (child.text or "").strip() or None
    return Person(
        id=pid,
        preferred=preferred or (forms[0] if forms else pid),
        forms=tuple(dict.fromkeys(forms)),
        birth=birth,
        death=death,
        occupations=tuple(occupations),
        names=tuple(names),
        floruit=floruit,
        hsg=hsg,
        principal=el.get("role") == "principal",
    )


_PERSNAME, _SURNAME, _FORENAME = _T + "persName", _T + "surname", _T + "forename"
_OCCUPATION, _BIRTH, _DEATH = _T + "occupation", _T + "birth", _T + "death"
_FLORUIT, _IDNO = _T + "floruit", _T + "idno"


def load_register(path: Path | None = None) -> Register:
    """Load the register (default: the bundled ``tei/persons.xml``); once per batch."""
    p = path or resources.register_path()
    if not p.exists():
        raise RegisterError(
            "the register of persons is missing; build it with 'tei-coldwar register build'",
            file=str(p),
        )
    root = xmlsafe.parse_file(p).getroot()
    persons = [person_from_xml(el) for el in root.iter(_T + "person")]
    seen: set[str] = set()
    for el, person in zip(root.iter(_T + "person"), persons, strict=True):
        line = el.sourceline if isinstance(el.sourceline, int) else None
        if not person.id:
            raise RegisterError("a person has no xml:id", file=str(p), line=line)
        if person.id in seen:
            raise RegisterError(
                f"the id '{person.id}' is used by two persons", file=str(p), line=line
            )
        seen.add(person.id)
    return build_register(persons)
