"""The embedding tier: the shipped int8 MiniLM encoder, its heads, and which model "strong" serves."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from signoff.errors import NotFoundError
from signoff.ml.data import TASKS, label_names
from signoff.ml.embed import EmbedModel
from signoff.ml.encoder import DIM, SentenceEncoder
from signoff.ml.registry import ARTIFACT_DIR, classify, load_model
from signoff.ml.strong import StrongModel
from signoff.ml.train import embed_heads


@pytest.fixture(scope="module")
def encoder() -> SentenceEncoder:
    return SentenceEncoder(ARTIFACT_DIR)


def test_shipped_encoder_gives_unit_vectors_that_put_paraphrases_closest(encoder: SentenceEncoder) -> None:
    texts = ["I love this song so much", "I really love this song", "the train leaves at five tomorrow"]
    emb = encoder.encode(texts)
    assert emb.shape == (3, DIM)
    np.testing.assert_allclose(np.linalg.norm(emb, axis=1), 1.0, atol=1e-5)
    assert emb[0] @ emb[1] > 0.8 > emb[0] @ emb[2] + 0.3


def test_encoder_is_repeatable_and_nearly_independent_of_batch_neighbours(encoder: SentenceEncoder) -> None:
    # int8 dynamic quantization scales activations per batch, so padding moves a vector slightly.
    short, long = "@user you are such an idiot lol", "a much longer tweet that pads its batch " * 3
    alone = encoder.encode([short])
    together = encoder.encode([long, short, long])
    np.testing.assert_array_equal(together, encoder.encode([long, short, long]))
    assert float(alone[0] @ together[1]) > 0.95
    assert encoder.encode([]).shape == (0, DIM)


def test_missing_encoder_files_name_the_rebuild_command(tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="signoff.ml.train.encoder"):
        SentenceEncoder(tmp_path)


@pytest.mark.parametrize("task", TASKS)
def test_strong_tier_is_the_embedding_model_exactly_where_its_head_is_shipped(
    task: str, tweeteval_dir: Path
) -> None:
    model = load_model(task, "strong")
    shipped = (ARTIFACT_DIR / f"{task}.embed.npz").is_file()
    assert isinstance(model, EmbedModel if shipped else StrongModel)
    assert model.labels == label_names(task, tweeteval_dir)


@pytest.mark.parametrize("task", [t for t in TASKS if (ARTIFACT_DIR / f"{t}.embed.npz").is_file()])
def test_shipped_embedding_model_predicts_calibrated_labels(task: str) -> None:
    model = load_model(task, "strong")
    texts = ["you are a disgusting liar and everyone hates you", "lovely to see everyone at the park today"]
    probs = model.predict_proba(texts)
    assert probs.shape == (2, len(model.labels))
    np.testing.assert_allclose(probs.sum(axis=1), 1.0, atol=1e-6)
    records = classify(model, texts)
    assert all(r["label"] in model.labels for r in records)


def test_offensive_strong_model_separates_an_insult_from_a_greeting() -> None:
    model = load_model("offensive", "strong")
    probs = model.predict_proba(["you are a disgusting stupid liar", "happy birthday, have a lovely day"])
    assert probs[0, 1] > 0.5 > probs[1, 1]


def test_smoke_train_ships_a_head_only_when_it_beats_the_stack_on_val(
    tmp_path: Path, tweeteval_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(embed_heads, "CACHE_DIR", tmp_path / "cache")
    shutil.copyfile(ARTIFACT_DIR / "irony.strong.npz", tmp_path / "irony.strong.npz")
    model = embed_heads.train_embed("irony", tmp_path, root=tweeteval_dir, limit=120, log=lambda _: None)
    shipped = tmp_path / "irony.embed.npz"
    assert shipped.is_file() == (model is not None)
    assert any((tmp_path / "cache").glob("*.npy"))  # embeddings were cached for the next run
    if model is not None:
        loaded = EmbedModel.load(shipped)
        texts = ["great, another monday", "the meeting is at noon"]
        np.testing.assert_allclose(loaded.predict_proba(texts), model.predict_proba(texts), atol=1e-5)
