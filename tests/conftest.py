"""Shared test fixtures.

The full pipeline is loaded once per test session (it takes about a second). Tests that read the
team's evaluation data or the seed article look for ``../shared`` next to the repository and skip
cleanly when it is absent (a user's fresh clone does not have it).
"""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def pytest_addoption(parser):
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite tests/golden/*.json from the current output (review the diff before committing)",
    )


@pytest.fixture(scope="session")
def pipeline():
    from fogwatch.pipeline import Pipeline

    return Pipeline.load()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared (seed article and evaluation data) is not present")
    return SHARED
