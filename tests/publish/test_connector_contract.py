"""The contract every connector registered under `signoff.connectors` must pass.

Parametrized over the installed entry points (today: outbox). A new connector gets these tests for free;
one that needs a live platform provides a fake server through its own fixture and the same assertions.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from importlib.metadata import entry_points
from pathlib import Path

import pytest

from signoff.config import Settings
from signoff.errors import ConfigError
from signoff.publish.connectors.base import (
    Connector,
    ConnectorFailure,
    OutcomeUnknown,
    OutgoingPost,
    PublishResult,
    RateLimited,
    Rejected,
    Transient,
)
from signoff.publish.registry import GROUP, Connectors, available, load_connector

NOW = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)
PLATFORMS = sorted(ep.name for ep in entry_points(group=GROUP))


def _post(key: str, *, text: str = "Thank you, Leeds.", handle: str = "contract") -> OutgoingPost:
    return OutgoingPost(
        idempotency_key=key,
        account=handle,
        text=text + " ^AK",
        author="alex",
        author_is_owner=False,
        signature="^AK",
        draft_id=1,
        revision=1,
    )


@pytest.fixture(params=PLATFORMS)
def connector(request: pytest.FixtureRequest, tmp_path: Path) -> Connector:
    return load_connector(request.param, Settings(data_dir=tmp_path / "data"))


def test_the_outbox_connector_is_registered() -> None:
    assert "outbox" in PLATFORMS and available() == PLATFORMS


def test_connector_implements_the_protocol_and_is_named_after_its_platform(connector: Connector) -> None:
    assert isinstance(connector, Connector)
    assert connector.name in PLATFORMS


def test_publish_returns_a_platform_id_and_the_time(connector: Connector) -> None:
    result = connector.publish(_post("c-1"), at=NOW)
    assert isinstance(result, PublishResult)
    assert result.platform_post_id and not result.already_published
    assert result.published_at.tzinfo is not None


def test_find_knows_what_went_out_and_nothing_else(connector: Connector) -> None:
    assert connector.find(_post("c-2")) is None
    sent = connector.publish(_post("c-2"), at=NOW)
    found = connector.find(_post("c-2"))
    assert found is not None and found.already_published
    assert found.platform_post_id == sent.platform_post_id
    assert connector.find(_post("c-3")) is None


def test_one_idempotency_key_never_posts_twice(connector: Connector) -> None:
    first = connector.publish(_post("c-4"), at=NOW)
    again = connector.publish(_post("c-4"), at=NOW + timedelta(seconds=5))
    assert again.already_published and again.platform_post_id == first.platform_post_id


def test_different_keys_are_different_posts(connector: Connector) -> None:
    a = connector.publish(_post("c-5"), at=NOW)
    b = connector.publish(_post("c-6"), at=NOW)
    assert a.platform_post_id != b.platform_post_id


def test_failure_tree() -> None:
    """The types the dispatcher acts on; a connector reports failures only through them."""
    assert issubclass(RateLimited, Transient) and issubclass(Transient, ConnectorFailure)
    assert not issubclass(Rejected, Transient) and not issubclass(OutcomeUnknown, Transient)
    assert Rejected("too long").platform_message == "too long"
    assert RateLimited("429", reset_at=NOW).reset_at == NOW


def test_connectors_take_their_connectors_as_an_argument(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    mine = load_connector("outbox", settings)
    given = Connectors(settings, connectors={"outbox": mine})
    assert given.get("outbox") is mine
    with pytest.raises(ConfigError, match="no connector for platform 'x'.*have: outbox"):
        given.get("x")


def test_a_platform_without_an_installed_connector_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no connector for platform 'x' is installed"):
        Connectors(Settings(data_dir=tmp_path / "data")).get("x")
