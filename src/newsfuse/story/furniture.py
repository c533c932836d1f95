"""Page furniture: text that belongs to the web page, not to the story.

Cleaning removes boilerplate lines and inline widgets; what reaches the summarizer can
still carry a page's leftovers inside a sentence: a button or caption label glued before
the lead ("Close jayme closs ..."), a gallery counter, a photo credit, a link label and its
headline ("Related: ..."), a sentence addressed to the page's reader ("Click to enlarge
..."), cookie and newsletter prompts. Wording asks these questions of every candidate;
the figures behind each rule are in docs/summary-rounds.md.
"""

from __future__ import annotations

import re

import ahocorasick

from newsfuse.text.days import MONTH_NAMES

# Web furniture the cleaner may have left in (Multi-News keeps real boilerplate), matched
# on word boundaries and as furniture phrases, not bare news words: substrings and words
# like "browser", "enable", "newsletter" also rejected news ("Microsoft's Internet
# Explorer browser", "untenable", "spread more broadly" for "read more"): 39 of DUC's
# sentences on the Microsoft trial were lost to "browser" alone.
JUNK = re.compile(
    r"javascript|\bcookies? (?:policy|settings)\b|\buses? cookies\b|\bsubscribe\b"
    r"|\bour (?:[\w-]+ ){0,3}e?-?newsletters?\b|\bmore newsletters\b|\bclick here\b|https?:|www\."
    r"|@|all rights reserved|\bsign up (?:for our|now|here|today)\b|^advertisement\b|\badvertisement$"
    r"|getty images|image copyright|\bphoto:|©|\bread more\b|\bshare this\b|\bfollow us\b"
    r"|\byour (?:web )?browser\b|\bbrowser (?:does not|doesn't) support\b|&#\d+;|&[a-z]+;"
    r"|\benlarge this image\b|toggle caption\b|\bemail notifications\b|\bmedia playback\b"
    r"|\bview more photos\b|\bjust watched\b|\bmust watch\b|\bimage caption\b|\bmedia caption\b"
    # a site's own notices: cookie consent, a player's or a sign-in page's text, an
    # in-app browser warning, a web archive's description of its crawl
    r"|\buse of cookies\b|\bconsent to [^.]{0,60}\bcookies\b|\binteractive transcript\b|\bguest mode\b"
    r"|\bsign in privately\b|\bin-app browser\b|\bweb ?wide crawl\b|\bseedlist\b|\bfocused crawls?\b"
    r"|\bcrawl data\b|\barchived websites may not\b|\btime of the web crawl\b|\bsince it was archived\b"
    r"|\bweb ?site captures\b|\bweb archive\b|\binternet archive's website\b"  # a collection page's own text
    r"|\bprovided for reference purposes only\b|\be-?mail this\b|\bprinter-friendly\b"
    # ... a photo's or a player's own words: gallery controls, a credit or a file-photo
    # caption, a video's upload line, a follow prompt, an embedded post's signature
    r"|\bview caption\b|\bhide caption\b|\bskip ad\b|\bbuy photo\b|\bwait \d+ seconds? to continue\b"
    r"|\bfull screen autoplay\b|\bclick to enlarge\b|\bview slideshow\b|\bview larger image\b"
    r"|\bview full (?:size )?image\b"
    r"|^(?:credit:|photograph by\b|photo by\b|illustration by\b)|\bin this (?:[\w,.]+ ){0,6}file photo\b"
    r"|\(\s*published \w+day, [^()]{3,20}\d{4}\s*\)|^(?:published|uploaded) on [a-z]{3,9}\.? \d{1,2}, \d{4}(?!,)"
    r"|^uploaded on\b|^add [\w ]{0,40}\bas an interest\b"
    r"|\bpic\.twitter\.com\b|\ba post shared by\b"
    # ... and the page's: an editor's note, a press release's header, an excerpt's or a
    # related link's label, a video prompt, an opinion page's disclaimer, an archive's
    # collection text, a weather widget, a font-size widget
    r"|^(?:editor's note|correction appended)\b|\bfor immediate release\b|\bembargoed until\b|\bpr newswire\b"
    r"|^article excerpt\b|\balso on politico\b|\bcontinue reading\b|\beditor's picks\b|\bscroll down for video\b"
    r"|\bpress the play button\b|\bviews expressed (?:here |in this \w+ )?are solely\b|\barchive-it\b"
    r"|\bbroken links on the web\b|\bcollection of websites\b|\(\s*\d{5}\s*\) today\b"
    r"|\btext size\s*-\s*\+\s*reset\b"  # a font-size widget: "text size - + reset"
    r"|\b\d+(?:st|nd|rd|th) graf\b|\bgraf \d+ pvs\b"  # a wire editor's pick-up note: "Moussa told, 5th graf", "graf 3 pvs"
    r"|\benlarge by [^.,]{2,40}, (?:ap|afp|getty images|reuters|usa today)\b"  # a photo's credit: "Enlarge by gerald herbert, ap"
    # a player's share bar, a gallery's button, a wire story's note to editors ("Eds:"), a
    # credit opening on its agency and the photographer after a slash ("Reuters/yuri maltsev
    # the irsn ...": where the name ends is unknown, so the sentence cannot be cut clean)
    r"|\bembed x share\b|^view images\b|^eds:|^(?:reuters|ap|afp|getty|getty images|epa|instagram|twitter)/\w"
    r"|^updated? (?:on )?[a-z]{3,9}\.? \d{1,2}, \d{4}\b"  # a page's time stamp: "Updated nov. 29, 2018, at 1: 39 p.m."
    # a gallery's counter inside a caption ("warner bros. Pictures image 2 of 4 will smith
    # plays ..."), a post's stamp ("posted: february 22nd 2011"), a breadcrumb ("News ›
    # statement from ...")
    r"|\bimage \d+ of \d+\b|\bposted: (?:[a-z]+day,? )?[a-z]{3,9}\.? \d{1,2}|(?<!\S)›(?!\S)"
    r"|\sby:\s"  # a byline's label glued inside ("... for icy roads by: the obama administration ...")
    # an error page scraped as the article ("Sorry, the page you requested was not found.")
    r"|\bthe page you (?:requested|are looking for|were looking for)\b|\bpage not found\b"
    # a weather widget's forecast ("Tonight partly cloudy skies early will give way to cloudy skies late.":
    # the 3 dev sentences opening so were all forecasts, two of them shown in Multi-News summaries)
    r"|^(?:today|tonight|tomorrow|overnight|this (?:morning|afternoon|evening))[,:]? (?:mostly |partly |becoming )?"
    r"(?:cloudy|sunny|clear skies)\b"
    r"|^winds? (?:[nsew]{1,3}|north\w*|south\w*|east\w*|west\w*) (?:at )?\d+ to \d+ mph\b"  # "Winds sse at 5 to 10 mph."
    r"|^chance of (?:rain|snow|showers|precipitation|thunderstorms?) \d+ ?%"  # "Chance of snow 90 %."
    # a sign-up form's small print, an error page's advice, a paywall's or a comment box's
    # notice ("Notice you must log in to continue.")
    r"|\bagree to (?:our|the) terms of (?:service|use)\b|\bcheck the url\b"
    r"|\b(?:log|sign) ?in to continue\b|\b(?:log|sign) ?in to comment\b"
    # a page's time stamp glued inside a sentence, a clock time right after a date's year
    # ("... manhattan's oldest october 15, 2013 5: 39 pm preservationist adam woodward ...",
    # "posted: 12/29/2015, 12: 50pm ..."; news writes "at 5:39 p.m. on Oct. 15"), and a
    # photo credit, a name and its agency after a slash ("Photograph: steve aisthorpe/pa ...")
    r"|(?:19|20)\d\d(?:(?<=\d, \d{4})|(?<=\d \d{4})|(?<=\d/\d{4})),? \d{1,2}: ?\d\d ?(?:[ap]\.m\.|[ap]m\b)"
    r"|\bphotograph: [\w .'’-]{2,40}/"
    # a share bar's words run together, a web archive's note on who chose its pages, a
    # coupon's small print
    r"|\bshare tweet\b|\bfacebook twitter embed\b|\binternet preservation consortium\b"
    r"|\bnot valid with any other offer\b"
    r"|^author manuscript\b|\bavailable in pmc\b"  # a paper's repository header: "Author manuscript; available in pmc 2008 apr 30."
    # a widget's arrow alone between words ("... staff photographer beaumont >> black friday
    # shoppers ..."); not "»", which closes a quotation in French whose "«" an earlier
    # sentence opened ("... 600 secondes, » explique Charles Ammon.")
    r"|(?<!\S)>>(?!\S)",
    re.IGNORECASE,
)
# Every alternative of JUNK contains one of these lower-case literals (keep them in step:
# tests/story/test_furniture.py checks). A sentence whose lower case holds none of them
# cannot match, and looking for the literals is far cheaper than the case-blind
# alternation, which then runs on the few sentences that hold one.
JUNK_LITERALS = (
    "javascript", "cookie", "subscribe", "newsletter", "click here", "http", "www.", "@",
    "all rights reserved", "sign up", "advertisement", "getty images", "image copyright",
    "photo:", "©", "read more", "share this", "follow us", "browser", "&",
    "enlarge this image", "toggle caption", "email notifications", "media playback", "view more photos",
    "just watched", "must watch", "image caption", "media caption",
    "interactive transcript", "guest mode", "sign in privately", "crawl", "seedlist", "archived", "reference purposes",
    "site captures", "web archive", "internet archive's website",
    "mail this", "printer-friendly",
    "view caption", "hide caption", "skip ad", "buy photo", "to continue", "full screen", "click to enlarge",
    "view slideshow", "view larger", "view full", "credit:", "photograph by", "photo by", "illustration by",
    "file photo", "published", "uploaded on", "as an interest", "pic.twitter.com", "a post shared by",
    "editor's note", "correction appended", "for immediate release", "embargoed until", "pr newswire",
    "article excerpt", "also on politico", "continue reading", "editor's picks", "scroll down for video",
    "press the play button", "are solely", "archive-it", "broken links on the web", "collection of websites",
    ") today", "text size", "graf", "enlarge by", "embed x share", "view images", "eds:", "/", "update",
    "image ", "posted: ", "›", "by:", "page you", "page not found", "cloudy", "sunny", "clear skies",
    "mph", "chance of", "terms of", "check the url", ">>", "in to comment", "19", "20", "photograph:",
    "share tweet", "facebook twitter embed", "internet preservation consortium", "not valid with any other offer",
    "author manuscript", "available in pmc",
)


