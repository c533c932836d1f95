"""English sentences that lean on the one before them past their first word: a
demonstrative a few words in ("Folded up, this capsule can be swallowed ...", "At that
time, growth remained strong ...") and a pronoun subject after an opening clause that has
none of its own ("Asked if more satellites could be used, she said ...", "According to the
University of Chile, it had a magnitude of 5.6"). `wording` reads them as back-references,
shown only right after the sentence before them. A reader review of 78 dev summaries found
them (docs/summary-rounds.md, fifteenth round); the word lists keep what its hits showed was prose.
"""

from __future__ import annotations

import re

from newsfuse.story.clauses import refers_to_nothing
from newsfuse.story.tokens import QUOTES_ALL

# The nouns after "this"/"these" that count from the article's own time or page ("this
# week", "this story"): the reader's too.
_DEICTIC_NOUNS = frozenset(
    "year years week weeks weekend month months morning afternoon evening night season summer spring fall"
    " autumn winter time times past century decade day days hour moment moments point age era stage election"
    " cycle term session quarter semester fiscal holiday christmas thanksgiving monday tuesday wednesday"
    " thursday friday saturday sunday january february march april may june july august september october"
    " november december week's year's month's weekend's morning's summer's story article page site website"
    " report post piece video photo image".split()
)
# Words after a demonstrative that make it a pronoun or a verb's subject ("this is", "that one").
_NOT_NOUNS = frozenset(
    "one ones of is was are were will would has had have could might can should may must did does do".split()
)  # (and "of": "similar issues to that of vincent viola")
_PREPOSITIONS = frozenset(
    "in at on by from of for with after before during since under to despite like unlike about over through"
    " following amid into among between against".split()
)
_CONNECTIVES = frozenset("but and so yet still also even however now then".split())
# "those" before these is a relative or a participle's head ("those who", "those killed"): it
# points forward.
_NOT_AFTER_THOSE = frozenset(
    "who whom whose that which with in of at on for from under over near close opposed affected involved killed"
    " injured living accused interested seeking wounded responsible behind familiar around inside outside within"
    " without present".split()
)
# Words that open a clause after "in that", "given that" ...: there "that" is a conjunction.
_CLAUSE_STARTS = frozenset(
    "the a an he she it they we i you his her its their our this these there some many no all".split()
)
DEMONSTRATIVE_WINDOW = 7  # the demonstrative within the sentence's first words (its opener has its own rule)
_STRIP = ",.;:()"


def _opens_no_clause(token: str) -> bool:
    """Whether the word after a mid-sentence "<preposition> that" leaves "that" a
    determiner ("added to that bloated omnibus"), not a conjunction before a clause ("in
    that the ...", "through that Lennon had been killed")."""
    return token.strip(_STRIP).lower() not in _CLAUSE_STARTS and not token[:1].isupper()


def demonstrative_early(tokens: list[str]) -> bool:
    """Whether a demonstrative determiner in the sentence's 2nd to 7th words points back:
    "this"/"these" before a noun that is no time or page noun ("Folded up, this capsule
    ..."), or "that"/"those" after a preposition: in an opening prepositional phrase ("At
    that meeting", "In those years"; not "those who ...", "those killed"), or further in
    before a word that opens no clause ("The Senate added to that bloated omnibus ...",
    "Only two of those bills ..."; not "in that the ...", "those familiar with ...")."""
    head = " ".join(tokens[: DEMONSTRATIVE_WINDOW + 2]).lower()
    if not ("this" in head or "these" in head or "that" in head or "those" in head):
        return False  # (most sentences: no word-by-word reading)
    words = [t.strip(_STRIP) for t in head.split()]
    if words[0] in ("this", "these", "that", "those"):
        return False  # the opener's own rule
    for i in range(1, min(DEMONSTRATIVE_WINDOW, len(words) - 1)):
        word, following = words[i], words[i + 1]
        if not following.isalpha() or following in _NOT_NOUNS:
            continue
        if word in ("this", "these") and following not in _DEICTIC_NOUNS:
            return True
        if (
            word in ("that", "those") and words[i - 1] in _PREPOSITIONS
            and (i == 1 or (i == 2 and words[0] in _CONNECTIVES) or _opens_no_clause(tokens[i + 1]))
            and not (word == "those" and (following in _NOT_AFTER_THOSE or following.endswith(("ed", "ing"))))
        ):
            return True
    return False


