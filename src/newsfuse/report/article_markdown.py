"""One cleaned article as Markdown: metadata, kept units, struck-out removed lines (every\npiece of its text through `md`: untrusted input)."""

from __future__ import annotations

from newsfuse.model import Article
from newsfuse.report.summary_view import md


def article_markdown(article: Article) -> str:
    out = [f"# {md(article.title or article.id)}", ""]
    meta = [
        ("id", article.id),
        ("outlet", article.outlet),
        ("published", f"{article.published} ({article.published_from})" if article.published else None),
        ("language", article.language),
        ("url", article.url),
    ]
    out += [f"- **{k}**: {md(v)}" for k, v in meta if v]
    out.append("")
    for unit in article.paragraphs:
        text = md(article.unit_text(unit))
        if unit.kind == "body":
            out.append(text)
        else:
            out.append(f"[{unit.kind} {unit.start}-{unit.end}] {text}")
        out.append("")
    if article.removed:
        out.append("**Removed:**")
        out += [f"- ~~{md(article.span(r.start, r.end))}~~ ({r.reason}, {r.start}-{r.end})" for r in article.removed]
    return "\n".join(out).rstrip()
