"""Shared fixtures: paths to ../shared (tests that need it skip cleanly when absent)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold" / "seeds.json"
DATA = SHARED / "data"


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is not available")
    return path


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return need(SEEDS)


@pytest.fixture(scope="session")
def gold() -> dict:
    return json.loads(need(GOLD).read_text())


@pytest.fixture(scope="session")
def seed_articles(seeds_dir):
    import newsfuse

    return {a.id[:3]: a for a in newsfuse.clean([seeds_dir])}
