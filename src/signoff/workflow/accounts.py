"""People, accounts, memberships, and the pause kill switch."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from typing import Any

import regex
from argon2 import PasswordHasher
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from signoff.audit import actors
from signoff.audit import service as audit
from signoff.audit.events import AccountAdded, AccountPaused, AccountResumed, MemberSet, UserAdded
from signoff.authorship.service import initials_for, validate_disclosure_format
from signoff.errors import InputError, NotFoundError, RefusedError
from signoff.preflight.model import ACCOUNT_KINDS
from signoff.workflow.approvals import ensure_team_can_approve
from signoff.workflow.models import ACCOUNT_PLATFORMS, APPROVING_ROLES, ROLES, Account, Membership, User
from signoff.workflow.schedule import zone

NAME_RE = regex.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,79}$")
HANDLE_RE = regex.compile(r"^@?[A-Za-z0-9_][A-Za-z0-9_.\-]{0,99}(@[A-Za-z0-9][A-Za-z0-9.\-]{0,99})?$")
SEVERITY_NAMES = ("info", "review", "hold")
#: Widths the tables hold (a handle also goes into audit subjects as "account:<handle>", 120 wide).
MAX_HANDLE_CHARS = 100
MAX_FULL_NAME_CHARS = 200
#: `create_account(disclosure=BY_KIND)`: person accounts get PERSON_DEFAULT_DISCLOSURE, brands none.
BY_KIND = "by-kind"
PERSON_DEFAULT_DISCLOSURE = "^{initials}"
_hasher = PasswordHasher()


def _choice(value: str, allowed: tuple[str, ...], what: str) -> str:
    if value not in allowed:
        raise InputError(f"unknown {what} {value!r}; choose one of: {', '.join(allowed)}")
    return value


def get_user(session: Session, name: str) -> User:
    """A current user, named in any case (`Jo` is `jo`: names are unique without regard to case). A removed
    one is refused: they may no longer act, own or join anything."""
    user = session.execute(select(User).where(func.lower(User.name) == name.lower())).scalar_one_or_none()
    if user is None:
        raise NotFoundError(f"no user {name!r}; add them with `signoff users add {name}`")
    if user.removed_at is not None:
        raise NotFoundError(
            f"user {name!r} was removed on {user.removed_at.date().isoformat()}; `signoff users list` "
            "shows the current users"
        )
    return user


def get_account(session: Session, handle: str) -> Account:
    account = session.execute(select(Account).where(Account.handle == handle)).scalar_one_or_none()
    if account is None:
        raise NotFoundError(f"no account {handle!r}; `signoff accounts list` shows them")
    return account


def role_of(session: Session, account: Account, user: User) -> str | None:
    return session.execute(
        select(Membership.role).where(Membership.account_id == account.id, Membership.user_id == user.id)
    ).scalar_one_or_none()


def owner_of(session: Session, account: Account) -> User:
    return session.execute(
        select(User).join(Membership).where(Membership.account_id == account.id, Membership.role == "owner")
    ).scalar_one()


def create_user(
    session: Session,
    *,
    name: str,
    now: datetime,
    password: str | None = None,
    full_name: str | None = None,
    actor: str | None = None,
) -> User:
    """Add a person. The password (if any) is stored only as an argon2 hash. `actor` defaults to the
    install admin (`os:<login>`)."""
    if not NAME_RE.match(name):
        raise InputError(f"user name {name!r} must be 1-80 letters, digits, '.', '_' or '-'")
    if actors.is_reserved(name):
        raise InputError(f"{name!r} is a name signoff itself acts under; choose another user name")
    taken = session.execute(select(User.name).where(func.lower(User.name) == name.lower())).scalar()
    if taken is not None:
        raise RefusedError(
            f"user {taken!r} already exists" + (" (user names ignore case)" if taken != name else "")
        )
    if full_name is not None and len(full_name) > MAX_FULL_NAME_CHARS:
        raise InputError(f"--full-name is {len(full_name)} characters; at most {MAX_FULL_NAME_CHARS}")
    if password is not None and len(password) < 8:
        raise InputError("password must be at least 8 characters")
    user = User(
        name=name,
        full_name=full_name,
        initials=initials_for(name, full_name),
        password_hash=_hasher.hash(password) if password else None,
        created_at=now,
    )
    session.add(user)
    session.flush()
    audit.record(
        session,
        UserAdded(
            actor=actor or actors.os_actor(),
            name=name,
            at=now,
            after={"name": name, "full_name": full_name, "has_password": password is not None},
        ),
    )
    return user


def check_password(session: Session, *, name: str, password: str) -> bool:
    """True when `password` is `name`'s (`sessions.verify_password` says why not)."""
    from signoff.workflow.sessions import password_matches  # sessions builds on this module

    return password_matches(get_user(session, name), password)


