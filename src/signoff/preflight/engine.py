"""The preflight engine: validates input, builds the context once, runs every enabled check."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from signoff.errors import InputError
from signoff.preflight.model import ACCOUNT_KINDS, PLATFORMS, Check, Context, Draft, Verdict
from signoff.preflight.policy import AccountPolicy, verdict_from
from signoff.preflight.registry import load_checks

#: Drafts are social posts; anything longer is a mistake (a pasted document, a binary file).
MAX_TEXT_CHARS = 20_000
#: Posting times outside these years are typos (0011 for 2011); checks do date arithmetic around `at`.
EARLIEST_YEAR, LATEST_YEAR = 1900, 2999


def validate_text(text: object) -> str:
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(
                f"draft text is not valid UTF-8 (bad byte at position {exc.start}); "
                "save it as UTF-8 and retry"
            ) from exc
    if not isinstance(text, str):
        raise InputError(f"draft text must be a string, got {type(text).__name__}")
    if not text.strip():
        raise InputError("draft text is empty; write the post first")
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(
            f"draft is {len(text):,} characters; signoff checks posts up to {MAX_TEXT_CHARS:,} characters "
            "(did you paste a whole document?)"
        )
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:  # lone surrogates: bytes that were not UTF-8 (e.g. from argv or a file)
        raise InputError(
            f"draft text is not valid UTF-8 (bad character at position {exc.start}); "
            "save it as UTF-8 and retry"
        ) from exc
    if "\x00" in text:
        raise InputError("draft text contains a NUL byte; it looks like binary data, not a post")
    return text


def validate_choice(value: str, allowed: Sequence[str], what: str) -> str:
    if value not in allowed:
        raise InputError(f"unknown {what} {value!r}; choose one of: {', '.join(allowed)}")
    return value


def parse_time(value: datetime | str | None, *, default: datetime | None = None) -> datetime:
    """An aware UTC datetime from a datetime or ISO 8601 text; naive times are refused (ambiguous)."""
    if value is None:
        return default if default is not None else datetime.now(UTC)
    if isinstance(value, str):
        raw = value.strip()
        try:
            value = datetime.fromisoformat(raw.replace("Z", "+00:00") if raw.endswith("Z") else raw)
        except ValueError as exc:
            raise InputError(
                f"cannot read time {raw!r}; use ISO 8601 with an offset, e.g. 2011-11-09T22:30:00-05:00"
            ) from exc
    if not isinstance(value, datetime):
        raise InputError(f"time must be an ISO 8601 string or datetime, got {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise InputError(
            f"time {value.isoformat()} has no time zone; add an offset such as -05:00 or Z"
        )
    if not EARLIEST_YEAR <= value.year <= LATEST_YEAR:  # date arithmetic near year 1 or 9999 overflows
        raise InputError(
            f"time {value.isoformat()} is out of range; give a posting time between "
            f"{EARLIEST_YEAR} and {LATEST_YEAR}"
        )
    return value.astimezone(UTC)


class Engine:
    """Runs the registered checks. Reuse one engine: checks and models load once."""

    def __init__(self, checks: Iterable[Check] | None = None, *, models: bool = True) -> None:
        self.checks: tuple[Check, ...] = tuple(checks) if checks is not None else load_checks()
        self._use_models = models and any("models" in c.requires for c in self.checks)
        self._scorer: Any = None

    def _scores(self, texts: Sequence[str]) -> list[Mapping[str, Mapping[str, float]]]:
        if not self._use_models:
            return [{} for _ in texts]
        if self._scorer is None:
            from signoff.ml.preflight import preflight_scorer  # loaded lazily: models are the slow part

            self._scorer = preflight_scorer()
        return self._scorer(texts)

    def run(self, draft: Draft, ctx: Context) -> Verdict:
        policy = ctx.policy or AccountPolicy()
        findings = []
        for check in self.checks:
            if not policy.enabled(check.code):
                continue
            findings.extend(check.run(draft, ctx))
        return verdict_from(findings, policy, text=draft.text)

    def check_many(self, drafts: Sequence[Draft], contexts: Sequence[Context]) -> list[Verdict]:
        """Preflight a batch: model scores are computed in one pass, then checks run per draft."""
        scores = self._scores([d.full_text for d in drafts])
        out = []
        for draft, ctx, sc in zip(drafts, contexts, scores, strict=True):
            if sc and not ctx.scores:
                ctx = replace(ctx, scores=sc)  # keeps every other field, including ones added later
            out.append(self.run(draft, ctx))
        return out


_default_engine: Engine | None = None


def default_engine() -> Engine:
    global _default_engine
    if _default_engine is None:
        _default_engine = Engine()
    return _default_engine


def make_draft_and_context(
    text: Any,
    *,
    account_kind: str = "person",
    platform: str = "x",
    at: datetime | str | None = None,
    news: Any = None,
    policy: AccountPolicy | None = None,
    signature: str | None = None,
) -> tuple[Draft, Context]:
    text = validate_text(text)
    validate_choice(account_kind, ACCOUNT_KINDS, "account kind")
    validate_choice(platform, PLATFORMS, "platform")
    when = parse_time(at)
    snapshot = None
    if news is not None:
        from signoff.news.snapshot import snapshot_from  # news parsing lives in news/

        snapshot = snapshot_from(news, at=when)
    draft = Draft(text=text, account_kind=account_kind, platform=platform, signature=signature)  # type: ignore[arg-type]
    ctx = Context(at=when, account_kind=account_kind, platform=platform, news=snapshot, policy=policy)  # type: ignore[arg-type]
    return draft, ctx


def check(
    text: str,
    *,
    account_kind: str = "person",
    platform: str = "x",
    at: datetime | str | None = None,
    news: Any = None,
    policy: AccountPolicy | None = None,
    signature: str | None = None,
) -> Verdict:
    """Preflight one draft. `news` takes feed items (NewsItem or dicts), a feed path, a URL or a snapshot.

    Raises InputError for empty or huge text, an unknown platform or account kind, a time without
    a zone, or an unreadable feed.
    """
    draft, ctx = make_draft_and_context(
        text, account_kind=account_kind, platform=platform, at=at, news=news, policy=policy,
        signature=signature,
    )
    return default_engine().check_many([draft], [ctx])[0]
