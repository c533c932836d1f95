import pytest

from newsfuse.story.compare_entities import group_entities
from newsfuse.text.entities import Mention, name_key, token_key


@pytest.mark.parametrize(
    "a, b",
    [("Zelensky", "Zelenskyy"), ("Khrenin", "Hrenin"), ("Dmitry", "Dmitri"), ("Sergey", "Sergei"), ("defence", "defense")],
)
def test_transliteration_variants_share_a_key(a, b):
    assert token_key(a) == token_key(b)


@pytest.mark.parametrize("a, b", [("Khrenin", "Karenina"), ("Putin", "Peskov"), ("Lavrov", "Lukashenko")])
def test_different_names_keep_different_keys(a, b):
    assert token_key(a) != token_key(b)


def test_name_key_drops_stopwords():
    assert name_key("Ministry of Defense of Belarus") == ("ministri", "defense", "belarus")


def _m(article, text, kind="PERSON", start=0):
    return Mention(article, start, start + len(text), text, kind)


def _groups(mentions, articles=()):
    return {g.name: set(g.variants) for g in group_entities(articles, mentions)}


def test_surname_merges_with_the_one_full_name_of_the_story():
    groups = _groups([_m("a", "Vladimir Putin"), _m("b", "Putin"), _m("b", "Zelensky"), _m("c", "Volodymyr Zelenskyy")])
    assert groups["Vladimir Putin"] == {"Vladimir Putin", "Putin"}
    assert {"Zelensky", "Volodymyr Zelenskyy"} <= groups["Volodymyr Zelenskyy"]


def test_surname_shared_by_two_full_names_stays_apart():
    groups = _groups([_m("a", "Kim Jong Un"), _m("a", "Kim Yo Jong"), _m("b", "Kim")])
    assert "Kim" in groups and groups["Kim"] == {"Kim"}


def test_transliteration_merges_but_a_similar_other_name_does_not():
    groups = _groups([_m("a", "Viktor Khrenin"), _m("b", "Viktor Hrenin"), _m("c", "Anna Karenina")])
    assert len(groups) == 2
    assert any(v == {"Viktor Khrenin", "Viktor Hrenin"} for v in groups.values())


def test_truncated_surname_needs_story_context():
    import newsfuse

    arts = newsfuse.clean(
        [
            {"id": "a", "text": "Sergei Lavrov met foreign minister Sergei Alein in Minsk to discuss sanctions."},
            {"id": "b", "text": "Lavrov spoke with the foreign minister, Sergei Aleinik, about sanctions."},
            {"id": "c", "text": "Striker Sergei Aleinikov scored twice in the cup final."},
        ]
    )
    text = {a.id: a.text for a in arts}

    def at(article, name):
        start = text[article].index(name)
        return Mention(article, start, start + len(name), name, "PERSON")

    groups = _groups([at("a", "Sergei Alein"), at("b", "Sergei Aleinik"), at("c", "Sergei Aleinikov")], arts)
    merged = [v for v in groups.values() if "Sergei Alein" in v][0]
    assert "Sergei Aleinik" in merged
    assert "Sergei Aleinikov" not in merged


def test_organisation_names_merge_on_their_head_only():
    groups = _groups(
        [
            _m("a", "Russian defence ministry", "ORG"),
            _m("b", "defense ministry", "ORG"),
            _m("c", "Ministry of Defense of Belarus", "ORG"),
            _m("a", "American Red Cross", "ORG"),
            _m("b", "Red Cross", "ORG"),
            _m("a", "UN Security Council", "ORG"),
            _m("b", "UN", "ORG"),
        ]
    )
    assert groups["Russian defence ministry"] == {"Russian defence ministry", "defense ministry"}
    assert groups["Ministry of Defense of Belarus"] == {"Ministry of Defense of Belarus"}
    assert {"Red Cross", "American Red Cross"} in groups.values()
    assert groups["UN"] == {"UN"}


def test_a_place_ending_a_longer_place_is_another_place():
    groups = _groups(
        [
            _m("a", "People's Republic of China", "PLACE"),
            _m("b", "Republic of China", "PLACE"),
            _m("a", "Democratic Republic of Congo", "PLACE"),
            _m("b", "Republic of Congo", "PLACE"),
        ]
    )
    assert groups["Republic of China"] == {"Republic of China"}
    assert groups["Republic of Congo"] == {"Republic of Congo"}


def test_a_short_name_ending_two_longer_ones_stays_apart_without_context():
    groups = _groups(
        [_m("a", "Russian defence ministry", "ORG"), _m("b", "Belarusian defence ministry", "ORG"), _m("c", "defence ministry", "ORG")]
    )
    assert groups["defence ministry"] == {"defence ministry"}


def test_spelling_with_and_without_hyphen_merges():
    groups = _groups([_m("a", "Al Qaeda", "ORG"), _m("b", "Al-Qaeda", "ORG")])
    assert len(groups) == 1


def test_a_name_with_a_preposition_is_not_ended_by_its_complement():
    groups = _groups(
        [_m("a", "United Nations Framework Convention on Climate Change", "ORG"), _m("b", "Climate Change", "ORG")]
    )
    assert len(groups) == 2


