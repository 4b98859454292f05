from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from tei_coldwar.cli import main

from .conftest import SAMPLES


def test_convert_batch_goes_on_past_bad_files(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "good.txt").write_text((SAMPLES / "frus_telegram.txt").read_text())
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(bytes(range(256)) * 10)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["convert", str(src), "-o", str(out), "--json",
                                       "--no-register"])
    assert result.exit_code == 1
    assert (out / "good.xml").exists()
    assert not (out / "empty.xml").exists() and not (out / "binary.xml").exists()
    assert "2 file(s) failed" in result.output
    assert "Traceback" not in result.output
    assert "empty.txt: the file is empty" in result.output


def test_convert_json_report_accounts_for_the_source(tmp_path: Path) -> None:
    out = tmp_path / "out"
    rep = tmp_path / "report.json"
    result = CliRunner().invoke(main, ["convert", str(SAMPLES / "article_extract.txt"), "-o",
                                       str(out), "--report", str(rep), "--no-register"])
    assert result.exit_code == 0, result.output
    data = json.loads(rep.read_text())
    assert data[0]["ok"] and data[0]["audit"]["ok"]
    reasons = {d["reason"] for d in data[0]["dropped"]}
    assert "cover page of a download site" in reasons
    assert any(d["line"] == 1 for d in data[0]["dropped"])


def test_parallel_output_equals_serial(tmp_path: Path) -> None:
    runner = CliRunner()
    a, b = tmp_path / "a", tmp_path / "b"
    env = {"SOURCE_DATE_EPOCH": "1700000000"}
    r1 = runner.invoke(main, ["convert", str(SAMPLES), "-o", str(a), "--no-register"], env=env)
    r2 = runner.invoke(main, ["convert", str(SAMPLES), "-o", str(b), "-j", "2",
                              "--no-register"], env=env)
    assert r1.exit_code == 0 and r2.exit_code == 0, r1.output + r2.output
    names = sorted(p.name for p in a.glob("*.xml"))
    assert len(names) == 5
    for n in names:
        assert (a / n).read_bytes() == (b / n).read_bytes()


def test_unknown_layout_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["convert", str(SAMPLES), "-o", str(tmp_path),
                                       "--layout", "papyrus"])
    assert result.exit_code == 2
    assert "papyrus" in result.output


def test_layouts_and_audit_commands() -> None:
    runner = CliRunner()
    r = runner.invoke(main, ["layouts"])
    assert "frus" in r.output and "generic" in r.output
    r = runner.invoke(main, ["audit", str(SAMPLES / "frus_telegram.txt")])
    assert r.exit_code == 0, r.output
    assert "page marker" in r.output
    assert "every character of the source is accounted for" in r.output
