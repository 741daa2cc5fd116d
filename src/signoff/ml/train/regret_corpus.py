"""The regret corpus (`tests/data/regret/*.jsonl`, guide in `tests/data/regret/GUIDE.md`), read for training
the nearest-incident index and for the generalization benchmark.

Fine posts taken from `../shared/data/voices` are referenced there (`voices_ref`), never copied: the loader
reads their text from the shared file. Rows are validated as they load; a bad row is an InputError naming its
file and line, so a malformed corpus never silently shrinks a measurement.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from signoff.errors import InputError, NotFoundError
from signoff.ml.data import REPO_ROOT, shared_dir

CORPUS_DIR = REPO_ROOT / "tests" / "data" / "regret"
LABELS = ("regrettable", "fine")
ACCOUNT_KINDS = ("person", "brand")
#: Cases collected for the corpus date from this year or earlier; later years are kept for an independent
#: evaluation.
LAST_YEAR = 2018
REQUIRED = ("id", "at", "account_kind", "label", "category", "source_url")


@dataclass(frozen=True)
class CorpusRow:
    id: str
    incident: str
    text: str
    at: str
    year: int
    account_kind: str
    platform: str
    label: str
    category: str
    news: list[dict[str, Any]] = field(default_factory=list)
    what_happened: str = ""
    source_url: str = ""
    source: str = ""
    account: str = ""
    file: str = ""

    @property
    def regrettable(self) -> bool:
        return self.label == "regrettable"

    def as_check_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for `signoff.check` (news only when the row has some)."""
        return {
            "account_kind": self.account_kind,
            "platform": self.platform,
            "at": self.at,
            "news": self.news or None,
        }


@lru_cache(maxsize=2)
def _voices(path: Path) -> dict[tuple[str, str], str]:
    if not path.is_file():
        raise NotFoundError(
            f"voices data not found at {path}; put ../shared beside the repo or set SIGNOFF_SHARED_DIR"
        )
    out: dict[tuple[str, str], str] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            out[(rec["account"].lower(), rec["created_at"])] = rec["text"]
    return out


def voices_posts() -> list[tuple[str, str]]:
    """Every (account, text) of ../shared/data/voices/posts.jsonl, in file order."""
    posts = _voices(shared_dir() / "data" / "voices" / "posts.jsonl")
    return [(account, text) for (account, _), text in posts.items()]


def voices_text(ref: dict[str, Any]) -> str:
    """The text of the post `ref` ({"account", "created_at"}) in ../shared/data/voices/posts.jsonl."""
    posts = _voices(shared_dir() / "data" / "voices" / "posts.jsonl")
    key = (str(ref.get("account", "")).lower(), str(ref.get("created_at", "")))
    if key not in posts:
        raise InputError(f"no voices post by {ref.get('account')!r} at {ref.get('created_at')!r}")
    return posts[key]


def _row(raw: dict[str, Any], where: str) -> CorpusRow:
    missing = [k for k in REQUIRED if not raw.get(k)]
    if missing:
        raise InputError(f"{where}: missing {', '.join(missing)}")
    if raw["label"] not in LABELS:
        raise InputError(f"{where}: label must be one of {LABELS}, got {raw['label']!r}")
    if raw["account_kind"] not in ACCOUNT_KINDS:
        raise InputError(f"{where}: account_kind must be one of {ACCOUNT_KINDS}, got {raw['account_kind']!r}")
    if "voices_ref" in raw:
        text = voices_text(raw["voices_ref"])
    elif isinstance(raw.get("text"), str) and raw["text"].strip():
        text = raw["text"]
    else:
        raise InputError(f"{where}: needs `text` or `voices_ref`")
    try:
        at = datetime.fromisoformat(str(raw["at"]).replace("Z", "+00:00"))
    except ValueError as exc:
        raise InputError(f"{where}: `at` is not ISO 8601 ({raw['at']!r})") from exc
    if at.tzinfo is None:
        raise InputError(f"{where}: `at` has no offset ({raw['at']!r})")
    if at.year > LAST_YEAR:
        raise InputError(f"{where}: posted {at.year}; the corpus keeps {LAST_YEAR} and earlier")
    news = raw.get("news") or []
    if not isinstance(news, list) or not all(isinstance(n, dict) for n in news):
        raise InputError(f"{where}: `news` must be a list of objects")
    return CorpusRow(
        id=str(raw["id"]),
        incident=str(raw.get("incident") or raw["id"]),
        text=text,
        at=str(raw["at"]).replace("Z", "+00:00"),
        year=at.year,
        account_kind=raw["account_kind"],
        platform=raw.get("platform") or "x",
        label=raw["label"],
        category=str(raw["category"]),
        news=news,
        what_happened=str(raw.get("what_happened", "")),
        source_url=str(raw["source_url"]),
        source=str(raw.get("source", "")),
        account=str(raw.get("account", "")),
        file=where.split(":")[0],
    )


def read_rows(paths: Iterable[Path]) -> list[CorpusRow]:
    rows: list[CorpusRow] = []
    seen: dict[str, str] = {}
    for path in sorted(paths):
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{path.name}:{lineno}"
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{where}: not valid JSON ({exc.msg})") from exc
            row = _row(raw, where)
            if row.id in seen:
                raise InputError(f"{where}: id {row.id!r} already used at {seen[row.id]}")
            seen[row.id] = where
            rows.append(row)
    return rows


def load_corpus(directory: Path = CORPUS_DIR) -> list[CorpusRow]:
    """Every row of every `*.jsonl` in `directory`, validated, voices references resolved."""
    paths = list(directory.glob("*.jsonl"))
    if not paths:
        raise NotFoundError(f"no regret corpus files (*.jsonl) in {directory}")
    return read_rows(paths)
