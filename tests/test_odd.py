"""Tests of the ODD compiler (tei_coldwar.odd).

The TEI P5 sources are read from ../shared/tei-p5 at run time (never copied into the
project); every test that needs them is skipped when they are absent. The TEI samples in
tests/odd_fixtures/ are constructed for these tests.
"""

from __future__ import annotations

import copy
import io
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from tei_coldwar.errors import SchemaError
from tei_coldwar.odd import CompiledSchema, P5Index, compile_odd, load_p5, locate_p5
from tei_coldwar.odd.cli import odd as odd_cli
from tei_coldwar.odd.specs import ENV_VAR

REPO = Path(__file__).resolve().parent.parent
P5 = REPO.parent / "shared" / "tei-p5"
FIXTURES = Path(__file__).resolve().parent / "odd_fixtures"
SCHEMA = REPO / "schema"
TEI_NS = "http://www.tei-c.org/ns/1.0"
SCH_NS = "http://purl.oclc.org/dsdl/schematron"
RNG_NS = "http://relaxng.org/ns/structure/1.0"
NS = {"tei": TEI_NS, "sch": SCH_NS, "rng": RNG_NS}

needs_p5 = pytest.mark.skipif(not (P5 / "p5subset.xml").is_file(),
                              reason="TEI P5 sources (../shared/tei-p5) not available")


# -- fixtures -------------------------------------------------------------------------
@pytest.fixture(scope="module")
def index() -> P5Index:
    if not (P5 / "p5subset.xml").is_file():
        pytest.skip("TEI P5 sources (../shared/tei-p5) not available")
    return load_p5(P5)


@pytest.fixture(scope="module")
def lite(index: P5Index) -> CompiledSchema:
    return compile_odd(P5 / "tei_lite.odd", index)


@pytest.fixture(scope="module")
def lite_rng(lite: CompiledSchema) -> etree.RelaxNG:
    return etree.RelaxNG(etree.fromstring(lite.rng))


@pytest.fixture(scope="module")
def tei_all(index: P5Index) -> CompiledSchema:
    return compile_odd(P5 / "tei_all.odd", index)


@pytest.fixture(scope="module")
def all_rng(tei_all: CompiledSchema) -> etree.RelaxNG:
    return etree.RelaxNG(etree.fromstring(tei_all.rng))


@pytest.fixture(scope="module")
def mini(index: P5Index) -> CompiledSchema:
    return compile_odd(FIXTURES / "mini.odd", index)


@pytest.fixture(scope="module")
def mini_rng(mini: CompiledSchema) -> etree.RelaxNG:
    return etree.RelaxNG(etree.fromstring(mini.rng))


def sample(name: str) -> etree._ElementTree:
    return etree.parse(str(FIXTURES / name))


def edited(name: str, edit: Callable[[etree._Element], None]) -> etree._ElementTree:
    """A constructed sample with one deliberate change."""
    tree = copy.deepcopy(sample(name))
    edit(tree.getroot())
    return tree


def first(root: etree._Element, path: str) -> etree._Element:
    found = root.xpath(path, namespaces=NS)
    assert isinstance(found, list) and found, path
    el = found[0]
    assert isinstance(el, etree._Element)
    return el


def add_unknown_element(root: etree._Element) -> None:
    etree.SubElement(first(root, "//tei:body//tei:p"), f"{{{TEI_NS}}}telegramCode").text = "X"


def drop_title_stmt(root: etree._Element) -> None:
    ts = first(root, "//tei:titleStmt")
    parent = ts.getparent()
    assert parent is not None
    parent.remove(ts)


def drop_language_ident(root: etree._Element) -> None:
    del first(root, "//tei:language").attrib["ident"]


def bad_certainty(root: etree._Element) -> None:
    date = first(root, "//tei:text//tei:date")
    date.set("cert", "maybe")


INVALID_EDITS = {
    "unknown element": add_unknown_element,
    "missing required child": drop_title_stmt,
    "missing required attribute": drop_language_ident,
    "value outside closed list": bad_certainty,
}


# -- TEI P5 sources ---------------------------------------------------------------------
def test_missing_sources_error_names_what_is_needed(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    with pytest.raises(SchemaError, match=r"p5subset\.xml"):
        locate_p5(None)
    with pytest.raises(SchemaError, match="TEIC/TEI"):
        locate_p5(tmp_path)


@needs_p5
def test_sources_env_var_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, str(P5))
    assert locate_p5(None) == P5


