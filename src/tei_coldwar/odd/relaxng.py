"""Write a resolved customization as RELAX NG (XML syntax), the way TEI's odd2relax does.

Patterns follow the TEI naming convention so that a schema compiled here reads like one
from the TEI Stylesheets: one define per element (named by ident), ``model.x`` for model
classes (plus ``model.x_sequence`` etc. for classRef/@expand), ``att.x.attributes`` and
``att.x.attribute.name`` for attribute classes, macros and ``teidata.*`` by ident.
References to anything the customization removed become notAllowed and are simplified away,
so a deleted element vanishes from choices and optional slots instead of breaking them.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from typing import cast

from lxml import etree

from ..errors import SchemaError
from .attributes import Attr
from .resolve import Resolved
from .rngsimplify import rng, rng_text, simplify_grammar, use_mixed
from .specs import RNG_NS, TEI_NS, T

R = "{" + RNG_NS + "}"
A_NS = "http://relaxng.org/ns/compatibility/annotations/1.0"
XSD_LIB = "http://www.w3.org/2001/XMLSchema-datatypes"
UNBOUNDED = -1
EXPANSIONS = ("alternation", "sequence", "sequenceOptional", "sequenceOptionalRepeatable",
              "sequenceRepeatable")


def att_pattern_name(cls: str, att: str) -> str:
    return f"{cls}.attribute.{re.sub(r'[^A-Za-z0-9._-]', '', att)}"


@dataclass
class _Builder:
    """Per-compilation state: the resolved schema and the helper patterns made on demand."""

    r: Resolved
    extra: dict[str, etree._Element] = field(default_factory=dict)

    # -- names ---------------------------------------------------------------------
    def element_define(self, ident: str) -> str:
        return self.r.prefix + ident

    def known_define(self, name: str) -> str | None:
        """The define a reference in embedded RELAX NG should point to, if it exists."""
        if name in self.r.elements:
            return self.element_define(name)
        if self.r.prefix and name.startswith(self.r.prefix) and \
                name[len(self.r.prefix):] in self.r.elements:
            return name
        for kind in ("macroSpec", "dataSpec"):
            if name in self.r.specs[kind]:
                return name
        if name in self.r.classes:
            return name if self.r.classes[name].get("type") == "model" else None
        if name.endswith(".attributes") and name[: -len(".attributes")] in self.r.classes:
            return name
        base, _, variant = name.partition("_")
        if variant in EXPANSIONS and base in self.r.classes:
            return self.class_variant(base, variant)
        m = re.match(r"(att\..+)\.attribute\.", name)
        if m and m.group(1) in self.r.classes:
            return name
        return None

    # -- content models ------------------------------------------------------------
    def occurs(self, pat: etree._Element, node: etree._Element) -> etree._Element:
        lo_s, hi_s = node.get("minOccurs", "1"), node.get("maxOccurs", "1")
        if not lo_s.isdigit() or not (hi_s.isdigit() or hi_s == "unbounded"):
            line = node.sourceline if isinstance(node.sourceline, int) else None
            raise SchemaError(
                f"minOccurs/maxOccurs must be a whole number (or maxOccurs=\"unbounded\"), "
                f"not {lo_s!r}/{hi_s!r}", file=self.r.odd_path, line=line)
        hi = UNBOUNDED if hi_s == "unbounded" else int(hi_s)
        if hi != UNBOUNDED and hi < int(lo_s):
            raise SchemaError(f"maxOccurs {hi} is smaller than minOccurs {lo_s}",
                              file=self.r.odd_path)
        return occurs(pat, int(lo_s), hi)

    def content(self, node: etree._Element, owner: str) -> etree._Element:
        """One RELAX NG pattern for the children of a content/datatype-like container."""
        pats = [p for c in node if (p := self.convert(c, owner)) is not None]
        if not pats:
            return rng("empty")
        return pats[0] if len(pats) == 1 else rng("group", *pats)

    def convert(self, node: etree._Element, owner: str) -> etree._Element | None:
        if not isinstance(node.tag, str):
            return None
        q = etree.QName(node)
        if q.namespace == RNG_NS:
            return self.embedded(node)
        if q.namespace != TEI_NS:
            return None
        name = q.localname
        pat: etree._Element
        if name in ("sequence", "alternate"):
            kids = [p for c in node if (p := self.convert(c, owner)) is not None]
            if name == "alternate":
                pat = rng("choice", *kids) if kids else rng("notAllowed")
            elif node.get("preserveOrder") == "false":
                pat = rng("interleave", *kids) if kids else rng("empty")
            else:
                pat = rng("group", *kids) if kids else rng("empty")
        elif name == "elementRef":
            key = node.get("key", "")
            pat = (rng("ref", name=self.element_define(key)) if key in self.r.elements
                   else rng("notAllowed"))
        elif name == "classRef":
            pat = self.class_ref(node)
        elif name == "macroRef":
            key = node.get("key", "")
            pat = rng("ref", name=key) if key in self.r.specs["macroSpec"] else rng("notAllowed")
        elif name == "dataRef":
            pat = self.data_ref(node)
        elif name == "textNode":
            pat = rng("text")
        elif name == "empty":
            pat = rng("empty")
        elif name == "anyElement":
            pat = rng("ref", name=self.any_element(node, owner))
        elif name == "valList":
            values = self.val_list(node, closed=True)
            pat = values if values is not None else rng("notAllowed")
        elif name in ("content", "datatype"):
            pat = self.content(node, owner)
        else:
            return None
        return self.occurs(pat, node)

    def class_ref(self, node: etree._Element) -> etree._Element:
        key = node.get("key", "")
        spec = self.r.classes.get(key)
        if spec is None:
            return rng("notAllowed")
        if spec.get("type") == "atts":
            return rng("ref", name=f"{key}.attributes")
        expand = node.get("expand")
        if node.get("include") or node.get("except"):
            return self.filtered_class(key, node, expand or "alternation")
        if expand in EXPANSIONS and expand != "alternation":
            return rng("ref", name=self.class_variant(key, expand))
        return rng("ref", name=key)

    def filtered_class(self, cls: str, node: etree._Element, expand: str) -> etree._Element:
        """classRef with @include/@except: only some of the class's elements, inline."""
        include = set(node.get("include", "").split())
        exclude = set(node.get("except", "").split())
        members: list[str] = []
        todo, seen = [cls], set()
        while todo:
            c = todo.pop(0)
            if c in seen:
                continue
            seen.add(c)
            for kind, ident in self.r.model_members(c):
                if kind == "classSpec":
                    todo.append(ident)
                elif ident not in members and (not include or ident in include) \
                        and ident not in exclude:
                    members.append(ident)
        refs = [rng("ref", name=self.element_define(i)) for i in sorted(members)]
        wrap = {"sequenceOptional": "optional", "sequenceRepeatable": "oneOrMore",
                "sequenceOptionalRepeatable": "zeroOrMore"}.get(expand)
        if not refs:
            return rng("notAllowed")
        if expand.startswith("sequence"):
            return rng("group", *(rng(wrap, r) if wrap else r for r in refs))
        return refs[0] if len(refs) == 1 else rng("choice", *refs)

    def class_variant(self, cls: str, variant: str) -> str:
        name = f"{cls}_{variant}"
        if name in self.extra:
            return name
        self.extra[name] = rng("define", name=name)  # placeholder stops recursion
        members = self.r.model_members(cls)
        pats: list[etree._Element] = []
        for kind, ident in members:
            if kind == "elementSpec":
                ref = rng("ref", name=self.element_define(ident))
            else:
                ref = rng("ref", name=self.class_variant(ident, variant))
            wrap = {"sequenceOptional": "optional", "sequenceRepeatable": "oneOrMore",
                    "sequenceOptionalRepeatable": "zeroOrMore"}.get(variant)
            pats.append(rng(wrap, ref) if wrap else ref)
        if not pats:
            body = rng("notAllowed")
        elif variant == "alternation":
            body = rng("choice", *pats)
        else:
            body = rng("group", *pats)
        self.extra[name].append(body)
        return name

    def any_element(self, node: etree._Element, owner: str) -> str:
        name = f"anyElement-{owner}"
        n = 1
        while name in self.extra and self.extra[name].get("key") != _any_key(node):
            n += 1
            name = f"anyElement-{owner}-{n}"
        if name in self.extra:
            return name
        # The elements the schema defines are left out: they have their own patterns, and a
        # wildcard overlapping them breaks RELAX NG's ID-type rules (xml:id is an ID).
        required = node.get("require", "").split()
        excepted = [rng("nsName", ns=x) if ":" in x and "/" in x else rng_text("name", x)
                    for x in node.get("except", "").split()]
        defined = sorted((self.r.element_ns(i), self.r.element_name(i)) for i in self.r.elements)
        excepted += [rng_text("name", local, ns=ns) for ns, local in defined]
        names: etree._Element
        if required:
            wanted = [rng("nsName", rng("except", *copy.deepcopy(excepted)), ns=ns)
                      for ns in required]
            names = wanted[0] if len(wanted) == 1 else rng("choice", *wanted)
        else:
            names = rng("anyName", rng("except", *excepted))
        body = rng("element", names,
                   rng("zeroOrMore", rng("attribute", rng("anyName"))),
                   rng("zeroOrMore", rng("choice", rng("text"), rng("ref", name=name))))
        define = rng("define", body, name=name)
        define.set("key", _any_key(node))
        self.extra[name] = define
        return name

    def embedded(self, node: etree._Element) -> etree._Element:
        """Copy RELAX NG written in the ODD, pointing its refs at this schema's patterns."""
        new = copy.deepcopy(node)
        for ref in [new, *new.iterdescendants()]:
            if not isinstance(ref.tag, str) or ref.tag not in (R + "ref", R + "parentRef"):
                continue
            target = self.known_define(ref.get("name", ""))
            if target is None:
                parent = ref.getparent()
                if parent is None:
                    return rng("notAllowed")
                parent.replace(ref, rng("notAllowed"))
            else:
                ref.set("name", target)
        return new

    # -- data --------------------------------------------------------------------------
    def data_ref(self, node: etree._Element) -> etree._Element:
        key = node.get("key")
        if key is not None:
            if key in self.r.specs["dataSpec"]:
                return rng("ref", name=key)
            return rng("data", type="string")  # unknown datatype: any string (also in lists)
        if node.get("ref"):
            return rng("data", type="string")
        data = rng("data", type=node.get("name", "string"))
        for facet in node.iterfind(f"{T}dataFacet"):
            data.append(_param(facet.get("name", ""), facet.get("value", "")))
        if node.get("restriction"):
            data.append(_param("pattern", node.get("restriction", "")))
        return data

    def val_list(self, vl: etree._Element, closed: bool = False) -> etree._Element | None:
        """Closed lists (and any valList used as a datatype) are a choice of values."""
        if not closed and vl.get("type", "open") != "closed":
            return None
        values = [rng_text("value", v.get("ident", "")) for v in vl.iterfind(f"{T}valItem")]
        if not values:
            return None
        return values[0] if len(values) == 1 else rng("choice", *values)

    def attribute(self, attr: Attr, owner: str) -> etree._Element:
        ad = attr.spec
        name = attr.name
        ns = ad.get("ns")
        prefix, _, local = name.rpartition(":")
        el = rng("attribute")
        if prefix and prefix != "xml":
            el.set("name", local)
        else:
            el.set("name", name)
        if ns:
            el.set("ns", ns)
        default = ad.find(f"{T}defaultVal")
        if default is not None and default.text:
            el.set(f"{{{A_NS}}}defaultValue", default.text.strip())
        datatype = ad.find(f"{T}datatype")
        vl = ad.find(f"{T}valList")
        value = self.val_list(vl) if vl is not None else None
        if value is None:
            value = self.content(datatype, owner) if datatype is not None else rng("text")
            if value.tag == R + "empty":
                value = rng("text")
        if datatype is not None and datatype.get("maxOccurs", "1") != "1":
            value = rng("list", self.occurs(value, datatype))
        el.append(value)
        return el if ad.get("usage") == "req" else rng("optional", el)

    # -- defines -----------------------------------------------------------------------
    def element(self, ident: str) -> etree._Element:
        spec = self.r.elements[ident]
        el = rng("element", name=self.r.element_name(ident))
        if self.r.element_ns(ident) != self.r.ns:
            el.set("ns", self.r.element_ns(ident))
        content = spec.find(f"{T}content")
        el.append(self.content(content, ident) if content is not None else rng("empty"))
        plan = self.r.attr_plan(spec)
        for cls in plan.class_refs:
            el.append(rng("ref", name=f"{cls}.attributes"))
        for cls, att in plan.class_attrs:
            el.append(rng("ref", name=att_pattern_name(cls, att)))
        own = [self.attribute(a, ident) for a in plan.inline]
        if plan.choice and len(own) > 1:
            el.append(rng("optional", rng("choice", *(_required(o) for o in own))))
        else:
            el.extend(own)
        return rng("define", el, name=self.element_define(ident))

    def att_class(self, ident: str) -> list[etree._Element]:
        spec = self.r.classes[ident]
        plan = self.r.attr_plan(spec)
        body: list[etree._Element] = []
        defines: list[etree._Element] = []
        for a in plan.inline:
            pname = att_pattern_name(ident, a.name)
            defines.append(rng("define", self.attribute(a, ident), name=pname))
            body.append(rng("ref", name=pname))
        body.extend(rng("ref", name=f"{c}.attributes") for c in plan.class_refs)
        body.extend(rng("ref", name=att_pattern_name(c, a)) for c, a in plan.class_attrs)
        main = rng("define", *(body or [rng("empty")]), name=f"{ident}.attributes")
        return [main, *defines]

    def model_class(self, ident: str) -> etree._Element:
        refs = [rng("ref", name=self.element_define(i) if k == "elementSpec" else i)
                for k, i in self.r.model_members(ident)]
        if not refs:
            return rng("define", rng("notAllowed"), name=ident)
        return rng("define", refs[0] if len(refs) == 1 else rng("choice", *refs), name=ident)

    def grammar(self) -> etree._Element:
        root = etree.Element(R + "grammar", nsmap=cast(
            "dict[str, str]", {None: RNG_NS, "a": A_NS, "tei": TEI_NS}))
        root.set("ns", self.r.ns)
        root.set("datatypeLibrary", XSD_LIB)
        missing = [s for s in self.r.start if s not in self.r.elements]
        if missing or not self.r.start:
            raise SchemaError(
                f"the schema's start element {' '.join(missing)!s} is not among its elements",
                file=self.r.odd_path)
        refs = [rng("ref", name=self.element_define(s)) for s in self.r.start]
        root.append(rng("start", refs[0] if len(refs) == 1 else rng("choice", *refs)))
        defines: list[etree._Element] = []
        for ident in self.r.elements:
            defines.append(self.element(ident))
        for ident, spec in self.r.classes.items():
            if spec.get("type") == "atts":
                defines.extend(self.att_class(ident))
            else:
                defines.append(self.model_class(ident))
        for kind in ("macroSpec", "dataSpec"):
            for ident, spec in self.r.specs[kind].items():
                content = spec.find(f"{T}content")
                body = self.content(content, ident) if content is not None else rng("empty")
                defines.append(rng("define", body, name=ident))
        for d in self.extra.values():
            if "key" in d.attrib:
                del d.attrib["key"]
        defines.extend(self.extra.values())
        for d in sorted(defines, key=lambda d: d.get("name", "")):
            root.append(d)
        simplify_grammar(root)
        return root


