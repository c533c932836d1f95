"""furniture.is_junk (a literal prefilter in front of JUNK) answers as JUNK.search does."""

from __future__ import annotations

import pytest

from newsfuse.story.furniture import JUNK, JUNK_LITERALS, alternatives, is_junk, literals_of


def _lower_cased_label(text: str) -> int:
    """How many leading tokens of a lower-cased sentence `leading_label` takes for furniture."""
    from newsfuse.story.furniture import leading_label

    return leading_label(text.split(), lowercased=True)


def _labels_take(expected: dict[str, int]) -> None:
    """`_lower_cased_label` takes the given number of tokens from each sentence (the
    sentences it gets wrong listed with what it took)."""
    assert {t: _lower_cased_label(t) for t in expected} == expected


def _sorts(rule, hits: list[str], misses: list[str]) -> None:
    """``rule`` holds for every one of ``hits`` and for none of ``misses`` (the failures listed)."""
    assert [t for t in hits if not rule(t)] == []
    assert [t for t in misses if rule(t)] == []
from newsfuse.model import Article
from newsfuse.story.candidates import Candidate


@pytest.mark.parametrize(
    ("sentence", "bare"),
    [
        ("Palestinians pray in jerusalem's old city may 10, 2013.", True),  # a photo's caption
        ("By toby axelrod, august 2, 2016 long-lost paintings were found in a munich flat.", True),  # a byline's
        ("September 7, 2016 the company said it would cut jobs at its plant.", True),  # a page's stamp
        ("The law took effect on January 1, 2014, officials said.", False),
        ("He was born March 3, 1950, in Ohio, and moved to Chicago in 1972.", False),
        ("The deadline, June 30, 2019, passed without a deal between the two sides.", False),  # an apposition
        ("Smith died Tuesday, Oct. 14, 2017, at his home.", False),
    ],
)
def test_a_full_date_nothing_introduces_is_a_caption_or_a_stamp(sentence, bare):
    from newsfuse.story.furniture import has_bare_date

    assert has_bare_date(sentence) is bare


def test_every_junk_alternative_holds_a_literal():
    pieces = alternatives(JUNK.pattern)
    assert len(pieces) > 60 and "|".join(pieces) == JUNK.pattern
    for alternative in pieces:
        assert literals_of(alternative), alternative
    # a literal made of the regex's own syntax (":" is in every "(?:") would hold every
    # alternative: each sentence with one would run most of JUNK
    syntax = set("()?:|[]{}*+.^$\\,")
    assert [literal for literal in JUNK_LITERALS if set(literal) <= syntax] == []


def test_is_junk_agrees_with_the_regex():
    texts = [
        "The company said it would subscribe to the plan.",
        "Click HERE to read more.",
        "Sign up now for our newsletter.",
        "The MD-11 airliner crashed, killing all 229 people aboard.",
        "Microsoft's Internet Explorer browser was bundled with Windows.",
        "Your browser does not support the video tag.",
        "Fish &amp; chips cost &#163;5.",
        "Photo: Getty Images",
        "Email us @ the desk.",
        "Visit WWW.EXAMPLE.COM or HTTPS://example.com today.",
        "Ünïcödé text with JAVASCRİPT and © marks.",
        "ADVERTISEMENT",
        "",
    ]
    for text in texts:
        assert is_junk(text) == (JUNK.search(text) is not None), text


def test_is_junk_agrees_with_the_regex_on_non_ascii_text():
    texts = [
        "“Click here” to read the story, the editors said.",
        "The café’s owner said the browser—not the user—was at fault.",
        "Москва: photo: Reuters",
        "Nothing here but a plain “quoted” sentence about Minsk.",
        "JAVA\u017fCRIPT is required",  # long s: case-blind "s"
        "\u212aLICK here, or the \u212aelvin sign folds to k",
        "Ünïcödé text with JAVASCRİPT and © marks.",
        "Sign\u00a0up now for our newsletter: it’s free.",
    ]
    for text in texts:
        assert is_junk(text) == (JUNK.search(text) is not None), text



