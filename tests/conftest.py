"""Shared fixtures. Tests never read the wall clock: times come from fixtures or case files."""

from __future__ import annotations

import json
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


#: The seed's night (Nov 2011) as a feed: the story broke at 03:05Z, more reports at 03:14 and 03:21.
PATERNO_FEED = REPO / "tests" / "data" / "news" / "paterno-night-2011.json"


@pytest.fixture(scope="session")
def paterno_news() -> list[dict[str, str]]:
    """The items of PATERNO_FEED (published, title, summary)."""
    return json.loads(PATERNO_FEED.read_text(encoding="utf-8"))
