"""Content hashes of what the input gives (data only, no schema change).

An article's ``content_hash`` covered its title and publication date as cleaning inferred
them, so a newer cleaning that read another title or date from the same text stored the
same file again on the next ingest. It now covers what the input gives: the outlet, the
date field as given, the url, a title the text does not hold, and the text with line ends
and leading blanks evened out (`records.content_digest`).
Every stored row is rehashed; a row whose new hash another row already took keeps its old
one (the two were one article under the new rule: a later re-ingest matches the first).

Revision ID: 0004
Revises: 0003
"""

import hashlib

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

PAGE = 1000  # rows read and rewritten at a time

_articles = sa.table(
    "articles",
    sa.column("seq", sa.Integer),
    sa.column("content_hash", sa.String),
    sa.column("outlet", sa.String),
    sa.column("title", sa.Text),
    sa.column("url", sa.Text),
    sa.column("published", sa.Date),
    sa.column("text", sa.Text),
    sa.column("payload", sa.JSON),
)


def _new(row) -> str:
    from newsfuse.store.records import content_digest, given_date

    payload = row.payload or {}
    date = given_date(payload.get("extra") or {}, row.published, payload.get("published_from"))
    return content_digest(row.outlet, date, row.title, row.url, row.text)


def _old(row) -> str:
    """The rule before 0004: outlet, publication date, title, text, as stored."""
    digest = hashlib.sha256()
    for part in (row.outlet or "", row.published.isoformat() if row.published else "", row.title or "", row.text):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x1f")
    return digest.hexdigest()


def _rehash(rule) -> None:
    conn = op.get_bind()
    taken: set[str] = set()
    last = 0
    change = (
        sa.update(_articles).where(_articles.c.seq == sa.bindparam("row_seq")).values(content_hash=sa.bindparam("digest"))
    )
    while True:
        rows = conn.execute(
            sa.select(_articles).where(_articles.c.seq > last).order_by(_articles.c.seq).limit(PAGE)
        ).all()
        if not rows:
            return
        updates = []
        for row in rows:
            digest = rule(row)
            if digest in taken:
                continue  # another row is this content under the rule: this one keeps its hash
            taken.add(digest)
            if digest != row.content_hash:
                updates.append({"row_seq": row.seq, "digest": digest})
        if updates:
            conn.execute(change, updates)
        last = rows[-1].seq


def upgrade() -> None:
    _rehash(_new)


def downgrade() -> None:
    _rehash(_old)
