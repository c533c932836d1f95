from .conftest import articles, read_all, rejections

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Harbour News</title><link>https://harbour.example</link>
<item><title>Ferry strike ends</title><link>https://harbour.example/ferry</link>
<guid>harbour-1</guid><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Ferry crews returned to work.&lt;/p&gt;&lt;p&gt;Services resume Monday.&lt;/p&gt;</description></item>
<item><title>Port expands</title><link>https://harbour.example/port</link>
<description>The port adds two berths.</description></item>
<item><title>Empty one</title><link>https://harbour.example/empty</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Times</title>
<entry><title>Bridge reopens</title><id>urn:valley:1</id><link href="https://valley.example/bridge"/>
<updated>2024-04-01T08:00:00Z</updated><summary>Short summary.</summary>
<content type="html">&lt;p&gt;The bridge reopened after repairs lasting a year.&lt;/p&gt;</content></entry>
</feed>"""


def test_rss_file_entries(write):
    items = read_all([write("harbour.xml", RSS)])
    first, second = articles(items)
    assert first.id == "harbour-1"
    assert first.text == "Ferry crews returned to work.\n\nServices resume Monday."
    assert (first.title, first.outlet, first.url) == ("Ferry strike ends", "Harbour News", "https://harbour.example/ferry")
    assert first.extra["date"] == "Tue, 05 Mar 2024 10:00:00 GMT"
    assert second.id == "https://harbour.example/port"  # no guid: the link
    [empty] = rejections(items)
    assert empty.reason == "empty" and empty.input.endswith("harbour.xml#3")


def test_atom_prefers_content_over_summary(write):
    [entry] = read_all([write("valley.atom", ATOM)])
    assert entry.text == "The bridge reopened after repairs lasting a year."
    assert entry.outlet == "Valley Times" and entry.id == "urn:valley:1"
    assert entry.extra["date"] == "2024-04-01T08:00:00Z"


def test_xml_that_is_no_feed_is_rejected(write):
    [rejection] = read_all([write("data.xml", "<?xml version='1.0'?><catalog><book>x</book></catalog>")])
    assert rejection.reason == "not-a-feed"


def test_feed_over_http(write, served):
    write("rss.xml", RSS)
    items = read_all([f"{served}/rss.xml"])
    assert [a.title for a in articles(items)] == ["Ferry strike ends", "Port expands"]
    assert articles(items)[0].origin == f"{served}/rss.xml#1"


def test_http_errors_and_size_limit_are_rejections(write, served):
    write("rss.xml", RSS)
    missing, too_big = read_all([f"{served}/nope.xml"]), read_all([f"{served}/rss.xml"], max_bytes=100)
    assert [(r.reason, r.detail) for r in missing] == [("fetch-failed", "HTTP 404")]
    assert [r.reason for r in too_big] == ["too-large"]


def test_unreachable_host_is_a_rejection():
    [rejection] = read_all(["http://127.0.0.1:9/feed.xml"], timeout_s=2)
    assert rejection.reason == "fetch-failed"


def test_injected_fetcher_is_used():
    seen = []

    def fetch(url: str) -> bytes:
        seen.append(url)
        return ATOM.encode()

    [entry] = read_all(["https://valley.example/feed"], fetch=fetch)
    assert seen == ["https://valley.example/feed"] and entry.title == "Bridge reopens"


def test_a_relative_link_is_resolved_and_a_tag_id_is_no_url(write):
    rss = """<?xml version="1.0"?><rss version="2.0"><channel><title>Coast News</title>
<link>https://coast.example/</link><item><title>Bridge cafe</title><link>/news/bridge-cafe</link>
<description>The bridge cafe reopened on Monday after repairs. It was busy.</description></item></channel></rss>"""
    atom = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Coast</title>
<id>tag:coast.example,2024:feed</id><entry><title>Engineers</title><id>tag:coast.example,2024:engineers</id>
<content>Engineers inspected the bridge on Monday. They found cracks.</content></entry></feed>"""
    [cafe] = read_all([write("f.rss", rss)])
    assert cafe.url == "https://coast.example/news/bridge-cafe"
    [engineers] = read_all([write("a.atom", atom)])
    assert engineers.id == "tag:coast.example,2024:engineers" and engineers.url is None
