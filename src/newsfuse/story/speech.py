"""Who speaks in a sentence: quotation marks read by their shape and their place, a
speaker named in an attribution or a label, the first person.

A summary shows an outlet's sentences as the outlet's; someone's words shown that way
(a quotation whose marks the splitter left in another sentence, speech whose marks a
scrape lost) would make the outlet say them. `wording` asks these questions of every
candidate sentence; Multi-News, which writes every mark as a token of its own, is where
most of the answers were measured (docs/summary-rounds.md).
"""

from __future__ import annotations

import re

from newsfuse.story.tokens import FIRST_PERSON_OPENERS, QUOTES_ALL, STOPWORDS, bare
from newsfuse.text.lexicon import SPEECH_VERBS, verb_alternation

# The words after a speech verb in an attribution tail: a time or place ("he said on
# Monday."), or after "told" its audience ("she told reporters at the scene.").
TAIL_WORDS = r"(?:\s+[^\s.!?;:\"“”]+)"
SPEECH_VERB = verb_alternation(SPEECH_VERBS)
# A sentence that names its speaker at its end: ", Smith said.", ", the doctor said on
# Monday." (a pronoun there is a back-reference: `wording`). Not "..., i was the one who
# insisted we clean.": "i" is no speaker named.
ATTRIBUTED_AT_END = re.compile(
    r",\s+(?!(?:i|we)\s)(?:[^\s,]+\s+){1,5}(?:" + SPEECH_VERB + r")\b"
    + TAIL_WORDS + r"{0,4}[.!]['’\"”]*$",
    re.IGNORECASE,
)
# A word of the first person singular ("As i opened the door, i was confronted with ...",
# "Today, it became obvious to me that ...", "Can't help myself, i ' m gonna do it."): in
# a summary of several outlets "I" is nobody the reader knows. 187 eligible dev sentences
# (186 of them Multi-News) hold one outside quotation marks, nearly all a columnist's
# voice or speech that lost its marks. Not an initial ("eric i. Cantor") or a numeral
# ("World War I", "Pope John Paul I": an "I" right after a capitalised word inside the
# sentence), nor "mine", which is as often a pit.
_FIRST_PERSON_SINGULAR = re.compile(  # (cases spelled out: a case-blind "i" is also Turkish "İ")
    r"(?:^|(?<=[\s(]))(?:[Ii]|[Mm][EeYy]|[Mm][Yy][Ss][Ee][Ll][Ff])(?:['’](?:[Mm]|[Vv][Ee]|[Dd]|[Ll][Ll]))?"
    r"(?=[\s,.;:!?)]|$)(?!\.\s+\w)"
)
# What every text that holds such a word holds, in lower case: the word at the start, or
# after a space or "(" and before a space, an apostrophe or one of ,.;:!?) (or the end).
# One C scan for the space-led words, where the search above costs ~3 us a sentence.
_FIRST_PERSON_NEAR = re.compile(r"[\s(](?:i|me|my|myself)[\s,.;:!?)'’]")
_FIRST_PERSON_EDGES = ("i", "me", "my", "myself")


def speaks_in_first_person(text: str) -> bool:
    """Whether ``text`` holds a word of the first person singular (`_FIRST_PERSON_SINGULAR`),
    searched only where the cheap test finds one could be."""
    lowered = text.lower()
    if not (
        lowered.startswith(_FIRST_PERSON_EDGES) or lowered.endswith(_FIRST_PERSON_EDGES)
        or _FIRST_PERSON_NEAR.search(lowered)
    ):
        return False
    return _first_person_word(text)


def _first_person_word(text: str) -> bool:
    """The search itself: a first-person word that is no initial or numeral."""
    for match in _FIRST_PERSON_SINGULAR.finditer(text):
        if match.group().lower() != "i":
            return True
        before = text[: match.start()].split()
        previous = before[-1] if before else ""
        numeral = previous.lower() == "war" or (
            match.group() == "I" and len(before) > 1 and previous[:1].isupper() and previous[-1:].isalnum()
        )
        if not numeral:
            return True
    return False


