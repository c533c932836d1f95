from newsfuse.text.sentences import split_paragraphs, split_sentences


def test_paragraphs_are_lines_with_exact_spans():
    text = "Title line\n\nFirst para. Two sentences.\nSecond para.\n"
    spans = split_paragraphs(text)
    assert [text[s:e] for s, e in spans] == ["Title line", "First para. Two sentences.", "Second para."]


def test_hard_wrapped_block_stays_one_paragraph():
    text = "The senate voted on the bill\nafter a long debate that lasted\nwell into the night, officials said.\n"
    spans = split_paragraphs(text)
    assert len(spans) == 1
    assert text[spans[0][0] : spans[0][1]].endswith("officials said.")


def test_sentences_keep_abbreviations_and_offsets():
    text = "Intro.\nHe arrived on Monday, Dec. 19 at 5 p.m. in the U.S. capital. Then he left."
    start = text.index("He")
    spans = split_sentences(text, start, len(text))
    got = [text[s:e] for s, e in spans]
    assert got == ["He arrived on Monday, Dec. 19 at 5 p.m. in the U.S. capital.", "Then he left."]


def test_sentences_of_whitespace_are_none():
    assert split_sentences("   \n  ") == []