# The only characters that Python's case-blind matching pairs with an ASCII letter other
# than its two cases ("İ", "ı", "ſ" and the Kelvin sign; the re docs, checked over all of
# Unicode): in a text without them, a case-blind match of an ASCII literal is a match of
# the literal in ``text.lower()``.
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")


def alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regex: its "|" outside groups and classes."""
    out, depth, start, escaped, in_class = [], 0, 0, False, False
    for i, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    return out + [pattern[start:]]


def literals_of(alternative: str) -> list[str]:
    """The JUNK_LITERALS an alternative's text holds (read without its escapes), one of
    which any text it matches holds (tests/story/test_furniture.py checks each has one)."""
    plain = re.sub(r"\\[bdsw]", "", alternative).replace("\\", "").lower()
    return [literal for literal in JUNK_LITERALS if literal in plain]


def _by_literal() -> dict[str, re.Pattern]:
    """For each literal, the alternatives of JUNK that hold it, as one regex: a sentence
    runs only those of the literals it holds (a whole JUNK search: ~80-130 us)."""
    grouped: dict[str, list[str]] = {}
    for alternative in alternatives(JUNK.pattern):
        held = literals_of(alternative)
        if not held:  # is_junk runs only the alternatives of the literals a text holds
            raise ValueError(f"a JUNK alternative holds none of JUNK_LITERALS: {alternative!r}")
        for literal in held:
            grouped.setdefault(literal, []).append(alternative)
    return {literal: re.compile("|".join(alts), re.IGNORECASE) for literal, alts in grouped.items()}


def _literal_finder():
    finder = ahocorasick.Automaton()
    for literal in JUNK_LITERALS:
        finder.add_word(literal, literal)
    finder.make_automaton()
    return finder


# All the literals in one pass over a sentence (Aho-Corasick): 2.3 us a MultiLing
# sentence, against 8.3 for one `in` test per literal.
_LITERAL_FINDER = _literal_finder()
_JUNK_BY_LITERAL = _by_literal()


def is_junk(text: str) -> bool:
    """``JUNK.search(text)``, answered by the alternatives of the literals it holds."""
    if not text.isascii() and any(ch in text for ch in _FOLDS_TO_ASCII):
        return JUNK.search(text) is not None
    hits = _LITERAL_FINDER.iter(text.lower())
    first = next(hits, None)
    if first is None:  # no literal (99% of MultiLing's sentences): no alternative can match
        return False
    held = {first[1]}
    held.update(literal for _, literal in hits)
    return any(_JUNK_BY_LITERAL[literal].search(text) for literal in held.intersection(_JUNK_BY_LITERAL))


# Web furniture glued before a sentence (Multi-News): a gallery's counter ("Image 3 of 12
# macie's mother said ...", "Hide caption 6 of 18 photos: ..."), and in lower-cased
# scrapes a caption's or a button's label ("Photo the blast destroyed the home.", "Close
# jayme closs of barron remains missing."). Not a label before these ("Close to 37,000
# people have died", "Photo by ...", "Photo shows ...").
_LABELS = frozenset({"photo", "image", "caption", "close", "gif"})
# A picture label's credit that names no agency ("Photo: supplied the recipe, called ..."):
# it goes with the label.
_UNNAMED_CREDITS = frozenset({"supplied", "handout"})
# A study abstract's section names. With their colon they label the sentence after them
# ("Background: nut intake has ..."); where a flattened page lost the colon they still do
# after the word "Abstract", or before the aim's infinitive ("Abstract importance limited
# evidence ...", "Objective to compare ..."), and so do the names a colon alone would not
# tell from a sentence's first word ("Design: ...", "Setting: ...").
_ABSTRACT_LABELS = frozenset(
    "background aim aims purpose objective objectives methods results conclusion conclusions".split()
)
_ABSTRACT_SECTIONS = _ABSTRACT_LABELS | frozenset({"importance", "context", "design", "setting"})
# A live page's note on what is new, before the news itself.
# (and a tabloid's "Exclusive:": "Exclusive: casey affleck has withdrawn from presenting ...")
_NOTE_LABELS = frozenset({"update:", "updated:", "breaking:", "developing:", "exclusive:"}) | frozenset(
    f"{label}:" for label in _ABSTRACT_LABELS
)
_ABSTRACT_HEADING = re.compile(
    r"(?:design, setting,? and (?:participants|patients)|main outcomes? (?:and )?measures?|conclusions and relevance):?(?= )",
    re.IGNORECASE,
)
_NOT_AFTER_LABEL = frozenset(
    "to by of on in at up down out behind enough call calls range shows show showed provided courtesy credit"
    " credits caption captions".split()
)


# A live page's note with its time or date before the news: "Update 2/5/15:", "update
# sunday 4: 39 p.m:", "Update, 11: 30 a.m. Thursday:". The label runs to the first token
# ending on a colon that a word (not a clock's minutes) follows.
_TIMED_NOTE_LABELS = frozenset({"update", "updated", "updates"})
TIMED_NOTE_MAX_TOKENS = 8
_CLOCK = re.compile(r"\d{1,2}:")  # "01:" of a live page's "01: 34" (Multi-News spaces the minutes off)
# A live page's time stamp before an entry, closed by a dash or a colon ("10:45 a.m. ET —
# Officials said ...", "14.02 GMT: The minister ...", "9:30am - Rescuers ...").
_STAMP_TIME = re.compile(r"\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?:?", re.IGNORECASE)
_STAMP_MERIDIEM = frozenset("a.m. p.m. am pm a.m p.m".split())
_STAMP_ZONES = frozenset("et est edt ct cst cdt mt mst mdt pt pst pdt gmt bst cet cest utc msk ist jst aest".split())
_STAMP_DASHES = frozenset({"-", "--", "—", "–"})


def _time_stamp_length(tokens: list[str]) -> int:
    """How many leading tokens are a live page's time stamp and its dash or colon (0 if none,
    or if nothing follows it)."""
    if not _STAMP_TIME.fullmatch(tokens[0]):
        return 0
    k = 1
    if tokens[0][-1] != ":":
        for words in (_STAMP_MERIDIEM, _STAMP_ZONES):
            if k < len(tokens) and tokens[k].lower().rstrip(":") in words:
                k += 1
                if tokens[k - 1].endswith(":"):
                    break
    if tokens[k - 1].endswith(":"):
        return k if len(tokens) > k else 0
    return k + 1 if len(tokens) > k + 1 and tokens[k] in _STAMP_DASHES else 0
_MERIDIEM = re.compile(r"[ap]\.?m\b", re.IGNORECASE)


def _timed_note_length(tokens: list[str]) -> int:
    for k, tok in enumerate(tokens[1 : TIMED_NOTE_MAX_TOKENS + 1], start=1):
        if tok.endswith(":") and k + 1 < len(tokens) and not tokens[k + 1][:1].isdigit():
            return k + 1
    return 0


# ... and a photo credit ("Bruno vincent/getty slavery remains ...", "Photograph: eduardo
# munoz/reuters donald trump's ...", "Credit: the canadian press/ap the ..."): at most
# three tokens, then one naming a picture agency after a slash.
_CREDIT_TOKEN = re.compile(
    r"[\w.'’-]*/(?:getty|afp|ap|reuters|epa|shutterstock|istock|istockphoto|flickr|splashnews|fameflynet|corbis"
    r"|wireimage|filmmagic|invision|bloomberg)(?:images)?",
    re.IGNORECASE,
)


def _credit_length(tokens: list[str]) -> int:
    """How many leading tokens form a photo credit (0 if none, or if nothing follows it)."""
    head = tokens[:4]
    if "/" not in "".join(head):  # every credit token holds one
        return 0
    for i, tok in enumerate(head):
        if _CREDIT_TOKEN.fullmatch(tok):
            n = i + 1
            if tok.lower().endswith("/getty") and tokens[n : n + 1] and tokens[n].lower() == "images":
                n += 1  # "lucas jackson-pool/getty images the race for 2016 starts ..."
            return n if len(tokens) > n else 0
        if any(ch in tok for ch in ",;.!?") or (tok.endswith(":") and i):
            return 0
    return 0


# A page's fixed words glued before its lead, the whole label known (Multi-News: "Article
# excerpt rio de janeiro — millions of people converged ...", "continue reading the main
# story in the 2011-12 fiscal year, ...", "text size - + reset california is ..."), and a
# video page's upload stamp ("Published on sep 25, 2017 "i'm so excited ..."). Without
# the cut, such a sentence is junk: the lead of its article is lost.
_FIXED_LABELS = {
    "article": ("article", "excerpt"),
    "continue": ("continue", "reading", "the", "main", "story"),
    "text": ("text", "size", "-", "+", "reset"),
    # a topic-follow button ("Add interest the 19-year-old, who is in a hospice, ..."), a
    # share bar ("Facebook twitter pinterest steve aisthorpe, now 55, fell ill ..."), a
    # fact box's heading ("At a glance torrential rain lead to widespread flooding ...")
    "add": ("add", "interest"),
    "facebook": ("facebook", "twitter", "pinterest"),
    "at": ("at", "a", "glance"),
}
_UPLOAD_STAMP = re.compile(r"(?:published|uploaded) on [a-z]{3,9}\.? \d{1,2}, \d{4}", re.IGNORECASE)
_UPLOAD_STAMP_TOKENS = 5


def fixed_label_length(tokens: list[str]) -> int:
    """How many leading tokens are a page's fixed label (`_FIXED_LABELS`, an upload stamp)."""
    return _fixed_label_length(tokens[0].lower(), tokens) if tokens else 0


