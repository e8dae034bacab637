import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('consent_purposes')
export class ConsentPurposeEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'tenant_id' }) tenantId: string;
  @Column('text') key: string;
  @Column('text') name: string;
  @Column('text') wording: string;
  @Column('integer', { name: 'wording_version', default: 1 }) wordingVersion: number;
  @Column('boolean', { name: 'is_builtin', default: false }) isBuiltin: boolean;
  @Column('boolean', { name: 'is_archived', default: false }) isArchived: boolean;
  @Column('integer', { default: 0 }) position: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** Append-only (the app role has no UPDATE or DELETE on this table): the current state is derived. */
@Entity('consent_records')
export class ConsentRecordEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'bigint', insert: false, update: false }) seq: string;
  @Column('uuid', { name: 'tenant_id' }) tenantId: string;
  @Column('uuid', { name: 'client_id' }) clientId: string;
  @Column('text', { name: 'purpose_key' }) purposeKey: string;
  @Column('boolean') granted: boolean;
  @Column('text') method: 'STAFF_OUTSIDE_SYSTEM' | 'ONLINE_FORM' | 'IMPORT' | 'API';
  @Column('text') wording: string;
  @Column('integer', { name: 'wording_version' }) wordingVersion: number;
  @Column('text', { nullable: true }) evidence: string | null;
  @Column('text', { nullable: true }) ip: string | null;
  @Column('text', { name: 'user_agent', nullable: true }) userAgent: string | null;
  @Column('uuid', { name: 'recorded_by_id', nullable: true }) recordedById: string | null;
  @Column('timestamptz', { name: 'recorded_at', default: () => 'now()' }) recordedAt: Date;
}
