"""A story report as one self-contained HTML file (inline CSS, no scripts, no fetches).

Each summary sentence links its references to the source list; hovering a reference
shows the cited source text (when the report still holds the articles' text). Every
piece of source text is escaped: article text is untrusted input.
"""

from __future__ import annotations

from typing import Any, Mapping

from markupsafe import Markup, escape

from newsfuse.model import Report
from newsfuse.report.summary_view import REPORTED_NOTE, SourceRef, has_comparison, passages, summary_view

STYLE = """
body{font:17px/1.55 Georgia,serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.6rem;line-height:1.25}h2{font-size:1.15rem;margin-top:2rem}
.summary p{margin:.5rem 0}sup a{text-decoration:none;color:#06c;font-size:.75rem;margin-left:1px}
.note,.reported{color:#666;font-size:.85rem}ol.sources li{margin:.3rem 0}.id{color:#888;font-size:.8rem}
details{font-size:.85rem;color:#444;margin:.1rem 0 .6rem 1rem}
blockquote{margin:.3rem 0;padding-left:.6rem;border-left:3px solid #ddd}
"""


def _source_item(s: SourceRef) -> Markup:
    name = escape(s.outlet or s.article)
    title = Markup(" — ") + (
        Markup('<a href="{}">{}</a>').format(s.web_url, s.title or s.web_url) if s.web_url
        else escape(" ".join(filter(None, (s.title, s.url))))  # another scheme's URL stays text
    ) if (s.title or s.url) else Markup("")
    date = Markup(" ({})").format(s.published) if s.published else Markup("")
    return Markup('<li id="src-{}"><strong>{}</strong>{}{} <span class="id">{}</span></li>').format(
        s.number, name, title, date, s.article
    )


def render_html(report: Report | Mapping[str, Any]) -> str:
    view = summary_view(report)
    headline = view.headline or "Story summary"
    body: list[Markup] = [Markup("<h1>{}</h1>").format(headline), Markup('<section class="summary">')]
    if view.empty_reason:
        body.append(Markup('<p class="note">No summary: {}.</p>').format(view.empty_reason))
    for passage in passages(view.sentences):  # a paragraph each, a continuing sentence with the one before
        cited = [
            Markup("{}{}{}").format(s.text, Markup("").join(
                Markup('<sup><a href="#src-{0}" title="{1}">[{0}]</a></sup>').format(n, text)
                for n, _, _, text in s.spans
            ), Markup(' <span class="reported">(reported {})</span>').format(s.reported) if s.reported else "")
            for s in passage
        ]
        body.append(Markup("<p>{}</p>").format(Markup(" ").join(cited)))
        quoted = [(n, text) for s in passage for n, _, _, text in s.spans if text]
        if quoted:
            body.append(Markup("<details><summary>sources</summary>{}</details>").format(
                Markup("").join(Markup("<blockquote>[{}] {}</blockquote>").format(n, t) for n, t in quoted)
            ))
    body.append(Markup("</section>"))
    dated = any(s.reported for s in view.sentences)
    body.append(Markup('<p class="note">{} words; every sentence is taken from its first source and cites '
                       "every source that reports it{}.</p>").format(view.words, "; " + REPORTED_NOTE if dated else ""))
    body.append(Markup('<h2>Sources</h2><ol class="sources">'))
    body += [_source_item(s) for s in view.sources]
    body.append(Markup("</ol>"))
    if isinstance(report, Report) and has_comparison(report):
        from newsfuse.report.comparison import comparison_html

        body.append(Markup(comparison_html(report)))
    page = Markup(
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>{}</title><style>{}</style></head><body>{}</body></html>\n"
    ).format(headline, Markup(STYLE), Markup("\n").join(body))
    return str(page)