@needs_p5
def test_specs_folder_gives_the_same_schema(tmp_path: Path, mini: CompiledSchema) -> None:
    # a TEI source checkout without the compiled p5subset.xml: one file per spec
    (tmp_path / "Specs").symlink_to(P5 / "Specs", target_is_directory=True)
    from_specs = compile_odd(FIXTURES / "mini.odd", tmp_path)

    def elements(schema: CompiledSchema) -> list[bytes]:
        grammar = etree.fromstring(schema.rng)
        return [etree.tostring(d) for d in grammar.xpath(
            "/rng:grammar/rng:define[rng:element]", namespaces=NS)]

    assert elements(from_specs) == elements(mini)
    assert from_specs.schematron == mini.schematron


def test_index_knows_modules_and_specs(index: P5Index) -> None:
    assert ("elementSpec", "persName") in index.modules["namesdates"]
    assert index.get("classSpec", "att.global") is not None
    assert index.get("dataSpec", "teidata.pointer") is not None
    assert index.get("elementSpec", "noSuchElement") is None


# -- TEI Lite ---------------------------------------------------------------------------
def test_lite_compiles_to_loadable_relaxng(lite: CompiledSchema, lite_rng: etree.RelaxNG) -> None:
    grammar = etree.fromstring(lite.rng)
    names = set(grammar.xpath("/rng:grammar/rng:define/@name", namespaces=NS))
    # TEI naming convention: elements by ident, classes and attribute patterns by class
    assert {"TEI", "p", "model.pLike", "att.global.attributes", "macro.paraContent",
            "teidata.pointer", "att.global.attribute.xmlid"} <= names
    # moduleRef/@include kept TEI Lite to its subset of core
    assert "persName" not in names and "said" not in names
    assert lite.ident == "tei_lite"


@pytest.mark.parametrize("name", ["lite_letter.xml", "div_notes.xml"])
def test_lite_accepts_valid_samples(lite_rng: etree.RelaxNG, name: str) -> None:
    assert lite_rng.validate(sample(name)), lite_rng.error_log


@pytest.mark.parametrize("problem", sorted(INVALID_EDITS))
def test_lite_rejects_invalid_samples(lite_rng: etree.RelaxNG, problem: str) -> None:
    assert lite_rng.validate(sample("lite_letter.xml"))
    assert not lite_rng.validate(edited("lite_letter.xml", INVALID_EDITS[problem]))


def test_lite_applies_its_deletions(lite_rng: etree.RelaxNG, all_rng: etree.RelaxNG) -> None:
    # TEI Lite deletes @xml:base from att.global and @version from TEI; TEI All keeps them
    for attr, path, value in (("{http://www.w3.org/XML/1998/namespace}base", "//tei:p", "a/"),
                              ("version", "/tei:TEI", "4.0")):
        tree = edited("lite_letter.xml", _set(path, attr, value))
        assert all_rng.validate(tree), all_rng.error_log
        assert not lite_rng.validate(tree), attr


def test_lite_rejects_elements_of_modules_it_leaves_out(lite_rng: etree.RelaxNG) -> None:
    assert not lite_rng.validate(sample("listperson.xml"))
    assert not lite_rng.validate(sample("letter.xml"))  # correspDesc, persName, appInfo


# -- TEI All ----------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["letter.xml", "div_notes.xml", "listperson.xml",
                                  "lite_letter.xml", "apparatus.xml"])
def test_all_accepts_valid_samples(all_rng: etree.RelaxNG, name: str) -> None:
    assert all_rng.validate(sample(name)), all_rng.error_log


@pytest.mark.parametrize("problem", sorted(INVALID_EDITS))
def test_all_rejects_invalid_samples(all_rng: etree.RelaxNG, problem: str) -> None:
    assert not all_rng.validate(edited("letter.xml", INVALID_EDITS[problem]))


def test_all_includes_every_element(tei_all: CompiledSchema, index: P5Index) -> None:
    grammar = etree.fromstring(tei_all.rng)
    elements = set(grammar.xpath("//rng:element/@name", namespaces=NS))
    assert elements == set(index.specs["elementSpec"])
    start = grammar.xpath("/rng:grammar/rng:start//rng:ref/@name", namespaces=NS)
    assert sorted(start) == ["TEI", "teiCorpus"]


