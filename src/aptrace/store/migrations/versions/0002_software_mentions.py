"""Software mentions: the malware and tools each incident-report names.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02 10:00:00

A new table only: existing rows are untouched. Documents stored before this
revision have no software rows (their reports were stored without it).
"""

from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('software_mentions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('incident_report_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=512), nullable=False),
    sa.Column('kb_ref', sa.String(length=512), nullable=True),
    sa.Column('type', sa.String(length=16), nullable=True),
    sa.Column('evidence', sa.JSON(), nullable=False),
    sa.CheckConstraint("type IN ('malware', 'tool')", name=op.f('ck_software_mentions_type')),
    sa.ForeignKeyConstraint(['incident_report_id'], ['incident_reports.id'], name=op.f('fk_software_mentions_incident_report_id_incident_reports'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_software_mentions'))
    )
    op.create_index(op.f('ix_software_mentions_incident_report_id'), 'software_mentions', ['incident_report_id'], unique=False)
    op.create_index(op.f('ix_software_mentions_kb_ref'), 'software_mentions', ['kb_ref'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_software_mentions_kb_ref'), table_name='software_mentions')
    op.drop_index(op.f('ix_software_mentions_incident_report_id'), table_name='software_mentions')
    op.drop_table('software_mentions')
