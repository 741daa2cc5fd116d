"""`signoff demo`: replay the night signoff exists for, on bundled news, with no server and no setup.

The demo is a list of steps (`STEPS`). Each step is a function of the shared `DemoRun` that prints its part
and records what it expects; a later part (the team workflow) appends its own steps with `add_step`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.resources import files
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.panel import Panel
from rich.rule import Rule

from signoff.cli.check_cmd import render_verdict
from signoff.preflight.engine import default_engine, make_draft_and_context
from signoff.preflight.model import Verdict

SAMPLE_FEED = "news-2011-11-09.xml"
HOT_TAKE = "How do you fire Jo Pa? #insult #noclass as a hawkeye fan I find it in poor taste"
HOT_TAKE_AT = "2011-11-09T22:30:00-05:00"
APOLOGY = "Didn't have full story. #admitwhenYoumakemistakes"
APOLOGY_AT = "2011-11-09T23:50:00-05:00"


@dataclass
class DemoRun:
    """What the steps share: where to print, the bundled news, each step's verdicts and any failed hopes."""

    console: Console
    news: list[Any] = field(default_factory=list)
    verdicts: dict[str, Verdict] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)

    def preflight(self, key: str, text: str, *, at: str, account_kind: str = "person") -> Verdict:
        draft, ctx = make_draft_and_context(text, account_kind=account_kind, at=at, news=self.news)
        verdict = default_engine().check_many([draft], [ctx])[0]
        self.verdicts[key] = verdict
        return verdict

    def expect(self, ok: bool, what: str) -> None:
        if not ok:
            self.failures.append(what)


Step = Callable[[DemoRun], None]


def sample_feed_path() -> str:
    return str(files("signoff.news") / "samples" / SAMPLE_FEED)


def intro(run: DemoRun) -> None:
    from signoff.news.snapshot import load_items

    run.news = load_items(sample_feed_path())
    run.console.print(Rule("signoff demo: Nov 9, 2011"))
    run.console.print(
        "At 10:05 pm ET Penn State's trustees fired Joe Paterno over the handling of a child sex abuse case. "
        "Twenty-five minutes later a famous account posted a hot take, was flooded with replies, apologised "
        "that night and handed the account to staff. Here is the same night with signoff in the way.\n"
        f"News: {len(run.news)} wire items from the bundled sample feed ({SAMPLE_FEED}).",
        highlight=False,
    )


def hot_take(run: DemoRun) -> None:
    run.console.print(Rule("22:30 ET: the hot take"))
    verdict = run.preflight("hot_take", HOT_TAKE, at=HOT_TAKE_AT)
    render_verdict(verdict, run.console)
    so201 = [f for f in verdict.findings if f.code == "SO201"]
    run.expect(verdict.verdict == "hold", f"the hot take should be held, got {verdict.verdict}")
    run.expect(bool(so201), "SO201 should name the developing story")
    if so201:
        ev = so201[0].evidence
        run.console.print(
            Panel(
                f"Held before posting: \u201c{ev['matched']}\u201d was read as {str(ev['name']).title()}, "
                f"the subject of \u201c{ev['headline']}\u201d, first reported "
                f"{ev['story_age_minutes']} minutes earlier ({ev['updates']} reports so far), "
                "and the draft takes a stance on it.",
                title="what signoff saw", border_style="red",
            )
        )


def apology(run: DemoRun) -> None:
    run.console.print(Rule("23:50 ET: the apology"))
    verdict = run.preflight("apology", APOLOGY, at=APOLOGY_AT)
    render_verdict(verdict, run.console)
    run.expect(verdict.verdict == "pass", f"the apology should pass, got {verdict.verdict}")


def team(run: DemoRun) -> None:
    """The seed's second mistake was handing the account to staff in secret: here staff draft openly."""
    from signoff.config import Settings
    from signoff.workflow.demo import run_team_demo

    run.console.print(Rule("the next day: staff help, and say so"))
    data_dir = Settings().data_dir
    record = run_team_demo(run.console, data_dir)
    signature = record.get("signature") or ""
    signed = bool(signature) and record["text"].endswith(signature)
    run.expect(signed, "the staff post should carry its disclosure signature")
    run.expect(record.get("author") != record.get("account"), "the outbox should record the real author")


STEPS: list[Step] = [intro, hot_take, apology, team]


def add_step(step: Step) -> Step:
    """Append a step to the demo (usable as a decorator); steps run in the order they were added."""
    STEPS.append(step)
    return step


def demo(
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only the outcome")] = False,
) -> None:
    """Replay the story signoff exists to prevent, on bundled sample news: exit 0 when it goes as designed."""
    console = Console(quiet=quiet)
    run = DemoRun(console=console)
    for step in STEPS:
        step(run)
    console.print(Rule())
    if run.failures:
        typer.secho("demo did not go as designed: " + "; ".join(run.failures), fg="red", err=True)
        raise typer.Exit(1)
    console.print(
        "The hot take was held with the story named; the apology passed; the staff post went out once, "
        "signed with its real author.",
        highlight=False,
    )


def register(app: typer.Typer) -> None:
    app.command("demo")(demo)