def test_compiling_is_deterministic(index: P5Index, lite: CompiledSchema) -> None:
    again = compile_odd(P5 / "tei_lite.odd", index)
    assert again == lite


CORE_SAMPLE = ("abbr add address bibl cit corr date del emph foreign gap gloss graphic head hi "
               "item l label lb lg list mentioned name note num p pb ptr q quote ref rs sic "
               "term time title unclear").split()


@settings(max_examples=12, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(dropped=st.sets(st.sampled_from(CORE_SAMPLE), max_size=12))
def test_any_subset_of_core_gives_a_loadable_grammar(index: P5Index, tmp_path: Path,
                                                     dropped: set[str]) -> None:
    # whatever a customization leaves out, references to it fold away cleanly
    odd = tmp_path / "subset.odd"
    odd.write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><schemaSpec ident="subset">'
        '<moduleRef key="tei"/><moduleRef key="header"/><moduleRef key="textstructure"/>'
        f'<moduleRef key="core" except="{" ".join(sorted(dropped))}"/>'
        "</schemaSpec></body></text></TEI>", encoding="utf-8")
    schema = compile_odd(odd, index)
    grammar = etree.fromstring(schema.rng)
    rng = etree.RelaxNG(grammar)
    refs = set(grammar.xpath("//rng:ref/@name", namespaces=NS))
    assert not refs & dropped
    sample_uses = {etree.QName(e).localname for e in sample("div_notes.xml").iter()
                   if isinstance(e.tag, str)}
    assert rng.validate(sample("div_notes.xml")) == (not sample_uses & dropped)


# -- a constructed customization --------------------------------------------------------
def test_mini_accepts_its_valid_sample(mini_rng: etree.RelaxNG) -> None:
    assert mini_rng.validate(sample("mini_valid.xml")), mini_rng.error_log


def _set(path: str, attr: str, value: str) -> Callable[[etree._Element], None]:
    return lambda root: first(root, path).set(attr, value)


def _wrap_in_hi(root: etree._Element) -> None:
    etree.SubElement(first(root, "//tei:body//tei:p"), f"{{{TEI_NS}}}hi").text = "gone"


def _third_and_fourth_item(root: etree._Element) -> None:
    lst = first(root, "//tei:list")
    for _ in range(2):
        etree.SubElement(lst, f"{{{TEI_NS}}}item").text = "more"


def _one_item(root: etree._Element) -> None:
    lst = first(root, "//tei:list")
    lst.remove(first(root, "//tei:list/tei:item"))


def _drop_level(root: etree._Element) -> None:
    del first(root, "//tei:classMark").attrib["level"]


def _hi_in_q(root: etree._Element) -> None:
    etree.SubElement(first(root, "//tei:q"), f"{{{TEI_NS}}}hi").text = "x"


MINI = "urn:example:mini"


def _name_in_p(root: etree._Element) -> None:
    etree.SubElement(first(root, "//tei:body//tei:p"), f"{{{TEI_NS}}}name").text = "N"


def _tei_p_in_seal(root: etree._Element) -> None:
    seal = root.find(f".//{{{MINI}}}sealMark")
    assert seal is not None
    etree.SubElement(seal, f"{{{TEI_NS}}}p").text = "not foreign"


def _label_before_head(root: etree._Element) -> None:
    seal = root.find(f".//{{{MINI}}}sealMark")
    assert seal is not None
    seal.insert(0, seal[1])


def _seal_kind(root: etree._Element) -> None:
    seal = root.find(f".//{{{MINI}}}sealMark")
    assert seal is not None
    seal.set(f"{{{MINI}}}kind", "paper")


def _stamp_in_label(root: etree._Element) -> None:
    mark = etree.SubElement(first(root, "//tei:label"), f"{{{TEI_NS}}}classMark",
                            level="secret")
    mark.text = "S"


