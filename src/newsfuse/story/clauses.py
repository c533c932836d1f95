"""English clause cues the summary's wording asks about a sentence: whether an opener
that looks like a back-reference stands for nothing said before ("It's unclear why ...",
"This week, ..."), whether a sentence too short to stand alone reads as a clause of its
story when shown right after the sentence before it ("He was 79."), and whether a short
one leaves its verb to the sentence before ("She said she would."). Cues, not a parser:
the figures behind each list are in docs/summary-rounds.md ("Eighth round")."""

from __future__ import annotations

import re

from newsfuse.story.furniture import addresses_the_reader
from newsfuse.story.tokens import DASHES, FIRST_PERSON_OPENERS, SUBJECT_PRONOUNS, bare

# English openers that stand for nothing said before: the "it" of an extraposed clause or
# of elapsed time ("It's unclear why ...", "It is unlikely, however, that ...", "It's too
# soon to determine whether ...", "It appears that ...", "It's been 10 years since ..."),
# and a demonstrative that reckons a time from the article's date, as "today" does ("This
# week, the chain began ...", "This year's turkey trot ...", "These days, ..."). A subject
# pronoun right after the time still refers back ("This week, he said ...").
_EXTRAPOSED_IT = re.compile(
    r"[\"“]?it(?:'s|’s| is| was| has been| had been| will be| would be| remains| remained| seems| seemed"
    r"| appears| appeared| became| becomes)(?: not)?(?: (?:\w+ly|too|so|very|also|still|now|even|just|far|much|more|less|no|as))*"
    r" (?:(?:clear|unclear|unknown|possible|impossible|hard|difficult|easy|important|necessary|essential"
    r"|surprising|unsurprising|early|soon|late|time|rare|common|uncommon|illegal|legal|uncertain|obvious"
    r"|apparent|evident|worth|safe|unusual|ironic|notable|noteworthy|striking)"
    r"(?:,[^,]{1,40},)? (?:to|that|whether|if|why|how|what|who|when|where|for)"
    # ... but before "to" these raise the subject of the verb after them, and "it" is
    # something said before ("It is believed to date from 1495.", "It is likely to pass.")
    r"|(?:known|likely|unlikely|certain|true|untrue|expected|believed|reported|estimated|thought|feared"
    r"|understood|said|alleged|rumored|rumoured|announced|confirmed|revealed|disclosed)(?:,[^,]{1,40},)?"
    r" (?:that|whether|if|why|how|what|who|when|where))\b"
    r"|[\"“]?it (?:appears|appeared|seems|seemed|turns out|turned out|emerged) (?:that|as if|as though)\b"
    r"|[\"“]?it(?:'s|’s| has) been [^,.;:]{1,30} since\b",
    re.IGNORECASE,
)
_DEICTIC_TIMES = frozenset(
    "year week month morning afternoon evening weekend summer spring fall autumn winter season"
    " year's week's month's weekend's season's summer's".split()
)


def refers_to_nothing(tokens: list[str], text: str) -> bool:
    """Whether a back-reference opener is one only in form (`_EXTRAPOSED_IT`, `_DEICTIC_TIMES`)."""
    opener = bare(tokens[0])
    if opener in ("it", "it's", "it’s"):
        return _EXTRAPOSED_IT.match(text) is not None
    if opener in ("this", "these") and len(tokens) > 2:
        second = bare(tokens[1])
        deictic = second in _DEICTIC_TIMES if opener == "this" else second == "days"
        return deictic and bare(tokens[2]) not in SUBJECT_PRONOUNS
    return False


