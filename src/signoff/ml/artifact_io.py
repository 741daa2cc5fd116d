"""Model artifacts on disk: a JSON header plus named arrays in one compressed .npz, never a pickle."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np

from signoff.errors import ConfigError


def save_artifact(path: Path, header: dict[str, Any], **arrays: np.ndarray) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        np.savez_compressed(fh, header=np.frombuffer(json.dumps(header).encode(), dtype=np.uint8), **arrays)


def load_artifact(path: Path, fmt: str, rebuild: str) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    """(header, arrays) of the artifact at `path`; ConfigError naming `rebuild` when it is unreadable or of
    another format."""
    try:
        with np.load(path, allow_pickle=False) as z:
            arrays = {k: z[k] for k in z.files}
        header = json.loads(bytes(arrays.pop("header")).decode())
    except (OSError, ValueError, KeyError) as exc:
        raise ConfigError(f"model artifact {path} is unreadable ({exc}); rebuild it with {rebuild}") from exc
    if header.get("format") != fmt:
        raise ConfigError(f"{path} is not a {fmt} artifact; rebuild it with {rebuild}")
    return header, arrays