def _any_key(node: etree._Element) -> str:
    return f"{node.get('require', '')}|{node.get('except', '')}"


def _param(name: str, value: str) -> etree._Element:
    return rng_text("param", value, name=name)


def _required(pat: etree._Element) -> etree._Element:
    return pat[0] if pat.tag == R + "optional" else pat


def occurs(pat: etree._Element, lo: int, hi: int) -> etree._Element:
    """Wrap *pat* for minOccurs=lo, maxOccurs=hi (UNBOUNDED for "unbounded")."""
    if (lo, hi) == (1, 1):
        return pat
    if (lo, hi) == (0, 1):
        return rng("optional", pat)
    if (lo, hi) == (0, UNBOUNDED):
        return rng("zeroOrMore", pat)
    if (lo, hi) == (1, UNBOUNDED):
        return rng("oneOrMore", pat)
    if hi == 0:
        return rng("empty")
    parts = [copy.deepcopy(pat) for _ in range(max(lo - (1 if hi == UNBOUNDED else 0), 0))]
    if hi == UNBOUNDED:
        parts.append(rng("oneOrMore", copy.deepcopy(pat)) if lo >= 1
                     else rng("zeroOrMore", copy.deepcopy(pat)))
    else:
        tail: etree._Element | None = None
        for _ in range(hi - lo):
            inner = [copy.deepcopy(pat)] + ([tail] if tail is not None else [])
            tail = rng("optional", *inner)
        if tail is not None:
            parts.append(tail)
    return parts[0] if len(parts) == 1 else rng("group", *parts)


def to_relaxng(resolved: Resolved) -> bytes:
    """The customization as a RELAX NG grammar (XML syntax), deterministic bytes."""
    return serialize(relaxng_grammar(resolved), resolved)


def relaxng_grammar(resolved: Resolved) -> etree._Element:
    """The customization as a RELAX NG grammar element (a fresh tree the caller owns)."""
    root = _Builder(resolved).grammar()
    use_mixed(root)
    return root


def serialize(root: etree._Element, resolved: Resolved) -> bytes:
    root = copy.deepcopy(root)
    root.insert(0, etree.Comment(
        f" Compiled by tei_coldwar from {_basename(resolved.odd_path)} (schema "
        f"{resolved.ident}) against TEI P5 {resolved.p5_version or 'sources'}. "
        "Do not edit: change the ODD and recompile. "))
    etree.indent(root, space="  ")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _basename(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1]
