"""The strong tier: smoke training into a temporary directory, and the shipped artifacts."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from signoff.ml.data import TASKS, label_names
from signoff.ml.registry import artifact_path, load_model
from signoff.ml.train.strong import train_strong


def test_smoke_train_writes_a_strong_model_that_loads_and_predicts(
    tmp_path: Path, tweeteval_dir: Path
) -> None:
    train_strong("offensive", tmp_path, root=tweeteval_dir, limit=250, log=lambda _: None)
    model = load_model("offensive", "strong", tmp_path)
    probs = model.predict_proba(["you are a disgusting liar", "lovely to see everyone today"])
    assert probs.shape == (2, 2)
    np.testing.assert_allclose(probs.sum(axis=1), 1.0)
    assert model.rule.threshold is not None


@pytest.mark.parametrize("task", TASKS)
def test_shipped_strong_model_uses_mapping_labels(task: str, tweeteval_dir: Path) -> None:
    if not artifact_path(task, "strong").is_file():
        pytest.skip(f"no strong artifact for {task}")
    assert load_model(task, "strong").labels == label_names(task, tweeteval_dir)


def test_char_ngrams_equal_scikit_learns_hashing_vectorizer_exactly(tweeteval_dir: Path) -> None:
    from sklearn.feature_extraction.text import HashingVectorizer

    from signoff.ml.data import load_split
    from signoff.ml.features import normalize
    from signoff.ml.strong import CHAR_FEATURES, CHAR_NGRAMS, char_matrix

    sk = HashingVectorizer(
        analyzer="char",
        ngram_range=CHAR_NGRAMS,
        n_features=CHAR_FEATURES,
        alternate_sign=False,
        norm="l2",
        preprocessor=lambda t: normalize(t).lower(),
    )
    texts = load_split("hate", "val", tweeteval_dir).texts[:500]
    texts += ["", " ", "a", "ab", "  \t\n x  y ", "🙂🙂 @Bob http://x.y/z", "İSTANBUL ǅ ß", "ab" * 2000]
    ours, theirs = char_matrix(texts), sk.transform(texts).tocsr()
    theirs.sort_indices()
    assert np.array_equal(ours.indptr, theirs.indptr)
    assert np.array_equal(ours.indices, theirs.indices)
    assert np.array_equal(ours.data, theirs.data)  # bit for bit: the shipped weights were fit on these


def test_a_strong_model_with_the_ngram_stack_loads_and_scores_without_scikit_learn() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from signoff.ml.registry import classify, load_model\n"
        "m = load_model('hate', 'strong')\n"
        "assert getattr(m, 'stack', None) is not None and m.weight < 1.0\n"  # the stack is used
        "classify(m, ['build that wall', 'lovely morning'])\n"
        "print('sklearn' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
