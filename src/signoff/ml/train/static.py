"""Copy the shipped encoder's input embedding tables into `static.npz` (`signoff.ml.static`).

    python -m signoff.ml.train.static [--encoder DIR] [--out DIR]

Reads `encoder.int8.onnx` with the `onnx` package (a training dependency), takes the word, position and
token-type tables and the input layer norm's weights, and saves the small ones; of the word table (uint8, with
the encoder's own scale and zero point) it saves only where its bytes lie in the encoder file and their
checksum, so it is read from there. The vectors are what the encoder's first step computes, up to float
rounding. Nothing is trained; rebuild after `python -m signoff.ml.train.finetune` (the checksum refuses a
stale `static.npz`). `--encoder` must be the directory `static.npz` will be used beside.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from signoff.ml.encoder import ENCODER_FILE
from signoff.ml.paths import ARTIFACT_DIR
from signoff.ml.static import ARTIFACT, dequantize, save_static

PREFIX = "m.bert.embeddings."


def read_tables(onnx_path: Path) -> dict[str, np.ndarray]:
    import onnx
    from onnx import numpy_helper

    model = onnx.load(str(onnx_path))
    return {
        i.name.removeprefix(PREFIX): numpy_helper.to_array(i)
        for i in model.graph.initializer
        if i.name.startswith(PREFIX)
    }


def table(t: dict[str, np.ndarray], name: str) -> np.ndarray:
    """A float table, dequantized when the encoder stores it quantized."""
    if f"{name}.weight" in t:
        return t[f"{name}.weight"].astype(np.float32)
    q = f"{name}.weight_quantized"
    return dequantize(t[q], float(t[f"{name}.weight_scale"]), int(t[f"{name}.weight_zero_point"]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--encoder", type=Path, default=ARTIFACT_DIR)
    ap.add_argument("--out", type=Path, default=ARTIFACT_DIR)
    args = ap.parse_args(argv)
    t = read_tables(args.encoder / ENCODER_FILE)
    if "word_embeddings.weight_quantized" not in t:
        raise SystemExit(f"{args.encoder / ENCODER_FILE} has no quantized word table; is it the encoder?")
    word = np.ascontiguousarray(t["word_embeddings.weight_quantized"], dtype=np.uint8)
    data = (args.encoder / ENCODER_FILE).read_bytes()
    offset = data.find(word.tobytes())
    if offset < 0 or data.find(word.tobytes(), offset + 1) >= 0:
        raise SystemExit(f"the word table's bytes are not stored once, raw, in {args.encoder / ENCODER_FILE}")
    save_static(
        args.out / ARTIFACT,
        word_file=ENCODER_FILE,
        word_offset=offset,
        word=word,
        word_scale=float(t["word_embeddings.weight_scale"]),
        word_zero=int(t["word_embeddings.weight_zero_point"]),
        position=table(t, "position_embeddings"),
        token_type=table(t, "token_type_embeddings")[0],
        gamma=t["LayerNorm.weight"],
        beta=t["LayerNorm.bias"],
        meta={"source": ENCODER_FILE, "layer": "input embeddings (word + position + token type, layer norm)"},
    )
    print(f"static tables -> {args.out / ARTIFACT} ({(args.out / ARTIFACT).stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
