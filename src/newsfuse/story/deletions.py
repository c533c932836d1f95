"""What deletion-only compression may remove from a sentence: whole whitespace tokens
that are not part of its claim. At the start: a dateline (``LONDON (AP) _``), an agency
credit (``(CNN)``), an aside in parentheses or brackets (a photo credit, an editor's
note), a page label, a discourse connective (``However,``); inside: a short parenthetical
(``Boehner (R-Ohio) said``) and a detached quote mark the sentence splitter left behind.
Never an aside holding a figure, a quotation or a hedge: what is left must say what the
sentence said. `wording` decides whether what is left may be shown.
"""

from __future__ import annotations

import re

from newsfuse.story.furniture import fixed_label_length, has_bare_date, leading_label
from newsfuse.story.speech import reopened_after_attribution
from newsfuse.story.tokens import DASHES, QUOTES_ALL, QUOTES_OPEN, bare
from newsfuse.text.days import MONTHS
from newsfuse.text.sentences import WIRE_AGENCIES

# Connectives whose deletion leaves a standalone sentence ("However, X did Y").
DELETABLE_CONNECTIVES = frozenset(
    "but but, and and, however however, meanwhile, meanwhile also, also still, so, moreover, furthermore,"
    " instead, nonetheless, nevertheless, yet yet, thus, indeed, separately, additionally, earlier,"
    " later, now, then,".split()
)
# Connectives that, without their comma, may open a concessive clause instead ("However
# history judges them, one thing is certain"): deleting one would change what the
# sentence says, so a sentence opening on one answers the sentence before it.
CONCESSIVE_OPENERS = frozenset({"however"})
# Connectives of several words, their comma on the last ("As a result, ...", "In other
# words, ..."): discourse adverbials that tie the sentence to what came before it and add
# nothing to its own claim, so they go as the one-word ones do. Where one cannot go (a
# lower-case word would open the sentence), those that name the sentence before it as
# their reference ("In response," to what?) make the sentence answer it; the others
# ("In fact,", "At the same time,") leave it able to stand alone, as it reads on its own.
REFERRING_CONNECTIVES = frozenset(
    " ".join(p.split()) for p in
    """in response, | as a result, | as a consequence, | in other words, | in turn, | in doing so, |
    by doing so, | to that end, | to this end, | because of this, | as such, | for example, |
    for instance,""".split("|")
)
CONNECTIVE_PHRASES = REFERRING_CONNECTIVES | frozenset(
    " ".join(p.split()) for p in
    """in addition, | in fact, | of course, | in the end, | in contrast, | by contrast, |
    on the other hand, | at the same time, | in the meantime, | after all, | even so, | that said, |
    all the same, | in particular, | above all, | on top of that, | what's more, | in any case, |
    in any event, | at any rate, | as expected, | not surprisingly, | to be sure, | for its part, |
    for his part, | for her part, | for their part, | as a matter of fact,""".split("|")
)
_MARKING_ONLY = CONNECTIVE_PHRASES - REFERRING_CONNECTIVES
# "So" before a clause draws it from the sentence before ("So the government will depend on
# tax increases ...", "so the u.s. team failed to qualify ..."): a connective. Before these
# it is an adverb of the sentence's own ("So far, ...", "So many systems are vulnerable"),
# or it opens an inversion that points back ("So did secretary of state john kerry ...",
# "So says the man who examined the wounds": `wording` reads those as back-references).
_SO_NOT_CONNECTIVE = frozenset(
    "far many much few little long often too very that as incredibly"
    " did does do is was are were has have had can could will would says said concludes goes runs".split()
)
_LONGEST_PHRASE = max(len(p.split()) for p in CONNECTIVE_PHRASES)


