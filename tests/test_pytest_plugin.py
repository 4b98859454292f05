"""The pytest plugin: TEI files collected as test items, failing with their findings."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from lxml import etree

pytest_plugins = ["pytester"]

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
NEG = Path(__file__).resolve().parent / "negative"


@pytest.fixture(scope="module")
def schema_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The schema compiled from the current ODD (the committed one without TEI sources)."""
    out = tmp_path_factory.mktemp("plugin-schema")
    p5 = SHARED / "tei-p5"
    if (p5 / "p5subset.xml").exists():
        from tei_coldwar.odd import compile_odd

        compiled = compile_odd(REPO / "schema" / "tei_coldwar.odd", p5)
        (out / "tei_coldwar.rng").write_bytes(compiled.rng)
        (out / "tei_coldwar.sch").write_bytes(compiled.schematron)
        return out
    committed = REPO / "schema" / "tei_coldwar.rng"
    if not (committed.exists() and committed.with_suffix(".sch").exists()):
        pytest.skip("no compiled schema and no ../shared/tei-p5 to compile one")
    shutil.copy(committed, out)
    shutil.copy(committed.with_suffix(".sch"), out)
    return out


@pytest.fixture
def edition(pytester: pytest.Pytester, schema_dir: Path) -> pytest.Pytester:
    """A small edition project: schema, register, one valid and one broken TEI file."""
    for name in ("tei_coldwar.rng", "tei_coldwar.sch"):
        shutil.copy(schema_dir / name, pytester.path / name)
    shutil.copy(NEG / "register.xml", pytester.path / "register.xml")
    tei = pytester.mkdir("tei")
    shutil.copy(NEG / "valid" / "valid-telegram.xml", tei / "good.xml")
    shutil.copy(NEG / "date-february-30.xml", tei / "bad.xml")
    shutil.copy(NEG / "note-numbers-skip.xml", tei / "numbers.xml")
    other = pytester.mkdir("other")
    shutil.copy(NEG / "date-february-30.xml", other / "ignored.xml")
    return pytester


def _run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    # hypothesis' plugin takes seconds to start and plays no part here.
    # A subprocess keeps the inner run apart from the outer session (its plugins, threads
    # and process pools), which an in-process run shares.
    return pytester.runpytest_subprocess(
        "-p", "no:hypothesispytest", "-p", "no:cacheprovider", *args, timeout=120
    )


def _ini(pytester: pytest.Pytester, patterns: str | None) -> None:
    lines = [
        "[pytest]",
        "tei_schema = tei_coldwar.rng",
        "tei_register = register.xml",
    ]
    if patterns is not None:
        lines.append(f"tei_validate_paths = {patterns}")
    pytester.makeini("\n".join(lines) + "\n")


def test_ini_patterns_collect_matching_tei_files(edition: pytest.Pytester) -> None:
    _ini(edition, "tei/**/*.xml")
    result = _run(edition, "tei", "other", "-v")
    result.assert_outcomes(passed=1, failed=2)
    result.stdout.fnmatch_lines(
        [
            "*tei/bad.xml*: error: The date 1956-02-30 is not a real calendar day. "
            "[[]cw-date-real[]]",
            "*[[]cw-note-sequence[]]",
        ]
    )
    assert "ignored.xml" not in result.stdout.str()


def test_command_line_option_collects_every_xml_file(edition: pytest.Pytester) -> None:
    _ini(edition, None)
    result = _run(edition, "--tei-validate", "tei", "other")
    result.assert_outcomes(passed=1, failed=3)


def test_nothing_is_collected_without_the_option(edition: pytest.Pytester) -> None:
    _ini(edition, None)
    result = _run(edition, "tei")
    result.assert_outcomes()
    assert result.ret == pytest.ExitCode.NO_TESTS_COLLECTED


def test_junitxml_has_one_case_per_tei_file(edition: pytest.Pytester) -> None:
    _ini(edition, "tei/*.xml")
    report = edition.path / "report.xml"
    _run(edition, "tei", f"--junitxml={report}")
    cases = etree.parse(str(report)).getroot().findall(".//testcase")
    assert sorted(c.get("name") for c in cases) == ["bad.xml", "good.xml", "numbers.xml"]
    failed = [c for c in cases if c.find("failure") is not None]
    assert sorted(c.get("name") for c in failed) == ["bad.xml", "numbers.xml"]
    failures = [c.find("failure") for c in failed]
    text = "".join((f.get("message", "") + (f.text or "")) for f in failures if f is not None)
    assert "cw-date-real" in text


def test_a_missing_schema_fails_each_item_with_a_sentence(edition: pytest.Pytester) -> None:
    edition.makeini(
        "[pytest]\ntei_schema = nowhere.rng\ntei_register = register.xml\n"
        "tei_validate_paths = tei/good.xml\n"
    )
    result = _run(edition, "tei")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*could not be validated*RELAX NG schema is missing*"])
