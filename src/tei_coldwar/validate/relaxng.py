"""RELAX NG validation with lxml, with libxml2's terse messages turned into sentences.

libxml2 says "Element div failed to validate attributes" both when ``type`` is missing and
when its value is wrong. To say which, the grammar is read once more as data: for each
element, the attributes it declares, whether they are required, and their closed value lists
or patterns. That lookup explains the common faults; anything else keeps libxml2's words
after a plain introduction.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ..errors import SchemaError, UnsafeXMLError
from ..xmlsafe import parse_file
from .findings import ERROR

RNG = "http://relaxng.org/ns/structure/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"


@dataclass(frozen=True)
class AttrRule:
    """What the grammar says about one attribute of one element."""

    required: bool
    values: tuple[str, ...] | None  # a closed list of values, or None
    pattern: str | None  # an XSD pattern facet, or None


@dataclass(frozen=True)
class RngProblem:
    line: int
    message: str
    severity: str = ERROR


@dataclass(frozen=True)
class RelaxNG:
    """A compiled grammar plus the attribute facts used to explain its errors."""

    schema: etree.RelaxNG = field(repr=False)
    attributes: dict[str, dict[str, AttrRule]] = field(repr=False)
    source: str

    def check(self, tree: etree._ElementTree) -> list[RngProblem]:
        """Problems with the file's shape; ``[]`` when the grammar accepts it.

        libxml2 reports a fault where its search through the grammar gave up, often several
        levels above the real cause ("div is not allowed here" for a wrong note/@type). So
        when it rejects a file, the elements and attributes are first checked one by one
        against the grammar's declarations, which names the actual element and attribute;
        libxml2's own messages are used only when that finds nothing.
        """
        if self.schema.validate(tree):
            return []
        precise = self.local_problems(tree)
        if precise:
            return precise
        problems: list[RngProblem] = []
        seen: set[tuple[int, str]] = set()
        entries = list(self.schema.error_log)
        specific = any(
            e.type_name not in ("RELAXNG_ERR_EXTRACONTENT", "RELAXNG_ERR_CONTENTVALID")
            for e in entries
        )
        for entry in entries:
            if specific and entry.type_name in (
                "RELAXNG_ERR_EXTRACONTENT",
                "RELAXNG_ERR_CONTENTVALID",
            ):
                continue  # follow-on messages of a fault already reported more precisely
            element = _element_at(tree, entry.path)
            line = entry.line if isinstance(entry.line, int) and entry.line > 0 else _line(element)
            for message in self._explain(entry.message, element):
                if (line, message) not in seen:
                    seen.add((line, message))
                    problems.append(RngProblem(line, message))
        return problems

    def local_problems(self, tree: etree._ElementTree) -> list[RngProblem]:
        """Elements the grammar does not define, and attributes each element may not have,
        lacks, or has with a value outside its list or form."""
        problems: list[RngProblem] = []
        for el in tree.getroot().iter():
            if not isinstance(el.tag, str):
                continue
            name = etree.QName(el).localname
            if name not in self.attributes:
                message = f"The element {name} is not part of the edition's schema."
                problems.append(RngProblem(_line(el), message))
                continue
            for message in self._attribute_faults(name, el):
                problems.append(RngProblem(_line(el), message))
        return problems

    def _explain(self, raw: str, element: etree._Element | None) -> Iterator[str]:
        m = re.match(r"Invalid attribute (\S+) for element (\S+)", raw)
        if m:
            yield self._attribute_message(m.group(2), m.group(1), element)
            return
        m = re.match(r"Element (\S+) failed to validate attributes", raw)
        if m:
            found = list(self._attribute_faults(m.group(1), element))
            yield from found or [f"The attributes of {m.group(1)} do not follow the edition's "
                                 "schema."]
            return
        m = re.match(r"Did not expect element (\S+) there", raw)
        if m:
            parent = _parent_name(element)
            where = f" inside {parent}" if parent else ""
            yield f"The element {m.group(1)} is not allowed at this place{where}."
            return
        m = re.match(r"Expecting element (\S+), got (\S+)", raw)
        if m:
            yield f"The element {m.group(1)} was expected here, but {m.group(2)} was found."
            return
        m = re.match(r"Expecting an element (\S+), got nothing", raw)
        if m:
            yield f"A required element {m.group(1)} is missing here."
            return
        m = re.match(r"Element (\S+) has extra content: (\S+)", raw)
        if m:
            yield f"The element {m.group(1)} contains {m.group(2)}, which is not allowed there."
            return
        m = re.match(r"Did not expect text in element (\S+) content", raw)
        if m:
            yield f"The element {m.group(1)} may not contain text directly."
            return
        m = re.match(r"Expecting a namespace for element (\S+)", raw)
        if m:
            yield f"The element {m.group(1)} is not in the TEI namespace."
            return
        m = re.match(r"Element (\S+) failed to validate content", raw)
        if m:
            yield f"The content of {m.group(1)} does not follow the edition's schema."
            return
        yield f"The file does not follow the edition's schema: {raw.rstrip('.')}."

    def _attribute_message(self, el_name: str, att: str, element: etree._Element | None) -> str:
        rule = self.attributes.get(el_name, {}).get(att)
        value = _attribute_value(element, att)
        if rule is None or value is None:
            return f"The attribute {att} is not allowed on {el_name}."
        return _value_message(el_name, att, value, rule)

    def _attribute_faults(self, el_name: str, element: etree._Element | None) -> Iterator[str]:
        rules = self.attributes.get(el_name, {})
        if element is None:
            return
        present = {_attr_name(str(k)): str(v) for k, v in element.attrib.items()}
        for att, rule in sorted(rules.items()):
            if rule.required and att not in present:
                yield f"The element {el_name} needs the attribute {att}."
        for att, value in sorted(present.items()):
            rule_for = rules.get(att)
            if rule_for is None:
                if rules:
                    yield f"The attribute {att} is not allowed on {el_name}."
            elif not _value_ok(value, rule_for):
                yield _value_message(el_name, att, value, rule_for)


def _value_message(el_name: str, att: str, value: str, rule: AttrRule) -> str:
    if rule.values is not None:
        allowed = ", ".join(rule.values)
        return (
            f'The value "{value}" is not allowed for the attribute {att} on {el_name}; '
            f"the allowed values are: {allowed}."
        )
    if att in ("when", "from", "to", "notBefore", "notAfter"):
        return (
            f'The date value "{value}" on {el_name} is not in the ISO form the edition uses '
            "(YYYY, YYYY-MM, YYYY-MM-DD, optionally with a time such as T19:46)."
        )
    if att == "ref" and el_name == "persName":
        return (
            f'The link "{value}" on persName is not in the form person:ID (an entry of the '
            "register) or #ID (an element of this file)."
        )
    return f'The value "{value}" is not in the form required for the attribute {att} on {el_name}.'


def _value_ok(value: str, rule: AttrRule) -> bool:
    if rule.values is not None:
        return value.strip() in rule.values
    if rule.pattern is not None:
        try:
            return re.fullmatch(rule.pattern, value.strip()) is not None
        except re.error:
            return True  # an XSD construct Python cannot read: trust libxml2's verdict
    return True


def _attr_name(clark: str) -> str:
    if clark.startswith(f"{{{XML_NS}}}"):
        return "xml:" + clark.split("}", 1)[1]
    return clark.split("}", 1)[-1]


def _attribute_value(element: etree._Element | None, att: str) -> str | None:
    if element is None:
        return None
    for k, v in element.attrib.items():
        if _attr_name(str(k)) == att:
            return str(v)
    return None


def _line(element: etree._Element | None) -> int:
    line = element.sourceline if element is not None else None
    return line if isinstance(line, int) else 0


def _element_at(tree: etree._ElementTree, path: str | None) -> etree._Element | None:
    if not path:
        return None
    try:
        found = tree.xpath(path)
    except etree.XPathError:
        return None
    if isinstance(found, list) and found and isinstance(found[0], etree._Element):
        return found[0]
    return None


def _parent_name(element: etree._Element | None) -> str:
    if element is None:
        return ""
    parent = element.getparent()
    target = parent if parent is not None else element
    return etree.QName(target).localname


# --------------------------------------------------------------------------- loading


def load_relaxng(path: str | Path) -> RelaxNG:
    """Compile the grammar once; a missing or broken grammar raises :class:`SchemaError`."""
    p = Path(path)
    if not p.exists():
        raise SchemaError(
            "the edition's RELAX NG schema is missing; compile it from the ODD with "
            "'tei-coldwar odd compile'",
            file=str(p),
        )
    try:
        tree = parse_file(p)
        schema = etree.RelaxNG(tree)
    except UnsafeXMLError as exc:
        raise SchemaError(
            f"the RELAX NG schema cannot be read: {exc.message}", file=str(p)
        ) from None
    except etree.RelaxNGParseError as exc:
        raise SchemaError(f"the RELAX NG schema is not usable: {exc}", file=str(p)) from None
    return RelaxNG(schema, attribute_rules(tree), str(p))


def attribute_rules(tree: etree._ElementTree) -> dict[str, dict[str, AttrRule]]:
    """Per element name, the attributes the grammar declares for it (first definition wins)."""
    root = tree.getroot()
    defines: dict[str, list[etree._Element]] = {}
    for d in root.iter(f"{{{RNG}}}define"):
        defines.setdefault(d.get("name", ""), []).append(d)
    result: dict[str, dict[str, AttrRule]] = {}
    for el in root.iter(f"{{{RNG}}}element"):
        name = el.get("name")
        if not name or name in result:
            continue
        atts: dict[str, AttrRule] = {}
        _collect(el, defines, atts, required=True, seen=set(), top=True)
        result[name] = atts
    return result


_OPTIONAL = {f"{{{RNG}}}{t}" for t in ("optional", "zeroOrMore", "choice")}


def _collect(
    node: etree._Element,
    defines: dict[str, list[etree._Element]],
    out: dict[str, AttrRule],
    *,
    required: bool,
    seen: set[str],
    top: bool,
) -> None:
    for child in node:
        tag = child.tag
        if not isinstance(tag, str):
            continue
        if tag == f"{{{RNG}}}element" and not top:
            continue
        if tag == f"{{{RNG}}}element":
            continue  # a child element's attributes belong to it, not to us
        if tag == f"{{{RNG}}}attribute":
            name = child.get("name")
            if name is None:
                continue
            if child.get("ns") == XML_NS and not name.startswith("xml:"):
                name = "xml:" + name
            out.setdefault(name, _attr_rule(child, required))
            continue
        if tag == f"{{{RNG}}}ref":
            ref = child.get("name", "")
            if ref in seen:
                continue
            for d in defines.get(ref, []):
                _collect(d, defines, out, required=required, seen=seen | {ref}, top=False)
            continue
        _collect(child, defines, out, required=required and tag not in _OPTIONAL,
                 seen=seen, top=False)


def _attr_rule(att: etree._Element, required: bool) -> AttrRule:
    values = [v.text or "" for v in att.iter(f"{{{RNG}}}value")]
    has_data = any(True for _ in att.iter(f"{{{RNG}}}data"))
    patterns = [p.text or "" for p in att.iter(f"{{{RNG}}}param") if p.get("name") == "pattern"]
    closed = tuple(v.strip() for v in values) if values and not has_data else None
    pattern = patterns[0] if len(patterns) == 1 and not values else None
    return AttrRule(required=required, values=closed, pattern=pattern)
