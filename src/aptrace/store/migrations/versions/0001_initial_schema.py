"""Initial schema: documents, incident-reports, claims, merged incidents, merge links.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-27 16:39:24.754324
"""

from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('documents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('doc_key', sa.String(length=512), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('published', sa.String(length=10), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('source', sa.Text(), nullable=True),
    sa.Column('text', sa.Text(), nullable=True),
    sa.Column('report_has_text', sa.Boolean(), nullable=False),
    sa.Column('derived_text', sa.Boolean(), nullable=False),
    sa.Column('schema', sa.String(length=64), nullable=False),
    sa.Column('warnings', sa.JSON(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('ingested_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_documents')),
    sa.UniqueConstraint('doc_key', name=op.f('uq_documents_doc_key')),
    sa.UniqueConstraint('sha256', name=op.f('uq_documents_sha256'))
    )
    op.create_table('incidents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=512), nullable=False),
    sa.Column('first_date', sa.String(length=10), nullable=True),
    sa.Column('last_date', sa.String(length=10), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_incidents'))
    )
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_incidents_first_date'), ['first_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_incidents_last_date'), ['last_date'], unique=False)

    op.create_table('merge_constraints',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('a_doc', sa.String(length=512), nullable=False),
    sa.Column('a_pos', sa.Integer(), nullable=False),
    sa.Column('b_doc', sa.String(length=512), nullable=False),
    sa.Column('b_pos', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_merge_constraints')),
    sa.UniqueConstraint('a_doc', 'a_pos', 'b_doc', 'b_pos', 'kind', name='uq_merge_constraints')
    )
    with op.batch_alter_table('merge_constraints', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_merge_constraints_a_doc'), ['a_doc'], unique=False)
        batch_op.create_index(batch_op.f('ix_merge_constraints_b_doc'), ['b_doc'], unique=False)

    op.create_table('incident_reports',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('incident_id', sa.Integer(), nullable=True),
    sa.Column('key', sa.String(length=512), nullable=False),
    sa.Column('activity', sa.String(length=32), nullable=False),
    sa.Column('period_start', sa.String(length=10), nullable=True),
    sa.Column('period_end', sa.String(length=10), nullable=True),
    sa.Column('period_evidence', sa.JSON(), nullable=False),
    sa.Column('activity_evidence', sa.JSON(), nullable=False),
    sa.Column('features', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_incident_reports_document_id_documents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['incident_id'], ['incidents.id'], name=op.f('fk_incident_reports_incident_id_incidents'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_incident_reports')),
    sa.UniqueConstraint('document_id', 'position', name='uq_incident_reports_doc_pos')
    )
    with op.batch_alter_table('incident_reports', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_incident_reports_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_incident_reports_incident_id'), ['incident_id'], unique=False)

    op.create_table('actor_mentions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('incident_report_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=512), nullable=False),
    sa.Column('name_norm', sa.String(length=512), nullable=False),
    sa.Column('identity', sa.String(length=512), nullable=False),
    sa.Column('aliases', sa.JSON(), nullable=False),
    sa.Column('kb_ref', sa.String(length=512), nullable=True),
    sa.Column('kb', sa.JSON(), nullable=True),
    sa.Column('evidence', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['incident_report_id'], ['incident_reports.id'], name=op.f('fk_actor_mentions_incident_report_id_incident_reports'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_actor_mentions'))
    )
    with op.batch_alter_table('actor_mentions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_actor_mentions_identity'), ['identity'], unique=False)
        batch_op.create_index(batch_op.f('ix_actor_mentions_incident_report_id'), ['incident_report_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_actor_mentions_name_norm'), ['name_norm'], unique=False)

    op.create_table('claims',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('incident_report_id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('party', sa.String(length=256), nullable=True),
    sa.Column('actor', sa.String(length=512), nullable=True),
    sa.Column('state', sa.String(length=64), nullable=True),
    sa.Column('confidence', sa.String(length=16), nullable=True),
    sa.Column('type', sa.String(length=64), nullable=True),
    sa.Column('against', sa.String(length=256), nullable=True),
    sa.Column('date', sa.String(length=10), nullable=True),
    sa.Column('evidence', sa.JSON(), nullable=False),
    sa.CheckConstraint("kind IN ('attribution', 'response', 'denial')", name=op.f('ck_claims_kind')),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_claims_document_id_documents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['incident_report_id'], ['incident_reports.id'], name=op.f('fk_claims_incident_report_id_incident_reports'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_claims'))
    )
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_claims_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_claims_incident_report_id'), ['incident_report_id'], unique=False)
        batch_op.create_index('ix_claims_kind_type', ['kind', 'type'], unique=False)
        batch_op.create_index(batch_op.f('ix_claims_party'), ['party'], unique=False)

    op.create_table('merge_keys',
    sa.Column('incident_report_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=600), nullable=False),
    sa.ForeignKeyConstraint(['incident_report_id'], ['incident_reports.id'], name=op.f('fk_merge_keys_incident_report_id_incident_reports'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('incident_report_id', 'key', name=op.f('pk_merge_keys'))
    )
    with op.batch_alter_table('merge_keys', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_merge_keys_key'), ['key'], unique=False)

    op.create_table('merge_links',
    sa.Column('a_id', sa.Integer(), nullable=False),
    sa.Column('b_id', sa.Integer(), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('reasons', sa.JSON(), nullable=False),
    sa.CheckConstraint('a_id < b_id', name=op.f('ck_merge_links_order')),
    sa.ForeignKeyConstraint(['a_id'], ['incident_reports.id'], name=op.f('fk_merge_links_a_id_incident_reports'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['b_id'], ['incident_reports.id'], name=op.f('fk_merge_links_b_id_incident_reports'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('a_id', 'b_id', name=op.f('pk_merge_links'))
    )
    with op.batch_alter_table('merge_links', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_merge_links_b_id'), ['b_id'], unique=False)

    op.create_table('sponsor_claims',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('incident_report_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=64), nullable=True),
    sa.Column('agency', sa.String(length=128), nullable=True),
    sa.Column('evidence', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['incident_report_id'], ['incident_reports.id'], name=op.f('fk_sponsor_claims_incident_report_id_incident_reports'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sponsor_claims'))
    )
    with op.batch_alter_table('sponsor_claims', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sponsor_claims_incident_report_id'), ['incident_report_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sponsor_claims_state'), ['state'], unique=False)

    op.create_table('victim_mentions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('incident_report_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('country', sa.String(length=64), nullable=True),
    sa.Column('sector', sa.String(length=64), nullable=True),
    sa.Column('evidence', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['incident_report_id'], ['incident_reports.id'], name=op.f('fk_victim_mentions_incident_report_id_incident_reports'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_victim_mentions'))
    )
    with op.batch_alter_table('victim_mentions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_victim_mentions_country'), ['country'], unique=False)
        batch_op.create_index(batch_op.f('ix_victim_mentions_incident_report_id'), ['incident_report_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('victim_mentions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_victim_mentions_incident_report_id'))
        batch_op.drop_index(batch_op.f('ix_victim_mentions_country'))

    op.drop_table('victim_mentions')
    with op.batch_alter_table('sponsor_claims', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sponsor_claims_state'))
        batch_op.drop_index(batch_op.f('ix_sponsor_claims_incident_report_id'))

    op.drop_table('sponsor_claims')
    with op.batch_alter_table('merge_links', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_merge_links_b_id'))

    op.drop_table('merge_links')
    with op.batch_alter_table('merge_keys', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_merge_keys_key'))

    op.drop_table('merge_keys')
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_claims_party'))
        batch_op.drop_index('ix_claims_kind_type')
        batch_op.drop_index(batch_op.f('ix_claims_incident_report_id'))
        batch_op.drop_index(batch_op.f('ix_claims_document_id'))

    op.drop_table('claims')
    with op.batch_alter_table('actor_mentions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_actor_mentions_name_norm'))
        batch_op.drop_index(batch_op.f('ix_actor_mentions_incident_report_id'))
        batch_op.drop_index(batch_op.f('ix_actor_mentions_identity'))

    op.drop_table('actor_mentions')
    with op.batch_alter_table('incident_reports', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_incident_reports_incident_id'))
        batch_op.drop_index(batch_op.f('ix_incident_reports_document_id'))

    op.drop_table('incident_reports')
    with op.batch_alter_table('merge_constraints', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_merge_constraints_b_doc'))
        batch_op.drop_index(batch_op.f('ix_merge_constraints_a_doc'))

    op.drop_table('merge_constraints')
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_incidents_last_date'))
        batch_op.drop_index(batch_op.f('ix_incidents_first_date'))

    op.drop_table('incidents')
    op.drop_table('documents')
