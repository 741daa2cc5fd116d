"""The preflight engine: validates input, builds the context once, runs every enabled check."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from signoff.errors import ConfigError, InputError
from signoff.preflight.model import (
    ACCOUNT_KINDS,
    PLATFORMS,
    Check,
    Context,
    Draft,
    NotRun,
    Verdict,
)
from signoff.preflight.policy import AccountPolicy, verdict_from
from signoff.preflight.registry import load_checks, optional_context, validate_requirements

if TYPE_CHECKING:
    from signoff.news.snapshot import NewsSources, NewsTimeline

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


#: Why a check could not get each kind of context, as `Verdict.not_run` says it.
MISSING_BECAUSE = {"news": "no news given", "models": "models turned off"}


class Engine:
    """Runs the registered checks. Reuse one engine: checks and models load once.

    The engine owns what checks see: it validates each check's `requires` when it is built, gives every
    draft its context (the post time, the account's kind and platform, the news as of that time, model
    scores) and reports a check whose context is missing in `Verdict.not_run` instead of running it blind.
    The account policy is an argument of each run, not part of what checks see.
    """

    def __init__(self, checks: Iterable[Check] | None = None, *, models: bool = True) -> None:
        self.checks: tuple[Check, ...] = tuple(checks) if checks is not None else load_checks()
        if not self.checks:
            raise ConfigError(
                "no preflight checks are loaded, so every draft would pass unchecked; reinstall signoff "
                "(pip install -e .) so its `signoff.checks` entry points are registered"
            )
        validate_requirements(self.checks)
        self._models = models
        self._use_models = models and any(
            "models" in (c.requires | optional_context(c)) for c in self.checks
        )
        self._scorer: Any = None
        self._plan: dict[frozenset[str], tuple[tuple[Check, ...], tuple[tuple[Check, str, bool], ...]]] = {}

    def _scores(self, texts: Sequence[str]) -> list[Mapping[str, Mapping[str, float]]]:
        if not self._use_models:
            return [{} for _ in texts]
        if self._scorer is None:
            from signoff.ml.preflight import preflight_scorer  # loaded lazily: models are the slow part

            self._scorer = preflight_scorer()
        return self._scorer(texts)

    def _provided(self, ctx: Context) -> frozenset[str]:
        have = {"clock", "account"}
        if ctx.news is not None:
            have.add("news")
        if self._models:
            have.add("models")
        return frozenset(have)

    def _checks_for(
        self, have: frozenset[str]
    ) -> tuple[tuple[Check, ...], tuple[tuple[Check, str, bool], ...]]:
        """The checks that can run with `have`, and (check, missing context, ran partly) for the rest."""
        plan = self._plan.get(have)
        if plan is None:
            runnable, missing = [], []
            for c in self.checks:
                lacking = sorted(frozenset(c.requires) - have)
                if lacking:
                    missing.append((c, lacking[0], False))
                    continue
                runnable.append(c)
                lacking = sorted(optional_context(c) - have)
                if lacking:
                    missing.append((c, lacking[0], True))
            plan = self._plan[have] = (tuple(runnable), tuple(missing))
        return plan

    def run(self, draft: Draft, ctx: Context, policy: AccountPolicy | None = None) -> Verdict:
        policy = policy or AccountPolicy()
        runnable, missing = self._checks_for(self._provided(ctx))
        findings = []
        for check in runnable:
            if policy.enabled(check.code):
                findings.extend(check.run(draft, ctx))
        not_run = [
            NotRun(c.code, MISSING_BECAUSE.get(what, f"no {what} given"), what, partial)
            for c, what, partial in missing
        ]
        return verdict_from(findings, policy, text=draft.text, not_run=not_run)

    def check_many(
        self,
        drafts: Sequence[Draft],
        contexts: Sequence[Context],
        policies: Sequence[AccountPolicy | None] | AccountPolicy | None = None,
    ) -> list[Verdict]:
        """Preflight a batch: model scores are computed in one pass, then checks run per draft.

        `policies` is one policy for the whole batch or one per draft (None: the defaults)."""
        if policies is None or isinstance(policies, AccountPolicy):
            per_draft: Sequence[AccountPolicy | None] = [policies] * len(drafts)
        else:
            per_draft = policies
        scores = self._scores([d.full_text for d in drafts])
        out = []
        for draft, ctx, sc, policy in zip(drafts, contexts, scores, per_draft, strict=True):
            if sc and not ctx.scores:
                ctx = replace(ctx, scores=sc)  # keeps every other field, including ones added later
            out.append(self.run(draft, ctx, policy))
        return out


def not_run_line(not_run: Sequence[Mapping[str, Any]], *, hint: str) -> str | None:
    """One line for the faces from `Verdict.to_dict()["not_run"]`: which checks did not run (or ran in
    part) and, for news, how to give it (`hint`). None when every check ran in full."""
    if not not_run:
        return None
    parts = [f"{n['code']}{' in part' if n.get('partial') else ''}" for n in not_run]
    news = [p for p, n in zip(parts, not_run, strict=True) if n["because"] == MISSING_BECAUSE["news"]]
    other = [f"{p} ({n['because']})" for p, n in zip(parts, not_run, strict=True) if p not in news]
    lines = []
    if news:
        lines.append(f"timing checks did not run ({', '.join(news)}): no news configured — {hint}")
    if other:
        lines.append(f"checks did not run: {', '.join(other)}")
    return "; ".join(lines)


_default_engine: Engine | None = None


def default_engine() -> Engine:
    global _default_engine
    if _default_engine is None:
        _default_engine = Engine()
    return _default_engine


def news_timeline(news: NewsSources | None) -> NewsTimeline | None:
    """The batch's news read once (None stays None: the timing checks will report they did not run)."""
    if news is None:
        return None
    from signoff.news.snapshot import NewsTimeline  # news parsing lives in news/

    return NewsTimeline.load(news)


def make_draft_and_context(
    text: Any,
    *,
    account_kind: str = "person",
    platform: str = "x",
    at: datetime | str | None = None,
    news: NewsSources | None = None,
    signature: str | None = None,
) -> tuple[Draft, Context]:
    """A validated draft and its context. For a batch, pass the same `news_timeline(...)` to every draft."""
    text = validate_text(text)
    validate_choice(account_kind, ACCOUNT_KINDS, "account kind")
    validate_choice(platform, PLATFORMS, "platform")
    when = parse_time(at)
    timeline = news_timeline(news)
    snapshot = timeline.snapshot(when) if timeline is not None else None
    draft = Draft(text=text, account_kind=account_kind, platform=platform, signature=signature)  # type: ignore[arg-type]
    ctx = Context(at=when, account_kind=account_kind, platform=platform, news=snapshot)  # type: ignore[arg-type]
    return draft, ctx


def check(
    text: str,
    *,
    account_kind: str = "person",
    platform: str = "x",
    at: datetime | str | None = None,
    news: NewsSources | None = None,
    policy: AccountPolicy | None = None,
    signature: str | None = None,
) -> Verdict:
    """Preflight one draft. `news` takes feed items (NewsItem or dicts), a feed path, a URL, a list of
    these, a NewsTimeline (read once, for many calls) or a snapshot. Without news the timing checks do
    not run and the verdict's `not_run` says so.

    Raises InputError for empty or huge text, an unknown platform or account kind, a time without
    a zone, or an unreadable feed.
    """
    draft, ctx = make_draft_and_context(
        text, account_kind=account_kind, platform=platform, at=at, news=news, signature=signature
    )
    return default_engine().check_many([draft], [ctx], policy)[0]
