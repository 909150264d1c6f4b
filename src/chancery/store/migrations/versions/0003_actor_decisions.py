"""A user's decisions on actor identity: merged keys redirect to one actor;
pairs decided distinct are not proposed again.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "actor_redirects",
        sa.Column("key", sa.String(400), primary_key=True),
        sa.Column("actor_id", sa.Integer, sa.ForeignKey("actors.id", ondelete="CASCADE"), nullable=False),
    )
    op.create_index("ix_actor_redirects_actor_id", "actor_redirects", ["actor_id"])
    op.create_table(
        "actor_decisions",
        sa.Column("key_a", sa.String(400), primary_key=True),
        sa.Column("key_b", sa.String(400), primary_key=True),
        sa.Column("decision", sa.String(10), nullable=False),
        sa.Column("decided_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("actor_decisions")
    op.drop_index("ix_actor_redirects_actor_id", "actor_redirects")
    op.drop_table("actor_redirects")
