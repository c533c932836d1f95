"""A story report as Markdown: the cited summary, numbered references, the source list,
then (for a fresh report that has one) the cross-source comparison. Every piece of
source text goes through `md`: article text is untrusted input."""

from __future__ import annotations

import re
from typing import Any, Mapping

from newsfuse.model import Report
from newsfuse.report.summary_view import (
    REPORTED_NOTE, CitedSentence, SourceRef, has_comparison, md, md_code, passages, summary_view,
)

FACTS_SHOWN = 8  # facts several outlets report, listed under the summary
_NOT_IN_AUTOLINK = re.compile(r"[<>\s]")  # would end a <...> autolink and let markup follow


def _source_line(s: SourceRef) -> str:
    name = md(s.outlet or s.article)
    parts = [f"{s.number}. **{name}**"]
    if s.title:
        parts.append(f"— {md(s.title)}")
    if s.published:
        parts.append(f"({s.published})")
    if s.web_url and not _NOT_IN_AUTOLINK.search(s.web_url):
        parts.append(f"<{s.web_url}>")
    elif s.url:  # no link: a `javascript:` URL must not become one, nor a "<" or ">" close one
        parts.append(md_code(s.url))
    if s.outlet:
        parts.append(md_code(s.article))
    return " ".join(parts)


def _cited(s: CitedSentence) -> str:
    refs = ", ".join(str(r) for r in s.refs)
    return f"{md(s.text)} [{refs}]" + (f" (reported {s.reported})" if s.reported else "")


def render_markdown(report: Report | Mapping[str, Any]) -> str:
    view = summary_view(report)
    out = [f"# {md(view.headline) if view.headline else 'Story summary'}", ""]
    if view.empty_reason:
        out += [f"*No summary: {view.empty_reason}.*", ""]
    for passage in passages(view.sentences):  # a paragraph each, a continuing sentence with the one before
        out += [" ".join(_cited(s) for s in passage), ""]
    dated = any(s.reported for s in view.sentences)
    out.append(f"*{view.words} words; every sentence is taken from its first source, "
               f"and cites every source that reports it{'; ' + REPORTED_NOTE if dated else ''}.*")
    out += ["", "## Sources", ""]
    out += [_source_line(s) for s in view.sources]
    if view.facts:
        label = {s.article: str(s.number) for s in view.sources}
        out += ["", "## Reported by several sources", ""]
        for f in view.facts[:FACTS_SHOWN]:
            refs = ", ".join(label.get(a) or md(a) for a in f["articles"])
            out.append(f"- {md(f['text'])} [{refs}]")
    if isinstance(report, Report) and has_comparison(report):
        from newsfuse.report.comparison import comparison_markdown

        out += ["", comparison_markdown(report)]
    return "\n".join(out).rstrip() + "\n"