# A picture's credit glued before the lead where the page's "Image" label was cut (BBC in
# Multi-News: "copyright getty images rock star gene simmons says ...", "copyright afp wells
# fargo chief executive ...", "copyright tek image/science photo library following a ..."):
# "copyright" and a picture agency, the last part of a credit that may name the
# photographer first.
_PICTURE_AGENCIES = frozenset({
    "getty images", "afp", "reuters", "ap", "epa", "pa", "bbc", "alamy", "shutterstock", "science photo library",
    "press association", "pa media", "rex features", "rex/shutterstock", "eyevine", "corbis", "ap photo", "epa-efe",
})
_CREDIT_MAX_TOKENS = 5


def _copyright_credit_length(tokens: list[str]) -> int:
    for n in range(min(_CREDIT_MAX_TOKENS, len(tokens) - 1), 1, -1):  # the longest credit first
        holder = " ".join(tokens[1:n]).lower().rsplit("/", 1)[-1]
        if holder in _PICTURE_AGENCIES:
            return n
    return 0


def _fixed_label_length(first: str, tokens: list[str]) -> int:
    if first == "copyright":
        return _copyright_credit_length(tokens)
    label = _FIXED_LABELS.get(first)
    if label is not None:
        n = len(label)
        return n if len(tokens) > n and tuple(t.lower() for t in tokens[:n]) == label else 0
    if first in ("published", "uploaded") and len(tokens) > _UPLOAD_STAMP_TOKENS:
        stamp = " ".join(tokens[:_UPLOAD_STAMP_TOKENS])
        return _UPLOAD_STAMP_TOKENS if _UPLOAD_STAMP.fullmatch(stamp) else 0  # "2017," goes on a sentence
    return 0


