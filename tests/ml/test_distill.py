"""Distillation of the strong tier into the fast tier: the transfer set, soft-target fitting, smoke runs."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from signoff.ml.data import TASKS
from signoff.ml.features import HashedFeaturizer
from signoff.ml.linear import LinearTextModel
from signoff.ml.registry import ARTIFACT_DIR
from signoff.ml.train import distill, embed_heads
from signoff.ml.train.common import fit_nb_logreg_soft


def _texts(path: Path) -> set[str]:
    return set(path.read_text(encoding="utf-8").rstrip("\n").split("\n")) if path.is_file() else set()


def test_transfer_texts_hold_no_test_tweet_and_none_of_the_tasks_own(tweeteval_dir: Path) -> None:
    pool = distill.transfer_texts("irony", tweeteval_dir)
    assert len(pool) == len(set(pool)) > 10_000
    own = _texts(tweeteval_dir / "irony" / "train_text.txt") | _texts(
        tweeteval_dir / "irony" / "val_text.txt"
    )
    assert not own & set(pool)
    tests: set[str] = set()
    for path in tweeteval_dir.rglob("test_text.txt"):
        tests |= _texts(path)
    train_val = set()
    for path in [*tweeteval_dir.rglob("train_text.txt"), *tweeteval_dir.rglob("val_text.txt")]:
        train_val |= _texts(path)
    # Only tweets that are also in some train/val split may appear (a few tweets repeat across tasks).
    assert set(pool) <= train_val
    assert len(set(pool) & (tests - train_val)) == 0
    other = _texts(tweeteval_dir / "offensive" / "train_text.txt")
    assert len(other & set(pool)) > 0.9 * len(other - own)


def test_a_soft_row_is_a_positive_and_a_negative_row_of_its_weight(tweeteval_dir: Path) -> None:
    texts = ["you are an idiot", "lovely day", "what a joke", "thanks so much", "shut up", "great game"]
    X = HashedFeaturizer().transform(texts)
    soft = np.array([[0.5, 0.5], [1, 0], [0, 1], [1, 0], [0, 1], [1, 0]], dtype=float)
    weights = np.array([2.0, 1, 1, 1, 1, 1])
    import scipy.sparse as sp

    X2 = sp.vstack([X, X[0]]).tocsr()
    hard = np.vstack([[[1.0, 0.0]], soft[1:], [[0.0, 1.0]]])
    a = fit_nb_logreg_soft(X, soft, weights, 3.0)
    b = fit_nb_logreg_soft(X2, hard, np.ones(7), 3.0)
    np.testing.assert_allclose(a[0], b[0], atol=1e-6)
    np.testing.assert_allclose(a[1], b[1], atol=1e-6)
    # ...and a teacher's probabilities pull the weights: the same texts with flipped soft targets differ.
    c = fit_nb_logreg_soft(X, 1 - soft, weights, 3.0)
    assert float(np.abs(a[0] - c[0]).max()) > 0.01


def _copy_task(task: str, dest: Path) -> None:
    for tier in ("fast", "strong", "embed"):
        src = ARTIFACT_DIR / f"{task}.{tier}.npz"
        if src.is_file():
            shutil.copyfile(src, dest / src.name)


@pytest.mark.parametrize("task", ["irony", "sentiment"])
def test_smoke_distill_replaces_the_fast_model_only_when_it_wins_on_val(
    task: str, tmp_path: Path, tweeteval_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert task in TASKS
    monkeypatch.setattr(embed_heads, "CACHE_DIR", tmp_path / "cache")
    _copy_task(task, tmp_path)
    before = (tmp_path / f"{task}.fast.npz").read_bytes()
    lines: list[str] = []
    model = distill.train_distill(task, tmp_path, root=tweeteval_dir, limit=80, log=lines.append)
    tried = [ln for ln in lines if " distill w=" in ln]
    assert len(tried) == len(distill.WEIGHTS)
    after = (tmp_path / f"{task}.fast.npz").read_bytes()
    assert (after != before) == (model is not None)
    if model is not None:
        loaded = LinearTextModel.load(tmp_path / f"{task}.fast.npz")
        assert "distill_weight=" in loaded.meta["chosen"]
        texts = ["great, another monday", "worst service ever"]
        np.testing.assert_allclose(loaded.predict_proba(texts), model.predict_proba(texts), atol=1e-6)
