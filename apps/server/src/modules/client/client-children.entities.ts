import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** digits / national_digits are the phone's search keys: "48600100200" and "600100200". */
@Entity('client_phones')
export class ClientPhoneEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'tenant_id' }) tenantId: string;
  @Column('uuid', { name: 'client_id' }) clientId: string;
  @Column('text') e164: string;
  @Column({ type: 'text', collation: 'C' }) digits: string;
  @Column({ type: 'text', name: 'national_digits', collation: 'C' }) nationalDigits: string;
  /** Written by PostgreSQL (reverse(national_digits)): "…4567" is a prefix of it (migration PhoneSuffixIndex). */
  @Column({ type: 'text', name: 'national_reversed', collation: 'C', insert: false, update: false, select: false }) nationalReversed: string;
  /** Copies of the client's sort key and listing, written by triggers (migration PhoneSortKeys): phone searches sort on them. */
  @Column({ type: 'text', name: 'client_name_lf', collation: 'C', nullable: true, insert: false, update: false, select: false }) clientNameLf: string | null;
  @Column({ type: 'boolean', name: 'client_listed', default: true, insert: false, update: false, select: false }) clientListed: boolean;
  @Column('text', { name: 'type_key' }) typeKey: string;
  @Column('boolean', { name: 'is_primary', default: false }) isPrimary: boolean;
  @Column('boolean', { default: false }) sms: boolean;
  @Column('boolean', { default: false }) whatsapp: boolean;
  @Column('boolean', { default: false }) viber: boolean;
  @Column('integer', { default: 0 }) position: number;
}

@Entity('client_emails')
export class ClientEmailEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'tenant_id' }) tenantId: string;
  @Column('uuid', { name: 'client_id' }) clientId: string;
  @Column({ type: 'text', collation: 'C' }) address: string;
  /** Copies of the client's sort key and listing, written by triggers (migration EmailSortKeys): e-mail searches sort on them. */
  @Column({ type: 'text', name: 'client_name_lf', collation: 'C', nullable: true, insert: false, update: false, select: false }) clientNameLf: string | null;
  @Column({ type: 'boolean', name: 'client_listed', default: true, insert: false, update: false, select: false }) clientListed: boolean;
  @Column('boolean', { name: 'is_primary', default: false }) isPrimary: boolean;
  @Column('boolean', { name: 'accepts_email', default: false }) acceptsEmail: boolean;
  @Column('integer', { default: 0 }) position: number;
}

export type AddressKind = 'RESIDENCE' | 'CORRESPONDENCE' | 'REGISTRATION' | 'WORK';

@Entity('client_addresses')
export class ClientAddressEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'tenant_id' }) tenantId: string;
  @Column('uuid', { name: 'client_id' }) clientId: string;
  @Column('text') kind: AddressKind;
  @Column('text', { nullable: true }) street: string | null;
  @Column('text', { nullable: true }) building: string | null;
  @Column('text', { nullable: true }) apartment: string | null;
  @Column('text', { name: 'postal_code', nullable: true }) postalCode: string | null;
  @Column('text', { nullable: true }) city: string | null;
  @Column('text', { default: 'PL' }) country: string;
  @Column('integer', { default: 0 }) position: number;
}

@Entity('client_groups')
export class ClientGroupEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId: string;
  @PrimaryColumn('uuid', { name: 'client_id' }) clientId: string;
  @PrimaryColumn('uuid', { name: 'group_id' }) groupId: string;
}

@Entity('client_tags')
export class ClientTagEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId: string;
  @PrimaryColumn('uuid', { name: 'client_id' }) clientId: string;
  @PrimaryColumn('uuid', { name: 'tag_id' }) tagId: string;
}
