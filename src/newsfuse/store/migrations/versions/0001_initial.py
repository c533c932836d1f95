"""Initial schema: stories, articles, reports.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "stories",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("first_seq", sa.Integer, nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("outlets", sa.JSON, nullable=False),
        sa.Column("first_seen", sa.Date),
        sa.Column("last_seen", sa.Date),
        sa.Column("headline", sa.Text),
        sa.Column("state", sa.JSON),
        sa.Column("stale", sa.Boolean, nullable=False),
        sa.Column("report_version", sa.Integer),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_stories_last_seen", "stories", ["last_seen"])
    op.create_index("ix_stories_stale", "stories", ["stale"])
    op.create_table(
        "articles",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("id", sa.String(200), nullable=False, unique=True),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("story_id", sa.String(64), sa.ForeignKey("stories.id")),
        sa.Column("outlet", sa.String(300)),
        sa.Column("title", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("published", sa.Date),
        sa.Column("language", sa.String(16)),
        sa.Column("origin", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("payload", sa.JSON, nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_articles_story_id", "articles", ["story_id"])
    op.create_index("ix_articles_published", "articles", ["published"])
    op.create_table(
        "reports",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("story_id", sa.String(64), sa.ForeignKey("stories.id"), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("article_ids", sa.JSON, nullable=False),
        sa.Column("added", sa.JSON, nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
        sa.UniqueConstraint("story_id", "version", name="uq_reports_story_version"),
    )


def downgrade() -> None:
    op.drop_table("reports")
    op.drop_table("articles")
    op.drop_table("stories")