# A sentence under `WordingOptions.min_words` may still be shown as a continuation, right
# after the sentence before it in its article ("... died on Sunday." + "She was 22 years
# old."; "Officers said he seemed confused." + "Police called an ambulance."), when it has
# at least this many words and reads as a clause of the story (`short_clause`).
MIN_WORDS_IN_CONTEXT = 3
# ... not a dateline or credit ("indianapolis ( wxin/cnn )", "Santa rosa, calif."), a name
# the splitter cut after its abbreviation ("The weinstein co.", "Giant pandas in the u.s."),
# a prepositional fragment ("On nov. 5, 2007.", "For 90 days."), a caption or list item with
# no verb ("Construction at skogafoss waterfall.", "Common cold, sore throat.") or a page's
# sign-off, teaser or notice ("This story has been updated.", "Nbc's miguel almaguer
# reports.", "The answer is below.", "Viewer discretion advised.").
_SHORT_END = re.compile(r"(?:[^\W\d_]{2,}|\d)[.!][\"”’']*$")
SHORT_END_ABBREVIATIONS = frozenset(
    "inc co corp ltd llc jr sr bros ave blvd rd st ft mt no vs et ala ariz ark calif colo conn del fla ga ill ind"
    " kan ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex vt va wash wis wyo".split()
)
_PREPOSITIONS = frozenset(
    "on in at for from by with to of about after before during since until under over into than".split()
)
_SIGN_OFF = re.compile(
    r"\b(?:has|have|had) been (?:updated|corrected)\b|\breports\.|\bhas (?:more|the details|the story|learned)\b"
    r"|\bhere\.|\bbelow\.|\bmore\.$|\bon twitter\b|\bwritten by\b|\bfull story\b|\bdeveloping story\b"
    r"|\bcontributed to this\b|\b(?:advised|required|recommended|reserved)[.!]$"
    r"|^[\"“']?here(?:'s|’s| is| are)\b",  # a teaser: "Here is what we know."
    re.IGNORECASE,
)
# ... nor a piece of a longer sentence or of a list: one opening on a subordinating
# conjunction ("as she was dragged away.", "unless someone is watching this."; a
# coordinator is fine: "But nothing was done."), on a list number ("9. California has
# earthquakes."), on a label ("Posted: monday, may 1, 2017."), on a detached closing or
# single quote mark ("' i was over it.", "’ ” she continued."; an opening one starts a
# quotation, `follows` checks it), or one whose verb comes only after a lone dash
# ("manuel valverde - was acquitted.": a list's name and gloss; not "The workers
# succeeded — barely."); nor an aside in a speaker's or columnist's voice, opening on an
# interjection ("Yep, he said it.", "yes, you read that correctly.").
_PIECE_OPENERS = frozenset("as while because when if unless although though whereas whether".split())
_CLOSING_MARKS = frozenset("' ’ ‘ ” »".split())
_INTERJECTIONS = frozenset("yes yep yeah well oh wow ok okay".split())
_LIST_NUMBER = re.compile(r"\d{1,3}[.)]")
# A finite verb after the first word (`has_finite_verb`): an auxiliary, a past form in
# -ed, a contraction, or one of the commonest irregular past forms ...
_FINITE_CUES = frozenset(
    "is are was were be been am has have had do does did will would can could may might must should shall"
    " said told went came got made took saw knew found gave left felt thought became began ran won lost held"
    " kept fled shot hit met paid put sent spent stood fell heard brought bought caught built broke wrote"
    " drove ate led let meant read sat sold struck taught understood wore".split()
)
_CONTRACTED = ("n't", "'re", "'ve", "'d", "'ll", "'m")
# ... where "'s" is "is" or "has" only after a pronoun ("There's a catch.", "Something's
# gonna give."); after a name or noun it is a possessive ("nicwa's faqs new!", "The orange
# of foley's tunic."). An -ed form before "by" or "with" is a participle: a credit or a
# caption ("Shape created with sketch.", "Photo provided by ...").
_S_HOSTS = frozenset(
    "he she it that there here what who where how something someone somebody nothing nobody everything everyone"
    " everybody anything anyone anybody".split()
)
_SUBJECTS = SUBJECT_PRONOUNS | FIRST_PERSON_OPENERS | frozenset({"you"})


def _verb_cue(word: str, following: str) -> bool:
    if word in _FINITE_CUES or word.endswith(_CONTRACTED):
        return True
    if word.endswith("'s"):
        return word[:-2] in _S_HOSTS
    # (not a compound: "pain-related", "state-owned" are adjectives)
    return len(word) > 3 and word.endswith("ed") and following not in ("by", "with") and "-" not in word


