"""Boilerplate rules one by one: what each removes, and news that looks a bit like it
and must stay (a removed body sentence is lost content)."""

from __future__ import annotations

import pytest

from newsfuse.cleaning.boilerplate import BoilerplateContext, find_boilerplate, line_reason
from newsfuse.cleaning.inline_boilerplate import find_inline_boilerplate
from newsfuse.text.sentences import split_paragraphs


def removed_texts(text: str, context: BoilerplateContext | None = None) -> list[tuple[str, str]]:
    return [(text[r.start : r.end], r.reason) for r in find_boilerplate(text, split_paragraphs(text), context)]


def inline(text: str) -> list[tuple[str, str]]:
    return [(text[r.start : r.end], r.reason) for r in find_inline_boilerplate(text, (0, len(text)))]


# --- whole lines (per-article rules the seeds show) ---------------------------------


@pytest.mark.parametrize(
    "line, reason",
    [
        ("Read Also:  Some Unrelated Headline About Tattoos", "related-links"),
        ("Recent Articles", "related-links"),
        ("Related News", "related-links"),
        ("Leave A Reply", "comments"),
        ("Please enter your comment!", "comments"),
        ("Comments (0)", "comments"),
        ("Write the first comment for this!", "comments"),
        ("To suggest a correction or clarification, write to us here", "correction-prompt"),
        ("Sign up for our daily newsletter", "subscribe-share"),
        ("Share this article", "subscribe-share"),
        ("enlarge this image toggle caption Jane Doe/AP", "photo-caption"),
        # page furniture scrapers leave one to a line above and below a story
        ("Home > World > Europe", "navigation"),
        ("Terms of use | Privacy policy | Contact us", "navigation"),
        ("Tweet Share Pin", "share-buttons"),
        ("Facebook Twitter LinkedIn Email", "share-buttons"),
        ("5 min read", "page-widget"),
        ("Listen to this article", "page-widget"),
        ("Published 3 hours ago", "page-widget"),
        ("By John Smith, Reuters", "byline"),
        ("By JANE DOE Associated Press Writer", "byline"),
        ("Breaking News", "section-label"),
        ("Write to John Smith at john.smith@example.com", "contact"),
        ("Filed under: World", "taxonomy"),
        ("Topics: Earthquake, Haiti, Disaster", "taxonomy"),
        # a caption paragraph, ending on its picture's credit
        ("Rescue workers search the rubble in the city centre on Tuesday. REUTERS/John Smith", "photo-caption"),
        ("Residents look at the damage in the northern town on Monday. (AP Photo/John Smith)", "photo-caption"),
        ("Soldiers patrol the border area near the town. Photograph: Jane Doe/AFP/Getty Images", "photo-caption"),
        ("FILE PHOTO: Officials attend a meeting at the ministry in the capital.", "photo-caption"),
        # an error page scraped as the article, however long its advice
        ("Sorry, the page you requested was not found. Please check the url for proper spelling and "
         "capitalization. If you're having trouble locating a destination on yahoo!, try visiting the yahoo! "
         "home page or look through a list of yahoo!'s online services. Also, you may find what you're "
         "looking for if you try searching below. Search the web advanced search | most popular please try "
         "yahoo! help central if you need more assistance.", "error-page"),
        ("404 - Page not found", "error-page"),
        ("The page you are looking for could not be found.", "error-page"),
    ],
)
def test_line_rules(line, reason):
    assert line_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Subscribers to the service said the outage lasted three hours.",
        "Related reports said the talks had stalled.",
        "He declined to comment on the report.",
        "The ministry did not respond to requests for comments on Monday.",
        "Photographers were kept away from the site.",
        "Share prices fell 3% after the announcement.",
        "By the end of the day, most residents had left.",
        "By Monday, most residents had left.",
        "Print media is in decline, the report said.",
        "29 November 2018 | 20 January 2019",
        "Tips can be sent to the agency at tips@example.gov, the police said.",
        "Breaking news travels fast in a small town.",
        "He told Reuters the image was fake.",
        "The photo: a blurry shape over the lake, taken by a tourist, went viral.",
        "Smith/AP reported the story first.",
        "404 people were killed when the dam burst.",
        "Page not found messages greeted visitors after the site crashed, the company said.",
        "The page you requested was removed by the editors on Monday, the paper said.",
    ],
)
def test_line_rules_keep_news(line):
    assert line_reason(line) is None


def test_open_line_rule_does_not_take_a_one_line_article():
    article = (
        "Image copyright getty images rock star gene simmons says that when it comes to making money he is "
        "like a great white shark. And that despite being worth more than $ 300m, he will never stop working, "
        "he told the bbc in an interview on monday."
    )
    removed = removed_texts(article)
    assert removed == [("Image copyright getty images", "photo-credit")] or all(
        "simmons" not in text for text, _ in removed
    )


