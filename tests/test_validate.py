"""The validator end to end: the ODD's grammar and rules on constructed documents, the
negative corpus, the CLI and the JUnit report."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from tei_coldwar.errors import SchemaError
from tei_coldwar.validate import Finding, Validator, validate
from tei_coldwar.validate.cli import validate as validate_cmd
from tei_coldwar.validate.findings import summary
from tei_coldwar.validate.junit import junit_xml

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
NEG = Path(__file__).resolve().parent / "negative"
REGISTER = NEG / "register.xml"
VALID = sorted((NEG / "valid").glob("*.xml"))
EXPECTED: dict[str, dict[str, object]] = json.loads((NEG / "expected.json").read_text("utf-8"))

# Words of XPath and schema languages that a historian should never have to read.
JARGON = re.compile(
    r"xpath|xs:|tei:|::|\[@|@\w|node\(\)|ElementPath|err:|FORG|XPTY|RELAXNG_|"
    r"\bfacet\b|\binterleave\b|\bNCName\b",
    re.IGNORECASE,
)


def compiled_schema(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The grammar compiled from the ODD as it is now (so the tests judge the ODD, not a stale
    copy); the committed schema when the TEI sources are not at hand."""
    p5 = SHARED / "tei-p5"
    if (p5 / "p5subset.xml").exists():
        from tei_coldwar.odd import compile_odd

        compiled = compile_odd(REPO / "schema" / "tei_coldwar.odd", p5)
        out = tmp_path_factory.mktemp("schema")
        (out / "tei_coldwar.rng").write_bytes(compiled.rng)
        (out / "tei_coldwar.sch").write_bytes(compiled.schematron)
        return out / "tei_coldwar.rng"
    committed = REPO / "schema" / "tei_coldwar.rng"
    if committed.exists() and committed.with_suffix(".sch").exists():
        return committed
    pytest.skip("neither ../shared/tei-p5 nor a compiled schema/tei_coldwar.rng is present")


@pytest.fixture(scope="session")
def schema_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return compiled_schema(tmp_path_factory)


@pytest.fixture(scope="session")
def validator(schema_path: Path) -> Validator:
    return Validator.build(schema=schema_path, register=REGISTER)


# --------------------------------------------------------------------------- positives


@pytest.mark.parametrize("path", [*VALID, REGISTER], ids=lambda p: p.name)
def test_constructed_valid_documents_have_no_findings(validator: Validator, path: Path) -> None:
    assert validator.check(path) == []


def test_valid_documents_pass_the_attribute_check_too(validator: Validator) -> None:
    """The precise attribute check (used to explain grammar errors) agrees with the grammar on
    valid files, so it never invents a fault."""
    from tei_coldwar.xmlsafe import parse_file

    for path in [*VALID, REGISTER]:
        assert validator.relaxng.local_problems(parse_file(path)) == []


# --------------------------------------------------------------------------- negatives


def test_negative_corpus_is_complete() -> None:
    files = {p.name for p in NEG.glob("*.xml")} - {REGISTER.name}
    assert files == set(EXPECTED)
    assert len(files) >= 25


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_negative_document_is_rejected_with_its_rule(validator: Validator, name: str) -> None:
    spec = EXPECTED[name]
    findings = validator.check(NEG / name)
    errors = [f for f in findings if f.is_error]
    rule = str(spec["rule"])
    fragment = str(spec["message"])
    assert any(f.rule == rule for f in errors), [f.format() for f in findings]
    assert any(f.rule == rule and fragment in f.message for f in errors), [
        f.format() for f in findings
    ]
    allowed = {rule, *(str(a) for a in spec.get("also", []))}  # type: ignore[attr-defined]
    assert {f.rule for f in errors} <= allowed, [f.format() for f in findings]
    for f in findings:
        assert not JARGON.search(f.message), f.message
        assert f.message[0].isupper() and f.message.endswith("."), f.message
    # Only a refused file (DOCTYPE, entities) may lack a line: it was never parsed.
    assert all(f.line > 0 for f in errors if f.rule != "xml"), [f.format() for f in findings]


def test_finding_points_at_the_offending_line(validator: Validator) -> None:
    path = NEG / "date-february-30.xml"
    line = next(
        i for i, text in enumerate(path.read_text("utf-8").splitlines(), 1) if "1956-02-30" in text
    )
    (finding,) = validator.check(path)
    assert (finding.line, finding.rule) == (line, "cw-date-real")


# --------------------------------------------------------------------------- the rules


def _doc_with_date(attrs: str, text: str = "") -> etree._ElementTree:
    source = (NEG / "valid" / "valid-telegram.xml").read_bytes()
    old = b'<date when="1956-11">November 1956</date>'
    assert old in source
    new = f"<date {attrs}>{text}</date>".encode()
    return etree.fromstring(source.replace(old, new)).getroottree()


