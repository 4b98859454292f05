"""Build the register of persons (``tei/persons.xml``) from the authorities and curated facts.

Inputs: the Office of the Historian's ``hsg-people.xml`` (names, variants, life years, the FRUS
volumes a person appears in), the POCOM files (who held which State Department post or
ambassadorship when), and ``data/principals.tsv`` — principal Cold War actors of every side,
which the U.S. authorities barely cover. Output is deterministic: persons sorted by id, ids
derived from names, collisions resolved by a numeric suffix in the order of the authority ids.
"""

from __future__ import annotations

import csv
import os
import re
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from lxml import etree

from . import xmlsafe
from .annotate.persons_lexicon import DEMONYMS, EAST_ASIAN_SURNAMES, ORG_HEADS, PLACES, TITLES
from .register import (
    TEI_NS,
    XML_ID,
    Name,
    Occupation,
    Person,
    RegisterError,
    fold,
    name_key,
)

DATA_DIR = Path(__file__).resolve().parent / "data"
PRINCIPALS = DATA_DIR / "principals.tsv"

#: Persons the register keeps: plausibly active in the Cold War.
ACTIVE_FROM, ACTIVE_TO = 1940, 1995

_TITLES = frozenset(
    "mr mrs ms miss dr col gen adm lt capt maj sir lord lady madame mme mlle m herr frau "
    "sen rep gov amb prof rev msgr fr hon st brig cdr comdr sgt ambassador general colonel "
    "admiral president king queen prince princess sheikh shaikh emir marshal".split()
)
_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())


@dataclass
class Draft:
    """A person while the builder merges sources (mutable only inside this module)."""

    key: str  # sort key / origin ("hsg:100001", "cur:khrushchev-nikita", "pocom:...")
    id: str
    names: list[tuple[Name, bool]] = field(default_factory=list)  # (name, surname-first)
    forms: list[str] = field(default_factory=list)
    birth: int | None = None
    death: int | None = None
    occupations: list[Occupation] = field(default_factory=list)
    floruit: tuple[int, int] | None = None
    hsg: str | None = None
    principal: bool = False