MINI_INVALID = {
    "deleted element hi": _wrap_in_hi,
    "changed closed valList of note/@place": _set("//tei:note", "place", "margin"),
    "attribute deleted from element": _set("//tei:note", "anchored", "true"),
    "attribute deleted from att.global": _set(
        "//tei:p", "{http://www.w3.org/XML/1998/namespace}base", "x"),
    "closed valList of a new element": _set("//tei:classMark", "level", "public"),
    "required attribute of a new element": _drop_level,
    "dataSpec restriction pattern": _set("//tei:classMark", "code", "ts12"),
    "maxOccurs=3": _third_and_fourth_item,
    "minOccurs=2": _one_item,
    "embedded rng ref to a deleted element": _hi_in_q,
    "memberOf deleted from a model class": _name_in_p,
    "attribute added to att.global, list of at most 2": _set("//tei:p[@audit]", "audit",
                                                             "a b c"),
    "closed valList of a namespaced attribute": _seal_kind,
    "anyElement leaves out the schema's own elements": _tei_p_in_seal,
    "classRef expand=sequenceOptional keeps the order": _label_before_head,
    "classRef @except": _stamp_in_label,
    "attDef mode=replace of an inherited attribute": _set("//tei:note", "n", "one"),
    "elementSpec mode=replace: closed list": _set("//tei:gap", "reason", "cancelled"),
    "elementSpec mode=replace: no classes left": _set(
        "//tei:gap", "{http://www.w3.org/XML/1998/namespace}id", "g1"),
}


@pytest.mark.parametrize("problem", sorted(MINI_INVALID))
def test_mini_rejects(mini_rng: etree.RelaxNG, problem: str) -> None:
    assert not mini_rng.validate(edited("mini_valid.xml", MINI_INVALID[problem]))


def test_mini_keeps_unchanged_parts(mini_rng: etree.RelaxNG) -> None:
    # the changed valList keeps "end"; other attributes of note stay allowed
    tree = edited("mini_valid.xml", _set("//tei:note", "place", "end"))
    first(tree.getroot(), "//tei:note").set("type", "source")
    assert mini_rng.validate(tree), mini_rng.error_log


def test_mini_patterns(mini: CompiledSchema) -> None:
    grammar = etree.fromstring(mini.rng)
    empty_class = grammar.xpath("/rng:grammar/rng:define[@name='model.miniEmpty']/*",
                                namespaces=NS)
    assert [etree.QName(e).localname for e in empty_class] == ["notAllowed"]
    assert not grammar.xpath("//rng:define[@name='hi']", namespaces=NS)
    assert not grammar.xpath("//rng:define[@name='xenoData']", namespaces=NS)  # @except
    assert grammar.xpath("//rng:define[@name='teiHeader']", namespaces=NS)
    assert not grammar.xpath("//rng:ref[@name='hi']", namespaces=NS)
    # new element joined its model class
    assert grammar.xpath(
        "//rng:define[@name='model.pPart.data']//rng:ref[@name='classMark']", namespaces=NS)


def test_schema_namespace(tmp_path: Path, index: P5Index) -> None:
    odd = tmp_path / "other.odd"
    odd.write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>'
        '<schemaSpec ident="other" start="p" ns="urn:example:other">'
        '<moduleRef key="tei"/><moduleRef key="core" include="p hi"/>'
        "</schemaSpec></body></text></TEI>", encoding="utf-8")
    rng = etree.RelaxNG(etree.fromstring(compile_odd(odd, index).rng))
    assert rng.validate(etree.fromstring(
        '<p xmlns="urn:example:other" xml:lang="en">A <hi>b</hi></p>').getroottree())
    assert not rng.validate(etree.fromstring(
        f'<p xmlns="{TEI_NS}">A</p>').getroottree())


def test_mini_schematron(mini: CompiledSchema) -> None:
    sch = etree.fromstring(mini.schematron)
    assert sch.get("queryBinding") == "xslt2"
    ns = {n.get("prefix"): n.get("uri") for n in sch.iterfind(f"{{{SCH_NS}}}ns")}
    assert ns["tei"] == TEI_NS
    assert ns["xml"] == "http://www.w3.org/XML/1998/namespace"
    assert ns["mini"] == "urn:example:mini"
    # a bare assert gets a rule whose context is the element, keeping @id and @role
    bare = sch.xpath("//sch:assert[@id='note-needs-n']", namespaces=NS)
    assert len(bare) == 1 and bare[0].get("role") == "warning"
    rule = bare[0].getparent()
    assert rule.get("context") == "tei:note"
    # ... and one in an attDef gets the attribute as its context
    on_att = sch.xpath("//sch:assert[@id='code-length']/parent::sch:rule/@context",
                       namespaces=NS)
    assert on_att == ["tei:classMark/@code"]
    # a whole sch:pattern keeps its id
    assert sch.xpath("//sch:pattern[@id='divs-have-types']/sch:rule/sch:report",
                     namespaces=NS)
    # each constraint in its own pattern, ids unique
    ids = sch.xpath("//sch:pattern/@id", namespaces=NS)
    assert len(ids) == len(set(ids))


