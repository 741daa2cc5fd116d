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
    Finding,
    NotRun,
    Severity,
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


def second_opinion(check: Check) -> bool:
    """A check that declares `second_opinion = True` runs only on drafts the other checks leave at pass
    (after the account's policy): it can only raise a pass to review, so where the others already ask
    for review or hold it would add cost and no verdict. SO701 is one (its findings repeat what the rules
    already said, in a vaguer voice)."""
    return bool(getattr(check, "second_opinion", False))


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

    def _first(
        self, draft: Draft, ctx: Context, policy: AccountPolicy
    ) -> tuple[list[Finding], list[NotRun]]:
        """The findings of every check but the second-opinion ones, and what did not run."""
        runnable, missing = self._checks_for(self._provided(ctx))
        findings = []
        for check in runnable:
            if policy.enabled(check.code) and not second_opinion(check):
                findings.extend(check.run(draft, ctx))
        not_run = [
            NotRun(c.code, MISSING_BECAUSE.get(what, f"no {what} given"), what, partial)
            for c, what, partial in missing
        ]
        return findings, not_run

    def _second(self, draft: Draft, ctx: Context, policy: AccountPolicy) -> list[Finding]:
        """The second-opinion checks' findings (run only on drafts the others leave at pass)."""
        runnable, _ = self._checks_for(self._provided(ctx))
        return [
            f
            for check in runnable
            if second_opinion(check) and policy.enabled(check.code)
            for f in check.run(draft, ctx)
        ]

    @staticmethod
    def _unflagged(findings: Sequence[Finding], policy: AccountPolicy) -> bool:
        return all(policy.apply(f).severity < Severity.REVIEW for f in findings if policy.enabled(f.code))

    def run(self, draft: Draft, ctx: Context, policy: AccountPolicy | None = None) -> Verdict:
        policy = policy or AccountPolicy()
        self._prepare([draft], [ctx], second=False)
        findings, not_run = self._first(draft, ctx, policy)
        if self._unflagged(findings, policy):
            self._prepare([draft], [ctx], second=True)
            findings.extend(self._second(draft, ctx, policy))
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
        ctxs = [
            replace(ctx, scores=sc) if sc and not ctx.scores else ctx  # keeps every other field
            for ctx, sc in zip(contexts, scores, strict=True)
        ]
        policies = [p or AccountPolicy() for p in per_draft]
        self._prepare(drafts, ctxs, second=False)
        first = [self._first(d, c, p) for d, c, p in zip(drafts, ctxs, policies, strict=True)]
        # Second-opinion checks (SO701) run batched, on the drafts the others left at pass.
        second = [i for i, (f, _) in enumerate(first) if self._unflagged(f, policies[i])]
        self._prepare([drafts[i] for i in second], [ctxs[i] for i in second], second=True)
        for i in second:
            first[i][0].extend(self._second(drafts[i], ctxs[i], policies[i]))
        return [
            verdict_from(f, p, text=d.text, not_run=n)
            for d, (f, n), p in zip(drafts, first, policies, strict=True)
        ]

    def _prepare(self, drafts: Sequence[Draft], ctxs: Sequence[Context], *, second: bool) -> None:
        """Let checks with a batch step (`prepare`) do it once for the drafts they will run on: the
        second-opinion checks (`second`) or the others."""
        if not drafts:
            return
        for check in self.checks:
            prepare = getattr(check, "prepare", None)
            if prepare is None or second_opinion(check) != second:
                continue
            chosen = [
                (d, c)
                for d, c in zip(drafts, ctxs, strict=True)
                if check in self._checks_for(self._provided(c))[0]
            ]
            if chosen:
                prepare([d for d, _ in chosen], [c for _, c in chosen])


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
    long_posts: bool | None = None,
) -> tuple[Draft, Context]:
    """A validated draft and its context. For a batch, pass the same `news_timeline(...)` to every draft.
    `long_posts`: whether the account may publish X's long posts (None: not known)."""
    text = validate_text(text)
    if long_posts is not None and not isinstance(long_posts, bool):
        raise InputError(f"long_posts must be true, false or left out (not known), not {long_posts!r}")
    validate_choice(account_kind, ACCOUNT_KINDS, "account kind")
    validate_choice(platform, PLATFORMS, "platform")
    when = parse_time(at)
    timeline = news_timeline(news)
    snapshot = timeline.snapshot(when) if timeline is not None else None
    draft = Draft(text=text, account_kind=account_kind, platform=platform, signature=signature,  # type: ignore[arg-type]
                  long_posts=long_posts)
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
    long_posts: bool | None = None,
) -> Verdict:
    """Preflight one draft. `news` takes feed items (NewsItem or dicts), a feed path, a URL, a list of
    these, a NewsTimeline (read once, for many calls) or a snapshot. Without news the timing checks do
    not run and the verdict's `not_run` says so.

    `long_posts` says whether the account may publish X's long posts (X Premium, verified organisations);
    left out, a post over X's 280 characters gets an info note instead of a review.

    Raises InputError for empty or huge text, an unknown platform or account kind, a time without
    a zone, or an unreadable feed.
    """
    draft, ctx = make_draft_and_context(
        text, account_kind=account_kind, platform=platform, at=at, news=news, signature=signature,
        long_posts=long_posts,
    )
    return default_engine().check_many([draft], [ctx], policy)[0]
