"""Which elements may contain which: read off the compiled RELAX NG for the reference.

Editors ask "what can go inside a note?" and "where may persName stand?"; the answer is the
grammar itself with model classes and macros flattened, so it is computed from the compiled
patterns rather than from the specs (which would repeat the class logic of the compiler).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from lxml import etree

from .specs import RNG_NS

R = "{" + RNG_NS + "}"


@dataclass(frozen=True)
class Contents:
    """Per element pattern (define name): child element names, text allowed, and parents."""

    children: Mapping[str, tuple[str, ...]]
    text: frozenset[str]
    parents: Mapping[str, tuple[str, ...]]


def element_contents(grammar: etree._Element) -> Contents:
    """Children and parents of every named element of *grammar*."""
    defines = {d.get("name", ""): d for d in grammar.iterfind(f"{R}define")}
    names = {n: el.get("name", "") for n, d in defines.items()
             if (el := d.find(f"{R}element")) is not None and el.get("name")}
    reach: dict[str, tuple[frozenset[str], bool]] = {}

    def scan(node: etree._Element, seen: set[str]) -> tuple[set[str], bool]:
        kids: set[str] = set()
        text = False
        for el in node.iter(f"{R}ref", f"{R}text", f"{R}mixed", f"{R}data", f"{R}value",
                            f"{R}element", f"{R}attribute", f"{R}list"):
            if el is node:
                continue
            if any(a.tag in (R + "element", R + "attribute") for a in _ancestors(el, node)):
                continue  # inside a nested element or an attribute value
            if el.tag == R + "ref":
                target = el.get("name", "")
                if target in names:
                    kids.add(names[target])
                elif target in defines and target not in seen:
                    sub, sub_text = define(target, seen)
                    kids |= sub
                    text = text or sub_text
            elif el.tag == R + "element":
                if el.get("name"):
                    kids.add(el.get("name", ""))
            elif el.tag in (R + "text", R + "mixed", R + "data", R + "value"):
                text = True
        return kids, text

    def define(name: str, seen: set[str]) -> tuple[set[str], bool]:
        # classes and macros do not refer back to themselves except through elements,
        # which end the scan, so a define's reach can be remembered once computed
        if name not in reach:
            kids, text = scan(defines[name], seen | {name})
            reach[name] = (frozenset(kids), text)
        kids_f, text = reach[name]
        return set(kids_f), text

    children: dict[str, tuple[str, ...]] = {}
    texts: set[str] = set()
    parents: dict[str, set[str]] = {}
    for n in names:
        el = defines[n].find(f"{R}element")
        assert el is not None
        kids, text = scan(el, {n})
        children[n] = tuple(sorted(kids, key=str.lower))
        if text:
            texts.add(n)
        for k in kids:
            parents.setdefault(k, set()).add(names[n])
    return Contents(
        children=MappingProxyType(children),
        text=frozenset(texts),
        parents=MappingProxyType({k: tuple(sorted(v, key=str.lower))
                                  for k, v in parents.items()}),
    )


def _ancestors(el: etree._Element, stop: etree._Element) -> list[etree._Element]:
    out: list[etree._Element] = []
    for a in el.iterancestors():
        if a is stop:
            break
        out.append(a)
    return out
