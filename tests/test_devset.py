"""Regression guard on the labelled development set tests/data/devset.jsonl (sources: tests/data/README.md).

At least 90 % of regrettable posts must get review or hold, and no fine post may be held.
"""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[1]
DEVSET = REPO / "tests" / "data" / "devset.jsonl"
REQUIRED = {"id", "text", "at", "account_kind", "platform", "news", "label", "category", "source"}


def _load_benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("devset_benchmark", REPO / "benchmarks" / "devset.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve their module through sys.modules
    spec.loader.exec_module(module)
    return module


bench = _load_benchmark()


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return bench.load_rows(DEVSET)


@pytest.fixture(scope="module")
def report(rows: list[dict]):
    return bench.evaluate(rows)


def test_devset_has_enough_posts_of_each_label(rows: list[dict]) -> None:
    labels = Counter(r["label"] for r in rows)
    assert labels["regrettable"] >= 45
    assert labels["fine"] >= 25


def test_devset_rows_are_complete_and_unique(rows: list[dict]) -> None:
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for r in rows:
        assert r.keys() >= REQUIRED, f"{r.get('id')} lacks {REQUIRED - r.keys()}"
        assert r["text"].strip() and r["source"].strip() and r["category"].strip()


def test_devset_news_is_published_before_the_post(rows: list[dict]) -> None:
    for r in rows:
        at = datetime.fromisoformat(r["at"])
        assert at.tzinfo is not None, f"{r['id']}: time without offset"
        for item in r["news"]:
            assert {"published", "title", "summary"} <= item.keys()
            assert datetime.fromisoformat(item["published"]) <= at, f"{r['id']}: news from the future"


def test_at_least_90_percent_of_regrettable_posts_get_review_or_hold(report) -> None:
    misses = [(o.row["id"], o.verdict) for o in report.misses]
    assert report.catch_rate >= 0.90, f"catch rate {report.catch_rate:.1%}; misses: {misses}"


def test_no_fine_post_is_held(report) -> None:
    held = [(o.row["id"], o.codes) for o in report.fine_held]
    assert not held, f"fine posts held: {held}"
