"""Direct quotes of one article, each with its speaker.

Only text between quotation marks is ever a quote: a paraphrase is never shown as one.
A quotation mark pair counts when a speech verb outside it names who spoke ("Putin said",
"said Alexander Lukashenko", "quoted Kremlin spokesman Dmitry Peskov as saying", "the
ministry said:"); scare quotes with no speaker ("a "kamikaze" drone") are not quotes.

The speaker comes from the dependency parse: the subject of the speech verb (or the
object of "quote ... as saying"). "He said" is resolved to the speaker of the quote just
before, else to the first person named in the nearest preceding sentence; "the ministry
said" to the last noun phrase in the article headed by the same noun ("The Russian
defence ministry"). A quote that starts lowercase or is embedded in the writer's own
sentence is marked partial. A multi-sentence quotation comes out as one Quote per
sentence (sharing its ``quotation`` index), so translations can be matched one sentence
at a time; the story step shows a quotation whole again when no sentence of it matched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Doc, Token

from newsfuse.text.analysis import ArticleDocs
from newsfuse.text.entities import _EDGE_WORDS, Mention, persons_before, trim_name
from newsfuse.text.lexicon import SPEECH_VERBS
from newsfuse.text.nlp import NlpModels
from newsfuse.text.sentences import split_sentences

SpeakerFrom = Literal["subject", "pronoun", "noun", "continued"]

_PRONOUNS = {"he", "she"}
# Indefinite subjects name no speaker ("someone said").
_NOBODY = {"someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody", "one", "who"}
# How far back (in analysed sentences) "he said" may look for the person meant.
PRONOUN_LOOKBACK_SENTENCES = 3
# Quotes whose speaker is only a pronoun-free common noun ("officials") keep that noun.
_OPEN = {'"': None, "“": "”", "«": "»", "„": "“"}
_CLOSERS = {"”", "»"}


@dataclass(frozen=True, slots=True)
class Quote:
    """Quoted words (span inside the marks) and who said them."""

    article: str
    start: int
    end: int
    text: str
    speaker: str | None
    speaker_start: int | None  # span of the name the speaker was resolved to
    speaker_end: int | None
    speaker_from: SpeakerFrom
    partial: bool
    quotation: int  # index of the quotation (mark pair) in the article this belongs to


def find_quotations(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Top-level spans inside quotation marks (marks excluded) in ``text[start:end]``.

    Straight quotes are told apart by position: an opening mark follows a space or the
    start and precedes a non-space. Nested quotes stay inside their outer quotation.
    """
    end = len(text) if end is None else end
    stack: list[tuple[str, int]] = []
    spans: list[tuple[int, int]] = []
    for i in range(start, end):
        ch = text[i]
        if ch not in _OPEN and ch not in _CLOSERS:
            continue
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        opening = ch in ("“", "«", "„") if ch != '"' else (before.isspace() or before in "([—-") and not after.isspace()
        if ch == "“" and stack and stack[-1][0] == "„":
            opening = False
        if opening:
            stack.append((ch, i))
        elif stack:
            _, at = stack.pop()
            if not stack:
                spans.append((at + 1, i))
    return spans


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\n":
        start += 1
    while end > start and text[end - 1] in " \t\n":
        end -= 1
    return start, end


def _speech_verb(doc: Doc, offset: int, inside: list[tuple[int, int]], quote: tuple[int, int]) -> Token | None:
    """The speech verb outside every quotation nearest to ``quote``."""
    best, best_distance = None, None
    for token in doc:
        if token.lemma_.lower() not in SPEECH_VERBS or token.pos_ not in ("VERB", "AUX"):
            continue  # first: cheap, and rules out almost every token before the marks are scanned
        at = offset + token.idx
        if any(s <= at < e for s, e in inside):
            continue
        distance = min(abs(at - quote[0]), abs(at - quote[1]))
        if best_distance is None or distance < best_distance:
            best, best_distance = token, distance
    return best


def _subject(verb: Token) -> Token | None:
    """Who spoke: the verb's subject, the object of 'quoted X as saying', or the subject
    of the verb this one is conjoined with."""
    if verb.lemma_ == "say" and verb.dep_ == "pcomp" and verb.head.head.lemma_ == "quote":
        verb = verb.head.head
    if verb.lemma_ == "quote":
        for child in verb.children:
            if child.dep_ == "dobj":
                return child
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ not in ("it", "which", "that"):
            if child.lower_ in ("who",) and verb.dep_ == "relcl":
                return verb.head
            return child
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head)
    return None


def _describes(subject: Token, offset: int, quote: tuple[int, int]) -> bool:
    """The quotation sits inside the speaker's own noun phrase ('an internet website "run
    by associates of Mahmoud Ahmadinejad" states that ...'): it describes who spoke, it is
    not what they said."""
    left = offset + subject.left_edge.idx
    right = offset + subject.right_edge.idx + len(subject.right_edge.text)
    return left <= quote[0] and quote[1] <= right