# A time told relative to an event the sentence before it names ("Seconds later, ...",
# "Two days earlier, ...", "Shortly afterwards, ..."): a connective as well, of at most
# three words, the last one of these, the ones before it a count, a unit or a degree.
RELATIVE_TIME_ENDS = frozenset("later, earlier, afterwards, afterward, after, before,".split())
RELATIVE_TIME_WORDS = frozenset(
    """a an one two three four five six seven eight nine ten few several some many a couple of
    second seconds minute minutes hour hours moment moments day days week weeks month months
    year years decade decades shortly soon much not long only just""".split()
)
_OPENING_WORDS = RELATIVE_TIME_WORDS | {p.split()[0] for p in CONNECTIVE_PHRASES}


def opens_on_referring_connective(tokens: list[str], english: bool = True) -> bool:
    """Whether ``tokens`` open on a connective that refers to the sentence before them: a
    one-word one, a relative time, or one of `REFERRING_CONNECTIVES`."""
    n = connective_length(tokens, english=english)
    return n == 1 or (n > 1 and " ".join(tokens[:n]).lower() not in _MARKING_ONLY)


def connective_length(tokens: list[str], at: int = 0, english: bool = True) -> int:
    """How many tokens from ``at`` make a connective: a one-word one (`DELETABLE_CONNECTIVES`),
    a phrase (`CONNECTIVE_PHRASES`) or a relative time (`RELATIVE_TIME_ENDS`); 0 if none
    opens there. Every sentence is asked: one set lookup turns most away. "So" counts in
    ``english`` text only (German "So hat er ...", Italian "So che ...")."""
    first = tokens[at].lower() if at < len(tokens) else ""
    if first in DELETABLE_CONNECTIVES:
        return 1
    if first == "so" and english:
        following = tokens[at + 1].lower().rstrip(",") if at + 1 < len(tokens) else ""
        return 1 if following and following not in _SO_NOT_CONNECTIVE else 0
    if first not in _OPENING_WORDS and not first.isdigit():
        return 0
    for n in range(2, min(_LONGEST_PHRASE, len(tokens) - at) + 1):
        if tokens[at + n - 1].endswith(","):  # the first comma ends any connective
            head = " ".join(tokens[at : at + n]).lower()
            if head in CONNECTIVE_PHRASES:
                return n
            words = head.split()
            relative = n <= 3 and words[-1] in RELATIVE_TIME_ENDS
            return n if relative and all(w in RELATIVE_TIME_WORDS or w.isdigit() for w in words[:-1]) else 0
    return 0


# A dateline sits within the first tokens: "NEW YORK (AP) _", "BEIJING, Oct. 5 (Xinhua) --".
DATELINE_MAX_TOKENS = 8
PARENTHETICAL_MAX_TOKENS = 6  # "( r-ohio )", "(the Australian Transport Safety Bureau)"
# A parenthetical holding one of these qualifies the claim: deleting it would change it
# (and so would a genre label: "(Satire) The president resigned." is no report; and a
# time qualifier: "they didn't do anything as rash as trying to buy us (yet)").
PARENTHETICAL_HEDGES = frozenset(
    "not no never allegedly reportedly apparently possibly probably perhaps maybe supposedly purportedly"
    " unconfirmed unverified sic former formerly ex later yet still"
    " satire satirical parody spoof opinion rumor rumour rumors rumours hypothetical fiction joke".split()
)
AGENCY_MAX_TOKENS = 3  # "(CNN)", "( cnn )", "( ap )"
ASIDE_MAX_TOKENS = 12  # "[ read the new york times editorial here. ]"
# Multi-News writes quote marks as separate tokens and its sentence splitter leaves a
# closing mark at the start of the next sentence: 'named him the " most-hated man on the
# internet.' + '" both men are charged ...'. What follows a sentence's end that shows it.
_CLOSES_NEXT = re.compile(r'[ \t]*"(?:\s|$)')


def dateline_length(tokens: list[str], lowercased: bool) -> int:
    """How many leading tokens form a dateline ending in a dash that may go (0 if none):
    not one the sentence points back to ("DAMASCUS, Syria (AP) _ Mubarak flew here on
    Sunday": without it, "here" is nowhere)."""
    length = _dateline_length(tokens, lowercased) or _agency_dateline(tokens)
    if length and any(bare(t) == "here" for t in tokens[length:]):
        return 0
    return length