# A pointer's lead-in before what it points at ("Here's the backstory: on monday, india's
# telecom regulatory authority blocked ...", "Here's what researchers determined: mothers
# with ..."): the lead-in goes and the news after its colon stays, unless what follows is
# somebody's words (a statement, a post, a transcript: without the lead-in they would read
# as the summary's own) or advice to the reader. Without a colon the pointer is junk
# (`addresses_the_reader`).
_POINTER = re.compile(r"here(?:'s|’s| is)$", re.IGNORECASE)  # not "Here are": a list follows
POINTER_MAX_TOKENS = 8
_WORDS_OF_SOMEBODY = re.compile(
    r"\b(?:statements?|tweets?|posts?|transcripts?|quot\w*|letters?|memos?|e-?mails?|notes?|messages?|said|says"
    r"|wrote|writes|read|told|interviews?|speech(?:es)?|remarks|excerpts?"
    r"|you|your)\b",  # ... nor advice to the page's reader ("Here's a winter driving tip for you: don't ...")
    re.IGNORECASE,
)


def _pointer_length(tokens: list[str]) -> int:
    for k, token in enumerate(tokens[1 : POINTER_MAX_TOKENS + 1], start=1):
        if token.endswith(":"):
            lead_in = " ".join(tokens[: k + 1])
            return k + 1 if len(tokens) > k + 1 and not _WORDS_OF_SOMEBODY.search(lead_in) else 0
    return 0