def _name_next_to(verb: Token, offset: int, marks: list[tuple[int, int]]) -> Token | None:
    """A proper noun right before or after the verb, outside the quotes ('..., Bulent
    Ecevit told reporters')."""
    doc = verb.doc
    for i in (verb.i - 1, verb.i + 1):
        if 0 <= i < len(doc) and doc[i].pos_ == "PROPN" and not any(a <= offset + doc[i].idx < b for a, b in marks):
            return doc[i]
    return None


def _name_span(
    subject: Token, offset: int, found: tuple[Mention, ...], quoted: list[tuple[int, int]] = ()
) -> tuple[int, int]:
    """The name a subject token stands for: an entity covering it, else its compound
    chain of proper nouns, else the noun phrase without its determiner."""
    at = offset + subject.idx
    first = subject
    while first.i > 0 and first.doc[first.i - 1].pos_ == "PROPN" and first.doc[first.i - 1].head == subject:
        first = first.doc[first.i - 1]  # "Natalia Dobrovolska" when NER split the name
    for m in found:
        if m.start <= at < m.end:
            return min(m.start, offset + first.idx), m.end
    # "a spokesman for the Kremlin Dmitry Peskov": the person named inside the subject
    left = offset + subject.left_edge.idx
    right = offset + subject.right_edge.idx + len(subject.right_edge.text)
    inside = [
        m
        for m in found
        if left <= m.start and m.end <= right and m.type == "PERSON" and not any(a <= m.start < b for a, b in quoted)
    ]  # a name inside the quote itself ("run by associates of Ahmadinejad") is not the speaker
    if inside:
        best = min(inside, key=lambda m: (m.type != "PERSON", abs(m.start - at)))
        return best.start, best.end
    tokens = [subject]
    if subject.pos_ == "PROPN":
        left = subject.i - 1
        while left >= 0 and subject.doc[left].pos_ == "PROPN" and subject.doc[left].dep_ in ("compound", "flat"):
            tokens.insert(0, subject.doc[left])
            left -= 1
    else:
        tokens = [t for t in subject.subtree if t.i <= subject.i and t.dep_ not in ("det", "punct")]
        tokens = tokens or [subject]
    start = offset + tokens[0].idx
    return start, offset + subject.idx + len(subject.text)


@dataclass(frozen=True, slots=True)
class _Speaker:
    name: str
    start: int
    end: int
    how: SpeakerFrom


def _sentences_between(docs: ArticleDocs, start: int, end: int) -> int:
    return sum(1 for u in docs.article.body_sentences if start <= u.start < end)


def _resolve_pronoun(
    docs: ArticleDocs,
    quote_start: int,
    pronoun_at: int,
    previous: tuple[_Speaker, int] | None,
    found: tuple[Mention, ...],
) -> _Speaker | None:
    """'he said': a person named earlier in the same sentence ("Putin told ... that he
    hoped"), else the speaker of a quote at most one sentence back, else the first
    person named in the nearest preceding sentence that names one."""
    same = next((u for u in docs.article.body_sentences if u.start <= pronoun_at < u.end), None)
    if same is not None:
        people = [m for m in found if same.start <= m.start and m.end <= pronoun_at and m.type == "PERSON"]
        if people:
            first = min(people, key=lambda m: m.start)
            return _Speaker(first.text, first.start, first.end, "pronoun")
    if previous is not None and _sentences_between(docs, previous[1], quote_start) <= 1:
        return _Speaker(previous[0].name, previous[0].start, previous[0].end, "pronoun")
    here = next((u for u in docs.article.body_sentences if u.start <= quote_start < u.end), None)
    limit = here.start if here else quote_start
    earlier = [u for u in docs.article.body_sentences if u.start < limit][-PRONOUN_LOOKBACK_SENTENCES:]
    for unit in reversed(earlier):
        people = [m for m in persons_before(found, unit.end) if m.start >= unit.start]
        if people:
            first = min(people, key=lambda m: m.start)
            return _Speaker(first.text, first.start, first.end, "pronoun")
    return None


# How far back (in sentences) "the ministry said" may look for its full name.
NOUN_LOOKBACK_SENTENCES = 8


def _resolve_noun(docs: ArticleDocs, head: str, before: int, models: NlpModels) -> _Speaker | None:
    """'the ministry said': the last noun phrase headed by the same noun, named more fully."""
    pattern = re.compile(rf"\b{re.escape(head)}\b", re.I)
    earlier = [u for u in docs.article.body_sentences if u.end <= before][-NOUN_LOOKBACK_SENTENCES:]
    for unit in reversed(earlier):
        sentence = docs.article.unit_text(unit)
        if not pattern.search(sentence):
            continue
        parsed = next((s.doc for s in docs.covering(unit.start, unit.end) if s.parsed and s.start == unit.start), None)
        doc = parsed if parsed is not None else models.parse([sentence])[0]
        for chunk in reversed(list(doc.noun_chunks)):
            if chunk.root.lower_ == head.lower() and len(chunk) > 1:
                words = [t for t in chunk if t.dep_ != "det"]
                if len(words) < 2:
                    continue
                start = unit.start + words[0].idx
                end = unit.start + words[-1].idx + len(words[-1].text)
                return _Speaker(docs.article.text[start:end], start, end, "noun")
    return None


