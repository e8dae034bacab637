import {
  diffClientFields, validateCustomFieldValues, type ClientCreateInput, type CustomFieldDefinition, type FieldIssue,
} from '@kartoteka/domain';
import type {
  AddressKind, BookingMode, ClientCardFragment, ClientKind, CreateClientInput, Gender, UpdateClientInput,
} from '../../gql/graphql';

/**
 * The full form's values are strings and booleans as inputs hold them; field names follow the domain input's
 * paths (`phones.1.number`, `invoiceData.taxId`, `customFields.0.value`), so the domain's issues and the server's
 * issues land on the right field. `formToInput` gives the domain's `ClientCreateInput`, validated by the same
 * `clientCreateSchema` the server runs.
 */

export type PhoneRow = { id?: string; number: string; typeKey: string; isPrimary: boolean; sms: boolean; whatsapp: boolean; viber: boolean };
export type EmailRow = { id?: string; address: string; isPrimary: boolean; acceptsEmail: boolean };
export type AddressRow = { id?: string; kind: AddressKind; street: string; building: string; apartment: string; postalCode: string; city: string; country: string };
export type CustomFieldRow = { fieldId: string; value: string | boolean | string[] };
export type InvoiceValues = {
  kind: ClientKind; name: string; companyName: string; taxIdCountry: string; taxId: string; street: string; building: string;
  apartment: string; postalCode: string; city: string; country: string; email: string;
};

export type ClientFormValues = {
  kind: ClientKind;
  firstName: string;
  lastName: string;
  companyName: string;
  clientNumber: string;
  phones: PhoneRow[];
  emails: EmailRow[];
  addresses: AddressRow[];
  groupIds: string[];
  tags: string[];
  sourceId: string;
  assignedStaffId: string;
  description: string;
  birthday: { day: string; month: string; year: string; noYear: boolean };
  nameDay: { day: string; month: string };
  gender: '' | Gender;
  preferredLanguage: string;
  loyaltyCardNumber: string;
  remarks: string;
  identityDocuments: { idCardNumber: string; passportNumber: string };
  hasInvoice: boolean;
  invoiceData: InvoiceValues;
  isSupplier: boolean;
  isConflict: boolean;
  bookingRestriction: { mode: BookingMode; reason: string; expiresAt: string };
  discountPercent: string;
  onlineBookingLimit: string;
  blockNewsletter: boolean;
  blockAutomaticMessages: boolean;
  customFields: CustomFieldRow[];
  consents: { purposeKey: string; granted: boolean }[];
};

type Definition = CustomFieldDefinition & { isArchived?: boolean };

const emptyInvoice = (kind: ClientKind): InvoiceValues => ({
  kind, name: '', companyName: '', taxIdCountry: kind === 'COMPANY' ? 'PL' : '', taxId: '', street: '', building: '', apartment: '',
  postalCode: '', city: '', country: 'PL', email: '',
});

export const newPhone = (first: boolean): PhoneRow => ({ number: '', typeKey: 'MOBILE', isPrimary: first, sms: true, whatsapp: false, viber: false });
export const newEmail = (first: boolean): EmailRow => ({ address: '', isPrimary: first, acceptsEmail: false });
export const newAddress = (kind: AddressKind = 'RESIDENCE'): AddressRow => ({ kind, street: '', building: '', apartment: '', postalCode: '', city: '', country: 'PL' });

function customRows(definitions: readonly Definition[], values: readonly { fieldId: string; value: unknown }[] = []): CustomFieldRow[] {
  return definitions.map((d) => {
    const v = values.find((x) => x.fieldId === d.id)?.value;
    if (d.type === 'BOOLEAN') return { fieldId: d.id, value: v === true };
    if (d.type === 'MULTI_CHOICE') return { fieldId: d.id, value: Array.isArray(v) ? v.map(String) : [] };
    return { fieldId: d.id, value: v === null || v === undefined ? '' : String(v) };
  });
}

const s = (v: string | null | undefined) => v ?? '';

export function emptyFormValues(definitions: readonly Definition[]): ClientFormValues {
  return {
    kind: 'PERSON', firstName: '', lastName: '', companyName: '', clientNumber: '',
    phones: [newPhone(true)], emails: [newEmail(true)], addresses: [],
    groupIds: [], tags: [], sourceId: '', assignedStaffId: '', description: '',
    birthday: { day: '', month: '', year: '', noYear: false }, nameDay: { day: '', month: '' },
    gender: '', preferredLanguage: '', loyaltyCardNumber: '', remarks: '',
    identityDocuments: { idCardNumber: '', passportNumber: '' },
    hasInvoice: false, invoiceData: emptyInvoice('PERSON'),
    isSupplier: false, isConflict: false, bookingRestriction: { mode: 'ALLOW', reason: '', expiresAt: '' },
    discountPercent: '', onlineBookingLimit: '', blockNewsletter: false, blockAutomaticMessages: false,
    customFields: customRows(definitions), consents: [],
  };
}