def test_related_story_widget_takes_headline_teaser_and_marker():
    text = (
        "Putin met Lukashenko in Minsk on Monday.\n\n"
        "Russia Destroys Power Plants – Zelensky\nOther Topics of Interest\n\n"
        "Russia Destroys Power Plants – Zelensky\n\n"
        "Ukraine's President warns of radiation blackmail at the plant.\n\n"
        "The drone attacks wounded three people near Kyiv.\n"
    )
    removed = removed_texts(text)
    assert [r for _, r in removed] == ["related-story-widget", "related-links", "related-story-widget", "related-story-widget"]
    assert not any("Minsk" in t or "drone" in t for t, _ in removed)


def test_outlet_repeated_line():
    text = "Body sentence one.\n\nFollow our live coverage all day\n\nBody sentence two.\n"
    context = BoilerplateContext(frozenset({"follow our live coverage all day"}))
    assert removed_texts(text, context) == [("Follow our live coverage all day", "repeated-in-outlet")]
    assert removed_texts(text) == []


# --- inline, in flattened one-line text --------------------------------------------


@pytest.mark.parametrize(
    "text, span, reason",
    [
        ("The senate voted 51-49. Advertisement the bill now goes to the house.", "Advertisement", "advertisement"),
        (
            "The team left at dawn. Advertisement continue reading the main story all told, ten men died.",
            "Advertisement continue reading the main story",
            "advertisement",
        ),
        ("Story highlights the outbreak has spread to three towns.", "Story highlights", "story-highlights"),
        (
            "The party is finding it hard to hold back. Story continued below democrats are struggling with it.",
            "Story continued below",
            "continue-reading",
        ),
        (
            "The storm hit at dawn. Story continues below advertisement The storm killed at least 156 people.",
            "Story continues below advertisement",
            "continue-reading",
        ),
        (
            "Media playback is unsupported on your device media caption the minister spoke on Monday.",
            "Media playback is unsupported on your device",
            "video-player",
        ),
        (
            "The vote was on Monday. Correction: An earlier version of this article misstated the date. The bill passed.",
            "Correction: An earlier version of this article misstated the date.",
            "editor-note",
        ),
        ("The vote passed. This story has been updated with comment from the ministry.", "This story has been updated with comment from the ministry.", "editor-note"),
        ("The bill passed. CNN's Jane Doe contributed to this report.", "CNN's Jane Doe contributed to this report.", "editor-note"),
        ("The bill passed. This article originally appeared on Example.com.", "This article originally appeared on Example.com.", "editor-note"),
        (
            "Please enable javascript to watch this video denver -- officers pursued a tractor.",
            "Please enable javascript to watch this video",
            "video-player",
        ),
        ("Police say a pig stopped intruders. ( source: wxin via cnn ) indianapolis ( wxin/cnn ) – a homeowner", "( source: wxin via cnn )", "photo-credit"),
        ("The law was upheld. ( photo: reed saxon, ap ) on friday, a judge ruled.", "( photo: reed saxon, ap )", "photo-credit"),
        ("Share this article facebook twitter linkedin email millennial shoppers are spending.", "Share this article facebook twitter linkedin email", "share-widget"),
        ("The crash killed two. Click here for the full story. Cyr has waited decades.", "Click here for the full story.", "click-prompt"),
        ("He was 42. Follow him on twitter @jim_deegan. The funeral is friday.", "Follow him on twitter @jim_deegan.", "subscribe-share"),
        ("Officials confirmed it. Copyright 2017 wis. All rights reserved.", "Copyright 2017 wis. All rights reserved.", "copyright"),
        (
            "Tweet with a location you can add location information to your tweets, such as your city or precise "
            "location, from the web and via third-party applications.",
            "Tweet with a location you can add location information to your tweets, such as your city or precise "
            "location, from the web and via third-party applications.",
            "tweet-location",
        ),
        ("The vote is tuesday. Sign up for our newsletter to get the latest news in your inbox. Polls open at 7.", "Sign up for our newsletter to get the latest news in your inbox.", "subscribe-share"),
        (
            "Originally published march 25, 2014 at 11: 50 am &#124; page modified march 26, 2014 at 11: 18 am rescuers expanded their search.",
            "Originally published march 25, 2014 at 11: 50 am &#124; page modified march 26, 2014 at 11: 18 am",
            "originally-published",
        ),
        ("The fire spread. Jim deegan may be reached at jdeegan@example.com. More later.", "Jim deegan may be reached at jdeegan@example.com.", "author-contact"),
    ],
)
def test_inline_rules_cut_only_the_boilerplate(text, span, reason):
    assert inline(text) == [(span, reason)]


