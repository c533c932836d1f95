import math

import pytest

from newsfuse.text.figures import extract_figures, parse_amount


@pytest.mark.parametrize(
    "words, low, high, approximate",
    [
        ("35", 35, 35, False),
        ("about 9,000", 7650, 10350, True),
        ("several thousand", 3000, 9000, True),
        ("three and a half", 3.5, 3.5, False),
        ("nearly a dozen", 10.2, 13.8, True),
        ("more than 40", 40, math.inf, True),
        ("tens of thousands", 20000, 99000, True),
    ],
)
def test_parse_amount_ranges(words, low, high, approximate):
    value, lo, hi, approx = parse_amount(words.split())
    assert lo == pytest.approx(low) and hi == pytest.approx(high) and approx is approximate


def test_no_amount_in_plain_words():
    assert parse_amount(["the", "ministry"]) is None


def test_figures_know_what_they_count(docs_of):
    docs = docs_of(
        "Officials said Russia had dispatched 35 attack drones nationwide, including 23 over Kyiv. "
        "Strikes left around 14,000 people without power. Trade reached $38.5 billion in 2021. "
        "The attack caused emergency blackouts in a dozen regions."
    )
    figures = {f.text: f for f in extract_figures(docs)}
    assert figures["35 attack drones"].counts_key == "drone"
    assert figures["23"].counts == "attack drones"  # the bare number counts what came before
    assert figures["around 14,000 people"].approximate
    assert figures["a dozen regions"].counts_key == "region"  # "dozen" parsed as a compound of "regions"
    money = figures["$38.5 billion"]
    assert money.kind == "money" and money.unit == "USD" and money.value == 38.5e9
    assert not any("2021" in t for t in figures)  # a year is a date, not a figure
    for f in figures.values():
        assert docs.article.text[f.start : f.end] == f.text


def test_durations_are_figures_but_dates_are_not(docs_of):
    docs = docs_of("Putin visited Belarus for the first time in three and a half years, his first trip since 2019.")
    figures = extract_figures(docs)
    assert [(f.kind, f.unit, f.value) for f in figures] == [("duration", "years", 3.5)]


def test_a_count_of_other_ones_is_not_a_total(docs_of):
    docs = docs_of("Estrada declared Catanduanes and three other provinces under a state of calamity. Four provinces were hit.")
    keys = {f.text: f.counts_key for f in extract_figures(docs)}
    assert keys["three other provinces"] == "other province"
    assert keys["Four provinces"] == "province"


def test_the_year_a_sentence_places_its_figure_in(docs_of):
    docs = docs_of(
        "In 1966 the Leonids put on a show, with tens of thousands of meteors an hour. "
        "Showers may produce hundreds of meteors. It was the worst storm since 1833, with 40 deaths."
    )
    years = {f.text: f.year for f in extract_figures(docs)}
    assert years["tens of thousands of meteors"] == 1966
    assert years["hundreds of meteors"] is None
    assert years["40 deaths"] is None  # "since 1833" bounds a span, it places nothing