# The wire services whose credit in parentheses closes a dateline ("new york ( cnn ) the
# nypd said ..."): with no dash after it, the place before it is the dateline too.
DATELINE_AGENCIES = WIRE_AGENCIES | {"bloomberg"}
AGENCY_DATELINE_MAX_PLACE = 4  # "new york", "washington, d.c.", "san juan, puerto rico"


def _agency_dateline(tokens: list[str]) -> int:
    """How many leading tokens form a place and a wire credit with no dash after them
    ("new york ( cnn )", "LONDON (Reuters)"; 0 if none). Deleting the credit alone, as a
    parenthetical, left "New york the nypd said ...". The place holds no clause mark."""
    if "(" not in "".join(tokens[1 : AGENCY_DATELINE_MAX_PLACE + 1]):
        return 0  # most sentences: one C scan
    for k, tok in enumerate(tokens[: AGENCY_DATELINE_MAX_PLACE + 1]):
        if tok.startswith("("):
            close = next((j for j in range(k, min(len(tokens), k + 3)) if tokens[j].endswith(")")), None)
            inside = " ".join(tokens[k : close + 1]).strip("() ").lower() if close is not None else ""
            if not k or inside not in DATELINE_AGENCIES or close + 1 >= len(tokens) or tokens[close + 1] in DASHES:
                return 0  # a dash after it: `_dateline_length` reads it
            return close + 1 if not any(ch in t for t in tokens[:k] for ch in ".;:!?\"“”") else 0
    return 0


# In lower-cased text a short head before a dash that opens on a determiner or a pronoun
# is the sentence's subject (or its start) before an aside ("the mediterranean diet —
# higher in vegetables, ... — has long been cited", "it's biofilm — a microbial invasion
# ..."), not a place: a place opens on "the" only as a name of two words ("the hague —",
# "the bronx —") or with its region after a comma ("the hague, netherlands —").
_NOT_PLACE_OPENERS = frozenset(
    "a an this that these those his her its their our my your it he she they we i you"
    " it's it’s he's he’s she's she’s".split()  # not "here's the breakdown --": a lead-in that goes
)


def _subject_head(head: list[str]) -> bool:
    first = head[0].lower()
    if first in _NOT_PLACE_OPENERS:
        return True
    return first == "the" and len(head) > 2 and not any(t.endswith(",") for t in head[:-1])


def _dateline_length(tokens: list[str], lowercased: bool) -> int:
    head = "".join(tokens[:DATELINE_MAX_TOKENS])
    if "-" not in head and "_" not in head and "—" not in head and "–" not in head and "―" not in head:
        return 0  # every dash and dash-ended token holds one: most sentences stop here
    for i, tok in enumerate(tokens[:DATELINE_MAX_TOKENS]):
        if tok in DASHES:
            head = tokens[:i]
            if not head:
                return i + 1
            if any(";" in t for t in head):
                return 0  # "( supplementary figs. 1 – 5; ...": a range, not a dateline
            # a credit closing right before the dash: "( ap ) _", "LONDON (AP) _"; not one
            # the sentence went on from ("( cnn ) a list of names -- including ...")
            agency = head[-1].endswith(")") and any(t.startswith("(") for t in head)
            if lowercased:  # a short head, but not a name and age ("ballas, 26 – who ...")
                aged = len(head) == 2 and head[0].endswith(",") and head[1].isdigit() and len(head[1]) <= 3
                # nor the subject before an aside between dashes ("democratic heavy hitters
                # — including bill clinton — are quietly trying ..."); after a head of two
                # words or more with no comma (a name, not a town: "damon feldman -- who
                # worked with king ... -- tells tmz ...", "visible supermoons — full moons
                # that appear when ... — aren't very rare.") the aside may be of any length
                reach = len(tokens) if len(head) > 1 and not any("," in t for t in head) else i + 1 + ASIDE_MAX_TOKENS
                aside = tokens[i + 1 : i + 2] != [] and tokens[i + 1] not in DASHES and any(
                    t in DASHES for t in tokens[i + 2 : reach]
                )
                return i + 1 if agency or (len(head) <= 3 and not aged and not aside and not _subject_head(head)) else 0
            letters = "".join(ch for t in head for ch in t if ch.isalpha())
            shouted = letters.isupper() if letters else True
            # "Meadow Lake, Saskatchewan –": a short capitalised place, with its comma
            place = len(head) <= 4 and head[-2:-1] != [] and any(t.endswith(",") for t in head[:-1]) and all(
                t[:1].isupper() for t in head
            )
            return i + 1 if shouted or agency or place else 0
        if tok.endswith(("_", "--", "—", "–")) and tok.rstrip("_-—–").isupper():
            return i + 1  # "LONDON--" written as one token
    return 0


