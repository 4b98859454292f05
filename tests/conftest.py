"""Shared fixtures: the seeds and gold in ../shared (read at run time, never copied)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# In CI the property tests replay a fixed set of cases, so that a run passes or fails on the
# code, not on the draw; new cases are searched by `benchmarks/fuzz_long.py` and locally.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

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