# A transcript's speaker label names who speaks ("Williams: i didn't call him that.",
# "Roger said: ..."); "From facebook:" names a place, not a speaker.
_SPEAKER_LABEL = re.compile(r"([A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,2}):\s")
_LABEL_SPEECH_VERBS = frozenset({"said", "says", "told", "tells", "wrote", "writes"})
# ... and a page's own labels name nobody ("Note: we only request your email address ...")
_PAGE_LABELS = frozenset({"note", "update", "updated", "correction", "disclaimer", "warning", "editor's note", "ps", "p.s."})


def _speaker_label(text: str) -> bool:
    match = _SPEAKER_LABEL.match(text)
    return match is not None and match.group(1).lower() not in _PAGE_LABELS and all(
        w not in STOPWORDS or w in _LABEL_SPEECH_VERBS for w in match.group(1).lower().split()
    )


# A sentence that opens on the second person ("If you are visiting the park and can join
# the efforts, ...", "You can read the whole transcript in this pdf.", "Your answers have
# been saved for later.") or the first person plural ("Our findings suggest that exposure
# to an antidepressant ...", "At burberry, we are passionate about driving positive change.",
# "Together, we can punch out breast cancer!") is a page speaking in its own voice or in
# someone's whose marks and name it left out: a columnist's aside, a plea, a paper's
# abstract, a company's statement, a quiz's or a sign-up form's text. A summary of several
# outlets has no "you" to address and no "we" to speak for. Read in its first three words:
# further in, "you" is as often the generic one of an explanation ("... the organ locked in
# your skull"), and taking those too cost Multi-News 0.11 R-1 (docs/summary-rounds.md). Shown
# after the sentence before it, such a sentence still speaks so ("Here we present a
# 1,112-y tree-ring reconstruction ..." after the abstract's first): never shown.
VOICE_OPENING_WORDS = 3
VOICE_HEAD_CHARS = 100  # ... read in the sentence's first characters (8 words are ~50)
SECOND_PERSON, FIRST_PERSON_PLURAL = "second-person", "first-person-plural"
# Such a word within the first VOICE_OPENING_WORDS whitespace tokens, as a whole word ("you,",
# "(our", "we'll"; not "youth", "well", "your-name"); not "us": as often the US, except in
# "let us" and "let's" ("let's take the story as it is told on social media"). One match
# anchored at the start (a split into words cost 1.3 us a sentence).
_OPENING_VOICE = re.compile(
    r"(?:\S+\s+){0,%d}?\S*?(?<![\w'’-])(?:(?P<you>you|your|yours|yourself|yourselves)|we|our|ours|ourselves"
    r"|let['’]s|let\s+us)(?![\w-])"
    % (VOICE_OPENING_WORDS - 1),
    re.IGNORECASE,
)


