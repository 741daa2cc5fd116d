"""JSON Feed items, undated items skipped with a warning, SIGNOFF_NEWS_FEEDS as a plain list."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from pathlib import Path

import pytest

from signoff.config import Settings, get_settings
from signoff.errors import ConfigError, NewsError
from signoff.news.feeds import read_source

JSON_FEED = {
    "version": "https://jsonfeed.org/version/1.1",
    "title": "Wire",
    "items": [
        {
            "id": "1",
            "url": "https://example.com/paterno",
            "title": "Penn State trustees fire Joe Paterno",
            "content_text": "The board acted late on Wednesday.",
            "date_published": "2011-11-10T03:05:00Z",
        },
        {
            "id": "2",
            "content_html": "<p>Students gather downtown</p>",
            "date_modified": "2011-11-10T04:00:00Z",
        },
    ],
}

RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Dated story</title><pubDate>Thu, 10 Nov 2011 03:05:00 GMT</pubDate></item>
<item><title>Undated story</title></item>
</channel></rss>"""


def test_json_feed_items_are_read(tmp_path: Path) -> None:
    path = tmp_path / "feed.json"
    path.write_text(json.dumps(JSON_FEED), encoding="utf-8")
    first, second = read_source(str(path))
    assert first.title == "Penn State trustees fire Joe Paterno"
    assert first.published == datetime(2011, 11, 10, 3, 5, tzinfo=UTC)
    assert first.summary == "The board acted late on Wednesday."
    assert first.link == "https://example.com/paterno"
    assert second.title == "Students gather downtown"  # no title: its text stands in
    assert second.published == datetime(2011, 11, 10, 4, 0, tzinfo=UTC)


def test_an_undated_item_is_skipped_with_a_warning(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "wire.xml"
    path.write_text(RSS, encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="signoff.news"):
        items = read_source(str(path))
    assert [it.title for it in items] == ["Dated story"]
    assert "item 2 ('Undated story')" in caplog.text and "skipped" in caplog.text


def test_an_undated_json_feed_item_is_skipped(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    doc = {"items": [*JSON_FEED["items"], {"title": "No date here"}]}
    path = tmp_path / "feed.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="signoff.news"):
        assert len(read_source(str(path))) == 2
    assert "No date here" in caplog.text


def test_a_feed_with_no_dated_item_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "feed.json"
    path.write_text(json.dumps({"items": [{"title": "a"}, {"title": "b"}]}), encoding="utf-8")
    with pytest.raises(NewsError, match="none of its 2 item"):
        read_source(str(path))


def test_a_bad_date_is_still_an_error(tmp_path: Path) -> None:
    path = tmp_path / "feed.json"
    path.write_text(json.dumps({"items": [{"title": "a", "date_published": "last night"}]}), encoding="utf-8")
    with pytest.raises(NewsError, match="last night"):
        read_source(str(path))


@pytest.mark.parametrize(
    ("raw", "feeds"),
    [
        ("/srv/feed.xml", ["/srv/feed.xml"]),
        ("/srv/feed.xml, https://example.com/rss", ["/srv/feed.xml", "https://example.com/rss"]),
        ('["/srv/feed.xml", "/srv/b.json"]', ["/srv/feed.xml", "/srv/b.json"]),
        ("", []),
    ],
)
def test_news_feeds_setting_takes_a_plain_list_or_json(
    raw: str, feeds: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SIGNOFF_NEWS_FEEDS", raw)
    assert Settings().news_feeds == feeds


def test_broken_json_list_in_the_setting_is_a_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIGNOFF_NEWS_FEEDS", '["/srv/feed.xml"')
    get_settings.cache_clear()
    try:
        with pytest.raises(ConfigError, match="SIGNOFF_NEWS_FEEDS.*comma-separated"):
            get_settings()
    finally:
        get_settings.cache_clear()
