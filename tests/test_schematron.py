"""The in-process ISO Schematron evaluator, on small schemas written for each feature."""

from __future__ import annotations

import pytest
from lxml import etree

from tei_coldwar.errors import SchemaError
from tei_coldwar.validate.schematron import Violation, compile_schematron

SCH = "http://purl.oclc.org/dsdl/schematron"


def schema(body: str, binding: str = "xslt2", extra_ns: str = "") -> str:
    return (
        f'<sch:schema xmlns:sch="{SCH}" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" '
        f'queryBinding="{binding}" {extra_ns}>'
        '<sch:ns prefix="t" uri="urn:test"/>'
        f"{body}</sch:schema>"
    )


def run(sch: str, doc: str, params: dict[str, str] | None = None) -> list[Violation]:
    compiled = compile_schematron(etree.fromstring(sch.encode()))
    bound = compiled.bind(
        {k: etree.fromstring(v.encode()).getroottree() for k, v in (params or {}).items()}
    )
    return bound.run(etree.fromstring(doc.encode()).getroottree())


DOC = """<doc xmlns="urn:test">
<item n="1">one</item>
<item n="2">two</item>
<item n="x">three</item>
<other/>
</doc>"""


def test_assert_fires_when_false_and_report_when_true() -> None:
    found = run(
        schema(
            '<sch:pattern><sch:rule context="t:item">'
            '<sch:assert id="num" test="number(@n) = number(@n)">Item <sch:value-of select="@n"/> '
            "is not numbered.</sch:assert>"
            '<sch:report id="two" test="@n = \'2\'">Item two found.</sch:report>'
            "</sch:rule></sch:pattern>"
        ),
        DOC,
    )
    assert [(v.rule, v.message) for v in found] == [
        ("two", "Item two found."),
        ("num", "Item x is not numbered."),
    ]


def test_first_matching_rule_in_a_pattern_wins() -> None:
    found = run(
        schema(
            "<sch:pattern>"
            '<sch:rule context="t:item[@n = \'1\']">'
            '<sch:report id="first" test="true()">a</sch:report></sch:rule>'
            '<sch:rule context="t:item"><sch:report id="second" test="true()">b</sch:report>'
            '</sch:rule>'
            "</sch:pattern>"
        ),
        DOC,
    )
    assert sorted(v.rule for v in found) == ["first", "second", "second"]


def test_separate_patterns_each_see_every_node() -> None:
    found = run(
        schema(
            '<sch:pattern><sch:rule context="t:item">'
            '<sch:report id="a" test="true()">a</sch:report></sch:rule></sch:pattern>'
            '<sch:pattern><sch:rule context="t:item">'
            '<sch:report id="b" test="true()">b</sch:report></sch:rule></sch:pattern>'
        ),
        DOC,
    )
    assert sorted(v.rule for v in found) == ["a", "a", "a", "b", "b", "b"]


def test_lets_at_schema_pattern_and_rule_level() -> None:
    found = run(
        schema(
            '<sch:let name="total" value="count(//t:item)"/>'
            '<sch:pattern>'
            '<sch:let name="numbered" value="count(//t:item[@n castable as xs:integer])"/>'
            '<sch:rule context="t:doc"><sch:let name="others" value="count(t:other)"/>'
            '<sch:report id="sum" test="true()"><sch:value-of select="$total"/>/'
            '<sch:value-of select="$numbered"/>/<sch:value-of select="$others"/></sch:report>'
            "</sch:rule></sch:pattern>"
        ),
        DOC,
    )
    assert [v.message for v in found] == ["3/2/1"]


def test_name_and_whitespace_in_messages() -> None:
    found = run(
        schema(
            '<sch:pattern><sch:rule context="t:other">'
            '<sch:report id="n" test="true()">  The   <sch:name/> element\n is empty; its parent'
            ' is '
            '<sch:name path=".."/>.</sch:report></sch:rule></sch:pattern>'
        ),
        DOC,
    )
    assert [v.message for v in found] == ["The other element is empty; its parent is doc."]


def test_role_decides_severity_and_ids_fall_back_to_rule_then_pattern() -> None:
    found = run(
        schema(
            '<sch:pattern id="pat"><sch:rule context="t:other">'
            '<sch:report test="true()" role="warning">w</sch:report>'
            '<sch:report test="true()" role="nonfatal">n</sch:report>'
            '<sch:report test="true()" role="fatal">f</sch:report>'
            '<sch:report test="true()">plain</sch:report>'
            "</sch:rule></sch:pattern>"
            '<sch:pattern id="pat2"><sch:rule id="ruleid" context="t:other">'
            '<sch:report test="true()">r</sch:report></sch:rule></sch:pattern>'
        ),
        DOC,
    )
    assert [(v.message, v.severity, v.rule) for v in found] == [
        ("w", "warning", "pat"),
        ("n", "warning", "pat"),
        ("f", "error", "pat"),
        ("plain", "error", "pat"),
        ("r", "error", "ruleid"),
    ]


