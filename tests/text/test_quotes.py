from newsfuse.text.entities import mentions
from newsfuse.text.quotes import extract_quotes, find_quotations


def _quotes(docs_of, nlp_models, text):
    docs = docs_of(text)
    return extract_quotes(docs, mentions(docs), nlp_models)


def test_find_quotations_keeps_nested_quotes_inside_the_outer_one():
    text = 'He said, "before the "special operation", trade rose." Then "more".'
    spans = [text[s:e] for s, e in find_quotations(text)]
    assert spans == ['before the "special operation", trade rose.', "more"]


def test_curly_quotes_and_apostrophes():
    text = "Putin’s aide said “it’s not feasible” today."
    assert [text[s:e] for s, e in find_quotations(text)] == ["it’s not feasible"]


def test_speaker_after_the_quote_and_he_said_resolved(docs_of, nlp_models):
    text = (
        '"Difficult times require political will," Alexander Lukashenko told Vladimir Putin.\n\n'
        '"The main issues lately have been defence and security," he added.'
    )
    quotes = _quotes(docs_of, nlp_models, text)
    assert [q.speaker for q in quotes] == ["Alexander Lukashenko", "Alexander Lukashenko"]
    assert quotes[1].speaker_from == "pronoun"
    assert not any(q.partial for q in quotes)


def test_he_said_goes_to_the_person_named_before(docs_of, nlp_models):
    text = (
        "President Volodymyr Zelensky urged allies to supply more weapons on Monday.\n\n"
        '"Russian aggression can and must fail," he told the leaders assembled in Riga.'
    )
    (quote,) = _quotes(docs_of, nlp_models, text)
    assert quote.speaker == "Volodymyr Zelensky"


def test_the_ministry_said_resolves_to_the_named_ministry(docs_of, nlp_models):
    text = (
        "The Russian defence ministry released footage of drills in Belarus.\n\n"
        'The ministry said: "There is not a single second of silence at the training grounds."'
    )
    (quote,) = _quotes(docs_of, nlp_models, text)
    assert quote.speaker == "Russian defence ministry"
    assert quote.speaker_from == "noun"
    assert text[quote.speaker_start : quote.speaker_end] == "Russian defence ministry"


def test_partial_quote_inside_a_paraphrase_is_marked_partial(docs_of, nlp_models):
    text = "Kremlin spokesman Dmitry Peskov denied the reports and termed them \"totally stupid, groundless fabrications.\""
    (quote,) = _quotes(docs_of, nlp_models, text)
    assert quote.speaker == "Dmitry Peskov"
    assert quote.partial
    assert quote.text.startswith("totally stupid")


def test_scare_quotes_and_quoted_names_are_not_quotes(docs_of, nlp_models):
    text = (
        'Russia launched a "kamikaze" drone attack in Ukraine.\n\n'
        'Ukraine said it downed Iranian-made "Shaheds" over the capital.'
    )
    assert _quotes(docs_of, nlp_models, text) == ()


def test_a_paraphrase_is_never_a_quote(docs_of, nlp_models):
    text = "Putin said that the most important thing is the development of economic cooperation."
    assert _quotes(docs_of, nlp_models, text) == ()


def test_spans_point_into_the_original_text(docs_of, nlp_models):
    text = '“If some problems are still unresolved, we have to find a solution. We came here to find it,” Putin said.'
    docs = docs_of(text)
    quotes = extract_quotes(docs, mentions(docs), nlp_models)
    assert len(quotes) == 2  # one quotation, two sentences
    assert {q.quotation for q in quotes} == {quotes[0].quotation}
    for q in quotes:
        assert docs.article.text[q.start : q.end] == q.text
        assert q.speaker == "Putin"


def test_titles_are_not_part_of_the_speaker_name(docs_of, nlp_models):
    text = '"We will not negotiate," Foreign Minister Abel Matutes said.'
    (quote,) = _quotes(docs_of, nlp_models, text)
    assert quote.speaker == "Abel Matutes"


def test_a_quoted_word_is_never_the_speaker(docs_of, nlp_models):
    text = (
        '"To deal with internal and foreign questions, Turkey needs, as soon as possible, '
        'a solid and healthy government," Bulent Ecevit told reporters.'
    )
    (quote,) = _quotes(docs_of, nlp_models, text)
    assert quote.speaker == "Bulent Ecevit"


def test_a_quote_inside_the_speakers_own_phrase_describes_the_speaker(docs_of, nlp_models):
    text = (
        'The Australian has reported that an internet website "run by associates of Mahmoud Ahmadinejad" '
        "states that the sailors will be tried."
    )
    assert _quotes(docs_of, nlp_models, text) == ()


def test_a_title_alone_is_not_the_speaker(docs_of, nlp_models):
    text = '"The Constitution provides our compass," said Rep. Edward Pease, R-Ind. "I intend to follow it."'
    speakers = {q.speaker for q in _quotes(docs_of, nlp_models, text)}
    assert speakers and not speakers & {"Rep.", "Rep"}