# A widget's arrow alone after a few words of its own ("Rick sforza — staff photographer
# beaumont >> black friday shoppers are already lining up ..."): the words up to it go.
# (Not "»": in French it closes a quotation, "... a duré 600 secondes, » explique ...".)
ARROW = ">>"
ARROW_LABEL_MAX_TOKENS = 8


def _arrow_label_length(tokens: list[str]) -> int:
    for k, token in enumerate(tokens[:ARROW_LABEL_MAX_TOKENS]):
        if token == ARROW:
            return k + 1 if k and len(tokens) > k + 1 else 0
    return 0


def leading_label(tokens: list[str], lowercased: bool) -> int:
    """How many leading tokens are web furniture glued before the sentence (0 if none)."""
    credit = _credit_length(tokens) or _arrow_label_length(tokens)
    if credit:
        return credit
    first = tokens[0].lower() if tokens else ""
    fixed = _fixed_label_length(first, tokens)
    if fixed:
        return fixed
    if first[:1] == "h" and (_POINTER.match(first) or _POINTER.match(" ".join(tokens[:2]))):
        return _pointer_length(tokens)
    if first in _NOTE_LABELS:  # "Update: the committee said late wednesday ..."
        return 1 if len(tokens) > 1 else 0
    if first in ("abstract", "abstract:") and len(tokens) > 2 and tokens[1].lower().rstrip(":") in _ABSTRACT_SECTIONS:
        return 2  # "Abstract background: nut intake has ...", "Abstract importance limited evidence is ..."
    if lowercased and first in _ABSTRACT_SECTIONS and tokens[1:2] == ["to"]:
        return 1  # "Objective to compare opioid vs nonopioid medications ...": the aim's phrase is left
    if first in ("design,", "main", "conclusions") and len(tokens) > 4:
        heading = _ABSTRACT_HEADING.match(" ".join(tokens[:6]))  # "Design, setting, and participants ..."
        return len(heading.group().split()) if heading else 0

    if first.rstrip(",") in _TIMED_NOTE_LABELS:  # "Update 2/5/15: ...", "Update, 9: 40 a.m.: police say ..."
        return _timed_note_length(tokens)
    if first[:1].isdigit():
        stamp = _time_stamp_length(tokens)
        if stamp:
            return stamp
    if _CLOCK.fullmatch(first) and len(tokens) > 2 and tokens[1].isdigit() and len(tokens[1]) == 2:
        # a live page's "01: 34" before its entry; not a time the sentence goes on with ("7: 20 a.m. ...")
        return 2 if tokens[2][:1].isalpha() and not _MERIDIEM.match(tokens[2]) else 0
    if first == "embed":  # a video player's "Embed more news videos" before its caption
        low = [t.lower() for t in tokens[:4]]
        n = 4 if low[1:4] == ["more", "news", "videos"] else 3 if low[1:3] == ["more", "videos"] else 0
        return n if len(tokens) > n else 0
    if first != "hide" and first.rstrip(":") not in _LABELS:
        return 0  # every label below opens on one of these: most sentences stop here
    low = [t.lower() for t in tokens[:7]]
    k = 2 if low[:2] == ["hide", "caption"] else int(bool(low) and low[0].rstrip(":") in ("image", "photo", "caption"))
    if k and len(low) > k + 3 and low[k].isdigit() and low[k + 1] == "of" and low[k + 2].rstrip(":").isdigit():
        n = k + 3 + (low[k + 3].rstrip(":") in ("photos", "images"))
        return n if len(tokens) > n else 0
    if len(low) > 1 and low[0] in ("image", "photo") and low[1] == "copyright":  # "Image copyright getty images ..."
        credit = _copyright_credit_length(tokens[1:])
        if credit:
            return 1 + credit
    if lowercased and len(low) > 1 and low[0].rstrip(":") in _LABELS and low[1] not in _NOT_AFTER_LABEL:
        return 2 if low[1] in _UNNAMED_CREDITS and len(low) > 2 else 1
    return 0


