import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ClientKind = 'PERSON' | 'COMPANY';
export type CreatedVia = 'STAFF_FORM' | 'QUICK_ADD' | 'IMPORT' | 'API' | 'ONLINE_FORM';

/**
 * The client card row. name_lf / name_fl / search_text / number_sort_key are derived search keys written by
 * the service from the domain's normaliser (not by PostgreSQL), so the admin, the API and the benchmark loader
 * all normalise the same way.
 */
@Entity('clients')
export class ClientEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'tenant_id' }) tenantId: string;
  @Column('text') kind: ClientKind;
  @Column('text', { name: 'client_number' }) clientNumber: string;
  @Column({ type: 'text', name: 'number_sort_key', collation: 'C' }) numberSortKey: string;
  @Column('text', { name: 'first_name', nullable: true }) firstName: string | null;
  @Column('text', { name: 'last_name', nullable: true }) lastName: string | null;
  @Column('text', { name: 'company_name', nullable: true }) companyName: string | null;
  @Column('text', { nullable: true }) gender: 'FEMALE' | 'MALE' | 'OTHER' | null;
  @Column('text', { name: 'preferred_language', nullable: true }) preferredLanguage: string | null;
  @Column('text', { nullable: true }) description: string | null;
  @Column('text', { nullable: true }) remarks: string | null;
  @Column('smallint', { name: 'birthday_day', nullable: true }) birthdayDay: number | null;
  @Column('smallint', { name: 'birthday_month', nullable: true }) birthdayMonth: number | null;
  @Column('smallint', { name: 'birthday_year', nullable: true }) birthdayYear: number | null;
  @Column('smallint', { name: 'name_day_day', nullable: true }) nameDayDay: number | null;
  @Column('smallint', { name: 'name_day_month', nullable: true }) nameDayMonth: number | null;
  @Column('text', { name: 'loyalty_card_number', nullable: true }) loyaltyCardNumber: string | null;
  @Column('uuid', { name: 'source_id', nullable: true }) sourceId: string | null;
  @Column('uuid', { name: 'assigned_staff_id', nullable: true }) assignedStaffId: string | null;
  @Column('boolean', { name: 'is_active', default: true }) isActive: boolean;
  @Column('boolean', { name: 'is_supplier', default: false }) isSupplier: boolean;
  @Column('boolean', { name: 'is_conflict', default: false }) isConflict: boolean;
  @Column('text', { name: 'booking_mode', default: 'ALLOW' }) bookingMode: 'ALLOW' | 'REQUIRE_APPROVAL' | 'BLOCKED';
  @Column('text', { name: 'booking_reason', nullable: true }) bookingReason: string | null;
  @Column('date', { name: 'booking_expires_at', nullable: true }) bookingExpiresAt: string | null;
  @Column('numeric', { name: 'discount_percent', precision: 5, scale: 2, nullable: true }) discountPercent: string | null;
  @Column('integer', { name: 'online_booking_limit', nullable: true }) onlineBookingLimit: number | null;
  @Column('boolean', { name: 'block_newsletter', default: false }) blockNewsletter: boolean;
  @Column('boolean', { name: 'block_automatic_messages', default: false }) blockAutomaticMessages: boolean;
  @Column('text', { name: 'id_card_encrypted', nullable: true }) idCardEncrypted: string | null;
  @Column('text', { name: 'id_card_hash', nullable: true }) idCardHash: string | null;
  @Column('text', { name: 'passport_encrypted', nullable: true }) passportEncrypted: string | null;
  @Column('text', { name: 'passport_hash', nullable: true }) passportHash: string | null;
  @Column('jsonb', { name: 'invoice_data', nullable: true }) invoiceData: Record<string, unknown> | null;
  @Column('text', { name: 'tax_id', nullable: true }) taxId: string | null;
  @Column('jsonb', { name: 'custom_fields', default: () => "'{}'" }) customFields: Record<string, unknown>;
  @Column('text', { name: 'primary_phone', nullable: true }) primaryPhone: string | null;
  @Column('text', { name: 'primary_email', nullable: true }) primaryEmail: string | null;
  @Column({ type: 'text', name: 'name_lf', collation: 'C' }) nameLf: string;
  @Column({ type: 'text', name: 'name_fl', collation: 'C' }) nameFl: string;
  /** Written by PostgreSQL (the first word of name_fl): name searches read first names by it (migration FirstWordIndex). */
  @Column({ type: 'text', name: 'first_word', collation: 'C', nullable: true, insert: false, update: false, select: false }) firstWord: string | null;
  /** The name as the duplicate check compares it (storedNameKey): same key, same name (migration DedupeNameKey). */
  @Column({ type: 'text', name: 'dedupe_key', collation: 'C', nullable: true }) dedupeKey: string | null;
  @Column('text', { name: 'search_text' }) searchText: string;
  /** Profile photo in the file storage (modules/files); the three are set or cleared together. */
  @Column('text', { name: 'photo_key', nullable: true }) photoKey: string | null;
  @Column('text', { name: 'photo_content_type', nullable: true }) photoContentType: string | null;
  @Column('integer', { name: 'photo_size', nullable: true }) photoSize: number | null;
  @Column('integer', { default: 1 }) version: number;
  @Column('text', { name: 'created_via' }) createdVia: CreatedVia;
  @Column('uuid', { name: 'created_by_id', nullable: true }) createdById: string | null;
  @Column('uuid', { name: 'updated_by_id', nullable: true }) updatedById: string | null;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt: Date;
  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' }) updatedAt: Date;
  @Column('timestamptz', { name: 'deleted_at', nullable: true }) deletedAt: Date | null;
}