def _fired(schema: CompiledSchema, tree: etree._ElementTree) -> set[str]:
    """Rule ids the library's own Schematron evaluator reports for *tree*."""
    sch = pytest.importorskip("tei_coldwar.validate.schematron")
    compiled = sch.compile_schematron(etree.fromstring(schema.schematron))
    return {v.rule for v in compiled.bind({}).run(tree)}


def _drop_n_and_type(root: etree._Element) -> None:
    del first(root, "//tei:note").attrib["n"]
    del first(root, "//tei:div").attrib["type"]


def test_mini_schematron_runs(mini: CompiledSchema) -> None:
    assert not {"note-needs-n", "div-without-type"} & _fired(mini, sample("mini_valid.xml"))
    fired = _fired(mini, edited("mini_valid.xml", _drop_n_and_type))
    assert {"note-needs-n", "div-without-type"} <= fired
    long_code = edited("mini_valid.xml", _set("//tei:classMark", "code", "TS-123456789"))
    assert "code-length" in _fired(mini, long_code)


def test_all_schematron_compiles(tei_all: CompiledSchema) -> None:
    # TEI P5's own constraints (XPath 2, sch:let, sch:name) parse in the library's evaluator
    sch = pytest.importorskip("tei_coldwar.validate.schematron")
    compiled = sch.compile_schematron(etree.fromstring(tei_all.schematron))
    assert len(compiled.patterns) > 50


def test_mini_without_p5_constraints(index: P5Index) -> None:
    own = compile_odd(FIXTURES / "mini.odd", index, p5_constraints=False)
    sch = etree.fromstring(own.schematron)
    ids = set(sch.xpath("//sch:assert/@id | //sch:report/@id", namespaces=NS))
    assert ids == {"note-needs-n", "div-without-type", "code-length"}


def _rst_problems(text: str) -> str:
    docutils_core = pytest.importorskip("docutils.core")
    stream = io.StringIO()
    docutils_core.publish_doctree(text, settings_overrides={
        "warning_stream": stream, "report_level": 2, "halt_level": 5})
    return stream.getvalue()


def test_mini_reference(mini: CompiledSchema) -> None:
    ref = mini.reference
    assert "``classMark``" in ref and "Defined by this customization." in ref
    assert "Redefined by this customization; TEI element `gap <" in ref
    assert "Changed by this customization; TEI element `note <" in ref
    assert "How secret the classMark says the document is." in ref  # prose from the ODD
    assert "``secret``: Secret." in ref and "``confidential``" in ref
    assert "A note should carry its number in @n." in ref
    assert "A division has no {name(.)} type." in ref
    assert "``hi``\n" not in ref
    section = ref[ref.index("``list``\n~"):]
    assert section.index("May contain: ``head``, ``item``.") < section.index("``name``\n~")
    section = ref[ref.index("``gap``\n~"):]
    assert section.index("Empty: contains nothing.") < section.index("``head``\n~")
    assert _rst_problems(ref) == ""


def test_reference_of_lite_is_valid_rst(lite: CompiledSchema) -> None:
    assert _rst_problems(lite.reference) == ""


