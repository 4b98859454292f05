"""Extract the ISO Schematron rules of a resolved customization into one sch:schema.

RELAX NG cannot say "a persName's @ref must resolve" or "@when excludes @from"; an ODD
says so in constraintSpecs. Each constraintSpec becomes its own sch:pattern, because within
one pattern a node is only checked by the first rule whose context matches it: sharing a
pattern would silently switch rules off. Bare sch:assert/sch:report get a rule whose
context is the element (or attribute) the constraint is attached to.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from .resolve import ODD_ORIGIN, Resolved
from .specs import SCH_NS, TEI_NS, XML_NS, T

S = "{" + SCH_NS + "}"
SCHEMES = ("schematron", "isoschematron")
_KNOWN_PREFIXES = {TEI_NS: "tei", "http://www.tei-c.org/ns/Examples": "teix"}


@dataclass(frozen=True)
class Constraint:
    """A constraintSpec in place: whose it is, and the context of its bare assertions."""

    owner: str  # ident of the spec the constraint belongs to ("" for schemaSpec-level)
    ident: str
    spec: etree._Element
    context: str  # XPath for bare sch:assert/sch:report ("" when there is none)
    from_odd: bool


def constraints(r: Resolved, *, p5_constraints: bool = True) -> list[Constraint]:
    """Every Schematron constraintSpec that applies to the compiled schema, in order."""
    prefixes = _element_prefixes(r)
    out: list[Constraint] = []

    def name_of(ident: str) -> str:
        return f"{prefixes[r.element_ns(ident)]}:{r.element_name(ident)}"

    users = _att_class_users(r)
    for kind in ("elementSpec", "classSpec", "macroSpec", "dataSpec"):
        for ident, spec in r.specs[kind].items():
            if kind == "elementSpec":
                holders = [name_of(ident)]
            elif kind == "classSpec" and spec.get("type") == "atts":
                holders = [name_of(e) for e in users.get(ident, [])]
                if not holders:
                    continue  # no element carries the class, so its rules cannot fire
            elif kind == "classSpec":
                holders = [name_of(i) for k, i in r.model_members(ident) if k == "elementSpec"]
            else:
                holders = []
            for cs, att in _constraint_specs(spec):
                local = cs.get(ODD_ORIGIN) == "odd"
                if not (local or p5_constraints):
                    continue
                if att:
                    att_path = "@" + att
                    context = " | ".join(f"{h}/{att_path}" for h in holders)
                else:
                    context = " | ".join(holders)
                out.append(Constraint(ident, cs.get("ident", ""), cs, context, local))
    for cs in r.global_constraints:
        if cs.get("scheme") in SCHEMES and cs.get("mode") != "delete":
            out.append(Constraint("", cs.get("ident", ""), cs, "", True))
    return out


def _constraint_specs(spec: etree._Element) -> Iterator[tuple[etree._Element, str]]:
    for cs in spec.iterfind(f"{T}constraintSpec"):
        if cs.get("scheme") in SCHEMES and cs.get("mode") != "delete":
            yield cs, ""
    for ad in spec.iterfind(f"{T}attList//{T}attDef"):
        if ad.get("mode") == "delete":
            continue
        for cs in ad.iterfind(f"{T}constraintSpec"):
            if cs.get("scheme") in SCHEMES and cs.get("mode") != "delete":
                yield cs, ad.get("ident", "")


def _element_prefixes(r: Resolved) -> dict[str, str]:
    prefixes: dict[str, str] = {}
    for ns in sorted({r.element_ns(i) for i in r.elements} | {TEI_NS}):
        prefixes[ns] = _KNOWN_PREFIXES.get(ns, f"ns{len(prefixes) + 1}")
    return prefixes


def _att_class_users(r: Resolved) -> dict[str, list[str]]:
    users: dict[str, list[str]] = {}
    for ident, spec in r.elements.items():
        seen: set[str] = set()
        for d in r.member_of(spec):
            if r.classes[d].get("type") == "atts":
                seen.update(r.att_closure(d))
        for c in sorted(seen):
            users.setdefault(c, []).append(ident)
    return users


def _pattern_id(c: Constraint, taken: set[str], wanted: str = "") -> str:
    """A unique pattern id: the ODD's own if free, else one built from spec and constraint."""
    base = re.sub(r"[^A-Za-z0-9._-]", "_", "-".join(x for x in (c.owner, c.ident) if x))
    base = wanted or "constraint-" + (base or "schema")
    pid, n = base, 1
    while pid in taken:
        n += 1
        pid = f"{base}-{n}"
    taken.add(pid)
    return pid


