"""The summary's contract: the budget, words taken in order from the first cited span,
citations of every article that reports a fact, and the API's inputs and outputs."""

from __future__ import annotations

import json

import pytest

import newsfuse
from newsfuse.embed import HashingEmbedder
from newsfuse.model import Article
from newsfuse.story.summarize import summarize
from newsfuse.story.wording import is_subsequence

WIRE = (
    "Flooding forced the evacuation of 12,000 residents from the river town of Arlen on Tuesday, "
    "officials said. The river rose four metres overnight after three days of heavy rain in the "
    "northern hills. Emergency crews used boats to reach families trapped on the roofs of their homes. "
    "The regional governor declared a state of emergency and asked the army for help. Forecasters "
    "expect more rain on Thursday, and the river is not expected to fall before the weekend."
)
OTHER = (
    "The regional governor of the northern province declared a state of emergency on Tuesday. "
    "Schools in Arlen and four nearby villages will stay closed for the rest of the week. "
    "Insurance companies said they were sending assessors to the flooded districts on Wednesday. "
    "A local football club opened its stadium to families who had to leave their homes."
)


@pytest.fixture(scope="module")
def embedder():
    return HashingEmbedder()


def check_contract(report, articles, budget):
    text_of = {a.id: a.text for a in articles}
    data = json.loads(json.dumps(report.to_dict()))
    assert sum(len(s["text"].split()) for s in data["summary"]) <= budget
    for s in data["summary"]:
        first = s["citations"][0]
        assert set(first) == {"article", "outlet", "start", "end"}
        assert is_subsequence(s["text"], text_of[first["article"]][first["start"] : first["end"]])


def test_a_copy_run_by_two_outlets_becomes_one_fact_citing_both(embedder):
    articles = [
        {"id": "wire-1", "text": WIRE, "source": "Daily Post"},
        {"id": "wire-2", "text": WIRE, "source": "Evening Star"},
        {"id": "other", "text": OTHER, "source": "Province News"},
    ]
    report = summarize(articles, 60, embedder=embedder)
    assert report.summary
    for s in report.summary:
        cited = {c.article for c in s.citations}
        if s.citations[0].article.startswith("wire"):
            assert {"wire-1", "wire-2"} <= cited
    copied = [f for f in report.facts if {"wire-1", "wire-2"} <= set(f.articles)]
    assert len(copied) == 5  # each of the five wire sentences is one fact, not two
    assert all(f.outlets[:2] == ("Daily Post", "Evening Star") for f in copied)
    check_contract(report, newsfuse.clean(articles), 60)


@pytest.mark.parametrize("budget", [5, 17, 40, 120])
def test_never_exceeds_the_budget(embedder, budget):
    articles = [{"id": "a", "text": WIRE}, {"id": "b", "text": OTHER}]
    report = summarize(articles, budget, embedder=embedder)
    assert report.words <= budget
    assert report.meta["words"] == budget


@pytest.mark.parametrize("budget", [0, -3, 2.5, "120", True])
def test_a_budget_that_is_no_word_count_is_a_clear_error(embedder, budget):
    with pytest.raises(ValueError, match="max_words"):
        summarize([{"id": "a", "text": WIRE}], budget, embedder=embedder)


def test_accepts_raw_and_cleaned_articles(embedder):
    raw = Article(id="raw", text=WIRE)
    cleaned = newsfuse.clean([{"id": "clean", "text": OTHER}])[0]
    report = summarize([raw, cleaned], 80, embedder=embedder)
    assert {a.id for a in report.articles} == {"raw", "clean"}
    assert all(a.units for a in report.articles)
    assert report.summary


def test_json_is_report_to_dict_and_compare_off_is_slim(embedder):
    report = summarize([{"id": "a", "text": WIRE}], 50, compare=False, embedder=embedder)
    data = report.to_dict()
    assert data["facts"] == []
    assert [s["text"] for s in data["summary"]] == [s.text for s in report.summary]


def test_comparer_hook_gets_the_facts_and_fills_the_report(embedder):
    seen = {}

    def comparer(articles, facts):
        seen["facts"] = facts
        return {"timeline": ("t",), "quotes": ()}

    report = summarize([{"id": "a", "text": WIRE}, {"id": "b", "text": OTHER}], 50,
                       embedder=embedder, comparer=comparer)
    assert seen["facts"] and all(f.sentences for f in seen["facts"])
    assert report.timeline == ("t",)
    no_compare = summarize([{"id": "a", "text": WIRE}], 50, compare=False, embedder=embedder, comparer=comparer)
    assert no_compare.timeline == ()


