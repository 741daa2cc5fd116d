"""TweetEval on disk: where it lives, its tasks, label names and splits."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from signoff.errors import InputError, NotFoundError

TASKS: tuple[str, ...] = ("offensive", "hate", "irony", "emotion", "sentiment")
SPLITS: tuple[str, ...] = ("train", "val", "test")
#: TweetEval's official metric: macro-recall for sentiment, macro-F1 elsewhere.
METRIC: dict[str, str] = {t: ("macro_recall" if t == "sentiment" else "macro_f1") for t in TASKS}
#: The label a binary task flags (its "positive" class).
POSITIVE_LABEL: dict[str, str] = {"offensive": "offensive", "hate": "hate", "irony": "irony"}

REPO_ROOT = Path(__file__).resolve().parents[3]


def shared_dir() -> Path:
    """`$SIGNOFF_SHARED_DIR`, else `<repo>/../shared`."""
    env = os.environ.get("SIGNOFF_SHARED_DIR")
    return Path(env) if env else REPO_ROOT.parent / "shared"


def tweeteval_dir() -> Path:
    path = shared_dir() / "data" / "tweeteval"
    if not path.is_dir():
        raise NotFoundError(
            f"TweetEval data not found at {path}; put ../shared beside the repo or set SIGNOFF_SHARED_DIR"
        )
    return path


def check_task(task: str) -> str:
    if task not in TASKS:
        raise InputError(f"unknown task {task!r}; choose one of {', '.join(TASKS)}")
    return task


def label_names(task: str, root: Path | None = None) -> list[str]:
    """Label names in id order, exactly as the task's mapping.txt spells them."""
    path = (root or tweeteval_dir()) / check_task(task) / "mapping.txt"
    names: dict[int, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            idx, name = line.split("\t", 1)
            names[int(idx)] = name.strip()
    return [names[i] for i in range(len(names))]


@dataclass(frozen=True)
class Split:
    task: str
    name: str
    texts: list[str]
    labels: list[int]


def has_split(task: str, split: str, root: Path | None = None) -> bool:
    return ((root or tweeteval_dir()) / task / f"{split}_labels.txt").is_file()


def load_split(task: str, split: str, root: Path | None = None) -> Split:
    """Texts and integer labels of one split. Sentiment has no train split in ../shared."""
    check_task(task)
    if split not in SPLITS:
        raise InputError(f"unknown split {split!r}; choose one of {', '.join(SPLITS)}")
    base = (root or tweeteval_dir()) / task
    text_path, label_path = base / f"{split}_text.txt", base / f"{split}_labels.txt"
    if not label_path.is_file():
        raise NotFoundError(f"{task} has no {split} split at {base}")
    # Split on "\n" only: str.splitlines() would also break on U+2028 inside tweets.
    texts = text_path.read_text(encoding="utf-8").rstrip("\n").split("\n")
    labels = [int(x) for x in label_path.read_text(encoding="utf-8").split()]
    if len(texts) != len(labels):
        raise InputError(f"{text_path} has {len(texts)} lines but {label_path} has {len(labels)} labels")
    return Split(task, split, texts, labels)