def test_violation_lines_come_from_the_source() -> None:
    found = run(
        schema(
            '<sch:pattern><sch:rule context="t:item[@n = \'x\']">'
            '<sch:report id="x" test="true()">x</sch:report></sch:rule></sch:pattern>'
        ),
        DOC,
    )
    assert [v.line for v in found] == [4]


def test_attribute_contexts_report_their_element_line() -> None:
    found = run(
        schema(
            '<sch:pattern><sch:rule context="t:item/@n">'
            '<sch:assert id="digits" test="matches(., \'^[0-9]+$\')">Bad <sch:value-of select="."/>'
            "</sch:assert></sch:rule></sch:pattern>"
        ),
        DOC,
    )
    assert [(v.line, v.message) for v in found] == [(4, "Bad x")]


def test_union_patterns_and_absolute_patterns() -> None:
    found = run(
        schema(
            '<sch:pattern><sch:rule context="t:other | t:item[@n = \'1\']">'
            '<sch:report id="u" test="true()"><sch:name/></sch:report></sch:rule></sch:pattern>'
            '<sch:pattern><sch:rule context="/t:doc">'
            '<sch:report id="root" test="true()">root</sch:report></sch:rule></sch:pattern>'
        ),
        DOC,
    )
    assert sorted(v.message for v in found) == ["item", "other", "root"]


def test_parameters_replace_schema_lets_and_doc_never_reads_files() -> None:
    sch = schema(
        '<sch:let name="reg" value="doc(\'/etc/passwd\')"/>'
        '<sch:pattern><sch:rule context="t:item">'
        '<sch:assert id="known" test="@n = $reg//t:entry/@id">Unknown <sch:value-of select="@n"/>.'
        "</sch:assert></sch:rule></sch:pattern>"
    )
    reg = '<list xmlns="urn:test"><entry id="1"/><entry id="x"/></list>'
    assert [v.message for v in run(sch, DOC, {"reg": reg})] == ["Unknown 2."]
    # Without the parameter the default is evaluated, and doc() sees no files: a schema fault.
    faults = [v for v in run(sch, DOC) if v.rule == "schematron"]
    assert len(faults) == 1
    assert "fault in the schema" in faults[0].message
    assert "root:" not in faults[0].message


def test_xsl_key_with_a_parameter_document_and_the_checked_document() -> None:
    sch = schema(
        '<xsl:key name="entry" match="t:entry" use="@id"/>'
        '<xsl:key name="item" match="t:item" use="@n"/>'
        '<sch:pattern><sch:rule context="t:item">'
        '<sch:let name="here" value="/"/>'
        '<sch:assert id="reg" test="exists(key(\'entry\', @n, $reg))">No entry <sch:value-of'
        ' select="@n"/>.</sch:assert>'
        '<sch:assert id="self" test="count(key(\'item\', @n, $here)) = 1 and count(key(\'item\','
        ' @n)) = 1">dup</sch:assert>'
        "</sch:rule></sch:pattern>"
    )
    reg = '<list xmlns="urn:test"><entry id="1"/><entry id="2"/></list>'
    assert [(v.rule, v.message) for v in run(sch, DOC, {"reg": reg})] == [("reg", "No entry x.")]


def test_current_is_the_rule_context() -> None:
    found = run(
        schema(
            '<sch:pattern><sch:rule context="t:item">'
            '<sch:report id="c" test="count(//t:item[@n = current()/@n]) = 1 and current()/@n ='
            ' \'2\'">'
            "<sch:value-of select=\"current()/@n\"/></sch:report></sch:rule></sch:pattern>"
        ),
        DOC,
    )
    assert [v.message for v in found] == ["2"]


def test_abstract_rules_are_inlined_by_extends() -> None:
    found = run(
        schema(
            '<sch:pattern><sch:rule abstract="true" id="has-n">'
            '<sch:assert id="n" test="@n">The <sch:name/> has no number.</sch:assert></sch:rule>'
            '<sch:rule context="t:other"><sch:extends rule="has-n"/></sch:rule></sch:pattern>'
        ),
        DOC,
    )
    assert [v.message for v in found] == ["The other has no number."]


