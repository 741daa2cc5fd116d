"""`signoff feeds add|list|remove|refresh`: the news sources the workflow's timing checks read."""

from __future__ import annotations

from typing import Annotated

import typer

from signoff.cli._db import FormatOption, console, emit_json, now, transaction
from signoff.vocab import Format

feeds_app = typer.Typer(
    help="News feeds the timing checks read (stored, refreshed by the worker).", no_args_is_help=True
)


def _when(value: object) -> str:
    return value.isoformat(timespec="seconds") if value is not None else "never"  # type: ignore[attr-defined]


@feeds_app.command("add")
def add(
    url: Annotated[
        str, typer.Argument(metavar="URL", help="An RSS, Atom or JSON feed: http(s) URL or file path")
    ],
    name: Annotated[str | None, typer.Option("--name", help="A short name (default: the address)")] = None,
    refresh: Annotated[bool, typer.Option("--refresh/--no-refresh", help="Fetch it now")] = True,
    out_format: FormatOption = Format.TEXT,
) -> None:
    """Follow a feed; its items are fetched now (unless --no-refresh) and by every worker refresh."""
    from signoff.feeds import service

    with transaction() as s:
        feed = service.add_feed(s, url=url, name=name, now=now())
        result = service.refresh_feed(s, feed, now=now()) if refresh else None
        data = {
            "id": feed.id,
            "name": feed.name,
            "url": feed.url,
            "new_items": result.new_items if result else 0,
            "error": result.error if result else None,
        }
    if out_format == "json":
        emit_json(data)
        return
    console.print(f"following feed {data['id']} {data['name']!r}", highlight=False)
    if result and result.error:
        typer.secho(
            f"warning: first fetch failed: {result.error} (kept; retried at every refresh)",
            err=True,
            fg="yellow",
        )
    elif result:
        console.print(f"  {result.new_items} items stored", highlight=False)


@feeds_app.command("list")
def list_(out_format: FormatOption = Format.TEXT) -> None:
    """Every feed: items stored, last good fetch, failures in a row."""
    from signoff.feeds import service

    with transaction() as s:
        feeds = service.list_feeds(s)
    if out_format == "json":
        emit_json([f.to_dict() for f in feeds])
        return
    if not feeds:
        console.print("no feeds; add one with `signoff feeds add URL`", highlight=False)
    for f in feeds:
        state = (
            f"FAILING ({f.failures} in a row)"
            if f.failing
            else ("ok" if not f.failures else f"{f.failures} failure(s)")
        )
        console.print(
            f"{f.id:>3}  {f.name}  [{state}]  {f.items} items  last ok {_when(f.last_ok_at)}",
            highlight=False,
            markup=False,
        )
        if f.name != f.url:
            console.print(f"     {f.url}", highlight=False, markup=False)
        if f.last_error:
            console.print(f"     last error: {f.last_error}", highlight=False, markup=False)


@feeds_app.command("remove")
def remove(
    ref: Annotated[str, typer.Argument(metavar="FEED", help="Its id, name or address")],
    out_format: FormatOption = Format.TEXT,
) -> None:
    """Stop following a feed and drop its stored items."""
    from signoff.feeds import service

    with transaction() as s:
        feed = service.remove_feed(s, ref=ref)
        data = {"id": feed.id, "name": feed.name, "removed": True}
    if out_format == "json":
        emit_json(data)
    else:
        console.print(f"removed feed {data['id']} {data['name']!r}", highlight=False, markup=False)


@feeds_app.command("refresh")
def refresh(out_format: FormatOption = Format.TEXT) -> None:
    """Fetch every feed now (conditional GET: an unchanged feed costs a 304)."""
    from signoff.feeds import service

    with transaction() as s:
        results = service.refresh_all(s, now=now())
    if out_format == "json":
        emit_json([{**r.__dict__, "failing": r.failing} for r in results])
    else:
        for r in results:
            if r.error:
                typer.secho(f"{r.feed}: failed ({r.failures} in a row): {r.error}", err=True, fg="yellow")
            else:
                what = "unchanged" if r.not_modified else f"{r.new_items} new items"
                console.print(f"{r.feed}: {what}", highlight=False, markup=False)
    if results and all(r.error for r in results):
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.add_typer(feeds_app, name="feeds")
