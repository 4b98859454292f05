"""Resolve a schemaSpec into the final set of specifications it describes.

This is the ODD "odd2odd" step: pick the TEI specs the customization selects (moduleRef,
elementRef, classRef, macroRef, dataRef, specGrpRef), then apply the customization's own
specs in document order with their modes (add, replace, change, delete). The result is a
plain mapping of final specs that the RELAX NG, Schematron and reference writers read;
none of them needs to know about modes any more.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from lxml import etree

from ..errors import SchemaError
from ..xmlsafe import parse_file
from .specs import SCH_NS, SPEC_KINDS, TEI_NS, XML_NS, P5Index, T

SCH = "{" + SCH_NS + "}"
XML_ID = "{" + XML_NS + "}id"
XML_LANG = "{" + XML_NS + "}lang"
REF_KINDS = {"elementRef": "elementSpec", "classRef": "classSpec", "macroRef": "macroSpec",
             "dataRef": "dataSpec"}
# Children of a spec that a mode="change" replaces wholesale (per language for prose).
_REPLACED = {"content", "desc", "gloss", "remarks", "altIdent", "equiv", "datatype",
             "defaultVal", "valList", "model", "modelSequence", "modelGrp"}


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
    inline: tuple[Attr, ...]
    choice: bool  # attList org="choice": exactly one of the element's own attributes

    @property
    def effective(self) -> tuple[Attr, ...]:
        return tuple(a for a in self._expanded())

    def _expanded(self) -> Iterator[Attr]:
        yield from self._from_classes
        yield from self.inline

    _from_classes: tuple[Attr, ...] = field(default=(), repr=False)


@dataclass(frozen=True)
class Resolved:
    """The customization after selection and modification: final specs by kind."""

    ident: str
    prefix: str
    ns: str
    start: tuple[str, ...]
    specs: Mapping[str, Mapping[str, etree._Element]]  # kind -> ident -> final spec
    from_odd: frozenset[tuple[str, str]]  # (kind, ident) the ODD added, replaced or changed
    global_constraints: tuple[etree._Element, ...]
    odd_path: str
    p5_version: str

    @property
    def elements(self) -> Mapping[str, etree._Element]:
        return self.specs["elementSpec"]

    @property
    def classes(self) -> Mapping[str, etree._Element]:
        return self.specs["classSpec"]

    def att_classes(self) -> list[str]:
        return [k for k, v in self.classes.items() if v.get("type") == "atts"]

    def model_classes(self) -> list[str]:
        return [k for k, v in self.classes.items() if v.get("type") == "model"]

    def member_of(self, spec: etree._Element) -> list[str]:
        """Class keys a spec is a member of (only classes that exist in the schema)."""
        return [
            m.get("key", "")
            for m in spec.iterfind(f"{T}classes/{T}memberOf")
            if m.get("key", "") in self.classes and m.get("mode") != "delete"
        ]

    def att_closure(self, cls: str) -> list[str]:
        """An attribute class and every class it inherits attributes from, depth first."""
        out: list[str] = []
        todo = [cls]
        while todo:
            c = todo.pop(0)
            if c in out or c not in self.classes:
                continue
            out.append(c)
            todo[0:0] = [k for k in self.member_of(self.classes[c])
                         if self.classes[k].get("type") == "atts"]
        return out

    def element_name(self, ident: str) -> str:
        """The element's name in documents (altIdent renames it), not its pattern name."""
        spec = self.elements[ident]
        alt = spec.find(f"{T}altIdent")
        return (alt.text or "").strip() if alt is not None and alt.text else ident

    def element_ns(self, ident: str) -> str:
        return self.elements[ident].get("ns") or self.ns

    def attr_plan(self, spec: etree._Element) -> AttrPlan:
        """Work out the attributes of an element (or attDefs of any spec with an attList)."""
        local: dict[str, etree._Element] = {}
        attlist = spec.find(f"{T}attList")
        choice = attlist is not None and attlist.get("org") == "choice"
        for ad in _att_defs(spec):
            local[ad.get("ident", "")] = ad
        direct = [k for k in self.member_of(spec) if self.classes[k].get("type") == "atts"]
        visited: set[str] = set()
        emitted: set[str] = set()
        inherited: dict[str, Attr] = {}
        refs: list[str] = []
        singles: list[tuple[str, str]] = []
        from_classes: list[Attr] = []
        for d in direct:
            clo = self.att_closure(d)
            own = [(c, ad) for c in clo for ad in _att_defs(self.classes[c])
                   if ad.get("mode") != "delete"]
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
                for ad in _att_defs(self.classes[c]):
                    n = ad.get("ident", "")
                    if ad.get("mode") == "delete" or n in local or n in emitted:
                        continue
                    singles.append((c, n))
                    emitted.add(n)
                    from_classes.append(Attr(n, ad, c))
        inline: list[Attr] = []
        for name, ad in local.items():
            mode = ad.get("mode", "add")
            if mode == "delete":
                continue
            if mode == "change" and name in inherited:
                ad = merge_attdef(inherited[name].spec, ad)
            inline.append(Attr(name, ad, ""))
        return AttrPlan(tuple(refs), tuple(singles), tuple(inline), choice,
                        _from_classes=tuple(from_classes))

    def model_members(self, cls: str) -> list[tuple[str, str]]:
        """(kind, ident) of the elements and model classes that are members of *cls*."""
        out: list[tuple[str, str]] = []
        for kind in ("elementSpec", "classSpec"):
            for ident, spec in self.specs[kind].items():
                if kind == "classSpec" and spec.get("type") != "model":
                    continue
                if cls in self.member_of(spec):
                    out.append((kind, ident))
        return sorted(out, key=lambda m: (m[1], m[0]))


