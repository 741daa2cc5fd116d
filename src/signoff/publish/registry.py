"""Connectors by platform, loaded through the `signoff.connectors` entry-point group."""

from __future__ import annotations

from collections.abc import Mapping
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
    """One connector per platform for the life of a worker (they keep indexes and HTTP clients).

    `Connectors(settings)` loads each platform's connector from its entry point on first use;
    `Connectors(settings, connectors={"outbox": mine})` uses the given ones (and only those: a
    platform not given is "not installed"). Tests and embedders use that argument.
    """

    def __init__(self, settings: Settings, connectors: Mapping[str, Connector] | None = None) -> None:
        self.settings = settings
        self._given = connectors is not None
        self._by_platform: dict[str, Connector] = dict(connectors or {})

    def get(self, platform: str) -> Connector:
        """The platform's connector; ConfigError when none is installed or it fails to load."""
        if platform not in self._by_platform:
            if self._given:
                raise ConfigError(
                    f"no connector for platform {platform!r} is installed "
                    f"(have: {', '.join(sorted(self._by_platform)) or 'none'})"
                )
            self._by_platform[platform] = load_connector(platform, self.settings)
        return self._by_platform[platform]
