"""Web furniture in summaries: newsfuse against sumy's LexRank on the same articles with
page furniture put into them.

The dev sets' texts are clean news copy; scraped pages are not. This puts into every
article of DUC 2003 and MultiLing-en (English) the furniture a scraper leaves in, one
kind per row, with a fixed seed:

- lines: prompts and widgets as paragraphs of their own ("Share this article", "Sign up
  for our daily newsletter ...", "Most Read");
- header/footer: menus, bylines and stamps above the story, filing and legal lines below
  it, one to a line with no blank line before the story (as flattened pages have them);
- glued: markers inside the running text ("Story continues below advertisement", "Media
  playback is unsupported on your device");
- captions: a picture's caption with its agency's credit ("... REUTERS/John Smith",
  "(AP Photo/...)"), as a paragraph of its own, and glued into the running text;
- notes: a live page's time stamps, an embedded tweet, the author's note;
- lines no rule was written from: 40 more prompts and widgets, worded otherwise.

A kind is put in 20-35% of the places it can go; the same line in several articles of a
story looks, to any summarizer, like something they all report (as syndicated copy has
it). Counted: the summary sentences that show any of it (a line of one or two words only
at a sentence's edge: "an advertisement campaign" is news). Rows: newsfuse; LexRank on
newsfuse's cleaned sentences (what cleaning alone buys); LexRank on the sentences cleaning
leaves when told to keep boilerplate (``clean(keep_boilerplate=True)``: what an
extractive summarizer sees without it).

The furniture lines of the first six rows are those the cleaning and wording rules were
written from (the sixteenth round of docs/summary-rounds.md): a zero there says a rule does what
it was written for, and guards it. The last row's lines were kept from the rules (but for
one: "Enjoy unlimited access to all our articles." led to the page's-voice rule, whose
evidence is Multi-News's).

    python bench/furniture.py [--sets duc2003,multiling2011]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rouge import DATA, load, sumy_system  # noqa: E402  (the same LexRank and loading)
from sumy.summarizers.lex_rank import LexRankSummarizer  # noqa: E402

import newsfuse  # noqa: E402
from newsfuse.embed import WordLlamaEmbedder  # noqa: E402
from newsfuse.story.summarize import summarize  # noqa: E402

BUDGET = 100
LINES = [
    "Advertisement", "Story continues below advertisement", "Read more: Floods force thousands from their homes",
    "Related: What we know so far about the crash", "Recommended for you", "Share this article", "Share on Facebook",
    "Sign up for our daily newsletter to get the latest news in your inbox.", "Subscribe now for unlimited access.",
    "Follow us on Twitter and Facebook for the latest updates.", "Click here to read the full report.",
    "© 2010 The Associated Press. All rights reserved.", "Updated at 10:45 a.m. ET", "Published 3 hours ago",
    "We use cookies to improve your experience on our site. By continuing you agree to our use of cookies.",
    "Comments (12)", "Log in to comment", "You have reached your limit of free articles this month.", "Most Read",
    "Tell us what you think in the comments below.", "Reporting by John Smith; Editing by Jane Doe",
]
HEADERS = [
    "Home > World > Europe", "Home | News | World", "By John Smith, Reuters", "By JANE DOE Associated Press Writer",
    "Posted: Tuesday, January 12, 2010 10:45 AM", "Updated: 12/01/2010 14:02", "Print | Email | Share",
    "World News", "Breaking News", "Text size: A A A", "Listen to article", "Facebook Twitter LinkedIn Email",
    "Tweet Share Pin", "5 min read",
]
FOOTERS = [
    "Copyright 2010 Reuters. All rights reserved.", "Topics: Earthquake, Haiti, Disaster", "Filed under: World",
    "Related stories", "More on this story", "Back to top", "Terms of use | Privacy policy | Contact us",
    "Sources: AFP, Reuters", "Write to John Smith at john.smith@example.com", "Join the discussion",
]
GLUED = [
    "Advertisement", "Story continues below advertisement", "Share this article", "Read more: Floods force thousands",
    "Sign up for our newsletter.", "Continue reading the main story", "Media playback is unsupported on your device",
    "Image copyright Getty Images", "Follow us on Twitter @example",
]
CAPTIONS = [
    "Rescue workers search the rubble of a collapsed building in the city centre on Tuesday. REUTERS/John Smith",
    "Residents look at the damage caused by the storm, in the northern town on Monday. (AP Photo/John Smith)",
    "Soldiers patrol the border area near the town. Photograph: Jane Doe/AFP/Getty Images",
    "Demonstrators gather outside parliament on Wednesday. Photo: John Smith/EPA",
    "Members of the rescue team carry supplies to the affected area. Credit: Jane Doe/Reuters",
    "Leaders pose for a family photo during the summit on Friday. [Photo: AFP]",
]
NOTES = [
    "10:45 a.m. ET — Officials said the talks would resume in the afternoon.",
    "Plan to start digging under the city in a month or so. — Jane Doe (@janedoe) January 12, 2010",
    "John Smith is a senior correspondent for Example News based in London.",
    "Jane Doe covers politics for the Example Times.",
]
# Lines no rule was written from (kept apart on purpose: a rule written from one of them
# makes its row measure nothing): how the rules do on furniture worded otherwise.
UNSEEN_LINES = [
    "Sponsored Content", "Continue reading below", "Shop now", "Download the app", "Watch Live", "Trending Stories",
    "From our partners", "Around the web", "Promoted stories", "Don't miss", "ADVERTISEMENT - SCROLL TO CONTINUE",
    "Send us your photos and videos", "Sign in to your account", "Already have an account? Log in",
    "Join our WhatsApp channel for updates", "Save article", "Show more", "Next article", "Up next", "Latest Stories",
    "Popular Now", "Skip to main content", "This content is not available in your region",
    "Please turn off your ad blocker to continue.", "Your subscription supports independent journalism.",
    "Support our journalism. Donate today.", "Want to read more? Start your free trial.",
    "Enjoy unlimited access to all our articles.", "Copy link", "Link copied!", "Open in app", "Listen · 4:32",
    "Gift this article", "Report an error", "Contact the newsroom", "All times are local.", "Image 1 of 12",
    "Swipe for more photos", "Loading...", "Scroll to next article",
]
_SENTENCE_END = re.compile(r"(?<=[a-z]\.)\s+(?=[A-Z])")


def _paragraphs(text: str) -> list[str]:
    """The article's paragraphs; a one-line text (DUC) cut at its sentence ends."""
    lines = text.split("\n")
    return _SENTENCE_END.split(lines[0]) if len(lines) == 1 else lines