# ... and so does one that opens on a verb in the imperative, the second person's mood
# ("Learn more about water management programs ...", "Avoid the area and/or take shelter.",
# "Put down the coffee, bagel or hairbrush and drive!", "Don't be fooled by ..."): a
# page's prompt, a warning's or a columnist's address to the reader. A verb of this list
# counts when an object or a particle follows it, which a noun opening a sentence ("Search
# and rescue operations ...", "Stop sticks were deployed ...") does not have; verbs that
# open as nouns as often ("run", "vote", "show") are left out, and so are "never" ("Never
# has this been more true ...") and an "it" after the verb: a lede's idiom ("Leave it to
# serena williams to come back to tennis in style.", "Call it an early holiday gift from
# google ..."). 16 eligible dev wordings (12 distinct sentences), all Multi-News.
_IMPERATIVE_VERBS = (
    "take|learn|avoid|meet|put|get|keep|bring|stay|act|explore|send|make|try|join|enjoy|discover|grab|give"
    "|find|ask|buy|help|tell|pick|hold|start|leave|call|save|treat|wear|choose|forget|mind|pay|prepare|wait"
    "|walk|talk"
)
_IMPERATIVE_OBJECTS = (
    "the|a|an|this|that|these|those|your|yourself|yourselves|my|our|them|us|me|up|down|out|on|off|away"
    "|back|more|now|some|every|any|no"
)
_IMPERATIVE = re.compile(
    rf"(?:{_IMPERATIVE_VERBS})\s+(?:{_IMPERATIVE_OBJECTS})(?![\w'’-])|don['’]t\s|do\s+not\s", re.IGNORECASE
)
# Its speaker named after its quotation's first part ('Make no mistake, " he said, " ...').
_SPOKEN_AFTER = re.compile(r"[,!?]\s*[\"”’]\s+(?:[^\s,]+\s+){1,5}?(?:" + SPEECH_VERB + r")\b", re.IGNORECASE)


# A phrase of at most 5 words before a comma or a colon ("As members of ipsa, we ...",
# "Note: we only request your email address ...").
_OPENING_PHRASE = re.compile(r"(?:[^\s,:]+\s+){0,4}[^\s,:]+[,:]\s+")


def opening_voice(text: str) -> str:
    """SECOND_PERSON or FIRST_PERSON_PLURAL when ``text``, with no quotation mark and no
    speaker named (as `speaks_unattributed`: ", the officer said." at its end, or a
    label), has such a word in its first VOICE_OPENING_WORDS words, or in those after a
    short opening phrase; else ""."""
    text = text.lstrip()
    if _IMPERATIVE.match(text) and not ATTRIBUTED_AT_END.search(text) and not _SPOKEN_AFTER.search(text):
        return SECOND_PERSON
    head = text[:VOICE_HEAD_CHARS]
    lowered = head.lower()
    if "you" not in lowered and "we" not in lowered and "our" not in lowered and "let" not in lowered:
        return ""  # (most sentences: two anchored matches spared)
    match = _OPENING_VOICE.match(head)
    if match is None:  # ... or in the first words after a short opening phrase or a label
        phrase = _OPENING_PHRASE.match(head)
        match = _OPENING_VOICE.match(head, phrase.end()) if phrase else None
    if match is None or QUOTE_MARK.search(text) or ATTRIBUTED_AT_END.search(text) or _speaker_label(text):
        return ""
    return SECOND_PERSON if match.group("you") else FIRST_PERSON_PLURAL


def speaks_unattributed(text: str) -> bool:
    """Whether ``text``, with no quotation mark, speaks in the first person singular with no
    speaker named: at its end (", Smith said.") or by a label. (A sentence with marks is
    left to the quotation rules: read from the left, a Multi-News sentence that begins
    inside a quotation ('then i was just over it, " she says. " i was like ...') pairs
    its marks wrongly, and taking the first person outside them cost Multi-News 0.09 R-1
    for a few right answers ('"no, he's not married," i thought.').)"""
    return (
        speaks_in_first_person(text) and not QUOTE_MARK.search(text)
        and not ATTRIBUTED_AT_END.search(text) and not _speaker_label(text)
    )


# A quotation in a sentence's words after its opening one: a title or a second quote
# ('..., " trump told msnbc's " morning joe. "'), which names no speaker.
QUOTATION = re.compile(r'"[^"]*"|“[^”]*”|«[^»]*»|„[^“”]*[“”]')
# The closing marks of the typographic pairs other than English's: guillemets (French,
# Greek, Russian, Arabic), German and Czech „...“ (Polish „...”).
_CLOSING = {"«": re.compile("»"), "„": re.compile("[“”]")}