def test_a_sites_own_notices_are_junk_and_news_about_the_same_things_is_not():
    notices = [
        "By continuing to browse the site you are agreeing to our use of cookies.",
        'By clicking "i agree " below, you consent to the use by us and our partners of cookies and data.',
        "The interactive transcript could not be loaded.",
        "Not your computer? use guest mode to sign in privately.",
        "The simplest approach is to continue to use the facebook app but not use the in-app browser.",
        "Web wide crawl with initial seedlist and crawler configuration from march 2011.",
        "For technical, privacy and other reasons, archived websites may not be exact copies of the original.",
        "Sorry, the page you requested was not found.",
        "Error 404: page not found.",
        "Tonight partly cloudy skies early will give way to cloudy skies late.",
        "Tonight cloudy with snow showers becoming a steady accumulating snow later on.",
        "Today: mostly sunny, with a high near 75.",
        "Winds sse at 5 to 10 mph.",
        "Chance of snow 90 %. Snow accumulating 1 to 3 inches.",
        "By submitting your registration information, you agree to our terms of service and privacy policy.",
        "Please check the url for proper spelling and capitalization.",
        "Notice you must log in to continue.",
        "Sign in to comment.",
        "If true, building set for demolition could be manhattan's oldest october 15, 2013 5: 39 pm preservationist"
        " adam woodward discovered a cellar.",
        "Written by chad merda posted: 12/29/2015, 12: 50pm the good lord may have saved him.",
        "Photograph: steve aisthorpe/pa aisthorpe, a mission development worker, said the remains were found.",
        "To shoplift $ 1049 in groceries for their wedding reception share tweet a pennsylvania couple married.",
        "International internet preservation consortium member institutions contributed suggested websites.",
        "Terms: not valid with any other offer, no cash value and for new fitness members only.",
        "Author manuscript; available in pmc 2008 apr 30.",
    ]
    news = [
        "Investigators found the page he tore from the ledger in a drawer.",
        "Skies were partly cloudy when the plane took off from Nagoya on Monday.",
        "Tomorrow's stage will take the race into the Pyrenees.",
        "Winds of 120 mph tore the roofs off dozens of homes in the county.",
        "Selon l'enquête publiée par « le monde » jeudi, le taux de participation a baissé.",
        "Ce tremblement de terre a duré entre 500 et 600 secondes, » explique Charles Ammon, professeur.",
        "Facebook changed its terms of service after the outcry, the company said.",
        "There is a 90 % chance of rain on Election Day, forecasters said.",
        "The Wayback Machine shows the page said the opposite in 2016.",
        "She did not consent to the use of her photograph in the advertisement.",
        "Girl guide cookies sold out in 45 minutes outside the cannabis store.",
        "Researchers used a web crawler to collect two million pages.",
        "The baby began to crawl at seven months, his mother said.",
        "Voters who signed in to continue the count were turned away, officials said.",
        "The blast came at 5:39 p.m. on Oct. 15, 2013, police said.",
        "In 2013, 10:30 a.m. was the deadline for the filing.",
        "The photograph: a study in grief that was shown around the world.",
        "Facebook and Twitter shares fell after the embed feature was withdrawn, analysts said.",
    ]
    _sorts(is_junk, notices, news)


def test_a_players_embed_label_goes_and_its_caption_stays():
    from newsfuse.story.furniture import leading_label

    tokens = "Embed more news videos jahnae patterson, 17, was killed in a shooting sunday morning.".split()
    assert leading_label(tokens, lowercased=True) == 4
    assert leading_label("Embed more videos the family spoke out for the first time.".split(), lowercased=True) == 3
    assert leading_label("Embed the code in your own page to share it.".split(), lowercased=False) == 0
    assert is_junk("Adele bares her soul on '21' to get 'cheap therapy' email this as adele tells our colleagues")
    assert is_junk("The content on this page is provided for reference purposes only.")