def parse_overrides(raw: dict[str, str | None] | None) -> dict[str, str | None]:
    """Per-code severities ({"SO401": "hold"}, None = off), refusing codes no registered check has."""
    out: dict[str, str | None] = {}
    for code, sev in (raw or {}).items():
        if sev is not None and sev not in SEVERITY_NAMES:
            raise InputError(f"severity for {code} must be one of {', '.join(SEVERITY_NAMES)} or off")
        out[check_code(code)] = sev
    return out


def check_code(code: str) -> str:
    """The registered check code `code` names (any case), or an InputError listing the codes there are."""
    from signoff.preflight.registry import load_checks  # loads every check: only when a policy names one

    codes = [c.code for c in load_checks()]
    if code.strip().upper() not in codes:
        raise InputError(f"no check has code {code!r}; `signoff checks` lists them: {', '.join(codes)}")
    return code.strip().upper()


def create_account(
    session: Session,
    *,
    handle: str,
    platform: str,
    kind: str,
    owner: str,
    now: datetime,
    tz: str = "UTC",
    approvals: int = 1,
    cooloff: int = 60,
    disclosure: str | None = BY_KIND,
    overrides: dict[str, str | None] | None = None,
    actor: str | None = None,
    installed_platforms: Collection[str] | None = None,
    long_posts: bool = False,
) -> Account:
    """An account with its owner. `approvals` 0 lets the owner publish alone; staff always need one.

    `installed_platforms` (the faces pass the installed connectors' names) refuses a platform nothing
    could publish to: its posts would otherwise be approved and then fail at publish time.

    `long_posts`: an X account with X Premium or a verified organisation, whose posts may run to 25,000
    characters; refused on other platforms, whose limits are the same for everyone.

    `actor` defaults to the install admin (`os:<login>`); a person acting may add only an account they own.
    """
    actor = actor or actors.os_actor()
    if not actors.is_install_admin(actor) and get_user(session, actor).name.lower() != owner.lower():
        raise RefusedError(f"{actor} may add only an account they own (--owner {actor})")
    if not HANDLE_RE.match(handle) or len(handle) > MAX_HANDLE_CHARS:
        raise InputError(
            f"handle {handle!r} must be at most {MAX_HANDLE_CHARS} letters, digits, '_', '.', '-' "
            "(optionally @user@server)"
        )
    _choice(platform, ACCOUNT_PLATFORMS, "platform")
    if installed_platforms is not None and platform not in installed_platforms:
        raise InputError(
            f"no connector for platform {platform!r} is installed, so nothing could publish this account's "
            f"posts; installed: {', '.join(sorted(installed_platforms)) or 'none'} (install a connector "
            "package for it, or choose an installed platform)"
        )
    _choice(kind, ACCOUNT_KINDS, "account kind")
    check_long_posts(platform, long_posts)
    zone(tz)
    if not 0 <= approvals <= 10:
        raise InputError("--approvals must be between 0 and 10")
    if not 0 <= cooloff <= 86_400:
        raise InputError("--cooloff must be between 0 and 86400 seconds")
    if (
        disclosure == BY_KIND
    ):  # honest by default: a person's staff sign their posts; a brand speaks as a team
        disclosure = PERSON_DEFAULT_DISCLOSURE if kind == "person" else None
    fmt = validate_disclosure_format(disclosure)
    owner_user = get_user(session, owner)
    if session.execute(select(Account.id).where(Account.handle == handle)).first():
        raise RefusedError(f"account {handle!r} already exists")
    account = Account(
        handle=handle,
        platform=platform,
        kind=kind,
        tz=tz,
        approvals_needed=approvals,
        cooloff_seconds=cooloff,
        disclosure_format=fmt,
        check_overrides=parse_overrides(overrides),
        long_posts=long_posts,
        paused=False,
        created_at=now,
    )
    session.add(account)
    session.flush()
    session.add(Membership(account_id=account.id, user_id=owner_user.id, role="owner"))
    audit.record(
        session,
        AccountAdded(actor=actor, handle=handle, at=now, after=account_record(account) | {"owner": owner}),
    )
    return account


#: Platforms whose posts preflight counts as X's (the outbox stands in for X), where long posts exist.
LONG_POST_PLATFORMS = ("x", "outbox")


def check_long_posts(platform: str, long_posts: bool) -> None:
    """Long posts are an X account's allowance (X Premium, verified organisations); refused elsewhere."""
    if long_posts and platform not in LONG_POST_PLATFORMS:
        raise InputError(
            f"--long-posts is for X accounts with X Premium or a verified organisation; {platform} has one "
            "limit for every account"
        )