@settings(max_examples=40, deadline=None)
@given(
    year=st.integers(min_value=1800, max_value=2099),
    month=st.integers(min_value=1, max_value=12),
    day=st.integers(min_value=1, max_value=31),
)
def test_calendar_rule_agrees_with_the_gregorian_calendar(
    validator: Validator, year: int, month: int, day: int
) -> None:
    value = f"{year:04d}-{month:02d}-{day:02d}"
    try:
        dt.date(year, month, day)
        real = True
    except ValueError:
        real = False
    findings = validator.check(_doc_with_date(f'when="{value}"', value))
    assert any(f.rule == "cw-date-real" for f in findings) is not real


@pytest.mark.parametrize(
    ("attrs", "text", "rule"),
    [
        ('from="1956-12" to="1956-12-05"', "December 1956 to 5 December", None),
        ('from="1956-12-05" to="1956-12"', "5 December to December 1956", None),
        ('from="1957" to="1956-12-31"', "1957 to 1956", "cw-date-order"),
        ('notBefore="1956-12-21T10:00" notAfter="1956-12-21T09:00"', "1956", "cw-date-range-order"),
        ('notBefore="1956"', "before 1956", None),
        ('from="1901" to="2000"', "the twentieth century", None),
        ('from="1950" to="1959"', "the fifties", "cw-date-cert"),
        ('from="1950" to="1959" cert="medium"', "the fifties", None),
        ('when="1962-10-30"', "30.X.62", None),
        ('when="1956-12-17"', "December 17", "cw-date-cert"),
        ('when="1956-12-17" cert="high"', "December 17", None),
        ("", "some day", "cw-date-value"),
        ('when="1965-06-25T18:00+00:00"', "June 25, 1965, 1800Z", None),
    ],
)
def test_date_rules(validator: Validator, attrs: str, text: str, rule: str | None) -> None:
    findings = validator.check(_doc_with_date(attrs, text))
    assert [f.rule for f in findings] == ([rule] if rule else []), [f.format() for f in findings]


def test_names_in_the_header_and_in_particdesc_need_no_register_link(validator: Validator) -> None:
    source = (NEG / "valid" / "valid-telegram.xml").read_text("utf-8")
    source = source.replace(
        "</profileDesc>",
        "<particDesc><listPerson type=\"local\"><person xml:id=\"translator-a\">"
        "<persName>A. Translator</persName><note>Not in the register.</note></person>"
        "</listPerson></particDesc></profileDesc>",
    ).replace(
        '<persName ref="person:eisenhower-dwight-d">Ike</persName>',
        '<persName ref="#translator-a">A. Translator</persName>',
    )
    tree = etree.fromstring(source.encode()).getroottree()
    assert validator.check(tree) == []


# --------------------------------------------------------------------------- API


def test_validate_accepts_paths_strings_trees_and_elements(schema_path: Path) -> None:
    path = NEG / "date-february-30.xml"
    tree = etree.parse(str(path))
    for source in (path, str(path), tree, tree.getroot()):
        found = validate(source, register=REGISTER, schema=schema_path)
        assert [f.rule for f in found] == ["cw-date-real"]
    assert validate(path, register=REGISTER, schema=schema_path)[0].file == str(path)


def test_unreadable_files_become_xml_findings(validator: Validator, tmp_path: Path) -> None:
    missing = validator.check(tmp_path / "nope.xml")
    assert [(f.rule, f.severity) for f in missing] == [("xml", "error")]
    assert "cannot be read" in missing[0].message
    broken = validator.check(NEG / "not-well-formed.xml")
    assert broken[0].rule == "xml" and broken[0].line > 0


def test_missing_schema_or_register_is_a_schema_error(schema_path: Path, tmp_path: Path) -> None:
    with pytest.raises(SchemaError, match="RELAX NG schema is missing"):
        Validator.build(schema=tmp_path / "none.rng", register=REGISTER)
    lonely = tmp_path / "lonely.rng"
    shutil.copy(schema_path, lonely)
    with pytest.raises(SchemaError, match="Schematron rules are missing"):
        Validator.build(schema=lonely, register=REGISTER)
    with pytest.raises(SchemaError, match="register of persons cannot be found"):
        Validator.build(schema=schema_path, register=tmp_path / "none.xml")


def test_finding_format_and_summary() -> None:
    f = Finding("a.xml", 3, 0, "error", "The date 1956-02-30 is not a real calendar day.", "x")
    w = Finding("b.xml", 1, 0, "warning", "Hmm.", "y")
    assert f.format() == "a.xml:3:0: error: The date 1956-02-30 is not a real calendar day. [x]"
    assert summary([("a.xml", [f]), ("b.xml", [w]), ("c.xml", [])]) == (
        "3 files checked, 1 invalid, 1 error, 1 warning"
    )
    assert summary([("a.xml", [f, f])]) == "1 file checked, 1 invalid, 2 errors"