def test_a_photos_or_a_players_own_words_are_junk_but_news_that_shares_them_is_not():
    furniture = [
        "View caption hide caption abc by now it's pretty clear who won sunday night's debate: ken bone.",
        "1 of 10 full screen autoplay close skip ad × the moment a lion is shot dead after attacking a man",
        "images buy photo wait 1 second to continue.",
        "Credit: nasa sydney: water originating from solar winds has been found in the moon's soil.",
        "In this 2010 file photo, a worker rides a bicycle in front of the reactor building.",
        "Michelle roberts reports. ( published thursday, march 30, 2017 )",
        "Published on oct 19, 2015 watch the official trailer for star wars: the force awakens.",
        "add isis as an interest to stay up to date on the latest isis news, video, and analysis from abc news.",
        "Doctor in #aleppo just sent this photo of a dazed child pic.twitter.com/ihldc6kph8 — raf sanchez",
        "Editor's note: this post has been republished from 10/28/16.",
        "The views expressed in this commentary are solely the author's.",
        "Sunbury, pa ( 17801 ) today cloudy skies this evening will become partly cloudy after midnight.",
        "Scroll down for video interviews mother and son monica mares, 36, and caleb peterson, 19.",
        "text size - + reset california is the nation's primary source for short-grain rice.",
        "Newspapers reported, 11th graf pvs (sf)",
        "Chile said, graf 3 pvs",
        "Enlarge by gerald herbert, ap boats spray water on an oil and gas platform that burned on thursday.",
        "Skip in skip x embed x share nice pocket protector.",
        "View images an artist's depiction of caihong juji, a species of theropod dinosaur.",
        "Eds: UPDATES with four more deaths in Poland",
        "Reuters/yuri maltsev the irsn ruled out an accident in a nuclear reactor.",
        "In this march 30, 2015, file photo, the president speaks at the white house.",
        "Updated nov. 29, 2018, at 1: 39 p.m.",
        "i itoggle caption ted s. warren/ap ted s. warren/ap the carrier said on monday it would cut prices.",
    ]
    news = [
        "The photograph of the graffiti artist was taken in the 3rd district.",
        "The text size limit for a tweet was doubled to 280 characters.",
        "The company plans to enlarge by 2020 the plant it opened in ohio, the ap reported.",
        "Serena Williams beat Steffi Graf 6-3, 6-4 in the final on Saturday.",
        "Reuters reported on Monday that the and/or clause was dropped from the bill.",
        "Eds said the meeting would go on.",
        "Update the software on your phone by Friday, the agency said.",
        "Updated rules on Nov. 29, 2018, took effect in the state.",
        "The text size: 280 characters, twice the old limit, the company said.",
        "Published on Tuesday in the journal Nature, the study found the ocean was a mile deep.",
        "Published on Oct. 19, 2015, the report found that emissions had doubled.",
        "The photographer said the photo was taken by a bystander on Tuesday.",
        "Officials said they would continue to review the file.",
        "She added the singer as a friend on Facebook in 2012.",
        "The museum's archive holds a collection of letters from the war.",
    ]
    _sorts(is_junk, furniture, news)


def test_a_widgets_words_before_its_arrow_go_and_the_news_stays():
    from newsfuse.story.furniture import leading_label

    tokens = "Rick sforza — staff photographer beaumont >> black friday shoppers are lining up outside.".split()
    assert leading_label(tokens, True) == 7
    assert leading_label("J'ai vraiment pensé qu'elle allait s'écrouler » : le séisme frappe.".split(), False) == 0
    assert leading_label(">> black friday shoppers are lining up outside.".split(), True) == 0


def test_a_live_pages_update_label_goes_and_the_news_stays():
    from newsfuse.story.furniture import leading_label

    assert leading_label("Update: groupon shares ended the first day of trading up 31 %.".split(), True) == 1
    assert leading_label("BREAKING: The senate passed the bill by a vote of 60 to 40.".split(), False) == 1
    assert leading_label("Exclusive: casey affleck has withdrawn from presenting the award.".split(), True) == 1
    assert leading_label("Exclusive interviews with the crew are on page 4.".split(), False) == 0
    assert leading_label("Updates to the law take effect in January, officials said.".split(), False) == 0
    assert leading_label(["Update:"], False) == 0  # nothing after it


