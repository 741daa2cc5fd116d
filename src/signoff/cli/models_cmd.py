"""`signoff models list` and `signoff models eval TASK`: what models ship and how well they do."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from signoff.cli._format import FormatOption, JsonAlias
from signoff.errors import InputError
from signoff.vocab import Format

# The model stack (numpy; scikit-learn metrics for `eval`) is imported inside the commands, so that
# `signoff --help`, which registers every command, does not pay a second for it.

models_app = typer.Typer(help="Trained language models: list them, evaluate them.", no_args_is_help=True)


def _format(out_format: Format, as_json: bool) -> Format:
    return Format.JSON if as_json else out_format


@models_app.command("list")
def list_models(out_format: FormatOption = Format.TEXT, as_json: JsonAlias = False) -> None:
    """Every shipped model: task, tier, labels, size and its validation score."""
    from signoff.ml.registry import available, load_model

    fmt = _format(out_format, as_json)
    rows = []
    for task, tier, path in available():
        model = load_model(task, tier)
        rows.append({
            "task": task,
            "tier": tier,
            "labels": list(model.labels),
            "size_bytes": path.stat().st_size,
            "validation": model.meta.get("val"),
        })
    if fmt == "json":
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    table = Table("task", "tier", "labels", "size", "validation")
    for r in rows:
        val = r["validation"]
        table.add_row(
            r["task"], r["tier"], ", ".join(r["labels"]), f"{r['size_bytes'] / 1e6:.2f} MB",
            "-" if val is None else str(val),
        )
    Console().print(table)


@models_app.command("eval")
def eval_model(
    task: Annotated[str, typer.Argument(help="offensive, hate, irony, emotion or sentiment")],
    tier: Annotated[str, typer.Option(help="fast or strong")] = "fast",
    split: Annotated[str, typer.Option(help="val or test")] = "val",
    out_format: FormatOption = Format.TEXT,
    as_json: JsonAlias = False,
) -> None:
    """Macro-F1 (macro-recall for sentiment, TweetEval's metric), per-class scores and texts/s."""
    from signoff.ml.data import METRIC, check_task
    from signoff.ml.evaluate import evaluate
    from signoff.ml.registry import check_tier, load_model

    fmt = _format(out_format, as_json)
    if split not in ("val", "test"):
        raise InputError(f"unknown split {split!r}; choose val or test")
    result = evaluate(load_model(check_task(task), check_tier(tier)), split)
    if fmt == "json":
        typer.echo(json.dumps({"tier": tier, **result.to_dict()}))
        return
    console = Console()
    console.print(
        f"[bold]{task}[/bold] {tier} on {split} ({result.n} texts): "
        f"{METRIC[task]} [bold]{result.score:.4f}[/bold], macro-F1 {result.macro_f1:.4f}, "
        f"{result.texts_per_s:,.0f} texts/s warm ({result.texts_per_s_cold:,.0f} cold, one batch)"
    )
    table = Table("label", "precision", "recall", "f1", "support")
    for name, s in result.per_class.items():
        table.add_row(
            name, f"{s['precision']:.4f}", f"{s['recall']:.4f}", f"{s['f1']:.4f}", str(s["support"])
        )
    console.print(table)


def register(app: typer.Typer) -> None:
    app.add_typer(models_app, name="models")
