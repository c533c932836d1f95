"""Paragraph and sentence spans over an article's original text.

Sentences come from syntok (maintained, rule-based, no model download; it handles
"Dec. 19", "U.S.", "5 p.m." and quotes well, see ../shared/DEPENDENCIES.md). Paragraphs
are split first, on line breaks, because scraped text marks paragraphs that way and
syntok's own paragraph detection only looks at blank lines. syntok's sentences are then
repaired where scraped and tokenized text misleads it: sentences glued without a space
are cut, and cuts before a quotation's closing marks or after a title or month
abbreviation are mended (each rule: its pattern's comment below).
"""

from __future__ import annotations

import re
from functools import lru_cache

from syntok import segmenter

from newsfuse.text.case import reads_lowercased
from newsfuse.text.lexicon import MANNER_OF_SPEAKING, SPEECH_VERBS, verb_alternation

Span = tuple[int, int]

# Sentence-final marks of other scripts, which syntok does not know: the Devanagari
# danda and double danda (Hindi, Marathi, Nepali; often written with no space after it:
# "... के मुताबिक ।रौयल नौसेना ..."), the Arabic question mark and the Urdu full stop, the
# ideographic full stop and full-width "!" "?" (Chinese, Japanese), the Armenian and
# Ethiopic full stops.
SCRIPT_STOPS = "।॥؟۔。！？։።។៕။།"  # Devanagari, Arabic, Urdu, CJK, Armenian, Ethiopic, Khmer, Burmese, Tibetan
_TERMINAL = re.compile(r"[.!?:;\"'”’»)\]" + SCRIPT_STOPS + r"]\s*$")
# A cut after one of them (and the closing marks that follow it), before more text.
_SCRIPT_STOP = re.compile(r"[" + SCRIPT_STOPS + r"]+[\"'”’»)\]]*(?=\s*\S)")
# A sentence that opens with free-standing quote marks ('" she said.', "' \" the teen
# ..."): text tokenized with spaces around its quotes (Multi-News, some scrapes), where
# syntok cuts before the marks that close the previous sentence's quotation.
_CLOSING_RUN = re.compile(r"(?:['’\"”]\s+)*['’\"”](?=\s|$)\s*")
# Speech verbs: a remainder that starts with one within its first words ("clinton asked,
# ...", "the senior at ballou high school said.") attributes the quotation it follows.
_SPEECH = re.compile(
    r"(?:\S+\s+){0,6}(?:" + verb_alternation(SPEECH_VERBS | MANNER_OF_SPEAKING) + r")\b",
    re.IGNORECASE,
)
# Sentences glued together without a space ("in 28 seconds.the jailhouse video",
# "police said.according to ..."): "." or "!" between two words of letters. Not inside a
# web address, an e-mail or a file name ("radaronline.com", "_taboola.push"). Country
# domains that are English words ("in", "it", "us", "me") count only with "www" or a
# scheme: bare, they start a sentence ("offices.in response", "them.it turns out").
_GLUED = re.compile(r"(?<=[a-z]{2}[.!])(?=[A-Za-z]{2}|[aAI] )")  # "... last two months.a team of surgeons ..."
# ... and glued before a quotation mark ('... according to police."we are really working
# ...'): the cut goes before the mark where it opens the next sentence's quotation (the
# sentence so far has its straight marks in pairs), after it where it closes one.
_GLUED_AT_MARK = re.compile(r"(?<=[a-z]{2}[.!?])[\"”](?=[A-Za-z]{2})")
GLUE_CONTEXT = 200  # characters either side of a glue that decide whether it is a URL or a name
_NOT_GLUE = re.compile(r"www|https?:|@|/|_|=|\\")
_SUFFIX = re.compile(
    r"(?:com|org|net|gov|edu|int|mil|info|biz|co|uk|ca|au|de|fr|es|nl|ru|cn|jp|io|tv|fm|ly"
    r"|html?|php|aspx?|jsp|pdf|jpe?g|png|gif|js|css|txt|doc|xls|mp3|mp4)\b",
    re.IGNORECASE,
)
# In lower-cased text (Multi-News) a sentence after "!" or "?" starts lower-case, and the
# splitter, which looks for a capital, runs on ("her way! she went to court ...").
_CASELESS_BOUNDARY = re.compile(r"(?<=[a-z]{2}[!?])\s+(?=[a-z])")
# ... and after a parenthesised credit that follows a sentence's end (a photo caption:
# "... on jan. 20. ( bill o ' leary / the washington post ) on the morning after ...").
_CASELESS_AFTER_CREDIT = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”']))\s+\([^()]{1,100}\)(?=\s+[a-z])")
# A wire or network credit deep inside a sentence opens the article's lead: the scrape
# glued highlights or a headline before it ("... not less than " $ 5 million ( cnn ) u.s.
# comedian arsenio hall is suing ...", "... by yasmine saleh cairo, dec 5 ( reuters ) -
# islamists fought ..."). Not after a sentence's end, where it credits a photo caption.
WIRE_AGENCIES = frozenset("cnn ap reuters afp upi xinhua".split())  # whose credit in parentheses opens a lead
_WIRE_CREDIT = re.compile(
    r"(?<![.!?\"”'])\s+(\(\s*(?:" + "|".join(sorted(WIRE_AGENCIES)) + r")\s*\))(?=\s)", re.IGNORECASE
)
WIRE_CREDIT_MIN_WORDS = 6  # on each side: fewer before it, and it is the sentence's own dateline

