"""Where `signoff login` keeps its sessions: one file per signoff user and install, readable only by this
operating-system user, under `<config dir>/sessions/<install>/<user>.json` (config dir: platformdirs, or
SIGNOFF_CONFIG_DIR). The install is named by a hash of its database URL, so logins to two installs (two data
directories, or a PostgreSQL database) never mix. A file holds the session token, never the password.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
import stat
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from signoff.config import Settings
from signoff.errors import AuthError


@dataclass(frozen=True)
class SavedLogin:
    user: str
    token: str
    expires_at: str
    path: Path


def install_dir(settings: Settings) -> Path:
    """This install's folder of saved logins (named by a hash of the database URL)."""
    key = hashlib.sha256(settings.sqlalchemy_url.encode("utf-8")).hexdigest()[:24]
    return settings.config_dir / "sessions" / key


def login_path(settings: Settings, name: str) -> Path:
    return install_dir(settings) / f"{name.lower()}.json"


def _private_dir(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    path.chmod(0o700)


def save(settings: Settings, *, user: str, token: str, expires_at: datetime) -> Path:
    """Write the login atomically, created with mode 0600 (never briefly readable by others)."""
    folder = install_dir(settings)
    _private_dir(settings.config_dir / "sessions")
    _private_dir(folder)
    path = login_path(settings, user)
    record = {
        "user": user,
        "token": token,
        "expires_at": expires_at.isoformat(timespec="seconds"),
        "install": make_url(settings.sqlalchemy_url).render_as_string(hide_password=True),
    }
    tmp = folder / f".{path.name}.{secrets.token_hex(4)}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(record, fh)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def load(settings: Settings, name: str) -> SavedLogin | None:
    """The saved login of `name` for this install, None when there is none; AuthError when the file is
    unreadable, garbled or readable by other users (it is then never used)."""
    path = login_path(settings, name)
    try:
        mode = path.stat().st_mode
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise AuthError(
            f"cannot read the saved login {path} ({exc.strerror}); run `signoff login {name}`"
        ) from None
    if stat.S_IMODE(mode) & 0o077:
        raise AuthError(
            f"the saved login {path} is readable by other users, so it is not used; delete it and run "
            f"`signoff login {name}` again"
        )
    try:
        data = json.loads(raw)
        saved = SavedLogin(str(data["user"]), str(data["token"]), str(data.get("expires_at", "")), path)
    except (ValueError, KeyError, TypeError):
        raise AuthError(
            f"the saved login {path} is garbled; run `signoff logout {name}` and `signoff login {name}`"
        ) from None
    if saved.user.lower() != name.lower() or not saved.token:
        raise AuthError(f"the saved login {path} is not {name}'s; run `signoff login {name}` again")
    return saved


def saved_names(settings: Settings) -> list[str]:
    """Names with a saved login file for this install (as the file names spell them)."""
    folder = install_dir(settings)
    return sorted(p.stem for p in folder.glob("*.json")) if folder.is_dir() else []


def forget(settings: Settings, name: str) -> bool:
    """Delete the saved login of `name` (True when there was one)."""
    path = login_path(settings, name)
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
        return True
    return False
