"""Proving who acts: passwords and login sessions.

Design. A person proves who they are with their password (argon2-hashed in `users.password_hash`) or with a
session that a password opened. `start_session` draws a random 256-bit token and stores only its SHA-256 in
`user_sessions`, with the user and an expiry; the token itself goes back to the face, which keeps it for the
person (the CLI writes it to a mode-0600 file in the operating-system user's config directory, one per user
and install). A copy of the database (a backup, a leaked dump) therefore holds no usable login, and a plain
SHA-256 is enough because the token is 256 random bits, not a guessable password. A session names one user of
one install (its row lives in that install's database), ends at `expires_at`, and is deleted by `logout`, by a
password change and when the user is removed; an expired one proves nothing and is cleared at the next login.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from signoff.audit import service as audit
from signoff.audit.events import UserLoggedIn, UserLoggedOut
from signoff.errors import AuthError, InputError
from signoff.workflow.accounts import get_user
from signoff.workflow.models import User, UserSession

MIN_PASSWORD_CHARS = 8
TOKEN_BYTES = 32
_hasher = PasswordHasher()


@dataclass(frozen=True)
class IssuedSession:
    """A new login: give `token` to the person and keep it secret; the database holds only its hash."""

    user: str
    token: str
    expires_at: datetime


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def hash_password(password: str) -> str:
    """The argon2 hash of a new password (refused when shorter than 8 characters)."""
    if len(password) < MIN_PASSWORD_CHARS:
        raise InputError(f"password must be at least {MIN_PASSWORD_CHARS} characters")
    return _hasher.hash(password)


def password_matches(user: User, password: str) -> bool:
    if not user.password_hash:
        return False
    try:
        return _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def verify_password(session: Session, *, name: str, password: str) -> User:
    """The user, when `password` is theirs; AuthError otherwise (saying what to do)."""
    user = get_user(session, name)
    if not user.password_hash:
        raise AuthError(
            f"{user.name} has no password yet, so cannot act or log in; whoever holds the data "
            f"directory sets one with `signoff users passwd {user.name} --password-stdin`"
        )
    if not password_matches(user, password):
        raise AuthError(f"wrong password for {user.name}")
    return user


def start_session(
    session: Session, *, name: str, password: str, now: datetime, ttl: timedelta
) -> IssuedSession:
    """Check the password and open a session lasting `ttl`; the user's expired sessions are cleared."""
    user = verify_password(session, name=name, password=password)
    session.execute(delete(UserSession).where(UserSession.user_id == user.id, UserSession.expires_at <= now))
    token = secrets.token_urlsafe(TOKEN_BYTES)
    expires = now + ttl
    row = UserSession(user_id=user.id, token_hash=token_hash(token), created_at=now, expires_at=expires)
    session.add(row)
    session.flush()
    audit.record(
        session,
        UserLoggedIn(actor=user.name, name=user.name, at=now, after={"expires_at": expires.isoformat()}),
    )
    return IssuedSession(user=user.name, token=token, expires_at=expires)


def resume_session(session: Session, *, name: str, token: str, now: datetime) -> User:
    """The user whose live session `token` is; AuthError when it is unknown, ended, expired or another's."""
    user = get_user(session, name)
    row = session.execute(
        select(UserSession).where(UserSession.token_hash == token_hash(token))
    ).scalar_one_or_none()
    if row is None or row.user_id != user.id:
        raise AuthError(f"the saved login of {user.name} is no longer valid; run `signoff login {user.name}`")
    if row.expires_at <= now:
        raise AuthError(
            f"the login of {user.name} expired at {row.expires_at.isoformat(timespec='seconds')}; "
            f"run `signoff login {user.name}` again"
        )
    return user


def end_session(session: Session, *, name: str, token: str, now: datetime) -> bool:
    """Log out: delete the session (True when it still existed)."""
    gone = session.execute(delete(UserSession).where(UserSession.token_hash == token_hash(token))).rowcount
    if gone:
        audit.record(session, UserLoggedOut(actor=name, name=name, at=now))
    return bool(gone)


def end_all_sessions(session: Session, user: User) -> int:
    """Delete every session of `user` (after a password change or removal); how many there were."""
    return int(session.execute(delete(UserSession).where(UserSession.user_id == user.id)).rowcount or 0)
