"""pytest plugin: every TEI file of an edition becomes a test item, failing with its findings.

Turn it on in the project's pytest configuration::

    [tool.pytest.ini_options]
    testpaths = ["tests", "tei"]
    tei_validate_paths = ["tei/**/*.xml"]

or for one run with ``pytest --tei-validate tei/``. Files matching the patterns are collected
wherever pytest's walk finds them, so the folder must be in ``testpaths`` or on the command
line. The schema and the register are loaded once per session. With ``--junitxml`` the
results go into pytest's own JUnit report, one test case per file.
"""

from __future__ import annotations

from collections.abc import Sequence
from fnmatch import fnmatch
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from ..errors import TeiColdwarError
from .findings import Finding, has_errors

if TYPE_CHECKING:
    from .validator import Validator

# The plugin is loaded by every pytest run where tei_coldwar is installed, so the schema
# machinery (lxml, elementpath) is imported only once a TEI file is actually checked.
_VALIDATOR = pytest.StashKey["Validator | TeiColdwarError"]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("tei-coldwar", "TEI validation (tei_coldwar)")
    group.addoption(
        "--tei-validate",
        action="store_true",
        default=False,
        help="collect every *.xml file pytest walks as a TEI file to validate",
    )
    group.addoption("--tei-register", default=None, help="register of persons to validate with")
    group.addoption("--tei-schema", default=None, help="compiled RELAX NG grammar (.rng)")
    parser.addini(
        "tei_validate_paths",
        type="linelist",
        default=[],
        help="glob patterns (relative to the rootdir) of TEI files to validate, e.g. tei/**/*.xml",
    )
    parser.addini("tei_register", default="", help="register of persons to validate with")
    parser.addini("tei_schema", default="", help="compiled RELAX NG grammar (.rng)")


def _matches(rel: str, patterns: Sequence[str]) -> bool:
    for pattern in patterns:
        p = pattern.strip().replace("\\", "/")
        if fnmatch(rel, p) or ("**/" in p and fnmatch(rel, p.replace("**/", ""))):
            return True
    return False


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    if file_path.suffix != ".xml":
        return None
    config = parent.config
    patterns: list[str] = config.getini("tei_validate_paths")
    if config.getoption("tei_validate"):
        wanted = True
    elif patterns:
        try:
            rel = file_path.relative_to(config.rootpath).as_posix()
        except ValueError:
            rel = file_path.as_posix()
        wanted = _matches(rel, patterns)
    else:
        wanted = False
    if not wanted:
        return None
    result: TeiFile = TeiFile.from_parent(parent, path=file_path)
    return result


def _setting(config: pytest.Config, option: str, ini: str) -> Path | None:
    value = config.getoption(option) or config.getini(ini)
    if not value:
        return None
    path = Path(str(value))
    return path if path.is_absolute() else config.rootpath / path


def _validator(config: pytest.Config) -> Validator:
    from .validator import Validator

    found = config.stash.get(_VALIDATOR, None)
    if found is None:
        try:
            found = Validator.build(
                schema=_setting(config, "tei_schema", "tei_schema"),
                register=_setting(config, "tei_register", "tei_register"),
            )
        except TeiColdwarError as exc:
            found = exc
        config.stash[_VALIDATOR] = found
    if isinstance(found, TeiColdwarError):
        raise found
    return found


class TeiFile(pytest.File):
    """A TEI file: one item, the validation of the whole file."""

    def collect(self) -> list[pytest.Item]:
        item: TeiItem = TeiItem.from_parent(self, name=self.path.name)
        return [item]


class TeiValidationFailed(Exception):
    def __init__(self, findings: Sequence[Finding]) -> None:
        super().__init__(f"{len(findings)} findings")
        self.findings = list(findings)


class TeiItem(pytest.Item):
    """Fails when the file has errors; warnings are shown but do not fail it."""

    def runtest(self) -> None:
        findings = _validator(self.config).check(self.path, name=str(self.path))
        for f in findings:
            if not f.is_error:
                self.add_report_section("call", "warnings", f.format())
        if has_errors(findings):
            raise TeiValidationFailed(findings)

    def repr_failure(
        self,
        excinfo: pytest.ExceptionInfo[BaseException],
        style: Any = None,
    ) -> str:
        exc = excinfo.value
        if isinstance(exc, TeiValidationFailed):
            errors = [f for f in exc.findings if f.is_error]
            noun = "error" if len(errors) == 1 else "errors"
            head = f"{self.path}: {len(errors)} validation {noun}"
            return "\n".join([head, *(f.format() for f in exc.findings)])
        if isinstance(exc, TeiColdwarError):
            return f"{self.path}: the file could not be validated: {exc}"
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, None, f"TEI validation: {self.path.name}"
