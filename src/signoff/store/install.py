"""The data directory that `signoff init` creates, and the check every other command makes against it.

`init` writes a marker file into the data directory. Every command that reads or writes the install
first checks for it, so a mistyped SIGNOFF_DATA_DIR is an error naming the path and the fix instead
of an empty drafts list and a stray new database. Installs made before the marker existed are
recognised by their SQLite database file.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from signoff.config import Settings
from signoff.errors import NotInstalledError

#: Written by `signoff init` into the data directory.
MARKER = "signoff-install.json"
#: The SQLite database of an install made before the marker existed.
LEGACY_DATABASE = "signoff.db"


def _not_a_directory(path: Path) -> NotInstalledError:
    return NotInstalledError(
        f"the data directory {path} is a file, not a directory; set SIGNOFF_DATA_DIR to a directory "
        "(or move the file away) and run `signoff init`"
    )


def prepare_data_dir(settings: Settings) -> bool:
    """Create the data directory, its outbox and the marker (for `init`). Returns whether the marker
    was written now (False: the directory was already an install)."""
    path = settings.data_dir
    if path.exists() and not path.is_dir():
        raise _not_a_directory(path)
    try:
        path.mkdir(parents=True, exist_ok=True)
        settings.outbox_dir.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):  # a file somewhere above it, or an `outbox` file
        raise NotInstalledError(
            f"cannot create the data directory {path}: a file is in the way; set SIGNOFF_DATA_DIR to a "
            "directory and run `signoff init`"
        ) from None
    marker = path / MARKER
    if marker.exists():
        return False
    marker.write_text(
        json.dumps({"created_by": "signoff init", "created_at": datetime.now(UTC).isoformat()}) + "\n",
        encoding="utf-8",
    )
    return True


def is_install(path: Path) -> bool:
    return path.is_dir() and ((path / MARKER).is_file() or (path / LEGACY_DATABASE).is_file())


def require_install(settings: Settings) -> None:
    """Refuse a data directory that `signoff init` did not create (NotInstalledError: path and fix)."""
    path = settings.data_dir
    if path.exists() and not path.is_dir():
        raise _not_a_directory(path)
    if not is_install(path):
        what = "does not exist" if not path.exists() else "was not created by `signoff init`"
        raise NotInstalledError(
            f"the data directory {path} {what}; run `signoff init` to create an install there, or set "
            "SIGNOFF_DATA_DIR to your install's directory"
        )