# Abbreviations the splitter may end a sentence on although the name or number after it
# belongs there ("... former pennsylvania sen." + "Rick santorum, ..."; "through dec." +
# "5."): titles before a name; months and "No." before a number. Ambiguous ones (a single
# letter: "Plan B."; "St.", "Mt.": "Main St.") are left as they are.
TITLE_ABBREVIATIONS = frozenset(
    "sen sens rep reps gov gen lt col capt maj sgt cpl pvt spc adm cmdr mr mrs ms dr rev prof pres atty supt insp det"
    .split()
)
NUMBER_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec no nos".split())
# A company's or a name's suffix: in lower-cased text (Multi-News) a cut after one is the
# corpus's splitter's, never a sentence end it marks ("... is auditing how google inc." +
# "Avoided federal income taxes ...": each of 80 such cuts in Multi-News 1,000, read one
# by one); in cased text "... along with Microsoft Corp." ends for real.
NAME_SUFFIXES = frozenset("inc corp co ltd llc bros jr sr".split())


def _ends_on(abbreviations: frozenset[str]) -> re.Pattern:
    """A text ending on one of ``abbreviations`` and its period, as a word of its own."""
    alternatives = "|".join(sorted(abbreviations, key=len, reverse=True))
    return re.compile(rf"(?:^|\s|\()(?:{alternatives})\.$", re.IGNORECASE)


_TITLE_END = _ends_on(TITLE_ABBREVIATIONS)
_NUMBER_ABBREVIATION_END = _ends_on(NUMBER_ABBREVIATIONS)
_NAME_SUFFIX_END = _ends_on(NAME_SUFFIXES)
# ... and one cut after an initialism or "dept." right before a word that can only go on a
# clause ("... the pa dept." + "Of labor ...", "... at 10 p.m." + "On friday ..." is not:
# "on" may open a sentence, so these words are the ones that cannot).
_INITIALISM_END = re.compile(r"(?:^|\s)(?:(?:[a-z]\.){2,}|dept\.)$", re.IGNORECASE)
_GOES_ON = frozenset("of and or to for with from by said says".split())
# ... and one cut after a name's middle initial ("... arrested jackson a." + "Cosko, 27,
# for posting ...", "house speaker john a." + "Boehner ...", "the alfred e." + "Smith
# dinner", "e." + "Coli"): in Multi-News 1,000, 43 of the 45 sentences ending on a word and
# a lone letter were such cuts; not after a function word ("m, f or x.").
_INITIAL_END = re.compile(r"(?:^|\s)([a-z][a-z'’-]+)\s+[a-z]\.$")
_INITIAL_CONTEXT = 40  # characters before a cut that hold the initial and the word before it
_FUNCTION_WORDS = frozenset("a an the and or nor but of to in on at for by with from as than is are was were".split())
# ... nor after a noun that a letter names ("world war i.", "plan b.", "class a.", "iphone x.")
_LETTER_NAMED = frozenset(
    "war plan class type model grade vitamin hepatitis exhibit appendix part section schedule chapter phase stage"
    " level category option item figure table iphone size division league tier".split()
)


def _after_middle_initial(before_cut: str) -> bool:
    match = _INITIAL_END.search(before_cut)
    return match is not None and match.group(1) not in _FUNCTION_WORDS and match.group(1) not in _LETTER_NAMED