def test_a_failing_comparison_keeps_the_summary(embedder):
    def comparer(articles, facts):
        raise ValueError("day is out of range for month")

    report = summarize([{"id": "a", "text": WIRE}, {"id": "b", "text": OTHER}], 50,
                       embedder=embedder, comparer=comparer)
    assert report.summary and report.quotes == ()
    assert "day is out of range" in report.to_dict()["meta"]["comparison_error"]


def test_lead_sentence_leads(embedder):
    report = summarize([{"id": "a", "text": WIRE}, {"id": "b", "text": WIRE.replace("Arlen", "Arlen town")}],
                       40, embedder=embedder)
    assert report.summary[0].text.startswith("Flooding forced the evacuation")


def test_the_headline_is_a_cited_articles_title_never_an_uncited_ones(embedder):
    weather = "Low pressure will move northeast over the lakes on Thursday, with snow in the hills and rain on the coast."
    articles = [
        {"id": "weather", "title": "NATIONAL FORECAST", "text": weather},
        {"id": "a", "text": WIRE},
        {"id": "a2", "text": WIRE},
    ]
    report = summarize(articles, 20, embedder=embedder)  # room for the lead alone
    assert [{c.article for c in s.citations} for s in report.summary] == [{"a", "a2"}]
    assert report.headline is None  # not the forecast's title
    articles[2]["title"] = "Arlen evacuated"
    assert summarize(articles, 20, embedder=embedder).headline == "Arlen evacuated"


FRENCH = (
    "Les inondations ont forcé l'évacuation de 12 000 habitants de la ville d'Arlen mardi, selon les autorités. "
    "La rivière est montée de quatre mètres pendant la nuit après trois jours de fortes pluies dans les collines. "
    "Les secours ont utilisé des bateaux pour atteindre les familles réfugiées sur les toits de leurs maisons. "
    "Le gouverneur de la région a déclaré l'état d'urgence et a demandé l'aide de l'armée pour les évacuations."
)


def test_the_summary_speaks_the_storys_language(embedder):
    """A page in another language filed with the story is never shown (it may be cited):
    the story's language is the one most of its text is in."""
    articles = [{"id": "a", "text": WIRE + " " + OTHER}, {"id": "b", "text": WIRE}, {"id": "fr", "text": FRENCH}]
    report = summarize(articles, 100, embedder=embedder)
    assert report.summary and all(s.citations[0].article != "fr" for s in report.summary)
    check_contract(report, newsfuse.clean(articles), 100)
    two = summarize([{"id": "a", "text": WIRE + " " + OTHER}, {"id": "fr", "text": FRENCH}], 100, embedder=embedder)
    assert {s.citations[0].article for s in two.summary} == {"a"}
    # a short brief the detector cannot read (a list of names) neither votes nor is hidden
    brief = {"id": "brief", "text": "Arlen Mayor Tom Reyes, Gov. Ana Silva and Col. Jim Park toured the flooded streets."}
    cited = {s.citations[0].article for s in summarize([articles[0], brief], 100, embedder=embedder).summary}
    assert "a" in cited


def test_empty_story_gives_an_empty_summary(embedder):
    report = summarize([{"id": "a", "text": "Short note."}], 50, embedder=embedder)
    assert report.summary == ()
    assert report.meta["no_summary"] == "no sentence of these articles can stand alone"


def test_an_empty_summary_says_when_the_budget_is_the_reason(embedder):
    report = summarize([{"id": "a", "text": WIRE}], 5, compare=False, embedder=embedder)
    assert report.summary == ()
    assert report.meta["no_summary"].startswith("no sentence that can stand alone fits in 5 words")
    assert "no_summary" not in summarize([{"id": "a", "text": WIRE}], 60, compare=False, embedder=embedder).meta


# "It was the worst flood ..." needs the sentence before it: shown only right after it.
FLOOD_A = (
    "Flooding forced the evacuation of 12,000 residents from the river town of Arlen on Tuesday, officials said. "
    "It was the worst flood in the history of the river town since records began in 1953. "
    "Schools in the town will stay closed for the rest of the week."
)
FLOOD_B = (
    "The river town of Arlen suffered the worst flood in its history on Tuesday. "
    "Records began in 1953, and the river had never risen so fast in the history of the town. "
    "Insurance companies said they were sending assessors to the flooded districts on Wednesday."
)
FLOOD_C = (
    "Officials in Arlen ordered the evacuation of 12,000 residents as the river rose on Tuesday. "
    "Emergency crews used boats to reach families trapped on the roofs of their homes in the town."
)


