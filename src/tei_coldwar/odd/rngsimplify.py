"""Tidy a compiled RELAX NG grammar without changing what it accepts.

References to removed elements and classes are written as notAllowed; folding them away
(a choice loses the branch, an optional slot becomes empty, a required one makes its group
impossible) keeps the grammar readable and close to what TEI's own tools produce. The
mixed-content rewrite exists for libxml2's sake (see :func:`use_mixed`).
"""

from __future__ import annotations

from typing import cast

from lxml import etree

from .specs import RNG_NS

R = "{" + RNG_NS + "}"


_RNG_NSMAP = cast("dict[str, str]", {None: RNG_NS})


def rng(tag: str, *children: etree._Element, **attrs: str) -> etree._Element:
    el = etree.Element(R + tag, nsmap=_RNG_NSMAP)
    for k, v in attrs.items():
        el.set(k, v)
    for c in children:
        el.append(c)
    return el


def rng_text(tag: str, text: str, **attrs: str) -> etree._Element:
    el = rng(tag, **attrs)
    el.text = text
    return el


_NA = R + "notAllowed"
_EMPTY = R + "empty"


def _simplify(el: etree._Element) -> None:
    for child in list(el):
        if isinstance(child.tag, str) and child.tag.startswith(R):
            _simplify(child)
    tag = el.tag
    kids = [c for c in el if isinstance(c.tag, str) and c.tag.startswith(R)]
    parent = el.getparent()
    if parent is None:
        return
    new: etree._Element | None = None
    if tag == R + "choice":
        live = [k for k in kids if k.tag != _NA]
        if not live:
            new = rng("notAllowed")
        elif len(live) == 1:
            new = live[0]
        else:
            for k in kids:
                if k.tag == _NA:
                    el.remove(k)
                elif k.tag == R + "choice":  # a choice inside a choice is the same choice
                    pos = el.index(k)
                    el.remove(k)
                    for i, grandchild in enumerate(list(k)):
                        el.insert(pos + i, grandchild)
    elif tag in (R + "group", R + "interleave"):
        if any(k.tag == _NA for k in kids):
            new = rng("notAllowed")
        else:
            live = [k for k in kids if k.tag != _EMPTY]
            if not live:
                new = rng("empty")
            elif len(live) == 1:
                new = live[0]
            else:
                for k in kids:
                    if k.tag == _EMPTY:
                        el.remove(k)
    elif tag in (R + "optional", R + "zeroOrMore") and len(kids) == 1:
        if kids[0].tag in (_NA, _EMPTY):
            new = rng("empty")
    elif tag in (R + "oneOrMore", R + "list") and len(kids) == 1:
        if kids[0].tag == _NA:
            new = rng("notAllowed")
    if new is not None and new is not el:
        tail = el.tail
        parent.replace(el, new)
        new.tail = tail


def simplify_grammar(root: etree._Element) -> None:
    """Fold notAllowed/empty until stable, also through defines that became notAllowed."""
    while True:
        for d in root:
            if isinstance(d.tag, str):
                for c in list(d):
                    _simplify(c)
        dead = {d.get("name") for d in root.iterfind(R + "define")
                if len(d) == 1 and d[0].tag == _NA}
        changed = False
        for ref in list(root.iter(R + "ref")):
            if ref.get("name") in dead:
                parent = ref.getparent()
                assert parent is not None
                if parent.tag == R + "define" or parent.tag == R + "start":
                    continue
                parent.replace(ref, rng("notAllowed"))
                changed = True
        if not changed:
            return


def use_mixed(root: etree._Element) -> None:
    """Write (text | a | b)* as mixed { (a | b)* }: the same language, but libxml2 (lxml)
    compiles the former into an automaton whose determinism check is quadratic in the
    number of alternatives, which made TEI All take half a minute to load instead of a
    second or two. Attribute values and lists are left alone."""
    for z in list(root.iter(R + "zeroOrMore")):
        if len(z) != 1 or z[0].tag != R + "choice":
            continue
        if any(a.tag in (R + "attribute", R + "list") for a in z.iterancestors()):
            continue
        choice = z[0]
        rest = [k for k in choice if k.tag != R + "text"]
        if len(rest) == len(choice) or any(
                k.tag not in (R + "ref", R + "element") for k in rest):
            continue
        body = rest[0] if len(rest) == 1 else rng("choice", *rest)
        new = rng("mixed", rng("zeroOrMore", body)) if rest else rng("text")
        parent = z.getparent()
        assert parent is not None
        new.tail = z.tail
        parent.replace(z, new)
