"""``tei-coldwar register``: build the register of persons, or add persons to it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from .errors import TeiColdwarError
from .register import Name, Person, RegisterError, load_register
from .register_build import PRINCIPALS, build, register_tree, slug, write_register
from .resources import register_path


def _fail(exc: TeiColdwarError) -> click.ClickException:
    return click.ClickException(str(exc))


@click.group("register")
def register() -> None:
    """The edition's register of persons (tei/persons.xml)."""


@register.command("build")
@click.option("--authorities", type=click.Path(exists=True, file_okay=False, path_type=Path),
              required=True, help="Folder with hsg-people.xml and the pocom-*.xml files.")
@click.option("--principals", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=None, help="Curated principal actors (default: the bundled list).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              default=None, help="Register file to write (default: the bundled tei/persons.xml).")
def build_cmd(authorities: Path, principals: Path | None, output: Path | None) -> None:
    """Regenerate the register from the authorities and the curated principals."""
    out = output or register_path()
    try:
        drafts = build(authorities, principals or PRINCIPALS)
        write_register(register_tree(drafts), out)
    except TeiColdwarError as exc:
        raise _fail(exc) from None
    size = out.stat().st_size / (1024 * 1024)
    click.echo(f"{out}: {len(drafts)} persons, {size:.1f} MB")


def _split_name(name: str) -> Name:
    name = " ".join(name.split())
    if "," in name:
        sur, _, fore = name.partition(",")
        return Name(sur.strip(), fore.strip())
    toks = name.split()
    return Name(toks[-1], " ".join(toks[:-1])) if toks else Name("")


def _new_person(name: str, pid: str | None, birth: int | None, death: int | None) -> Person:
    n = _split_name(name)
    if not n.surname:
        raise RegisterError(f"'{name}' is not a name")
    return Person(id=pid or slug(f"{n.surname} {n.forename}"), preferred=name, forms=(name,),
                  birth=birth, death=death, names=(n,))


def _from_report(path: Path) -> list[Person]:
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise RegisterError(f"the conversion report cannot be read ({exc})",
                            file=str(path)) from None
    # `tei-coldwar convert --report` writes a list with one entry per source file.
    entries = data if isinstance(data, list) else [data]
    items = [p for e in entries if isinstance(e, dict) for p in e.get("new_persons", [])]
    out = []
    for item in items:
        if isinstance(item, dict) and item.get("name"):
            out.append(_new_person(str(item["name"]), item.get("suggested_id"), None, None))
    return out


@register.command("add")
@click.option("--report", "--from-report", "report",
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Conversion report (JSON) whose new_persons to add.")
@click.option("--name",
              help="Name of one person to add: 'Surname, Forename' or 'Forename Surname'.")
@click.option("--id", "pid", help="Register id for --name (default: derived from the name).")
@click.option("--birth", type=int, help="Year of birth for --name.")
@click.option("--death", type=int, help="Year of death for --name.")
@click.option("-r", "--register-file", type=click.Path(dir_okay=False, path_type=Path),
              default=None, help="Register to change (default: the bundled tei/persons.xml).")
def add_cmd(report: Path | None, name: str | None, pid: str | None, birth: int | None,
            death: int | None, register_file: Path | None) -> None:
    """Add persons to the register; ids already there are left as they are."""
    path = register_file or register_path()
    try:
        new: list[Person] = []
        if report:
            new.extend(_from_report(report))
        if name:
            new.append(_new_person(name, pid, birth, death))
        if not new:
            raise RegisterError("nothing to add: give --report or --name")
        reg = load_register(path) if path.exists() else None
        persons = dict(reg.persons) if reg else {}
        added = []
        for p in new:
            if p.id in persons:
                click.echo(f"skipped {p.id}: already in the register")
                continue
            persons[p.id] = p
            added.append(p.id)
        write_register(register_tree(list(persons.values())), path)
    except TeiColdwarError as exc:
        raise _fail(exc) from None
    for a in added:
        click.echo(f"added {a}")