_PRONOUNS = frozenset({"he", "she", "they", "it"})
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
_SUBORDINATORS = frozenset("when while after before once if as because since although though until whenever".split())
_BEFORE_ING = frozenset("after before since upon while when on in by without".split())
_PARTICIPLE_OPENERS = frozenset(
    "asked pressed questioned reached contacted interviewed told born raised pending according".split()
)
# Words in -ing or -ed that are no participle opening a clause.
_NOT_PARTICIPLES = frozenset(
    "during following including nothing something anything everything morning evening spring king thing"
    " wedding building beijing red bed united based led fred ted reed speed seed need indeed shed hundred sled"
    " wed bred alfred manfred sped bled fled sterling darling ring sing wing bring ming fling sling sting swing"
    " viking pudding".split()
)
OPENING_CLAUSE_MAX_TOKENS = 16
# "it would seem", "it may appear": an "it" that stands for nothing
_SEEMS = frozenset(f"it {modal} {verb}" for modal in ("would", "might", "may", "could") for verb in ("appear", "seem"))


def _opens_on_subjectless_clause(tokens: list[str]) -> bool:
    first = tokens[0].lower().strip(QUOTES_ALL + "(")
    second = tokens[1].lower().strip(",") if len(tokens) > 1 else ""
    return (
        (first in _SUBORDINATORS and second in _SUBJECT_PRONOUNS)  # "When she arrived, she ..."
        or (first in _BEFORE_ING and second.endswith("ing") and len(second) > 4)  # "After leaving, he ..."
        or (first in ("once", "if", "when", "while", "though", "although", "unless") and second.endswith("ed"))
        or first in _PARTICIPLE_OPENERS
        or ((first.endswith("ing") or first.endswith("ed")) and len(first) > 4 and first not in _NOT_PARTICIPLES)
    )


def pronoun_after_opening_clause(tokens: list[str]) -> bool:
    """Whether the sentence's subject is "he", "she", "they" or "it" right after an opening
    clause with no subject of its own, or only a pronoun one ("Asked if ..., she said ...",
    "Wearing a mask, he ...", "When she arrived, she ..."): the clause names nobody, so the
    pronoun stands for someone in an earlier sentence. Not an "it" that stands for nothing
    ("Asked about it, it is unclear ...": `clauses.refers_to_nothing`)."""
    if len(tokens) < 3 or not _opens_on_subjectless_clause(tokens):
        return False
    for k, token in enumerate(tokens[:OPENING_CLAUSE_MAX_TOKENS]):
        if token.endswith(","):
            rest = tokens[k + 1 :]
            return (
                bool(rest) and rest[0].lower() in _PRONOUNS and not refers_to_nothing(rest, " ".join(rest))
                and " ".join(rest[:4]).lower() not in _SEEMS
            )
        if any(ch in token for ch in ";:"):
            return False
    return False


# A definite subject with nothing after its noun ("The company said ...", "The pair have
# ...", "The decision came after ..."): the article introduced that company, pair or
# decision earlier, so a summary never leads with the sentence and shows it after one that
# names the noun (`presupposed_noun`, read by `order`).
_FINITE_VERBS = frozenset(
    "is was are were has have had will would could can may might must should did does do said says say told"
    " tells added adds took came left made found began gave got went saw became held kept ran won lost fell"
    " rose hit struck shows show showed brought sent put set spent thought appears appeared".split()
)
# Adverbs between the subject and its verb ("The company also said ...").
_MID_ADVERBS = frozenset("also still now then later recently already never just reportedly allegedly soon".split())
# After "The", words that are no noun taking an antecedent: numbers and ordinals ("The two
# ..."), adjectives of sameness or order, and the first word of a name that lower-cased
# text no longer marks ("the united states says ...").
_NOT_HEAD_NOUNS = frozenset(
    "two three four five six seven eight nine ten first second third last next same other latter former new"
    " united".split()
)


def _finite(token: str, following: str) -> bool:
    """Whether ``token`` reads as a finite verb; a word in -s followed by "of" is a plural
    noun ("The official portraits of ...")."""
    word = token.lower().rstrip(",")
    return (
        word in _FINITE_VERBS
        or (len(word) > 4 and word.endswith("ed"))
        or (len(word) > 3 and word.endswith("s") and not word.endswith("ss") and word.isalpha()
            and following.lower() != "of")
    )


