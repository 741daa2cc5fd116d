"""Connectors by platform, loaded through the `signoff.connectors` entry-point group."""

from __future__ import annotations

from importlib.metadata import entry_points

from signoff.config import Settings
from signoff.errors import ConfigError
from signoff.publish.connectors.base import Connector

GROUP = "signoff.connectors"


def available() -> list[str]:
    return sorted(ep.name for ep in entry_points(group=GROUP))


def load_connector(platform: str, settings: Settings) -> Connector:
    """A connector for `platform`, built with these settings."""
    eps = [ep for ep in entry_points(group=GROUP) if ep.name == platform]
    if not eps:
        raise ConfigError(
            f"no connector for platform {platform!r} is installed (have: {', '.join(available())})"
        )
    try:
        connector = eps[0].load()(settings)
    except Exception as exc:  # a broken plugin must say which one
        raise ConfigError(f"connector {platform!r} ({eps[0].value}) failed to load: {exc}") from exc
    if not isinstance(connector, Connector):
        raise ConfigError(f"connector {platform!r} does not implement publish() and find()")
    return connector


class Connectors:
    """One connector per platform for the life of a worker (they keep indexes and HTTP clients)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._by_platform: dict[str, Connector] = {}

    def get(self, platform: str) -> Connector:
        if platform not in self._by_platform:
            self._by_platform[platform] = load_connector(platform, self.settings)
        return self._by_platform[platform]