def test_a_pages_fixed_label_before_its_lead_goes_and_the_lead_stays():
    _labels_take({
        "Add interest the 19-year-old, who is in a hospice, will marry his high school sweetheart.": 2,
        "Facebook twitter pinterest steve aisthorpe, now 55, fell ill part of the way through.": 3,
        "At a glance torrential rain led to widespread flooding in western north carolina.": 3,
        "At a glance, the results of the vote looked like a landslide for the opposition.": 0,
        "Article excerpt rio de janeiro — millions of people converged on copacabana beach.": 2,
        "continue reading the main story in the 2011-12 fiscal year, the highest paid president was": 5,
        "text size - + reset california is the nation's primary source for short-grain rice.": 5,
        'Published on sep 25, 2017 "i am so excited, " megyn kelly admits as her show premieres.': 5,
        "Uploaded on oct 19, 2015 the trailer shows a desert planet.": 5,
        # the same words that open a sentence of the story stay
        "Article 5 of the treaty obliges members to defend one another.": 0,
        "Continue reading the report, the judge told the jury on Monday.": 0,
        "Published on Oct. 19, 2015, the report found that emissions had doubled.": 0,
        "Text size matters for readers with poor eyesight, the study found.": 0,
        "Article excerpt": 0,  # nothing after it
    })


def test_a_lead_behind_a_fixed_label_is_shown_without_it():
    from newsfuse.story.wording import WordingOptions, word

    text = "Article excerpt rio de janeiro — millions of people converged on copacabana beach saturday for a vigil."
    article = Article(id="a", text=text)
    candidate = Candidate(index=0, article=0, start=0, end=len(text), position=0, count=1)
    shown = word(article, candidate, True, WordingOptions())
    assert shown.eligible, shown.reason
    assert shown.text == "millions of people converged on copacabana beach saturday for a vigil."  # the dateline went too


def test_a_gallery_counter_a_post_stamp_or_a_breadcrumb_inside_a_sentence_is_junk():
    assert is_junk('frank masi / warner bros. Pictures image 2 of 4 will smith plays a swindler in "focus. "')
    assert is_junk("China web hijacking shows net at risk posted: wednesday, november 17 2010 at 06: 48 pm ct by bob")
    assert is_junk("News › statement from john and kimberley thune posted: february 22nd 2011 for months now, we")
    assert is_junk("Administration refuses waiver for 1920 law for salt for icy roads by: the obama administration has")
    assert not is_junk("The image 2 cameras took was sharper, the team said.")
    assert not is_junk("The bill was passed by 52 votes to 48 on Friday.")
    assert is_junk("Printer-friendly » e-mail this to a friend » of the classics of world literature, surely")
    assert not is_junk("She sent an e-mail to the board on Monday, and this was read aloud.")
    assert not is_junk("She posted: 'I am done with this,' and logged off.")


def test_a_news_photos_caption_is_not_a_summary_sentence():
    from newsfuse.story.furniture import is_dated_caption

    captions = [
        "A wild turkey is released from a plane during the turkey trot in yellville, arkansas, oct. 14, 2017.",
        "Riot police pull out as protesters rush to the pearl roundabout in manama, bahrain, saturday, feb. 19, 2011.",
        "Soldiers secure the area as supporters protest in istanbul's taksim square, early saturday, july 16, 2016.",
        "Kofi annan enters his car after his meeting with the foreign minister in amman, may 30, 2012.",
    ]
    # (missed: "Models wear ... on the second day of london fashion week, september 16, 2017.": no place before it)
    news = [
        "Their terms will end Nov. 16, 2001.",
        "The talks resumed on Friday, Oct. 3, 1998.",
        "The law takes effect in March, and the first payments are due by Jan. 5, 2019.",
        "He was born in Paris, France, in 1950.",
        "Police said the shooting happened at the mall on Sunday, Jan. 22, 2017.",
        "Smith died Tuesday, Oct. 14, 2017.",
        "The crash killed 12 people, Jan. 5, 2010.",
        "The deadline for applications is Friday, March 1, 2019.",
    ]
    _sorts(is_dated_caption, captions, news)


