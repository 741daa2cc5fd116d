"""Where the shipped model artifacts live (a leaf module: the registry and the model kinds both read it)."""

from __future__ import annotations

from pathlib import Path

ARTIFACT_DIR = Path(__file__).resolve().parent / "artifacts"
