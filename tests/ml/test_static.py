"""Static vectors (`signoff.ml.static`): the shipped encoder's input layer, mean-pooled, computed in numpy.
They must be what the encoder's own first step gives, and the shipped tables what the build script copies."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

from signoff.errors import ConfigError, NotFoundError
from signoff.ml.encoder import ENCODER_FILE
from signoff.ml.paths import ARTIFACT_DIR
from signoff.ml.static import ARTIFACT, MAX_LENGTH, StaticEmbedder

TEXTS = [
    "Funny how the refugees always have the newest phones",
    "Our thoughts are with everyone affected by the storm tonight.",
    "hi",
    "",
    "word " * 200,  # longer than MAX_LENGTH tokens: truncated as the encoder truncates
    "😀🇺🇸 #Caf\u00e9 @user",
]


def _onnx():  # type: ignore[no-untyped-def]
    try:
        import onnx
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("the train extra is missing; .ci/run installs it (pip install -e '.[dev,train]')")
        pytest.skip("install the train extra (pip install -e '.[train]') to compare with the encoder graph")
    return onnx


@pytest.fixture(scope="module")
def shipped() -> StaticEmbedder:
    return StaticEmbedder(ARTIFACT_DIR)


def test_vectors_are_the_encoders_input_layer_mean_pooled(shipped: StaticEmbedder, tmp_path: Path) -> None:
    onnx = _onnx()
    import onnxruntime as ort

    first = tmp_path / "first.onnx"
    out = "/bert/embeddings/LayerNorm/LayerNormalization_output_0"
    inputs = ["input_ids", "attention_mask"]
    onnx.utils.extract_model(str(ARTIFACT_DIR / ENCODER_FILE), str(first), inputs, [out])
    session = ort.InferenceSession(str(first), providers=["CPUExecutionProvider"])
    got = shipped(TEXTS)
    for text, vec in zip(TEXTS, got, strict=True):
        ids = np.array([shipped._tok.encode(text).ids], dtype=np.int64)
        assert ids.shape[1] <= MAX_LENGTH
        hidden = session.run([out], {"input_ids": ids, "attention_mask": np.ones_like(ids)})[0][0]
        want = hidden.mean(axis=0)
        want /= np.linalg.norm(want)
        np.testing.assert_allclose(vec, want, atol=2e-5)
    assert np.allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)


def test_the_shipped_tables_are_what_the_build_script_copies(tmp_path: Path) -> None:
    _onnx()
    from signoff.ml.train import static

    assert static.main(["--out", str(tmp_path)]) == 0
    with np.load(tmp_path / ARTIFACT) as rebuilt, np.load(ARTIFACT_DIR / ARTIFACT) as ship:
        assert set(rebuilt.files) == set(ship.files)
        for name in ship.files:
            np.testing.assert_array_equal(rebuilt[name], ship[name], err_msg=name)


def test_cache_serves_repeats_and_survives_being_cleared(shipped: StaticEmbedder, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import signoff.ml.static as st

    monkeypatch.setattr(st, "CACHE", 3)
    first = shipped(TEXTS[:2])
    # more new texts than the cache holds, asked together with ones it already holds: every row comes back
    again = shipped([TEXTS[0], *TEXTS[2:], TEXTS[1], TEXTS[0]])
    np.testing.assert_array_equal(again[0], first[0])
    np.testing.assert_array_equal(again[-2], first[1])
    assert again.shape == (len(TEXTS) + 1, shipped.dim)
    assert shipped([]).shape == (0, shipped.dim)


def test_missing_or_foreign_files_say_how_to_rebuild(tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="signoff.ml.train.static"):
        StaticEmbedder(tmp_path)
    (tmp_path / ARTIFACT).write_bytes(b"not an npz")
    (tmp_path / "encoder.tokenizer.json").write_bytes((ARTIFACT_DIR / "encoder.tokenizer.json").read_bytes())
    with pytest.raises(ConfigError, match="signoff.ml.train.static"):
        StaticEmbedder(tmp_path)


def test_the_word_table_is_read_from_the_encoder_file_and_a_changed_one_is_refused(tmp_path: Path) -> None:
    assert (ARTIFACT_DIR / ARTIFACT).stat().st_size < 200_000  # the 11.7 MB table is not shipped twice
    for name in (ARTIFACT, "encoder.tokenizer.json"):
        (tmp_path / name).write_bytes((ARTIFACT_DIR / name).read_bytes())
    with pytest.raises(ConfigError, match="cannot read the word table|does not match"):
        StaticEmbedder(tmp_path)  # no encoder file beside it
    encoder = bytearray((ARTIFACT_DIR / ENCODER_FILE).read_bytes())
    (tmp_path / ENCODER_FILE).write_bytes(bytes(encoder))
    assert StaticEmbedder(tmp_path)(["hello"]).shape == (1, 384)
    encoder[len(encoder) // 2] ^= 0xFF  # a "rebuilt" encoder: the table's bytes differ
    (tmp_path / ENCODER_FILE).write_bytes(bytes(encoder))
    with pytest.raises(ConfigError, match="does not match .*signoff.ml.train.static"):
        StaticEmbedder(tmp_path)
