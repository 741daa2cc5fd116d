"""The strong tier: the shipped fine-tuned int8 encoder, its heads, and which model "strong" serves."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from signoff.errors import ConfigError, NotFoundError
from signoff.ml.calibration import Calibration
from signoff.ml.data import TASKS, has_split, label_names
from signoff.ml.embed import EmbedModel
from signoff.ml.encoder import DIM, ENCODER_FILE, ENCODER_META, TOKENIZER_FILE, SentenceEncoder
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
    assert emb[0] @ emb[1] > emb[0] @ emb[2]


def test_shipped_encoder_has_one_head_per_task_with_a_train_split(
    encoder: SentenceEncoder, tweeteval_dir: Path
) -> None:
    assert set(encoder.heads) == {t for t in TASKS if has_split(t, "train", tweeteval_dir)}
    _, logits = encoder.encode_all(["you are a disgusting stupid liar", "happy birthday, have a lovely day"])
    assert logits.shape == (2, encoder.n_logits)
    for task in encoder.heads:
        assert encoder.task_logits(logits, task).shape[1] == len(label_names(task, tweeteval_dir))
    off = encoder.task_logits(logits, "offensive")
    assert off[0, 1] - off[0, 0] > off[1, 1] - off[1, 0]  # the insult scores more offensive
    with pytest.raises(NotFoundError, match="no sentiment head"):
        encoder.task_logits(logits, "sentiment")


def test_encoder_is_repeatable_and_nearly_independent_of_batch_neighbours(encoder: SentenceEncoder) -> None:
    # int8 dynamic quantization scales activations per batch, so padding moves a vector slightly.
    short, long = "@user you are such an idiot lol", "a much longer tweet that pads its batch " * 3
    alone = encoder.encode([short])
    together = encoder.encode([long, short, long])
    np.testing.assert_array_equal(together, encoder.encode([long, short, long]))
    assert float(alone[0] @ together[1]) > 0.95
    assert encoder.encode([]).shape == (0, DIM)


def test_missing_encoder_files_name_the_rebuild_command(tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="signoff.ml.train.finetune"):
        SentenceEncoder(tmp_path)


def test_a_head_saved_for_another_encoder_is_refused_with_the_rebuild_command(
    tmp_path: Path, encoder: SentenceEncoder
) -> None:
    for name in (ENCODER_FILE, TOKENIZER_FILE):
        shutil.copyfile(ARTIFACT_DIR / name, tmp_path / name)
    meta = json.loads((ARTIFACT_DIR / ENCODER_META).read_text())
    meta["heads"].pop("irony")
    (tmp_path / ENCODER_META).write_text(json.dumps(meta))
    EmbedModel(
        task="irony",
        labels=["non_irony", "irony"],
        encoder=encoder,
        head="logits",
        head_coef=np.zeros((0, 0)),
        head_intercept=np.zeros(0),
        feat_mean=np.zeros(0),
        feat_scale=np.ones(0),
        head_calibration=Calibration.identity(2),
        stack=None,
        weight=1.0,
        calibration=Calibration.identity(2),
    ).save(tmp_path / "irony.embed.npz")
    with pytest.raises(ConfigError, match="embed_heads irony"):
        EmbedModel.load(tmp_path / "irony.embed.npz")


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
    assert any((tmp_path / "cache").glob("*.npz"))  # embeddings were cached for the next run
    if model is not None:
        loaded = EmbedModel.load(shipped)
        texts = ["great, another monday", "the meeting is at noon"]
        np.testing.assert_allclose(loaded.predict_proba(texts), model.predict_proba(texts), atol=1e-5)
