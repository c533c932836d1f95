from newsfuse.ingest.text import markdown_title

from .conftest import articles, read_all, rejections


def test_plain_text_is_kept_as_open_reads_it_and_id_is_the_stem(write):
    raw = "  Headline here\r\n\r\nFirst paragraph.\tTabs stay.\n\n\nLast line without newline"
    path = write("story-42.txt", raw)
    [article] = read_all([path])
    with open(path, encoding="utf-8") as fh:
        assert article.text == fh.read()  # universal newlines, no stripping: spans index open(path).read()
    assert article.id == "story-42"
    assert article.origin == str(path)
    assert article.title is None
    assert article.extra["format"] == "text"


def test_line_ends_and_a_bom_keep_the_offsets_open_gives(write):
    """A checker reads a file with open(): Windows and old Mac line ends are "\\n" there,
    and a UTF-8 byte-order mark is one character (here a space), so every span holds."""
    path = write("a.txt", b"Line one.\r\nLine two.\rLine three.\r\n")
    [article] = read_all([path])
    assert article.text == "Line one.\nLine two.\nLine three.\n"
    path = write("b.txt", b"\xef\xbb\xbfLine one.\r\nLine two.")
    [article] = read_all([path])
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    assert text[0] == "\ufeff" and article.text == " " + text[1:]
    start = article.text.index("Line two.")
    assert text[start : start + len("Line two.")] == "Line two."


def test_summary_spans_of_a_crlf_file_index_open_read(tmp_path):
    import newsfuse
    from newsfuse.embed import HashingEmbedder
    from newsfuse.story.wording import is_subsequence

    story = ("The council approved the budget on Monday after a long debate.\r\n\r\n"
             "The mayor said the new park would open in the spring of next year.\r\n\r\n"
             "Opponents said the vote came too quickly for residents to respond.\r\n")
    path = tmp_path / "council.txt"
    path.write_bytes(b"\xef\xbb\xbf" + story.encode())
    report = newsfuse.summarize([*newsfuse.clean([str(path)])], 60, compare=False, embedder=HashingEmbedder())
    with open(path, encoding="utf-8") as fh:
        original = fh.read()
    assert report.summary
    for s in report.summary:
        c = s.citations[0]
        assert is_subsequence(s.text, original[c.start : c.end])


def test_markdown_title_from_leading_heading_and_text_untouched(write):
    raw = "\n# Floods hit the north ##\n\nRivers burst their banks on *Sunday*.\n"
    [article] = read_all([write("floods.md", raw)])
    assert article.title == "Floods hit the north"
    assert article.text == raw
    assert article.extra["format"] == "markdown"


def test_markdown_without_heading_has_no_title(write):
    [article] = read_all([write("note.md", "Just a paragraph, ## not a heading.\n")])
    assert article.title is None


def test_markdown_front_matter_fields(write):
    raw = "---\ntitle: \"Budget passes\"\ndate: 2024-02-01\nsource: Gazette\nauthor: J. Doe\n---\n# Other\n\nText.\n"
    [article] = read_all([write("budget.md", raw)])
    assert article.title == "Budget passes"
    assert article.outlet == "Gazette"
    assert article.extra["date"] == "2024-02-01"
    assert article.extra["author"] == "J. Doe"
    assert article.text == raw


def test_setext_title():
    assert markdown_title("Big news\n========\n\nBody") == "Big news"
    assert markdown_title("Body first\n\n# Late heading") is None


def test_extensionless_file_is_sniffed(write):
    path = write("README", "Plain words in a file without an extension.")
    [article] = read_all([path])
    assert article.extra["format"] == "text"


def test_stdin_reads_and_ids_by_content():
    import io

    items = read_all(["-"], stdin=io.BytesIO(b"Words from a pipe."))
    [article] = articles(items)
    assert article.text == "Words from a pipe."
    assert article.origin == "stdin"
    again = articles(read_all(["-"], stdin=io.BytesIO(b"Words from a pipe.")))[0]
    assert again.id == article.id and len(article.id) == 16
    assert not rejections(items)


def test_stdin_json_lines_are_sniffed():
    import io

    data = b'{"id": "a", "text": "One."}\n{"id": "b", "text": "Two."}\n'
    items = read_all(["-"], stdin=io.BytesIO(data))
    assert [a.id for a in articles(items)] == ["a", "b"]


def test_front_matter_is_metadata_with_any_line_ends_and_no_blank_line_after_it(write):
    """Front matter is never body text (it leaked into summaries and timelines), and is
    read from a Windows file too (\\r\\n: its title, outlet and date were lost)."""
    from newsfuse.cleaning import clean_article

    body = "The city council voted on Tuesday to keep tolls on the harbour bridge. The vote was close."
    for name, text in (("glued.md", f"---\ntitle: Tolls stay\nsource: City Wire\ndate: 2024-03-12\n---\n{body}\n"),
                       ("windows.md", f"---\r\ntitle: Tolls stay\r\nsource: City Wire\r\ndate: 2024-03-12\r\n---\r\n\r\n{body}\r\n")):
        [article] = read_all([write(name, text)])
        cleaned = clean_article(article)
        assert (cleaned.title, cleaned.outlet, str(cleaned.published)) == ("Tolls stay", "City Wire", "2024-03-12"), name
        paragraphs = [(u.kind, cleaned.unit_text(u)) for u in cleaned.paragraphs]
        assert paragraphs[0][0] == "metadata" and paragraphs[1] == ("body", body), name
        assert all("title:" not in cleaned.unit_text(u) for u in cleaned.body_sentences)


def test_front_matter_after_a_utf8_bom_is_still_metadata(write):
    path = write("bom.md", b"\xef\xbb\xbf---\ntitle: Budget passes\nsource: Daily News\n---\n\nBody text.\n")
    [article] = read_all([path])
    assert (article.title, article.outlet) == ("Budget passes", "Daily News")
    assert article.text[article.extra["front_matter_chars"] :].strip() == "Body text."