def test_xslt3_binding_allows_xpath_30() -> None:
    found = run(
        schema(
            '<sch:pattern><sch:rule context="t:doc">'
            "<sch:report id=\"m\" test=\"(t:item ! string(@n)) = 'x'\">"
            "<sch:value-of select=\"'n:' || string-join(t:item/@n, '|')\"/></sch:report>"
            "</sch:rule></sch:pattern>",
            binding="xslt3",
        ),
        DOC,
    )
    assert [v.message for v in found] == ["n:1|2|x"]


def test_runtime_faults_are_reported_not_raised() -> None:
    found = run(
        schema(
            '<sch:pattern><sch:rule context="t:item">'
            '<sch:assert id="int" test="xs:integer(@n) gt 0">n</sch:assert></sch:rule>'
            '</sch:pattern>'
        ),
        DOC,
    )
    assert [v.rule for v in found] == ["schematron"]
    assert "fault in the schema" in found[0].message


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ('<sch:pattern><sch:rule context="t:item"><sch:assert test="(((">x</sch:assert>'
         "</sch:rule></sch:pattern>", "cannot be read"),
        ('<sch:pattern><sch:rule context="t:item"><sch:assert test="key(\'nokey\', 1)">x'
         "</sch:assert></sch:rule></sch:pattern>", "does not declare it"),
        ('<sch:pattern><sch:rule context="t:item"><sch:extends rule="missing"/></sch:rule>'
         "</sch:pattern>", "unknown abstract rule"),
        ('<sch:let name="v"/>', "has no value"),
    ],
)
def test_broken_schemas_raise_schema_error(body: str, fragment: str) -> None:
    with pytest.raises(SchemaError) as info:
        compile_schematron(etree.fromstring(schema(body).encode()))
    assert fragment in str(info.value)


def test_unsupported_query_binding_and_non_schematron_roots_are_refused() -> None:
    with pytest.raises(SchemaError, match="query language"):
        compile_schematron(etree.fromstring(schema("", binding="exslt").encode()))
    with pytest.raises(SchemaError, match="not an ISO Schematron"):
        compile_schematron(etree.fromstring(b"<schema/>"))


def test_uses_variable_sees_declared_and_undeclared_variables() -> None:
    compiled = compile_schematron(
        etree.fromstring(
            schema(
                '<sch:let name="a" value="1"/><sch:pattern><sch:rule context="t:item">'
                '<sch:assert test="$register-x or $b">x</sch:assert></sch:rule></sch:pattern>'
            ).encode()
        )
    )
    assert compiled.uses_variable("a")
    assert compiled.uses_variable("b")
    assert compiled.uses_variable("register-x")
    assert not compiled.uses_variable("register")


def test_one_bound_schema_checks_many_documents_independently() -> None:
    sch = schema(
        '<xsl:key name="item" match="t:item" use="@n"/>'
        '<sch:pattern><sch:rule context="t:item">'
        '<sch:assert id="unique" test="count(key(\'item\', @n)) = 1">dup <sch:value-of'
        ' select="@n"/></sch:assert>'
        "</sch:rule></sch:pattern>"
    )
    bound = compile_schematron(etree.fromstring(sch.encode())).bind({})
    one = etree.fromstring(b'<doc xmlns="urn:test"><item n="1"/><item n="1"/></doc>').getroottree()
    two = etree.fromstring(b'<doc xmlns="urn:test"><item n="1"/></doc>').getroottree()
    assert [v.message for v in bound.run(one)] == ["dup 1", "dup 1"]
    assert bound.run(two) == []
    assert [v.message for v in bound.run(one)] == ["dup 1", "dup 1"]


def test_string_max_min_never_hold_the_locale_lock() -> None:
    """Regression: with elementpath's default collation, max()/min() over strings set the
    process locale under a lock that leaked where en_US.UTF-8 is not installed, so the next
    validation in the same process hung for ever."""
    import elementpath.collations as collations

    sch = schema(
        '<sch:pattern><sch:rule context="t:doc">'
        '<sch:let name="hi" value="max(t:item/string(@n))"/>'
        '<sch:assert id="max" test="$hi = \'b\'">max is <sch:value-of select="$hi"/>'
        "</sch:assert></sch:rule></sch:pattern>"
    )
    bound = compile_schematron(etree.fromstring(sch.encode())).bind({})
    doc = etree.fromstring(b'<doc xmlns="urn:test"><item n="a"/><item n="b"/></doc>')
    for _ in range(3):
        assert bound.run(doc.getroottree()) == []
        assert not collations._locale_collate_lock.locked()
