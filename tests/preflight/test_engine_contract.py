"""The engine owns the context: requirements validated, missing context reported, policy as an argument."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

import signoff
from signoff.cli.demo import HOT_TAKE
from signoff.errors import ConfigError
from signoff.news.model import NewsItem
from signoff.news.snapshot import NewsTimeline
from signoff.preflight.engine import Engine, make_draft_and_context, news_timeline, not_run_line
from signoff.preflight.model import Context, Draft, Finding, NotRun, Severity
from signoff.preflight.policy import AccountPolicy
from signoff.preflight.registry import validate_requirements

AT = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)
HOT_TAKE_AT = "2011-11-09T22:30:00-05:00"


class _Probe:
    """Records what the engine gave it."""

    code = "XX901"
    name = "probe"
    severity = Severity.REVIEW
    requires = frozenset({"news", "clock"})
    explanation = "Flags every draft it is run on."

    def __init__(self) -> None:
        self.seen: list[Context] = []

    def run(self, draft: Draft, ctx: Context) -> Iterator[Finding]:
        self.seen.append(ctx)
        yield Finding(self.code, self.name, self.severity, "probed")


class _UsesModels:
    code = "XX902"
    name = "uses-models"
    severity = Severity.REVIEW
    requires = frozenset[str]()
    optional = frozenset({"models"})
    explanation = "Runs with or without models."

    def run(self, draft: Draft, ctx: Context) -> Iterator[Finding]:
        yield from ()


class _WantsVoice:
    code = "XX903"
    name = "wants-voice"
    severity = Severity.REVIEW
    requires = frozenset({"voice"})
    explanation = "Asks for context nobody provides."

    def run(self, draft: Draft, ctx: Context) -> Iterator[Finding]:
        yield from ()


def test_the_seed_without_news_says_the_timing_checks_did_not_run() -> None:
    verdict = signoff.check(HOT_TAKE, at=HOT_TAKE_AT)
    assert NotRun("SO201", "no news given", "news") in verdict.not_run
    data = verdict.to_dict()
    assert {"code": "SO201", "because": "no news given"} in data["not_run"]
    # SO202 still looks for anniversaries and the draft's own tragedy words: it ran in part
    assert {"code": "SO202", "because": "no news given", "partial": True} in data["not_run"]


def test_with_news_every_timing_check_runs() -> None:
    news = [{"published": "2024-06-01T10:00:00Z", "title": "City opens new library"}]
    verdict = signoff.check("Off to the library", at=AT, news=news)
    assert not [n for n in verdict.not_run if n.missing == "news"]


def test_a_check_missing_its_requirement_is_reported_not_run_blind() -> None:
    probe = _Probe()
    engine = Engine([probe])
    verdict = engine.run(Draft("hello"), Context(at=AT))
    assert probe.seen == []
    assert verdict.verdict == "pass"
    assert verdict.not_run == (NotRun("XX901", "no news given", "news"),)


def test_a_check_gets_the_snapshot_as_of_its_time() -> None:
    probe = _Probe()
    items = [
        NewsItem(published=AT - timedelta(hours=1), title="Earlier story"),
        NewsItem(published=AT + timedelta(hours=1), title="Later story"),
    ]
    draft, ctx = make_draft_and_context("hello", at=AT, news=items)
    verdict = Engine([probe]).check_many([draft], [ctx])[0]
    assert verdict.codes == ["XX901"] and verdict.not_run == ()
    (seen,) = probe.seen
    assert seen.news is not None and [it.title for it in seen.news.items] == ["Earlier story"]


def test_unknown_requirement_is_a_load_error_naming_the_check() -> None:
    with pytest.raises(ConfigError, match="XX903.*voice"):
        Engine([_WantsVoice()])
    with pytest.raises(ConfigError, match="XX903"):
        validate_requirements([_WantsVoice()])


def test_the_engine_refuses_to_run_without_checks() -> None:
    with pytest.raises(ConfigError, match="no preflight checks"):
        Engine([])


def test_models_off_is_reported_for_checks_that_use_them() -> None:
    verdict = Engine([_UsesModels()], models=False).run(Draft("hello"), Context(at=AT))
    assert verdict.not_run == (NotRun("XX902", "models turned off", "models", partial=True),)


def test_the_policy_is_an_engine_argument_not_context() -> None:
    assert "policy" not in Context.__dataclass_fields__
    probe = _Probe()
    engine = Engine([probe])
    draft, ctx = make_draft_and_context("hello", at=AT, news=[])
    raised = AccountPolicy(overrides={"XX901": Severity.HOLD})
    off = AccountPolicy(overrides={"XX901": None})
    verdicts = engine.check_many([draft, draft, draft], [ctx, ctx, ctx], [raised, None, off])
    assert [v.verdict for v in verdicts] == ["hold", "review", "pass"]
    assert engine.run(draft, Context(at=AT), off).not_run == ()  # a disabled check is not "missing"


def test_one_timeline_per_batch_is_shared_by_every_draft() -> None:
    items = [NewsItem(published=AT - timedelta(minutes=m), title=f"Story {m}") for m in (5, 50)]
    timeline = news_timeline(items)
    assert isinstance(timeline, NewsTimeline)
    assert news_timeline(timeline) is timeline and news_timeline(None) is None
    a = make_draft_and_context("one", at=AT, news=timeline)[1].news
    b = make_draft_and_context("two", at=AT + timedelta(seconds=5), news=timeline)[1].news
    assert a is not None and b is not None
    assert a.timeline is timeline and b.timeline is timeline
    assert a.stories is b.stories  # clustered once for both


def test_not_run_line_names_the_checks_and_how_to_give_news() -> None:
    line = not_run_line(
        [{"code": "SO201", "because": "no news given"},
         {"code": "SO202", "because": "no news given", "partial": True}],
        hint="`--news FILE`",
    )
    assert line == "timing checks did not run (SO201, SO202 in part): no news configured — `--news FILE`"
    assert not_run_line([], hint="x") is None


class _Batched(_Probe):
    """A probe with a batch step: records each `prepare` call's texts."""

    def __init__(self) -> None:
        super().__init__()
        self.prepared: list[list[str]] = []

    def prepare(self, drafts: list[Draft], ctxs: list[Context]) -> None:
        self.prepared.append([d.text for d in drafts])


