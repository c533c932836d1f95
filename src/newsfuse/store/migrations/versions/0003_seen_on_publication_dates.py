"""Stories seen on their articles' publication dates (data only, no schema change).

Before, an undated article counted by the day it was ingested even in a story whose
other articles are dated, so a 2022 story was "last seen" on the day of the ingest.
Every story with a dated article gets its first/last seen from its dated articles; a
story none of whose articles is dated keeps its ingest days (the rule still).

Revision ID: 0003
Revises: 0002
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_DATED = "SELECT {fn}(a.published) FROM articles a WHERE a.story_id = stories.id AND a.published IS NOT NULL"


def upgrade() -> None:
    op.execute(
        f"UPDATE stories SET first_seen = ({_DATED.format(fn='MIN')}), last_seen = ({_DATED.format(fn='MAX')}) "
        "WHERE EXISTS (SELECT 1 FROM articles a WHERE a.story_id = stories.id AND a.published IS NOT NULL)"
    )


def downgrade() -> None:
    pass  # the dates are right under either revision's code; nothing to undo