def opening_quotation_end(text: str) -> int:
    """Where the quotation that opens ``text`` ends: its own closing mark, not the
    sentence's last one (-1: none). A straight second mark shaped as an opening one ('"
    evan vucci / ap ... it's " the law " ...': Multi-News's detached marks) leaves the
    pairing unknown: then the last mark counts, as if the quotation ran to it."""
    if text[:1] == "“":
        return text.find("”")
    closing = _CLOSING.get(text[:1])
    if closing is not None:
        found = closing.search(text, 1)
        return found.start() if found else -1
    if text[:1] == '"':
        marks = straight_marks(text)
        if len(marks) >= 2 and not marks[1]:
            return text.find('"', 1)
    return max(text.rfind('"'), text.rfind("”"))


def balanced(text: str) -> bool:
    """Whether every quotation ``text`` opens, it closes: straight marks in pairs, and each
    typographic pair's marks as many: “...” (or ”...” on both sides, as Swedish writes
    them), „...“ or „...”, «...» (or »...«)."""
    if text.count('"') % 2 or text.count("«") != text.count("»"):
        return False
    low, opening, closing = text.count("„"), text.count("“"), text.count("”")
    if low:
        return low == opening + closing
    return opening == closing or (not opening and closing % 2 == 0)


_CLOSING_AFTER = (",", ".", "!", "?", ";", "…")


def straight_marks(text: str) -> list[bool]:
    """For each straight quote mark of ``text``, whether it is shaped like an opening one:
    at the start of a word ('"we'), or standing alone (Multi-News: 'said " we') after a
    word that ends no clause; a mark at a word's end ('soon."'), alone after ',' '.' '!'
    '?' ('downs, " stodden') or alone at the end closes."""
    tokens = text.split()
    shapes: list[bool] = []
    for i, tok in enumerate(tokens):
        if tok.strip('"') == "":
            for _ in range(tok.count('"')):
                last = i == len(tokens) - 1
                shapes.append(not last and not (i and tokens[i - 1].endswith(_CLOSING_AFTER)))
            continue
        for j, ch in enumerate(tok):
            if ch == '"':
                shapes.append(tok[:j].strip("(['‘“") == "")
    return shapes


def leaves_open(text: str) -> bool:
    """Whether a quotation begun in ``text`` is still open at its end."""
    if "“" in text or "”" in text:
        return text.count("“") > text.count("”") and text.count('"') % 2 == 0
    if "«" in text or "»" in text:
        return text.count("«") > text.count("»") and text.count('"') % 2 == 0
    marks = straight_marks(text)
    return len(marks) % 2 == 1 and marks[-1]


def closes_earlier(text: str) -> bool:
    """Whether ``text`` begins inside a quotation and ends it (its first mark closes)."""
    for opening, closing in (("“", "”"), ("«", "»")):
        if opening in text or closing in text:
            first_open = text.find(opening)
            return text.count(closing) > text.count(opening) and text.count('"') % 2 == 0 and (
                first_open < 0 or text.find(closing) < first_open
            )
    marks = straight_marks(text)
    return len(marks) % 2 == 1 and not marks[0]


QUOTE_MARK = re.compile("[" + QUOTES_ALL + "]")


# A sentence that gives the floor to a speaker whose words go on in the next one: a
# transcript's label ("Roger said: i walked over and saw a carrier bag ..."), a quotation
# left open, or one reopened by a detached mark after its speaker ('I went to the school
# of hard knocks, " brown elaborated. "'; a mark alone at the end with no speech verb
# before it as often closes a quotation: '... which is not true. "'). Looser than
# `reopened_after_attribution` below, which a deletion relies on: here the tail after the
# speaker may hold a title's marks ('..." obama said during a taping of " the tonight
# show " in burbank, calif. "'), and a wrong answer only shows or hides a continuation.
_REOPENS_AT_END = re.compile(r"""[.,!?:;]\s*["“]\s*$""")
_SPEAKER_BEFORE_END = re.compile(r"\b(?:" + SPEECH_VERB + r")\b", re.IGNORECASE)
_SPEAKER_WINDOW = 120  # characters before the end where the speech verb may stand