# -- jing, the reference RELAX NG validator --------------------------------------------
@pytest.mark.slow  # four JVM starts
@pytest.mark.skipif(shutil.which("jing") is None, reason="jing is not installed")
def test_jing_agrees_with_lxml(tmp_path: Path, lite: CompiledSchema, lite_rng: etree.RelaxNG,
                               tei_all: CompiledSchema, all_rng: etree.RelaxNG,
                               mini: CompiledSchema, mini_rng: etree.RelaxNG) -> None:
    cases: list[tuple[CompiledSchema, etree.RelaxNG, str, etree._ElementTree]] = []
    for name in ("lite_letter.xml", "div_notes.xml", "listperson.xml", "letter.xml",
                 "house.xml", "apparatus.xml"):
        cases.append((lite, lite_rng, name, sample(name)))
        cases.append((tei_all, all_rng, name, sample(name)))
    for problem, edit in INVALID_EDITS.items():
        cases.append((lite, lite_rng, problem, edited("lite_letter.xml", edit)))
        cases.append((tei_all, all_rng, problem, edited("letter.xml", edit)))
    cases.append((mini, mini_rng, "mini", sample("mini_valid.xml")))
    if (SCHEMA / "tei_coldwar.odd").is_file():
        house = compile_odd(SCHEMA / "tei_coldwar.odd", P5)
        house_rng = etree.RelaxNG(etree.fromstring(house.rng))
        cases.append((house, house_rng, "house", sample("house.xml")))
        for problem, edit in INVALID_EDITS.items():
            cases.append((house, house_rng, problem, edited("house.xml", edit)))
    for problem, edit in MINI_INVALID.items():
        cases.append((mini, mini_rng, problem, edited("mini_valid.xml", edit)))
    docs: dict[str, list[tuple[Path, etree.RelaxNG, str, etree._ElementTree]]] = {}
    rng_files: dict[str, Path] = {}
    for n, (schema, rng, label, tree) in enumerate(cases):
        rng_files[schema.ident] = tmp_path / f"{schema.ident}.rng"
        rng_files[schema.ident].write_bytes(schema.rng)
        doc = tmp_path / f"{n}.xml"
        tree.write(str(doc))
        docs.setdefault(schema.ident, []).append((doc, rng, label, tree))
    for ident, items in docs.items():
        # one jing run per schema (the JVM start dominates); errors name the file
        jing = subprocess.run(["jing", str(rng_files[ident]), *(str(d[0]) for d in items)],
                              capture_output=True, text=True, check=False)
        failed = {line.split(":", 1)[0] for line in jing.stdout.splitlines()}
        for doc, rng, label, tree in items:
            assert (str(doc) not in failed) == rng.validate(tree), (label, jing.stdout)


# -- the edition's own ODD ----------------------------------------------------------------
house_odd = pytest.mark.skipif(not (SCHEMA / "tei_coldwar.odd").is_file(),
                               reason="schema/tei_coldwar.odd not written yet")


@pytest.fixture(scope="module")
def house(index: P5Index) -> CompiledSchema:
    if not (SCHEMA / "tei_coldwar.odd").is_file():
        pytest.skip("schema/tei_coldwar.odd not written yet")
    return compile_odd(SCHEMA / "tei_coldwar.odd", index)


@house_odd
@pytest.mark.parametrize("name,attr", [("tei_coldwar.rng", "rng"),
                                       ("tei_coldwar.sch", "schematron"),
                                       ("reference.rst", "reference")])
def test_committed_schema_is_up_to_date(house: CompiledSchema, name: str, attr: str) -> None:
    committed = SCHEMA / name
    if not committed.is_file():
        pytest.skip(f"schema/{name} not compiled yet")
    fresh = getattr(house, attr)
    data = fresh if isinstance(fresh, bytes) else fresh.encode("utf-8")
    assert committed.read_bytes() == data, (
        f"schema/{name} is stale: run `tei-coldwar odd compile schema/tei_coldwar.odd "
        "--p5 ../shared/tei-p5`")


@house_odd
def test_house_format_validates(house: CompiledSchema) -> None:
    rng = etree.RelaxNG(etree.fromstring(house.rng))
    assert rng.validate(sample("house.xml")), rng.error_log
    assert not rng.validate(edited("house.xml", bad_certainty))
    assert not rng.validate(edited("house.xml", add_unknown_element))


@house_odd
def test_house_reference_is_valid_rst(house: CompiledSchema) -> None:
    assert _rst_problems(house.reference) == ""


# -- command line -------------------------------------------------------------------------
def test_cli_without_sources_fails_cleanly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    result = CliRunner().invoke(odd_cli, ["compile", str(FIXTURES / "mini.odd")])
    assert result.exit_code != 0
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    assert "p5subset.xml" in lines[0] and "--p5" in lines[0]
    assert "Traceback" not in result.output


