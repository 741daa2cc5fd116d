"""Reading news: RSS, Atom, JSON, dicts and URLs into aware-UTC items, and clear NewsErrors for bad input."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
import respx

from signoff.errors import NewsError
from signoff.news.feeds import item_from_mapping, read_source
from signoff.news.snapshot import load_items

RSS = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Wire</title>
<item><title>Penn State trustees fire Joe Paterno</title><description>&lt;p&gt;The board acted
 on &lt;b&gt;Wednesday&lt;/b&gt; night.&lt;/p&gt;</description>
<link>https://example.org/a</link><pubDate>Wed, 09 Nov 2011 22:05:00 -0500</pubDate></item>
<item><title>Students gather in State College</title><pubDate>Thu, 10 Nov 2011 03:21:00 GMT</pubDate></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><id>urn:x</id><updated>2011-11-10T04:00:00Z</updated>
<entry><title>Tom Bradley named interim coach</title><id>urn:1</id>
<updated>2011-11-09T23:10:00-05:00</updated><summary>Bradley leads Penn State on Saturday.</summary></entry>
</feed>"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_rss_items_get_utc_times_plain_summaries_and_the_feed_title(tmp_path: Path) -> None:
    items = read_source(write(tmp_path, "wire.xml", RSS))
    assert [it.published for it in items] == [
        datetime(2011, 11, 10, 3, 5, tzinfo=UTC),
        datetime(2011, 11, 10, 3, 21, tzinfo=UTC),
    ]
    assert items[0].summary == "The board acted on Wednesday night."
    assert items[0].link == "https://example.org/a"
    assert items[0].source == "Wire"


def test_atom_entry_uses_updated_when_there_is_no_published(tmp_path: Path) -> None:
    (item,) = read_source(str(write(tmp_path, "wire.atom", ATOM)))
    assert item.published == datetime(2011, 11, 10, 4, 10, tzinfo=UTC)
    assert item.title == "Tom Bradley named interim coach"


def test_json_file_as_list_or_items_object(tmp_path: Path) -> None:
    rows = [{"published": "2011-11-10T03:05:00Z", "title": "Paterno fired", "summary": "s"}]
    a = read_source(write(tmp_path, "a.json", json.dumps(rows)))
    b = read_source(write(tmp_path, "b.json", json.dumps({"items": rows})))
    assert [(it.title, it.published, it.summary) for it in a] == [
        (it.title, it.published, it.summary) for it in b
    ]
    assert a[0].published == datetime(2011, 11, 10, 3, 5, tzinfo=UTC)


def test_time_without_zone_is_read_as_utc() -> None:
    item = item_from_mapping({"published": "2011-11-10 03:05:00", "title": "t"}, where="x")
    assert item.published == datetime(2011, 11, 10, 3, 5, tzinfo=UTC)


def test_mixed_list_of_sources_is_flattened_and_duplicates_dropped(tmp_path: Path) -> None:
    path = write(tmp_path, "wire.xml", RSS)
    dup = {"published": "2011-11-10T03:05:00Z", "title": "Penn State trustees fire Joe Paterno"}
    items = load_items([str(path), dup, {"published": "2011-11-10T05:00:00+00:00", "title": "Other"}])
    assert [it.title for it in items] == [
        "Penn State trustees fire Joe Paterno",
        "Students gather in State College",
        "Other",
    ]


def test_malformed_xml_names_the_file_and_the_position(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.xml", RSS.replace("</item>", "", 1))
    with pytest.raises(NewsError, match=r"bad\.xml is not well-formed XML .*line \d+") as err:
        read_source(path)
    assert "fix the file" in str(err.value)


def test_nonexistent_file_says_so() -> None:
    with pytest.raises(NewsError, match=r"news file .*nope\.xml does not exist; check the path"):
        read_source("/no/such/dir/nope.xml")


def test_feed_with_no_items_is_an_error(tmp_path: Path) -> None:
    empty = '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title></channel></rss>'
    with pytest.raises(NewsError, match=r"empty\.xml has no items"):
        read_source(write(tmp_path, "empty.xml", empty))


def test_item_with_unreadable_date_names_item_and_value(tmp_path: Path) -> None:
    bad = RSS.replace("Thu, 10 Nov 2011 03:21:00 GMT", "sometime last night")
    with pytest.raises(NewsError, match=r"item 2 .*'sometime last night'"):
        read_source(write(tmp_path, "date.xml", bad))


def test_item_without_date_or_title_is_an_error() -> None:
    with pytest.raises(NewsError, match=r"no publication date"):
        load_items([{"title": "Undated"}])
    with pytest.raises(NewsError, match=r"has no title"):
        load_items([{"published": "2011-11-10T03:05:00Z", "title": "  "}])


def test_text_that_is_not_a_feed_is_refused(tmp_path: Path) -> None:
    with pytest.raises(NewsError, match=r"not an RSS or Atom feed|not well-formed"):
        read_source(write(tmp_path, "notes.txt", "just some notes about the news"))


def test_json_with_wrong_shape_is_refused(tmp_path: Path) -> None:
    with pytest.raises(NewsError, match=r"must hold a JSON list of items"):
        read_source(write(tmp_path, "x.json", '{"entries": []}'))


@respx.mock
def test_url_is_fetched_with_httpx() -> None:
    respx.get("https://news.example/wire.xml").mock(return_value=httpx.Response(200, text=RSS))
    items = read_source("https://news.example/wire.xml")
    assert len(items) == 2


@respx.mock
def test_url_errors_become_news_errors() -> None:
    respx.get("https://news.example/gone.xml").mock(return_value=httpx.Response(404))
    respx.get("https://news.example/slow.xml").mock(side_effect=httpx.ConnectTimeout("slow"))
    with pytest.raises(NewsError, match=r"HTTP 404"):
        read_source("https://news.example/gone.xml")
    with pytest.raises(NewsError, match=r"timed out"):
        read_source("https://news.example/slow.xml")


def test_unusable_type_is_refused() -> None:
    with pytest.raises(NewsError, match=r"cannot use int as news"):
        load_items(42)
