"""How a sentence may be shown in a summary: deletion-only trimming and the test of
whether it stands on its own.

Only whole whitespace tokens are ever deleted (`deletions`: a leading dateline, credit,
aside or connective, a detached quote mark, short parenthetical asides; never one holding
a figure, a hedge or a quote mark), so the words shown are always an in-order
subsequence of the cited sentence's words. A sentence that needs the one before it
(``He also said ...``, ``It was ...``, a bare quotation with no speaker, a quote
fragment) cannot stand alone: no deletion can repair it. It may still be
shown as a *continuation*, directly after the sentence before it in its article (see
`follows`): then the two read as the article itself does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterator

from newsfuse.model import Article
from newsfuse.story.candidates import Candidate
from newsfuse.story.clauses import (
    MIN_WORDS_IN_CONTEXT, ends_on_stranded_auxiliary, has_finite_verb, refers_to_nothing, short_clause,
)
from newsfuse.story.deletions import (
    leading_deletions, opens_on_referring_connective, parentheticals, split_off_quote, trailing_credit,
    trailing_opening_mark,
)
from newsfuse.story.furniture import (
    has_bare_date, is_dated_caption, is_junk, is_page_matter, marked_by_what_follows, opens_on_link_label,
    points_at_a_picture, speaks_of_the_page,
)
from newsfuse.story.references import (
    demonstrative_early, presupposed_noun, presupposed_source, pronoun_after_opening_clause,
)
from newsfuse.story.speech import (
    ATTRIBUTED_AT_END, QUOTATION, QUOTE_MARK, SPEECH_VERB, TAIL_WORDS, balanced, closes_earlier, detached_mark_opens,
    hands_over_to_a_speaker, inside_a_quotation, leaves_open, line_before, opening_mark_before, opening_quotation_end,
    opening_voice, speaks_unattributed, speaks_unmarked,
)
from newsfuse.story.tokens import (
    FIRST_PERSON_OPENERS, QUOTES_ALL, QUOTES_OPEN, STOPWORDS, SUBJECT_PRONOUNS, Span, bare, stopwords, token_spans,
)
from newsfuse.text.case import reads_lowercased
from newsfuse.text.sentences import NAME_SUFFIXES, SCRIPT_STOPS
from newsfuse.text.words import count_tokens

# Openers that refer back to something earlier in the article: the subject pronouns, and
# demonstratives, possessives and object forms.
BACK_REFERENCE_OPENERS = SUBJECT_PRONOUNS | frozenset(
    "this that these those his her its their him them such that's".split()
)
# A subject pronoun after a short leading adverbial ("On Saturday, he traveled ...", "In a
# statement, they said ...") refers back as surely as one that opens the sentence. The
# adverbial opens on a preposition or a time/discourse word and runs at most
# ADVERBIAL_MAX_TOKENS tokens to its comma; a subordinate clause ("When Smith arrived, he
# ...") may hold the pronoun's antecedent and is left alone.
ADVERBIAL_OPENERS = frozenset(
    "on in at after before during since by for from within throughout under last later earlier then still"
    " meanwhile also now today yesterday tonight finally separately instead however moreover but and so yet"
    " afterwards overall nevertheless first second third firstly secondly thirdly lastly eventually initially"
    " ultimately recently previously additionally".split()
)
ADVERBIAL_MAX_TOKENS = 4
# Openers that are a whole adverbial alone, so a pronoun may follow with no comma.
ADVERB_OPENERS = frozenset("now then later still also so yet meanwhile today yesterday tonight finally instead".split())
# The pronoun speaker of an attribution tail refers back too ("Seventeen others died in
# landslides in nearby Camarines Sur province, he said."), as a quotation's does. The
# tail after the verb is a time or place ("he said on Monday.") or, after "told", its
# audience ("she told reporters at the scene."); "..., he said the talks would go on."
# is a reported clause, not a tail. A single quotation mark may close a quotation before
# it ("I don't need to do anything anymore, ' she told the magazine.").
_PRONOUN_ATTRIBUTION_END = re.compile(
    r",(?:\s*['’])?\s+(?:he|she|they)\s+(?:"
    r"(?:" + SPEECH_VERB + r")"
    r"(?:\s+(?:on|in|at|during|after|before|last|this|yesterday|today|tonight|earlier|later)" + TAIL_WORDS + r"{0,3})?"
    r"|(?:told|tells)" + TAIL_WORDS + r"{1,4})"
    r"[.!]['’\"”]*$",
    re.IGNORECASE,
)
# BACK_REFERENCE_OPENERS in other languages, used only when the article is in that
# language ("Ella", "Elle", "Lui" are also names and magazines in English text).
OTHER_BACK_REFERENCE_OPENERS = {
    "fr": frozenset("il elle ils elles cela ceci ça ce cet cette ces celui-ci celle-ci ceux-ci celles-ci"
                    " lui leur leurs son sa ses c'est c’est c'était c’était".split()),
    "de": frozenset("er sie es dies diese dieser dieses diesen jene jener jenes sein seine ihr ihre".split()),
    "es": frozenset("él ella ellos ellas este esta estos estas esto eso ese esa esos esas su sus".split()),
    "it": frozenset("lui lei loro egli ella esso essa essi esse questo questa questi queste ciò suo sua suoi sue".split()),
    "pt": frozenset("ele ela eles elas este esta estes estas isto isso esse essa esses essas seu sua seus suas".split()),
    "cs": frozenset("on ona ono oni ony to tento tato toto tyto ten ta ti jeho její jejich".split()),
    "el": frozenset("αυτός αυτή αυτό αυτοί αυτές αυτά εκείνος εκείνη εκείνο εκείνοι".split()),
    "he": frozenset("הוא היא הם הן זה זו זאת".split()),
    "hi": frozenset("वह वे यह ये उसने उन्होंने इन्होंने इसने उसका उसकी उसके उनका उनकी उनके इसका इसकी इसके उसे उन्हें".split()),
}
# French "il" that stands for nothing: "Il y a ...", "Il n'y a pas eu ...", "Il faut ...".
_IMPERSONAL_AFTER_IL = frozenset("y n'y n’y faut s'agit s’agit semble reste existe".split())


def _impersonal(tokens: list[str]) -> bool:
    return len(tokens) > 1 and tokens[0].lower() == "il" and tokens[1].lower() in _IMPERSONAL_AFTER_IL


_OPENERS_BY_LANGUAGE = {lang: BACK_REFERENCE_OPENERS | more for lang, more in OTHER_BACK_REFERENCE_OPENERS.items()}


@dataclass(frozen=True)
class _Lexicon:
    """The words the rules read in one language: back-reference openers and function words
    (and whether it is English: "So" is a connective there only)."""

    openers: frozenset[str]
    stop_words: frozenset[str]
    english: bool


@lru_cache(maxsize=None)
def _lexicon(language: str) -> _Lexicon:
    return _Lexicon(_OPENERS_BY_LANGUAGE.get(language, BACK_REFERENCE_OPENERS), stopwords(language), language == "en")
# Finite verbs that open a sentence whose subject was cut off (a headline fragment or a
# mis-split: "Said he's not taking the plunge ...", "Will not run for ..."). Modals count
# only before "not", "be" or "have" ("Will Smith plays ..." is a name).
SUBJECTLESS_OPENERS = frozenset("said says told tells added adds is are was were has have had".split())
SUBJECTLESS_MODALS = frozenset("will would must should can could".split())
MODAL_FOLLOWERS = frozenset("not be have".split())
QUESTION_MARKS = ("?", "؟", "？")  # Latin, Arabic, full-width
_TERMINAL = re.compile(r"[.!\"”’»')\]" + SCRIPT_STOPS + r"]$")
# A sentence's own end before or inside a closing aside: a stop and its closing marks.
_TERMINAL_STOP = re.compile(r"[.!?" + SCRIPT_STOPS + r"][\"”’»']*$")
# Text cut off right after a possessive's or a contraction's detached apostrophe
# (Multi-News's "refuted sherman '" for "sherman's ..."): the mark closes nothing.
_CUT_AT_APOSTROPHE = re.compile(r"\w\s+['’]\s*$")
# An ellipsis at the end marks text cut off (a teaser, a caption: "... would top some
# of...", "... government intrusion on..."), whatever closing mark follows it.
_TRAILING_ELLIPSIS = re.compile(r"(?:\.\.\.|…)[\"”’')\]]*\s*$")
# A comma (or semicolon, colon) right before a closing quotation mark at the end: the
# quotation's speaker was to follow, past a line break the splitter took for a sentence end
# ('Besides "American Pie" and her E! reality show "Taradise,"' + 'Reid has had ...'); in
# tokenized text with a space between them ('"it is a positive development, "': the
# speaker is in the next "sentence") when the straight marks pair up, so that the last one
# closes (an odd one opens what the next sentence says: '... lee told flynt: "').
_CUT_BEFORE_ATTRIBUTION = re.compile(r"[,;:][\"”’'»]+$")
_CUT_BEFORE_ATTRIBUTION_SPACED = re.compile(r"[,;:] [\"”’'»]$")
# A sentence ending in a title, an initial or a month ("Spc.", "Gen.", "J.", "on Jan.")
# was split too early. Matched without regard to case in lower-cased articles ("jan.").
_ABBREVIATION = (
    r"^(?:Spc|Sgt|Gen|Col|Lt|Capt|Maj|Cpl|Pvt|Adm|Cmdr|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Rev|Prof|Pres|St|Mt|Ft|No"
    r"|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|[A-Z])\.$"
)
_ABBREVIATION_END = re.compile(_ABBREVIATION)
_ABBREVIATION_END_ANY_CASE = re.compile(_ABBREVIATION, re.IGNORECASE)
# In lower-cased text a company's or a name's suffix ends a sentence only where the
# corpus's own splitter cut a name from the rest of its sentence ("... is auditing how
# google inc." + "Avoided federal income taxes by shifting ..."): the sentence splitter
# mends such seams (`text.sentences.NAME_SUFFIXES`); one it could not (across a line
# break, a credit line "Copyright 2012 by nbc universal, inc.") is no sentence to show, nor
# the text after it. In cased text "... along with Microsoft Corp." ends for real.
_NAME_SUFFIX = r"(?:" + "|".join(sorted(NAME_SUFFIXES)) + r")\."
_NAME_SUFFIX_TOKEN = re.compile(_NAME_SUFFIX, re.IGNORECASE)
# ... on the same line: a paragraph may end on one, and the next paragraph stands alone
_AFTER_NAME_SUFFIX = re.compile(r"(?:^|\s)" + _NAME_SUFFIX + r"[^\S\n]+$", re.IGNORECASE)


@dataclass(frozen=True)
class WordingOptions:
    min_words: int = 6  # shorter: rarely self-contained news (6 beat 8 on DUC and MultiLing)
    # ... but a sentence of this many words that reads as a clause of its story
    # (`clauses.short_clause`: a subject, a finite verb, a full stop; no dateline, caption,
    # label or teaser) stands alone too ("No casualties have been reported.", "The plane is
    # still missing."): DUC +0.03, MultiLing-en +0.05, Multi-News +0.03 / +0.05 (docs/
    # summary-rounds.md, fifteenth round); 4 words gained nothing more.
    min_clause_words: int = 5
    # Longer sentences are "long": one would eat a 100-word budget alone. A larger budget
    # admits longer ones, up to this share of it and never over max_words_cap
    # (`for_budget`): Multi-News's ~260-word summaries gain (docs/summary.md).
    max_words: int = 55
    max_budget_share: float = 0.4
    max_words_cap: int = 80
    # A sentence longer than this that says a two-content-word phrase twice is a run-on:
    # a headline or caption glued before the lead that restates it ("roseville man posts
    # ticket ... local news roseville man posts ticket ...", "... dies of marburg marburg
    # is an ebola-like hemorrhagic fever ... marburg hemorrhagic fever was diagnosed").
    # In a sample of such Multi-News summary sentences of 31-55 words, 17 of 25 were
    # run-ons or furniture; no DUC or MultiLing summary changed (docs/summary-rounds.md).
    run_on_min_words: int = 30
    strip_connectives: bool = True
    drop_parentheticals: bool = True

    def for_budget(self, budget: int) -> WordingOptions:
        """These options with the length limit a summary of ``budget`` words allows."""
        limit = max(self.max_words, min(self.max_words_cap, round(self.max_budget_share * budget)))
        return self if limit == self.max_words else replace(self, max_words=limit)


@dataclass(frozen=True, slots=True)
class Wording:
    """A candidate sentence as it would be shown: the words kept and whether it may be."""

    candidate: int
    text: str  # the kept whitespace tokens of the sentence, joined by single spaces
    words: int  # as the budget counts them (text.words: whitespace tokens, or a script's words)
    eligible: bool
    reason: str = ""
    # Not eligible alone, but its only problems are what the sentence before it in its
    # article supplies: a back-reference opener, a bare quotation, a quotation begun
    # there (or, for a sentence that opens a quotation, ended in the next one).
    continuable: bool = False
    # Indices of the sentence's whitespace tokens that were deleted (a leading dateline
    # or connective, a detached quote mark): the rest, in order, are ``text``.
    dropped: tuple[int, ...] = ()
    # The offset in the article of a quote mark right before the sentence that opens its
    # quotation (`speech.opening_mark_before`), shown first: ``text`` starts with it, and
    # the sentence's span, as cited, starts there. -1: none.
    opening_mark: int = -1
    # The noun of an unqualified definite subject ("The company said ..." -> "company":
    # `references.presupposed_noun`), or of a source named by kind alone ("..., the station
    # reported." -> "station": `references.presupposed_source`): it never leads a summary,
    # and follows a summary sentence that names the noun.
    presupposes: str = ""
    # A continuation in the English first person with no quotation mark ("When news of the
    # first came, i felt sadness.": `speech.speaks_unmarked`): nobody the reader knows
    # speaks, unless the sentence before gives someone the floor (`follows`). Read in
    # English only, as the first-person rules are (French "me", Czech "my" are no "I").
    unmarked_voice: bool = False

    def kept_spans(self, article_text: str, start: int, end: int) -> list[Span]:
        """The character spans of the words shown, in the sentence ``article_text[start:end]``
        (and its opening mark before it)."""
        spans = token_spans(article_text, start, end)
        gone = set(self.dropped)
        mark = [(self.opening_mark, self.opening_mark + 1)] if self.opening_mark >= 0 else []
        return mark + [span for k, span in enumerate(spans) if k not in gone]

    def cited_start(self, start: int) -> int:
        """Where the cited span of a sentence starting at ``start`` begins."""
        return self.opening_mark if self.opening_mark >= 0 else start


# The reasons a neighbouring sentence of the same article can answer (`follows`).
CONTEXT_REASONS = frozenset({"back-reference", "quote-fragment", "unattributed-quote", "short"})


def _problems(
    text: str, tokens: list[str], lowercased: bool, options: WordingOptions, lexicon: _Lexicon, words: int,
) -> Iterator[tuple[str, bool]]:
    """Why the kept tokens cannot stand alone as a summary sentence, rule by rule, each
    reason with whether the sentence(s) before it in its article answer it when shown
    next to it (a back-reference opener, the quotation's balance and speaker: `follows`
    checks those on the pair); every other rule stands in context too. Lazy: a reader
    stops at the first reason that context cannot answer. ``words``: the tokens'
    `count_tokens`."""
    if words < options.min_words and not (words >= options.min_clause_words and short_clause(tokens, text)):
        # in context, a short clause reads as the article's next sentence ("He was 79.")
        yield "short", words >= MIN_WORDS_IN_CONTEXT and short_clause(tokens, text)
    if words > options.max_words:
        yield "long", False
    if is_junk(text) or opens_on_link_label(text):
        yield "junk", False
    if bare(tokens[0]) in lexicon.openers and not _impersonal(tokens) and not refers_to_nothing(tokens, text):
        yield "back-reference", True
    if opens_on_referring_connective(tokens, lexicon.english):
        yield "back-reference", True  # a connective that could not go ("But a spokesman said ..."): it answers the sentence before
    if _pronoun_after_adverbial(tokens):
        yield "back-reference", True
    # A sentence opening on "I" or "We" outside quotation marks is speech whose marks were
    # lost (a scrape, a transcript: "i hate the children being taken away.") or a
    # columnist's, an outlet's or a study's own voice: the reader needs the sentence before
    # it to know who speaks, unless it names its speaker at its end (`speech`). English
    # words: Czech, Polish or Croatian "I" is "and" or "even" ("I když ...", "I přes
    # povzbudivé sliby ..."), Italian "I" is "the".
    if (
        lexicon.english
        and bare(tokens[0]) in FIRST_PERSON_OPENERS
        and not QUOTE_MARK.search(text)
        and not ATTRIBUTED_AT_END.search(text)  # "I think we will win, Smith said."
    ):
        yield "unattributed-quote", True  # speech that lost its quote marks: who is "I"?
    if _subjectless(tokens, lowercased) or _continues_a_list(tokens, lowercased) or (
        lexicon.english and _phrase_without_clause(tokens)
    ):
        yield "fragment", False
    first = tokens[0][:1]
    caseless_letter = first.isalpha() and (lowercased or first.upper() == first.lower())  # or a script without case
    if not (first.isupper() or first in QUOTES_OPEN or first.isdigit() or caseless_letter):
        yield "fragment", False  # lower-cased text: still no start on punctuation ("( crest ), ...")
    if ")" in text or "]" in text or "(" in text or "[" in text:
        cut = _cut_inside_brackets(tokens)
        if cut:
            yield cut, False
    if _PRONOUN_ATTRIBUTION_END.search(text):
        yield "back-reference", True
    if text.rstrip().endswith(QUESTION_MARKS):
        yield "question", False
    if _unterminated(text):
        yield "unterminated", False
    if (_ABBREVIATION_END_ANY_CASE if lowercased else _ABBREVIATION_END).search(tokens[-1]) or (
        lowercased and _NAME_SUFFIX_TOKEN.fullmatch(tokens[-1])
    ):
        yield "split-at-abbreviation", False  # "... found Army Spc." + "Charles Graner ..."
    if restates_its_opening(tokens, lexicon.stop_words) or (
        words > options.run_on_min_words and restates_a_phrase(text, lexicon.stop_words)
    ):
        yield "run-on", False  # last: the costliest test, for sentences otherwise fit
    problem = _quote_problem(text)
    if problem:
        yield problem, True
    if lexicon.english and _exclaims(text, tokens):
        yield "exclamation", False  # last: a sentence with another reason keeps it


# An English sentence that ends on "!" outside quotation marks is the page's own tone, not
# a report: a tabloid's or a blogger's ("rob clearly could not get over kristen's
# cheating!", "the characters are cardboard cut-outs!"), a promotion ("The fastest way to
# free nights and other rewards!", "new icwa regs resource page new!"). 46 eligible dev
# sentences, all Multi-News; none in DUC or MultiLing. Not a name that ends on one ("...
# shared the news with hola!", "... on e!").
_NAMES_WITH_BANG = frozenset("yahoo! jeopardy! hola! hello! ok! wham! oklahoma! e!".split())


def _exclaims(text: str, tokens: list[str]) -> bool:
    return text.rstrip().endswith("!") and tokens[-1].lower() not in _NAMES_WITH_BANG and not QUOTE_MARK.search(text)


def _unfit(
    text: str, tokens: list[str], lowercased: bool, options: WordingOptions, lexicon: _Lexicon, words: int,
) -> tuple[str, str]:
    """Why the kept tokens cannot stand alone as a summary sentence, and why not even
    beside the sentence before them (`_problems`; '' where they can), in one pass."""
    alone = ""
    for reason, context_answers in _problems(text, tokens, lowercased, options, lexicon, words):
        alone = alone or reason
        if not context_answers:
            return alone, reason
    return alone, ""


def _unterminated(text: str) -> bool:
    """Whether ``text`` stops where no sentence ends: no final stop or closing mark, a
    trailing ellipsis, an open-ended aside, a cut at a detached apostrophe. Each end
    pattern is tried only where its mark is there to match (a search for a pattern
    anchored at the end tries every position: 2.6 us a sentence for the apostrophe's)."""
    stripped = text.rstrip()
    return bool(
        not _TERMINAL.match(stripped, len(stripped) - 1)
        or (("..." in text or "…" in text) and _TRAILING_ELLIPSIS.search(text))
        or _open_ended_aside(text)
        or (stripped[-1:] in "'’" and _CUT_AT_APOSTROPHE.search(text))
        or _CUT_BEFORE_ATTRIBUTION.search(stripped, len(stripped) - 4) is not None
        or (_CUT_BEFORE_ATTRIBUTION_SPACED.search(stripped, len(stripped) - 3) is not None
            and stripped.count('"') % 2 == 0)
    )


# The splitter cut inside a bracketed aside (a ticker, a live blog's time stamp: "... at
# china's huawei technologies [ hwt." + "ul ] if it would serve national security ...",
# "( update 4: 55 p.m. ): according to the autopsy ...", "7: 20 a.m. Edt ) ed miliband
# ... says he will step down ..."): a closing bracket among a sentence's first words with
# no opening one before it, or an opening one among its last words never closed. The
# first half ends cut off; what follows the bracket in the second is often no sentence
# ("if it would serve ...", "ahead of the 2008 financial crisis."), so neither is shown.
# A whole aside that closes at the end of a later sentence ('... it is called a
# "meteorite.")') and a list item's number ("1 ) a chill across ...") are left alone.
BRACKET_CUT_TOKENS = 6
_ENUMERATOR = re.compile(r"(?:\d{1,2}|[^\W\d_])\.?[)\]]")  # a list item's "1 )", "b)": no aside


def _cut_inside_brackets(tokens: list[str]) -> str:
    """"fragment" if the sentence opens inside an aside, "unterminated" if it ends inside
    one, '' if neither (`BRACKET_CUT_TOKENS`)."""
    opened: list[int] = []  # the token of each bracket still open
    for k, token in enumerate(tokens):
        for ch in token:
            if ch in "([":
                opened.append(k)
            elif ch in ")]":
                if opened:
                    opened.pop()
                elif k < BRACKET_CUT_TOKENS and not _ENUMERATOR.fullmatch("".join(tokens[: k + 1])):
                    return "fragment"
    return "unterminated" if opened and opened[-1] >= len(tokens) - 3 else ""


def _open_ended_aside(text: str) -> bool:
    """Whether ``text`` ends on a bracketed aside with no sentence end before it or inside
    it: "... regulate internet service providers ( isps )", "Beirut ( thomson reuters
    foundation )", "Newspapers reported, 11th graf pvs (sf)" are cut-off text or labels;
    "... in washington. ( photo credit )" and "(He left.)" end as sentences do."""
    stripped = text.rstrip()
    if not stripped.endswith((")", "]")):
        return False
    opening = stripped.rfind("(" if stripped[-1] == ")" else "[")
    if opening <= 0:
        return False  # the whole sentence is the aside, or its brackets do not pair: other rules
    inside, before = stripped[opening + 1 : -1].rstrip(), stripped[:opening].rstrip()
    return not (_TERMINAL_STOP.search(inside) or _TERMINAL_STOP.search(before))


def _pronoun_after_adverbial(tokens: list[str]) -> bool:
    opener = tokens[0].lower().strip(QUOTES_ALL + "'‘’(").removesuffix(",")  # "Finally, he left ..."
    if opener not in ADVERBIAL_OPENERS:
        return False
    if opener in ADVERB_OPENERS and len(tokens) > 1 and bare(tokens[1]) in SUBJECT_PRONOUNS:
        return not refers_to_nothing(tokens[1:], " ".join(tokens[1:]))  # "Now it wants its money back.", "Then they left."
    for k, token in enumerate(tokens[:ADVERBIAL_MAX_TOKENS]):
        if token.endswith(","):
            rest = tokens[k + 1 :]
            # the "it" of an extraposed clause refers to nothing ("Yesterday, it was announced that ...")
            return bool(rest) and bare(rest[0]) in SUBJECT_PRONOUNS and not refers_to_nothing(rest, " ".join(rest))
        if any(ch in token for ch in QUOTES_ALL + ";:"):
            return False
    return False


_WORD_EDGES = "\"'“”‘’«»„()[]{},.:;!?…—–-"


# A headline glued before its lead, which opens on the headline's first words again:
# "Lady gaga in a star is born lady gaga makes her feature film debut ...", "Pat boone i can
# still get arrested in this town pat boone -- ...". The two opening words are content
# words, and the word before their return is one too, with no punctuation: a name the
# sentence mentions again comes after a function word or a comma ("... donated to the sierra
# nevada camp"). In Multi-News 1,000, 104 sentences open on a pair that returns, most of
# them glued headlines; these conditions keep the ones the samples showed were prose.
RESTATED_OPENING_MIN_TOKENS = 8
_CLAUSE_ENDS = tuple(",.;:!?\"”'’)")


def restates_its_opening(tokens: list[str], stop_words: frozenset[str] = STOPWORDS) -> bool:
    if len(tokens) < RESTATED_OPENING_MIN_TOKENS:
        return False
    first, second = (t.lower().strip(_WORD_EDGES) for t in tokens[:2])
    if not (first.isalpha() and second.isalpha()) or first in stop_words or second in stop_words:
        return False
    if " ".join(tokens[2:]).lower().count(first) == 0:
        return False  # most sentences: one C scan
    for j in range(3, len(tokens) - 1):
        if tokens[j].lower().strip(_WORD_EDGES) == first and tokens[j + 1].lower().strip(_WORD_EDGES) == second:
            before = tokens[j - 1]
            if not before.endswith(_CLAUSE_ENDS) and before.lower().strip(_WORD_EDGES) not in stop_words:
                return True
    return False


def restates_a_phrase(text: str, stop_words: frozenset[str] = STOPWORDS) -> bool:
    """Whether two adjacent content words (plurals folded) occur twice in ``text``; the
    language's function words (``stop_words``) are none (French "de la" repeats in any
    long sentence). Numbers repeat in real sentences ("$ 1.2 million in severance pay and
    $ 1.2 million in ..."): only words of letters count. Whitespace tokens stripped of
    punctuation, not a word regex: this runs on every long sentence (~6 us for 40 words,
    against 13)."""
    seen: set[tuple[str, str]] = set()
    previous = ""
    for token in text.lower().split():
        w = token.strip(_WORD_EDGES)
        if not w.isalpha() or w in stop_words:
            previous = ""
            continue
        if len(w) > 3 and w[-1] == "s":
            w = w[:-1]
        if previous:
            if (previous, w) in seen:
                return True
            seen.add((previous, w))
        previous = w
    return False


def _subjectless(tokens: list[str], lowercased: bool) -> bool:
    """Whether the sentence opens on a finite verb with no subject before it. In cased
    text a capitalised word after it makes the opener a name ("Said Ali, a spokesman")."""
    opener = tokens[0].lower()
    follower = tokens[1] if len(tokens) > 1 else ""
    if not lowercased and follower[:1].isupper():
        return False
    if opener in SUBJECTLESS_OPENERS:
        return True
    return opener in SUBJECTLESS_MODALS and bare(follower) in MODAL_FOLLOWERS


# English words that open a phrase, not a sentence: an infinitive ("to update prior national
# estimates of the economic costs of excessive drinking.", a study's aim cut from its
# abstract; "To download the pdf, click ...") or a biography's participle ("Born in
# neuilly-sur-seine, france on april 25, 1949."). A sentence opening on one has a clause
# after it ("To many, the vote was a surprise.", "Born in Vienna, she studied law.").
_PHRASE_OPENERS = frozenset({"to", "born"})


def _phrase_without_clause(tokens: list[str]) -> bool:
    """Whether the sentence opens on a `_PHRASE_OPENERS` word and has no finite verb after
    it (`clauses.has_finite_verb`)."""
    return tokens[0].lower() in _PHRASE_OPENERS and not has_finite_verb(tokens)


def _continues_a_list(tokens: list[str], lowercased: bool) -> bool:
    """Whether the sentence is the rest of a list the sentence before it began ("including
    the creator and operator of a ... website -- were charged thursday ...", "Including one
    showing him ..."): "including" first, in lower-cased text (where a cut sentence keeps no
    capital to tell it from a start), or with no comma to close the opening phrase before a
    clause ("Including overtime, workers earn $20 an hour." stands)."""
    return tokens[0].lower() == "including" and (lowercased or not any(t.endswith(",") for t in tokens))


def _quote_problem(text: str) -> str:
    if not balanced(text):
        return "quote-fragment"
    if text[:1] in QUOTES_OPEN:
        closing = opening_quotation_end(text)
        after = QUOTATION.sub(" ", text[closing + 1 :]).split() if closing > 0 else []
        if len(after) < 2:
            return "unattributed-quote"
        if bare(after[0]) in BACK_REFERENCE_OPENERS:
            return "back-reference"  # '"...," he added.': the speaker is in an earlier sentence
    return ""


# A sentence that ends on a demonstrative pronoun ("... disputed that.", "Chicken Little
# would love this one.") points at what the sentence before it said: in DUC, MultiLing and
# Multi-News nearly every such sentence that was eligible did (docs/summary-rounds.md).
_ENDS_ON_DEMONSTRATIVE = re.compile(r"\b(?:this|that)(?: one)?[.!?…]*[\"”’')\]]*$", re.IGNORECASE)
_CLOSERS = "\"”’')]"


def _ends_on_demonstrative(text: str) -> bool:
    """``_ENDS_ON_DEMONSTRATIVE.search(text)``, searched from where a match can start: its
    word ends right before the sentence's closing run of punctuation and marks, and "this
    one" is the longest it can be (a search from the start tries every position)."""
    word_end = len(text.rstrip(_CLOSERS).rstrip(".!?…"))
    return _ENDS_ON_DEMONSTRATIVE.search(text, max(0, word_end - len("this one"))) is not None


# ... and so does one that opens on "Others" ("Two others were taken to a hospital", "Tens
# of thousands of others were stranded": other than whom?), "Another" ("Another sister lives
# within walking distance", "Another is a reference to ..."), "The other" ("The other 111
# passengers boarded another flight"), a day told from the one before ("The next day, ...",
# "The following morning ..."), an ordinal standing for its noun ("The second was of his
# heir", "The fourth, a former professor, ..."; not "The fourth republican debate ..."),
# "The latter", "Either way", "If so", "Or,",
# "Compared to them" or "Both" used as a pronoun ("Others scraped mud off the floors of
# their homes.", "Both were in Genesee county ..."); "Both President Frei and President
# Menem ..." names its two. So does a noun that stands for what was just said, with
# nothing after it to say what, before its verb ("The result is that much of the cost
# ... will not be shouldered by insurance companies.", "The catch is that ...", "The
# answer is yes ..."): the result of what? ("The result of the vote was ..." says.) In
# DUC, MultiLing and Multi-News 19 sentences open so, and every one pointed back. So does
# a relative pronoun and its verb, a clause cut off its noun or standing for the sentence
# before ("Who was joined at an early evening news conference by ...", "which is unheard of
# in the wildest place in the country.", "Which is why ..."): 4 otherwise fit dev
# sentences, all such; "Which one prevails could be decided ..." asks, and stays. So does a
# time told from the sentence before ("Then came the back pain ...", "Since then, ...", "By
# then, ...", "Only then will ...", "At the time, ..."; not "At the time of the discovery,
# ...", "Then-Gov. Bush ..."): 29 otherwise fit dev sentences, every one pointing back.
_SHELL_NOUNS = (
    "result|outcome|upshot|consequence|effect|catch|problem|trouble|difference|answer|question|reason|irony"
    "|point|truth|bottom line|twist|snag"
)
_OPENS_ON_ENGLISH_REFERENCE = re.compile(  # (one branch per first word: a match tries every branch)
    r"[\"“'‘]?(?:others\b|either way\b|if (?:so\b|(?:this|that) (?:happens|is true|is the case)\b)|even so\b|or,"
    r"|so (?:did|does|do|is|was|are|were|has|have|had|can|could|will|would|says|said|concludes|goes|runs)\b"
    r"|another\b|(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions"
    r"|tens of thousands|many|several|some|most|scores)(?: of)? others\b"
    r"|compared (?:to|with) (?:them|those|these)\b"
    r"|(?:(?:since|by|until|till|back|even|only) )?then\b(?![-’'])|at the time,"
    r"|both (?:were|are|was|is|have|had|has|will|would|could|can|may|said|say|says|agree|agreed)\b"
    r"|the (?:latter\b|other\b|(?:next|following|same) (?:day|morning|afternoon|evening|night|week|month|year)\b"
    r"|(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:,| (?:was|is|were|are|of)\b)"
    r"|(?:" + _SHELL_NOUNS + r") (?:is|was|has been|will be|seems|seemed|remains)\b)"
    r"|(?:who|which) (?:is|was|are|were|has|have|had|isn't|wasn't|is not|was not|means|meant|makes|made"
    r"|explains|would|will|could|can)\b)",
    re.IGNORECASE,
)
# A straight double quote between two letters is no quotation mark but Hebrew's gershayim
# typed on a keyboard (צה"ל, ק"מ, ארה"ב): the rules count quotation marks, so they read it
# as the gershayim sign; the sentence shown keeps its own characters.
_WORD_INTERNAL_QUOTE = re.compile(r'(?<=[^\W\d_])"(?=[^\W\d_])')
# ... except a mark that opens a quotation after a one- or two-letter Hebrew prefix
# (ב"מפת הדרכים", ה"גראנד דפרט", ש"שום עסקה": 'in the "road map"'). The gershayim stands
# before an abbreviation's last letter (ע"י, בארה"ב, דו"ח), so a mark behind a prefix with
# two letters or more after it opens a quotation: in MultiLing's Hebrew, 25 sentences read
# as a quotation's fragment for want of this.
_PREFIXED_QUOTATION = re.compile(r'(?<![^\W\d_])[\u05d0-\u05ea]{1,2}"(?=[^\W\d_]{2})')


def _with_gershayim(text: str) -> str:
    """``text`` with its word-internal marks that are no quotation marks as gershayim."""
    opening = {m.end() - 1 for m in _PREFIXED_QUOTATION.finditer(text)}
    return _WORD_INTERNAL_QUOTE.sub(lambda m: '"' if m.start() in opening else "\u05f4", text)


# Where the cleaner cut CNN's "Story highlights" marker, its bullet points follow with no
# sentence end between them or before the lead ("third storm-related death announced in
# kansas nearly 1 million homes and businesses are without power ..."): a long sentence
# opening there is those bullets run together.
HIGHLIGHTS_REASON = "story-highlights"


def _opens_highlights(article: Article, start: int) -> bool:
    return any(r.reason == HIGHLIGHTS_REASON and 0 <= start - r.end <= 2 for r in article.removed)


def word(article: Article, candidate: Candidate, lowercased: bool, options: WordingOptions) -> Wording:
    lowercased = lowercased or reads_lowercased(article.text)
    sentence = article.text[candidate.start : candidate.end]
    tokens = sentence.split()  # the same tokens as token_spans
    opens = tokens[:1] == ['"'] and detached_mark_opens(line_before(article.text, candidate.start), sentence)
    language = (article.language or "en")[:2]
    drop = (
        leading_deletions(tokens, lowercased, options.strip_connectives, quote_open_before=not opens,
                          english=language == "en")
        if tokens else 0
    )
    kept = list(range(drop, len(tokens)))  # the indices of the tokens shown
    kept_tokens = tokens[drop:]
    opener = None
    if kept_tokens and '"' in sentence:
        opener = split_off_quote(kept_tokens, article.text[candidate.end : candidate.end + 4])
        if opener is None:
            opener = trailing_opening_mark(kept_tokens)
    if opener is not None:
        del kept[opener], kept_tokens[opener]
    # (a sentence without "(" has none: most sentences, spared a walk over their tokens)
    inner = None
    if options.drop_parentheticals and "(" in sentence:
        credit = trailing_credit(kept_tokens)  # (deleted whatever the asides before it do)
        inner = set(parentheticals(kept_tokens[: len(kept_tokens) - len(credit)])) | set(credit)
    if inner:
        kept = [k for i, k in enumerate(kept) if i not in inner]
        kept_tokens = [tokens[k] for k in kept]
    if len(kept) == len(tokens) - drop:
        dropped = tuple(range(drop))
    else:
        shown = set(kept)
        dropped = tuple(k for k in range(len(tokens)) if k not in shown)
    mark = -1
    if kept_tokens and '"' in sentence and kept_tokens[0][:1] != '"':
        mark = _moved_opening_mark(article.text, candidate.start, kept_tokens)
        if mark >= 0:
            kept_tokens = ['"', *kept_tokens]
    text = " ".join(kept_tokens)
    checked, checked_tokens = text, kept_tokens
    if '"' in text and _WORD_INTERNAL_QUOTE.search(text):  # the rules read quotation marks only
        checked = _with_gershayim(text)
        checked_tokens = checked.split()
    lexicon = _lexicon(language)
    words = count_tokens(kept_tokens)  # the gershayim swap keeps the tokens: one count serves both
    reason, in_context = "empty", "empty"
    if kept_tokens:
        reason, in_context = _unfit(checked, checked_tokens, lowercased, options, lexicon, words)
    if not reason and words > options.run_on_min_words and _opens_highlights(article, candidate.start):
        reason = "run-on"
    marked = marked_by_what_follows(article.text, candidate.end) if kept_tokens else ""
    if marked:  # a picture's caption, or somebody's post: not the page's report, even after its predecessor
        reason, in_context = reason or marked, marked
    if kept_tokens and _cut_in_a_number(article.text, candidate.start, candidate.end):
        reason, in_context = reason or "split-in-number", "split-in-number"  # not even in context
    if kept_tokens and lowercased and _AFTER_NAME_SUFFIX.search(article.text, max(0, candidate.start - 12), candidate.start):
        reason, in_context = reason or "split-at-abbreviation", "split-at-abbreviation"  # the half after the cut
    if kept_tokens and lowercased and _cut_after_an_abbreviation(article.text, candidate.start, candidate.end):
        reason, in_context = reason or "split-at-abbreviation", "split-at-abbreviation"
    if not reason and language == "en":
        reason = _english_reason(checked, checked_tokens)
    if (
        kept_tokens and _open_to_context(reason, in_context)  # else it changes nothing
        and not QUOTE_MARK.search(sentence) and inside_a_quotation(article.text, candidate.start, language)
    ):
        reason, in_context = reason or "inside-quotation", "inside-quotation"  # not even after its predecessor
    if language == "en" and kept_tokens and _open_to_context(reason, in_context):
        voice = opening_voice(checked)  # the page's own voice: not even after its predecessor
        if voice:
            reason, in_context = reason or voice, voice
    continuable = (
        reason in CONTEXT_REASONS
        and not (reason == "unattributed-quote" and text[:1] in "'‘")  # "' usa today ben affleck in'the ..."
        and not in_context
    )
    presupposes = (
        presupposed_noun(checked_tokens, lowercased) or presupposed_source(checked_tokens, lowercased)
        if language == "en" and not reason else ""
    )
    unmarked_voice = continuable and language == "en" and speaks_unmarked(text)
    return Wording(
        candidate.index, text, words, not reason, reason, continuable, dropped, mark, presupposes, unmarked_voice
    )


def _open_to_context(reason: str, in_context: str) -> bool:
    """Whether the sentence is still shown, alone or right after the sentence before it: a
    rule that forbids both has something to add only then."""
    return not reason or (reason in CONTEXT_REASONS and not in_context)


def _moved_opening_mark(text: str, start: int, kept_tokens: list[str]) -> int:
    """The offset of the mark that opens the quotation the sentence's first mark closes,
    when the splitter left it at the end of the sentence before (`speech.
    opening_mark_before`: '..., " healy said. "' + 'we were scared, " she said.'), else -1.
    The sentence is then a whole quotation and its speaker."""
    mark = opening_mark_before(text, start)  # (rare: the costlier reading of the marks after it)
    if mark is None:
        return -1
    shown = " ".join(kept_tokens)
    return mark if shown.count('"') % 2 and closes_earlier(shown) else -1


# In lower-cased text the corpus's own splitter cut after a dotted abbreviation where the
# sentence goes on ("... came across a baby girl around 11 p.m." + "On sept. 27, 1977, ...",
# "... has not been assessed for the u.s." + "Since 1998."): a time, a country or a state,
# then a word that only continues a sentence (capitalised by the corpus as if it opened
# one), or a figure. Either half says less than the sentence
# did, and the first may say something false ("since 2012" lost).
_DOTTED_ABBREVIATION = re.compile(
    r"(?:a\.m|p\.m|u\.s|u\.k|u\.n|d\.c|vs|calif|ariz|fla|conn|mich|penn|tenn|colo|minn)\."
)
# ("In", "As", "At" often open the next sentence: "... anaheim, calif. As historian ... details")
_CONTINUES = frozenset("on since until near than".split())


def _cut_after_an_abbreviation(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` ends on, or follows, a dotted abbreviation
    that the text goes on from (`_DOTTED_ABBREVIATION`)."""
    last = text[max(start, end - 8) : end].rsplit(None, 1)[-1:]
    if last and _DOTTED_ABBREVIATION.fullmatch(last[0]):
        following = text[end : end + 24].split()
        if following and (following[0].lower() in _CONTINUES or following[0][:1].isdigit()):
            return True
    first = text[start : start + 24].split()[:1]
    if first and (first[0].lower() in _CONTINUES or first[0][:1].isdigit()):
        before = text[max(0, start - 8) : start].rsplit(None, 1)[-1:]
        return bool(before) and _DOTTED_ABBREVIATION.fullmatch(before[0]) is not None
    return False


# A decimal the text wrote with a space after its point ("The Jays shot 46. 8 percent",
# "averaged 5. 2 yards a carry": tokenized corpora) is cut there by the sentence splitter,
# and each half says something false: "The undrafted rookie averaged 5." A sentence that
# ends on a short number and a full stop right before a digit, or begins on a digit right
# after one, is such a half. (A year ends a sentence before a figure: "in 2005. 52 people".)
_ENDS_ON_SHORT_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}\.$")
_STARTS_AFTER_SHORT_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}\.\s+$")


def _cut_in_a_number(text: str, start: int, end: int) -> bool:
    if text[end - 2 : end - 1].isdigit() and text[end - 1 : end] == "." and text[end : end + 2].lstrip()[:1].isdigit():
        if _ENDS_ON_SHORT_NUMBER.search(text, max(0, end - 5), end):
            return True
    opens_on_digit = text[start : start + 1].isdigit()
    return opens_on_digit and _STARTS_AFTER_SHORT_NUMBER.search(text, max(0, start - 6), start) is not None


# A name or title before a colon and no verb after it: a list's entry or a dataset's
# title, not a report ("Lindsey Germaine: Piccadilly Line train, Jamaican-born resident of
# Aylesbury.", "Bedmap2: improved ice bed, surface and thickness datasets for antarctica.").
# With a verb it is a speaker or a label before a sentence, read by the rules for those.
_CAPITALISED_LABEL = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*:\s+")


def _labelled_phrase(text: str) -> bool:
    label = _CAPITALISED_LABEL.match(text)
    if label is None or QUOTE_MARK.search(text, label.end()):
        return False  # (a quotation under a speaker's name is the quotation rules' to read)
    return not has_finite_verb(text[label.end() :].split() or [""])


# A page's bullet list under its label, run together where the scrape lost the line
# breaks ("Highlights the woman had been assaulted on sunday evening 6 men had offered her
# a lift ... two people have been arrested ...", "Key points: dating of artefacts ...
# indicates ... timing shows ..."): several claims with no sentence between them. Not the
# word in a sentence of its own ("Highlights of the show included ...").
_BULLETS_LABEL = re.compile(
    r"(?:story highlights|highlights|key points|key takeaways)\b:?\s+(?!(?:of|from|include|included|includes|were"
    r"|are|was|is|for)\b)",
    re.IGNORECASE,
)


# A short sentence about "him" or "them" ("Pope Pius XII later made him a cardinal.",
# "Other reports place him in Russia, Cyprus, Iran or Armenia.", "Local authorities had
# urged them not to."): in so few words, who they are was said before. So does one that
# ends on an auxiliary ("A real ticket would be.": `clauses.ends_on_stranded_auxiliary`).
# Shown after the sentence before it; a longer one usually says itself.
SHORT_BACK_REFERENCE_MAX_WORDS = 10
_OBJECT_PRONOUN = re.compile(r"(?<![\w'’-])(?:him|them)(?![\w'’-])", re.IGNORECASE)


# "This" or "that" as the subject right after a one-word opener ("Sadly that's not the
# case.", "Yes, that's 8-8-08, 9-9-09 and 10-10-10.", "Yep, this was just as gross ..."):
# it stands for what the sentence before said, as it does opening the sentence.
_DEMONSTRATIVE_AFTER_ONE_WORD = re.compile(
    r"(?:[^\W\d_]+ly|now|so|yes|yep|yeah|well|again|indeed|still|then),? (?:this|that)(?:['’]s\b| (?:is|was|will"
    r"|would|means|meant|has|had|could|can|may|might|must|should|seems|seemed|shows|showed|makes|made)\b)",
    re.IGNORECASE,
)


def _english_reason(text: str, tokens: list[str]) -> str:
    """The rules that read English words, for a sentence otherwise fit ('' if it is);
    ``tokens``: its whitespace tokens."""
    if _ends_on_demonstrative(text) or _OPENS_ON_ENGLISH_REFERENCE.match(text):
        return "back-reference"  # "Few believe the military would agree to that.": to what?
    if not QUOTE_MARK.search(text):  # (a quotation's "this" and "he" are its speaker's)
        if (
            demonstrative_early(tokens) or pronoun_after_opening_clause(tokens)
            or _DEMONSTRATIVE_AFTER_ONE_WORD.match(text)
        ):
            return "back-reference"  # "At that time, growth remained strong ...", "Asked if ..., she said ..."
    if is_page_matter(text):
        return "junk"
    if ":" in text and _labelled_phrase(text):
        return "fragment"
    if text[:1] in "HhKk" and _BULLETS_LABEL.match(text):
        return "run-on"
    if not QUOTE_MARK.search(text) and speaks_of_the_page(text):
        return "junk"  # the page's voice past its first words ("... download our app for iphone")
    if is_dated_caption(text) or has_bare_date(text) or points_at_a_picture(text):
        return "caption"
    if speaks_unattributed(text):
        return "unattributed-quote"
    if len(tokens) <= SHORT_BACK_REFERENCE_MAX_WORDS and not QUOTE_MARK.search(text) and (
        _OBJECT_PRONOUN.search(text) or ends_on_stranded_auxiliary(tokens)
    ):
        return "back-reference"  # "Local authorities had urged them not to.", "A real ticket would be."
    return ""


def follows(previous: Wording, wording: Wording, previous_closes: bool = False) -> str:
    """How ``wording`` may be shown directly after ``previous``, the sentence before it in
    the same article (the summary then reads as the article does):

    - "after": a back-reference ("He also said ..."), a bare quotation or '"...," he
      added.' with balanced quotes of its own, after a ``previous`` that is shown (chosen
      on its own terms) and leaves no quotation open (it is balanced, or
      ``previous_closes``: it ends a quotation its own predecessor began);
    - "pair": the second half of a quotation the splitter cut in two ('"We knew it was
      something heavy duty.' + 'Not a good batch, " said a witness.'): ``previous``
      opens it and cannot stand alone for that reason only, and the two together have
      balanced quotes and a speaker; the two are one unit, never shown apart;
    - "" : neither (it stands alone, or no neighbour repairs it).
    """
    if wording.eligible or not wording.continuable or not previous.text:
        return ""
    if wording.unmarked_voice and not hands_over_to_a_speaker(previous.text):
        return ""  # "I" with no marks: nobody, unless the sentence before gives someone the floor
    if balanced(wording.text):
        if wording.reason == "short":  # a short clause follows a sentence that stands alone, never a chain
            return "after" if previous.eligible else ""
        if previous_closes or balanced(previous.text):
            return "after" if previous.eligible or previous.continuable else ""
        return ""
    if previous.eligible or not previous.continuable or previous_closes or balanced(previous.text):
        return ""
    if bare(previous.text.split()[0]) in BACK_REFERENCE_OPENERS:
        return ""  # the pair itself would need the sentence before it
    if not (leaves_open(previous.text) and closes_earlier(wording.text)):
        return ""  # '..., " she tells us.' + '"Doug and I ...': a quotation ends, another begins
    joined = previous.text + " " + wording.text
    return "pair" if balanced(joined) and not _quote_problem(joined) else ""


def is_subsequence(shown: str, source: str) -> bool:
    """The faithfulness contract: the words of ``shown`` appear, in order, in ``source``."""
    it = iter(source.split())
    return all(any(w == s for s in it) for w in shown.split())