def check_continuations(report, articles):
    """Every summary sentence that cannot stand alone comes right after the sentence before
    it in its article; returns how many there were."""
    from newsfuse.story.candidates import Candidate, is_lowercased
    from newsfuse.story.wording import WordingOptions, word

    by_id = {a.id: (k, a) for k, a in enumerate(articles)}
    shown_before = None
    continuations = 0
    for s in report.summary:
        c = s.citations[0]
        k, article = by_id[c.article]
        starts = [u.start for u in article.body_sentences]
        position = starts.index(c.start)
        w = word(article, Candidate(0, k, c.start, c.end, position, len(starts)), is_lowercased(article),
                 WordingOptions().for_budget(report.meta["words"]))
        assert w.text == s.text
        if not w.eligible and shown_before != (c.article, position - 1):
            # not a continuation shown after its predecessor: only a quotation's first half,
            # which the next sentence, its second half, must follow
            nxt = report.summary[report.summary.index(s) + 1].citations[0]
            assert (nxt.article, starts.index(nxt.start) if nxt.article == c.article else -1) == (c.article, position + 1)
        elif not w.eligible:
            continuations += 1
        shown_before = (c.article, position)
    return continuations


def test_a_continuation_is_shown_right_after_its_predecessor(embedder):
    articles = newsfuse.clean([{"id": "a", "text": FLOOD_A}, {"id": "b", "text": FLOOD_B}, {"id": "c", "text": FLOOD_C}])
    report = summarize(articles, 60, compare=False, embedder=embedder)
    check_contract(report, articles, 60)
    texts = [s.text for s in report.summary]
    assert "It was the worst flood in the history of the river town since records began in 1953." in texts
    assert check_continuations(report, articles) == 1
    k = texts.index("It was the worst flood in the history of the river town since records began in 1953.")
    assert k > 0 and texts[k - 1].startswith("Flooding forced the evacuation")
    assert report.summary[k].citations[0].article == "a"
    # without room for both, it is not shown at all
    small = summarize(articles, 20, compare=False, embedder=embedder)
    assert all(not s.text.startswith("It was") for s in small.summary)


def test_an_input_that_is_no_article_is_reported_and_skipped(embedder):
    articles = [{"id": "wire", "text": WIRE}, {"id": "blank", "text": "   "}, {"id": "notext"},
                {"id": "other", "text": OTHER}]
    report = summarize(articles, 80, compare=False, embedder=embedder)
    assert [a.id for a in report.articles] == ["wire", "other"]
    assert report.summary
    rejected = report.to_dict()["meta"]["rejected"]
    assert [(r["input"], r["reason"]) for r in rejected] == [("blank", "empty"), ("notext", "empty")]
    assert "text" in rejected[1]["detail"]  # says what is wrong: no 'text'


def test_ids_name_one_article_each_so_citations_resolve(embedder):
    """The same article twice is summarized once (the repeat reported); another text
    under a taken id gets an id of its own, so every citation's span is into its text."""
    report = summarize([{"id": "wire", "text": WIRE}, {"id": "wire", "text": WIRE}, {"id": "wire", "text": OTHER}],
                       80, compare=False, embedder=embedder)
    assert [a.id for a in report.articles] == ["wire", "wire~2"]
    later = summarize([{"id": "wire", "text": WIRE}, {"id": "wire", "text": OTHER}, {"id": "wire~2", "text": WIRE + " More."}],
                      80, compare=False, embedder=embedder)
    assert [a.id for a in later.articles] == ["wire", "wire~3", "wire~2"]  # no rename takes a later input's id
    assert [r["reason"] for r in report.meta["rejected"]] == ["duplicate"]
    check_contract(report, report.articles, 80)
    assert {c.article for s in report.summary for c in s.citations} == {"wire", "wire~2"}


def test_an_item_that_is_no_article_at_all_is_reported_not_raised(embedder):
    report = summarize([{"id": "wire", "text": WIRE}, 42, None], 80, compare=False, embedder=embedder)
    assert [a.id for a in report.articles] == ["wire"] and report.summary
    assert [(r["input"], r["reason"], r["detail"].split()[-1]) for r in report.meta["rejected"]] == [
        ("<article 1>", "unsupported", "int"), ("<article 2>", "unsupported", "NoneType")]
    alone = summarize({"id": "wire", "text": WIRE}, 80, compare=False, embedder=embedder)  # one dict: a list of one
    assert [a.id for a in alone.articles] == ["wire"]


def test_a_lone_surrogate_is_replaced_not_fatal(embedder):
    """A JSON "\\ud800" escape is no Unicode text: the tokenizer and UTF-8 output refuse it."""
    from newsfuse.embed import WordLlamaEmbedder

    broken = WIRE.replace("Arlen", "Ar\ud800len", 1)
    report = summarize([{"id": "w\udcff", "text": broken}, {"id": "other", "text": OTHER}], 80,
                       embedder=WordLlamaEmbedder())
    assert report.articles[0].id == "w\ufffd" and "Ar\ufffdlen" in report.articles[0].text
    assert len(report.articles[0].text) == len(broken)  # one character for one: spans hold
    json.dumps(report.to_dict(), ensure_ascii=False).encode("utf-8")  # no surrogate left to refuse
    check_contract(report, report.articles, 80)


