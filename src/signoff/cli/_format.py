"""`--format text|json`, one typer option for every command (typer validates it and lists the choices)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

import typer

from signoff.vocab import Format, VerdictName

FormatOption = Annotated[Format, typer.Option("--format", help="Output format")]
#: `--json`, the older spelling of `--format json`: still accepted, no longer shown in help.
JsonAlias = Annotated[bool, typer.Option("--json", hidden=True, help="Same as --format json")]


@dataclass(frozen=True)
class VerdictStyle:
    #: The verdict word inside a line (`drafts show`, `drafts new` ...).
    text: str
    #: `signoff check`'s badge before the draft.
    badge: str


#: How each verdict looks, in one place.
VERDICT_STYLE: dict[VerdictName, VerdictStyle] = {
    VerdictName.PASS: VerdictStyle(text="green", badge="bold white on green"),
    VerdictName.REVIEW: VerdictStyle(text="yellow", badge="bold black on yellow"),
    VerdictName.HOLD: VerdictStyle(text="bold red", badge="bold white on red"),
}


def verdict_text_style(verdict: str) -> str:
    """The text style for a verdict word; none for a value that is not a verdict."""
    style = VERDICT_STYLE.get(verdict)  # type: ignore[call-overload]  (a str looks up its StrEnum key)
    return style.text if style else ""
