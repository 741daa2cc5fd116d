"""Preflight for stored drafts: the account's platform, kind and policy, the author's signature."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from signoff.preflight.engine import default_engine, make_draft_and_context
from signoff.preflight.model import Severity, Verdict
from signoff.preflight.policy import AccountPolicy
from signoff.workflow.models import Account

#: The outbox connector stands in for a real platform; its posts are held to X's rules (the strictest).
PREFLIGHT_PLATFORM = {"outbox": "x", "x": "x", "mastodon": "mastodon", "bluesky": "bluesky"}
SEVERITIES = {"info": Severity.INFO, "review": Severity.REVIEW, "hold": Severity.HOLD}
VERDICT_RANK = {"pass": 0, "review": 1, "hold": 2}


def account_policy(account: Account) -> AccountPolicy:
    overrides = {code: (SEVERITIES[s] if s else None) for code, s in (account.check_overrides or {}).items()}
    return AccountPolicy(overrides=overrides)


def preflight(
    account: Account, text: str, *, signature: str | None, at: datetime, news: Any = None
) -> Verdict:
    """The verdict for `text` (+ signature) on this account at `at`, with the given news."""
    return preflight_many([(account, text, signature)], at=at, news=news)[0]


def preflight_many(
    items: Sequence[tuple[Account, str, str | None]], *, at: datetime, news: Any = None
) -> list[Verdict]:
    """Preflight a batch in one engine pass (the publisher re-checks every claimed post this way)."""
    if not items:
        return []
    if isinstance(news, str):
        news = [news]
    if isinstance(news, (list, tuple)) and news and all(isinstance(n, str) for n in news):
        from signoff.news.snapshot import load_items  # parse the feeds once for the whole batch

        news = load_items(list(news))
    drafts, ctxs = [], []
    for account, text, signature in items:
        d, c = make_draft_and_context(
            text,
            account_kind=account.kind,
            platform=PREFLIGHT_PLATFORM[account.platform],
            at=at,
            news=news,
            policy=account_policy(account),
            signature=signature,
        )
        drafts.append(d)
        ctxs.append(c)
    return default_engine().check_many(drafts, ctxs)


def findings_json(verdict: Verdict) -> list[dict[str, Any]]:
    return [f.to_dict() for f in verdict.findings]


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