def slug(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    return s or "person"


def parse_name(raw: str) -> tuple[Name, bool] | None:
    """Split an authority's name string into surname and forenames.

    "Khrushchev, Nikita Sergeyevich" → western order; "Cai Weiping" (no comma, a common East
    Asian surname first: the Office of the Historian's form for such names) → surname first;
    other names without a comma ("Nikita Khrushchev") → the last word is the surname. Titles
    and "Jr." are dropped; a form whose surname is a title or a place is not a name.
    """
    raw = re.sub(r"\([^)]*\)", " ", raw)
    raw = " ".join(raw.split()).strip(" ,;")
    if not raw or raw.isdigit():
        return None
    if "," in raw:
        sur, _, rest = raw.partition(",")
        sur_toks = [t for t in sur.split() if fold(t).rstrip(".") not in _TITLES]
        toks = [t for t in rest.replace(",", " ").split() if not _is_title(t)]
    else:
        words = [t for t in raw.split() if not _is_title(t)]
        if not words:
            return None
        if fold(words[0]) in EAST_ASIAN_SURNAMES and len(words) > 1:
            sur_toks, toks = [words[0]], words[1:]
            return _checked(Name(" ".join(sur_toks), " ".join(toks)), True)
        k = len(words) - 1
        while k > 0 and fold(words[k - 1]) in PARTICLES_LOWER:
            k -= 1
        sur_toks, toks = words[k:], words[:k]
    if not sur_toks:
        return None
    return _checked(Name(" ".join(sur_toks), " ".join(toks)), False)


PARTICLES_LOWER = frozenset("de del della der di da van von la le bin ibn al el".split())


def _is_title(tok: str) -> bool:
    t = fold(tok).rstrip(".")
    return t in _TITLES or t in _SUFFIXES or t in TITLES


_NOT_SURNAMES = PLACES | DEMONYMS | ORG_HEADS | frozenset(
    "prime minister president secretary ambassador chairman premier vice acting deputy "
    "assistant under foreign state general".split())


def _checked(name: Name, first: bool) -> tuple[Name, bool] | None:
    bad = _NOT_SURNAMES
    if any(fold(t).strip(".") in bad for t in name.surname.replace("-", " ").split()):
        return None
    return name, first


def _int(text: str | None) -> int | None:
    text = (text or "").strip()
    return int(text[:4]) if len(text) >= 4 and text[:4].isdigit() else None


_FRUS = re.compile(r"frus(\d{4})(?:-(\d{2,4}))?")


def _volume_years(urls: Iterable[str]) -> list[tuple[int, int]]:
    out = []
    for u in urls:
        m = _FRUS.search(u)
        if not m:
            continue
        a = int(m.group(1))
        b = m.group(2)
        end = int(b) if b and len(b) == 4 else (a // 100 * 100 + int(b) if b else a)
        out.append((a, end if end >= a else a))
    return out


def active(birth: int | None, death: int | None, span: tuple[int, int] | None) -> bool:
    """Whether a person plausibly acted in the Cold War (the register's scope)."""
    if death is not None and death < ACTIVE_FROM:
        return False
    if birth is not None and birth > 1975:
        return False
    return not (span is not None and (span[1] < ACTIVE_FROM or span[0] > ACTIVE_TO))


def read_hsg(path: Path) -> Iterator[Draft]:
    root = xmlsafe.parse_file(path).getroot()
    for p in root.iter("person"):
        hid = (p.findtext("id") or "").strip()
        names: list[tuple[Name, bool]] = []
        pref = p.find("names/preferred/name")
        raws = [pref.text or ""] if pref is not None else []
        raws += [n.text or "" for n in p.findall("names/alternates/name")]
        raws += [n.text or "" for n in p.findall("names/originals/original/name")]
        for raw in raws:
            for part in [raw, *re.findall(r"\(([^)]*)\)", raw)]:
                parsed = parse_name(part)
                if parsed and parsed not in names:
                    names.append(parsed)
        if not names or not hid:
            continue
        urls = [u.text or "" for u in p.iter("source-url")]
        vols = _volume_years(urls)
        span = (min(a for a, _ in vols), max(b for _, b in vols)) if vols else None
        birth, death = _int(p.findtext("birth-year")), _int(p.findtext("death-year"))
        if not active(birth, death, span):
            continue
        pocom = ""
        for u in urls:
            m = re.search(r"departmenthistory/people/([a-z0-9-]+)", u)
            if m:
                pocom = m.group(1)
        first = names[0][0]
        d = Draft(key=f"hsg:{int(hid):09d}" if hid.isdigit() else f"hsg:{hid}",
                  id=slug(f"{first.surname} {first.forename}"), names=names,
                  birth=birth, death=death, floruit=span, hsg=hid)
        if pocom:
            d.forms.append("pocom:" + pocom)  # resolved (and removed) by merge_pocom
        yield d


@dataclass(frozen=True)
class Pocom:
    persons: dict[str, tuple[Name, int | None, int | None, tuple[str, ...]]]
    offices: dict[str, list[Occupation]]


def _date_year(el: etree._Element | None, tag: str) -> int | None:
    if el is None:
        return None
    return _int(el.findtext(f"{tag}/date"))


def read_pocom(folder: Path) -> Pocom:
    persons: dict[str, tuple[Name, int | None, int | None, tuple[str, ...]]] = {}
    offices: dict[str, list[Occupation]] = {}
    people = folder / "pocom-people.xml"
    if people.exists():
        for p in xmlsafe.parse_file(people).getroot().iter("person"):
            pid = (p.findtext("id") or "").strip()
            sur = " ".join((p.findtext("persName/surname") or "").split())
            fore = " ".join((p.findtext("persName/forename") or "").split())
            alts = tuple(" ".join((a.text or "").split()) for a in p.findall("persName/altname"))
            if pid and sur:
                persons[pid] = (Name(sur, fore), _int(p.findtext("birth")),
                                _int(p.findtext("death")), alts)
    titles: dict[str, str] = {}
    for fname in ("pocom-roles-country-chiefs.xml", "pocom-positions-principals.xml",
                  "pocom-missions-orgs.xml"):
        f = folder / fname
        if not f.exists():
            continue
        root = xmlsafe.parse_file(f).getroot()
        for el in root:
            rid = (el.findtext("id") or "").strip()
            title = " ".join((el.findtext("names/singular") or "").split())
            if rid and title:
                titles[rid] = title
        for holder in root.iter("principal", "chief"):
            _add_office(offices, holder, titles, "")
    countries = folder / "pocom-missions-countries.xml"
    if countries.exists():
        for mission in xmlsafe.parse_file(countries).getroot().iter("country-mission"):
            terr = (mission.findtext("territory-id") or "").replace("-", " ").title()
            for chief in mission.iter("chief"):
                _add_office(offices, chief, titles, terr)
    return Pocom(persons, offices)


def _add_office(offices: dict[str, list[Occupation]], holder: etree._Element,
                titles: dict[str, str], territory: str) -> None:
    pid = (holder.findtext("person-id") or "").strip()
    role = (holder.findtext("role-title-id") or "").strip()
    label = titles.get(role, role.replace("-", " ").title())
    if territory:
        label = f"{label} to {territory}"
    start = _date_year(holder, "started") or _date_year(holder, "appointed")
    end = _date_year(holder, "ended")
    if pid and label and (start is None or start <= ACTIVE_TO) and (end is None or end >= 1930):
        offices.setdefault(pid, []).append(Occupation(label, start, end))


_OCC = re.compile(r"^(.*?)\s*\((\d{4})?\s*[-–]?\s*(\d{4})?\)\s*$")


def parse_occupation(text: str) -> Occupation:
    """ "First Secretary of the CPSU (1953-1964)" → Occupation; "(1953-)" = still holding."""
    m = _OCC.match(text.strip())
    if not m:
        return Occupation(text.strip())
    start = int(m.group(2)) if m.group(2) else None
    end = int(m.group(3)) if m.group(3) else None
    if start is not None and end is None and "-" not in text and "–" not in text:
        end = start
    return Occupation(m.group(1).strip(), start, end)


def read_principals(path: Path = PRINCIPALS) -> list[Draft]:
    """The curated principals: id, surname, forename, variants, birth, death, offices, flags.

    Variants: ``Surname, Forename`` (structured), one word (another spelling of the surname,
    combined with the forenames), or any other free form ("N.S. Khrushchev", "Tito").
    """
    drafts: list[Draft] = []
    with path.open(encoding="utf-8", newline="") as fh:
        rows = csv.reader((ln for ln in fh if ln.strip() and not ln.startswith("#")),
                          delimiter="\t")
        for line_no, row in enumerate(rows, 1):
            row = [c.strip() for c in row] + [""] * (8 - len(row))
            pid, sur, fore, variants, birth, death, occs, flags = row[:8]
            if not pid or not sur:
                raise RegisterError(f"row {line_no} has no id or surname", file=str(path))
            eastern = "e" in flags
            d = Draft(key=f"cur:{pid}", id=pid, names=[(Name(sur, fore), eastern)],
                      birth=_int(birth), death=_int(death), principal=True)
            for v in (x.strip() for x in variants.split(";")):
                if not v:
                    continue
                if "," in v:
                    s, _, f = v.partition(",")
                    d.names.append((Name(s.strip(), f.strip()), eastern))
                elif " " not in v and "." not in v:
                    d.names.append((Name(v, fore), eastern))
                else:
                    d.forms.append(v)
            d.occupations = [parse_occupation(o) for o in occs.split(";") if o.strip()]
            drafts.append(d)
    return drafts


def _match_key(name: Name) -> tuple[str, str]:
    first = name.forename.split()[0] if name.forename.split() else ""
    return name_key(name.surname), name_key(first)


def _compatible(a: Draft, b: Draft) -> bool:
    for x, y in ((a.birth, b.birth), (a.death, b.death)):
        if x is not None and y is not None and abs(x - y) > 1:
            return False
    return True


def merge(hsg: Sequence[Draft], pocom: Pocom, curated: Sequence[Draft]) -> list[Draft]:
    """Merge the sources into one draft per person and give every draft a unique id."""
    used_pocom: set[str] = set()
    for d in hsg:
        refs = [f for f in d.forms if f.startswith("pocom:")]
        d.forms = [f for f in d.forms if not f.startswith("pocom:")]
        for r in refs:
            pid = r[6:]
            if pid in pocom.persons:
                used_pocom.add(pid)
                name, b, de, alts = pocom.persons[pid]
                if (name, False) not in d.names:
                    d.names.append((name, False))
                d.forms.extend(alts)
                d.birth = d.birth or b
                d.death = d.death or de
            d.occupations.extend(pocom.offices.get(pid, []))
    drafts = list(hsg)
    for pid in sorted(set(pocom.persons) - used_pocom):
        name, b, de, alts = pocom.persons[pid]
        offs = pocom.offices.get(pid, [])
        starts = [o.start for o in offs if o.start] + [o.end for o in offs if o.end]
        span = (min(starts), max(starts)) if starts else None
        if not active(b, de, span) or (b is None and de is None and span is None):
            continue
        drafts.append(Draft(key=f"pocom:{pid}", id=pid, names=[(name, False)], forms=list(alts),
                            birth=b, death=de, occupations=list(offs), floruit=span))
    # Curated principals absorb the authority entry of the same person.
    by_key: dict[tuple[str, str], list[Draft]] = {}
    for d in drafts:
        for n, _ in d.names:
            by_key.setdefault(_match_key(n), []).append(d)
    absorbed: set[int] = set()
    for c in curated:
        cands: list[Draft] = []
        for n, _ in c.names:
            for d in by_key.get(_match_key(n), []):
                if id(d) not in absorbed and d not in cands and _compatible(c, d):
                    cands.append(d)
        if cands:
            # the best-documented authority entry (most name forms) is the same person
            best = max(cands, key=lambda d: (d.birth is not None, len(d.names), d.key))
            absorbed.add(id(best))
            for named in best.names:
                if named not in c.names:
                    c.names.append((named[0], named[1] or c.names[0][1]))
            c.forms.extend(best.forms)
            c.birth = c.birth or best.birth
            c.death = c.death or best.death
            c.occupations.extend(o for o in best.occupations if o not in c.occupations)
            c.floruit = best.floruit
            c.hsg = best.hsg
    result = [d for d in drafts if id(d) not in absorbed] + list(curated)
    return assign_ids(result)


def assign_ids(drafts: list[Draft]) -> list[Draft]:
    """Unique ids: curated ids first, then authority ids in order, "-2", "-3" on collision."""
    taken: set[str] = set()
    out: list[Draft] = []
    for d in sorted(drafts, key=lambda d: (not d.key.startswith("cur:"), d.key)):
        base = d.id or "person"
        new = base
        i = 2
        while new in taken:
            new = f"{base}-{i}"
            i += 1
        taken.add(new)
        out.append(replace(d, id=new) if new != d.id else d)
    return sorted(out, key=lambda d: d.id)


def _el(parent: etree._Element, tag: str, text: str | None = None,
        **attrs: str) -> etree._Element:
    el = etree.SubElement(parent, "{" + TEI_NS + "}" + tag)
    for k, v in attrs.items():
        el.set(k, v)
    if text is not None:
        el.text = text
    return el


def _header(tei: etree._Element, count: int) -> None:
    header = _el(tei, "teiHeader")
    fd = _el(header, "fileDesc")
    _el(_el(fd, "titleStmt"), "title", "Register of persons")
    _el(_el(fd, "publicationStmt"), "p",
        "Generated by tei_coldwar from the Office of the Historian's person data "
        "(U.S. Department of State, public domain) and a curated list of principal actors.")
    _el(_el(fd, "sourceDesc"), "p", f"{count} persons.")


def person_element(parent: etree._Element, d: Draft | Person) -> etree._Element:
    """One ``person`` element; accepts a builder draft or a loaded Person."""
    el = _el(parent, "person")
    el.set(XML_ID, d.id)
    if d.principal:
        el.set("role", "principal")
    if isinstance(d, Draft):
        named = d.names
    else:
        named = [(n, n.surname_first) for n in d.names]
    seen: set[Name] = set()
    for i, (n, first) in enumerate(named):
        if n in seen:
            continue
        seen.add(n)
        pn = _el(el, "persName", type="preferred" if i == 0 else "variant")
        if first or n.surname_first:
            pn.set("rend", "surname-first")
        _el(pn, "surname", n.surname)
        if n.forename:
            _el(pn, "forename", n.forename)
    shown = {Name(n.surname, n.forename, first or n.surname_first).shown for n, first in named}
    free = d.forms if isinstance(d, Draft) else [f for f in d.forms if f not in shown]
    for f in dict.fromkeys(free):
        if f and f not in shown:
            _el(el, "persName", f, type="variant")
    if d.birth is not None:
        _el(el, "birth", when=f"{d.birth:04d}")
    if d.death is not None:
        _el(el, "death", when=f"{d.death:04d}")
    if d.floruit is not None:
        _el(el, "floruit", notBefore=f"{d.floruit[0]:04d}", notAfter=f"{d.floruit[1]:04d}")
    for o in dict.fromkeys(d.occupations):
        attrs = {}
        if o.start is not None:
            attrs["from"] = f"{o.start:04d}"
        if o.end is not None:
            attrs["to"] = f"{o.end:04d}"
        if o.start is not None and o.end is not None and o.end < o.start:
            attrs["to"] = attrs["from"]
        _el(el, "occupation", o.label, **attrs)
    if d.hsg:
        _el(el, "idno", d.hsg, type="HSG")
    return el


def register_tree(persons: Sequence[Draft | Person]) -> etree._ElementTree:
    tei = etree.Element("{" + TEI_NS + "}TEI", nsmap={None: TEI_NS})  # type: ignore[dict-item]
    _header(tei, len(persons))
    lp = _el(_el(_el(tei, "text"), "body"), "listPerson")
    for d in sorted(persons, key=lambda d: d.id):
        person_element(lp, d)
    return etree.ElementTree(tei)


def write_register(tree: etree._ElementTree, out: Path) -> None:
    """Write atomically: a reader never sees a half-written register."""
    data = etree.tostring(tree, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".persons-", suffix=".xml", dir=out.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def build(authorities: Path, principals: Path = PRINCIPALS) -> list[Draft]:
    """All persons of the register, merged and with unique ids (pure apart from reading)."""
    hsg_file = authorities / "hsg-people.xml"
    if not hsg_file.exists():
        raise RegisterError("the authorities folder has no hsg-people.xml", file=str(authorities))
    hsg = list(read_hsg(hsg_file))
    pocom = read_pocom(authorities)
    curated = read_principals(principals) if principals.exists() else []
    return merge(hsg, pocom, curated)