/** What "Więcej danych" carried over from quick add, on top of an empty form. */
export function valuesFromPrefill(prefill: ClientCreateInput, definitions: readonly Definition[]): ClientFormValues {
  const base = emptyFormValues(definitions);
  return {
    ...base,
    kind: prefill.kind ?? 'PERSON',
    firstName: s(prefill.firstName),
    lastName: s(prefill.lastName),
    companyName: s(prefill.companyName),
    phones: prefill.phones?.length ? prefill.phones.map((p, i) => ({ ...newPhone(i === 0), number: p.number, typeKey: p.typeKey ?? 'MOBILE', isPrimary: !!p.isPrimary })) : base.phones,
    emails: prefill.emails?.length ? prefill.emails.map((e, i) => ({ ...newEmail(i === 0), address: e.address, isPrimary: !!e.isPrimary })) : base.emails,
    consents: prefill.consents?.map((c) => ({ purposeKey: c.purposeKey, granted: c.granted })) ?? [],
  };
}

export function valuesFromClient(
  c: ClientCardFragment,
  definitions: readonly Definition[],
  documents?: { idCardNumber?: string | null; passportNumber?: string | null } | null,
): ClientFormValues {
  const inv = c.invoiceData;
  return {
    kind: c.kind,
    firstName: s(c.firstName),
    lastName: s(c.lastName),
    companyName: s(c.companyName),
    clientNumber: c.number,
    phones: c.phones.map((p) => ({ id: p.id, number: p.formatted, typeKey: p.typeKey, isPrimary: p.isPrimary, sms: p.sms, whatsapp: p.whatsapp, viber: p.viber })),
    emails: c.emails.map((e) => ({ id: e.id, address: e.address, isPrimary: e.isPrimary, acceptsEmail: e.acceptsEmail })),
    addresses: c.addresses.map((a) => ({
      id: a.id, kind: a.kind, street: s(a.street), building: s(a.building), apartment: s(a.apartment), postalCode: s(a.postalCode), city: s(a.city), country: a.country,
    })),
    groupIds: c.groups.map((g) => g.id),
    tags: c.tags.map((t) => t.name),
    sourceId: c.source?.id ?? '',
    assignedStaffId: c.assignedStaff?.id ?? '',
    description: s(c.description),
    birthday: c.birthday
      ? { day: String(c.birthday.day), month: String(c.birthday.month), year: c.birthday.year ? String(c.birthday.year) : '', noYear: !c.birthday.year }
      : { day: '', month: '', year: '', noYear: false },
    nameDay: c.nameDay ? { day: String(c.nameDay.day), month: String(c.nameDay.month) } : { day: '', month: '' },
    gender: c.gender ?? '',
    preferredLanguage: s(c.preferredLanguage),
    loyaltyCardNumber: s(c.loyaltyCardNumber),
    remarks: s(c.remarks),
    identityDocuments: { idCardNumber: s(documents?.idCardNumber), passportNumber: s(documents?.passportNumber) },
    hasInvoice: !!inv,
    invoiceData: inv
      ? {
          kind: inv.kind, name: s(inv.name), companyName: s(inv.companyName), taxIdCountry: s(inv.taxIdCountry), taxId: s(inv.taxId),
          street: s(inv.street), building: s(inv.building), apartment: s(inv.apartment), postalCode: s(inv.postalCode), city: s(inv.city),
          country: inv.country ?? 'PL', email: s(inv.email),
        }
      : emptyInvoice(c.kind),
    isSupplier: c.isSupplier,
    isConflict: c.isConflict,
    bookingRestriction: { mode: c.bookingRestriction.mode, reason: s(c.bookingRestriction.reason), expiresAt: s(c.bookingRestriction.expiresAt) },
    discountPercent: c.discountPercent === null ? '' : String(c.discountPercent),
    onlineBookingLimit: c.onlineBookingLimit === null ? '' : String(c.onlineBookingLimit),
    blockNewsletter: c.blockNewsletter,
    blockAutomaticMessages: c.blockAutomaticMessages,
    customFields: customRows(definitions, c.customFields),
    consents: [],
  };
}

const text = (v: string) => (v.trim() ? v : null);
const int = (v: string) => (v.trim() ? Number(v) : null);

function appliesTo(def: Definition | undefined, kind: ClientKind) {
  return !def?.appliesTo || def.appliesTo === 'ALL' || def.appliesTo === kind;
}