# A link label and the headline it introduces: "Related: ...", "More from politico: ...",
# "Read: ...", "Photos: ...". What follows is a headline glued to a sentence, or a caption.
_LINK_LABEL = re.compile(
    r"^(?:related(?: stories| articles| coverage| links| content)?|more(?: from [^\s:]+(?: [^\s:]+)?)?"
    r"|read(?: more| also)?|also read|see also|photos|videos?|watch|listen)\s*:",
    re.IGNORECASE,
)


# A sentence addressed to the reader of the page ("Read the rest of slate's coverage ...",
# "Watch as damon ...", "Click to enlarge ...", "Follow along below ..."): in Multi-News
# 1,000 all 36 eligible ones were promotion or page furniture; DUC and MultiLing have none.
# So is one that points at what the page shows next ("Here's our little friend in action.",
# "Here's a transcript from the show: ...", "Here is the post by adam krause ..."): 51 in
# Multi-News 1,000, none in DUC or MultiLing; a summary has no "here". So is one that opens
# outside quotation marks on "Please", "Imagine", "Picture this", "Take a look", "Get the
# latest", "Remember" or "Consider" ("Please download flash ...", "Imagine for a moment that
# ...", "Get the latest yahoo stock price here."; 13 dev sentences, all pleas, page prompts
# or a column's asides).
_TO_THE_READER = re.compile(
    r"^[\"“]?(?:read|watch|see|click|listen|check out|find out|follow|sign up|sign in|subscribe|share|download"
    r"|visit)\b(?![-’'])|^here(?:'s|’s| is| are)\b"  # not in quotation marks: "'Here's the deal,' he said"
    r"|^(?:please|imagine|picture this|take a look|get the latest|remember|consider)\b"  # a plea, a column's aside
    r"|^(?:tell us|let us know|send us|contact us|e-?mail us|write to us|join the conversation|have your say)\b"
    # a page's pointers and prompts in the imperative ("Check local listings for ...",
    # "Use an interactive tool to see ...", "For more information on school closings, check
    # the school web sites.", "For the full story, see ...", "Stay tuned", "be updated on
    # the latest ... news."): 7 eligible Multi-News sentences, all the page's
    r"|^(?:check (?:local|your|our|back)\b|use (?:an?|our|the|this) interactive\b|stay (?:tuned|updated|informed)\b"
    r"|be (?:sure to|updated|the first to)\b|don[’']t miss\b)"
    r"|^for (?:more|further|additional|complete|the full|the latest) [^,]{0,80},\s*(?:see|visit|check|go to|call|read"
    r"|click|watch|you)\b"
    # ... and a purpose before the pointer ("To read about time's choice in spanish and
    # portuguese, click below.", "To understand where we got our data ..., see the data
    # and methodology section below.")
    r"|^to [^,]{0,120},\s*(?:see|visit|check|go to|call|click|tap|watch|read|download|sign up|subscribe)\b",
    re.IGNORECASE,
)


# A news photo's caption: what the picture shows, then where and when, the date set off
# by a comma after the place ("... in yellville, arkansas, oct. 14, 2017.", "... in
# manama, bahrain, saturday, feb. 19, 2011."). In Multi-News 1,000 all 21 such sentences
# were captions; DUC 2003 and MultiLing have none. A sentence that dates its
# news writes "on" before the day or no comma ("Their terms will end Nov. 16, 2001.").
_DATED_CAPTION = re.compile(
    rf",\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,\s+)?"
    rf"(?:{MONTH_NAMES})\.?\s+\d{{1,2}},\s+(?:19|20)\d\d\.[\"”']?\s*$",
    re.IGNORECASE,
)
_NOT_BEFORE_CAPTION_DATE = frozenset(
    "on until since by in of from to before after dated through till at between and or than as for during around"
    " about".split()
)


# A picture's credit right after a sentence marks that sentence as the picture's caption
# ("A man grills hamburgers in decatur, ga. ( photo: michael a. schwarz, usa today )",
# "... in boston, massachusetts april 24, 2013. Reuters/jessica rinaldi", "Agustín Ross
# Balcony after the earthquake and tsunami." + "Image: Diego Grez."): agencies' own styles.
_CREDIT_AFTER = re.compile(
    r"\s*(?:\(\s*(?:ap|afp|epa|upi|reuters)\s+photo\s*/|[(\[]\s*(?:photo|image|picture)s?\s*:"
    r"|reuters\s*/\s*[^\W\d_]|(?:photograph|photo|picture|image|credit)\s*:\s*[^\W\d_])",
    re.IGNORECASE,
)


# The author's note at an article's end ("John Smith is a senior correspondent for Example
# News based in London.", "Jane Doe covers politics for the Example Times."): about the
# page, not the story. In ../shared/data one sentence has this shape, and it is one.
_AUTHOR_BIO = re.compile(
    r"(?:[\w.'’-]+\s+){1,3}(?:is|was)\s+an?\s+(?:(?:senior|staff|freelance|contributing|political|national|foreign|chief"
    r"|special|investigative|business|science|health)\s+)*(?:reporter|correspondent|writer|editor|columnist|contributor"
    r"|journalist|producer|blogger)\s+(?:for|at|with|based|covering|who\s+covers)\b"
    r"|(?:[\w.'’-]+\s+){1,3}(?:covers|writes\s+about)\s+[^.]{1,60}\s+for\s+",
    re.IGNORECASE,
)


