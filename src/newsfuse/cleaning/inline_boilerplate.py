"""Boilerplate inside a paragraph: prompts, credits and widget text that a scraper
flattened into the running text of an article.

When a page is flattened to one line, "Advertisement", "( photo: jane doe, ap )" or
"Tweet with a location ..." end up glued to the news sentences around them. Removing
the whole sentence would lose the news glued to it, so every rule here says exactly
what it consumes:

* a *phrase* rule removes only its match (a closed marker such as "story highlights"
  or a photo credit in parentheses), wherever a sentence may start;
* a *sentence* rule removes a whole sentence, and only when its pattern reaches the end
  of that sentence (an open prompt such as "click here to ...").

Rules are families of phrasing found by reading Multi-News (newser.com sources, 1,000
clusters in ../shared/data/multinews): sentences repeated across many clusters and
greps for prompt words, then checked by bench/boilerplate_sample.py. A removed news
sentence is lost content, so each family is anchored on words that news prose does not
use that way; anything doubtful is kept.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from newsfuse.model import Removed
from newsfuse.text.sentences import split_sentences

Span = tuple[int, int]

# An open prompt never runs this long (the longest seen in Multi-News, the Internet
# Archive notice, is 82 words); a longer "sentence" is news glued to a prompt. Each
# rule's own character bounds are the tighter guard.
SENTENCE_RULE_MAX_WORDS = 100

_I = re.I | re.X


@dataclass(frozen=True)
class InlineRule:
    reason: str
    pattern: re.Pattern[str]
    whole_sentence: bool  # True: must reach the sentence end; False: remove the match only


def _phrase(reason: str, pattern: str) -> InlineRule:
    return InlineRule(reason, re.compile(pattern, _I), whole_sentence=False)


def _sentence(reason: str, pattern: str) -> InlineRule:
    return InlineRule(reason, re.compile(r"(?:" + pattern + r")[\s.!?:;\"”’')\]…]*", _I), whole_sentence=True)


_NETWORK = r"(?:twitter|facebook|instagram|linkedin|google\+?|pinterest|tumblr|reddit|whatsapp|email|e-mail|print|more|youtube|snapchat|flipboard)"
_CREDIT_TAIL = r"(?:getty\s*images|ap(?:\s+photo)?|afp|reuters|epa|associated\s+press|staff\s+photographer|shutterstock|istock(?:photo)?)"

# Closed markers: removed alone, wherever a sentence or clause may start.
PHRASE_RULES: tuple[InlineRule, ...] = (
    _phrase(
        "advertisement",
        r"(?:advertisement\b\s*(?:[-–—|]\s*|&\#124;\s*)?)+"
        r"(?:(?:continue\s+reading\s+(?:the\s+main\s+story|below)\b)|(?:advertise\s+on\s+\w+\b))?"
        r"(?!\s*(?:['’]s|for|of|in|on|at|that|which|who|are|were|was|is|has|had|have|will|would|can|could|may|might"
        r"|by|from|and|or|to|featuring|showing|shows|showed|with|about|says|said|ran|aired|campaign)\b)",
    ),
    # "story continued below": Politico's marker between two paragraphs; "story continues
    # below advertisement", "scroll to continue with content": a page's ad slot
    _phrase(
        "continue-reading",
        r"continue\s+reading\s+(?:the\s+main\s+story|below)\b|story\s+continued\s+below\b"
        r"|story\s+continues\s+(?:below|after)\s+(?:this\s+|the\s+)?(?:advertisement|ad)\b"
        r"|scroll\s+(?:down\s+)?to\s+continue(?:\s+with\s+content)?\b",
    ),
    _phrase("story-highlights", r"story\s+highlights\b"),
    _phrase(
        "video-player",
        r"please\s+enable\s+javascript\s+to\s+(?:watch|view|play)\s+this\s+video\b"
        r"|media\s+playback\s+is\s+(?:unsupported|not\s+supported)\s+on\s+your\s+device\b"
        r"|(?:this\s+)?video\s+(?:is\s+)?(?:unavailable|not\s+available)\b",
    ),
    _phrase("comments", r"please\s+enable\s+javascript\s+to\s+view\s+the\s+comments(?:\s+powered\s+by\s+disqus\b\.?)?(?:\s*disqus\b)?"),
    _phrase(
        "photo-credit",
        r"image\s+copyright\s+[^.]{1,60}?\s*image\s+caption\b"
        r"|(?:image|photo|picture)\s+(?:copyright|credit)s?\s*:?\s*(?:[\w@&'./-]+\s*){1,5}(?=\s*$)"
        r"|(?:photo|image|picture)s?\s*(?:by|:)\s*[^.()]{0,60}?(?:/|,\s*|\s)?" + _CREDIT_TAIL + r"\b"
        r"(?:\s*,?\s*(?:and\s+)?[^.(),]{1,40}?/" + _CREDIT_TAIL + r"\b)*"
        r"|credit\s*:\s*(?:[\w&'./-]+\s*){1,4}(?=\s*$)",
    ),
    _phrase(
        "error-report",
        r"if\s+you(?:'ve|\s+have)?\s+(?:noticed|spotted|found|see)\s+an?\s+(?:error|mistake|typo)\s+in\s+this\s+(?:article|story)"
        r",?\s+please\s+click\s+here\s+to\s+report\s+it\b",
    ),
    _phrase(
        "originally-published",
        r"(?:this\s+(?:article|story)\s+(?:was\s+)?)?originally\s+(?:published|posted)\s+(?:on\s+)?"
        r"[a-z]+\.?\s+\d{1,2},?\s+\d{4}(?:,?\s+at\s+\d{1,2}\s*:\s*\d{2}\s*(?:[ap]\.?m\.?)?)?"
        r"(?:\s*(?:&\#124;|\|)\s*(?:page\s+)?(?:modified|updated)\s+[a-z]+\.?\s+\d{1,2},?\s+\d{4}"
        r"(?:,?\s+at\s+\d{1,2}\s*:\s*\d{2}\s*(?:[ap]\.?m\.?)?)?)?",
    ),
    _phrase(
        "author-contact",
        r"(?:[a-z][a-z'-]*\s+|[a-z]\.\s+){1,4}(?:may|can)\s+be\s+(?:reached|contacted)\s+(?:at|by\s+e-?mail\s+at)\s+"
        r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?",
    ),
    _phrase(
        "copyright",
        r"to\s+order\s+presentation-ready\s+copies\b[^.!?]{0,200}?(?:visit\s+)?(?:www\.)?[\w-]+\.(?:com|net|org)\b",
    ),
    _phrase(
        "subscribe-share",
        r"(?:get\s+[^.!?]{0,40}?\s+directly\s+to\s+your\s+inbox\s*)?(?:[+•]\s*)?"
        r"(?:subscribe\s+)?(?:thank\s+you\s+for\s+(?:subscribing|signing\s+up|registering)\s*!?\s*)+",
    ),
    _phrase(
        "subscribe-share",
        r"(?:[+•▪]\s*)?(?:subscribe|sign\s+up)\s+(?:now|today)\b(?=\s*[▪•|+])"
        r"|sign\s+up\s+for\s+(?:more|our|other)\s+(?:\w+\s+)?newsletters?\s+here\b",
    ),
    _phrase("subscribe-share", r"(?:could\s+not|unable\s+to)\s+subscribe,?\s*(?:try\s+again\s+later\.?\s*)?(?:invalid\s+e-?mail\b)?"),
    _phrase("byline", r"/\s*updated\s+by\s+[a-z'-]+\s+[a-z'-]+\b(?:\s*(?:,\s*and|,|and)\s+[a-z'-]+\s+[a-z'-]+\b)*"),
    _phrase("link", r"https?://\S+(?=\s*$)"),
    _phrase("share-widget", r"share\s+(?:this(?:\s+(?:article|story|page))?|on)\s*:?\s*(?:" + _NETWORK + r"\b\s*){2,}"),
)

# Gallery/widget markup flattened into text: "photo_prev_inline &#124; article-gallery-3791909
# &#124; 0 photo_next_inline". Runs of identifiers no prose uses (snake_case, name-1234567)
# and HTML pipes; at least two identifiers.
_MARKUP_TOKEN = r"(?:[a-z]+(?:_[a-z0-9]+)+|[a-z]+(?:-[a-z]+)*-\d{5,})\b"
_LONG_ID = re.compile(r"[a-z]-\d{5}", re.I)
WIDGET_MARKUP = re.compile(
    r"(?:(?:&\#124;|\|)\s*)*" + _MARKUP_TOKEN + r"(?:\s*(?:(?:&\#124;|\|)\s*|\d+\s+(?=[a-z]+[_-])|" + _MARKUP_TOKEN + r"))+(?:\s*(?:&\#124;|\|))*",
    re.I,
)

# Parenthesised credits, anywhere in a sentence: "( photo: reed saxon, ap )",
# "( ap photo/evan vucci )", "( associated press )", "( source: wxin via cnn )".
# "( ap )" and "( reuters )" alone are datelines and stay. A bracketed span is found
# first (linear), then its inside is tested, which keeps the scan fast.
_BRACKETED = re.compile(r"[(\[]([^()\[\]]{1,120})[)\]]")
_CREDIT_INSIDE = re.compile(
    r"\s*(?:"
    r"(?:photos?|images?|pictures?|video)\s*(?::|by\b|credit\b|courtesy\b).{0,80}"
    r"|(?:ap|afp|reuters|epa|getty)\s+(?:photo|images?)\b.{0,60}"
    r"|[^/]{1,60}(?:/|\s+via\s+).{0,40}?\b(?:getty\s*images|ap|afp|reuters|epa)\s*"
    r"|associated\s+press\s*"
    r"|source\s*:.{1,60}"
    r")",
    re.I | re.S,
)
# An agency credit cut off by truncation: "( ap photo/gerald... ( associated press )".
_TRUNCATED_CREDIT = re.compile(r"[(\[]\s*(?:ap|afp|reuters|epa|getty)\s+(?:photo|images?)\b[^()\[\]]{0,60}?(?:\.\.\.|…)", re.I)


def credit_spans(text: str, start: int, end: int) -> list[Span]:
    """Parenthesised photo/agency credits between ``start`` and ``end``."""
    spans = [
        m.span()
        for m in _BRACKETED.finditer(text, start, end)
        if _CREDIT_INSIDE.fullmatch(text, m.start(1), m.end(1))
    ]
    spans += [m.span() for m in _TRUNCATED_CREDIT.finditer(text, start, end)]
    return sorted(spans)

# Open prompts: the whole sentence goes, if the pattern reaches its end.
SENTENCE_RULES: tuple[InlineRule, ...] = (
    _sentence(
        "subscribe-share",
        r"(?:[+•]\s*)?(?:"
        r"(?:please\s+)?(?:sign\s+up|subscribe)\b(?:\s+(?:now|today|here|for\s+free))?(?:\s+(?:for|to)\b[^.!?]{0,120})?"
        r"|(?=[^.!?]*\b(?:you|your|our)\b)[^.!?]{0,60}\bnewsletters?\b[^.!?]{0,80}\b(?:inbox|sign\s+up|subscribe|signing\s+up)\b[^.!?]{0,60}"
        r"|(?:get|receive)\s+(?:our\s+)?(?:breaking\s+news|push\s+notifications|email\s+notifications|daily\s+(?:news\s+)?updates|the\s+latest\s+news)\b[^.!?]{0,100}"
        r"|(?:breaking\s+news\s+emails|never\s+miss\s+a\s+(?:local\s+)?story)\b[^.!?]{0,80}"
        r"|the\s+news\s+and\s+stories\s+that\s+matter,\s+delivered\b[^.!?]{0,40}"
        r"|thank\s+you\s+for\s+(?:subscribing|signing\s+up|reading(?:\s+\d+\s+free\s+articles?)?|registering)\b[^.!?]{0,80}"
        r"|(?:by\s+signing\s+up|you\s+(?:can|may)\s+unsubscribe\s+at\s+any\s+time)\b[^.!?]{0,120}"
        r"|(?:e-?mail\s+)?sign\s+up\s+by\s+signing\s+up\b[^.!?]{0,120}"
        r"|(?:please\s+purchase\s+a\s+subscription|a\s+subscription\s+is\s+required)\b[^.!?]{0,60}"
        r"|your\s+notification\s+has\s+been\s+saved|there\s+was\s+a\s+problem\s+saving\s+your\s+notification"
        r"|email\s+notifications\s+are\s+only\s+sent\b[^.!?]{0,100}"
        r"|[^.!?]{0,80}\byou\s*(?:'|’)?\s*ll\s+(?:get|receive)\s+an?\s+e-?mail\b[^.!?]{0,80}"
        r"|(?=[^.!?]*\byou)[^.!?]{0,120}\b(?:purchase|buy)\s+a\s+subscription\b[^.!?]{0,120}"
        r"|(?=[^.!?]*\byou)[^.!?]{0,60}\bverification\s+(?:e-?mail|message|link)\b[^.!?]{0,120}"
        r"|(?=[^.!?]*\byour\b)[^.!?]{0,80}\b(?:e-?mail\s+sign-?up|signup)\b[^.!?]{0,40}"
        r"|please\s+check\s+your\s+(?:e-?mail|inbox|spam)\b[^.!?]{0,120}"
        r"|(?:follow|like)\s+(?:us|him|her|them)\s+on\s+" + _NETWORK + r"\b[^.!?]{0,80}"
        r"|follow\s+[^.!?]{1,40}\s+on\s+twitter\s*:?\s*@\w+|find\s+\S+\s+on\s+facebook"
        r"|(?:share|tweet|e-?mail)\s+(?:this|on)\b[^.!?]{0,40}"
        r")",
    ),
    _sentence(
        "click-prompt",
        r"(?:[+•]\s*)?(?:please\s+)?(?:click|tap)\s+(?:here|the\s+link|below|on\s+the\s+link|sign\s+up|subscribe|log\s*in)\b[^.!?]{0,120}",
    ),
    _sentence(
        "browser-prompt",
        r"(?:we(?:'ve|\s+have)\s+detected\s+that\s+)?javascript\s+is\s+(?:disabled|required)\b[^.!?]{0,100}"
        r"|please\s+enable\s+(?:javascript|cookies)\b[^.!?]{0,100}"
        r"|this\s+feature\s+is\s+not\s+available\s+right\s+now|please\s+try\s+again\s+later"
        r"|rating\s+is\s+available\s+when\s+the\s+video\s+has\s+been\s+rented"
        r"|(?:you\s+must\s+)?(?:download|install|update)\s+the\s+latest\s+(?:version\s+of\s+)?(?:adobe\s+)?flash\s+player\b[^.!?]{0,60}"
        r"|would\s+you\s+like\s+to\s+proceed\s+to\s+legacy\s+twitter\s*\?\s*(?:yes|no)?"
        r"|your\s+browser\s+(?:does\s+not|doesn't)\s+support\b[^.!?]{0,80}",
    ),
    _sentence(
        "tweet-location",
        r"(?:tweet|add\s+a\s+location\s+to\s+your\s+tweets)\s+with\s+a\s+location\b[^.!?]{0,200}"
        r"|add\s+a\s+location\s+to\s+your\s+tweets\b[^.!?]{0,200}"
        r"|you\s+can\s+(?:add\s+location\s+information|switch\s+location)\b[^.!?]{0,200}"
        r"|you\s+(?:always\s+)?have\s+the\s+option\s+to\s+delete\s+your\s+(?:tweet\s+)?location\s+history",
    ),
    _sentence("read-more", r"(?:learn|read|see)\s+more(?:\s+(?:here|stories|news|videos?))?"),
    # the page's notes on the article itself: a correction, an update, where it first ran,
    # who contributed (Multi-News: "this story has been corrected to say that drowning was
    # in the susquehanna river, not a lake", "this post has been updated with ...")
    _sentence(
        "editor-note",
        r"(?:(?:correction|clarification|editor['’]?s\s+note)\s*:\s*)?(?:an?\s+)?(?:earlier|previous)\s+version\s+of\s+this"
        r"\s+(?:article|story|report|post)\b[^.!?]{0,200}"
        r"|this\s+(?:article|story|report|post)\s+(?:has\s+been|was|had\s+been)\s+(?:updated|amended|corrected|changed"
        r"|revised)\b[^.!?]{0,150}"
        r"|this\s+(?:article|story|post)\s+(?:originally\s+)?(?:appeared|was\s+(?:originally\s+)?(?:published|posted))"
        r"\s+(?:on|in|at)\b(?:[^.!?]|\.(?=\S)){0,100}"  # (a site's name keeps its dots: "on Example.com.")
        r"|(?:[\w.'’-]+\s+){0,5}contributed\s+(?:reporting\s+)?to\s+this\s+(?:report|story|article)"
        r"|our\s+standards\s*:\s*the\s+thomson\s+reuters\s+trust\s+principles",
    ),
    _sentence("player-button", r"close|skip\s+ad(?:\s+ad\s+loading)?|ad\s+loading|replay(?:\s+video)?|play\s+now"),
    _sentence(
        "archive-crawl",
        r"(?=[^.!?]*\b(?:crawl(?:s|ed|er)?|webcrawl|web\s+captures)\b)(?=[^.!?]*\b(?:archive|archive-it|wayback|seeds?|outlinks?|embargo|domains?|hosts?|urls?|robots\.txt|sites)\b)(?:[^.!?]|\.(?=\S)){0,400}"
        r"|(?=(?:[^.!?]|\.(?=\S))*\b(?:internet\s+archive|wayback\s+machine)\b)(?=(?:[^.!?]|\.(?=\S))*\barchived\s+(?:pages?|versions?|copies)\b)(?:[^.!?]|\.(?=\S)){0,500}"
        r"|(?=[^.!?]*\bwayback\s+machine\b)(?=[^.!?]*\b(?:embargo|donating|crawl(?:s|ed)?)\b)[^.!?]{0,400}"
        r"|(?:this\s+is\s+)?a\s+set\s+of\s+web\s+collections\s+curated\b[^.!?]{0,200}"
        # the Wikipedia-outlinks collection's own notes ("... did all the different wikis.
        # The original runs were just against the enwiki.")
        r"|(?:these\s+files\s+are\s+currently\s+not\s+publicly\s+accessible|properties\s+of\s+this\s+collection"
        r"|for\s+this\s+collection,\s+several\s+things\s+were\s+done\b[^.!?]{0,40}|turned\s+off\s+duplicate\s+detection"
        r"|(?:2\.\s+)?for\s+the\s+first\s+time,\s+did\s+all\s+the\s+different\s+wikis"
        r"|the\s+original\s+runs\s+were\s+just\s+against\s+the\s+enwiki"
        r"|this\s+one,\s+the\s+seed\s+list\s+was\s+built\s+from\b[^.!?]{0,80})",
    ),
    _sentence(
        "copyright",
        r"(?:copyright|©)\s*(?:©\s*)?\d{4}\b[^.!?]{0,60}"
        r"|all\s+rights\s+reserved"
        r"|this\s+material\s+may\s+not\s+be\s+published,\s+broadcast\b[^.!?]{0,60}"
        r"|[^.!?]{0,30}\breprints?\s*:\s*this\s+copy\s+is\s+for\s+your\s+personal\b[^.!?]{0,60}"
        r"|to\s+order\s+presentation-ready\s+copies\b[^.!?]{0,200}",
    ),
    _sentence(
        "comments",
        r"this\s+will\s+(?:not\s+)?appear\s+(?:next\s+to\s+all\s+of\s+your\s+comments|anywhere\s+on\s+\w+)\b[^.!?]{0,80}"
        r"|comments\s+are\s+(?:closed|moderated)\b[^.!?]{0,80}"
        r"|(?:leave|post|add)\s+a\s+comment\b[^.!?]{0,40}",
    ),
)

# A photo caption sits right before its credit. Agency captions end on the date and
# place ("..., friday, june 8, 2018, in washington.") or are cut off ("ruled...").
CAPTION_MAX_WORDS = 60  # AP/USA Today captions in Multi-News run 15-50 words
SPLIT_ARTIFACT_WORDS = 4  # "15, 2012." after "aug." is a piece of the caption before it
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?"
_CAPTION_SHAPE = re.compile(
    r"(?:\.\.\.|…)\s*$"
    r"|\b" + _MONTH + r"\s+\d{1,2}(?:,\s*|\s+)\d{4}\b[^.!?]{0,40}[.!?]?\s*$"
    r"|^(?:file\s*[-–—]\s*)?(?:in\s+)?this\s+(?:[^.!?]|\.(?=\s*\d)){0,60}?\b(?:file\s+)?(?:photo|image)\b",
    re.I,
)

# Where a sentence or clause may start: the paragraph start, or after an end mark or
# closing quote/bracket.
_CLAUSE_START = re.compile(r"(?:^|(?<=[.!?:\"”’')\]…])\s+)")


# Every rule above needs one of these words near where it starts; a clause without any
# is skipped before the rules are tried (most news sentences). Plain substrings found
# with str.find on the lowercased paragraph: far cheaper than one regex alternation.
_TRIGGERS = (
    "advertis", "continue reading", "continued below", "highlights", "javascript", "video", "comment", "copyright", "©",
    "credit", "photo", "image", "picture", "click", "tap ", "originally", "reached", "contacted",
    "presentation-ready", "updated by", "http", "share", "tweet", "subscri", "sign up", "signup", "sign-up",
    "signing up", "newsletter", "notification", "breaking", "never miss", "stories that matter",
    "thank you", "inbox", "email", "e-mail", "verification", "check your", "browser", "cookies",
    "feature is not", "try again", "rating is", "flash", "twitter", "facebook", "location", "learn more",
    "read more", "see more", "close", "skip ad", "ad loading", "replay", "play now", "crawl", "wayback",
    "web collections", "internet archive", "publicly accessible", "this collection", "duplicate detection",
    "different wikis", "enwiki", "seed list", "rights reserved", "material may not", "reprints", "leave a",
    "post a", "add a", "playback", "scroll", "version of this", "this story", "this article", "this post",
    "this report", "contributed", "our standards",
)
_RULES = PHRASE_RULES + SENTENCE_RULES
TRIGGER_REACH = 80  # characters after a clause start in which a rule's trigger word sits


def find_inline_boilerplate(text: str, paragraph: Span) -> list[Removed]:
    """Boilerplate spans inside one paragraph, merged where they touch, in text order."""
    start, end = paragraph
    credits = [Removed(a, b, "photo-credit") for a, b in credit_spans(text, start, end)]
    triggers = _trigger_positions(text[start:end].lower(), start)
    markup = []
    if "_" in text[start:end] or _LONG_ID.search(text, start, end):
        markup = [
            Removed(m.start(), _rstrip(text, m.start(), m.end()), "widget-markup")
            for m in WIDGET_MARKUP.finditer(text, start, end)
        ]
    if not credits and not triggers and not markup:
        return []  # most paragraphs of a clean article: no sentence split needed
    sentences = split_sentences(text, start, end)
    hits = credits + markup + _captions(text, start, sentences, credits)
    starts = {s for s, _ in sentences}
    starts.update(start + m.end() for m in _CLAUSE_START.finditer(text[start:end]))
    sentence_starts = [s for s, _ in sentences]
    for pos in sorted(starts):
        if pos >= end:
            continue
        k = bisect.bisect_right(sentence_starts, pos) - 1
        sentence_end = sentences[k][1] if k >= 0 and pos < sentences[k][1] else end
        t = bisect.bisect_left(triggers, pos)
        if t == len(triggers) or triggers[t] >= max(sentence_end, pos + TRIGGER_REACH):
            continue
        hit = _match_at(text, pos, sentence_end, end)
        if hit:
            hits.append(hit)
    return _merge(text, hits + _inside_notices(text, sentences, hits))


# Multi-sentence notices: up to NOTICE_GAP sentences between two sentences of one notice
# are part of it ("These crawls are part of an effort to archive pages ..." / "That way,
# ... will be preserved." / "the goal is to fix all broken links on the web." / "Crawls of
# supported ... sites."). Only notice families: news does sit between two
# "Advertisement" markers or two prompts.
NOTICE_REASONS = frozenset({"archive-crawl"})
NOTICE_GAP = 2


def _inside_notices(text: str, sentences: list[Span], hits: list[Removed]) -> list[Removed]:
    notices = [h for h in hits if h.reason in NOTICE_REASONS]
    if len(notices) < 2:
        return []

    def notice_of(k: int) -> str | None:
        s, e = _strip(text, *sentences[k])
        return next((h.reason for h in notices if h.start <= s and e <= h.end), None)

    reasons = [notice_of(k) for k in range(len(sentences))]
    marked = [k for k, r in enumerate(reasons) if r is not None]
    out = []
    for a, b in zip(marked, marked[1:]):
        if 1 < b - a <= NOTICE_GAP + 1 and reasons[a] == reasons[b]:
            out += [Removed(*_strip(text, *sentences[k]), reasons[a]) for k in range(a + 1, b)]
    return out


def _trigger_positions(lowered: str, offset: int) -> list[int]:
    positions = []
    for word in _TRIGGERS:
        i = lowered.find(word)
        while i >= 0:
            positions.append(offset + i)
            i = lowered.find(word, i + 1)
    return sorted(positions)


def _match_at(text: str, pos: int, sentence_end: int, paragraph_end: int) -> Removed | None:
    """The first rule that holds at ``pos``: phrases first (they cut least)."""
    for rule in _RULES:
        if not rule.whole_sentence:
            m = rule.pattern.match(text, pos, paragraph_end)
            if m and m.end() > pos and _ends_on_word_boundary(text, m.end()):
                return Removed(pos, _rstrip(text, pos, m.end()), rule.reason)
            continue
        m = rule.pattern.match(text, pos, sentence_end)
        if m and m.end() >= sentence_end and len(text[pos:sentence_end].split()) <= SENTENCE_RULE_MAX_WORDS:
            return Removed(pos, sentence_end, rule.reason)
    return None


def _captions(text: str, start: int, sentences: list[Span], credits: list[Removed]) -> list[Removed]:
    """The caption before each photo credit: the text since the previous credit when it
    is caption-sized, else the sentence(s) just before the credit."""
    out = []
    previous_end = None
    for credit in credits:
        if previous_end is not None and not text[previous_end : credit.start].strip():
            previous_end = credit.end
            continue  # "( ap photo/x ) ( associated press )": one credit
        floor = start if previous_end is None else previous_end
        agency = bool(_AGENCY_PHOTO.match(text, credit.start, credit.end))
        candidate = None
        if previous_end is not None:
            between = _strip(text, previous_end, credit.start)
            if _is_caption(text[between[0] : between[1]], agency=False):  # may hold a dateline and body
                candidate = between
        if candidate is None:
            candidate = _caption_before(text, sentences, credit.start, floor, agency)
        if candidate:
            out.append(Removed(candidate[0], candidate[1], "photo-caption"))
        previous_end = credit.end
    return out


# "( ap photo/evan vucci )" only ever follows an agency caption, whatever its shape.
_AGENCY_PHOTO = re.compile(r"[(\[]\s*(?:ap|afp|reuters|epa)\s+photo\s*/", re.I)
_ABBREVIATION_END = re.compile(r"\b(?:" + _MONTH + r"|gov|sen|rep|st|mr|mrs|ms|dr|no|gen|lt|col|sgt|u\.s)\.$", re.I)


def _is_caption(candidate: str, agency: bool) -> bool:
    words = len(candidate.split())
    return 0 < words <= CAPTION_MAX_WORDS and (agency or bool(_CAPTION_SHAPE.search(candidate)))


def _caption_before(text: str, sentences: list[Span], pos: int, floor: int, agency: bool) -> Span | None:
    """The sentence holding ``pos - 1`` up to ``pos`` if it is a caption, extended back
    by one more sentence that has a caption's shape (two-sentence agency captions)."""
    prior = [(s, e) for s, e in sentences if s < pos and e > floor]
    if not prior:
        return None
    k = _group_start(text, prior, len(prior) - 1)
    span = _strip(text, max(prior[k][0], floor), pos)
    if not _is_caption(text[span[0] : span[1]], agency):
        return None
    if k > 0:
        j = _group_start(text, prior, k - 1)
        wider = _strip(text, max(prior[j][0], floor), pos)
        if _CAPTION_SHAPE.search(text[wider[0] : prior[k - 1][1]]) and _is_caption(text[wider[0] : wider[1]], True):
            span = wider
    return span


def _group_start(text: str, sentences: list[Span], k: int) -> int:
    """Walk back over splits after abbreviations ("thursday, aug." / "24, 2017, in texas.")."""
    while k > 0 and (
        _ABBREVIATION_END.search(text[sentences[k - 1][0] : sentences[k - 1][1]]) or text[sentences[k][0]].isdigit()
    ):
        k -= 1
    return k


def _strip(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    return start, _rstrip(text, start, end)


def _ends_on_word_boundary(text: str, end: int) -> bool:
    return end >= len(text) or not (text[end].isalnum() and text[end - 1].isalnum())


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _merge(text: str, hits: list[Removed]) -> list[Removed]:
    """Overlapping spans become one (first reason); touching spans with one reason join."""
    out: list[Removed] = []
    for hit in sorted(hits, key=lambda r: (r.start, -r.end)):
        if out and (
            hit.start < out[-1].end
            or (hit.reason == out[-1].reason and not text[out[-1].end : hit.start].strip())
        ):
            last = out[-1]
            out[-1] = Removed(last.start, max(last.end, hit.end), last.reason)
        else:
            out.append(hit)
    return out
