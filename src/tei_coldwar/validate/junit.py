"""JUnit XML for CI systems: one test case per file, its errors as the failure.

GitLab, Jenkins, GitHub test-report actions and most CI dashboards read this format, so a
validation run shows up beside the project's unit tests with one line per TEI file.
Warnings do not fail a file; they are listed in the test case's ``system-out``.
"""

from __future__ import annotations

from collections.abc import Sequence

from lxml import etree

from .findings import Finding

SUITE = "tei-coldwar validate"


def junit_xml(results: Sequence[tuple[str, Sequence[Finding]]], *, seconds: float = 0.0) -> bytes:
    """The report for ``(file, findings)`` pairs, in the order given."""
    failures = sum(1 for _, fs in results if any(f.is_error for f in fs))
    counts = {
        "name": SUITE,
        "tests": str(len(results)),
        "failures": str(failures),
        "errors": "0",
        "skipped": "0",
        "time": f"{seconds:.3f}",
    }
    suites = etree.Element("testsuites", counts)
    suite = etree.SubElement(suites, "testsuite", counts)
    for file, findings in results:
        case = etree.SubElement(
            suite, "testcase", classname="tei-coldwar.validate", name=file, file=file
        )
        errors = [f for f in findings if f.is_error]
        warnings = [f for f in findings if not f.is_error]
        if errors:
            n = len(errors)
            failure = etree.SubElement(
                case,
                "failure",
                message=f"{n} {'error' if n == 1 else 'errors'}: {errors[0].message}",
                type="tei-validation",
            )
            failure.text = "\n".join(f.format() for f in errors) + "\n"
        if warnings:
            out = etree.SubElement(case, "system-out")
            out.text = "\n".join(f.format() for f in warnings) + "\n"
    return etree.tostring(suites, xml_declaration=True, encoding="UTF-8", pretty_print=True)
