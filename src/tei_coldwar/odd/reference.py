"""Write the customization's reference (reStructuredText) for the Sphinx documentation.

Editors need to know which elements and attributes the edition allows, which values a
closed list admits, and what each Schematron rule will complain about. Prose is taken only
from the ODD itself (never from the TEI's own spec texts, which the project must not copy);
for TEI elements the reference links to the TEI Guidelines instead.

Heading levels: ``=`` title, ``-`` sections, ``~`` one per element or rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml import etree

from .attributes import Attr
from .contents import Contents
from .resolve import ODD_ORIGIN, Resolved
from .schematron import Constraint, S, _patterns, constraints, top_level
from .specs import TEI_NS, T

GUIDELINES = "https://tei-c.org/release/doc/tei-p5-doc/en/html/ref-{}.html"
_OPEN = "-:/'\"<([{"  # what may stand right before inline markup in reST
_CLOSE = "-.,:;!?/'\")]}>"  # ... and right after it
_LITERAL_TAGS = {"gi", "att", "val", "ident", "code", "tag", "name"}


def _escape(text: str) -> str:
    return re.sub(r"([\\*`_|\[\]<>])", r"\\\1", text)


def _para(text: str) -> str:
    """A paragraph that must not start like a list item or a section adornment."""
    return re.sub(r"^([-+#=~*]|\d+[.)])", r"\\\1", text)


def _text(el: etree._Element) -> str:
    return "".join(str(t) for t in el.itertext())


def _literal(text: str) -> str:
    text = " ".join(text.split())
    if not text:
        return ""
    if "``" in text or text.startswith("`") or text.endswith("`"):
        return _escape(text)
    return f"``{text}``"


def _prose(el: etree._Element) -> str:
    """Flatten ODD prose to one reST paragraph, keeping gi/att/val as literals."""
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        if node.text:
            parts.append(_escape(node.text))
        for child in node:
            if isinstance(child.tag, str):
                q = etree.QName(child)
                if q.namespace == TEI_NS and q.localname in _LITERAL_TAGS:
                    before = "".join(parts)[-1:]
                    after = (child.tail or " ")[:1]
                    parts.append(("" if not before or before.isspace() or before in _OPEN
                                  else " ") + _literal(_text(child))
                                 + ("" if after.isspace() or after in _CLOSE else " "))
                else:
                    walk(child)
            if child.tail:
                parts.append(_escape(child.tail))

    walk(el)
    return " ".join("".join(parts).split())


def _odd_prose(spec: etree._Element, *tags: str) -> list[str]:
    out: list[str] = []
    for tag in tags:
        for el in spec.iterfind(f"{T}{tag}"):
            if el.get(ODD_ORIGIN) == "odd" and el.get("{http://www.w3.org/XML/1998/namespace}"
                                                     "lang", "en") == "en":
                paras = el.findall(f"{T}p") or [el]  # remarks hold paragraphs
                out.extend(text for p in paras if (text := _prose(p)))
    return out


def _heading(text: str, char: str) -> list[str]:
    return [text, char * max(len(text), 4), ""]


def _datatype(ad: etree._Element) -> str:
    dt = ad.find(f"{T}datatype")
    if dt is None:
        return "text"
    ref = dt.find(f"{T}dataRef")
    name = "text"
    if ref is not None:
        name = ref.get("key") or ref.get("name") or "text"
        if ref.get("restriction"):
            name += f" matching {_literal(ref.get('restriction', ''))}"
    if dt.get("maxOccurs", "1") != "1":
        name = f"list of {name}"
    return name


def _attribute(a: Attr) -> list[str]:
    ad = a.spec
    bits = ["required" if ad.get("usage") == "req" else "optional", _datatype(ad)]
    if a.origin:
        bits.append(f"from {a.origin}")
    line = f"- {_literal(a.name)} ({', '.join(bits)})"
    prose = _odd_prose(ad, "gloss", "desc")
    if prose:
        line += ": " + " ".join(prose)
    out = [line]
    vl = ad.find(f"{T}valList")
    if vl is not None and vl.findall(f"{T}valItem"):
        kind = {"closed": "Allowed values", "semi": "Suggested values (others allowed)"}.get(
            vl.get("type", "open"), "Sample values")
        out += ["", f"  {kind}:", ""]
        for item in vl.iterfind(f"{T}valItem"):
            text = " ".join(_odd_prose(item, "gloss", "desc"))
            value = _literal(item.get("ident", "")) or '""'
            out.append(f"  - {value}" + (f": {text}" if text else ""))
        out.append("")
    return out


def _element(r: Resolved, ident: str) -> list[str]:
    spec = r.elements[ident]
    name = r.element_name(ident)
    out = _heading(_literal(name), "~")
    for text in _odd_prose(spec, "gloss", "desc", "remarks"):
        out += [_para(text), ""]
    if ("elementSpec", ident) in r.new:
        out += ["Defined by this customization.", ""]
    else:
        how = ""
        if ("elementSpec", ident) in r.from_odd:
            how = ("Changed by this customization; " if ("elementSpec", ident) in r.changed
                   else "Redefined by this customization; ")
        link = f"`{name} <{GUIDELINES.format(ident)}>`__"
        out += [f"{how}TEI element: {link}." if not how else f"{how}TEI element {link}.", ""]
    plan = r.attr_plan(spec)
    if plan.inline:
        out += ["Attributes:", ""]
        for a in plan.inline:
            out += _attribute(a)
        out.append("")
    by_class: dict[str, list[str]] = {}
    for a in plan.inherited:
        by_class.setdefault(a.origin, []).append(_literal(a.name))
    if by_class:
        out += ["Attributes from classes:", ""]
        out += [f"- {_literal(c)}: {', '.join(names)}" for c, names in by_class.items()]
        out.append("")
    if not plan.effective:
        out += ["No attributes.", ""]
    return out


def _nesting(r: Resolved, ident: str, contents: Contents) -> list[str]:
    pattern = r.prefix + ident
    kids = [_literal(k) for k in contents.children.get(pattern, ())]
    if pattern in contents.text:
        kids.insert(0, "text")
    out = [f"May contain: {', '.join(kids)}." if kids else "Empty: contains nothing.", ""]
    parents = contents.parents.get(r.element_name(ident), ())
    if parents:
        out += [f"May appear in: {', '.join(_literal(p) for p in parents)}.", ""]
    return out


def _att_class(r: Resolved, ident: str) -> list[str]:
    spec = r.classes[ident]
    out = _heading(_literal(ident), "~")
    for text in _odd_prose(spec, "gloss", "desc", "remarks"):
        out += [_para(text), ""]
    if ("classSpec", ident) not in r.new:
        out += [f"TEI class: `{ident} <{GUIDELINES.format(ident)}>`__.", ""]
    plan = r.attr_plan(spec)
    for a in plan.inline:
        out += _attribute(a)
    supers = [*plan.class_refs, *dict.fromkeys(c for c, _ in plan.class_attrs)]
    if supers:
        out += ["", "Also carries the attributes of " +
                ", ".join(_literal(c) for c in supers) + ".", ""]
    if not plan.inline and not supers:
        out += ["No attributes (all removed by the customization).", ""]
    out.append("")
    return out


def _message(el: etree._Element) -> str:
    parts: list[str] = []
    if el.text:
        parts.append(_escape(el.text))
    for child in el:
        if child.tag == f"{S}value-of":
            parts.append(_escape("{" + child.get("select", "") + "}"))
        elif child.tag == f"{S}name":
            parts.append(_escape("{name(" + child.get("path", ".") + ")}"))
        elif isinstance(child.tag, str):
            parts.append(_escape(_text(child)))
        if child.tail:
            parts.append(_escape(child.tail))
    return " ".join("".join(parts).split())


def _code(text: str) -> list[str]:
    lines = [" ".join(text.split())]
    return ["::", "", *(f"    {line}" for line in lines), ""]


def _rules(found: Iterable[Constraint]) -> list[str]:
    out: list[str] = []
    taken: set[str] = set()
    for c in found:
        for pattern in _patterns(c, taken):
            out += _heading(_literal(pattern.get("id", "")), "~")
            origin = "this customization" if c.from_odd else "TEI P5"
            owner = f" on {_literal(c.owner)}" if c.owner else ""
            out += [f"Defined by {origin}{owner}.", ""]
            for text in _odd_prose(c.spec, "desc", "remarks"):
                out += [_para(text), ""]
            for rule in pattern.iterfind(f"{S}rule"):
                out += ["Context::", "", *_code(rule.get("context", ""))[2:]]
                for check in rule:
                    if check.tag not in (f"{S}assert", f"{S}report"):
                        continue
                    kind = "Assert" if check.tag == f"{S}assert" else "Report"
                    label = f"{kind} {_literal(check.get('id', ''))}".rstrip()
                    if check.get("role"):
                        label += f" ({_escape(check.get('role', ''))})"
                    out += [f"- {label}: {_message(check) or '(no message)'}", "",
                            "  Test::", "", *("  " + x if x else x
                                              for x in _code(check.get("test", ""))[2:])]
    return out


def to_reference(r: Resolved, *, contents: Contents | None = None,
                 p5_constraints: bool = True) -> str:
    """The reference as reStructuredText (deterministic text)."""
    title = f"Schema reference: {r.ident}"
    odd_name = r.odd_path.replace("\\", "/").rsplit("/", 1)[-1]
    out = [f".. Generated by tei_coldwar from {odd_name}; do not edit, recompile the ODD.", ""]
    out += ["=" * len(title), title, "=" * len(title), ""]
    starts = ", ".join(_literal(s) for s in r.start)
    out += [
        f"The schema {_literal(r.ident)} is compiled from its ODD customization against TEI P5"
        f"{' ' + _escape(r.p5_version) if r.p5_version else ''}. Documents start with "
        f"{starts}. It allows {len(r.elements)} elements.", ""]
    out += _heading("Elements", "-")
    by_module: dict[str, list[str]] = {}
    for ident, spec in r.elements.items():
        module = spec.get("module") or ("this customization" if ("elementSpec", ident) in r.new
                                        else "unknown module")
        by_module.setdefault(module, []).append(_literal(r.element_name(ident)))
    out += ["By TEI module:", ""]
    for module, names in sorted(by_module.items()):
        label = _escape(module) if " " in module else _literal(module)
        out.append(f"- {label}: {', '.join(sorted(names, key=str.lower))}")
    out.append("")
    for ident in sorted(r.elements, key=lambda i: (r.element_name(i).lower(), i)):
        out += _element(r, ident)
        if contents is not None:
            out += _nesting(r, ident, contents)
    used = sorted({a.origin for i in r.elements for a in r.attr_plan(r.elements[i]).inherited})
    closure = sorted({c for u in used for c in r.att_closure(u)})
    if closure:
        out += _heading("Attribute classes", "-")
        out += ["Attributes that elements share through TEI attribute classes.", ""]
        for ident in closure:
            out += _att_class(r, ident)
    found = constraints(r, p5_constraints=p5_constraints)
    out += _heading("Schematron rules", "-")
    if found:
        out += ["Each rule is checked in its own pattern; an assert fails when its test is "
                "false, a report fires when its test is true. Braces in a message stand for a "
                "value filled in from the document.", ""]
        declarations = [el for c in found for el in top_level(c)]
        if declarations:
            out += ["Declarations shared by all rules:", ""]
            for c in found:
                if top_level(c) and not _patterns(c, set()):
                    for text in _odd_prose(c.spec, "desc", "remarks"):
                        out += [_para(text), ""]
            for el in declarations:
                q = etree.QName(el)
                if el.tag == f"{S}let":
                    out.append(f"- variable {_literal('$' + el.get('name', ''))} = "
                               f"{_literal(el.get('value', ''))}")
                else:
                    attrs = " ".join(f'{k!s}="{v!s}"' for k, v in el.attrib.items())
                    out.append(f"- {_literal(f'{q.localname} {attrs}'.strip())} "
                               f"({_escape(q.namespace or '')})")
            out.append("")
        out += _rules(found)
    else:
        out += ["The customization defines no Schematron rules.", ""]
    text = "\n".join(out)
    return re.sub(r"\n{3,}", "\n\n", text).rstrip("\n") + "\n"