def test_misspelt_surname_merges_only_with_same_first_name_and_context():
    import newsfuse

    arts = newsfuse.clean(
        [
            {"id": "a", "text": "WWF climate expert Hans Verolme said the Bali talks must set targets."},
            {"id": "b", "text": "Hans Verlome, a WWF climate expert, said Bali talks needed targets."},
            {"id": "c", "text": "Anna Verlome won the chess open in Oslo."},
        ]
    )
    text = {a.id: a.text for a in arts}

    def at(article, name):
        start = text[article].index(name)
        return Mention(article, start, start + len(name), name, "PERSON")

    groups = _groups([at("a", "Hans Verolme"), at("b", "Hans Verlome"), at("c", "Anna Verlome")], arts)
    assert {"Hans Verolme", "Hans Verlome"} in groups.values()
    assert {"Anna Verlome"} in groups.values()


def test_surname_particles_are_not_given_names():
    groups = _groups([_m("a", "Avelino da Silva"), _m("b", "Correia da Silva")])
    assert len(groups) == 2


def test_organisation_plural_and_company_suffix():
    groups = _groups(
        [
            _m("a", "Royal Marines", "ORG"),
            _m("b", "Royal Marine", "ORG"),
            _m("a", "Interactive Flight Technologies Inc.", "ORG"),
            _m("b", "Interactive Flight Technologies", "ORG"),
        ]
    )
    assert len(groups) == 2


def test_a_newspaper_is_not_its_city():
    groups = _groups([_m("a", "Buffalo", "PLACE"), _m("b", "Buffalo News", "ORG")])
    assert len(groups) == 2


def test_times_are_not_names(docs_of):
    from newsfuse.text.entities import is_time, mentions

    assert is_time("08:30 BST", "PERSON") and is_time("BST", "ORG") and is_time("Leonids 1998", "PERSON")
    assert not is_time("Beijing 2008", "PLACE") and not is_time("Channel 4", "ORG") and not is_time("Tony Blair", "PERSON")
    docs = docs_of("The four suspects arrived at Kings Cross station at 08:30 BST, police said. By 09:00 BST they were gone.")
    assert not any("BST" in m.text for m in mentions(docs))


def test_a_group_is_typed_by_the_story_evidence_not_the_commonest_tag():
    groups = {
        g.name: g.type
        for g in group_entities(
            (),
            [_m("a", "Bulent Ecevit"), _m("b", "Bulent Ecevit"), _m("a", "Ecevit", "ORG", 30)]
            + [_m("b", "Ecevit", "ORG", 40 + k) for k in range(3)]
            + [_m("a", "Kyiv", "PERSON", 60 + k) for k in range(3)]
            + [_m("b", "Kyiv", "PLACE", 70), _m("c", "Kyiv", "PLACE"), _m("c", "Kyiv", "ORG", 10)]
            + [_m("a", "United Nations", "ORG", 80 + k) for k in range(3)]
            + [_m("b", "United Nations", "PLACE", 90 + k) for k in range(2)],
        )
    }
    assert groups["Bulent Ecevit"] == "PERSON"  # a full name NER called a person
    assert groups["Kyiv"] == "PLACE"  # the story calls it a place twice
    assert groups["United Nations"] == "ORG"  # an organisation typed GPE twice (metonymy) stays one


def test_a_dateline_is_a_place():
    import newsfuse

    arts = newsfuse.clean(
        [
            {"id": "a", "text": "GROZNY, Russia (AP) _ Gunmen abducted three Britons in Grozny on Sunday."},
            {"id": "b", "text": "The Britons were seized in Grozny, officials in Grozny said."},
        ]
    )
    text = {a.id: a.text for a in arts}
    found = [Mention("a", 0, 6, "GROZNY", "ORG")]
    for article, kind in (("a", "ORG"), ("b", "ORG"), ("b", "PERSON")):
        start = text[article].find("Grozny", found[-1].end if found[-1].article == article else 0)
        found.append(Mention(article, start, start + 6, "Grozny", kind))
    (group,) = group_entities(arts, found)
    assert group.type == "PLACE" and group.name == "Grozny"  # capitals of a dateline are no spelling
    un = newsfuse.clean([{"id": "u", "text": "UNITED NATIONS (AP) _ The United Nations met."}])
    at = un[0].text.index("United Nations")
    found = [Mention("u", 0, 14, "UNITED NATIONS", "ORG"), Mention("u", at, at + 14, "United Nations", "ORG")]
    assert group_entities(un, found)[0].type == "ORG"  # the organisation's own dateline


def test_names_ner_cut_at_the_wrong_word_are_mended():
    from newsfuse.text.entities import mend_cut_names

    text = "A spokesman for the Kremlin Dmitry Peskov said the leader of Belarus Alexander Lukashenko met Barksdale of Clark."

    def at(name, kind):
        start = text.index(name)
        return Mention("a", start, start + len(name), name, kind)

    found = [
        at("Kremlin Dmitry", "ORG"), at("Peskov", "PERSON"), at("Belarus", "PLACE"),
        at("Belarus Alexander Lukashenko", "PERSON"), at("Barksdale", "ORG"), at("Barksdale of Clark", "PERSON"),
    ]
    mended = {(m.text, m.type) for m in mend_cut_names(found, text)}
    assert {("Kremlin", "ORG"), ("Dmitry Peskov", "PERSON"), ("Alexander Lukashenko", "PERSON")} <= mended
    assert ("Barksdale of Clark", "PERSON") in mended  # "of" opens no name
    for m in mend_cut_names(found, text):
        assert text[m.start : m.end] == m.text
