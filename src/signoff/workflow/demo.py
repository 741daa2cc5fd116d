"""The team story for `signoff demo`, and the same small team that tests build on.

A public person (jo) owns the account; alex (staff editor) drafts, jo approves, the post waits out the
cool-off and goes out through the outbox connector with alex's disclosure signature.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from rich.console import Console
from sqlalchemy.orm import Session

from signoff.workflow import service

#: name → (full name, role). jo is the public person; the rest are staff.
TEAM = {
    "jo": ("Jo Pa", "owner"),
    "sam": ("Sam Lee", "approver"),
    "alex": ("Alex Kim", "editor"),
    "vic": ("Vic Ray", "viewer"),
}


@dataclass(frozen=True)
class Team:
    handle: str
    owner: str = "jo"
    approver: str = "sam"
    editor: str = "alex"
    viewer: str = "vic"


def seed_team(
    session: Session,
    *,
    now: datetime,
    handle: str = "jopa",
    platform: str = "outbox",
    kind: str = "person",
    tz: str = "UTC",
    approvals: int = 1,
    cooloff: int = 0,
    disclosure: str | None = "^{initials}",
    users: bool = True,
    prefix: str = "",
    passwords: dict[str, str] | None = None,
) -> Team:
    """Users (unless they exist; with `passwords` by TEAM key, so they can log in), an account owned by jo,
    and its members with their roles."""
    names = {k: prefix + k for k in TEAM}
    if users:
        for key, (full_name, _) in TEAM.items():
            password = (passwords or {}).get(key)
            service.create_user(session, name=names[key], full_name=full_name, password=password, now=now)
    service.create_account(
        session,
        handle=handle,
        platform=platform,
        kind=kind,
        owner=names["jo"],
        now=now,
        tz=tz,
        approvals=approvals,
        cooloff=cooloff,
        disclosure=disclosure,
    )
    for key, (_, role) in TEAM.items():
        if role != "owner":
            service.add_member(session, handle=handle, name=names[key], role=role, now=now)
    return Team(
        handle=handle, owner=names["jo"], approver=names["sam"], editor=names["alex"], viewer=names["vic"]
    )


def run_team_demo(console: Console, data_dir: Path, *, now: datetime | None = None) -> dict[str, Any]:
    """Replay the team story and print the outbox line; returns that line's record.

    Everything lives in `data_dir/team-demo/` (a fresh SQLite database and outbox each run), so a real
    install's database in `data_dir` is never touched.
    """
    from signoff.config import Settings
    from signoff.publish.dispatcher import publish_due_posts
    from signoff.store.engine import Database

    demo_dir = data_dir / "team-demo"
    settings = Settings(data_dir=demo_dir, database_url=None, redis_url=None, news_feeds=[])
    for name in ("signoff.db", "signoff.db-wal", "signoff.db-shm", "outbox/jopa.jsonl"):
        (demo_dir / name).unlink(missing_ok=True)
    outbox_file = settings.outbox_dir / "jopa.jsonl"
    db = Database(settings.sqlalchemy_url)
    start = now or datetime.now(UTC)
    cooloff = 5
    text = "Thank you to everyone who came out in the rain tonight. See you in Leeds next week!"
    # Each person proves who they are, as on the command line: throwaway passwords, a login for alex.
    passwords = {key: secrets.token_urlsafe(12) for key in TEAM}
    try:
        with db.session() as s:
            team = seed_team(s, now=start, cooloff=cooloff, passwords=passwords)
            login = service.start_session(
                s, name=team.editor, password=passwords["alex"], now=start, ttl=timedelta(hours=12)
            )
        with db.session() as s:
            author = service.resume_session(s, name=team.editor, token=login.token, now=start).name
            draft = service.create_draft(s, handle=team.handle, author=author, text=text, now=start)
            draft_id, verdict = draft.id, draft.current.verdict
        console.print(
            f"[bold]{team.editor}[/bold] (staff editor) logs in and drafts on @{team.handle}: "
            f"draft {draft_id}, preflight [bold]{verdict}[/bold]"
        )
        with db.session() as s:
            owner = service.verify_password(s, name=team.owner, password=passwords["jo"]).name
            service.approve_draft(s, draft_id=draft_id, actor=owner, now=start)
            view = service.draft_view(s, service.get_draft(s, draft_id), now=start)
        console.print(
            f"[bold]{team.owner}[/bold] (the owner) approves with their password; "
            f"cool-off {view['cooloff_remaining_seconds']:.0f} s "
            "— any member may undo until then (the demo's clock skips ahead)"
        )
        stats = publish_due_posts(db, settings=settings, now=start + timedelta(seconds=cooloff), news=None)
        record = json.loads(outbox_file.read_text(encoding="utf-8").splitlines()[-1])
        console.print(f"published {stats.published} post through the outbox connector → {outbox_file}")
        console.print(json.dumps(record, ensure_ascii=False), markup=False, highlight=False, soft_wrap=True)
        console.print(
            f"the post says who wrote it: [bold]{record['signature']}[/bold] = {record['author']} "
            f"({TEAM['alex'][0]}), staff on {record['account']}"
        )
        return record
    finally:
        db.dispose()