# The page speaking of itself anywhere in a sentence outside quotation marks ("download our
# app for iphone and android", "Enjoy unlimited access to all our articles.", "you agree to
# our terms of service"): in Multi-News 1,000 all 8 such sentences were the page's.
_THE_PAGES_OWN = re.compile(
    r"\bour\s+(?:articles|journalism|site|website|app|readers|subscribers|coverage|newsroom|reporters|reporting"
    r"|stories|content|newsletters?|privacy\s+policy|terms)\b",
    re.IGNORECASE,
)


# ... or pointing at what it shows above or below ("Below are transcripts of three 911
# calls ...", "Below is a breakdown of who will be made ...", "The text on the video above
# was edited on june 1, 2018 ...", "click on the images below"): a summary has no above or
# below. 6 eligible Multi-News sentences, all the page's. Not a gallery ("relieving weight
# on the grand gallery below": a pyramid's), nor a place's "here" ("... the summit being
# held here.").
_ABOVE_OR_BELOW = re.compile(
    r"^(?:below|above) (?:is|are)\b|^as (?:seen|shown) (?:below|above)\b"  # (not "Above all, ...")
    r"|\b(?:videos?|photos?|images?|pictures?|graphics?|charts?|maps?|lists?|tables?|transcripts?"
    r"|slideshows?|tweets?|clips?|footage|trailers?|timelines?|documents?|links?) (?:below|above)\b"
    r"|\b(?:posted|embedded|shown|seen|listed|included|featured) (?:below|above)\b",
    re.IGNORECASE,
)


def speaks_of_the_page(text: str) -> bool:
    """Whether ``text`` (holding no quotation mark) names the page's own articles, app or
    terms in its own voice, or points at what the page shows above or below."""
    lowered = text.lower()  # (every match holds one of these words: most sentences are spared the searches)
    if "our" in lowered and _THE_PAGES_OWN.search(text) is not None:
        return True
    return ("below" in lowered or "above" in lowered) and _ABOVE_OR_BELOW.search(text) is not None


# An embedded tweet's text is followed by its picture link or its signature ("Plan to start
# digging in a month or so. — elon musk ( @elonmusk ) january 25, 2017", "... doing a great
# job! pic.twitter.com/u4f2dtlvu6 — sarah sanders ( @presssec )"): somebody's post, shown
# as the page's narration. In Multi-News 1,000 all 9 eligible such sentences were tweets.
_TWEET_AFTER = re.compile(
    r"\s*(?:pic\.twitter\.com/|https?://t\.co/|[—–]\s*[^\n()]{1,60}\(\s*@\w{1,30}\s*\))", re.IGNORECASE
)


_MARKED_BY_WHAT_FOLLOWS = (("caption", _CREDIT_AFTER), ("tweet", _TWEET_AFTER))


def marked_by_what_follows(text: str, end: int) -> str:
    """What the text right after ``text[:end]`` says the sentence ending there is: "caption"
    (a picture's credit follows), "tweet" (a tweet's link or signature follows), or ""."""
    return next((kind for kind, pattern in _MARKED_BY_WHAT_FOLLOWS if pattern.match(text, end)), "")


# A sentence about a picture the page shows: where someone stands in it ("Jeb bush, left,
# speaks as marco rubio listens ...", "Tony bosch, right, flat-out denied ..."), or the
# picture pointed at ("The moon turns blood-red in this image of a total lunar eclipse
# ...", "The newlyweds, pictured in the above mug shots, ..."). A summary shows no
# picture. 10 eligible dev sentences, all Multi-News captions; none in DUC or MultiLing
# ("The images show three of the bombers ..." tells what pictures show: no pointer).
_PICTURE_POINTER = re.compile(
    r",\s+(?:left|right|center|centre|foreground|background|(?:second|third|far)(?: from)? (?:left|right)"
    r"|(?:top|bottom) (?:left|right))\s*,"
    r"|\b(?:in|from) (?:this|these|the above|the below) (?:[\w-]+ ){0,2}(?:image|photo|photograph|picture"
    r"|illustration|screen ?grab|screenshot|video still)s?\b"
    r"|\bpictured (?:here|above|below|in the above|in the below)\b",
    re.IGNORECASE,
)


# Words one of which every match holds: most sentences are spared the search (6.8 -> 1.9
# us a sentence on MultiLing's).
_PICTURE_WORDS = ("left,", "right,", "center,", "centre,", "ground,", "image", "photo", "picture", "illustration",
                  "screen", "video still")


def points_at_a_picture(text: str) -> bool:
    lowered = text.lower()
    return any(map(lowered.__contains__, _PICTURE_WORDS)) and _PICTURE_POINTER.search(text) is not None


def is_dated_caption(text: str) -> bool:
    match = _DATED_CAPTION.search(text)
    if match is None:
        return False
    words = text[: match.start()].lower().split()[-6:]
    if words and words[-1].endswith("day"):
        # a weekday after the place's comma, perhaps "early" or "late" ("in istanbul's taksim
        # square, early saturday, july 16, 2016."); not "... died Tuesday, Oct. 14, 2017."
        words = words[:-1]
        if words and words[-1] in ("early", "late"):
            words = words[:-1]
        if not (words and words[-1].endswith(",")):
            return False
        words[-1] = words[-1].rstrip(",")
    words = words[-4:]
    if not words or words[-1] in _NOT_BEFORE_CAPTION_DATE:
        return False
    # the place before the date: "in amman," or a city and its region ("yellville, arkansas,")
    return any(w in ("in", "at") for w in words[:-1]) or any(w.endswith(",") for w in words[:-1])


