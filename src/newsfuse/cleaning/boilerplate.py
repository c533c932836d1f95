"""Boilerplate left in already-extracted article text.

HTML extractors (trafilatura) remove navigation from pages; they cannot help once a
scraper has flattened a page into text with its widgets in it. These rules find, per
paragraph, the usual leftovers: related-story widgets, "Read also" links, comment
boxes, correction/newsletter/share prompts, photo captions and credits, and lines an
outlet repeats across its articles. Each hit carries a reason; the caller keeps it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence

from newsfuse.cleaning.inline_boilerplate import find_inline_boilerplate
from newsfuse.model import Removed

Span = tuple[int, int]

# Whole-paragraph patterns, each with the reason recorded for what it removes.
_LINE_RULES: list[tuple[str, re.Pattern[str]]] = [
    (
        "related-links",
        re.compile(
            r"^(?:read|see|watch|listen)\s+(?:also|more|next)\b.*|^(?:also\s+read|related(?:\s+(?:news|articles?|stories|content|coverage))?|recent\s+(?:articles|posts|news)"
            r"|(?:more|other)\s+(?:stories|news|articles|topics)(?:\s+of\s+interest)?(?:\s+from\s+.*)?|recommended(?:\s+for\s+you)?|you\s+may\s+(?:also\s+)?like|most\s+(?:read|popular|viewed)"
            r"|trending(?:\s+now)?|top\s+stories|more\s+on\s+this\s+story)\s*:?$",
            re.I,
        ),
    ),
    (
        "comments",
        re.compile(
            r"^(?:comments?\s*\(\d+\)|\d+\s+comments?|leave\s+a\s+(?:reply|comment)|post\s+a\s+comment|add\s+a\s+comment|write\s+the\s+first\s+comment.*"
            r"|please\s+enter\s+your\s+(?:comment|name|email).*|be\s+the\s+first\s+to\s+comment.*|join\s+the\s+(?:conversation|discussion).*"
            r"|comments\s+are\s+(?:closed|moderated).*|show\s+comments|view\s+comments)\s*!?$",
            re.I,
        ),
    ),
    (
        "correction-prompt",
        re.compile(
            r"^(?:to\s+(?:suggest|report)\s+a\s+correction.*|you\s+can\s+also\s+highlight\s+the\s+text.*|(?:spotted|found)\s+(?:a|an)\s+(?:error|mistake|typo).*"
            r"|if\s+you\s+(?:see|spot|notice)\s+(?:an?\s+)?(?:error|mistake|typo).*)$",
            re.I,
        ),
    ),
    (
        "subscribe-share",
        re.compile(
            r"^(?:sign\s+up\b.*newsletter.*|subscribe\b.*|(?:share|tweet|email)\s+(?:this|on)\b.{0,40}|share\s*(?:this)?\s*(?:article|story)?\s*:?|follow\s+us\s+on\b.*"
            r"|click\s+here\b.*|advertisement|sponsored(?:\s+content)?|ad\s*:|continue\s+reading.*|skip\s+(?:to\s+)?(?:main\s+)?content"
            r"|(?:get|download)\s+(?:our|the)\s+app.*|all\s+rights\s+reserved.*)$",
            re.I,
        ),
    ),
    (
        # a breadcrumb or a menu: short items between separators, each opening on a letter
        # ("Home > World > Europe", "Print | Email | Share", "Terms of use | Privacy policy |
        # Contact us"; not "29 November 2018 | 20 January 2019")
        "navigation",
        re.compile(r"^[^\W\d_][\w'’&.,-]*(?:\s+[\w'’&.,-]+){0,3}(?:\s+[|>»·•]\s+[^\W\d_][\w'’&.,-]*(?:\s+[\w'’&.,-]+){0,3})+$"),
    ),
    (
        # a sharing widget's buttons ("Tweet Share Pin", "Facebook Twitter LinkedIn Email")
        "share-buttons",
        re.compile(
            r"^(?:(?:share|tweet|print|e-?mail|mail|facebook|twitter|linkedin|whatsapp|pinterest|pin|reddit|messenger"
            r"|telegram|flipboard|tumblr|sms|copy(?:\s+link)?|link|save|comments?|gift\s+(?:this\s+)?article)\b[\s,|/:·•]*){2,10}$",
            re.I,
        ),
    ),
    (
        # the page's reading tools and stamps of its own ("5 min read", "Listen to article")
        "page-widget",
        re.compile(
            r"^(?:\d+\s+min(?:ute)?s?\s+read|listen\s+to\s+(?:this\s+)?(?:article|story)|(?:text|font)\s+size\b.*"
            r"|loading\s+comments\b.*|back\s+to\s+top|print\s+(?:this\s+)?(?:page|article|story)"
            r"|(?:published|posted|updated)\s+\d+\s+(?:minutes?|hours?|days?)\s+ago)\W*$",
            re.I,
        ),
    ),
    (
        # a byline on a line of its own: "By" and capitalised names, maybe an outlet after a
        # comma ("By John Smith, Reuters", "By JANE DOE Associated Press Writer"); "By the
        # end of ..." and "By Monday, most had left." are prose
        "byline",
        re.compile(
            r"^By\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&|in|of))*(?:\s*,\s*[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|in|of|and))*)*$"
        ),
    ),
    (
        # a section's label on a line of its own ("Breaking News", "World News", "Live updates")
        "section-label",
        re.compile(r"^(?:(?:breaking|latest|world|top|local|national|international)\s+news|live\s+updates?)$", re.I),
    ),
    (
        # the author's address ("Write to John Smith at john.smith@example.com")
        "contact",
        re.compile(r"^(?:write\s+to|contact|e-?mail|reach)\b.{0,80}@[\w-]+(?:\.[\w-]+)+.{0,40}$", re.I),
    ),
    (
        # the page's filing of the story ("Topics: Earthquake, Haiti", "Filed under: World")
        "taxonomy",
        re.compile(r"^(?:topics?|tags?|tagged|filed\s+under|categor(?:y|ies)|keywords?)\s*:\s*\S.*$", re.I),
    ),
    (
        # a picture's caption: a paragraph ending on its credit ("... in the city centre on
        # Tuesday. REUTERS/John Smith", "(AP Photo/Jane Doe)", "Photograph: Jane Doe/AFP/Getty
        # Images", "(Image: John Smith)", "[Photo: AFP]"), or opening on "FILE PHOTO:"
        "photo-caption",
        re.compile(
            r"^(?:(?i:file\s+photo)\s*:.*|.*(?:\((?:AP|AFP|UPI|EPA|Reuters|Xinhua)\s+Photo\s*/[^)]{1,80}\)"
            r"|\bREUTERS\s*/\s*[A-Z][\w .'’-]{1,60}(?:/\s*(?:File\s+Photo|Pool|Handout|File)\b[\w .]*)*"
            r"|[(\[]?\b(?:Photograph|Photo|Picture|Image|Credit)s?\s*:\s*[^.:()\[\]]{1,80}[)\]]?"
            r"|\b[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*/\s*(?:AFP|AP|Reuters|EPA|Getty\s+Images|Xinhua|Bloomberg|Shutterstock)"
            r"(?:\s*/\s*Getty\s+Images|\s+via\s+Getty\s+Images)?)\s*\.?)$",
        ),
    ),
    (
        "photo-caption",
        re.compile(
            r"^(?:enlarge\s+this\s+image.*|toggle\s+caption.*|hide\s+caption.*|image\s+(?:source|caption|copyright)\s*:?.*|(?:photo|picture|image)\s*:\s*.{0,80}"
            r"|\(?(?:photo|image)\s+(?:by|credit|courtesy)\b.{0,80}|(?:getty|afp|ap|reuters)\s+images?.{0,40})$",
            re.I,
        ),
    ),
]

# A whole-paragraph rule with an open tail ("click here ...", "image caption ...") may
# only take a line this short: scraped one-line articles start with such markers too,
# and a longer line goes to the sentence-level rules instead (inline_boilerplate).
# Prompt lines in the seeds and Multi-News stay under 25 words.
LINE_RULE_MAX_WORDS = 30

# A widget marker: the paragraph just before it and up to two after it that repeat a
# nearby line (headline, headline again, teaser) belong to the widget too.
_WIDGET_REASONS = {"related-links"}
WIDGET_REACH = 3  # paragraphs scanned on each side of a widget marker


@dataclass(frozen=True)
class BoilerplateContext:
    """Knowledge from outside one article: lines its outlet repeats in many articles."""

    repeated_lines: frozenset[str] = field(default_factory=frozenset)


def normalise_line(line: str) -> str:
    return re.sub(r"\s+", " ", line).strip().lower()


# An error page scraped in place of the article ("Sorry, the page you requested was not
# found. Please check the url ... try visiting the yahoo! home page or look through a list
# of yahoo!'s online services. ..."): its paragraph goes whole, however long (its advice
# splits into sentences that no line rule reads as the page's: "home page or look through
# a list of yahoo!'s online services.").
_ERROR_PAGE = re.compile(
    r"^(?:sorry,?\s+)?(?:the\s+page\s+you\s+(?:requested|are\s+looking\s+for|were\s+looking\s+for)\s+"
    r"(?:was\s+not|could\s+not\s+be|cannot\s+be|can't\s+be|does\s+not|doesn't)"
    r"|(?:error\s+)?404\s*[-:|–]?\s*(?:error|(?:page\s+)?not\s+found)\b|page\s+not\s+found\s*(?:$|[-.!:|–]))",
    re.I,
)


def line_reason(line: str) -> str | None:
    """The boilerplate reason for one paragraph on its own, or None if it may be content."""
    stripped = line.strip()
    if _ERROR_PAGE.match(stripped):
        return "error-page"
    if len(stripped.split()) > LINE_RULE_MAX_WORDS:
        return None
    for reason, pattern in _LINE_RULES:
        if pattern.match(stripped):
            return reason
    return None


def find_boilerplate(
    text: str, paragraphs: Sequence[Span], context: BoilerplateContext | None = None
) -> list[Removed]:
    """Boilerplate spans in text order: whole paragraphs, then sentences or phrases
    inside the paragraphs that are kept (see inline_boilerplate)."""
    context = context or BoilerplateContext()
    lines = [text[s:e] for s, e in paragraphs]
    reasons: dict[int, str] = {}
    for i, line in enumerate(lines):
        reason = line_reason(line)
        if reason is None and normalise_line(line) in context.repeated_lines:
            reason = "repeated-in-outlet"
        if reason:
            reasons[i] = reason

    # Related-story widget: "<headline>" / "Other Topics of Interest" / "<headline>" /
    # "<teaser>". The repeated headline is the evidence; the teaser follows it.
    for i in [i for i, r in reasons.items() if r in _WIDGET_REASONS]:
        window = range(max(0, i - WIDGET_REACH), min(len(lines), i + WIDGET_REACH + 1))
        seen: dict[str, list[int]] = {}
        for j in window:
            if j != i:
                seen.setdefault(normalise_line(lines[j]), []).append(j)
        for same in seen.values():
            if len(same) >= 2:
                for j in same:
                    reasons.setdefault(j, "related-story-widget")
                last = max(same)
                if last + 1 < len(lines) and last + 1 not in reasons and last > i:
                    reasons[last + 1] = "related-story-widget"

    removed = [Removed(paragraphs[i][0], paragraphs[i][1], reasons[i]) for i in sorted(reasons)]
    for i, span in enumerate(paragraphs):
        if i not in reasons:
            removed.extend(find_inline_boilerplate(text, span))
    return sorted(removed, key=lambda r: r.start)