def has_finite_verb(tokens: list[str]) -> bool:
    """Whether the sentence has a subject and a finite verb, as far as cues tell."""
    words = [bare(token).replace("’", "'") for token in tokens] + [""]
    host, _, clitic = words[0].partition("'")
    if host in _SUBJECTS or words[0] in _SUBJECTS or (clitic == "s" and host in _S_HOSTS):
        return True  # "i hate it.", "You're way too complicated!", "There's a catch."
    if words[0] in _FINITE_CUES or clitic in ("t", "re", "ve", "d", "ll", "m"):
        return False  # a verb first, its subject missing: "Came in second.", "would've been awesome."
    # the first word is no verb even in form: "Based on first visit enrolment.", "Fred was 79."
    return any(map(_verb_cue, words[1:-1], words[2:]))


def short_clause(tokens: list[str], text: str) -> bool:
    """Whether a sentence too short to stand alone reads as a clause of its story in context."""
    last = tokens[-1].rstrip("\"”’'.!").lower()
    first = tokens[0]
    dash = next((i for i, t in enumerate(tokens) if t in DASHES), len(tokens))
    return (
        _SHORT_END.search(text) is not None
        and "." not in last
        and last not in SHORT_END_ABBREVIATIONS
        and not any(t[:1] in "([" or t[-1:] in ")]" for t in tokens)
        and bare(first) not in _PREPOSITIONS
        and bare(first) not in _PIECE_OPENERS
        and not (first.endswith(",") and bare(first) in _INTERJECTIONS)
        and first not in _CLOSING_MARKS
        and not first.endswith(":")
        and _LIST_NUMBER.fullmatch(first) is None
        and not _SIGN_OFF.search(text)
        and not addresses_the_reader(text)
        and dash > 0
        and has_finite_verb(tokens[:dash])
    )


# A short sentence that ends on an auxiliary with nothing after it leaves its verb to the
# sentence before ("A real ticket would be.", "Lazarre told her she could.", "Having three
# in a row certainly is.", "Apparently, it's not."): alone it says nothing. Not when the
# verb it stands for is in the sentence itself or the auxiliary ends a clause inside it
# ("Rosalee came back, but bonnie did not.", "... what her next step would be.", "than
# they already are."), nor where the word may be a noun ("in the trash can", "at 7 am",
# "against his will": "can", "will", "might", "must" count only after a pronoun). The
# wording asks it of short sentences only (`wording.SHORT_BACK_REFERENCE_MAX_WORDS`): in
# DUC, MultiLing and Multi-News, 3 sentences that could otherwise stand alone end so at up
# to 10 words, all three elliptical; 16 words adds two possessives ("a relative of tonya
# couch's.") and no other.
_STRANDABLE = frozenset(
    "be is are was were do does did have has had will would can could should shall might must".split()
)
_AFTER_AUXILIARY = frozenset("not n't too either so also still certainly probably already really indeed".split())
# (a clause of its own inside the sentence, or a comparison: the verb is there)
_CLAUSE_INSIDE = frozenset(
    "what how who whom whose where when why whether than as like that which if but and or while though although"
    " because unless".split()
)
_NO_SUBJECT_BEFORE = _PREPOSITIONS | frozenset("the a an this".split())
# (auxiliaries that are also nouns: one of them is read so only after a pronoun, "They will.")
_ALSO_NOUNS = frozenset("can will might must does".split())


def ends_on_stranded_auxiliary(tokens: list[str]) -> bool:
    """Whether a (short) sentence leaves its verb to the one before (see above)."""
    if not tokens:
        return False
    words = [bare(t).replace("’", "'") for t in tokens]
    k = len(words) - 1
    while k > 0 and words[k] in _AFTER_AUXILIARY:
        k -= 1
    last = words[k]
    negated = last.endswith("n't")  # (never a noun: "won't", "can't")
    if negated:
        last = {"wo": "will", "ca": "can"}.get(last[:-3], last[:-3])
    host, _, clitic = last.partition("'")
    if not (last in _STRANDABLE or (clitic in ("s", "re", "m") and (host in _S_HOSTS or host in _SUBJECTS))):
        return False
    before = words[k - 1] if k else ""
    if not before or before in _NO_SUBJECT_BEFORE or before[:1].isdigit():
        return False
    if last in ("do", "does", "did") and before in _STRANDABLE:  # "what police can do": the main verb
        return False
    if last in _ALSO_NOUNS and not negated and before not in _SUBJECTS:  # "in the trash can", "against his will"
        return False
    return not any(w in _CLAUSE_INSIDE for w in words[:k])