def hands_over_to_a_speaker(text: str) -> bool:
    """Whether the sentence after ``text`` may be its speaker's words without marks of
    their own (see above)."""
    return _speaker_label(text) or leaves_open(text) or (
        _REOPENS_AT_END.search(text) is not None and _SPEAKER_BEFORE_END.search(text[-_SPEAKER_WINDOW:]) is not None
    )


def speaks_unmarked(text: str) -> bool:
    """Whether ``text`` speaks in the first person (opening on "I" or "We", or with a word
    of the first person singular) with no quotation mark: a columnist's or a blogger's
    voice, or speech that lost its marks."""
    if QUOTE_MARK.search(text):
        return False
    first = text.split(None, 1)[:1]
    return (bool(first) and bare(first[0]) in FIRST_PERSON_OPENERS) or speaks_in_first_person(text)


def line_before(text: str, start: int) -> str:
    """The text of ``start``'s line before it."""
    return text[text.rfind("\n", 0, start) + 1 : start]


# A sentence's end that closes a quotation, names its speaker and opens the next sentence's
# quotation with a mark standing alone (Multi-News: 'At some point the ice did firm up, "
# healy said. "' + 'they had to physically with their hands break through the ice ...'):
# a mark after a quotation's "," "!" or "?" closes it, and the one after the attribution's
# full stop can only open. (After a full stop the first mark opens as often: 'ma said. "
# this promise can't be completed. "' is a quotation, not an attribution; so does one
# right after its speaker: 'he said, " we said no. "'.) The speaker may take 8 words and
# the tail 10 ('..., " she said in an interview with cnn's anderson cooper on monday. "').
_REOPENED_AFTER_ATTRIBUTION = re.compile(
    r'[,!?]\s+"\s+(?:[^\s"]+\s+){0,8}?(?:' + SPEECH_VERB + r")\b" + TAIL_WORDS + r'{0,10}[.!]\s+"$',
    re.IGNORECASE,
)
# ... its speaker right before the mark: a speech verb, perhaps its object ("told reporters,"),
# not a passive ("where it was described,") nor a quotation's own words ("Some say you're stupid,")
_SPEAKER_BEFORE_MARK = re.compile(
    r"(?<!\bwas )(?<!\bwere )(?<!\bis )(?<!\bare )(?<!\bbeen )(?<!\bbe )\b(?:" + SPEECH_VERB + r")\b(?:\s+[^\s\"]+)?,$",
    re.IGNORECASE,
)


def reopened_after_attribution(text: str, start: int = 0) -> bool:
    """Whether ``text`` (searched from ``start``) ends so (above)."""
    match = _REOPENED_AFTER_ATTRIBUTION.search(text, start)
    return match is not None and not _SPEAKER_BEFORE_MARK.search(text, max(0, match.start() - 60), match.start() + 1)


# The end of the text before a sentence that opens a quotation the sentence continues: a
# closing mark after a sentence's end and an opening one, each alone (Multi-News: '... on
# cbs's " face the nation. " "' + 'there's speculation, but there's nothing.'), or an
# attribution between them (above).
_OPENED_RIGHT_BEFORE = re.compile(r'[.!?,…]\s+"\s+"\s*$')


# A quotation a mark opened at the start of a sentence (alone, or glued to its first word)
# a sentence or two back, with no mark since, is still open (Multi-News: '" today, it became obvious to me that
# ...' + 'At this critical time, we must remain unified as a republican conference.'). The
# mark opens one (`detached_mark_opens`).
_SENTENCE_BREAK = re.compile(r"[.!?…]\s+")
OPENED_MAX_SENTENCES_BACK = 2


