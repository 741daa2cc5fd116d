"""accounts: whether an X account may publish long posts (X Premium, verified organisations)

Revision ID: 0006
Revises: 0005
"""
from alembic import op
import sqlalchemy as sa

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # existing accounts keep X's standard 280 characters until their owner says otherwise
    op.add_column('accounts', sa.Column('long_posts', sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    op.drop_column('accounts', 'long_posts')
