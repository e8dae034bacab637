import { randomUUID } from 'node:crypto';
import { clientSearchKeys, formatClientNumber, normalizeForSearch, phoneSearchKeys, searchDictionaryTerms, storedNameKey } from '@kartoteka/domain';
import { createFakeClientGenerator, FAKE_TAGS, type FakeClient, type FakeClientGenerator } from '@kartoteka/fakedata';
import { CopyBuffer } from './copy-text';

export const CLIENT_COLUMNS = [
  'id', 'tenant_id', 'kind', 'client_number', 'number_sort_key', 'first_name', 'last_name', 'company_name', 'gender',
  'description', 'remarks', 'birthday_day', 'birthday_month', 'birthday_year', 'is_active', 'is_supplier',
  'is_conflict', 'discount_percent', 'invoice_data', 'tax_id', 'primary_phone', 'primary_email', 'name_lf',
  'name_fl', 'search_text', 'dedupe_key', 'created_via', 'created_at', 'updated_at',
] as const;
export const PHONE_COLUMNS = ['tenant_id', 'client_id', 'e164', 'digits', 'national_digits', 'type_key', 'is_primary', 'sms', 'whatsapp', 'viber', 'position',
  // copies of the client's sort key and listing (the server's triggers write them; the load's COPY runs without them)
  'client_name_lf', 'client_listed'] as const;
export const EMAIL_COLUMNS = ['tenant_id', 'client_id', 'address', 'is_primary', 'accepts_email', 'position',
  // the same copies on e-mails (migration EmailSortKeys)
  'client_name_lf', 'client_listed'] as const;
export const TAG_COLUMNS = ['tenant_id', 'client_id', 'tag_id'] as const;

/** The tag catalogue of the fake data, with name_key as upsertTagsByName computes it. */
export function fakeTagCatalogue(): { name: string; nameKey: string }[] {
  return FAKE_TAGS.map((name) => ({ name, nameKey: normalizeForSearch(name) }));
}

/** One batch as COPY text chunks, ready to stream. */
export interface BuiltBatch {
  clients: string[];
  phones: string[];
  emails: string[];
  tags: string[];
  rows: { clients: number; phones: number; emails: number; tags: number };
  generateMs: number;
}

/**
 * Turns the fake-data stream into COPY rows. The derived columns come from the same domain functions the server
 * uses (clientSearchKeys as in columnsFromCard, phoneSearchKeys as in phoneRows, both in
 * apps/server/src/modules/client/client-card.ts), so searches see what they would see after the same clients
 * were typed in through the API.
 */
export class BatchBuilder {
  private readonly generator: FakeClientGenerator;
  private readonly tagIdByName = new Map<string, string | null>();
  /** The typo dictionary: distinct words (≥ 3 characters) of both name keys, as searchTermsOf in client.service.ts. */
  readonly terms = new Set<string>();
  private sequence = 0;

  constructor(private readonly tenantId: string, seed: number, expectedCount: number, private readonly tagIdByKey: ReadonlyMap<string, string>) {
    this.generator = createFakeClientGenerator(seed, { expectedCount });
  }

  build(size: number): BuiltBatch {
    const t0 = performance.now();
    const clients = new CopyBuffer();
    const phones = new CopyBuffer();
    const emails = new CopyBuffer();
    const tags = new CopyBuffer();
    for (let i = 0; i < size; i++) this.add(this.generator.next(), clients, phones, emails, tags);
    return {
      clients: clients.finish(), phones: phones.finish(), emails: emails.finish(), tags: tags.finish(),
      rows: { clients: clients.rows, phones: phones.rows, emails: emails.rows, tags: tags.rows },
      generateMs: performance.now() - t0,
    };
  }

  private add(c: FakeClient, clients: CopyBuffer, phones: CopyBuffer, emails: CopyBuffer, tags: CopyBuffer): void {
    const id = randomUUID();
    const tenantId = this.tenantId;
    const clientNumber = formatClientNumber(++this.sequence);
    const primaryPhone = c.phones.find((p) => p.isPrimary) ?? c.phones[0];
    const primaryEmail = c.emails.find((e) => e.isPrimary) ?? c.emails[0];
    const keys = clientSearchKeys({
      kind: c.kind, firstName: c.firstName, lastName: c.lastName, companyName: c.companyName,
      clientNumber, emails: c.emails.map((e) => e.address), tags: c.tags,
    });
    const address = c.addresses[0];
    const invoiceData = c.kind === 'COMPANY' && c.companyTaxId
      ? JSON.stringify({
        kind: 'COMPANY', name: null, companyName: c.companyName, taxId: c.companyTaxId, taxIdCountry: 'PL',
        street: address?.street ?? null, building: address?.building ?? null, apartment: address?.apartment ?? null,
        postalCode: address?.postalCode ?? null, city: address?.city ?? null, country: 'PL', email: null,
      })
      : null;
    const created = c.createdAt.toISOString();
    clients.add([
      id, tenantId, c.kind, clientNumber, keys.numberSortKey, c.firstName, c.lastName, c.companyName, c.gender,
      c.description, c.remarks, c.birthday?.day ?? null, c.birthday?.month ?? null, c.birthday?.year ?? null,
      c.isActive, c.isSupplier, c.isConflict, c.discountPercent, invoiceData, invoiceData ? c.companyTaxId : null,
      primaryPhone?.number ?? null, primaryEmail?.address ?? null, keys.nameLf, keys.nameFl, keys.searchText, storedNameKey(c),
      'IMPORT', created, created,
    ]);
    for (let position = 0; position < c.phones.length; position++) {
      const p = c.phones[position]!;
      const [digits, nationalDigits] = phoneSearchKeys(p.number);
      phones.add([tenantId, id, p.number, digits ?? p.number.replace(/\D/g, ''), nationalDigits ?? digits ?? '', p.typeKey,
        !!p.isPrimary, !!p.sms, !!p.whatsapp, !!p.viber, position, keys.nameLf, c.isActive]);
    }
    for (let position = 0; position < c.emails.length; position++) {
      const e = c.emails[position]!;
      emails.add([tenantId, id, e.address, !!e.isPrimary, !!e.acceptsEmail, position, keys.nameLf, c.isActive]);
    }
    const seen = new Set<string>();
    for (const name of c.tags) {
      let tagId = this.tagIdByName.get(name);
      if (tagId === undefined) {
        tagId = this.tagIdByKey.get(normalizeForSearch(name)) ?? null;
        this.tagIdByName.set(name, tagId);
      }
      if (tagId && !seen.has(tagId)) {
        seen.add(tagId);
        tags.add([tenantId, id, tagId]);
      }
    }
    for (const word of searchDictionaryTerms(keys.nameLf ?? '', keys.nameFl ?? '')) this.terms.add(word);
  }
}