def test_a_sentence_about_a_picture_the_page_shows_is_a_caption():
    from newsfuse.story.furniture import points_at_a_picture

    captions = [
        "Jeb bush, left, speaks as marco rubio listens during the republican presidential debate.",
        "South korea's adviser kim kwan-jin, second from left, shakes hands with hwang pyong-so.",
        "The moon turns blood-red in this image of a total lunar eclipse from 2004.",
        "In this undated handout photo, the bacteria are interacting with a white blood cell.",
        "The newlyweds, pictured in the above mug shots, were arrested outside the store.",
    ]
    news = [
        "The images show three of the bombers entering Luton station on the morning of the attack.",
        "The video shows rescuers cutting into the ice in the dugout, about 65 kilometres west of town.",
        "The party has moved to the left, and its leader says it will stay there.",
        "He took a photo of the crowd and posted it, he said, because nobody believed him.",
        "Those left, right after the vote, were mostly reporters.",
    ]
    _sorts(points_at_a_picture, captions, news)


def test_a_pointer_to_the_page_is_junk_and_its_lead_in_before_news_goes():
    from newsfuse.story.furniture import addresses_the_reader

    assert addresses_the_reader("Here's our little friend in action.")
    assert addresses_the_reader("Here is an examination of some of the claims and counterclaims.")
    assert not addresses_the_reader("Heres and theres of the campaign filled the week.")
    # the page asking for the reader's word
    assert addresses_the_reader("Tell us what you think in the comments below.")
    assert addresses_the_reader("Contact us at ( 844 ) 480-0100 or by filling out the form on this page.")
    assert addresses_the_reader("Have your say on the new stadium plans.")
    assert not addresses_the_reader('"Tell us the truth," protesters shouted outside the ministry.')
    assert not addresses_the_reader("Telling usage figures were released by the company on Monday.")

    _labels_take({
        "Here's the backstory: on monday, india's regulator blocked facebook's free basics.": 3,
        "Here's what researchers determined: mothers with higher levels were more likely.": 4,
        # somebody's words or advice to the reader: the lead-in stays, and the sentence is junk
        "Here's part of the statement from yandy: over the last few hours, it became obvious.": 0,
        "Here are johnson's tweets: north korea tripping hard right now.": 0,
        "here's a winter driving tip for you: don't warm up your car engine.": 0,
        "Here's our little friend in action.": 0,  # no colon: nothing to keep
        "Here are the winners: smith, jones, brown and green, all from ohio.": 0,  # a list follows
        # in quotation marks it is somebody's words, not the page's
        '"Here\'s the deal: the city will pay," the mayor said.': 0,
    })
    assert not addresses_the_reader('"Here\'s the deal: the city will pay," the mayor said.')
    assert not is_junk("Il a dit: ‹non›, selon le journal.")  # single guillemets are quotation marks


def test_a_picture_agencys_credit_glued_before_the_lead_goes():
    """BBC pages in Multi-News: the "Image" label, "copyright" and the agency, then the lead
    (a photographer's name may come before the agency, after a slash)."""
    _labels_take({
        "Image copyright getty images rock star gene simmons says that when it comes to money he is a shark.": 4,
        "Image copyright afp wells fargo chief executive john stumpf will forfeit $ 41m in bonuses.": 3,
        "copyright tek image/science photo library following a mediterranean diet might be a recipe for a long life.": 5,
        "Copyright 2012 by nbc universal, inc.": 0,  # no agency: a notice, left to the other rules
        "Image copyright reuters": 1,  # nothing after the credit: the label alone goes, as before
    })


def test_a_live_pages_time_stamp_before_an_entry_goes():
    from newsfuse.story.furniture import leading_label

    def takes(text: str) -> int:
        return leading_label(text.split(), lowercased=False)

    assert takes("10:45 a.m. ET — Officials said the talks would resume.") == 4
    assert takes("14.02 GMT: The minister arrived in the capital.") == 2
    assert takes("9:30am - Rescuers reached the village.") == 2
    assert takes("10.50 percent of voters said no.") == 0  # a figure, not a time
    assert takes("3:30 p.m. is when the vote happens.") == 0  # a time the sentence is about


def test_the_authors_note_is_no_news():
    from newsfuse.story.furniture import is_page_matter

    assert is_page_matter("John Smith is a senior correspondent for Example News based in London.")
    assert is_page_matter("Jane Doe covers politics for the Example Times.")
    assert not is_page_matter("The suspect is a former reporter who had been fired in 2019.")
    assert not is_page_matter("Smith, a reporter for the Times, was detained on Monday.")


