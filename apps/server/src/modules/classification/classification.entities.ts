import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** name_key is the search-normalised name: uniqueness ignores case and diacritics ("Alergicy" = "alergicy"). */
@Entity('groups')
export class GroupEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'tenant_id' }) tenantId: string;
  @Column('text') name: string;
  @Column('text', { name: 'name_key' }) nameKey: string;
  @Column('text', { nullable: true }) color: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

@Entity('sources')
export class SourceEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'tenant_id' }) tenantId: string;
  @Column('text') name: string;
  @Column('text', { name: 'name_key' }) nameKey: string;
  @Column('boolean', { name: 'is_archived', default: false }) isArchived: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

@Entity('tags')
export class TagEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'tenant_id' }) tenantId: string;
  @Column('text') name: string;
  @Column('text', { name: 'name_key' }) nameKey: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

@Entity('phone_types')
export class PhoneTypeEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'tenant_id' }) tenantId: string;
  @Column('text') name: string;
  @Column('text', { name: 'name_key' }) nameKey: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

@Entity('custom_field_definitions')
export class CustomFieldDefinitionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'tenant_id' }) tenantId: string;
  @Column('text') key: string;
  @Column('text') label: string;
  @Column('text') type: 'TEXT' | 'NUMBER' | 'DATE' | 'BOOLEAN' | 'SINGLE_CHOICE' | 'MULTI_CHOICE';
  @Column('jsonb', { default: () => "'[]'" }) options: string[];
  @Column('boolean', { name: 'is_required', default: false }) isRequired: boolean;
  @Column('text', { name: 'applies_to', default: 'ALL' }) appliesTo: 'ALL' | 'PERSON' | 'COMPANY';
  @Column('integer', { default: 0 }) position: number;
  @Column('boolean', { name: 'is_archived', default: false }) isArchived: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