def _att_defs(spec: etree._Element) -> list[etree._Element]:
    attlist = spec.find(f"{T}attList")
    if attlist is None:
        return []
    return list(attlist.iter(f"{T}attDef"))


def resolve(odd: Path, index: P5Index) -> Resolved:
    """Read the ODD at *odd* and resolve its (first) schemaSpec against *index*."""
    root = parse_file(odd).getroot()
    schema = next(root.iter(f"{T}schemaSpec"), None)
    if schema is None:
        raise SchemaError("the ODD has no schemaSpec, so there is no schema to compile",
                          file=str(odd))
    groups = {g.get(XML_ID, ""): g for g in root.iter(f"{T}specGrp")}
    selected: dict[str, dict[str, etree._Element]] = {k: {} for k in SPEC_KINDS}
    customs: list[etree._Element] = []
    global_constraints: list[etree._Element] = []
    for item in _schema_items(schema, groups, str(odd)):
        name = etree.QName(item).localname
        if name == "moduleRef":
            _select_module(item, index, selected, str(odd))
        elif name in REF_KINDS:
            kind = REF_KINDS[name]
            key = item.get("key", "")
            spec = index.get(kind, key)
            if spec is None:
                raise SchemaError(f"the schema refers to {key!r}, which TEI P5 does not define",
                                  file=str(odd), line=item.sourceline)
            selected[kind].setdefault(key, spec)
        elif name in SPEC_KINDS:
            customs.append(item)
        elif name == "constraintSpec":
            global_constraints.append(item)
    from_odd: set[tuple[str, str]] = set()
    deleted: set[tuple[str, str]] = set()
    for spec in customs:
        kind = etree.QName(spec).localname
        ident = spec.get("ident", "")
        mode = spec.get("mode", "add")
        if mode == "delete":
            selected[kind].pop(ident, None)
            deleted.add((kind, ident))
            continue
        if mode == "change":
            base = selected[kind].get(ident)
            if base is None:
                continue  # a change to something the schema does not include changes nothing
            selected[kind][ident] = merge_spec(base, spec)
        else:
            selected[kind][ident] = spec
        deleted.discard((kind, ident))
        from_odd.add((kind, ident))
    _pull_dependencies(selected, index, deleted)
    start = tuple(schema.get("start", "TEI").split())
    return Resolved(
        ident=schema.get("ident", "schema"),
        prefix=schema.get("prefix", ""),
        ns=schema.get("ns", TEI_NS),
        start=start,
        specs=MappingProxyType({k: MappingProxyType(dict(sorted(v.items())))
                                for k, v in selected.items()}),
        from_odd=frozenset(from_odd),
        global_constraints=tuple(global_constraints),
        odd_path=str(odd),
        p5_version=index.version,
    )


