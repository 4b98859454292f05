"""Shared fixtures: the seeds and gold in ../shared (read at run time, never copied)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold"
SAMPLES = REPO / "src" / "tei_coldwar" / "data" / "samples"


def seed_paths() -> list[Path]:
    return sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []


needs_shared = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not present")


@pytest.fixture(scope="session")
def register():  # type: ignore[no-untyped-def]
    from tei_coldwar.convert import default_register

    return default_register()


@pytest.fixture(scope="session")
def seed_conversions(register):  # type: ignore[no-untyped-def]
    """Every seed converted once per test session: {stem: Conversion}."""
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not present")
    from tei_coldwar.convert import convert

    return {p.stem: convert(p, register=register, created="2026-01-01") for p in seed_paths()}


@pytest.fixture(scope="session")
def seed_tei_dir(seed_conversions, tmp_path_factory):  # type: ignore[no-untyped-def]
    out = tmp_path_factory.mktemp("seed-tei")
    for stem, conv in seed_conversions.items():
        (out / f"{stem}.xml").write_bytes(conv.to_bytes())
    return out
