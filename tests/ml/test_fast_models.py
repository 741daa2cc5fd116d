"""The fast tier: scoring path, shipped artifacts, smoke training into a temporary directory."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from signoff.errors import InputError, NotFoundError
from signoff.ml.data import TASKS, label_names, load_split
from signoff.ml.linear import LinearTextModel
from signoff.ml.registry import ARTIFACT_DIR, artifact_path, classify, load_model
from signoff.ml.train.fast import train_fast


def test_every_task_ships_a_fast_model_with_mapping_label_names(tweeteval_dir: Path) -> None:
    for task in TASKS:
        model = load_model(task, "fast")
        assert model.labels == label_names(task, tweeteval_dir)


def test_shipped_artifacts_stay_under_50_mb() -> None:
    total = sum(p.stat().st_size for p in ARTIFACT_DIR.iterdir() if p.is_file())  # the encoder too
    assert 0 < total < 50_000_000


@pytest.mark.parametrize("task", TASKS)
def test_shipped_vocabulary_rows_equal_contributions_computed_on_the_fly(
    task: str, tweeteval_dir: Path
) -> None:
    path = artifact_path(task, "fast")
    shipped = LinearTextModel.load(path)
    assert len(shipped.vocabulary) > 1_000
    assert len(shipped._tok_index) == len(shipped.vocabulary)  # warm from the start
    fresh = LinearTextModel.load(path)
    fresh.reset_caches(keep_vocabulary=False)
    assert not fresh._tok_index
    texts = load_split(task, "val", tweeteval_dir).texts[:300] + ["", "never-seen-token-xyzzy"]
    np.testing.assert_allclose(shipped.decision(texts), fresh.decision(texts), atol=1e-12)


def test_per_token_scoring_equals_the_feature_matrix_product(tweeteval_dir: Path) -> None:
    model = LinearTextModel.load(artifact_path("emotion", "fast"))
    texts = load_split("emotion", "val", tweeteval_dir).texts[:200] + ["", "🙂🙂", "#Happy DAY!!!"]
    fast = model.decision(texts)
    slow = model.decision_from_matrix(model.featurizer.transform(texts))
    np.testing.assert_allclose(fast, slow, atol=1e-9)


def test_caches_survive_being_emptied_between_batches(
    tweeteval_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import signoff.ml.linear as linear

    monkeypatch.setattr(linear, "MAX_CACHE", 500)  # token and bigram caches reset every batch or two
    model = LinearTextModel.load(artifact_path("hate", "fast"))
    texts = load_split("hate", "val", tweeteval_dir).texts[:400]
    batches = [model.decision(texts[i : i + 50]) for i in range(0, len(texts), 50)]
    slow = model.decision_from_matrix(model.featurizer.transform(texts))
    np.testing.assert_allclose(np.concatenate(batches), slow, atol=1e-9)


def test_features_built_for_many_tokens_at_once_equal_those_of_each_token() -> None:
    from signoff.ml.features import HashedFeaturizer

    fz = HashedFeaturizer(lexicon_scale=0.5)
    tokens = ["love", "#BuildThatWall", "sooooo", "HATE", "🙂", "a", "@user", "we're"]
    X, sizes = fz.tokens_matrix(tokens)
    for row, tok in enumerate(tokens):
        idx, val = fz.token_features(tok)
        assert sizes[row] == len(idx)
        assert list(X.indices[X.indptr[row] : X.indptr[row + 1]]) == list(idx)
        assert list(X.data[X.indptr[row] : X.indptr[row + 1]]) == list(val)
    assert X.data[X.indptr[1] - 1] == pytest.approx(3.2 / 4 * 0.5)  # "love": VADER 3.2, scaled


@given(st.text(alphabet=st.sampled_from(list("@:/.wWhtpsS_ ſ#a1\n")), max_size=40))
def test_normalize_equals_the_two_substitutions_it_skips_when_it_can(text: str) -> None:
    from signoff.ml.features import MENTION_RE, URL_RE, normalize

    assert normalize(text) == MENTION_RE.sub("@user", URL_RE.sub("http", text))


def test_probabilities_sum_to_one_and_label_follows_the_rule() -> None:
    model = load_model("offensive", "fast")
    records = classify(model, ["you are a disgusting idiot", "have a lovely day friends"])
    assert [r["label"] for r in records] == ["offensive", "not-offensive"]
    for r in records:
        assert sum(r["scores"].values()) == pytest.approx(1.0, abs=1e-3)


def test_offensive_fast_model_keeps_its_validation_score(tweeteval_dir: Path) -> None:
    from signoff.ml.evaluate import evaluate

    result = evaluate(load_model("offensive", "fast"), "val", tweeteval_dir)
    assert result.score >= 0.74


def test_unknown_task_and_missing_artifact_are_typed_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        load_model("toxicity", "fast")
    with pytest.raises(NotFoundError):
        load_model("irony", "fast", tmp_path)


def test_smoke_train_writes_a_model_that_loads_and_predicts(tmp_path: Path, tweeteval_dir: Path) -> None:
    train_fast(
        "irony", tmp_path, root=tweeteval_dir, limit=300, c_grid=(1.0,), scale_grid=(1.0,), log=lambda _: None
    )
    model = load_model("irony", "fast", tmp_path)
    probs = model.predict_proba(["Great, another Monday. Just what I needed #not", "I love my dog"])
    assert probs.shape == (2, 2)
    assert np.all((probs > 0) & (probs < 1))
    assert 0.05 <= model.rule.threshold <= 0.95


def test_smoke_train_without_a_train_split_cross_validates_on_val(
    tmp_path: Path, tweeteval_dir: Path
) -> None:
    model = train_fast(
        "sentiment",
        tmp_path,
        root=tweeteval_dir,
        limit=300,
        c_grid=(1.0,),
        scale_grid=(1.0,),
        log=lambda _: None,
    )
    assert "cross-validation" in model.meta["trained_on"]
    loaded = load_model("sentiment", "fast", tmp_path)
    assert loaded.labels == ["negative", "neutral", "positive"]
    assert loaded.predict_proba(["worst service ever, never again"]).shape == (1, 3)