def test_the_page_speaking_of_its_own_articles_or_app_is_no_news():
    from newsfuse.story.furniture import speaks_of_the_page

    assert speaks_of_the_page("For alerts on the latest breaking news, download our app for iphone and android.")
    assert speaks_of_the_page("Enjoy unlimited access to all our articles.")
    assert not speaks_of_the_page("The company said our economy would grow by 3 percent this year.")
    assert not speaks_of_the_page("Tours of the site resumed on Monday.")


def test_the_pages_imperative_pointers_and_a_source_with_no_claim_are_sorted_out():
    from newsfuse.story.furniture import addresses_the_reader, is_page_matter

    pointers = [
        "Check local listings for cbs evening news broadcast times.",
        "Use an interactive tool to see the landslide's deadly path.",
        "For more information on school closings and reopenings, check the school web sites.",
        "For the full story, see this week's issue of science.",
        "be updated on the latest airline and airline safety news.",
        "Stay tuned for more on this developing story.",
        "To read about time's choice in spanish and portuguese, click below.",
        "To understand how we built the ranking, see the methodology section below.",
    ]
    news = [
        "Check fraud rose 12 percent last year, the bank said.",
        "Checkpoints were set up on every road out of the city.",
        "For more than a decade, the factory has polluted the river.",
        "For the full year, the company expects sales to grow 4 percent.",
        "Use of the drug has doubled since 2010, the study found.",
        "Be that as it may, the council approved the plan on Monday.",
        "To reach the summit, climbers must cross the glacier in the dark.",
        "To see the eclipse, thousands gathered on the beach at dawn.",
    ]
    _sorts(addresses_the_reader, pointers, news)
    credits = [
        "Sources close to madonna tell tmz.",
        "Investigative reporter jaxon van derbeken reports.",
        "The broadcast was monitored in Cairo.",
    ]
    claims = [
        "Sources close to the investigation told reporters the driver was drunk.",
        "A reporter for the local paper was arrested on Monday.",
        "Sources close to the singer say she will tour again next year.",
        "The broadcast was monitored in Cairo by millions who had never seen the president.",
        "The border was monitored by soldiers in armoured cars.",
    ]
    _sorts(is_page_matter, credits, claims)


def test_a_fact_box_field_or_a_page_note_under_its_label_is_no_report():
    from newsfuse.story.furniture import is_page_matter

    fields = [
        "Family: wife, anne sinclair, and four children by a previous marriage.",
        "Career: managing director of the international monetary fund since 2007.",
        "Rating: 3.5 stars out of 4.",
        "Correction: this story originally said the lawyer had denied the allegations.",
        "Format: hardcover after a decade at national public radio, ken stern learned a few things.",
    ]
    news = [
        "Family members gathered outside the court on Monday.",
        "Career diplomats warned against the move, the paper said.",
        "The rating agency cut the country's debt to junk on Friday.",
        "Quoting a source close to the talks, the paper said a deal was near.",
    ]
    _sorts(is_page_matter, fields, news)


def test_a_pointer_above_or_below_is_the_pages_voice():
    from newsfuse.story.furniture import speaks_of_the_page

    pointers = [
        "Below are transcripts of three 911 calls from the new campus, obtained by the paper.",
        "The text on the video above was edited on june 1, 2018 to make it clear.",
        "The encounter was captured on in-car video, which we've posted below.",
        "A look inside the book: click on the images below to open larger versions.",
    ]
    news = [
        "Above all, the ministers agreed to meet again within a month.",
        "Below freezing temperatures are expected across the region on Tuesday.",
        "Such a chamber may relieve weight on the grand gallery below.",
        "Castro joked that police could have waited to avoid overshadowing the summit being held here.",
    ]
    _sorts(speaks_of_the_page, pointers, news)


def test_a_web_archive_collections_own_text_is_junk():
    assert is_junk("Website captures began in 2016 and are ongoing.")
    assert is_junk("The coptic religion and culture web archive includes online content published by the diocese.")
    assert is_junk("References to institution as a partner on internet archive's website shall carry no legal meaning.")
    assert not is_junk("The library said its archive of web pages from the campaign would open to researchers.")