@pytest.mark.parametrize(
    "text",
    [
        "An earlier version of this bill was rejected by the senate in 2009.",
        "Three reporters contributed to the investigation, the paper said.",
        "The report has been updated twice since 2010, officials said.",
    ],
)
def test_editor_notes_leave_news_that_names_a_version_or_a_contribution(text):
    assert inline(text) == []


def test_caption_before_agency_credit_goes_with_it():
    text = (
        "President donald trump speaks to reporters before leaving the white house in washington, friday, "
        "june 8, 2018, to attend the g7 summit. ( ap photo/manuel balce ceneta ) ( associated press ) "
        "washington ( ap ) — the president said on friday that he would meet allies."
    )
    got = inline(text)
    assert got[0][1] == "photo-caption" and got[0][0].startswith("President donald trump speaks")
    assert ("( ap photo/manuel balce ceneta ) ( associated press )", "photo-credit") in got
    assert "washington ( ap )" not in "".join(t for t, _ in got)  # a dateline, not a credit


def test_truncated_gallery_caption_between_credits():
    text = (
        "The first caption runs here... ( associated press ) a federal judge ruled the law invalid on the eve "
        "of the deadline. But with appeals... ( associated press ) washington ( ap ) — the ruling landed."
    )
    got = inline(text)
    assert ("a federal judge ruled the law invalid on the eve of the deadline. But with appeals...", "photo-caption") in got


@pytest.mark.parametrize(
    "text",
    [
        '"It was a shock," she said. "Read the full statement, he said." The minister left.',
        "He declined to comment. Several comments on the post called for his resignation.",
        "Subscribers to the service said the outage lasted three hours.",
        "The advertisement for the job appeared in march. Advertisements ran on television too.",
        "Like many on twitter, she was outraged by the ruling.",
        "The group said in its weekly newsletter, al-naba, that it carried out the attack.",
        "An archived copy on the wayback machine shows the page said something else in 2015.",
        "Photographs of the scene were shared widely. Police said the image was genuine.",
        "The judge said the ruling would stand. ( The full text is on the court website. )",
        "Washington ( ap ) — the senate voted on friday. Washington ( reuters ) - markets rose.",
        "She subscribes to three newspapers and reads them all, she said.",
        "Learn more about the program at the meeting on tuesday, the mayor said.",
        "The attack happened on friday, dec. 14, 2018. Officials said nine homes were damaged.",
    ],
)
def test_news_that_looks_a_bit_like_boilerplate_is_kept(text):
    assert inline(text) == []


def test_short_body_line_and_one_line_article_kept():
    assert removed_texts("It did not say how long they would last.\n") == []
    assert removed_texts("Police arrested two men on Monday.") == []


def test_spans_point_into_the_text_and_stay_inside_their_paragraph():
    text = "First paragraph. Advertisement the rest of it.\n\nSecond ( photo: jane doe, ap ) paragraph here.\n"
    paragraphs = split_paragraphs(text)
    for r in find_boilerplate(text, paragraphs):
        assert any(s <= r.start < r.end <= e for s, e in paragraphs)
        assert text[r.start : r.end].strip() == text[r.start : r.end]


def test_agency_photo_credit_takes_the_two_sentence_caption_before_it():
    text = (
        "A reveller falls in front of fighting bulls during the running of the bulls in pamplona, spain, "
        "saturday, july 8, 2017. Revellers from around the world take part. ( ap photo/alvaro barrientos ) "
        "pamplona, spain ( ap ) — six people were hurt on saturday."
    )
    got = inline(text)
    assert got[0] == (text[: text.index(" ( ap photo")], "photo-caption")
    assert "six people were hurt" not in "".join(t for t, _ in got)


def test_gallery_link_after_a_body_sentence_keeps_the_sentence():
    text = 'The senator backed elements of the syrian opposition. " ( photos: scenes from syria ) meanwhile, he left.'
    assert inline(text) == [("( photos: scenes from syria )", "photo-credit")]


@pytest.mark.parametrize(
    "text, span, reason",
    [
        ("/ updated by harriet baskas you're not imagining it.", "/ updated by harriet baskas", "byline"),
        ("It was redistributed. Http://detne.ws/28ra2lh", "Http://detne.ws/28ra2lh", "link"),
        (
            "Photos by andy lyons/getty images, andrew kelly/reuters does sex addiction exist?",
            "Photos by andy lyons/getty images, andrew kelly/reuters",
            "photo-credit",
        ),
        ("The vote is final. Close", "Close", "player-button"),
    ],
)
def test_more_inline_families(text, span, reason):
    assert inline(text) == [(span, reason)]


def test_follow_me_in_an_opinion_piece_is_kept():
    assert inline("So what now? follow me on twitter. Or, take a selfie at a funeral.") == []


