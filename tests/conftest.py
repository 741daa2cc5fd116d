"""Shared fixtures. Tests never read the wall clock: times come from fixtures or case files."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
TWEETEVAL = SHARED / "data" / "tweeteval"


@pytest.fixture(scope="session")
def tweeteval_dir() -> Path:
    if not TWEETEVAL.is_dir():
        pytest.fail(f"TweetEval data not found at {TWEETEVAL}; ../shared must sit beside the repo")
    return TWEETEVAL
