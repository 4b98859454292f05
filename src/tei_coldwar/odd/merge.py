"""Apply an ODD's mode="change" to a specification: the merge half of "odd2odd".

A change names only what differs; everything else of the TEI spec stays. Children that
carry no identity (content, datatype, prose per language) are replaced; identified ones
(memberOf by key, attDef by ident, valItem by ident, constraintSpec by ident) are merged
one by one with their own modes.
"""

from __future__ import annotations

import copy

from lxml import etree

from .specs import TEI_NS, XML_NS, T

XML_LANG = "{" + XML_NS + "}lang"
# Children of a spec that a mode="change" replaces wholesale (per language for prose).
_REPLACED = {"content", "desc", "gloss", "remarks", "altIdent", "equiv", "datatype",
             "defaultVal", "valList", "model", "modelSequence", "modelGrp"}


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
    if "mode" in new.attrib:
        del new.attrib["mode"]
    return new


def merge_attdef(base: etree._Element, change: etree._Element) -> etree._Element:
    """Apply an attDef mode="change" to a copy of *base* (children replace, valLists merge)."""
    new = copy.deepcopy(base)
    for k, v in change.attrib.items():
        if k != "mode":
            new.set(k, v)
    if "mode" in new.attrib:
        del new.attrib["mode"]
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
