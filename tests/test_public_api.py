"""The public Python API: the names `signoff` exports, and what `signoff.check` promises a caller."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone

import pytest

import signoff
from signoff import AccountPolicy, Context, Draft, Engine, Finding, InputError, Severity, Span, Verdict

AT = "2024-06-01T12:00:00Z"
TOO_LONG = "a" * 281  # over X's 280 -> SO401 review on an account without long posts, the most stable finding

EXPORTED = [
    "AccountPolicy",
    "Check",
    "Context",
    "Draft",
    "Engine",
    "Finding",
    "InputError",
    "NewsError",
    "RefusedError",
    "Severity",
    "SignoffError",
    "Span",
    "Verdict",
    "check",
]


def test_all_pins_the_exported_names() -> None:
    # Changing the public API is a decision: update this list on purpose, never by accident.
    assert sorted(signoff.__all__) == EXPORTED


def test_every_exported_name_exists() -> None:
    for name in signoff.__all__:
        assert hasattr(signoff, name), name


def test_version_is_a_string() -> None:
    assert isinstance(signoff.__version__, str) and signoff.__version__


def test_check_passes_an_ordinary_post() -> None:
    verdict = signoff.check("Lovely morning for a run along the river.", at=AT)
    assert isinstance(verdict, Verdict)
    assert verdict.verdict == "pass"
    assert all(f.severity is Severity.INFO for f in verdict.findings)
    assert verdict.text == "Lovely morning for a run along the river."


def test_check_returns_findings_with_code_severity_span_and_fix() -> None:
    verdict = signoff.check(TOO_LONG, at=AT, long_posts=False)
    assert verdict.verdict == "review"
    finding = next(f for f in verdict.findings if f.code == "SO401")
    assert isinstance(finding, Finding)
    assert finding.severity is Severity.REVIEW
    assert finding.span == Span(0, 281)
    assert finding.fix and finding.message
    assert "SO401" in verdict.codes


def test_verdict_to_dict_is_the_json_shape() -> None:
    data = signoff.check(TOO_LONG, at=AT, long_posts=False).to_dict()
    assert set(data) == {"verdict", "findings", "not_run"}
    so401 = next(f for f in data["findings"] if f["code"] == "SO401")
    assert set(so401) == {"code", "check", "severity", "message", "span", "fix", "autofix", "evidence"}
    assert so401["severity"] == "review" and so401["span"] == {"start": 0, "end": 281}


def test_platform_changes_how_length_is_counted() -> None:
    prose = ("Lovely morning for a run along the river. " * 7)[:281]  # not keyboard mash (SO602)
    assert signoff.check(prose, at=AT, long_posts=False).verdict == "review"
    assert signoff.check(prose, platform="mastodon", at=AT).verdict == "pass"
    assert signoff.check("a" * 301, platform="bluesky", at=AT).verdict == "review"


def test_check_accepts_an_aware_datetime() -> None:
    when = datetime(2024, 6, 1, 8, 0, tzinfo=timezone(timedelta(hours=-4)))
    assert signoff.check("Hello", at=when).verdict == "pass"


def test_check_accepts_news_items_as_dicts() -> None:
    news = [{"published": "2024-06-01T10:00:00Z", "title": "City opens new library", "summary": "Open at 9."}]
    verdict = signoff.check("Can't wait to visit the new library!", at=AT, news=news)
    assert verdict.verdict != "hold"


@pytest.mark.parametrize(
    ("kwargs", "says"),
    [
        ({"text": ""}, "empty"),
        ({"text": "   "}, "empty"),
        ({"text": "x" * 1_000_000}, "characters"),
        ({"text": b"caf\xe9"}, "UTF-8"),
        ({"text": "hi", "platform": "myspace"}, "platform"),
        ({"text": "hi", "account_kind": "robot"}, "account kind"),
        ({"text": "hi", "at": "yesterday"}, "ISO 8601"),
        ({"text": "hi", "at": datetime(2024, 6, 1, 12, 0)}, "time zone"),
        ({"text": 42}, "string"),
    ],
)
def test_check_refuses_bad_input_with_input_error(kwargs: dict, says: str) -> None:
    text = kwargs.pop("text")
    kwargs.setdefault("at", AT)
    with pytest.raises(InputError, match=says):
        signoff.check(text, **kwargs)


def test_input_error_is_a_signoff_error_with_exit_code_2() -> None:
    assert issubclass(InputError, signoff.SignoffError)
    assert InputError.exit_code == 2
    assert issubclass(signoff.NewsError, InputError)


def test_x_long_posts_depend_on_the_account() -> None:
    """Over 280 on X is a review for an account without long posts, nothing for one with them (X Premium),
    and an info note when signoff is not told which it is."""
    assert signoff.check(TOO_LONG, at=AT, long_posts=True).verdict == "pass"
    assert "SO401" not in signoff.check(TOO_LONG, at=AT, long_posts=True).codes
    unknown = signoff.check(TOO_LONG, at=AT)
    note = next(f for f in unknown.findings if f.code == "SO401")
    assert unknown.verdict == "pass" and note.severity is Severity.INFO
    assert "X Premium" in note.message and "--no-long-posts" in note.fix
    with pytest.raises(InputError, match="long_posts"):
        signoff.check(TOO_LONG, at=AT, long_posts="yes")  # type: ignore[arg-type]


def test_severity_orders_info_review_hold() -> None:
    assert Severity.INFO < Severity.REVIEW < Severity.HOLD
    assert Severity.HOLD.label == "hold"


def test_policy_can_raise_a_code_to_hold() -> None:
    policy = AccountPolicy(overrides={"SO401": Severity.HOLD})
    verdict = signoff.check(TOO_LONG, at=AT, long_posts=False, policy=policy)
    assert verdict.verdict == "hold"


def test_policy_can_disable_a_code() -> None:
    policy = AccountPolicy(overrides={"SO401": None})
    verdict = signoff.check(TOO_LONG, at=AT, long_posts=False, policy=policy)
    assert "SO401" not in verdict.codes


class ShoutingCheck:
    """A third-party style check: flags drafts written in capitals."""

    code = "XX900"
    name = "shouting"
    severity = Severity.REVIEW
    requires = frozenset[str]()
    explanation = "Flags drafts written entirely in capitals."

    def run(self, draft: Draft, ctx: Context) -> Iterator[Finding]:
        if draft.text.isupper():
            span = Span(0, len(draft.text))
            yield Finding(self.code, self.name, self.severity, "The post is all capitals.", span)


def test_engine_runs_any_object_implementing_the_check_protocol() -> None:
    assert isinstance(ShoutingCheck(), signoff.Check)
    engine = Engine([ShoutingCheck()])
    ctx = Context(at=datetime(2024, 6, 1, tzinfo=UTC))
    assert engine.run(Draft("STOP THE PRESSES"), ctx).verdict == "review"
    assert engine.run(Draft("Stop the presses"), ctx).verdict == "pass"
