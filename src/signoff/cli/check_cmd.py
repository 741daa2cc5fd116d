"""`signoff check`, `signoff explain`, `signoff checks`: the linter face of preflight."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from signoff.cli._format import VERDICT_STYLE, FormatOption
from signoff.errors import InputError, SignoffError
from signoff.preflight.engine import (
    default_engine,
    make_draft_and_context,
    news_timeline,
    not_run_line,
)
from signoff.preflight.model import Severity, Verdict
from signoff.preflight.registry import get_check, load_checks
from signoff.vocab import Format, VerdictName

SEVERITY_STYLE = {Severity.HOLD: "bold red", Severity.REVIEW: "yellow", Severity.INFO: "cyan"}
BATCH_CHUNK = 512
#: How to give the timing checks news, as the not-run line says it.
NEWS_HINT = "`--news FILE` or `signoff feeds add`"


def exit_code_for(verdict: str) -> int:
    return 0 if verdict == VerdictName.PASS else 1


def render_verdict(verdict: Verdict, console: Console) -> None:
    """The text with flagged spans marked, then each finding with its reason, evidence and fix."""
    marked = Text(verdict.text)
    for f in verdict.findings:
        if f.span and f.span.end <= len(verdict.text):
            marked.stylize(f"underline {SEVERITY_STYLE[f.severity]}", f.span.start, f.span.end)
    badge = (f" {verdict.verdict.upper()} ", VERDICT_STYLE[verdict.verdict].badge)
    console.print(Text.assemble(badge, "  ", marked))
    if not verdict.findings:
        console.print("  no findings")
    for f in verdict.findings:
        where = f" [{f.span.start}:{f.span.end}] {verdict.text[f.span.start:f.span.end]!r}" if f.span else ""
        console.print(
            Text.assemble(
                "  ", (f"{f.severity.label:6}", SEVERITY_STYLE[f.severity]), " ", (f.code, "bold"),
                f" {f.check}{where}",
            )
        )
        console.print(f"         {f.message}", markup=False, highlight=False)
        if f.evidence:
            ev = ", ".join(f"{k}={v}" for k, v in f.evidence.items())
            console.print(f"         evidence: {ev}", markup=False, highlight=False, style="dim")
        if f.fix:
            safe = " (safe: `--fix` applies it)" if f.autofix and f.autofix.safe else ""
            console.print(f"         fix: {f.fix}{safe}", markup=False, highlight=False, style="green")
    line = not_run_line([n.to_dict() for n in verdict.not_run], hint=NEWS_HINT)
    if line:
        console.print(f"  {line}", markup=False, highlight=False, style="dim", soft_wrap=True)


def _run_batch(path: Path, defaults: dict[str, Any], out_format: str) -> int:
    engine = default_engine()
    try:
        raw = path.read_bytes() if str(path) != "-" else sys.stdin.buffer.read()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from exc
    lines = raw.removeprefix(b"\xef\xbb\xbf").splitlines()  # a UTF-8 BOM (Windows editors) is not data
    worst = 0
    show_progress = len(lines) >= 1000 and sys.stderr.isatty() or len(lines) >= 5000
    err_console = Console(stderr=True)
    out = sys.stdout
    from rich.progress import Progress

    with Progress(console=err_console, disable=not show_progress, transient=True) as progress:
        task = progress.add_task("preflight", total=len(lines))
        for start in range(0, len(lines), BATCH_CHUNK):
            chunk = lines[start : start + BATCH_CHUNK]
            results: list[dict[str, Any] | None] = [None] * len(chunk)
            drafts, ctxs, slots = [], [], []
            for i, line in enumerate(chunk):
                lineno = start + i + 1
                if not line.strip():
                    continue
                rec_id: Any = None
                try:
                    try:
                        rec = json.loads(line.decode("utf-8"))
                    except UnicodeDecodeError as exc:
                        raise InputError(f"line is not valid UTF-8 (byte {exc.start})") from exc
                    except json.JSONDecodeError as exc:
                        raise InputError(f"line is not valid JSON: {exc.msg} at column {exc.colno}") from exc
                    if not isinstance(rec, dict):
                        raise InputError("line must be a JSON object with at least a \"text\" field")
                    rec_id = rec.get("id")
                    if "text" not in rec:
                        raise InputError("line has no \"text\" field")
                    news = rec.get("news")
                    if "news" in rec and not (  # never a path or URL per line, not even inside a list
                        isinstance(news, list) and all(isinstance(it, dict) for it in news)
                    ):
                        raise InputError('"news" must be a list of {"published", "title", "summary"} objects')
                    d, c = make_draft_and_context(
                        rec["text"],
                        account_kind=rec.get("account_kind", defaults["account_kind"]),
                        platform=rec.get("platform", defaults["platform"]),
                        at=rec.get("at", defaults["at"]),
                        news=rec.get("news", defaults["news"]),
                        long_posts=rec.get("long_posts", defaults["long_posts"]),
                    )
                    drafts.append(d)
                    ctxs.append(c)
                    slots.append((i, rec_id))
                except SignoffError as exc:
                    results[i] = {"id": rec_id, "line": lineno, "error": str(exc)}
                    worst = 2
            for (i, rec_id), verdict in zip(slots, engine.check_many(drafts, ctxs), strict=True):
                results[i] = {"id": rec_id, **verdict.to_dict()}
                worst = max(worst, exit_code_for(verdict.verdict))
            for r in results:
                if r is not None:
                    out.write(json.dumps(r, ensure_ascii=False) + "\n")
            progress.advance(task, len(chunk))
    out.flush()
    return worst


def check(
    text: Annotated[str | None, typer.Argument(help="The draft text; '-' reads it from stdin.")] = None,
    account_kind: Annotated[str, typer.Option("--account-kind", help="person or brand")] = "person",
    platform: Annotated[str, typer.Option(help="x, mastodon or bluesky")] = "x",
    at: Annotated[
        str | None, typer.Option(help="When it would be posted, ISO 8601 with offset (default: now)")
    ] = None,
    news: Annotated[
        list[str] | None, typer.Option(help="News feed file or URL (RSS, Atom or JSON); repeatable")
    ] = None,
    out_format: FormatOption = Format.TEXT,
    jsonl: Annotated[
        Path | None, typer.Option(help="Batch: a JSON-lines file of drafts ('-' for stdin)")
    ] = None,
    fix: Annotated[
        bool, typer.Option("--fix", help="Print the draft with the safe fixes applied (then check it again)")
    ] = False,
    long_posts: Annotated[
        bool | None,
        typer.Option(
            "--long-posts/--no-long-posts",
            help="Whether the X account may publish long posts (X Premium, verified organisations); "
            "left out, a post over 280 gets an info note, not a review",
        ),
    ] = None,
) -> None:
    """Preflight a draft: exit 0 pass, 1 review or hold, 2 error."""
    news_sources = list(news) if news else None
    if jsonl is not None:
        if text is not None:
            raise InputError("give either TEXT or --jsonl FILE, not both")
        if fix:
            raise InputError("--fix works on one draft (TEXT or '-'), not on a --jsonl batch")
        # the news is read once for the whole batch
        defaults = {
            "account_kind": account_kind, "platform": platform, "at": at, "news": news_timeline(news_sources),
            "long_posts": long_posts,
        }
        raise typer.Exit(_run_batch(jsonl, defaults, out_format))
    if text is None:
        raise InputError("give the draft TEXT (or '-' to read stdin, or --jsonl FILE for a batch)")
    if text == "-":
        data = sys.stdin.buffer.read()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(f"stdin is not valid UTF-8 (byte {exc.start}); save the draft as UTF-8") from exc
    timeline = news_timeline(news_sources)
    draft, ctx = make_draft_and_context(
        text, account_kind=account_kind, platform=platform, at=at, news=timeline, long_posts=long_posts
    )
    verdict = default_engine().check_many([draft], [ctx])[0]
    if fix:
        raise typer.Exit(_print_fixed(verdict, out_format, account_kind, platform, at, timeline, long_posts))
    if out_format == "json":
        typer.echo(json.dumps(verdict.to_dict(), ensure_ascii=False, indent=2))
    else:
        render_verdict(verdict, Console())
    raise typer.Exit(exit_code_for(verdict.verdict))


def _print_fixed(
    verdict: Verdict, out_format: str, account_kind: str, platform: str, at: str | None, news: Any,
    long_posts: bool | None = None,
) -> int:
    """`check --fix`: the draft with every safe fix applied on stdout, checked again for the exit code."""
    from signoff.preflight.fixes import apply_fixes

    result = apply_fixes(verdict.text, verdict.findings)
    after = verdict
    if result.applied:
        draft, ctx = make_draft_and_context(
            result.text, account_kind=account_kind, platform=platform, at=at, news=news, long_posts=long_posts
        )
        after = default_engine().check_many([draft], [ctx])[0]
    if out_format == "json":
        typer.echo(json.dumps({
            "text": result.text,
            "applied": [f.to_dict() for f in result.applied],
            "not_applied": [f.to_dict() for f in result.skipped],
            "after": after.to_dict(),
        }, ensure_ascii=False, indent=2))
    else:
        typer.echo(result.text)
        left = len(after.findings)
        typer.echo(
            f"applied {len(result.applied)} safe fix(es); the fixed draft is {after.verdict} with "
            f"{left} finding(s) left (`signoff check` shows them)",
            err=True,
        )
    return exit_code_for(after.verdict)


def _check_record(c: Any) -> dict[str, Any]:
    return {
        "code": c.code,
        "name": c.name,
        "severity": c.severity.label,
        "requires": sorted(c.requires),
        "optional": sorted(getattr(c, "optional", ())),
        "explanation": " ".join(c.explanation.split()),
    }


def explain(
    code: Annotated[str, typer.Argument(help="A check code such as SO201, or its name")],
    out_format: FormatOption = Format.TEXT,
) -> None:
    """Explain what a check looks for, why it matters and how to fix what it finds."""
    try:
        c = get_check(code)
    except KeyError:
        raise InputError(f"no check {code!r}; `signoff checks` lists them") from None
    if out_format == "json":
        typer.echo(json.dumps(_check_record(c), ensure_ascii=False, indent=2))
        return
    console = Console()
    needs = ", ".join(sorted(c.requires)) or "text only"
    optional = sorted(getattr(c, "optional", ()))
    uses = f"; uses when given: {', '.join(optional)}" if optional else ""
    console.print(f"[bold]{c.code}[/bold] {c.name}  (default severity: {c.severity.label}; "
                  f"needs: {needs}{uses})")
    console.print(" ".join(c.explanation.split()), markup=False, highlight=False)


def checks(
    out_format: FormatOption = Format.TEXT,
) -> None:
    """List every registered check: code, name, default severity, what it needs."""
    if out_format == "json":
        typer.echo(json.dumps([_check_record(c) for c in load_checks()], ensure_ascii=False, indent=2))
        return
    table = Table("code", "name", "severity", "needs")
    for c in load_checks():
        needs = sorted(c.requires) + [f"{o} (optional)" for o in sorted(getattr(c, "optional", ()))]
        table.add_row(c.code, c.name, c.severity.label, ", ".join(needs) or "-")
    Console().print(table)


def register(app: typer.Typer) -> None:
    app.command("check")(check)
    app.command("explain")(explain)
    app.command("checks")(checks)
