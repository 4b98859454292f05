"""Resolve a schemaSpec into the final set of specifications it describes.

This is the ODD "odd2odd" step: pick the TEI specs the customization selects (moduleRef,
elementRef, classRef, macroRef, dataRef, specGrpRef), then apply the customization's own
specs in document order with their modes (add, replace, change, delete). The result is a
plain mapping of final specs that the RELAX NG, Schematron and reference writers read;
none of them needs to know about modes any more.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from types import MappingProxyType

from lxml import etree

from ..errors import SchemaError
from ..xmlsafe import parse_file
from .attributes import AttrPlan, plan_attributes
from .merge import merge_spec
from .specs import SPEC_KINDS, TEI_NS, XML_NS, P5Index, T

XML_ID = "{" + XML_NS + "}id"
# Marks the constraintSpecs and prose written in the ODD (as opposed to TEI P5's own) on the parsed
# ODD tree, which this compilation owns; merged copies keep the mark.
ODD_ORIGIN = "{urn:x-tei-coldwar}origin"
_MARKED = ("constraintSpec", "desc", "gloss", "remarks")
REF_KINDS = {"elementRef": "elementSpec", "classRef": "classSpec", "macroRef": "macroSpec",
             "dataRef": "dataSpec"}


@dataclass(frozen=True)
class Resolved:
    """The customization after selection and modification: final specs by kind."""

    ident: str
    prefix: str
    ns: str
    start: tuple[str, ...]
    specs: Mapping[str, Mapping[str, etree._Element]]  # kind -> ident -> final spec
    from_odd: frozenset[tuple[str, str]]  # (kind, ident) the ODD added, replaced or changed
    new: frozenset[tuple[str, str]]  # (kind, ident) the ODD defines that TEI P5 lacks
    changed: frozenset[tuple[str, str]]  # (kind, ident) the ODD changed (mode="change")
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

    @cached_property
    def _memberships(self) -> dict[tuple[str, str], tuple[str, ...]]:
        out: dict[tuple[str, str], tuple[str, ...]] = {}
        for kind, specs in self.specs.items():
            for ident, spec in specs.items():
                out[(kind, ident)] = tuple(
                    m.get("key", "") for m in spec.iterfind(f"{T}classes/{T}memberOf")
                    if m.get("key", "") in self.classes and m.get("mode") != "delete")
        return out

    @cached_property
    def _members(self) -> dict[str, list[tuple[str, str]]]:
        out: dict[str, list[tuple[str, str]]] = {}
        for (kind, ident), keys in sorted(self._memberships.items(), key=lambda x: x[0][1]):
            if kind == "elementSpec" or (
                    kind == "classSpec" and self.classes[ident].get("type") == "model"):
                for key in keys:
                    out.setdefault(key, []).append((kind, ident))
        return out

    @cached_property
    def _plans(self) -> dict[tuple[str, str], AttrPlan]:
        return {}

    def member_of(self, spec: etree._Element) -> list[str]:
        """Class keys a spec is a member of (only classes that exist in the schema)."""
        key = (etree.QName(spec).localname, spec.get("ident", ""))
        if self.specs.get(key[0], {}).get(key[1]) is spec:
            return list(self._memberships[key])
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

    @cached_property
    def _names(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for ident, spec in self.elements.items():
            alt = spec.find(f"{T}altIdent")
            out[ident] = (alt.text or "").strip() if alt is not None and alt.text else ident
        return out

    def element_name(self, ident: str) -> str:
        """The element's name in documents (altIdent renames it), not its pattern name."""
        return self._names[ident]

    def element_ns(self, ident: str) -> str:
        return self.elements[ident].get("ns") or self.ns

    def attr_plan(self, spec: etree._Element) -> AttrPlan:
        """The attributes of an element or attribute class (cached for the final specs)."""
        key = (etree.QName(spec).localname, spec.get("ident", ""))
        if self.specs.get(key[0], {}).get(key[1]) is not spec:
            return plan_attributes(self, spec)
        if key not in self._plans:
            self._plans[key] = plan_attributes(self, spec)
        return self._plans[key]

    def model_members(self, cls: str) -> list[tuple[str, str]]:
        """(kind, ident) of the elements and model classes that are members of *cls*."""
        return sorted(self._members.get(cls, []), key=lambda m: (m[1], m[0]))


def _line(el: etree._Element) -> int | None:
    line = el.sourceline
    return line if isinstance(line, int) else None


def resolve(odd: Path, index: P5Index) -> Resolved:
    """Read the ODD at *odd* and resolve its (first) schemaSpec against *index*."""
    root = parse_file(odd).getroot()
    schema = next(root.iter(f"{T}schemaSpec"), None)
    if schema is None:
        raise SchemaError("the ODD has no schemaSpec, so there is no schema to compile",
                          file=str(odd))
    for el in root.iter(*(f"{T}{tag}" for tag in _MARKED)):
        el.set(ODD_ORIGIN, "odd")
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
                                  file=str(odd), line=_line(item))
            selected[kind].setdefault(key, spec)
        elif name in SPEC_KINDS:
            customs.append(item)
        elif name == "constraintSpec":
            global_constraints.append(item)
    from_odd: set[tuple[str, str]] = set()
    deleted: set[tuple[str, str]] = set()
    changed: set[tuple[str, str]] = set()
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
            changed.add((kind, ident))
        else:
            selected[kind][ident] = spec
            changed.discard((kind, ident))
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
        new=frozenset(k for k in from_odd if index.get(*k) is None),
        changed=frozenset(changed),
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
                                  file=odd, line=_line(child))
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
            "describe the elements in the ODD instead", file=odd, line=_line(ref))
    if key not in index.modules:
        raise SchemaError(f"moduleRef names the module {key!r}, which TEI P5 does not have",
                          file=odd, line=_line(ref))
    include = set(ref.get("include", "").split())
    exclude = set(ref.get("except", "").split())
    declared = {ident for kind, ident in index.modules[key] if kind == "elementSpec"}
    unknown = sorted((include | exclude) - declared)
    if unknown:  # most likely a typo, which would otherwise drop an element silently
        raise SchemaError(
            f"moduleRef to {key!r} names {', '.join(unknown)}, which the module does not "
            "define (check the spelling, or the module the element belongs to)",
            file=odd, line=_line(ref))
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


