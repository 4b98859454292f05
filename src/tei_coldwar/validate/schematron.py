"""An ISO Schematron evaluator that runs in-process on elementpath (XPath 2.0 / 3.1).

Why our own: the compiled rules must run without an XSLT round trip per file (a batch of a
thousand files would compile and run a stylesheet a thousand times) and without letting the
rules open files. The evaluator supports what the edition's ODD and TEI's own constraints use:
``sch:ns``, ``sch:pattern``, ``sch:rule`` (first matching rule per pattern wins for a node,
abstract rules and ``sch:extends``), ``sch:assert``, ``sch:report``, ``sch:let`` at schema,
pattern and rule level, ``sch:value-of`` and ``sch:name`` in messages, ``@role`` as severity,
``@id`` as rule id, XPath 3.0 for the xslt3 binding, and the XSLT functions ``key()`` (with
``xsl:key`` declarations) and ``current()``, which XSLT-bound Schematron may use.

Schema-level ``sch:let``s whose names the caller passes as parameters are not evaluated: the
caller's value (for instance the pre-parsed register of persons) replaces them. ``doc()`` only
sees documents passed in this way, never the file system.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import elementpath
from elementpath import XPathContext
from elementpath.xpath30 import XPath30Parser
from lxml import etree

from ..errors import SchemaError
from ..xmlsafe import parse_file
from .findings import ERROR, WARNING

SCH = "http://purl.oclc.org/dsdl/schematron"
XSL = "http://www.w3.org/1999/XSL/Transform"

_WARNING_ROLES = frozenset({"warning", "warn", "info", "information", "nonfatal", "non-fatal"})


# --------------------------------------------------------------------------- XPath parsers


UNICODE_CODEPOINT_COLLATION = "http://www.w3.org/2005/xpath-functions/collation/codepoint"


class _RuleContext(XPathContext):
    """An XPath context that also knows the rule's context node (for ``current()``) and the
    key indexes of the documents being checked (for ``key()``)."""

    keys: _KeyIndexes
    current: Any


class _SchParser(XPath30Parser):
    """XPath 3.0 (a superset of the 2.0 that the xslt2 binding uses) plus the XSLT functions
    ``key()`` and ``current()`` that XSLT-bound Schematron may call.

    One class serves both bindings: elementpath allows a single parser class per module.
    Not 3.1: elementpath 5.1's 3.1 parser loses path steps below a variable
    (``$register//tei:person`` selects nothing), which the rules depend on; maps and arrays
    are therefore not available.
    """


def _root_of(node: Any) -> Any:
    while getattr(node, "parent", None) is not None:
        node = node.parent
    return node


def _install_xslt_functions(parser_class: Any) -> None:
    method = parser_class.method
    function = parser_class.function

    @method(  # type: ignore[untyped-decorator]
        function(
            "key",
            nargs=(2, 3),
            sequence_types=("xs:string", "xs:anyAtomicType*", "node()", "node()*"),
        )
    )
    def evaluate__key(self: Any, context: Any = None) -> list[Any]:
        if not isinstance(context, _RuleContext):
            raise self.missing_context()
        name = str(self.get_argument(context, index=0, required=True))
        raw = self[1].evaluate(context)
        values = raw if isinstance(raw, list) else [raw]
        if len(self) == 3:
            top = self.get_argument(context, index=2, required=True)
        else:
            top = context.item
        if top is None or not hasattr(top, "parent"):
            raise self.error("XTDE1270", "key() needs a node to find its document")
        index = context.keys.index(name, _root_of(top))
        if index is None:
            raise self.error("XTDE1260", f"no key named {name!r} is declared")
        found: dict[int, Any] = {}
        for value in values:
            text = value.string_value if hasattr(value, "string_value") else str(value)
            for node in index.get(text, ()):
                found.setdefault(id(node), node)
        return sorted(found.values(), key=lambda n: n.position)

    @method(function("current", nargs=0))  # type: ignore[untyped-decorator]
    def evaluate__current(self: Any, context: Any = None) -> Any:
        if not isinstance(context, _RuleContext):
            raise self.missing_context()
        return context.current


_install_xslt_functions(_SchParser)


# --------------------------------------------------------------------------- the schema


@dataclass(frozen=True)
class _Selector:
    """A match pattern ready to select its nodes.

    Patterns that are plain XPath 1.0 over elements (most are) are selected by libxml2, which
    is two orders of magnitude faster than a pure-Python walk over a large file such as the
    register; the rest, and any whose result is not a list of elements, go through
    elementpath.
    """

    expr: str
    token: Any
    fast: etree.XPath | None

    def select(self, doc: Any, variables: Mapping[str, Any], keys: _KeyIndexes) -> list[Any]:
        tree = getattr(doc, "value", None)
        if self.fast is not None and isinstance(tree, etree._ElementTree):
            try:
                found = self.fast(tree)
            except etree.XPathError:
                found = None
            if isinstance(found, list) and all(isinstance(e, etree._Element) for e in found):
                nodes = [doc.get_element_node(e) for e in found]
                if all(n is not None for n in nodes):
                    return nodes
        return _as_list(self.token.evaluate(_context(doc, doc, variables, keys)))


@dataclass(frozen=True)
class _Let:
    name: str
    expr: str
    token: Any


@dataclass(frozen=True)
class _Part:
    """A piece of a message: literal text, a ``value-of`` or a ``name``."""

    kind: str
    text: str = ""
    token: Any = None


@dataclass(frozen=True)
class _Check:
    is_assert: bool
    test: str
    token: Any
    message: tuple[_Part, ...]
    rule_id: str
    severity: str


@dataclass(frozen=True)
class _Rule:
    context: str
    selector: _Selector
    lets: tuple[_Let, ...]
    checks: tuple[_Check, ...]


@dataclass(frozen=True)
class _Pattern:
    id: str
    lets: tuple[_Let, ...]
    rules: tuple[_Rule, ...]


@dataclass(frozen=True)
class _Key:
    name: str
    selector: _Selector
    use: Any
    use_fast: etree.XPath | None


@dataclass(frozen=True)
class Violation:
    """A failed assert or a fired report, before it is tied to a file."""

    line: int
    severity: str
    message: str
    rule: str


@dataclass(frozen=True)
class Schematron:
    """A compiled Schematron schema: every XPath parsed once, ready for many documents."""

    lets: tuple[_Let, ...]
    keys: Mapping[str, _Key]
    patterns: tuple[_Pattern, ...]
    source: str
    expressions: tuple[str, ...] = ()

    def uses_variable(self, name: str) -> bool:
        """Whether any expression reads ``$name`` (declared by a let or expected from the
        caller)."""
        pattern = re.compile(r"\$" + re.escape(name) + r"(?![\w.-])")
        return any(let.name == name for let in self.lets) or any(
            pattern.search(e) for e in self.expressions
        )

    def bind(self, params: Mapping[str, etree._ElementTree]) -> BoundSchematron:
        """Fix the external parameters (such as ``register``) for a batch of documents.

        Schema-level lets that do not depend on the document are evaluated here, once.
        """
        constants: dict[str, Any] = {}
        shared = _KeyIndexes(self.keys)
        for name, tree in params.items():
            node = elementpath.get_node_tree(tree)
            constants[name] = node
            shared.add_fixed(node)
        per_document: list[_Let] = []
        for let in self.lets:
            if let.name in constants:
                continue
            if per_document:
                per_document.append(let)
                continue
            try:
                constants[let.name] = let.token.evaluate(_context(None, None, constants, shared))
            except elementpath.ElementPathError:
                per_document.append(let)  # needs the document: evaluated per file
        return BoundSchematron(self, constants, tuple(per_document), shared, frozenset(params))


@dataclass(frozen=True)
class BoundSchematron:
    schema: Schematron
    constants: Mapping[str, Any]
    per_document_lets: tuple[_Let, ...]
    shared_keys: _KeyIndexes = field(repr=False)
    params: frozenset[str] = frozenset()

    def run(self, tree: etree._ElementTree) -> list[Violation]:
        """Check one document; evaluation faults in the schema are reported as errors."""
        doc = elementpath.get_node_tree(tree)
        keys = self.shared_keys.for_document()
        variables = dict(self.constants)
        out: list[Violation] = []
        for let in self.per_document_lets:
            variables[let.name] = _evaluate_let(let, doc, doc, variables, keys, out)
        for pattern in self.schema.patterns:
            out.extend(_run_pattern(pattern, doc, variables, keys, self.params))
        return out


class _KeyIndexes:
    """Lazily built ``xsl:key`` indexes, one per key and document.

    The indexes of parameter documents (the register) are built once and shared by every
    document of a run; a document's own indexes live as long as its check.
    """

    def __init__(
        self,
        keys: Mapping[str, _Key],
        fixed: dict[tuple[str, int], dict[str, list[Any]]] | None = None,
        fixed_roots: list[Any] | None = None,
    ) -> None:
        self._keys = keys
        self._fixed = fixed if fixed is not None else {}
        self._fixed_roots = fixed_roots if fixed_roots is not None else []  # keeps ids valid
        self._local: dict[tuple[str, int], dict[str, list[Any]]] = {}

    def add_fixed(self, root: Any) -> None:
        """Mark a parameter document: its indexes, once built, serve every later document."""
        self._fixed_roots.append(root)

    def for_document(self) -> _KeyIndexes:
        return _KeyIndexes(self._keys, self._fixed, self._fixed_roots)

    def index(self, name: str, root: Any) -> dict[str, list[Any]] | None:
        if name not in self._keys:
            return None
        slot = (name, id(root))
        if slot in self._fixed:
            return self._fixed[slot]
        if any(root is r for r in self._fixed_roots):
            self._fixed[slot] = self._build(name, root)
            return self._fixed[slot]
        if slot not in self._local:
            self._local[slot] = self._build(name, root)
        return self._local[slot]

    def _build(self, name: str, root: Any) -> dict[str, list[Any]]:
        key = self._keys[name]
        index: dict[str, list[Any]] = {}
        for node in key.selector.select(root, {}, self):
            elem = getattr(node, "value", None)
            if key.use_fast is not None and isinstance(elem, etree._Element):
                fast = key.use_fast(elem)
                if isinstance(fast, list) and all(isinstance(v, str) for v in fast):
                    for v in fast:
                        index.setdefault(str(v), []).append(node)
                    continue
            for value in _as_list(key.use.evaluate(_context(root, node, {}, self))):
                text = value.string_value if hasattr(value, "string_value") else str(value)
                index.setdefault(text, []).append(node)
        return index


def _context(root: Any, item: Any, variables: Mapping[str, Any], keys: _KeyIndexes) -> Any:
    ctx = _RuleContext(root=root, item=item)
    # Assigned after construction: the constructor would convert every value again, which
    # costs a full copy of large sequences for each evaluation.
    ctx.variables = dict(variables)
    ctx.keys = keys
    ctx.current = item
    return ctx


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


# --------------------------------------------------------------------------- running


def _evaluate_let(
    let: _Let,
    root: Any,
    item: Any,
    variables: Mapping[str, Any],
    keys: _KeyIndexes,
    out: list[Violation],
) -> Any:
    try:
        return let.token.evaluate(_context(root, item, variables, keys))
    except elementpath.ElementPathError as exc:
        out.append(_fault(f"the variable ${let.name}", item, exc))
        return []


def _node_key(node: Any) -> tuple[int, str]:
    if isinstance(node, elementpath.AttributeNode):
        return (id(node.parent), str(node.name))
    return (id(node), "")


def _run_pattern(
    pattern: _Pattern,
    doc: Any,
    variables: dict[str, Any],
    keys: _KeyIndexes,
    params: frozenset[str],
) -> list[Violation]:
    out: list[Violation] = []
    pvars = dict(variables)
    for let in pattern.lets:
        if let.name not in params:  # a caller's parameter wins over a default at any level
            pvars[let.name] = _evaluate_let(let, doc, doc, pvars, keys, out)
    claimed: set[tuple[int, str]] = set()
    for rule in pattern.rules:
        try:
            nodes = rule.selector.select(doc, pvars, keys)
        except elementpath.ElementPathError as exc:
            out.append(_fault(f"the rule for {rule.context}", doc, exc))
            continue
        for node in nodes:
            k = _node_key(node)
            if k in claimed:
                continue
            claimed.add(k)
            out.extend(_run_rule(rule, doc, node, pvars, keys, params))
    return out


def _run_rule(
    rule: _Rule,
    doc: Any,
    node: Any,
    variables: Mapping[str, Any],
    keys: _KeyIndexes,
    params: frozenset[str],
) -> list[Violation]:
    out: list[Violation] = []
    rvars = dict(variables)
    for let in rule.lets:
        if let.name in params:
            continue
        rvars[let.name] = _evaluate_let(let, doc, node, rvars, keys, out)
    for check in rule.checks:
        try:
            ctx = _context(doc, node, rvars, keys)
            ok = bool(check.token.boolean_value(check.token.evaluate(ctx)))
        except elementpath.ElementPathError as exc:
            out.append(_fault(f"the test {check.rule_id}", node, exc))
            continue
        if ok != check.is_assert:
            message = _render(check.message, doc, node, rvars, keys)
            out.append(Violation(_line(node), check.severity, message, check.rule_id))
    return out


def _render(
    parts: Sequence[_Part], doc: Any, node: Any, variables: Mapping[str, Any], keys: _KeyIndexes
) -> str:
    pieces: list[str] = []
    for part in parts:
        if part.kind == "text":
            pieces.append(part.text)
            continue
        try:
            if part.kind == "name":
                target = node
                if part.token is not None:
                    found = _as_list(part.token.evaluate(_context(doc, node, variables, keys)))
                    target = found[0] if found else None
                pieces.append(_local_name(target))
            else:
                value = part.token.evaluate(_context(doc, node, variables, keys))
                pieces.append(" ".join(_text(v) for v in _as_list(value)))
        except elementpath.ElementPathError:
            pieces.append("?")
    return " ".join("".join(pieces).split())


def _text(value: Any) -> str:
    if hasattr(value, "string_value"):
        return str(value.string_value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _local_name(node: Any) -> str:
    name = getattr(node, "name", None)
    if not name:
        return ""
    text = str(name)
    return text.rsplit("}", 1)[-1]


def _line(node: Any) -> int:
    current = node
    while current is not None:
        obj = getattr(current, "obj", None)
        if isinstance(obj, etree._ElementTree):
            obj = obj.getroot()
        line = getattr(obj, "sourceline", None)
        if isinstance(line, int):
            return line
        current = getattr(current, "parent", None)
    return 0


def _fault(what: str, node: Any, exc: Exception) -> Violation:
    return Violation(
        _line(node),
        ERROR,
        f"The edition's schema could not apply {what} here ({exc}); "
        "this is a fault in the schema, not in the file.",
        "schematron",
    )


# --------------------------------------------------------------------------- compiling


def load_schematron(path: str | Path) -> Schematron:
    """Compile a Schematron file; a faulty schema raises :class:`SchemaError`."""
    try:
        tree = parse_file(path)
    except Exception as exc:  # UnsafeXMLError or OSError wrapped as our own error below
        raise SchemaError(f"the Schematron schema cannot be read: {exc}", file=str(path)) from None
    return compile_schematron(tree, source=str(path))


def compile_schematron(tree: etree._ElementTree | etree._Element, source: str = "") -> Schematron:
    """Parse every XPath of a Schematron schema once."""
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    if root.tag != f"{{{SCH}}}schema":
        raise SchemaError("the file is not an ISO Schematron schema (sch:schema)", file=source)
    binding = (root.get("queryBinding") or "xslt2").lower()
    if binding not in ("xslt", "xslt2", "xslt3", "xpath2", "xpath3", "xpath31"):
        raise SchemaError(
            f"the Schematron query language {binding!r} is not supported (use xslt2 or xslt3)",
            file=source,
        )
    namespaces = {"xml": "http://www.w3.org/XML/1998/namespace"}
    for ns in root.iter(f"{{{SCH}}}ns"):
        namespaces[ns.get("prefix", "")] = ns.get("uri", "")
    # The codepoint collation: elementpath's locale collations take a process-wide lock that
    # leaks (and then deadlocks) where the en_US.UTF-8 locale is not installed.
    parser = _SchParser(namespaces=namespaces, default_collation=UNICODE_CODEPOINT_COLLATION)
    compiler = _Compiler(parser, source, namespaces)
    keys = {
        k.get("name", ""): _Key(
            k.get("name", ""),
            compiler.selector(k.get("match", ""), k),
            compiler.xpath(k.get("use", ""), k),
            compiler.fast_use(k.get("use", "")),
        )
        for k in root.iter(f"{{{XSL}}}key")
    }
    abstract = {
        r.get("id", ""): r
        for r in root.iter(f"{{{SCH}}}rule")
        if r.get("abstract") == "true"
    }
    patterns = tuple(
        compiler.pattern(p, abstract)
        for p in root.iterchildren(f"{{{SCH}}}pattern")
        if p.get("abstract") != "true"
    )
    lets = tuple(compiler.let(e) for e in root.iterchildren(f"{{{SCH}}}let"))
    expressions = tuple(
        value
        for el in root.iter()
        for attr in ("value", "test", "context", "select", "path", "use", "match")
        if (value := el.get(attr)) is not None
    )
    for expr in expressions:
        for used in re.findall(r"\bkey\(\s*['\"]([^'\"]+)['\"]", expr):
            if used not in keys:
                raise SchemaError(
                    f"the Schematron uses the key {used!r} but does not declare it "
                    "(xsl:key); recompile the schema from the ODD with a compiler that keeps "
                    "the ODD's xsl:key declarations",
                    file=source,
                )
    return Schematron(lets, keys, patterns, source, expressions)


def _split_union(pattern: str) -> list[str]:
    """Split a pattern on its top-level ``|`` (not inside brackets, parentheses or quotes)."""
    parts: list[str] = []
    depth = 0
    quote = ""
    start = 0
    for i, ch in enumerate(pattern):
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "'\"":
            quote = ch
        elif ch in "[(":
            depth += 1
        elif ch in "])":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts


def _src_line(el: etree._Element) -> int | None:
    line = el.sourceline
    return line if isinstance(line, int) else None


class _Compiler:
    """Turns Schematron elements into the frozen structures above; remembers the source for
    error messages."""

    def __init__(self, parser: Any, source: str, namespaces: Mapping[str, str]) -> None:
        self.parser = parser
        self.source = source
        self.lxml_namespaces = {p: u for p, u in namespaces.items() if p and p != "xml"}

    def xpath(self, expr: str, where: etree._Element) -> Any:
        try:
            return self.parser.parse(expr)
        except elementpath.ElementPathError as exc:
            raise SchemaError(
                f"the Schematron expression {expr!r} cannot be read: {exc}",
                file=self.source,
                line=_src_line(where),
            ) from None

    def selector(self, pattern: str, where: etree._Element) -> Any:
        """An XSLT match pattern as an expression selecting every node it matches.

        Each alternative ``X`` of the pattern becomes ``//X`` (``descendant-or-self::node()/X``,
        which is what matching ``X`` anywhere means, positional predicates included);
        absolute alternatives stay as they are. ``//(X)`` would say the same but makes
        elementpath evaluate ``X`` once per node of the document, which is far slower.
        """
        parts = [p.strip() for p in _split_union(pattern.strip())]
        exprs = [p if p.startswith("/") else f"//{p}" for p in parts if p]
        if not exprs:
            raise SchemaError(
                "a rule or key has an empty match pattern", file=self.source,
                line=_src_line(where),
            )
        expr = " | ".join(exprs)
        fast: etree.XPath | None
        try:
            fast = etree.XPath(expr, namespaces=self.lxml_namespaces)
        except etree.XPathError:
            fast = None  # XPath 2.0 syntax: elementpath only
        return _Selector(expr, self.xpath(expr, where), fast)

    def fast_use(self, expr: str) -> etree.XPath | None:
        """``@xml:id``-like key values read by libxml2 when the expression is XPath 1.0."""
        if not re.fullmatch(r"@[\w:.-]+", expr.strip()):
            return None
        try:
            return etree.XPath(f"{expr.strip()}", namespaces=self.lxml_namespaces)
        except etree.XPathError:
            return None

    def let(self, el: etree._Element) -> _Let:
        name = el.get("name", "")
        value = el.get("value")
        if value is None:
            raise SchemaError(
                f"the variable {name!r} has no value attribute", file=self.source,
                line=_src_line(el),
            )
        return _Let(name, value, self.xpath(value, el))

    def pattern(self, el: etree._Element, abstract: Mapping[str, etree._Element]) -> _Pattern:
        pid = el.get("id", "")
        lets = tuple(self.let(e) for e in el.iterchildren(f"{{{SCH}}}let"))
        rules = tuple(
            self.rule(r, pid, abstract)
            for r in el.iterchildren(f"{{{SCH}}}rule")
            if r.get("abstract") != "true"
        )
        return _Pattern(pid, lets, rules)

    def rule(
        self, el: etree._Element, pattern_id: str, abstract: Mapping[str, etree._Element]
    ) -> _Rule:
        context = el.get("context", "")
        lets: list[_Let] = []
        checks: list[_Check] = []
        fallback_id = el.get("id") or pattern_id or "schematron"
        for child in self._expand(el, abstract, 0):
            if child.tag == f"{{{SCH}}}let":
                lets.append(self.let(child))
            elif child.tag in (f"{{{SCH}}}assert", f"{{{SCH}}}report"):
                checks.append(self.check(child, fallback_id))
        return _Rule(context, self.selector(context, el), tuple(lets), tuple(checks))

    def _expand(
        self, el: etree._Element, abstract: Mapping[str, etree._Element], depth: int
    ) -> Iterator[etree._Element]:
        if depth > 20:
            raise SchemaError("abstract rules extend each other in a loop", file=self.source)
        for child in el:
            if child.tag == f"{{{SCH}}}extends":
                base = abstract.get(child.get("rule", ""))
                if base is None:
                    raise SchemaError(
                        f"a rule extends the unknown abstract rule {child.get('rule')!r}",
                        file=self.source,
                        line=_src_line(child),
                    )
                yield from self._expand(base, abstract, depth + 1)
            elif isinstance(child.tag, str):
                yield child

    def check(self, el: etree._Element, fallback_id: str) -> _Check:
        test = el.get("test", "")
        role = (el.get("role") or "").strip().lower()
        severity = WARNING if role in _WARNING_ROLES else ERROR
        return _Check(
            is_assert=el.tag == f"{{{SCH}}}assert",
            test=test,
            token=self.xpath(test, el),
            message=tuple(self._message(el)),
            rule_id=el.get("id") or fallback_id,
            severity=severity,
        )

    def _message(self, el: etree._Element) -> Iterator[_Part]:
        if el.text:
            yield _Part("text", el.text)
        for child in el:
            if child.tag == f"{{{SCH}}}value-of":
                yield _Part("value-of", token=self.xpath(child.get("select", "."), child))
            elif child.tag == f"{{{SCH}}}name":
                path = child.get("path")
                yield _Part("name", token=self.xpath(path, child) if path else None)
            elif isinstance(child.tag, str):
                yield from self._message(child)  # sch:emph, sch:dir, sch:span: keep the text
            if child.tail:
                yield _Part("text", child.tail)
