"""Markdown and HTML for the comparison parts of a Report: who reports what, figures
and conflicts, quotes, entities, timeline, and how each article was dated.

Both renderers read the items' ``to_dict()`` (the JSON contract), so they render any
report, fresh or loaded back. In HTML every piece of source text goes through
``markupsafe.escape``: article text is untrusted input.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from markupsafe import Markup, escape

from newsfuse.model import Report
from newsfuse.story.compare import Agreement, agreement_map
from newsfuse.story.compare_figures import FigureGroup
from newsfuse.report.summary_view import md, unread_note

# How many single-source facts to show per outlet before "and N more".
ONLY_IN_SHOWN = 5


def _label(report: Report) -> dict[str, str]:
    return {a.id: a.label for a in report.articles}


def _dicts(items: Iterable[Any]) -> list[dict[str, Any]]:
    return [i.to_dict() if hasattr(i, "to_dict") else dict(i) for i in items]


def _sections(report: Report) -> dict[str, Any]:
    """The comparison as plain data, shared by both renderers."""
    label = _label(report)
    figure_groups = [f for f in report.figures if isinstance(f, FigureGroup)]
    agreement = agreement_map(report.articles, report.facts, figures=figure_groups) if report.facts else None
    return {
        "label": label,
        "agreement": agreement,
        "figures": [f for f in _dicts(report.figures) if len(f.get("articles", [])) > 1],
        "conflicts": _dicts(report.conflicts),
        "quotes": _dicts(report.quotes),
        "entities": _dicts(report.entities),
        "timeline": _dicts(report.timeline),
        "unread": unread_note(report.articles),
    }


def _outlets(ids: Iterable[str], label: dict[str, str]) -> str:
    return ", ".join(dict.fromkeys(label.get(i, i) for i in ids))


def _agreement_counts(report: Report, listed: Agreement) -> Mapping[str, int]:
    """How many of the story's facts all, several or one outlet report: the comparison's
    count over all of them (``meta["agreement"]``), else (a report made before it) the
    count over the facts the report lists."""
    counts = report.meta.get("agreement") if isinstance(report.meta, Mapping) else None
    if isinstance(counts, Mapping) and all(isinstance(counts.get(k), int) for k in ("all", "several", "one")):
        return counts
    return {"all": len(listed.by_all), "several": len(listed.by_several), "one": len(listed.by_one)}


def comparison_markdown(report: Report) -> str:
    s = _sections(report)
    label = {a.id: md(s["label"].get(a.id, a.id)) for a in report.articles}  # outlet names, ids: untrusted text
    out: list[str] = []
    if s["unread"]:
        out.append(f"*{s['unread']}*\n")
    if s["agreement"] is not None:
        a = s["agreement"]
        out.append("## Where the outlets agree")
        n = _agreement_counts(report, a)
        out.append(f"- facts reported by all outlets: {n['all']}; by several: {n['several']}; by one: {n['one']}")
        for only in a.only_in:
            if not only.facts and not only.figures:
                continue
            out.append(f"\n**Only in {md(only.outlet)}:**")
            out += [f"- {md(f.text)}" for f in only.facts[:ONLY_IN_SHOWN]]
            if len(only.facts) > ONLY_IN_SHOWN:
                out.append(f"- … and {len(only.facts) - ONLY_IN_SHOWN} more")
            out += [f"- figure: {md(f.text)}" for g in only.figures for f in g.figures]
    if s["conflicts"]:
        out.append("\n## Conflicting figures")
        for c in s["conflicts"]:
            values = "; ".join(f"{label.get(v['article']) or md(v['article'])}: {md(v['text'])}" for v in c["values"])
            out.append(f"- {md(c['what'] or 'value')}: {values}")
    if s["figures"]:
        out.append("\n## Figures reported by several outlets")
        for f in s["figures"]:
            values = "; ".join(f"{label.get(v['article']) or md(v['article'])}: {md(v['text'])}" for v in f["values"])
            out.append(f"- {md(f['counts'] or f['unit'])}: {values}")
    if s["quotes"]:
        out.append("\n## Quotes")
        for q in s["quotes"]:
            out.append(f"- **{md(q['speaker'])}**")
            for v in q["variants"]:
                mark = " (partial)" if v["partial"] else ""
                out.append(f"  - “{md(v['text'])}” — {label.get(v['article']) or md(v['article'])}{mark}")
    if s["entities"]:
        out.append("\n## People, organisations, places")
        for e in s["entities"]:
            other = [md(v) for v in e["variants"] if v != e["name"]]
            also = f" (also: {', '.join(other)})" if other else ""
            out.append(f"- {md(e['name'])} [{e['type']}]{also} — {_outlets(e['articles'], label)}")
    if s["timeline"]:
        out.append("\n## Timeline")
        for t in s["timeline"]:
            until = f" to {t['until']}" if t.get("until") else ""
            kind = " (announced)" if t["kind"] == "announced" else ""
            out.append(f"- {t['date']}{until}{kind}: {md(t['text'])} — {_outlets(t['articles'], label)}")
    dated = [a for a in report.articles if a.published_from in ("story", "inferred")]
    if dated:
        out.append("\n## Dates inferred from the story")
        out += [f"- {md(a.label)}: {a.published.isoformat()}" for a in dated if a.published]
    return "\n".join(out).strip() + "\n"


def _li(items: Iterable[Markup]) -> Markup:
    return Markup("<ul>") + Markup("").join(Markup("<li>") + i + Markup("</li>") for i in items) + Markup("</ul>")


def comparison_html(report: Report) -> str:
    s = _sections(report)
    label = s["label"]
    parts: list[Markup] = []
    if s["unread"]:
        parts.append(Markup('<p class="note">{}</p>').format(s["unread"]))
    if s["agreement"] is not None:
        a = s["agreement"]
        parts.append(Markup("<h2>Where the outlets agree</h2>"))
        parts.append(
            Markup("<p>Reported by all outlets: {}; by several: {}; by one: {} facts.</p>").format(
                *(_agreement_counts(report, a)[k] for k in ("all", "several", "one"))
            )
        )
        for only in a.only_in:
            if only.facts:
                parts.append(Markup("<h3>Only in {}</h3>").format(only.outlet))
                parts.append(_li(escape(f.text) for f in only.facts[:ONLY_IN_SHOWN]))
    if s["conflicts"]:
        parts.append(Markup('<h2>Conflicting figures</h2>'))
        parts.append(
            _li(
                Markup("{}: {}").format(
                    c["what"], "; ".join(f"{label.get(v['article'], v['article'])}: {v['text']}" for v in c["values"])
                )
                for c in s["conflicts"]
            )
        )
    if s["quotes"]:
        parts.append(Markup("<h2>Quotes</h2>"))
        items = []
        for q in s["quotes"]:
            variants = _li(
                Markup('<q>{}</q> — {}{}').format(
                    v["text"], label.get(v["article"], v["article"]), " (partial)" if v["partial"] else ""
                )
                for v in q["variants"]
            )
            items.append(Markup("<strong>{}</strong>").format(q["speaker"]) + variants)
        parts.append(_li(items))
    if s["entities"]:
        parts.append(Markup("<h2>People, organisations, places</h2>"))
        parts.append(
            _li(
                Markup("{} <small>[{}] {}</small>").format(e["name"], e["type"], ", ".join(e["variants"]))
                for e in s["entities"]
            )
        )
    if s["timeline"]:
        parts.append(Markup("<h2>Timeline</h2>"))
        parts.append(
            _li(
                Markup("<time>{}</time>{} {} — {}").format(
                    t["date"], " (announced)" if t["kind"] == "announced" else "", t["text"], _outlets(t["articles"], label)
                )
                for t in s["timeline"]
            )
        )
    return str(Markup('<section class="comparison">') + Markup("").join(parts) + Markup("</section>"))
