"""Preflight for stored drafts: the account's platform, kind and policy, the author's signature."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from signoff.preflight.engine import default_engine, make_draft_and_context, news_timeline
from signoff.preflight.model import NotRun, Severity, Verdict
from signoff.preflight.policy import AccountPolicy
from signoff.workflow.models import Account

if TYPE_CHECKING:
    from signoff.news.snapshot import NewsSources

#: The outbox connector stands in for a real platform; its posts are held to X's rules (the strictest).
PREFLIGHT_PLATFORM = {"outbox": "x", "x": "x", "mastodon": "mastodon", "bluesky": "bluesky"}
SEVERITIES = {"info": Severity.INFO, "review": Severity.REVIEW, "hold": Severity.HOLD}
VERDICT_RANK = {"pass": 0, "review": 1, "hold": 2}


def account_policy(account: Account) -> AccountPolicy:
    overrides = {code: (SEVERITIES[s] if s else None) for code, s in (account.check_overrides or {}).items()}
    return AccountPolicy(overrides=overrides)


def preflight(
    account: Account, text: str, *, signature: str | None, at: datetime, news: NewsSources | None = None
) -> Verdict:
    """The verdict for `text` (+ signature) on this account at `at`, with the given news."""
    return preflight_many([(account, text, signature)], at=at, news=news)[0]


def preflight_many(
    items: Sequence[tuple[Account, str, str | None]], *, at: datetime, news: NewsSources | None = None
) -> list[Verdict]:
    """Preflight a batch in one engine pass (the publisher re-checks every claimed post this way).

    `news` is read once for the batch (feed paths, URLs, items or a NewsTimeline); an empty list or None
    means no news: the verdicts' `not_run` says the timing checks did not run. A NewsTimeline, even an
    empty one, is news (stored feeds that had nothing at that time: the timing checks run and find none)."""
    if not items:
        return []
    if isinstance(news, list | tuple) and not news:
        news = None
    timeline = news_timeline(news)  # the feeds are read once for the whole batch
    drafts, ctxs = [], []
    for account, text, signature in items:
        d, c = make_draft_and_context(
            text,
            account_kind=account.kind,
            platform=PREFLIGHT_PLATFORM[account.platform],
            at=at,
            news=timeline,
            signature=signature,
            long_posts=bool(account.long_posts),  # X Premium's long posts (`accounts edit --long-posts`)
        )
        drafts.append(d)
        ctxs.append(c)
    policies = [account_policy(account) for account, _, _ in items]
    return default_engine().check_many(drafts, ctxs, policies)


#: Marks a stored entry that records a check which did not run (not a finding) in a revision's findings.
NOT_RUN_KEY = "not_run"


def with_stored_news(session: Session, news: NewsSources | None, at: datetime) -> NewsSources | None:
    """The news a stored draft is checked against: the install's stored feed items as of `at` (`signoff feeds
    add`), plus any sources given directly (SIGNOFF_NEWS_FEEDS, --news). None when no news is configured at
    all; an empty timeline when feeds are configured but had nothing at `at` (the timing checks still run)."""
    from signoff.feeds import service as feeds

    if not feeds.has_feeds(session):
        return None if isinstance(news, list | tuple) and not news else news
    from signoff.news.snapshot import NewsTimeline

    # Feeds are configured: the timing checks run, even when nothing was in the news at `at` (hence a
    # timeline, which an empty list would not be).
    stored = feeds.news_as_of(session, at)
    given = NewsTimeline.load(news).items if news is not None else ()
    return NewsTimeline.load([*given, *stored])


def news_seen(verdict: Verdict, news: NewsSources | None) -> dict[str, Any] | None:
    """What the verdict saw of the news, stored on the revision: how many items, and the stories its
    findings named (headline, first seen, age at the check). None when no news was configured."""
    if news is None:
        return None
    from signoff.news.snapshot import NewsTimeline

    stories: dict[str, dict[str, Any]] = {}
    for f in verdict.findings:
        ev = f.evidence
        headline = ev.get("headline")
        if headline and headline not in stories:
            stories[headline] = {
                "headline": headline,
                "first_seen": ev.get("first_seen"),
                "age_minutes": ev.get("story_age_minutes"),
            }
    return {"items": len(NewsTimeline.load(news)), "stories": list(stories.values())}


def findings_json(verdict: Verdict) -> list[dict[str, Any]]:
    """The verdict's findings as stored on a revision, followed by one entry per check that did not run
    (`{"code", "not_run": because, "severity": "info", ...}`), so views can say the timing checks did not
    run. `split_findings` separates them again."""
    out = [f.to_dict() for f in verdict.findings]
    out.extend(_not_run_entry(n) for n in verdict.not_run)
    return out


def _not_run_entry(n: NotRun) -> dict[str, Any]:
    how = "ran only in part" if n.partial else "did not run"
    return {
        "code": n.code,
        "check": n.code,
        "severity": "info",
        "message": f"{how}: {n.because}",
        "span": None,
        "fix": None,
        "evidence": {},
        NOT_RUN_KEY: n.because,
        "partial": n.partial,
    }


def split_findings(stored: Sequence[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """A revision's stored findings as (findings, not_run), not_run as `{"code", "because", "partial"?}`."""
    findings, not_run = [], []
    for f in stored:
        if NOT_RUN_KEY in f:
            entry = {"code": f["code"], "because": f[NOT_RUN_KEY]}
            if f.get("partial"):
                entry["partial"] = True
            not_run.append(entry)
        else:
            findings.append(f)
    return findings, not_run


def raised(before: str, after: str) -> bool:
    """True when `after` is a stricter verdict than `before` (pass → review → hold)."""
    return VERDICT_RANK[after] > VERDICT_RANK[before]


def needs_review_again(approved_verdict: str, approved_findings: list[dict[str, Any]], now: Verdict) -> bool:
    """Whether a publish-time verdict must send an approved post back to review: it is stricter, or
    it has a review/hold finding the approvers never saw (a held post approved for its length must
    not go out when a tragedy breaks, though the verdict stays `hold`)."""
    if raised(approved_verdict, now.verdict):
        return True
    seen = {f["code"] for f in approved_findings if f.get("severity") in ("review", "hold")}
    return any(f.severity >= Severity.REVIEW and f.code not in seen for f in now.findings)