def test_closed_prompts_stop_where_the_prompt_ends():
    text = (
        'we lost a fine kid, " he said. Jim deegan may be reached at jdeegan@example.com. '
        "Dow jones reprints: this copy is for your personal, non-commercial use only. To order presentation-ready "
        "copies for distribution to your colleagues, use the order reprints tool or visit www.djreprints.com new "
        "jersey gov. Chris christie is expected to announce. + subscribe thank you for subscribing! could not "
        "subscribe, try again later invalid email oh boy. I have seen some days."
    )
    kept = text
    for t, _ in inline(text):
        kept = kept.replace(t, "")
    for news in ("he said.", "new jersey gov.", "oh boy.", "Chris christie is expected"):
        assert news in kept
    for prompt in ("may be reached", "order reprints", "invalid email", "thank you for subscribing"):
        assert prompt not in kept


@pytest.mark.parametrize(
    "text, span",
    [
        ("Subscribe now ▪ ethan couch was detained by mexican authorities.", "Subscribe now"),
        ("Sign up thank you for signing up! sign up for more newsletters here palmer ' s bird was seen.", None),
    ],
)
def test_glued_sign_up_prompts_leave_the_next_sentence(text, span):
    got = inline(text)
    kept = text
    for t, _ in got:
        kept = kept.replace(t, "")
    assert "ethan couch" in kept or "palmer" in kept
    if span:
        assert (span, "subscribe-share") in got


def test_byline_with_several_authors_and_click_to_subscribe():
    text = "/ updated by kurt chirbas, alice tidey and elizabeth chuck thousands of residents returned home."
    assert inline(text) == [("/ updated by kurt chirbas, alice tidey and elizabeth chuck", "byline")]
    text = "It was free. Please click sign up to subscribe, or login if you are already a member. He left."
    assert inline(text) == [("Please click sign up to subscribe, or login if you are already a member.", "click-prompt")]


def test_caption_split_after_a_month_abbreviation_and_repeated_thanks():
    text = (
        "Protesters gather in the capital, tunis, friday, jan. 14,2011. Thousands of angry demonstrators... "
        "( associated press ) tunis ( ap ) — the president fled."
    )
    assert inline(text)[0] == (text[: text.index(" ( associated")], "photo-caption")
    text = "Thank you for registering! thank you for registering! The mayor spoke on monday."
    assert inline(text) == [("Thank you for registering! thank you for registering!", "subscribe-share")]


def assert_all_archive_notice(text):
    """Every character of ``text`` but spaces is cut, all of it as the archive notice."""
    cut = inline(text)
    assert "".join(t for t, _ in cut).replace(" ", "") == text.replace(" ", "")
    assert {reason for _, reason in cut} == {"archive-crawl"}


def test_a_sentence_inside_a_multi_sentence_notice_goes_with_it():
    text = (
        "These crawls are part of an effort to archive pages as they are created and archive the pages "
        "that they refer to. That way, as the pages that are referenced are changed or taken from the web, "
        "a link to the version that was live when the page was written will be preserved.then the internet "
        "archive hopes that references to these archived pages will be put in place of a link that would be "
        "otherwise be broken.the goal is to fix all broken links on the web. Crawls of supported \" no more 404 \" sites."
    )
    assert_all_archive_notice(text)


def test_news_beside_a_notice_is_kept():
    text = (
        "Crawls of supported \" no more 404 \" sites. The senator resigned on friday after the vote. "
        "She had served three terms. Her deputy takes over in may. Crawl of outlinks from wikipedia.org "
        "started march, 2016."
    )
    assert [t for t, _ in inline(text)] == ['Crawls of supported " no more 404 " sites.', text[text.index("Crawl of"):]]


def test_news_between_a_notice_and_another_prompt_is_kept():
    text = (
        "Crawls of supported \" no more 404 \" sites. The senator resigned on friday after the vote. "
        "Click here to subscribe to our newsletter."
    )
    assert "The senator resigned on friday after the vote." not in [t for t, _ in inline(text)]


def test_the_wikipedia_outlinks_collection_notes_go_with_their_notice():
    text = (
        "Crawl of outlinks from wikipedia.org started march, 2016. These files are currently not publicly "
        "accessible. Properties of this collection. It has been several years since the last time we did this. "
        "For this collection, several things were done: 1. Turned off duplicate detection. This collection will "
        "be complete, as there is a good chance we will share the data. 2. For the first time, did all the "
        "different wikis. The original runs were just against the enwiki. This one, the seed list was built "
        "from all 865 collections."
    )
    assert_all_archive_notice(text)
    # news about a collection or a first time is not the notice
    assert inline("For the first time, the museum showed all of its collection to the public.") == []