def _same_paragraph(article, a: int, b: int) -> bool:
    return any(u.start <= a and b < u.end for u in article.paragraphs)


def _is_name(quoted: str) -> bool:
    """A quoted name or title ("Shaheds", "Operation Barbarossa") is not speech."""
    words = re.findall(r"[^\W\d_]+", quoted)
    return 0 < len(words) <= NAME_MAX_WORDS and all(w[0].isupper() for w in words) and not re.search(r"[.!?,]$", quoted)


# Quoted runs of at most this many capitalised words are names, not quotes.
NAME_MAX_WORDS = 3


def _is_partial(text: str, start: int, end: int, sentence_start: int) -> bool:
    """A quote is partial when it starts lowercase or sits inside the writer's sentence."""
    first = next((c for c in text[start:end] if c.isalpha()), "")
    if first.islower():
        return True
    lead = text[sentence_start : max(sentence_start, start - 1)].rstrip()
    if not any(c.isalnum() for c in lead):
        return False
    return lead[-1] not in ",:—-"


def _attribute(
    docs: ArticleDocs,
    span: tuple[int, int],
    marks: list[tuple[int, int]],
    found: tuple[Mention, ...],
    previous: tuple[_Speaker, int] | None,
    models: NlpModels,
) -> _Speaker | None:
    start, end = span
    verb, verb_sentence, best = None, None, None
    for sentence in docs.covering(start - 1, end + 1):
        if not sentence.parsed:
            continue
        candidate = _speech_verb(sentence.doc, sentence.start, marks, span)
        if candidate is None:
            continue
        at = sentence.start + candidate.idx
        distance = min(abs(at - start), abs(at - end))
        if best is None or distance < best:
            verb, verb_sentence, best = candidate, sentence, distance
    if verb is None:
        return None
    subject = _subject(verb)
    offset = verb_sentence.start
    if subject is not None and any(a <= offset + subject.idx < b for a, b in marks):
        subject = _name_next_to(verb, offset, marks)  # the parser took a quoted word as subject
    if subject is None or _describes(subject, offset, span):
        return None
    if subject.lower_ in _PRONOUNS:
        return _resolve_pronoun(docs, start, offset + subject.idx, previous, found)
    if subject.pos_ == "PRON" or subject.lower_ in _NOBODY:
        return None
    s, e = _name_span(subject, offset, found, marks)
    if subject.pos_ == "PROPN":
        s, e = trim_name(docs.article.text, s, e)  # "Foreign Minister Abel Matutes"
    if docs.article.text[s:e].rstrip(".").lower() in _EDGE_WORDS:
        # the parser took the title for the subject ("said Rep. Edward Pease", "said the
        # Rev. Al Sharpton"): a title alone names nobody, the name right after it does
        after = next((m for m in found if m.start >= e and not docs.article.text[e : m.start].strip()), None)
        if after is None:
            return None
        s, e = after.start, after.end
    named = _Speaker(docs.article.text[s:e], s, e, "subject")
    has_the = any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
    if subject.pos_ == "NOUN" and has_the and not any(m.start <= s < m.end for m in found):
        return _resolve_noun(docs, subject.text, offset + subject.idx, models) or named
    return named


def extract_quotes(docs: ArticleDocs, found: tuple[Mention, ...], models: NlpModels) -> tuple[Quote, ...]:
    """Every attributed quotation of the article, split into sentence segments."""
    article = docs.article
    text = article.text
    spans: list[tuple[int, int]] = []
    for unit in article.paragraphs:
        if unit.kind in ("body", "standfirst"):
            spans.extend(find_quotations(text, unit.start, unit.end))
    marks = [(s - 1, e + 1) for s, e in spans]
    quotes: list[Quote] = []
    previous: tuple[_Speaker, int] | None = None
    for index, (raw_start, raw_end) in enumerate(spans):
        start, end = _strip_span(text, raw_start, raw_end)
        if end <= start or _is_name(text[start:end]):
            continue
        speaker = _attribute(docs, (start, end), marks, found, previous, models)
        if speaker is None and previous is not None and _same_paragraph(article, previous[1], start):
            # a quotation straight after an attributed one, with no verb of its own
            speaker = _Speaker(previous[0].name, previous[0].start, previous[0].end, "continued")
        if speaker is None:
            continue
        previous = (speaker, raw_end)
        here = next((u for u in article.body_sentences if u.start <= raw_start - 1 < u.end), None)
        partial = _is_partial(text, start, end, here.start if here else start)
        for s, e in split_sentences(text, start, end) or [(start, end)]:
            quotes.append(
                Quote(article.id, s, e, text[s:e], speaker.name, speaker.start, speaker.end, speaker.how, partial, index)
            )
    return tuple(quotes)