def _schema_items(schema: etree._Element, groups: Mapping[str, etree._Element],
                  odd: str, depth: int = 0) -> Iterator[etree._Element]:
    if depth > 20:
        raise SchemaError("specGrpRef references loop back on themselves", file=odd)
    for child in schema:
        if not isinstance(child.tag, str) or etree.QName(child).namespace != TEI_NS:
            continue
        name = etree.QName(child).localname
        if name == "specGrpRef":
            target = child.get("target", "").lstrip("#")
            if target not in groups:
                raise SchemaError(f"specGrpRef points to #{target}, which the ODD lacks",
                                  file=odd, line=child.sourceline)
            yield from _schema_items(groups[target], groups, odd, depth + 1)
        elif name == "specGrp":
            yield from _schema_items(child, groups, odd, depth + 1)
        else:
            yield child


def _select_module(ref: etree._Element, index: P5Index,
                   selected: dict[str, dict[str, etree._Element]], odd: str) -> None:
    key = ref.get("key")
    if key is None:
        raise SchemaError(
            "moduleRef without @key (an external schema via @url) is not supported; "
            "describe the elements in the ODD instead", file=odd, line=ref.sourceline)
    if key not in index.modules:
        raise SchemaError(f"moduleRef names the module {key!r}, which TEI P5 does not have",
                          file=odd, line=ref.sourceline)
    include = set(ref.get("include", "").split())
    exclude = set(ref.get("except", "").split())
    for kind, ident in index.modules[key]:
        if kind == "elementSpec" and ((include and ident not in include) or ident in exclude):
            continue
        spec = index.get(kind, ident)
        if spec is not None:
            selected[kind].setdefault(ident, spec)


def _pull_dependencies(selected: dict[str, dict[str, etree._Element]], index: P5Index,
                       deleted: set[tuple[str, str]]) -> None:
    """Datatypes and macros are plumbing: bring in every one the selected specs use."""
    todo = [s for kind in SPEC_KINDS for s in selected[kind].values()]
    while todo:
        spec = todo.pop()
        for ref in spec.iter(f"{T}dataRef", f"{T}macroRef"):
            kind = "dataSpec" if etree.QName(ref).localname == "dataRef" else "macroSpec"
            key = ref.get("key")
            if not key or key in selected[kind] or (kind, key) in deleted:
                continue
            found = index.get(kind, key)
            if found is not None:
                selected[kind][key] = found
                todo.append(found)


def _same_slot(a: etree._Element, b: etree._Element) -> bool:
    return a.tag == b.tag and a.get(XML_LANG) == b.get(XML_LANG)


def merge_spec(base: etree._Element, change: etree._Element) -> etree._Element:
    """Apply a mode="change" spec to a copy of *base*."""
    new = copy.deepcopy(base)
    for k, v in change.attrib.items():
        if k != "mode":
            new.set(k, v)
    for child in change:
        if not isinstance(child.tag, str) or etree.QName(child).namespace != TEI_NS:
            continue
        name = etree.QName(child).localname
        if name == "classes":
            _merge_classes(new, child)
        elif name == "attList":
            _merge_attlist(new, child)
        elif name == "constraintSpec":
            _merge_identified(new, child)
        elif name in _REPLACED:
            for old in [c for c in new if _same_slot(c, child)]:
                new.remove(old)
            new.append(copy.deepcopy(child))
    return new


