"""The outbox connector: appends each post as one JSON line to $SIGNOFF_DATA_DIR/outbox/<handle>.jsonl.

It stands in for a platform (demo, tests, teams that publish by other means). Like a platform with an
idempotency header, it never writes a second line for an idempotency key it already has: the check and
the append happen under an exclusive file lock, and an index of keys is kept per file and topped up
from the bytes other processes appended since.
"""

from __future__ import annotations

import fcntl
import json
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from threading import Lock
from typing import Any

from signoff.config import Settings
from signoff.errors import InputError
from signoff.publish.connectors.base import OutgoingPost, PublishResult


@dataclass
class _Index:
    inode: int = -1
    offset: int = 0
    keys: dict[str, dict[str, Any]] = field(default_factory=dict)


def outbox_path(outbox_dir: Path, handle: str) -> Path:
    name = handle.lstrip("@")
    if not name or name.startswith(".") or "/" in name or "\\" in name or "\x00" in name:
        raise InputError(f"handle {handle!r} cannot name an outbox file")
    return outbox_dir / f"{name}.jsonl"


class OutboxConnector:
    name = "outbox"

    def __init__(self, settings: Settings, *, fsync: bool = False) -> None:
        self.dir = settings.outbox_dir
        #: fsync each line (survives power loss, not only a killed process); slower.
        self.fsync = fsync
        self._indexes: dict[Path, _Index] = {}
        self._lock = Lock()

    def _refresh(self, fh: Any, path: Path) -> _Index:
        """Read what was appended since we last looked (by anyone); start over if the file was replaced."""
        st = os.fstat(fh.fileno())
        idx = self._indexes.get(path)
        if idx is None or idx.inode != st.st_ino or st.st_size < idx.offset:
            idx = self._indexes[path] = _Index(inode=st.st_ino)
        if st.st_size > idx.offset:
            fh.seek(idx.offset)
            chunk = fh.read(st.st_size - idx.offset)
            end = chunk.rfind(b"\n") + 1  # a torn last line (writer killed mid-write) is left for later
            for line in chunk[:end].splitlines():
                try:
                    rec = json.loads(line)
                except ValueError:
                    continue
                if isinstance(rec, dict) and rec.get("idempotency_key"):
                    idx.keys[rec["idempotency_key"]] = rec
            idx.offset += end
        return idx

    @staticmethod
    def _result(rec: dict[str, Any], already: bool) -> PublishResult:
        at = datetime.fromisoformat(rec["published_at"].replace("Z", "+00:00"))
        return PublishResult(platform_post_id=rec["id"], published_at=at, already_published=already)

    def _open(self, handle: str) -> tuple[Path, Any]:
        path = outbox_path(self.dir, handle)
        path.parent.mkdir(parents=True, exist_ok=True)
        fh = open(path, "a+b")  # noqa: SIM115  (closed by the caller's finally)
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        return path, fh

    def publish(self, post: OutgoingPost, *, at: datetime) -> PublishResult:
        with self._lock:
            path, fh = self._open(post.account)
            try:
                idx = self._refresh(fh, path)
                if post.idempotency_key in idx.keys:
                    return self._result(idx.keys[post.idempotency_key], already=True)
                rec = {
                    "id": f"outbox-{post.idempotency_key}",
                    "text": post.text,
                    "published_at": at.astimezone(UTC).isoformat().replace("+00:00", "Z"),
                    "author": post.author,
                    "account": post.account,
                    "signature": post.signature,
                    "draft_id": post.draft_id,
                    "revision": post.revision,
                    "idempotency_key": post.idempotency_key,
                }
                data = b""
                if idx.offset < os.fstat(fh.fileno()).st_size:  # a torn line: start ours on a fresh line
                    data = b"\n"
                data += json.dumps(rec, ensure_ascii=False).encode("utf-8") + b"\n"
                os.write(fh.fileno(), data)  # one write() call: a killed process leaves all of it or none
                if self.fsync:
                    os.fsync(fh.fileno())
                self._refresh(fh, path)
                return self._result(rec, already=False)
            finally:
                fh.close()  # also releases the flock

    def find(self, post: OutgoingPost) -> PublishResult | None:
        with self._lock:
            path, fh = self._open(post.account)
            try:
                rec = self._refresh(fh, path).keys.get(post.idempotency_key)
                return None if rec is None else self._result(rec, already=True)
            finally:
                fh.close()