# A wire's name glued bare before the lead's first word, which no sentence opens that way:
# "Reuters the american center for law and justice is suing ..." (not "Reuters said ...").
_OPENS_A_LEAD = frozenset("the a an".split())


# A post's, a byline's or a page's stamp before the narration, ending on a full date that
# nothing introduces ("amtrak september 7, 2016 after the tweet gained ...", "By toby
# axelrod, august 2, 2016 long-lost paintings ...": `furniture.has_bare_date`): it goes,
# through the date's year, when a sentence's worth of words follows.
STAMP_MAX_TOKENS = 8
_YEAR_TOKEN = re.compile(r"(?:19|20)\d\d,?")


def leading_date_stamp(tokens: list[str], min_words: int = 6) -> int:
    """How many leading tokens are such a stamp (0 if none)."""
    head = " ".join(tokens[: STAMP_MAX_TOKENS + 1])
    if ", 19" not in head and ", 20" not in head:
        return 0  # (no "day, year" in reach: most sentences)
    for j, token in enumerate(tokens[: STAMP_MAX_TOKENS + 1]):
        if _YEAR_TOKEN.fullmatch(token) and j >= 2:
            if len(tokens) - (j + 1) >= min_words and has_bare_date(" ".join(tokens[: j + 1]).rstrip(",")):
                return j + 1
            return 0
    return 0


def leading_agency(tokens: list[str]) -> int:
    """How many leading tokens form a parenthesised credit with no dash after it:
    "(CNN) Melania Trump defended ...", "( cnn ) melania trump ..." (0 if none), or a
    wire's bare name before an article ("Reuters the american center ..."). A parenthesis
    that the sentence goes on from ("( crest ), referring to ...") is not one."""
    if len(tokens) > 2 and tokens[0].lower() in WIRE_AGENCIES and tokens[1] in _OPENS_A_LEAD:
        return 1  # lower-case "the": a capital would be a name ("AP The Associated Press ...")
    if not tokens[:1] or not tokens[0].startswith("("):
        return 0
    for i, tok in enumerate(tokens[:AGENCY_MAX_TOKENS]):
        if tok.endswith(")"):  # a hedge is no credit: "( allegedly ) the mayor took ..."
            hedged = any(bare(t) in PARENTHETICAL_HEDGES for t in tokens[: i + 1])
            return i + 1 if len(tokens) > i + 1 and not hedged else 0
        if any(ch in tok for ch in ",;:.") and not tok.endswith("."):
            return 0
    return 0


