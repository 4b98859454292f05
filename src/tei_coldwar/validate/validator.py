"""The validator: the edition's RELAX NG grammar and Schematron rules, loaded once.

A :class:`Validator` holds both compiled schemas and the pre-parsed register of persons, so a
batch (the CLI, the pytest plugin, the benchmark) pays for loading once and then checks each
file in milliseconds. :func:`validate` is the one-call form for a single file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from lxml import etree

from ..errors import SchemaError, UnsafeXMLError
from ..resources import bundled, register_path
from ..xmlsafe import parse_file
from .findings import ERROR, Finding, sort_findings
from .relaxng import RelaxNG, load_relaxng
from .schematron import BoundSchematron, load_schematron

Source = str | Path | etree._ElementTree | etree._Element

REGISTER_PARAM = "register"


def default_schema() -> Path:
    return bundled("schema", "tei_coldwar.rng")


@dataclass(frozen=True)
class Validator:
    """Compiled grammar + rules + register; immutable, so one instance serves many files."""

    relaxng: RelaxNG
    schematron: BoundSchematron
    schema_path: str
    register_path: str | None

    @classmethod
    def build(cls, *, schema: Path | None = None, register: Path | None = None) -> Validator:
        """Load the grammar ``schema`` (``.rng``) and the Schematron beside it (``.sch``).

        The register is parsed only if the rules ask for it (a schema-level ``let`` named
        ``register``); it replaces that variable's default.
        """
        rng_path = Path(schema) if schema is not None else default_schema()
        relaxng = load_relaxng(rng_path)
        sch_path = rng_path.with_suffix(".sch")
        if not sch_path.exists():
            raise SchemaError(
                "the edition's Schematron rules are missing; compile them from the ODD with "
                "'tei-coldwar odd compile'",
                file=str(sch_path),
            )
        rules = load_schematron(sch_path)
        params: dict[str, etree._ElementTree] = {}
        reg_used: str | None = None
        if rules.uses_variable(REGISTER_PARAM):
            reg = Path(register) if register is not None else register_path()
            if not reg.exists():
                raise SchemaError("the register of persons cannot be found", file=str(reg))
            try:
                params[REGISTER_PARAM] = parse_file(reg)
            except UnsafeXMLError as exc:
                raise SchemaError(
                    f"the register of persons cannot be read: {exc.message}", file=str(reg)
                ) from None
            reg_used = str(reg)
        return cls(relaxng, rules.bind(params), str(rng_path), reg_used)

    def check(self, source: Source, name: str | None = None) -> list[Finding]:
        """All findings for one file or tree, ordered by line."""
        label = name or _label(source)
        try:
            tree = _tree(source)
        except UnsafeXMLError as exc:
            column = re.search(r"column (\d+)", exc.message)
            return [
                Finding(
                    label, exc.line or 0, int(column.group(1)) if column else 0, ERROR,
                    _xml_message(exc.message), "xml",
                )
            ]
        findings = [
            Finding(label, p.line, 0, p.severity, p.message, "rng")
            for p in self.relaxng.check(tree)
        ]
        findings.extend(
            Finding(label, v.line, 0, v.severity, v.message, v.rule)
            for v in self.schematron.run(tree)
        )
        return sort_findings(findings)


def validate(
    source: Source, *, register: Path | None = None, schema: Path | None = None
) -> list[Finding]:
    """Check one TEI file (path) or tree against the edition's schema; ``[]`` means valid."""
    return cached_validator(schema, register).check(source)


def cached_validator(schema: Path | None = None, register: Path | None = None) -> Validator:
    """A validator for these files, reused while neither file changes on disk."""
    rng = Path(schema) if schema is not None else default_schema()
    reg = Path(register) if register is not None else register_path()
    return _cached(str(rng), _mtime(rng), _mtime(rng.with_suffix(".sch")), str(reg), _mtime(reg))


@lru_cache(maxsize=4)
def _cached(rng: str, _m1: float, _m2: float, reg: str, _m3: float) -> Validator:
    return Validator.build(schema=Path(rng), register=Path(reg))


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def _tree(source: Source) -> etree._ElementTree:
    if isinstance(source, etree._ElementTree):
        return source
    if isinstance(source, etree._Element):
        return source.getroottree()
    return parse_file(source)


def _label(source: Source) -> str:
    if isinstance(source, (str, Path)):
        return str(source)
    tree = source if isinstance(source, etree._ElementTree) else source.getroottree()
    url = tree.docinfo.URL
    return str(url) if url else "<tree>"


def _xml_message(text: str) -> str:
    """libxml2 treats a repeated xml:id as a parse error; say what it means."""
    m = re.search(r"ID (\S+) already defined", text)
    if m:
        return f'The identifier "{m.group(1)}" is used more than once in this file.'
    return _sentence(text)


def _sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return "The file cannot be read."
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."
