"""stored news: feeds, their items, and the stories each revision's verdict saw

Revision ID: 0005
Revises: 0004
"""
from alembic import op
import sqlalchemy as sa
import signoff.store.base
from sqlalchemy.dialects import postgresql

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('feeds',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('url', sa.String(length=2000), nullable=False),
    sa.Column('added_at', signoff.store.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('etag', sa.String(length=400), nullable=True),
    sa.Column('last_modified', sa.String(length=100), nullable=True),
    sa.Column('last_checked_at', signoff.store.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('last_ok_at', signoff.store.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_feeds')),
    sa.UniqueConstraint('name', name=op.f('uq_feeds_name')),
    sa.UniqueConstraint('url', name=op.f('uq_feeds_url'))
    )
    op.create_table('feed_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('feed_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('link', sa.String(length=2000), nullable=True),
    sa.Column('published', signoff.store.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('first_seen_at', signoff.store.base.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['feed_id'], ['feeds.id'], name=op.f('fk_feed_items_feed_id_feeds'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_feed_items')),
    sa.UniqueConstraint('feed_id', 'key', name='uq_feed_items_feed_key')
    )
    op.create_index('ix_feed_items_published', 'feed_items', ['published'], unique=False)
    op.create_index(op.f('ix_feed_items_feed_id'), 'feed_items', ['feed_id'], unique=False)
    op.add_column('revisions', sa.Column('news_seen', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=True))


def downgrade() -> None:
    op.drop_column('revisions', 'news_seen')
    op.drop_index(op.f('ix_feed_items_feed_id'), table_name='feed_items')
    op.drop_index('ix_feed_items_published', table_name='feed_items')
    op.drop_table('feed_items')
    op.drop_table('feeds')