def _between(text: str, rng: random.Random, pieces: list[str], share: float, glue: str) -> str:
    out = []
    for p in _paragraphs(text):
        out.append(p)
        if p.strip() and rng.random() < share:
            out.append(rng.choice(pieces))
    return glue.join(out)


KINDS = {
    "lines": (lambda t, rng: _between(t, rng, LINES, 0.35, "\n"), LINES),
    "header/footer": (
        lambda t, rng: "\n".join([*rng.sample(HEADERS, 3), t, *rng.sample(FOOTERS, 3)]), HEADERS + FOOTERS,
    ),
    "glued": (lambda t, rng: _between(t, rng, GLUED, 0.2, " "), GLUED),
    "captions (paragraphs)": (lambda t, rng: _between(t, rng, CAPTIONS, 0.3, "\n\n"), CAPTIONS),
    "captions (glued)": (lambda t, rng: _between(t, rng, CAPTIONS, 0.3, " "), CAPTIONS),
    "notes": (lambda t, rng: _between(t, rng, NOTES, 0.2, "\n\n"), NOTES),
    "lines no rule was written from": (lambda t, rng: _between(t, rng, UNSEEN_LINES, 0.35, "\n"), UNSEEN_LINES),
}


def shows(sentence: str, line: str) -> bool:
    """Whether a summary sentence shows a piece of furniture (each of its lines, or its
    first 40 characters for a caption or a note)."""
    text = sentence.lower()
    for part in line.split("\n"):
        part = part.lower()[:40]
        if len(part.split()) >= 3:
            if part in text:
                return True
        elif text.startswith(part) or text.endswith(part):
            return True
    return False


def _sentences(summary_text: list[str], pieces: list[str]) -> tuple[int, int]:
    return sum(any(shows(s, p) for p in pieces) for s in summary_text), len(summary_text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="duc2003,multiling2011")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    rows = [r for name in args.sets.split(",") if (DATA / name).exists() for r in load(name, 0)]
    if not rows:
        print(f"{DATA} not available; nothing to do", file=sys.stderr)
        return 0
    embedder = WordLlamaEmbedder()
    lexrank = sumy_system(LexRankSummarizer, True)
    print(f"furniture in summaries: {len(rows)} clusters of {args.sets}, {BUDGET} words, seed {args.seed}")
    print("| furniture | newsfuse | LexRank, cleaned sentences | LexRank, boilerplate kept |")
    print("|---|---|---|---|")
    started = time.perf_counter()
    for kind, (put, pieces) in KINDS.items():
        rng = random.Random(f"{args.seed}-{kind}")
        counts = {"newsfuse": [0, 0], "cleaned": [0, 0], "kept": [0, 0]}
        for row in rows:
            records = [{**a, "text": put(a["text"], rng)} for a in row["articles"]]
            cleaned = newsfuse.clean(records)
            report = summarize(cleaned, BUDGET, compare=False, embedder=embedder)
            outputs = {
                "newsfuse": [s.text for s in report.summary],
                "cleaned": _lexrank_sentences(lexrank(cleaned, BUDGET)),
                "kept": _lexrank_sentences(lexrank(newsfuse.clean(records, keep_boilerplate=True), BUDGET)),
            }
            for name, sentences in outputs.items():
                shown, total = _sentences(sentences, pieces)
                counts[name][0] += shown
                counts[name][1] += total
        print(f"| {kind} | " + " | ".join(f"{s} of {t}" for s, t in counts.values()) + " |")
        sys.stdout.flush()
    print(f"({time.perf_counter() - started:.0f} s)")
    return 0


def _lexrank_sentences(text: str) -> list[str]:
    """LexRank's summary (sentences joined by spaces, the last cut at the budget) back into
    sentences, as the furniture count reads them."""
    return [s for s in re.split(r"(?<=[.!?])\s+", text) if s]


if __name__ == "__main__":
    sys.exit(main())