# A byline glued before the lead where a scrape flattened the page into lower-cased lines
# (Multi-News: "By courtney kube and phil helsel the navy admiral in charge ...", "By fred
# kiva a game ranger's ... child has been eaten ...", "By radar staff kim kardashian has
# ...", "By bbn staff: confirmed reports ..."): "By", then one name of two or three words
# or two joined by "and", and the lead opening on an article; or a desk's name and
# "staff", with no "By" where the desk is a site ("Ctvnews.ca staff following ..."). A
# "By" phrase of the sentence's own ("By then, ...", "By late afternoon the ...", "By mid
# afternoon mccarty was found guilty ...") has no such shape.
BYLINE_NAME_WORDS = (2, 3)
_SITE = re.compile(r"[a-z][\w-]*\.(?:com|ca|co\.uk|org|net|news)", re.IGNORECASE)
_NOT_IN_A_BYLINE = frozenset(
    """the a an and or of in on at to for with from by then now this that these those most many some all
    any every each no far contrast comparison tradition law design default way means noon midnight
    midday morning afternoon evening night day days week weeks month months year years time end late early
    mid next last first second third monday tuesday wednesday thursday friday saturday sunday today
    tomorrow yesterday which what who whom whose i me we us you he him she her it they them his its their
    our my your""".split()
) | frozenset(MONTHS)
_BYLINE_WORD = re.compile(r"[a-z][a-z'’.-]*(?:/[a-z][a-z'’.-]*)?:?", re.IGNORECASE)


def _byline_word(token: str) -> bool:
    word = token.rstrip(":").lower()
    return (
        _BYLINE_WORD.fullmatch(token) is not None and word not in _NOT_IN_A_BYLINE
        and not word.endswith(("ing", "ly"))
    )


def leading_byline(tokens: list[str], lowercased: bool) -> int:
    """How many leading tokens form such a byline (0 if none); lower-cased text only."""
    if not lowercased or len(tokens) < 6:
        return 0
    if tokens[1].lower() == "staff" and _SITE.fullmatch(tokens[0]):
        return 2  # a site's desk with no "By": "Ctvnews.ca staff following a deeply divisive ..."
    if tokens[0] not in ("By", "by"):
        return 0
    end = 1
    while end < min(len(tokens) - 1, 1 + 2 * max(BYLINE_NAME_WORDS) + 1) and (
        _byline_word(tokens[end]) or (tokens[end] == "and" and end > 1)
    ):
        if tokens[end].endswith(":"):
            return end + 1 if tokens[end].rstrip(":").lower() == "staff" or end > 2 else 0  # "By bbn staff: ..."
        if tokens[end].lower() == "staff" and end >= 2:
            return end + 1  # "By radar staff kim kardashian ..."
        end += 1
    if tokens[end].lower() not in _OPENS_A_LEAD:
        return 0
    names = " ".join(tokens[1:end]).split(" and ")
    if len(names) > 2 or not all(len(n.split()) in BYLINE_NAME_WORDS for n in names):
        return 0
    return end


_CLOSING = {"(": ")", "[": "]"}


def leading_aside(tokens: list[str]) -> int:
    """How many leading tokens form an aside in parentheses or brackets that the sentence
    after it does not lean on: a credit or an editor's note ("( youtube/john boehner ) just
    two weeks ago, ...", "[ there was a video here ] early tuesday morning, ...", "[ updated
    below ] yesterday ..."); 0 if none. Not one the sentence goes on from ("[ his father ],
    zubeidat ..."), nor one holding a figure ("( 53 % ) athletes landed ...": the rest
    would lose its number), a quotation or a hedge (`_deletable_aside`)."""
    closing = _CLOSING.get(tokens[0][:1]) if tokens else None
    if closing is None:
        return 0
    end = next((j for j, tok in enumerate(tokens[:ASIDE_MAX_TOKENS]) if closing in tok), None)
    if end is None or end == len(tokens) - 1 or not tokens[end].endswith(closing):
        return 0
    return end + 1 if _deletable_aside(tokens[: end + 1], tokens[0][0], closing) else 0


def _deletable_aside(aside: list[str], opening: str = "(", closing: str = ")") -> bool:
    """Whether deleting these tokens (an aside, its marks included) leaves the claim whole:
    not nested; no figure (a figure is a fact) or quote mark (the quotes must stay
    balanced), unless it is a web address alone; nothing that hedges or negates the claim
    ("He (allegedly) took the money")."""
    inside = " ".join(aside)
    return (
        inside.count(opening) == 1
        and inside.count(closing) == 1
        and (not any(ch.isdigit() or ch in QUOTES_ALL for ch in inside)
             or _WEB_ADDRESS.fullmatch(inside.strip(opening + closing + " ")) is not None)
        and not any(bare(t) in PARENTHETICAL_HEDGES for t in aside)
    )