def test_a_story_without_rejections_has_no_rejected_list(embedder):
    report = summarize([{"id": "wire", "text": WIRE}], 80, compare=False, embedder=embedder)
    assert "rejected" not in report.meta


def test_a_chinese_story_is_summarized_within_its_budget_and_cites_both_reports(embedder):
    """Chinese has no spaces between words: a sentence is one whitespace token, so
    counted by tokens every sentence was 'short' and the summary empty."""
    a = ("普京周一抵达明斯克，与白俄罗斯总统卢卡申科举行会谈。这是普京三年半以来首次访问白俄罗斯。"
         "俄罗斯国防部长和外交部长陪同普京出访。克里姆林宫否认普京将施压白俄罗斯参战的说法。")
    b = "俄罗斯总统普京星期一抵达白俄罗斯首都明斯克进行工作访问。俄罗斯国防部长和外交部长陪同普京访问。双方讨论了安全和经济合作问题。"
    articles = [{"id": "a", "text": a}, {"id": "b", "text": b}]
    report = summarize(articles, 40, embedder=embedder)
    assert report.summary
    assert 0 < report.words <= 40
    check_contract(report, newsfuse.clean(articles), 40)
    # the ministers' sentence, nearly the same in both, is one fact reported by both
    shared = [f for f in report.facts if "外交部长" in f.text]
    assert len(shared) == 1 and set(shared[0].articles) == {"a", "b"}
    for s in report.summary:
        if "外交部长" in s.text:
            assert {c.article for c in s.citations} == {"a", "b"}


def test_models_load_before_the_clock_starts():
    """The embedder's and the comparer's load() run before the timed work, so the
    reported seconds are the story's, not the models' (meta.seconds.load apart)."""
    calls = []

    class Recording(HashingEmbedder):
        def load(self):
            calls.append("load")

        def embed(self, texts):
            calls.append("embed")
            return super().embed(texts)

    class Comparer:
        def load(self):
            calls.append("comparer load")

        def __call__(self, articles, facts):
            calls.append("compare")
            return {}

    report = summarize([{"id": "a", "text": WIRE}, {"id": "b", "text": OTHER}], 60, embedder=Recording(),
                       comparer=Comparer())
    assert calls[:2] == ["load", "comparer load"] and calls[-1] == "compare" and "embed" in calls
    assert set(report.meta["seconds"]) >= {"align", "select", "compare", "total"}


def test_a_quotation_shown_with_its_opening_mark_cites_the_mark(embedder):
    # Multi-News style: every mark a token, the splitter leaves a quotation's opening mark
    # at the end of the sentence before; the summary shows it back, and cites from it
    text = ('the flood reached the town hall at dawn on tuesday, " the mayor said. " we were scared and '
            'nobody knew where to go, " a resident of the river district said. " the water rose very fast. " '
            'about 300 residents were moved to a school on the hill by noon, officials said.')
    report = summarize([{"id": "a", "text": text}], 60, compare=False, embedder=embedder)
    shown = [s for s in report.summary if s.text.startswith('" we were scared')]
    assert shown, [s.text for s in report.summary]
    first = shown[0].citations[0]
    assert text[first.start : first.start + 2] == '" '
    check_contract(report, newsfuse.clean([{"id": "a", "text": text}]), 60)


RECALL_A = (
    "The company said on Monday it would recall 40,000 electric cars over a brake fault found in testing. "
    "Owners will be asked to bring the cars to a dealer, where the brake software will be replaced for free."
)
RECALL_B = (
    "The company said on Monday it would recall 40,000 electric cars after finding a brake fault. "
    "Acme Motors, the electric car company based in Dayton, Ohio, sells its cars in ten countries."
)


def test_a_sentence_that_takes_its_subject_as_known_follows_one_naming_it(embedder):
    """"The company said ..." opens both articles (the story's lead on every other count),
    but a reader who starts there does not know which company: it comes after the sentence
    that names Acme Motors as a company."""
    articles = newsfuse.clean([{"id": "a", "text": RECALL_A}, {"id": "b", "text": RECALL_B}])
    report = summarize(articles, 60, compare=False, embedder=embedder)
    check_contract(report, articles, 60)
    texts = [s.text for s in report.summary]
    recall = next(k for k, t in enumerate(texts) if t.startswith("The company said on Monday"))
    naming = texts.index("Acme Motors, the electric car company based in Dayton, Ohio, sells its cars in ten countries.")
    assert naming < recall