@needs_p5
def test_cli_writes_the_three_files(tmp_path: Path) -> None:
    result = CliRunner().invoke(odd_cli, ["compile", str(FIXTURES / "mini.odd"), "--p5",
                                          str(P5), "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mini.rng", "mini.sch",
                                                          "reference.rst"]
    etree.RelaxNG(etree.parse(str(tmp_path / "mini.rng")))


@needs_p5
def test_cli_check_reports_stale_files(tmp_path: Path) -> None:
    args = ["compile", str(FIXTURES / "mini.odd"), "--p5", str(P5), "-o", str(tmp_path)]
    runner = CliRunner()
    assert runner.invoke(odd_cli, [*args, "--check"]).exit_code != 0  # nothing written yet
    assert runner.invoke(odd_cli, args).exit_code == 0
    assert runner.invoke(odd_cli, [*args, "--check"]).exit_code == 0
    (tmp_path / "mini.sch").write_bytes(b"<old/>")
    result = runner.invoke(odd_cli, [*args, "--check"])
    assert result.exit_code != 0 and "mini.sch" in result.output
    assert (tmp_path / "mini.sch").read_bytes() == b"<old/>"


@needs_p5
def test_cli_refuses_to_write_a_broken_grammar(tmp_path: Path) -> None:
    bad = tmp_path / "broken.odd"
    bad.write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:rng="http://relaxng.org/ns/structure/1.0">'
        '<text><body><schemaSpec ident="broken"><moduleRef key="tei"/>'
        '<moduleRef key="core" include="p"/><moduleRef key="header"/>'
        '<moduleRef key="textstructure" include="TEI text body"/>'
        '<elementSpec ident="p" mode="change"><content><rng:list><rng:element name="x">'
        "<rng:empty/></rng:element></rng:list></content></elementSpec>"
        "</schemaSpec></body></text></TEI>", encoding="utf-8")
    result = CliRunner().invoke(odd_cli, ["compile", str(bad), "--p5", str(P5),
                                          "-o", str(tmp_path / "out")])
    assert result.exit_code != 0
    assert "not a valid schema" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "out").exists()


def test_unknown_element_in_moduleref_is_an_error(tmp_path: Path, index: P5Index) -> None:
    odd = tmp_path / "typo.odd"
    odd.write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>'
                   '<schemaSpec ident="typo"><moduleRef key="tei"/>'
                   '<moduleRef key="core" include="p persname"/></schemaSpec>'
                   "</body></text></TEI>", encoding="utf-8")
    with pytest.raises(SchemaError, match="persname"):
        compile_odd(odd, index)


@pytest.mark.parametrize("body,message", [
    ('<specGrpRef target="#nowhere"/>', "nowhere"),
    ('<elementRef key="noSuchElement"/>', "noSuchElement"),
    ('<moduleRef url="https://example.org/other.rng"/>', "url"),
])
def test_broken_references_are_errors(tmp_path: Path, index: P5Index, body: str,
                                      message: str) -> None:
    odd = tmp_path / "refs.odd"
    odd.write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>'
                   f'<schemaSpec ident="refs"><moduleRef key="tei"/>{body}</schemaSpec>'
                   "</body></text></TEI>", encoding="utf-8")
    with pytest.raises(SchemaError, match=message):
        compile_odd(odd, index)


def test_odd_without_schemaspec_is_an_error(tmp_path: Path, index: P5Index) -> None:
    odd = tmp_path / "plain.odd"
    odd.write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>No schema.</p>'
                   "</body></text></TEI>", encoding="utf-8")
    with pytest.raises(SchemaError, match="schemaSpec"):
        compile_odd(odd, index)


@pytest.mark.parametrize("occurs", ['minOccurs="two"', 'minOccurs="3" maxOccurs="2"'])
def test_bad_occurrence_is_an_error(tmp_path: Path, index: P5Index, occurs: str) -> None:
    odd = tmp_path / "occurs.odd"
    odd.write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>'
                   '<schemaSpec ident="occurs" start="p"><moduleRef key="tei"/>'
                   '<moduleRef key="core" include="p"/>'
                   f'<elementSpec ident="p" mode="change"><content><textNode {occurs}/>'
                   "</content></elementSpec></schemaSpec></body></text></TEI>",
                   encoding="utf-8")
    with pytest.raises(SchemaError, match="minOccurs"):
        compile_odd(odd, index)


@needs_p5
def test_cli_reports_a_broken_odd(tmp_path: Path) -> None:
    bad = tmp_path / "bad.odd"
    bad.write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>'
                   '<schemaSpec ident="bad"><moduleRef key="nosuchmodule"/></schemaSpec>'
                   "</body></text></TEI>", encoding="utf-8")
    result = CliRunner().invoke(odd_cli, ["compile", str(bad), "--p5", str(P5)])
    assert result.exit_code != 0
    assert "nosuchmodule" in result.output and "Traceback" not in result.output