def detached_mark_opens(before: str, sentence: str) -> bool:
    """Whether a quote mark standing alone at the start of ``sentence`` opens a quotation,
    rather than closing one that ``before`` (the text of its line before it) left open.
    Multi-News's splitter leaves a quotation's closing mark at the start of the next
    sentence, alone; after text whose marks pair, the mark opens one, unless the sentence
    ends on its own speaker with no mark to close a quotation of its own ('" seeger died at
    new york hospital, his grandson said.' is narration: its mark closed an earlier one)."""
    return before.count('"') % 2 == 0 and not (sentence.count('"') == 1 and ATTRIBUTED_AT_END.search(sentence))


def _opened_a_sentence_or_two_back(before: str) -> bool:
    at = before.rfind('"')
    if at < 0 or before[at - 1 : at].strip():
        return False  # none, or at a word's end ('... soon."'): not one opening a sentence
    breaks = []
    for match in _SENTENCE_BREAK.finditer(before, at + 1):  # (stops at the third)
        breaks.append(match.end())
        if len(breaks) > OPENED_MAX_SENTENCES_BACK:
            return False
    if not breaks:
        return False
    head = before[:at].rstrip()
    # (a mark alone right before it closed the quotation before: '... struck. " " our deepest ...')
    end = head[:-1].rstrip() if head.endswith(' "') else head
    if end and not end.endswith((".", "!", "?", "…")):
        return False  # not at a sentence's start
    return detached_mark_opens(head, '"' + before[at + 1 : breaks[0]].rstrip())


def _opens_right_before(before: str) -> bool:
    """Whether ``before`` (a line's text before a sentence) ends on a mark standing alone
    that opens the sentence's quotation: after a closing one ('... " face the nation. " "')
    or after a quotation's attribution ('..., " healy said. "'). `deletions.
    trailing_opening_mark` takes it from the sentence it ends."""
    if _OPENED_RIGHT_BEFORE.search(before, max(0, len(before) - 12)):
        return True
    return before.endswith('" ') and reopened_after_attribution(before.rstrip(), max(0, len(before) - 200))


def opening_mark_before(text: str, start: int) -> int | None:
    """The offset in ``text`` of the mark that opens the quotation of the sentence at
    ``start`` from the end of the sentence before it (`_opens_right_before`), else None:
    the splitter left it there, and the sentence shows it back ('" we were scared, " she
    said.', not 'we were scared, " she said.')."""
    before = line_before(text, start)
    if not before or not _opens_right_before(before):
        return None
    return start - len(before) + before.rstrip().rfind('"')


# A sentence with no quotation mark of its own inside a quotation its line opened before
# it ('She added: "Doctor Slepian helped a lot of people.' + 'Women around her
# don't have many options now.') is the speaker's words with the marks and the speaker
# elsewhere: shown alone, someone's claim reads as the outlet's. Read on the text of its
# line before it: more opening than closing curly marks or guillemets, or an odd number of
# straight marks attached to words (but for Hebrew's, where a prefix letter joins the
# opening mark to its word, and German „...“ pairs, whose closing mark is an English
# opening one).
def inside_a_quotation(text: str, start: int, language: str) -> bool:
    before = line_before(text, start)
    if not before or "„" in before:
        return False
    if _opens_right_before(before):
        return True
    if before.count("“") > before.count("”") or before.count("«") > before.count("»"):
        return True
    if language == "he":
        return False
    if _opened_a_sentence_or_two_back(before):
        return True
    marks = 0
    at = before.find('"')
    while at >= 0:  # the marks one by one (a few a paragraph), not a regex over the paragraph
        left, right = before[at - 1 : at], before[at + 1 : at + 2]
        if left.strip() == "" and right.strip() == "":
            # alone between spaces (re-tokenized text: 'obama added. " ' + 'you know, ...'),
            # it may close the sentence before it or open the next: no parity tells
            return False
        if not (left.isalpha() and right.isalpha()):  # not a gershayim inside a word
            marks += 1
        at = before.find('"', at + 1)
    return marks % 2 == 1