def _names_a_date(head: list[str]) -> bool:
    """Whether a dateline's head names a day ("venice, january 22"), a month and a number."""
    return any(t.lower().rstrip(".,") in MONTHS for t in head) and any(any(ch.isdigit() for ch in t) for t in head)


def leading_deletions(
    tokens: list[str], lowercased: bool, strip_connectives: bool = True, quote_open_before: bool = True,
    english: bool = True,
) -> int:
    """How many leading tokens go: a dateline, a credit, an aside or a label (and a dash
    after it), a detached quote mark that closes a quotation left open before the sentence
    (``quote_open_before``: whether the text before it leaves one open), connectives."""
    drop = fixed_label_length(tokens)  # before datelines: "text size -" is no place
    if drop:  # the page's label, then its lead's dateline ("Article excerpt rio de janeiro — ...")
        drop += dateline_length(tokens[drop:], lowercased)
    else:
        drop = (
            dateline_length(tokens, lowercased) or leading_agency(tokens) or leading_aside(tokens)
            or leading_byline(tokens, lowercased)
        )
    drop += leading_date_stamp(tokens[drop:])  # (after a signature's dash: "— amanda carpenter ( @... ) february 14, 2016 ...")
    if drop and tokens[drop - 1] in DASHES:
        # a wire's credit, then its place and date ("( ansa ) - venice, january 22 - four
        # japanese tourists ..."): a second dateline, with its date (not "( ap ) — Sen. John
        # McCain, R-Ariz. — said ...": a name and its state before an aside)
        again = dateline_length(tokens[drop:], lowercased)
        if again and _names_a_date(tokens[drop : drop + again - 1]):
            drop += again
    if not drop:
        drop = leading_label(tokens, lowercased)
        if drop:  # the page's label, then its lead's dateline ("Update: washington — ...")
            drop += dateline_length(tokens[drop:], lowercased)
    if tokens[:drop] and len(tokens) > drop and tokens[drop] in DASHES:
        drop += 1
    if tokens[drop : drop + 1] == ['"'] and quote_open_before and (
        "".join(tokens).count('"') % 2 or tokens[drop + 1 : drop + 2] == ['"']
    ):
        # a detached quote mark closing the previous sentence's quote (Multi-News); of two
        # ('" " our deepest sympathies go to ...'), the second opens the sentence's own
        drop += 1
    while strip_connectives and drop < len(tokens) - 1:
        n = connective_length(tokens, drop, english)
        if not n or tokens[drop].lower() in CONCESSIVE_OPENERS or drop + n >= len(tokens):
            break
        following = tokens[drop + n]
        if not (lowercased or following[:1].isupper() or following[:1].isdigit() or following[:1] in QUOTES_OPEN):
            break
        drop += n
    return drop


def split_off_quote(tokens: list[str], following: str) -> int | None:
    """Index of a detached opening quote mark whose closing mark the sentence splitter
    moved to the start of the next sentence, else None. Deleting it leaves the sentence's
    own words, in order, with balanced quotes; the sentence is whole (its quotation
    opened after some words of its own, so it has its speaker or context, and closed at
    its end). A detached mark after ",", ".", "!", "?" closes a quotation opened in an
    earlier sentence ('The door is ruined, " said the homeowner.'): not repaired."""
    if "".join(tokens).count('"') % 2 == 0 or not _CLOSES_NEXT.match(following):
        return None
    if not tokens[-1].endswith((".", "!")):
        return None
    last = max(i for i, t in enumerate(tokens) if '"' in t)
    if tokens[last] != '"' or last < 2 or last >= len(tokens) - 1:
        return None
    if tokens[last - 1].endswith((",", ".", "!", "?", ";", "…")):
        return None
    return last


