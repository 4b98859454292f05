"""The documentation builds without warnings, and every example in it runs as shown.

How the pages in ``docs/`` write their examples, so that these tests can run them:

* Python examples are doctest blocks (``>>>``); ``sphinx -b doctest`` runs them.
* Command-line examples are ``.. code-block:: console`` blocks. A line starting with ``$ `` is
  a command, run by the shell; the commands of one page run in order, in one fresh folder, so
  a page can build on its own earlier steps (the tutorial does). The lines after a command
  are its expected output: each must occur in what the command prints (stdout and stderr
  together), in that order; ``...`` stands for lines left out.
* An rst comment just before a block changes how it runs: ``.. console: exit N`` (the
  commands end with status N instead of 0) or ``.. console: skip (reason)`` (not run: it
  installs software or needs files outside the repository). Anywhere in a page,
  ``.. console: samples`` copies the bundled samples into ``sources/`` before the page runs.
* ``.. code-block:: xml`` examples must be well-formed and use only elements and attributes
  that the edition's schema declares.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from lxml import etree

from .conftest import REPO, SAMPLES

DOCS = REPO / "docs"
PAGES = sorted(p for p in DOCS.rglob("*.rst") if "_build" not in p.parts)
RNG = REPO / "schema" / "tei_coldwar.rng"
_DIRECTIVE = re.compile(r"^(?P<indent>[ \t]*)\.\. code-block:: (?P<lang>\S+)[ \t]*$")
_CONTROL = re.compile(r"^\s*\.\. console: (?P<what>skip|exit)\b\s*(?P<arg>.*)$")


@dataclass(frozen=True)
class Block:
    page: Path
    line: int  # 1-based line of the directive
    lang: str
    body: str
    control: str  # "", "skip" or "exit N"


def _blocks(page: Path) -> list[Block]:
    """Every ``code-block`` of a page with its body (dedented) and its control comment."""
    lines = page.read_text(encoding="utf-8").splitlines()
    out: list[Block] = []
    for i, line in enumerate(lines):
        m = _DIRECTIVE.match(line)
        if not m:
            continue
        indent = len(m.group("indent"))
        j = i + 1
        while j < len(lines) and lines[j].strip().startswith(":"):  # :caption: and such
            j += 1
        body: list[str] = []
        while j < len(lines) and (not lines[j].strip()
                                  or len(lines[j]) - len(lines[j].lstrip()) > indent):
            body.append(lines[j])
            j += 1
        while body and not body[-1].strip():
            body.pop()
        while body and not body[0].strip():
            body.pop(0)
        width = min((len(b) - len(b.lstrip()) for b in body if b.strip()), default=0)
        control = ""
        k = i - 1
        while k >= 0 and not lines[k].strip():
            k -= 1
        c = _CONTROL.match(lines[k]) if k >= 0 else None
        if c:
            control = c.group("what") + (" " + c.group("arg").split()[0]
                                         if c.group("what") == "exit" else "")
        out.append(Block(page, i + 1, m.group("lang"),
                         "\n".join(b[width:] for b in body), control))
    return out


@dataclass(frozen=True)
class Command:
    where: str
    cmd: str
    expected: tuple[str, ...]
    status: int


def _commands(page: Path) -> list[Command]:
    cmds: list[Command] = []
    for b in _blocks(page):
        if b.lang != "console" or b.control == "skip":
            continue
        status = int(b.control.split()[1]) if b.control.startswith("exit") else 0
        current: str | None = None
        expected: list[str] = []
        for raw in [*b.body.splitlines(), "$ "]:
            if raw.startswith("$ "):
                if current:
                    cmds.append(Command(f"{_rel(page)}:{b.line}", current,
                                        tuple(expected), status))
                current, expected = raw[2:].strip(), []
            else:
                expected.append(raw)
    return cmds


def _rel(page: Path) -> str:
    return str(page.relative_to(REPO)) if page.is_relative_to(REPO) else str(page)


def _squash(s: str) -> str:
    return " ".join(s.split())


def _check_output(cmd: Command, output: str) -> None:
    """Each expected line occurs in the output, in order (``...`` = lines left out)."""
    actual = [_squash(x) for x in output.splitlines()]
    pos = 0
    for want in cmd.expected:
        w = _squash(want)
        if not w or w == "...":
            continue
        while pos < len(actual) and w not in actual[pos]:
            pos += 1
        assert pos < len(actual), (
            f"{cmd.where}: `{cmd.cmd}` did not print {want!r} (in this order); it printed:\n"
            f"{output}")
        pos += 1


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    env["SOURCE_DATE_EPOCH"] = "1767225600"
    env.pop("PYTEST_ADDOPTS", None)
    return env


CONSOLE_PAGES = [p for p in PAGES if _commands(p)]


def test_every_page_is_found_and_has_console_examples() -> None:
    names = {p.relative_to(DOCS).as_posix() for p in CONSOLE_PAGES}
    assert {"getting-started.rst", "tutorial.rst", "layouts.rst"} <= names


def test_block_parser_reads_commands_output_and_controls(tmp_path: Path) -> None:
    page = tmp_path / "p.rst"
    page.write_text(
        "Title\n=====\n\n.. console: exit 1\n\n.. code-block:: console\n   :caption: x\n\n"
        "   $ false\n   some output\n   ...\n   last line\n\n"
        ".. console: skip (installs)\n\n.. code-block:: console\n\n   $ pip install x\n",
        encoding="utf-8")
    (cmd,) = [c for c in _commands(page)]
    assert cmd.cmd == "false" and cmd.status == 1
    assert cmd.expected == ("some output", "...", "last line")
    _check_output(cmd, "some output\nmore\n last   line.\n")
    with pytest.raises(AssertionError):
        _check_output(cmd, "last line\nsome output\n")


@pytest.mark.slow
@pytest.mark.parametrize("page", CONSOLE_PAGES, ids=lambda p: p.relative_to(DOCS).as_posix())
def test_console_examples_run_as_shown(page: Path, tmp_path: Path) -> None:
    from tei_coldwar.resources import register_path

    reg = register_path()
    before = reg.stat().st_mtime_ns if reg.exists() else None
    if ".. console: samples" in page.read_text(encoding="utf-8"):
        shutil.copytree(SAMPLES, tmp_path / "sources")
    for cmd in _commands(page):
        proc = subprocess.run(cmd.cmd, shell=True, cwd=tmp_path, env=_env(),
                              capture_output=True, text=True, timeout=600, check=False)
        output = proc.stdout + proc.stderr
        assert proc.returncode == cmd.status, (
            f"{cmd.where}: `{cmd.cmd}` ended with status {proc.returncode}, "
            f"not {cmd.status}:\n{output}")
        assert "Traceback" not in output, f"{cmd.where}: `{cmd.cmd}`:\n{output}"
        _check_output(cmd, output)
    after = reg.stat().st_mtime_ns if reg.exists() else None
    assert before == after, f"{page.name}: an example changed the bundled register {reg}"


def _schema_names() -> tuple[set[str], set[str]]:
    """Local names of the elements and attributes the compiled RELAX NG grammar declares."""
    r = "{http://relaxng.org/ns/structure/1.0}"
    found: dict[str, set[str]] = {"element": set(), "attribute": set()}
    for el in etree.parse(str(RNG)).iter(f"{r}element", f"{r}attribute"):
        kind = etree.QName(el).localname
        name = el.get("name") or el.findtext(f"{r}name") or ""
        if name.strip():
            found[kind].add(name.strip().split(":")[-1])
    return found["element"], found["attribute"]


XML_BLOCKS = [b for p in PAGES for b in _blocks(p) if b.lang == "xml"]


def test_the_encoding_manual_has_xml_examples() -> None:
    assert sum(1 for b in XML_BLOCKS if b.page.name == "encoding.rst") >= 8


@pytest.mark.skipif(not RNG.exists(), reason="the schema has not been compiled yet")
@pytest.mark.parametrize("block", XML_BLOCKS, ids=lambda b: f"{b.page.name}:{b.line}")
def test_xml_examples_use_the_schemas_vocabulary(block: Block) -> None:
    wrapped = f'<wrap xmlns="http://www.tei-c.org/ns/1.0">{block.body}</wrap>'
    root = etree.fromstring(wrapped.encode("utf-8"))  # raises if not well-formed
    elements, attributes = _schema_names()
    for el in root.iter():
        local = etree.QName(el).localname
        assert el is root or local in elements, (
            f"{block.page.name}:{block.line}: <{local}> is not in the edition's schema")
        for att in el.attrib:
            name = etree.QName(att).localname
            assert name in attributes, (
                f"{block.page.name}:{block.line}: @{name} on <{local}> is not in the schema")


def _sphinx(builder: str, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    pytest.importorskip("sphinx_click", reason="the docs extra is not installed")
    return subprocess.run(
        [sys.executable, "-m", "sphinx", "-E", "-q", "-b", builder, *extra, str(DOCS), str(out)],
        capture_output=True, text=True, env=_env(), timeout=900, check=False)


@pytest.mark.slow
def test_html_build_has_no_warnings(tmp_path: Path) -> None:
    proc = _sphinx("html", tmp_path / "html", "-W", "--keep-going")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "WARNING" not in proc.stderr, proc.stderr
    html = tmp_path / "html"
    assert (html / "search.html").exists()
    cli = re.sub(r"<[^>]+>", "", (html / "reference" / "cli.html").read_text(encoding="utf-8"))
    for command in ("convert", "validate", "render", "build", "audit", "register", "layouts"):
        assert f"tei-coldwar {command}" in cli, f"the CLI reference lacks {command}"


@pytest.mark.slow
def test_python_examples_pass(tmp_path: Path) -> None:
    proc = _sphinx("doctest", tmp_path / "doctest")
    report = (tmp_path / "doctest" / "output.txt")
    text = report.read_text(encoding="utf-8") if report.exists() else ""
    assert proc.returncode == 0, text + proc.stdout + proc.stderr
    m = re.search(r"(\d+) tests?", text)
    assert m and int(m.group(1)) >= 20, text
    assert " 0 failures in tests" in text, text


CI_EXAMPLES = DOCS / "ci-examples"


def test_ci_examples_are_included_and_use_real_validate_options() -> None:
    """The workflow and hook are shown in the tutorial, and every ``tei-coldwar validate``
    option they use exists (the CI helper's own tests cover running them)."""
    from tei_coldwar.validate.cli import validate

    files = sorted(CI_EXAMPLES.glob("*.y*ml"))
    assert files, "docs/ci-examples/ holds no example"
    shown = (DOCS / "_ci-examples.rst").read_text(encoding="utf-8")
    known = {opt for p in validate.params for opt in (*p.opts, *p.secondary_opts)}
    for f in files:
        assert f"ci-examples/{f.name}" in shown, f"{f.name} is not included in the docs"
        for line in f.read_text(encoding="utf-8").splitlines():
            if "tei-coldwar validate" not in line:
                continue
            used = set(re.findall(r"(?<!\S)(--?[a-z][\w-]*)", line))
            assert used <= known, f"{f.name}: {sorted(used - known)} not options of validate"