def _strip(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# A hard-wrapped line runs close to its wrap width (e-mail 72-78 characters, wire copy
# 60-80), or the next line goes on with the sentence in lower case; a shorter line that
# ends mid-sentence before a capital is a line of its own: a menu, a byline, a time stamp,
# a list item ("Home > World > Europe" / "By John Smith, Reuters", "Updated 5:40 p.m. ET" /
# "Early Friday morning, ...", "* India -- more than 7700"). Every block the rule without
# this merged in ../shared/data was such lines.
WRAPPED_LINE_MIN_CHARS = 40


def split_paragraphs(text: str) -> list[Span]:
    """Paragraph spans: one per non-blank line, except hard-wrapped blocks.

    A block of three or more consecutive non-blank lines most of which end mid-sentence,
    each running WRAPPED_LINE_MIN_CHARS or more or followed by a lower-case line, is
    hard-wrapped prose (e-mail, plain-text wire copy) and stays one paragraph.
    """
    lines: list[Span] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        start, end = _strip(text, pos, pos + len(line))
        if end > start:
            lines.append((start, end))
        else:
            lines.append((-1, -1))  # blank line: a block boundary
        pos += len(line)

    paragraphs: list[Span] = []
    block: list[Span] = []

    def flush() -> None:
        if not block:
            return
        open_ended = sum(
            1 for (s, e), (following, _) in zip(block, block[1:])
            if not _TERMINAL.search(text[s:e]) and (e - s >= WRAPPED_LINE_MIN_CHARS or text[following].islower())
        )
        if len(block) >= 3 and open_ended > (len(block) - 1) / 2:
            paragraphs.append((block[0][0], block[-1][1]))
        else:
            paragraphs.extend(block)
        block.clear()

    for span in lines:
        if span[0] < 0:
            flush()
        else:
            block.append(span)
    flush()
    return paragraphs


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentence spans (absolute offsets into ``text``) inside ``text[start:end]``."""
    return list(_split_sentences(text, start, len(text) if end is None else end))


# Cleaning asks for the same paragraph's sentences up to three times (inline boilerplate,
# structure, units: 29% of syntok's work on DUC), and syntok is most of cleaning's time.
@lru_cache(maxsize=256)
def _split_sentences(text: str, start: int, end: int) -> tuple[Span, ...]:
    chunk = text[start:end]
    spans: list[Span] = []
    caseless = reads_lowercased(text)
    masked = _close_up_marks(chunk)
    for paragraph in segmenter.analyze(masked):
        for sentence in paragraph:
            if not sentence:
                continue
            s = sentence[0].offset
            e = sentence[-1].offset + len(sentence[-1].value)
            if s > 0 and chunk[s - 1] == "(" and masked[s - 1] != "(":
                s -= 1  # the sentence opens on a parenthesis the mask moved right
            if e < len(chunk) and chunk[e] == ")" and masked[e - 1] == ")":
                e += 1  # ... or closes on one it moved left
            elif _end_moved(chunk, masked, e):
                e += 1
            s, e = _strip(chunk, s, e)
            if e > s:
                spans.extend(_cut_run_ons(text, start + s, start + e, caseless))
    return tuple(_mend_abbreviation_seams(text, _mend_quote_seams(text, spans), caseless))


# Text tokenized with spaces inside its parentheses ("baby boomers ( ages 51-69 ). And
# ...", "the safety bureau ( atsb ), which ..."; Multi-News) makes syntok cut before every
# "( ". It reads a copy with those spaces moved outside the marks ("boomers  (ages 51-69)
# ."): the same length, so its offsets are the text's.
_SPACE_AFTER_OPEN = re.compile(r"\( (?=\S)")
_SPACE_BEFORE_CLOSE = re.compile(r"(?<=\S) \)")


# ... and a closing quote mark detached from its word before a sentence's end (" the
# " no-mantic comedy ". Currently ...", "his ' table of chords '. The main ...") hides the
# end from it: the copy reads 'comedy". ' there, and a sentence it ends on that period
# gets its period back (`_end_moved`).
_DETACHED_CLOSE = re.compile(r"(?<=\w) ([\"'”’])([.!?])(?=\s|$)")


def _close_up_marks(chunk: str) -> str:
    if "( " in chunk or " )" in chunk:
        chunk = _SPACE_BEFORE_CLOSE.sub(") ", _SPACE_AFTER_OPEN.sub(" (", chunk))
    return _DETACHED_CLOSE.sub(r"\1\2 ", chunk)


def _end_moved(chunk: str, masked: str, e: int) -> bool:
    """Whether a sentence of the masked copy ends on a period `_DETACHED_CLOSE` moved
    left: in the text it is one further on."""
    return e < len(chunk) and masked[e - 1] in ".!?" and chunk[e] == masked[e - 1] and chunk[e - 1] in "\"'”’"


def _closes_an_aside(text: str, token_end: int, limit: int) -> bool:
    """Whether a bracket closes right after the glued token: a ticker in its aside
    ("huawei technologies [ hwt.ul ] if it would ...", "fannie mae ( fnma.ob ) and ..."),
    never two sentences."""
    return token_end >= 0 and text[token_end:limit].lstrip()[:1] in (")", "]")


def _cut_run_ons(text: str, start: int, end: int, caseless: bool) -> list[Span]:
    """Split a syntok sentence where two sentences were glued without a space, after a
    sentence end of another script (`SCRIPT_STOPS`), before a wire credit that opens a
    lead, or, in lower-cased text, where one runs on after "!" or "?"."""
    cuts = []
    for m in _GLUED.finditer(text, start, end):
        # the token around the glue, looked for within GLUE_CONTEXT characters: a run with
        # no space would otherwise be scanned once per glue in it (quadratic)
        lo, hi = max(start, m.start() - GLUE_CONTEXT), min(end, m.start() + GLUE_CONTEXT)
        left = text.rfind(" ", lo, m.start()) + 1 or lo
        right = text.find(" ", m.start(), hi)
        token = text[left : right if right >= 0 else hi]
        if not (_NOT_GLUE.search(token) or _SUFFIX.match(text, m.start()) or _closes_an_aside(text, right, hi)):
            cuts.append(m.start())
    for m in _GLUED_AT_MARK.finditer(text, start, end):
        closes = m.group() == "”" or text.count('"', start, m.start()) % 2 == 1
        cuts.append(m.end() if closes else m.start())
    cuts.extend(m.end() for m in _SCRIPT_STOP.finditer(text, start, end) if m.end() < end)
    for m in _WIRE_CREDIT.finditer(text, start, end):
        if min(len(text[start : m.start()].split()), len(text[m.end() : end].split())) >= WIRE_CREDIT_MIN_WORDS:
            cuts.append(m.start(1))
    if caseless:
        cuts.extend(m.start() for m in _CASELESS_BOUNDARY.finditer(text, start, end))
        cuts.extend(m.end() for m in _CASELESS_AFTER_CREDIT.finditer(text, start, end))
    if not cuts:
        return [(start, end)]
    cuts.sort()
    spans = []
    for a, b in zip([start, *cuts], [*cuts, end]):
        a, b = _strip(text, a, b)
        if b > a:
            spans.append((a, b))
    return spans


def _leaves_quote_open(sentence: str) -> bool:
    return sentence.count('"') % 2 == 1 or sentence.count("“") > sentence.count("”")


def _mend_quote_seams(text: str, spans: list[Span]) -> list[Span]:
    """Give back to a sentence the quote marks that close its quotation when the splitter
    put them at the start of the next one, and rejoin the attribution that follows a
    quoted exclamation or question ('"... you just won! \' " she said.'). Marks that
    follow a balanced sentence open the next quotation and stay where they are."""
    out: list[Span] = []
    for s, e in spans:
        if out:
            ps, pe = out[-1]
            run = _CLOSING_RUN.match(text, s, e)
            if run and _leaves_quote_open(text[ps:pe]):
                rest = run.end()
                ends_in = text[ps:pe].rstrip(" '’\"”")[-1:]
                if rest >= e or (ends_in in "!?,;" and _SPEECH.match(text, rest, e)):
                    out[-1] = (ps, e)  # the whole attribution belongs to the quotation
                    continue
                marks_end = _strip(text, s, rest)[1]
                out[-1] = (ps, marks_end)
                s = rest
        out.append((s, e))
    return out


def _mend_abbreviation_seams(text: str, spans: list[Span], caseless: bool = False) -> list[Span]:
    """Rejoin a sentence cut after a title before a name or after a month (or "No.")
    before a number; in lower-cased text, also one cut after a name's suffix, or after an
    initialism before a word that goes on a clause."""
    out: list[Span] = []
    for s, e in spans:
        if out:
            ps, pe = out[-1]
            previous = text[max(ps, pe - 12) : pe]
            if (
                _TITLE_END.search(previous)
                or (_NUMBER_ABBREVIATION_END.search(previous) and text[s : s + 1].isdigit())
                or (caseless and _NAME_SUFFIX_END.search(previous))
                or (caseless and _INITIALISM_END.search(previous) and text[s:e].split(None, 1)[0].lower() in _GOES_ON)
                or (caseless and _after_middle_initial(text[max(ps, pe - _INITIAL_CONTEXT) : pe]))
            ):
                out[-1] = (ps, e)
                continue
        out.append((s, e))
    return out
