"""Which attributes an element ends up with, and how to write them down.

An element inherits attributes from its attribute classes (and their superclasses), and
its own attList may add attributes or override or delete inherited ones. RELAX NG forbids
declaring an attribute twice, so the plan says which classes can be referenced whole and
which must be referenced attribute by attribute.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from lxml import etree

from .merge import merge_attdef
from .specs import T

if TYPE_CHECKING:
    from .resolve import Resolved


@dataclass(frozen=True)
class Attr:
    """One attribute an element ends up with, and where it comes from."""

    name: str
    spec: etree._Element  # the effective attDef
    origin: str  # attribute class ident, or "" when the element declares it itself


@dataclass(frozen=True)
class AttrPlan:
    """How an element's attributes are written: whole classes, single class attributes
    (when the element overrides part of a class), and its own attribute definitions."""

    class_refs: tuple[str, ...]
    class_attrs: tuple[tuple[str, str], ...]
    inherited: tuple[Attr, ...]
    inline: tuple[Attr, ...]
    choice: bool  # attList org="choice": exactly one of the element's own attributes

    @property
    def effective(self) -> tuple[Attr, ...]:
        return self.inherited + self.inline


def plan_attributes(r: Resolved, spec: etree._Element) -> AttrPlan:
    """Work out the attributes of an element (or of an attribute class).

    Whole classes are referenced where the element takes them unchanged; where it
    overrides or deletes one of a class's attributes (or two classes clash), the class is
    split into its single attributes so that no attribute is declared twice."""
    local: dict[str, etree._Element] = {}
    attlist = spec.find(f"{T}attList")
    choice = attlist is not None and attlist.get("org") == "choice"
    for ad in att_defs(spec):
        local[ad.get("ident", "")] = ad
    direct = [k for k in r.member_of(spec) if r.classes[k].get("type") == "atts"]
    visited: set[str] = set()
    emitted: set[str] = set()
    inherited: dict[str, Attr] = {}
    refs: list[str] = []
    singles: list[tuple[str, str]] = []
    from_classes: list[Attr] = []
    for d in direct:
        clo = r.att_closure(d)
        own = [(oc, ad) for c in clo for oc, ad in class_atts(r, r.classes[c], c)]
        names = [ad.get("ident", "") for _, ad in own]
        for c, ad in own:
            inherited.setdefault(ad.get("ident", ""), Attr(ad.get("ident", ""), ad, c))
        clash = set(names) & (set(local) | emitted)
        if not (set(clo) & visited) and not clash and len(names) == len(set(names)):
            refs.append(d)
            visited.update(clo)
            emitted.update(names)
            from_classes.extend(Attr(ad.get("ident", ""), ad, c) for c, ad in own)
            continue
        for c in clo:
            if c in visited:
                continue
            visited.add(c)
            for oc, ad in class_atts(r, r.classes[c], c):
                n = ad.get("ident", "")
                if n in local or n in emitted:
                    continue
                singles.append((oc, n))
                emitted.add(n)
                from_classes.append(Attr(n, ad, oc))
    # attRef: single attributes taken from a class the spec is not a member of
    for oc, ad in class_atts(r, spec, "", own_defs=False):
        n = ad.get("ident", "")
        if n not in local and n not in emitted:
            singles.append((oc, n))
            emitted.add(n)
            from_classes.append(Attr(n, ad, oc))
    inline: list[Attr] = []
    for name, ad in local.items():
        mode = ad.get("mode", "add")
        if mode == "delete":
            continue
        if mode == "change" and name in inherited:
            ad = merge_attdef(inherited[name].spec, ad)
        inline.append(Attr(name, ad, ""))
    return AttrPlan(tuple(refs), tuple(singles), tuple(from_classes), tuple(inline),
                    choice)


def class_atts(r: Resolved, spec: etree._Element, ident: str, *,
               own_defs: bool = True) -> list[tuple[str, etree._Element]]:
    """(defining class, attDef) of the attributes a class gives its members: its own
    attDefs and those it borrows one by one with attRef (TEI uses this to take
    att.typed's @subtype without its @type)."""
    out: list[tuple[str, etree._Element]] = []
    if own_defs:
        out = [(ident, ad) for ad in att_defs(spec) if ad.get("mode") != "delete"]
    attlist = spec.find(f"{T}attList")
    if attlist is None:
        return out
    for ref in attlist.iter(f"{T}attRef"):
        cls, name = ref.get("class", ""), ref.get("name", "")
        if cls in r.classes:
            found = [ad for ad in att_defs(r.classes[cls])
                     if ad.get("ident") == name and ad.get("mode") != "delete"]
            out.extend((cls, ad) for ad in found[:1])
    return out


def att_defs(spec: etree._Element) -> list[etree._Element]:
    attlist = spec.find(f"{T}attList")
    if attlist is None:
        return []
    return list(attlist.iter(f"{T}attDef"))