def test_prepare_runs_once_per_batch_on_the_drafts_the_check_will_run_on() -> None:
    probe = _Batched()
    news = NewsTimeline.load([NewsItem(published=AT - timedelta(hours=1), title="Earlier story")])
    pairs = [
        make_draft_and_context("with news", at=AT, news=news),
        make_draft_and_context("without news", at=AT),  # the probe needs news: not prepared, not run
        make_draft_and_context("with news too", at=AT, news=news),
    ]
    verdicts = Engine([probe]).check_many([d for d, _ in pairs], [c for _, c in pairs])
    assert probe.prepared == [["with news", "with news too"]]
    assert [v.codes for v in verdicts] == [["XX901"], [], ["XX901"]]


def test_so701_in_a_batch_gives_the_verdicts_it_gives_one_by_one() -> None:
    texts = [
        "Immigrants always have money for new phones, funny that",
        "Our thoughts are with everyone affected by the storm tonight.",
        "Hurricane sale! Stay safe and enjoy 20% off everything online while the storm passes.",
        "Happy Friday everyone! New flavours in store now.",
    ]
    pairs = [make_draft_and_context(t, account_kind="brand", at=AT) for t in texts]
    batch = Engine().check_many([d for d, _ in pairs], [c for _, c in pairs])
    alone = [signoff.check(t, account_kind="brand", at=AT) for t in texts]
    assert [v.to_dict() for v in batch] == [v.to_dict() for v in alone]
    assert "SO701" in batch[0].codes
    # the rules already ask for review of the storm sale: the second opinion is not run there
    assert "SO202" in batch[2].codes and "SO701" not in batch[2].codes


class _SecondOpinion(_Batched):
    code = "XX904"
    requires = frozenset({"clock"})
    second_opinion = True


class _Flags(_Probe):
    requires = frozenset({"clock"})

    def run(self, draft: Draft, ctx: Context) -> Iterator[Finding]:
        if "bad" in draft.text:
            yield Finding(self.code, self.name, self.severity, "flagged")


def test_a_second_opinion_runs_only_where_the_other_checks_leave_a_pass() -> None:
    second, flags = _SecondOpinion(), _Flags()
    engine = Engine([flags, second])
    pairs = [make_draft_and_context(t, at=AT) for t in ("fine", "bad", "also fine")]
    verdicts = engine.check_many([d for d, _ in pairs], [c for _, c in pairs])
    assert second.prepared == [["fine", "also fine"]]
    assert [v.codes for v in verdicts] == [["XX904"], ["XX901"], ["XX904"]]
    # a policy that turns the first check down to info lets the second opinion run on that draft too
    quiet = AccountPolicy(overrides={"XX901": Severity.INFO})
    assert engine.run(pairs[1][0], pairs[1][1], quiet).codes == ["XX904", "XX901"]