def _merge_classes(new: etree._Element, change: etree._Element) -> None:
    classes = new.find(f"{T}classes")
    if classes is None or change.get("mode") == "replace":
        if classes is not None:
            new.remove(classes)
        new.append(copy.deepcopy(change))
        return
    have = {m.get("key"): m for m in classes.iterfind(f"{T}memberOf")}
    for m in change.iterfind(f"{T}memberOf"):
        key = m.get("key")
        if m.get("mode") == "delete":
            if key in have:
                classes.remove(have[key])
        elif key not in have:
            classes.append(copy.deepcopy(m))


def _merge_identified(new: etree._Element, change: etree._Element) -> None:
    """constraintSpec by ident: delete, replace/add, or change (treated as replace)."""
    ident = change.get("ident")
    for old in [c for c in new if c.tag == change.tag and c.get("ident") == ident]:
        new.remove(old)
    if change.get("mode") != "delete":
        new.append(copy.deepcopy(change))


def _merge_attlist(new: etree._Element, change: etree._Element) -> None:
    attlist = new.find(f"{T}attList")
    if attlist is None:
        attlist = etree.SubElement(new, f"{T}attList")
    if change.get("org"):
        attlist.set("org", change.get("org", ""))
    have = {a.get("ident"): a for a in attlist.iter(f"{T}attDef")}
    for ad in change.iter(f"{T}attDef"):
        ident = ad.get("ident")
        mode = ad.get("mode", "add")
        old = have.get(ident)
        if old is not None and old.get("mode", "add") not in ("change", "delete"):
            parent = old.getparent()
            assert parent is not None
            if mode == "delete":
                parent.remove(old)
            elif mode == "change":
                parent.replace(old, merge_attdef(old, ad))
            else:
                parent.replace(old, _without_mode(ad))
        elif old is not None:
            # the base already overrides an inherited attribute: combine the overrides
            parent = old.getparent()
            assert parent is not None
            if mode == "change":
                merged = merge_attdef(old, ad)
                merged.set("mode", old.get("mode", "change"))
                parent.replace(old, merged)
            else:
                parent.replace(old, copy.deepcopy(ad))
        else:
            # a new attribute, or an override of one the spec inherits from a class
            attlist.append(copy.deepcopy(ad))


def _without_mode(el: etree._Element) -> etree._Element:
    new = copy.deepcopy(el)
    new.attrib.pop("mode", None)
    return new


def merge_attdef(base: etree._Element, change: etree._Element) -> etree._Element:
    """Apply an attDef mode="change" to a copy of *base* (children replace, valLists merge)."""
    new = copy.deepcopy(base)
    for k, v in change.attrib.items():
        if k != "mode":
            new.set(k, v)
    new.attrib.pop("mode", None)
    for child in change:
        if not isinstance(child.tag, str):
            continue
        if child.tag == f"{T}valList":
            _merge_vallist(new, child)
            continue
        for old in [c for c in new if _same_slot(c, child)]:
            new.remove(old)
        new.append(copy.deepcopy(child))
    return new


def _merge_vallist(attdef: etree._Element, change: etree._Element) -> None:
    old = attdef.find(f"{T}valList")
    mode = change.get("mode", "replace")
    if mode == "delete":
        if old is not None:
            attdef.remove(old)
        return
    if old is None or mode in ("replace", "add"):
        if old is not None:
            attdef.remove(old)
        attdef.append(_without_mode(change))
        return
    if change.get("type"):
        old.set("type", change.get("type", ""))
    items = {v.get("ident"): v for v in old.iterfind(f"{T}valItem")}
    for item in change.iterfind(f"{T}valItem"):
        ident = item.get("ident")
        if item.get("mode") == "delete":
            if ident in items:
                old.remove(items[ident])
        elif ident in items:
            old.replace(items[ident], _without_mode(item))
        else:
            old.append(_without_mode(item))
