"""authentication: login sessions, removed users, user names unique without regard to case

Revision ID: 0003
Revises: 0002
"""
from alembic import op
import sqlalchemy as sa
import signoff.store.base

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def _refuse_case_duplicates() -> None:
    # The unique index below would fail with a bare IntegrityError; name the clashing users instead.
    groups: dict[str, list[str]] = {}
    for (name,) in op.get_bind().execute(sa.text("SELECT name FROM users ORDER BY name")):
        groups.setdefault(name.lower(), []).append(name)
    clashes = ["/".join(sorted(names)) for names in groups.values() if len(names) > 1]
    if clashes:
        raise RuntimeError(
            f"users whose names differ only in case: {', '.join(clashes)}; user names are now unique "
            "without regard to case: rename all but one of each in the users table, then run `signoff init`"
        )


def upgrade() -> None:
    _refuse_case_duplicates()
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('removed_at', signoff.store.base.UTCDateTime(), nullable=True))
    op.create_index('uq_users_name_lower', 'users', [sa.text('lower(name)')], unique=True)
    op.create_table('user_sessions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', signoff.store.base.UTCDateTime(), nullable=False),
    sa.Column('expires_at', signoff.store.base.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_user_sessions_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_user_sessions')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_user_sessions_token_hash'))
    )
    with op.batch_alter_table('user_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_user_sessions_user_id'), ['user_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('user_sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_user_sessions_user_id'))
    op.drop_table('user_sessions')
    op.drop_index('uq_users_name_lower', table_name='users')
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('removed_at')