def to_schematron(r: Resolved, *, p5_constraints: bool = True) -> bytes:
    """One ISO Schematron schema (query binding xslt2) with every constraint of *r*."""
    root = etree.Element(f"{S}schema", nsmap={"sch": SCH_NS})
    root.set("queryBinding", "xslt2")
    title = etree.SubElement(root, f"{S}title")
    title.text = f"Schematron constraints of the {r.ident} schema"
    found = constraints(r, p5_constraints=p5_constraints)
    ns: dict[str, str] = {pre: uri for uri, pre in _element_prefixes(r).items()}
    ns.setdefault("xml", XML_NS)
    for c in found:
        for decl in c.spec.iter(f"{S}ns"):
            ns.setdefault(decl.get("prefix", ""), decl.get("uri", ""))
    for prefix in ns:
        etree.SubElement(root, f"{S}ns", prefix=prefix, uri=ns[prefix])
    seen: set[bytes] = set()
    for c in found:
        for el in top_level(c):
            key = etree.tostring(el)
            if key not in seen:
                seen.add(key)
                root.append(el)
    taken: set[str] = set()
    for c in found:
        for pattern in _patterns(c, taken):
            root.append(pattern)
    top = {p: u for el in root.iter() if isinstance(el.tag, str)
           for p, u in el.nsmap.items() if p and u != SCH_NS}
    etree.cleanup_namespaces(root, top_nsmap={"sch": SCH_NS, **dict(sorted(top.items()))})
    etree.indent(root, space="  ")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def top_level(c: Constraint) -> list[etree._Element]:
    """Declarations that belong to the whole schema: foreign elements such as xsl:key
    (XSLT needs them at the top), and sch:let of a constraint that has nothing else."""
    body = c.spec.find(f"{T}constraint")
    if body is None:
        return []
    kids = [k for k in body if isinstance(k.tag, str)]
    foreign = [k for k in kids if etree.QName(k).namespace not in (SCH_NS, TEI_NS)]
    checks = [k for k in kids if k.tag in (f"{S}pattern", f"{S}rule", f"{S}assert",
                                          f"{S}report")]
    lets = [] if checks else [k for k in kids if k.tag == f"{S}let"]
    return [_clean(k) for k in (*lets, *foreign)]


def _patterns(c: Constraint, taken: set[str]) -> list[etree._Element]:
    body = c.spec.find(f"{T}constraint")
    if body is None:
        return []
    kids = [k for k in body if isinstance(k.tag, str) and k.tag.startswith(S)
            and k.tag != f"{S}ns"]
    if not kids:
        return []
    out: list[etree._Element] = []
    loose = [k for k in kids if k.tag in (f"{S}assert", f"{S}report")]
    lets = [k for k in kids if k.tag == f"{S}let"]
    rules = [k for k in kids if k.tag == f"{S}rule"]
    for p in (k for k in kids if k.tag == f"{S}pattern"):
        new = _clean(p)
        if not new.get("id") or new.get("id") in taken:
            new.set("id", _pattern_id(c, taken, new.get("id", "")))
        taken.add(new.get("id", ""))
        out.append(new)
    if rules or loose:
        pattern = etree.Element(f"{S}pattern", nsmap={"sch": SCH_NS})
        pattern.set("id", _pattern_id(c, taken))
        if rules:
            for let in lets:
                pattern.append(_clean(let))
            pattern.extend(_clean(r) for r in rules)
        if loose and c.context:
            rule = etree.SubElement(pattern, f"{S}rule", context=c.context)
            if not rules:
                rule.extend(_clean(let) for let in lets)
            rule.extend(_clean(a) for a in loose)
        if len(pattern):
            out.append(pattern)
    return out


def _clean(el: etree._Element) -> etree._Element:
    """A copy of a Schematron element without the ODD's own namespace declarations."""
    new = copy.deepcopy(el)
    for ns_decl in list(new.iter(f"{S}ns")):
        parent = ns_decl.getparent()
        if parent is not None:
            parent.remove(ns_decl)
    etree.cleanup_namespaces(new, top_nsmap={"sch": SCH_NS})
    return new