# A full date with its year that no word introduces (a preposition, an article, a verb that
# takes a date, a weekday): a photo caption's stamp ("... in jerusalem's old city may 10,
# 2013."), an embedded post's or a byline's signature left before the narration ("amtrak
# september 7, 2016 after the tweet gained ...", "By toby axelrod, august 2, 2016 long-lost
# ..."), or a page's stamp opening the sentence. A reader review found 58 eligible dev
# sentences so, 57 of them furniture (docs/summary-rounds.md, fifteenth round).
_FULL_DATE = rf"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:{MONTH_NAMES})\.?\s+\d{{1,2}}, (?:19|20)\d\d\b"
_BARE_DATE = re.compile(r"(\S+)\s+" + _FULL_DATE, re.IGNORECASE)  # with the word before it
_OPENING_DATE = re.compile(_FULL_DATE, re.IGNORECASE)
_DATE_INTRODUCERS = frozenset(
    "the a an wed married signed dated that this his her their its on until since by in of from to before after"
    " through till at between and or than as for during around about date was is were be been born died"
    " published posted updated effective starting beginning ending".split()
)


# A date's text before its year: a weekday, a month and a day, and the word before them.
_DATE_REACH = 40


def has_bare_date(text: str) -> bool:
    """Whether ``text`` holds a full date that nothing introduces (above)."""
    if ", 19" not in text and ", 20" not in text:
        return False  # (the date's comma before its year: most sentences have none)
    if _OPENING_DATE.match(text):
        return True
    for match in _bare_dates(text):
        before = match.group(1).lower()
        if before.endswith(",") and text[match.end() : match.end() + 1] == ",":
            continue  # set off by commas: an apposition ("The deadline, June 30, 2019, passed.")
        before = before.strip(",")
        if before not in _DATE_INTRODUCERS and not before.endswith("day"):
            return True
    return False


def _bare_dates(text: str):
    """`_BARE_DATE`'s matches, searched only before each ", 19" or ", 20" (from the start of
    the word before the date's reach: a search over the whole sentence tries the month
    names at every position)."""
    for year in (", 19", ", 20"):
        at = text.find(year)
        while at >= 0:
            start = text.rfind(" ", 0, max(0, at - _DATE_REACH)) + 1  # a word's start
            start = text.rfind(" ", 0, max(0, start - 1)) + 1 if start else 0  # and the word before it
            match = _BARE_DATE.search(text, start, at + len(year) + 3)
            if match:
                yield match
            at = text.find(year, at + 1)


def opens_on_link_label(text: str) -> bool:
    return _LINK_LABEL.match(text) is not None


def addresses_the_reader(text: str) -> bool:
    return _TO_THE_READER.match(text) is not None


# A source named and nothing it says: a tabloid's "Sources close to madonna tell tmz.", a
# broadcast's hand-over "Investigative reporter jaxon van derbeken reports." (3 eligible
# Multi-News sentences, each what was left of a sentence the splitter cut or a transcript's
# line), a wire's note on where it heard a broadcast ("The broadcast was monitored in
# Cairo.", DUC). Shown, it is a credit without a claim.
_ATTRIBUTION_ONLY = re.compile(
    r"^(?:sources?|people|an? (?:source|insider|friend)) (?:close to|familiar with|near) [^,.\"“]{1,40}"
    r" (?:tells?|told) [^\s,.]+(?: news)?\.$"
    r"|^(?:[\w'’-]+ ){0,2}(?:reporter|correspondent) (?:[\w'’-]+ ){1,3}(?:reports|reported|has more|has the story)\.$"
    r"|^(?:the |its |a )?(?:broadcast|report|interview|speech|dispatch|statement|program|programme)s? (?:was|were)"
    r" monitored (?:in|by) [^,.]{1,40}\.$",
    re.IGNORECASE,
)


# A fact box's or a product page's field, or the page's own note, under its label: "Family:
# wife, anne sinclair, and four children ...", "Career: managing director of ...", "Format:
# hardcover ...", "Rating: 3.5 stars out of 4.", "Doi: 10.1089/...", "Views: 5,588 ...",
# "Correction: this story originally said ..." (13 eligible Multi-News sentences open on
# one of these; none reads as a report).
_FIELD_LABEL = re.compile(
    r"^(?:contact|format|doi|topics?|tags|views|screenshot|rating|education|family|career|born|age|occupation"
    r"|hometown|quote|blog|corrections?|clarification|price|list price|isbn|publisher|pages|runtime|genre|cast"
    r"|starring|directed by|released|length|valid until|filed under|source|credit)\s*:",
    re.IGNORECASE,
)


_AUTHOR_BIO_VERBS = frozenset({"is", "was", "covers", "writes"})  # one is among a bio's 2nd-4th words


def is_page_matter(text: str) -> bool:
    """The page's own matter, whatever comes before or after it: an address to its reader,
    its author's note, a credit with no claim, a field under its label (each pattern above)."""
    if _TO_THE_READER.match(text) or _ATTRIBUTION_ONLY.match(text) or _FIELD_LABEL.match(text):
        return True
    # (the bio's pattern backtracks over its first words: tried only where its verb stands)
    return not _AUTHOR_BIO_VERBS.isdisjoint(text.lower().split(None, 4)[1:4]) and _AUTHOR_BIO.match(text) is not None
