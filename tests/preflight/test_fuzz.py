"""Bad input gets a clear error and never a traceback: property tests of `signoff.check` and the news edges
of `signoff check` (huge feeds, undated RSS items, Atom, wrong JSON shapes, a dead URL, --jsonl news)."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import signoff
from signoff import InputError, Severity, Verdict
from signoff.preflight.engine import MAX_TEXT_CHARS

AT = datetime(2011, 11, 10, 3, 30, tzinfo=UTC)  # 22:30 ET, the seed story's hot take
FUZZ = settings(
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Pieces that stress tokenizers, span arithmetic and normalisation, mixed with words the checks react to.
NASTY = [
    "😀", "👩‍👩‍👧‍👦", "🇺🇸", "🏳️‍🌈", "👍🏽", "مرحبا بالعالم", "שלום", "\u202e", "\u202d", "\u2066", "\u200f",
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "e\u0301", "\u0301\u0302\u0303", "Z\u0336a\u0336",
    "\x07", "\x1b[31m", "\r\n", "\t", "\x7f", "\u2028", "ﬁ", "İ", "ß", "Ǆ", "ﾟ", "ｆｕｃｋ", "𝐟𝐮𝐜𝐤",
    "丂卄丨ㄒ", "日本語のテキスト", "한국어", "#", "@", "##", "@@", "#idiot", "#noclass",
    "#susanalbumparty", "#JoPa",
    "@elonmusk", "https://example.com/a?b=c#d", "http://", "www.x.co", "$TSLA", "f*ck", "sh1t", "f u c k",
    "Joe Paterno", "Jo Pa", "JoePa", "fired", "dies", "shooting", "RIP", "50% off", "going private at $420",
    "funding secured", "you idiot", "?", "!!!", "...", "'", '"', "<b>", "&amp;", "\\", "{}", "%s",
]

words = st.one_of(
    st.sampled_from(NASTY),
    st.text(st.characters(codec="utf-8"), min_size=1, max_size=12),
    st.text(st.characters(categories=["Mn", "Me", "Cf", "Cc", "Zs", "So"]), min_size=1, max_size=6),
    st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyz"), min_size=200, max_size=600),  # very long words
)
draft_texts = st.lists(words, min_size=1, max_size=40).map(" ".join)
# Anything a caller might pass, including text that is not valid Unicode or not text at all.
any_texts = st.one_of(
    draft_texts,
    st.text(max_size=60),  # may hold lone surrogates and NUL
    st.lists(st.sampled_from(["#tbt", "#fail", "@joe", "@a_b", "https://t.co/xyz", "#", "@"]), max_size=30)
    .map(" ".join),
    st.binary(max_size=40),
    st.sampled_from(["", " ", "\n\t", "\u3000", None, 5, ["text"]]),
)
kinds = st.sampled_from(["person", "brand"])
platforms = st.sampled_from(["x", "mastodon", "bluesky"])
aware_times = st.datetimes(
    min_value=datetime(1900, 1, 2), max_value=datetime(2999, 12, 30), timezones=st.sampled_from([UTC])
)
near_times = st.integers(-72 * 60, 72 * 60).map(lambda m: AT + timedelta(minutes=m))
at_values = st.one_of(
    near_times,
    aware_times,
    near_times.map(lambda d: d.astimezone(UTC).isoformat()),
    st.datetimes(),  # naive: refused
    st.datetimes(timezones=st.timezones()),  # any zone, years 1 to 9999
    st.text(max_size=30),
)
known_headlines = st.sampled_from([
    "Penn State trustees fire Joe Paterno",
    "Paterno out as Penn State coach, update",
    "Shooting at mall kills 5",
    "Earthquake kills hundreds",
    "Company plans to go private",
])
# never blank, so a valid item: a known headline, maybe with random words around it
headlines = st.one_of(
    known_headlines,
    st.tuples(draft_texts, known_headlines, draft_texts).map(" ".join),
)
item_times = st.one_of(
    near_times.map(lambda d: d.isoformat()),
    near_times.map(lambda d: d.timestamp()),
    st.datetimes(timezones=st.timezones()).map(lambda d: d.isoformat()),
    st.integers(-(10**15), 10**15),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["", "yesterday", "Thu, 10 Nov 2011 03:05:00 GMT", "Thu, 99 Nov 2011 03:05:00 GMT"]),
    st.none(),
)
good_items = st.fixed_dictionaries(
    {"published": near_times.map(lambda d: d.isoformat()), "title": headlines},
    optional={"summary": draft_texts},
)
odd_items = st.fixed_dictionaries(
    {
        "published": item_times,
        "title": st.one_of(headlines, draft_texts, st.text(max_size=20), st.none(), st.integers()),
    },
    optional={
        "summary": st.one_of(st.text(max_size=40), st.none(), st.lists(st.text(max_size=3), max_size=2)),
        "link": st.one_of(st.text(max_size=10), st.integers()),
        "source": st.one_of(st.text(max_size=10), st.integers()),
    },
)
news_values = st.one_of(
    st.none(),
    st.lists(good_items, max_size=6),
    st.lists(st.one_of(good_items, odd_items), max_size=4),
    st.sampled_from([[], [[]], 5, "", "\x00", "no/such/feed.xml", "a\ud800b", b"<rss/>", {"title": "x"}]),
)


def assert_well_formed(verdict: Any, text: str) -> None:
    assert isinstance(verdict, Verdict)
    assert verdict.verdict in ("pass", "review", "hold")
    assert verdict.text == text
    worst = max((f.severity for f in verdict.findings), default=Severity.INFO)
    if verdict.findings and worst == Severity.HOLD:
        assert verdict.verdict == "hold"
    for f in verdict.findings:
        assert isinstance(f.severity, Severity)
        assert f.code.startswith("SO") and f.message
        if f.span is not None:
            assert 0 <= f.span.start <= f.span.end <= len(text), (f.code, f.span, len(text))
        json.dumps(f.to_dict(), ensure_ascii=False)  # the CLI's json output must be able to print it


def check_or_input_error(text: Any, **kwargs: Any) -> Verdict | None:
    try:
        verdict = signoff.check(text, **kwargs)
    except InputError as exc:
        assert str(exc).strip(), "an InputError must say what is wrong"
        return None
    assert_well_formed(verdict, text.decode("utf-8") if isinstance(text, bytes) else text)
    return verdict


@FUZZ
@given(
    text=draft_texts,
    account_kind=kinds,
    platform=platforms,
    at=near_times,
    news=st.lists(good_items, max_size=5),
)
def test_valid_input_always_gets_a_verdict_with_spans_inside_the_text(
    text: str, account_kind: str, platform: str, at: datetime, news: list[dict[str, Any]]
) -> None:
    if not text.strip() or "\x00" in text or len(text) > MAX_TEXT_CHARS:
        return
    verdict = signoff.check(text, account_kind=account_kind, platform=platform, at=at, news=news)
    assert_well_formed(verdict, text)


@settings(FUZZ, max_examples=300)
@given(text=any_texts, account_kind=kinds, platform=platforms, at=at_values, news=news_values)
def test_any_input_gets_a_verdict_or_an_input_error(
    text: Any, account_kind: str, platform: str, at: Any, news: Any
) -> None:
    check_or_input_error(text, account_kind=account_kind, platform=platform, at=at, news=news)


@settings(FUZZ, max_examples=30)
@given(
    account_kind=st.one_of(kinds, st.text(max_size=8), st.none()),
    platform=st.one_of(platforms, st.text(max_size=8), st.integers()),
)
def test_unknown_account_kind_or_platform_is_an_input_error(account_kind: Any, platform: Any) -> None:
    ok = account_kind in ("person", "brand") and platform in ("x", "mastodon", "bluesky")
    verdict = check_or_input_error("Thanks everyone!", account_kind=account_kind, platform=platform, at=AT)
    assert (verdict is not None) == ok


@settings(FUZZ, max_examples=8)
@given(filler=st.sampled_from(NASTY), account_kind=kinds, platform=platforms)
def test_twenty_thousand_character_drafts_get_a_verdict(
    filler: str, account_kind: str, platform: str
) -> None:
    text = ("How do you fire Jo Pa? #insult " + filler + " ") * 2000
    text = text[:MAX_TEXT_CHARS]
    verdict = signoff.check(text, account_kind=account_kind, platform=platform, at=AT)
    assert_well_formed(verdict, text)
    assert verdict.verdict != "pass"  # over every platform's length limit


@pytest.mark.parametrize(
    "at", ["0001-01-01T00:00:00+00:00", "0001-01-01T00:00:00+05:00", "9999-12-31T23:59:59-05:00",
           "9999-12-31T23:59:59+00:00", datetime(1, 1, 1, tzinfo=UTC)],
)
def test_a_posting_time_at_the_edge_of_the_calendar_is_an_input_error(at: Any) -> None:
    with pytest.raises(InputError, match="out of range|time"):
        signoff.check("Thanks everyone!", at=at)


@pytest.mark.parametrize(
    "published", [10**20, -(10**12), float("nan"), float("inf"), "0001-01-01T00:00:00+05:00",
                  "9999-12-31T23:59:59-05:00"],
)
def test_a_news_date_out_of_range_is_a_news_error(published: Any) -> None:
    with pytest.raises(signoff.NewsError, match="item 1"):
        signoff.check("Thanks everyone!", at=AT, news=[{"published": published, "title": "Paterno fired"}])


@pytest.mark.parametrize("source", ["feed\x00.xml", "feed\ud800.xml"])
def test_a_news_path_that_cannot_be_a_file_name_is_a_news_error(source: str) -> None:
    with pytest.raises(signoff.NewsError, match="file name"):
        signoff.check("Thanks everyone!", at=AT, news=source)


def test_a_lone_surrogate_in_a_news_title_is_a_news_error() -> None:
    with pytest.raises(signoff.NewsError, match="item 1.*not valid Unicode"):
        signoff.check(
            "Joe Paterno", at=AT, news=[{"published": "2011-11-10T03:05:00Z", "title": "Joe \ud800 Pa"}]
        )


@pytest.mark.parametrize("ref", ["&#xD800;", "&#x110000;", "&#99999999999;"])
def test_a_feed_with_a_character_reference_that_is_no_character_is_a_news_error(
    tmp_path: Path, ref: str
) -> None:
    feed = tmp_path / "refs.xml"  # not well-formed, so feedparser falls back to its loose parser
    feed.write_text(
        f"<rss><channel><item><title>Joe {ref} Paterno</title>"
        "<pubDate>Thu, 10 Nov 2011 03:00:00 GMT</pubDate></item></channel></rss>",
        encoding="utf-8",
    )
    with pytest.raises(signoff.NewsError, match="refs.xml"):
        signoff.check("Joe Paterno", at=AT, news=str(feed))


# ---- the CLI: news feeds at their edges --------------------------------------------------------------


def signoff_cmd() -> list[str]:
    exe = Path(sys.executable).parent / "signoff"
    return [str(exe)] if exe.is_file() else [sys.executable, "-c", "from signoff.cli.app import main; main()"]


def run(*args: str, stdin: bytes | None = None, timeout: float = 60) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [*signoff_cmd(), *args], input=stdin, capture_output=True, timeout=timeout, check=False
    )


def rss(items: list[str]) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Wire</title>'
        + "".join(items)
        + "</channel></rss>"
    )


def rss_item(title: str, when: datetime | None) -> str:
    date = f"<pubDate>{when.strftime('%a, %d %b %Y %H:%M:%S +0000')}</pubDate>" if when else ""
    return f"<item><title>{title}</title>{date}<description>{title}.</description></item>"


def test_a_feed_of_5000_items_still_holds_the_hot_take_quickly(tmp_path: Path) -> None:
    filler = [
        rss_item(f"Council {i} approves budget for road number {i}", AT - timedelta(days=2, minutes=i))
        for i in range(4998)
    ]
    story = [
        rss_item("Penn State trustees fire Joe Paterno", AT - timedelta(minutes=25)),
        rss_item("Paterno fired as Penn State coach amid scandal", AT - timedelta(minutes=10)),
    ]
    feed = tmp_path / "big.xml"
    feed.write_text(rss(filler + story), encoding="utf-8")
    proc = run("check", "How do you fire Jo Pa? #insult #noclass", "--news", str(feed),
               "--at", AT.isoformat(), "--format", "json")
    assert proc.returncode == 1, proc.stderr.decode()
    verdict = json.loads(proc.stdout)
    assert verdict["verdict"] == "hold" and "SO201" in [f["code"] for f in verdict["findings"]]


def test_an_rss_item_without_a_date_is_skipped_with_a_warning_naming_it(tmp_path: Path) -> None:
    feed = tmp_path / "undated.xml"
    feed.write_text(rss([rss_item("Paterno fired", AT), rss_item("Undated story", None)]), encoding="utf-8")
    proc = run("check", "Thanks everyone!", "--news", str(feed), "--at", AT.isoformat())
    err = proc.stderr.decode()
    assert proc.returncode == 0
    assert "item 2" in err and "has no date" in err and "skipped" in err and "Traceback" not in err


def test_a_feed_whose_items_all_lack_a_date_exits_2(tmp_path: Path) -> None:
    feed = tmp_path / "undated.xml"
    feed.write_text(rss([rss_item("Undated story", None)]), encoding="utf-8")
    proc = run("check", "Thanks everyone!", "--news", str(feed), "--at", AT.isoformat())
    err = proc.stderr.decode()
    assert proc.returncode == 2
    assert "none of its 1 item(s) has a publication date" in err and "Traceback" not in err


def test_an_atom_feed_is_read(tmp_path: Path) -> None:
    feed = tmp_path / "wire.atom"
    feed.write_text(
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>'
        '<id>urn:wire</id><updated>2011-11-10T03:20:00Z</updated>'
        "<entry><title>Penn State trustees fire Joe Paterno</title><id>urn:1</id>"
        "<updated>2011-11-10T03:05:00Z</updated><summary>Trustees fired coach Joe Paterno.</summary></entry>"
        "</feed>",
        encoding="utf-8",
    )
    proc = run("check", "How do you fire Jo Pa? #insult #noclass", "--news", str(feed),
               "--at", AT.isoformat(), "--format", "json")
    assert proc.returncode == 1, proc.stderr.decode()
    findings = json.loads(proc.stdout)["findings"]
    assert any(f["code"] == "SO201" and "Paterno" in json.dumps(f["evidence"]) for f in findings)


@pytest.mark.parametrize(
    ("doc", "says"),
    [
        ({"headlines": []}, "must hold a JSON list"),
        ("just a string", "must hold a JSON list"),
        ([1, 2], "item 1: must be an object"),
        ([{"title": "x"}], "no publication date"),
        ([{"published": "2011-11-10T03:05:00Z"}], "no title"),
        (
            [{"published": "2011-11-10T03:05:00Z", "title": "x", "summary": 5}],
            '"summary" and "link" must be text',
        ),
        ({"items": {"published": "2011-11-10T03:05:00Z", "title": "x"}}, "must hold a JSON list"),
        ([], "has no items"),
    ],
)
def test_a_json_news_file_of_the_wrong_shape_exits_2_with_a_clear_error(
    tmp_path: Path, doc: Any, says: str
) -> None:
    feed = tmp_path / "news.json"
    feed.write_text(json.dumps(doc), encoding="utf-8")
    proc = run("check", "Thanks everyone!", "--news", str(feed), "--at", AT.isoformat())
    err = proc.stderr.decode()
    assert proc.returncode == 2
    assert says in err and "news.json" in err and "Traceback" not in err


def closed_port() -> int:
    with socket.socket() as s:  # bound but never listening: connections are refused
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_feed_url_on_a_closed_port_exits_2_without_hanging() -> None:
    url = f"http://127.0.0.1:{closed_port()}/feed.xml"
    # run() raises TimeoutExpired if the CLI hangs on the refused connection
    proc = run("check", "Thanks everyone!", "--news", url, "--at", AT.isoformat(), timeout=30)
    err = proc.stderr.decode()
    assert proc.returncode == 2
    assert f"cannot fetch {url}" in err and "Traceback" not in err


def test_jsonl_lines_with_news_of_the_wrong_type_fail_alone(tmp_path: Path) -> None:
    good_news = [
        {"published": "2011-11-10T03:05:00Z", "title": "Penn State trustees fire Joe Paterno"},
        {"published": "2011-11-10T03:20:00Z", "title": "Paterno fired as Penn State coach amid scandal"},
    ]
    hot = "How do you fire Jo Pa? #insult #noclass"
    untitled = [{"published": "2011-11-10T03:05:00Z"}]
    url = f"http://127.0.0.1:{closed_port()}/feed.xml"
    lines = [
        {"id": "str", "text": "hi", "at": AT.isoformat(), "news": "feed.xml"},
        {"id": "dict", "text": "hi", "at": AT.isoformat(), "news": good_news[0]},
        {"id": "int", "text": "hi", "at": AT.isoformat(), "news": 5},
        {"id": "paths", "text": "hi", "at": AT.isoformat(), "news": [url]},  # never fetched per line
        {"id": "ints", "text": "hi", "at": AT.isoformat(), "news": [1, 2]},
        {"id": "untitled", "text": "hi", "at": AT.isoformat(), "news": untitled},
        {"id": "hot", "text": hot, "at": AT.isoformat(), "news": good_news},
        {"id": "ok", "text": "Thanks everyone!", "at": AT.isoformat()},
    ]
    path = tmp_path / "drafts.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in lines) + "\n", encoding="utf-8")
    proc = run("check", "--jsonl", str(path))
    assert proc.returncode == 2, proc.stderr.decode()
    out = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert [r["id"] for r in out] == [r["id"] for r in lines]
    by_id = {r["id"]: r for r in out}
    for bad in ("str", "dict", "int", "paths", "ints"):
        assert '"news" must be a list' in by_id[bad]["error"], by_id[bad]
    assert "no title" in by_id["untitled"]["error"]
    assert by_id["hot"]["verdict"] == "hold"
    assert by_id["ok"]["verdict"] == "pass"