def trailing_opening_mark(tokens: list[str]) -> int | None:
    """Index of a detached quote mark that ends the sentence but opens the next sentence's
    quotation: right after another one, with the sentence's marks odd (Multi-News: '... on
    cbs's " face the nation. " "' + 'obviously, he means ...': the first closes the
    sentence's quotation), or after an attribution that follows a closing mark ('At some
    point the ice did firm up, " healy said. "': `speech.reopened_after_attribution`). It
    belongs to the next sentence; deleting it leaves this one's own words. Else None."""
    if len(tokens) < 3 or tokens[-1] != '"':
        return None
    if tokens[-2] == '"':
        return len(tokens) - 1 if "".join(tokens).count('"') % 2 else None
    if tokens[-2].endswith((".", "!")) and reopened_after_attribution(" ".join(tokens[-24:])):
        return len(tokens) - 1
    return None


# A web address alone in parentheses ("tells khq-tv ( http://bit.ly/2qljxgt ) that ..."):
# a link the page rendered, never part of the claim, digits or not.
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|[\w-]+(?:\.[\w-]+)+/\S*")


# The token a sentence ends on, before a credit in parentheses after it.
_SENTENCE_END = (".", "!", "?", '."', '!"', '?"', ".”", "!”", "?”")


def trailing_credit(tokens: list[str]) -> list[int]:
    """Indices of a credit in parentheses after the sentence's last word ("... found in
    the river. ( ap )", "... said on monday. ( x/the washington post )"): an aside after
    the sentence has ended, which its claim does not lean on (the aside checks of
    `_deletable_aside`). [] if none."""
    if len(tokens) < 3 or not tokens[-1].endswith(")"):
        return []
    start = next((k for k in range(len(tokens) - 1, max(0, len(tokens) - ASIDE_MAX_TOKENS) - 1, -1)
                  if tokens[k].startswith("(")), None)
    if not start or not tokens[start - 1].endswith(_SENTENCE_END) or not _deletable_aside(tokens[start:]):
        return []
    # a longer one only as a photo credit names its source, after a slash ("( matt mcclain/
    # the washington post )"): a clause in parentheses after "Jr." is no credit
    if len(tokens) - start > PARENTHETICAL_MAX_TOKENS and not any("/" in t for t in tokens[start:]):
        return []
    return list(range(start, len(tokens)))


def parentheticals(tokens: list[str]) -> list[int]:
    """Indices of the tokens of short parentheticals inside the sentence ("Boehner ( r-ohio
    ) released", "the bureau (ATSB) said", a web address): asides whose deletion leaves the
    sentence's claim whole. Kept: one with a digit (a figure is a fact) or a quote mark (the quotes
    must stay balanced), one that hedges or negates the claim ("He (allegedly) took the
    money"), one whose closing mark has punctuation after it (deleting it would take the
    comma or the full stop), one that opens the sentence (the leading deletions handle
    datelines) and nested ones. And when one of a sentence's parentheticals is kept, all
    are: asides side by side are parallel, and deleting some of them pins the ones left on
    the wrong words ("... Eddie Jordan (Washington), Sam Mitchell (Toronto) and Randy
    Wittman (Minnesota)." without "(Toronto)" makes Mitchell Minnesota's coach). A credit
    after the sentence's end is no such aside: pass the tokens before it (`trailing_credit`)."""
    out: list[int] = []
    k = 1
    while k < len(tokens):
        if not tokens[k].startswith("("):
            k += 1
            continue
        end = next((j for j in range(k, min(len(tokens), k + PARENTHETICAL_MAX_TOKENS)) if ")" in tokens[j]), None)
        if end is None or end == len(tokens) - 1 or not (
            tokens[end].endswith(")") and _deletable_aside(tokens[k : end + 1])
        ):
            return []  # this one stays, so all do
        out.extend(range(k, end + 1))
        k = end + 1
    return out
