"""How the drafts commands print for a person: wrapped lines stay indented under their item, evidence is
`key: value` lines, times are the account's local time to the second, approvals read "1 of 2 approvals"."""

from __future__ import annotations

import textwrap
from typing import Any

from signoff.cli._db import console, emit_json
from signoff.cli._format import verdict_text_style
from signoff.vocab import DraftState


def say(text: str, *, indent: int = 0, hang: int = 2) -> None:
    """Print `text` wrapped to the terminal, every line `indent` in and continuation lines `hang` further;
    the text's own line breaks are kept."""
    width = max(40, console.width)
    first, rest = " " * indent, " " * (indent + hang)
    for i, line in enumerate(text.split("\n") or [""]):
        lead = first if i == 0 else rest
        out = textwrap.fill(
            line,
            width=width,
            initial_indent=lead,
            subsequent_indent=rest,
            break_long_words=True,
            break_on_hyphens=False,
            replace_whitespace=False,
            drop_whitespace=True,
        )
        console.print(out or lead.rstrip(), markup=False, highlight=False, soft_wrap=True)


def evidence_lines(evidence: Any) -> list[str]:
    """A finding's evidence as `key: value` lines (nested values flattened as `key.sub: value`)."""
    if not isinstance(evidence, dict):
        return [] if evidence in (None, "", [], {}) else [str(evidence)]
    out: list[str] = []
    for key, value in evidence.items():
        if isinstance(value, dict):
            out += [f"{key}.{line}" for line in evidence_lines(value)]
        elif isinstance(value, (list, tuple)):
            out.append(f"{key}: " + ", ".join(_plain(v) for v in value))
        else:
            out.append(f"{key}: {_plain(value)}")
    return out


def _plain(value: Any) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{k}={_plain(v)}" for k, v in value.items())
    if isinstance(value, float):
        return f"{value:.3g}"
    return "none" if value is None else str(value)


def print_findings(findings: list[dict[str, Any]], *, details: bool = True) -> None:
    for f in findings:
        head = f"{f['severity']:6} {f['code']} "
        say(head + f["message"], indent=2, hang=len(head))  # wrapped lines stay under the message
        if not details:
            continue
        if f.get("fix"):
            say(f"fix: {f['fix']}", indent=2 + len(head))
        for line in evidence_lines(f.get("evidence")):
            say(line, indent=2 + len(head))


def print_result(data: dict[str, Any], what: str, out_format: str) -> None:
    """A command's outcome: the state, "1 of 2 approvals; needs 1 more", and when the post goes out."""
    if out_format == "json":
        emit_json(data)
        return
    style = verdict_text_style(data["verdict"])
    console.print(
        f"draft {data['id']} {what}: verdict [{style}]{data['verdict']}[/{style}], state {data['state']}",
        highlight=False,
    )
    if data["state"] in (DraftState.DRAFT, DraftState.APPROVED):
        missing = f"; {data['approvals_missing']}" if data.get("approvals_missing") else ""
        say(f"approvals: {data['approvals']}{missing}", indent=2)
    if data.get("goes_out"):
        say(data["goes_out"], indent=2)
    if data.get("approvals_blocked"):
        say("warning: " + data["approvals_blocked"], indent=2)
    if data.get("note") and data["state"] == DraftState.DRAFT:
        say(f"note: {data['note']}", indent=2)


def print_view(v: dict[str, Any]) -> None:
    """`drafts show`."""
    style = verdict_text_style(v["verdict"])
    console.print(
        f"[bold]draft {v['id']}[/bold] on {v['account']} ({v['platform']})  state [bold]{v['state']}"
        f"[/bold]  verdict [{style}]{v['verdict']}[/{style}]  revision {v['revision']}",
        highlight=False,
    )
    say(v["full_text"], indent=2, hang=0)
    who = (
        "the owner"
        if v["author_is_owner"]
        else "staff" + (f", signed {v['signature']}" if v["signature"] else "")
    )
    say(f"written by {v['author']} ({who})", indent=2)
    print_findings(v["findings"])
    by = ", ".join(a["by"] + (f" ({a['reason']})" if a["reason"] else "") for a in v["approvals"])
    say(f"approvals: {v['approvals_text']}" + (f" — by {by}" if by else ""), indent=2)
    for a in v["approvals"]:
        if a.get("while"):
            say(f"{a['by']} approved while {a['while']}", indent=4)
    if v.get("approvals_blocked"):
        say("warning: " + v["approvals_blocked"], indent=2)
    seen = v.get("news_seen")
    if seen:
        named = len(seen.get("stories") or [])
        items = seen["items"]
        if not items:
            say("news: no news item in the window before its check time (the timing checks ran and found "
                "nothing to weigh)", indent=2)
        else:
            stories = f", {named} {'story' if named == 1 else 'stories'} named" if named else ""
            say(f"news: checked against {items} {'item' if items == 1 else 'items'}{stories}", indent=2)
    if v["scheduled_text"]:
        say(f"scheduled: {v['scheduled_text']} ({v['tz']})", indent=2)
    if v["paused"]:
        say(f"account paused: {v['paused_reason']}", indent=2)
    if v["cooloff_remaining_seconds"] is not None:
        console.print(
            f"  [bold yellow]cool-off: {v['cooloff_remaining_seconds']:.0f} s left[/bold yellow]",
            highlight=False,
        )
    if v.get("goes_out"):
        say(v["goes_out"], indent=2)
    if v["note"]:
        say(f"note: {v['note']}", indent=2)
    if v["published_at"]:
        say(f"published {v['published_text']} as {v['platform_post_id']}", indent=2)