def test_junit_report_has_one_case_per_file() -> None:
    f = Finding("a.xml", 3, 0, "error", "Broken.", "x")
    w = Finding("b.xml", 1, 0, "warning", "Odd.", "y")
    root = etree.fromstring(junit_xml([("a.xml", [f]), ("b.xml", [w])]))
    suite = root.find("testsuite")
    assert suite is not None
    assert (suite.get("tests"), suite.get("failures")) == ("2", "1")
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == ["a.xml", "b.xml"]
    failure = cases[0].find("failure")
    assert failure is not None and "[x]" in (failure.text or "")
    assert cases[1].find("failure") is None
    assert "Odd." in (cases[1].findtext("system-out") or "")


# --------------------------------------------------------------------------- CLI


def _corpus(tmp_path: Path, *names: str) -> Path:
    folder = tmp_path / "tei"
    folder.mkdir()
    for name in names:
        source = NEG / "valid" / name if name.startswith("valid-") else NEG / name
        shutil.copy(source, folder / name)
    return folder


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(validate_cmd, list(args))
    return result.exit_code, result.output


def test_cli_valid_directory_exits_zero(schema_path: Path, tmp_path: Path) -> None:
    folder = _corpus(tmp_path, "valid-telegram.xml", "valid-article.xml")
    code, out = _run(str(folder), "--schema", str(schema_path), "--register", str(REGISTER))
    assert code == 0, out
    assert out.strip().splitlines()[-1] == "2 files checked, 0 invalid, 0 errors"


def test_cli_reports_each_problem_and_exits_one(schema_path: Path, tmp_path: Path) -> None:
    folder = _corpus(
        tmp_path, "valid-telegram.xml", "date-february-30.xml", "note-numbers-skip.xml"
    )
    code, out = _run(str(folder), "--schema", str(schema_path), "--register", str(REGISTER))
    assert code == 1
    lines = out.strip().splitlines()
    assert re.fullmatch(r".+date-february-30\.xml:\d+:0: error: .+ \[cw-date-real\]", lines[0])
    assert any(line.endswith("[cw-note-sequence]") for line in lines)
    assert lines[-1].startswith("3 files checked, 2 invalid, ")


def test_cli_usage_errors_exit_two(schema_path: Path, tmp_path: Path) -> None:
    assert _run(str(tmp_path / "missing.xml"))[0] == 2
    empty = tmp_path / "empty"
    empty.mkdir()
    code, out = _run(str(empty), "--schema", str(schema_path))
    assert code == 2 and "no TEI files" in out
    assert _run(str(NEG / "date-february-30.xml"), "--format", "yaml")[0] == 2
    lonely = tmp_path / "lonely.rng"
    shutil.copy(schema_path, lonely)
    code, out = _run(str(NEG / "date-february-30.xml"), "--schema", str(lonely))
    assert code == 2 and "Schematron rules are missing" in out


def test_cli_junit_to_file_and_to_stdout(schema_path: Path, tmp_path: Path) -> None:
    folder = _corpus(tmp_path, "valid-telegram.xml", "date-february-30.xml")
    report = tmp_path / "report.xml"
    common = ["--schema", str(schema_path), "--register", str(REGISTER), "--format", "junit"]
    code, out = _run(str(folder), *common, "--output", str(report))
    assert code == 1
    assert out.strip() == "2 files checked, 1 invalid, 1 error"
    suite = etree.parse(str(report)).getroot().find("testsuite")
    assert suite is not None and suite.get("failures") == "1"
    result = CliRunner().invoke(validate_cmd, [str(folder), *common])
    xml_start = result.stdout.index("<?xml")
    parsed = etree.fromstring(result.stdout[xml_start:].encode())
    assert len(parsed.findall("testsuite/testcase")) == 2


def test_cli_text_report_to_file(schema_path: Path, tmp_path: Path) -> None:
    report = tmp_path / "out.txt"
    code, _ = _run(
        str(NEG / "date-february-30.xml"), "--schema", str(schema_path),
        "--register", str(REGISTER), "--output", str(report),
    )
    assert code == 1
    text = report.read_text("utf-8")
    assert "[cw-date-real]" in text and text.strip().endswith("1 invalid, 1 error")


# --------------------------------------------------------------------------- the writer


def test_converted_seeds_are_valid(seed_tei_dir: Path, schema_path: Path) -> None:
    """What the writer produces from the real seeds passes the edition's schema with the
    bundled register (the contract between writer and schema)."""
    real = Validator.build(schema=schema_path)
    for path in sorted(seed_tei_dir.glob("*.xml")):
        errors = [f.format() for f in real.check(path) if f.is_error]
        assert errors == [], errors