/** The domain's input for the whole card (what `clientCreateSchema` validates). */
export function formToInput(v: ClientFormValues, definitions: readonly Definition[] = []) {
  const birthday = v.birthday.day && v.birthday.month
    ? { day: Number(v.birthday.day), month: Number(v.birthday.month), year: v.birthday.noYear || !v.birthday.year.trim() ? null : Number(v.birthday.year) }
    : null;
  const nameDay = v.nameDay.day && v.nameDay.month ? { day: Number(v.nameDay.day), month: Number(v.nameDay.month) } : null;
  const docs = v.identityDocuments;
  const inv = v.invoiceData;
  return {
    kind: v.kind,
    firstName: text(v.firstName),
    lastName: text(v.lastName),
    companyName: text(v.companyName),
    clientNumber: text(v.clientNumber),
    phones: v.phones.map((p) => ({ ...(p.id ? { id: p.id } : {}), number: p.number, typeKey: p.typeKey, isPrimary: p.isPrimary, sms: p.sms, whatsapp: p.whatsapp, viber: p.viber })),
    emails: v.emails.map((e) => ({ ...(e.id ? { id: e.id } : {}), address: e.address, isPrimary: e.isPrimary, acceptsEmail: e.acceptsEmail })),
    addresses: v.addresses.map((a) => ({
      ...(a.id ? { id: a.id } : {}), kind: a.kind, street: text(a.street), building: text(a.building), apartment: text(a.apartment),
      postalCode: text(a.postalCode), city: text(a.city), country: a.country || 'PL',
    })),
    groupIds: v.groupIds,
    tags: v.tags,
    sourceId: v.sourceId || null,
    assignedStaffId: v.assignedStaffId || null,
    description: text(v.description),
    birthday,
    nameDay,
    gender: v.gender || null,
    preferredLanguage: v.preferredLanguage || null,
    loyaltyCardNumber: text(v.loyaltyCardNumber),
    remarks: text(v.remarks),
    identityDocuments: docs.idCardNumber.trim() || docs.passportNumber.trim()
      ? { idCardNumber: text(docs.idCardNumber), passportNumber: text(docs.passportNumber) }
      : null,
    invoiceData: v.hasInvoice
      ? {
          kind: inv.kind, name: inv.kind === 'PERSON' ? text(inv.name) : null, companyName: inv.kind === 'COMPANY' ? text(inv.companyName) : null,
          taxId: text(inv.taxId), taxIdCountry: text(inv.taxIdCountry), street: text(inv.street), building: text(inv.building),
          apartment: text(inv.apartment), postalCode: text(inv.postalCode), city: text(inv.city), country: inv.country || 'PL', email: text(inv.email),
        }
      : null,
    isSupplier: v.isSupplier,
    isConflict: v.isConflict,
    bookingRestriction: { mode: v.bookingRestriction.mode, reason: text(v.bookingRestriction.reason), expiresAt: text(v.bookingRestriction.expiresAt) },
    discountPercent: text(v.discountPercent),
    onlineBookingLimit: int(v.onlineBookingLimit),
    blockNewsletter: v.blockNewsletter,
    blockAutomaticMessages: v.blockAutomaticMessages,
    customFields: v.customFields.map((f) => ({
      fieldId: f.fieldId,
      value: appliesTo(definitions.find((d) => d.id === f.fieldId), v.kind) && f.value !== '' ? f.value : null,
    })),
    consents: v.consents,
  };
}

export type ClientInput = ReturnType<typeof formToInput>;

/** The domain input in the API's shape: the discount as a number ("12,5" → 12.5). */
function toApi(input: Partial<ClientInput>): Omit<CreateClientInput, 'consents'> {
  const { discountPercent, consents: _consents, ...rest } = input;
  const out: Record<string, unknown> = { ...rest };
  if (discountPercent !== undefined) out.discountPercent = discountPercent === null ? null : Number(discountPercent.replace(',', '.').replace(/%$/, ''));
  return out as Omit<CreateClientInput, 'consents'>;
}

export function toCreateInput(v: ClientFormValues, definitions: readonly Definition[]): CreateClientInput {
  const input = formToInput(v, definitions);
  return { ...toApi(input), consents: input.consents };
}

/**
 * Only what the user changed since the form was filled (absent = unchanged, lists replace the whole list),
 * compared with the domain's `diffClientFields` so the admin and the server agree on what "changed" means.
 */
export function toUpdatePatch(initial: ClientFormValues, current: ClientFormValues, definitions: readonly Definition[]) {
  const before = formToInput(initial, definitions);
  const after = formToInput(current, definitions);
  const fields = diffClientFields(before, after, { ignore: ['consents'] }).map((c) => c.field as keyof ClientInput);
  const patch: Partial<ClientInput> = {};
  for (const f of fields) (patch as Record<string, unknown>)[f] = after[f];
  return { fields, input: toApi(patch) as Omit<UpdateClientInput, 'id' | 'version'> };
}

/**
 * Custom field values checked with the domain's rule and the business's definitions. A required field left
 * empty has no index in the input, so its issue is moved onto that field's row.
 */
export function customFieldIssues(v: ClientFormValues, definitions: readonly Definition[]): FieldIssue[] {
  const input = formToInput(v, definitions);
  const result = validateCustomFieldValues(definitions, input.customFields, v.kind);
  return result.issues.map((i) => moveCustomFieldIssue(i, v.customFields));
}

export function moveCustomFieldIssue(issue: FieldIssue, rows: readonly CustomFieldRow[]): FieldIssue {
  if (issue.path.length === 1 && issue.path[0] === 'customFields' && typeof issue.params?.fieldId === 'string') {
    const index = rows.findIndex((r) => r.fieldId === issue.params?.fieldId);
    if (index >= 0) return { ...issue, path: ['customFields', index, 'value'] };
  }
  return issue;
}