def presupposed_noun(tokens: list[str], lowercased: bool) -> str:
    """The noun of a sentence's definite subject that nothing qualifies ("The company said
    ..." -> "company"; '' if none): the reader must have met it. A capitalised noun in
    cased text is a name ("The Kremlin said ..."), which needs no introduction."""
    if len(tokens) < 3 or tokens[0] not in ("The", "the"):
        return ""
    noun = tokens[1]
    if not noun.isalpha() or (not lowercased and not noun.islower()) or noun.lower() in _NOT_HEAD_NOUNS:
        return ""
    verb = 2
    if tokens[verb].lower() in _MID_ADVERBS and len(tokens) > verb + 1:
        verb += 1
    following = tokens[verb + 1] if len(tokens) > verb + 1 else ""
    return noun.lower() if _finite(tokens[verb], following) else ""


# The kinds of source a report is attributed to. Named by kind alone, with "the" ("...,
# the station reported.", "... told the newspaper.", "said in the statement"), each is one
# the article introduced earlier: a reader of the summary asks "which station?".
_SOURCE_NOUNS = frozenset(
    "station newspaper paper statement blog network magazine website site broadcaster channel outlet"
    " report release letter memo complaint affidavit indictment filing".split()
)
# Verbs that make "the <source> <verb>" an attribution ("the station reported", "the
# statement said"); and the words before "the <source>" that do ("told the newspaper",
# "in the statement", "according to the report").
_SOURCE_VERBS = frozenset(
    "said says reported reports added adds wrote writes stated states continued continues noted notes"
    " claimed claims quoted quotes".split()
)
_BEFORE_SOURCE = frozenset("told tells in".split())  # (and "according to", read apart)
_SOURCE_AFTER_THE = re.compile(r"\s[Tt]he (?:" + "|".join(sorted(_SOURCE_NOUNS)) + r")\b")  # most sentences: no


def presupposed_source(tokens: list[str], lowercased: bool) -> str:
    """The noun of a source the sentence attributes its report to by kind alone, after its
    opening words ("..., the station reported." -> "station", "... told the newspaper.",
    "..., according to the statement."; '' if none). Like `presupposed_noun`'s subject, the
    summary must have named it first. A capitalised noun in cased text is a name ("the
    Post reported")."""
    if not _SOURCE_AFTER_THE.search(" ".join(tokens)):
        return ""
    for k in range(1, len(tokens) - 1):
        if tokens[k].lower() != "the":
            continue
        noun = tokens[k + 1].rstrip(",.;:")
        if noun.lower() not in _SOURCE_NOUNS or (not lowercased and not noun.islower()):
            continue
        before = tokens[k - 1].lower().strip(",")
        after = tokens[k + 2].lower().rstrip(",.;:") if k + 2 < len(tokens) and noun == tokens[k + 1] else ""
        according = before == "to" and k > 1 and tokens[k - 2].lower() == "according"
        if after in _SOURCE_VERBS or according or before in _BEFORE_SOURCE:
            return noun.lower()
    return ""


# A name's word: capitalised, letters (an apostrophe or hyphen inside), no function word
# ("The", "But"): "Kempthorne", "O'Brien", "D'Angelo", "Jean-Luc", a print lead-in's "PETER".
_NAME_WORD = re.compile(r"[A-Z](?:[A-Za-z]+|['’][A-Z][A-Za-z]+)(?:['’-][A-Za-z]+)*")
_POSSESSIVE = ("'s", "’s")
# What may follow a surname in a full name ("Arcade Joseph Comeaux Jr."): the surname is
# the word before it.
_NAME_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})


def names_in_full_and_alone(tokens: list[str], stop_words: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The names a sentence of cased text introduces in full (the last word of two or more
    name words in a row, a suffix aside: "Interior Secretary Dirk Kempthorne" ->
    "Kempthorne", "Arcade Joseph Comeaux Jr." -> "Comeaux") and the ones it uses alone
    ("Kempthorne said ...", "Comeaux, 49, was ...", "O'Brien's staff"). `order` places a
    sentence that uses a name alone after one that gives it in full."""
    full, alone = set(), set()
    run: list[str] = []  # the name words read in a row so far
    for token in [*tokens, ""]:  # (the empty token ends the last run)
        quoted = token.strip(QUOTES_ALL + "(")
        unmarked = quoted.rstrip(",.;:!?)")
        word = unmarked[:-2] if unmarked.endswith(_POSSESSIVE) else unmarked
        if word and _NAME_WORD.fullmatch(word) and word.lower() not in stop_words:
            run.append(word)
            if unmarked == quoted:  # no mark after it: the name may go on
                continue
        if run:  # the run ends at a word that is no name's or after a mark
            suffixed = len(run) > 1 and run[-1] in _NAME_SUFFIXES
            if suffixed:
                run.pop()
            (full if len(run) > 1 or suffixed else alone).add(run[-1])
            run = []
    return frozenset(full), frozenset(alone - full)