def account_record(account: Account) -> dict[str, Any]:
    return {
        "handle": account.handle,
        "platform": account.platform,
        "kind": account.kind,
        "tz": account.tz,
        "approvals": account.approvals_needed,
        "cooloff": account.cooloff_seconds,
        "disclosure": account.disclosure_format,
        "overrides": dict(account.check_overrides or {}),
        "long_posts": bool(account.long_posts),
        "paused": account.paused,
        "paused_reason": account.paused_reason,
    }


def add_member(
    session: Session, *, handle: str, name: str, role: str, now: datetime, actor: str | None = None
) -> Membership:
    """Give `name` a role on the account. A person acting must be its owner; without `actor` (or with
    `os:<login>`) it is the install admin, audited under their operating-system name."""
    _choice(role, ROLES, "role")
    account = get_account(session, handle)
    user = get_user(session, name)
    actor = actor or actors.os_actor()
    if not actors.is_install_admin(actor):
        acting = get_user(session, actor)
        if role_of(session, account, acting) != "owner":
            raise RefusedError(f"only the owner of {handle} adds members; {actor} is not the owner")
    if role == "owner":
        raise RefusedError(
            f"{handle} already has an owner and an account has exactly one; to hand it over, "
            f"`signoff members transfer {handle} {name}`"
        )
    existing = session.execute(
        select(Membership).where(Membership.account_id == account.id, Membership.user_id == user.id)
    ).scalar_one_or_none()
    if existing is not None and existing.role == "owner":
        raise RefusedError(
            f"{name} owns {handle}; the owner's role changes only by handing the account over "
            f"(`signoff members transfer {handle} NAME`)"
        )
    if existing is not None and existing.role in APPROVING_ROLES and role not in APPROVING_ROLES:
        ensure_team_can_approve(session, account, approvals=account.approvals_needed, without_user=user.name)
    before = {"role": existing.role} if existing else None
    if existing is None:
        existing = Membership(account_id=account.id, user_id=user.id, role=role)
        session.add(existing)
    existing.role = role
    session.flush()
    audit.record(
        session,
        MemberSet(actor=actor, handle=handle, at=now, before=before, after={"user": name, "role": role}),
    )
    return existing


def members(session: Session, *, handle: str) -> list[tuple[User, str]]:
    account = get_account(session, handle)
    rows = session.execute(
        select(User, Membership.role)
        .join(Membership)
        .where(Membership.account_id == account.id)
        .order_by(User.name)
    )
    return [(u, r) for u, r in rows]


def _require_approver(session: Session, account: Account, actor: str, what: str) -> User:
    user = get_user(session, actor)
    role = role_of(session, account, user)
    if role not in APPROVING_ROLES:
        raise RefusedError(
            f"only the owner or an approver of {account.handle} can {what}; {actor} is "
            f"{('an ' if role[0] in 'aeiou' else 'a ') + role if role else 'not a member'}"
        )
    return user


def pause_account(session: Session, *, handle: str, actor: str, reason: str, now: datetime) -> Account:
    """Stop everything of this account from publishing, effective when this transaction commits.

    The UPDATE takes the account row's lock, so it waits for any publish that is mid-flight to finish
    (publishers hold a share lock on the row while they call the connector); once it commits, every
    later publish sees the pause.
    """
    if not reason or not reason.strip():
        raise InputError("give --reason: the team needs to know why publishing stopped")
    account = get_account(session, handle)
    _require_approver(session, account, actor, "pause it")
    before = {"paused": account.paused, "reason": account.paused_reason}
    session.execute(
        update(Account)
        .where(Account.id == account.id)
        .values(paused=True, paused_reason=reason.strip(), paused_at=now)
    )
    session.refresh(account)
    audit.record(
        session,
        AccountPaused(
            actor=actor,
            handle=handle,
            at=now,
            before=before,
            after={"paused": True, "reason": reason.strip()},
        ),
    )
    return account


def resume_account(
    session: Session, *, handle: str, actor: str, now: datetime, reason: str | None = None
) -> Account:
    """Let the account publish again; posts whose time passed while paused go out in due order."""
    account = get_account(session, handle)
    _require_approver(session, account, actor, "resume it")
    if not account.paused:
        raise RefusedError(f"{handle} is not paused")
    before = {"paused": True, "reason": account.paused_reason}
    account.paused, account.paused_reason, account.paused_at = False, None, None
    session.flush()
    audit.record(
        session,
        AccountResumed(
            actor=actor, handle=handle, at=now, before=before, after={"paused": False, "reason": reason}
        ),
    )
    return account
