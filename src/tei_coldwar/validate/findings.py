"""What validation reports: one :class:`Finding` per problem, in a form the CLI, the JUnit
report and the pytest plugin all print the same way.

A finding names the rule that produced it (``rng`` for the grammar, ``xml`` for a file that
could not be read safely, otherwise the Schematron rule's own id) so that an editor can look
the rule up in the encoding manual.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    """One problem in one file; ``line`` is 0 when the place is unknown."""

    file: str
    line: int
    column: int
    severity: str
    message: str
    rule: str

    def format(self) -> str:
        """The ``file:line:col: severity: message [rule]`` line compilers and editors know."""
        return (
            f"{self.file}:{self.line}:{self.column}: {self.severity}: {self.message} "
            f"[{self.rule}]"
        )

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR


def has_errors(findings: Iterable[Finding]) -> bool:
    return any(f.is_error for f in findings)


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Order by place so a reader can walk through the file once."""
    return sorted(findings, key=lambda f: (f.file, f.line, f.column))


def summary(results: Sequence[tuple[str, Sequence[Finding]]]) -> str:
    """The closing line of a run: files checked, files invalid, errors and warnings."""
    files = len(results)
    invalid = sum(1 for _, fs in results if has_errors(fs))
    errors = sum(1 for _, fs in results for f in fs if f.is_error)
    warnings = sum(1 for _, fs in results for f in fs if not f.is_error)
    text = (
        f"{files} {_plural(files, 'file')} checked, {invalid} invalid, "
        f"{errors} {_plural(errors, 'error')}"
    )
    if warnings:
        text += f", {warnings} {_plural(warnings, 'warning')}"
    return text


def _plural(n: int, word: str) -> str:
    return word if n == 1 else word + "s"
