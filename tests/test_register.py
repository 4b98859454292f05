"""The register of persons: build from (constructed) authorities, load, look up, add."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tei_coldwar.errors import TeiColdwarError
from tei_coldwar.register import (
    Name,
    Person,
    RegisterError,
    build_register,
    load_register,
    name_key,
)
from tei_coldwar.register_build import build, parse_name, register_tree, write_register
from tei_coldwar.register_cli import register as register_group
from tei_coldwar.resources import register_path

FIX = Path(__file__).resolve().parent / "register_fixtures"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("reg") / "persons.xml"
    write_register(register_tree(build(FIX, FIX / "principals.tsv")), out)
    return out


def test_build_merges_curated_hsg_and_pocom(built: Path) -> None:
    reg = load_register(built)
    k = reg.get("khrushchev-nikita")
    assert k is not None and k.principal and k.hsg == "100002"
    assert (k.birth, k.death) == (1894, 1971)
    assert k.occupations[0].label == "First Secretary of the CPSU"
    s = reg.get("smithers-walter-brandt")
    assert s is not None and s.hsg == "100001"
    assert any(o.start == 1955 and o.end == 1961 for o in s.occupations)
    p = reg.get("penrose-amelia-grace")  # only in POCOM: an ambassadorship with years
    assert p is not None and "Austria" in p.occupations[0].label


def test_build_filters_persons_outside_the_cold_war(built: Path) -> None:
    reg = load_register(built)
    assert reg.lookup("Jonas Oldfield") == ()  # died 1890
    assert reg.get("harlow-edwin") is None


def test_id_collisions_get_a_deterministic_suffix(built: Path) -> None:
    reg = load_register(built)
    assert reg.get("smithers-walter") is not None
    assert reg.get("smithers-walter-2") is not None
    births = {reg.persons["smithers-walter"].birth, reg.persons["smithers-walter-2"].birth}
    assert births == {1931, 1950}


def test_build_is_deterministic(built: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.xml"
    write_register(register_tree(build(FIX, FIX / "principals.tsv")), again)
    assert again.read_bytes() == built.read_bytes()


def test_east_asian_order_is_kept(built: Path) -> None:
    reg = load_register(built)
    cao = reg.get("cao-weiming")
    assert cao is not None and cao.preferred == "Cao Weiming"
    assert [p.id for p in reg.lookup("Tsao Wei-ming")] == ["cao-weiming"]


@pytest.mark.parametrize("form", [
    "Nikita Khrushchev", "N.S. Khrushchev", "N. S. Khrushchev", "Khrushchev, N.S.",
    "KHRUSHCHEV", "Chruschtschow", "Nikita S. Khrushchev", "N.S.K.",
])
def test_lookup_forms(built: Path, form: str) -> None:
    assert [p.id for p in load_register(built).lookup(form)] == ["khrushchev-nikita"]


def test_name_keys_fold_accents_case_and_punctuation() -> None:
    assert name_key("János KÁDÁR") == name_key("Janos Kadar") == "janos kadar"
    assert name_key("A.DOBRYNIN") == "a dobrynin"
    reg = build_register([Person("kadar-janos", "János Kádár", (),
                                 names=(Name("Kádár", "János"),))])
    assert [p.id for p in reg.lookup("KADAR")] == ["kadar-janos"]
    assert [p.id for p in reg.lookup("J. Kádár")] == ["kadar-janos"]


def test_parse_name_orders() -> None:
    assert parse_name("Boumediene, Col. Houari") == (Name("Boumediene", "Houari"), False)
    assert parse_name("Cai Weiping") == (Name("Cai", "Weiping"), True)
    assert parse_name("Nikita Khrushchev") == (Name("Khrushchev", "Nikita"), False)
    assert parse_name("Great Britain, King of") is None


def test_duplicate_ids_are_reported(tmp_path: Path) -> None:
    p1 = Person("x-y", "Y X", (), names=(Name("X", "Y"),))
    bad = tmp_path / "dup.xml"
    write_register(register_tree([p1, p1]), bad)
    with pytest.raises(TeiColdwarError, match="x-y"):
        load_register(bad)


def test_missing_register_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(RegisterError, match="missing"):
        load_register(tmp_path / "nope.xml")


def test_cli_build_and_add(tmp_path: Path) -> None:
    out = tmp_path / "persons.xml"
    runner = CliRunner()
    res = runner.invoke(register_group, ["build", "--authorities", str(FIX), "--principals",
                                         str(FIX / "principals.tsv"), "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert "persons" in res.output
    report = tmp_path / "report.json"
    report.write_text(json.dumps({"new_persons": [
        {"name": "Edgar Sanders", "suggested_id": "sanders-edgar", "occurrences": 2,
         "context": "..."}]}), encoding="utf-8")
    res = runner.invoke(register_group, ["add", "--report", str(report), "-r", str(out)])
    assert res.exit_code == 0, res.output
    res = runner.invoke(register_group, ["add", "--name", "Penrose, Amelia Grace",
                                         "--birth", "1921", "-r", str(out)])
    assert "skipped penrose-amelia-grace" in res.output
    res = runner.invoke(register_group, ["add", "--name", "Zora Quill", "--id", "quill-zora",
                                         "--birth", "1920", "-r", str(out)])
    reg = load_register(out)
    assert [p.id for p in reg.lookup("Edgar Sanders")] == ["sanders-edgar"]
    assert reg.get("quill-zora") is not None and reg.persons["quill-zora"].birth == 1920
    assert reg.get("cao-weiming") is not None and reg.persons["cao-weiming"].preferred == \
        "Cao Weiming"  # a rewrite keeps the name order
    ids = list(reg.persons)
    assert ids == sorted(ids)


def test_cli_errors_are_sentences(tmp_path: Path) -> None:
    res = CliRunner().invoke(register_group, ["build", "--authorities", str(tmp_path),
                                              "-o", str(tmp_path / "x.xml")])
    assert res.exit_code != 0
    assert "hsg-people.xml" in res.output and "Traceback" not in res.output


@pytest.mark.skipif(not register_path().exists(), reason="bundled register not built")
def test_bundled_register_knows_principals_of_every_side() -> None:
    reg = load_register()
    for form, pid in [("Mao Tse-tung", "mao-zedong"), ("Chou En-lai", "zhou-enlai"),
                      ("Sztálin", "stalin-joseph"), ("Kadar", "kadar-janos"),
                      ("Rokossowski", "rokossovsky-konstantin"),
                      ("DWIGHT D. EISENHOWER", "eisenhower-dwight-d"),
                      ("A.DOBRYNIN", "dobrynin-anatoly"), ("Robert Kennedy", "kennedy-robert-f"),
                      ("Dulles, J.F.", "dulles-john-foster"), ("Hegedus", "hegedus-andras")]:
        assert pid in [p.id for p in reg.lookup(form)], form
    assert len(reg) > 10000
