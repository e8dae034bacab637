import { clientCreateSchema, diffClientFields, safeParseWith } from '@kartoteka/domain';
import type { ClientCardFragment } from '../../src/gql/graphql';
import { cardSnapshotFromClient } from '../../src/modules/client-profile/cardSnapshot';
import {
  customFieldIssues, emptyFormValues, formToInput, toCreateInput, toUpdatePatch, valuesFromClient, valuesFromPrefill,
} from '../../src/modules/client-form/formValues';

const CARD: ClientCardFragment = {
  id: '7d3c1a52-6b7e-4e55-9b1c-1f0a3c2b4d5e', version: 3, number: '12', kind: 'PERSON', firstName: 'Anna', lastName: 'Nowak',
  companyName: null, displayName: 'Anna Nowak', status: 'ACTIVE', deletedAt: null, isSupplier: false, isConflict: false,
  gender: 'FEMALE', preferredLanguage: 'pl', description: 'Woli wizyty rano', remarks: null, loyaltyCardNumber: null,
  discountPercent: 12.5, onlineBookingLimit: null, blockNewsletter: false, blockAutomaticMessages: false, hasIdentityDocuments: false, photoUrl: null,
  birthday: { day: 14, month: 5, year: null }, nameDay: { day: 26, month: 7 },
  phones: [{ id: 'a1f0c2d4-1111-4111-8111-111111111111', number: '+48600100200', formatted: '600 100 200', typeKey: 'MOBILE', isPrimary: true, sms: true, whatsapp: false, viber: false }],
  emails: [{ id: 'a1f0c2d4-2222-4222-8222-222222222222', address: 'anna@example.pl', isPrimary: true, acceptsEmail: true }],
  addresses: [], groups: [{ id: 'b2f0c2d4-3333-4333-8333-333333333333', name: 'Stali klienci', color: null }], tags: [{ id: 'c3f0c2d4-4444-4444-8444-444444444444', name: 'VIP' }],
  source: null, assignedStaff: null, bookingRestriction: { mode: 'ALLOW', reason: null, expiresAt: null }, invoiceData: null,
  customFields: [{ fieldId: 'd4f0c2d4-5555-4555-8555-555555555555', key: 'skora', label: 'Typ skóry', value: 'sucha' }],
  consents: [], createdAt: '2026-01-02T10:00:00.000Z', createdVia: 'STAFF_FORM', createdBy: null,
  updatedAt: '2026-03-04T10:00:00.000Z', updatedBy: null,
};
const DEFINITIONS = [
  { id: 'd4f0c2d4-5555-4555-8555-555555555555', label: 'Typ skóry', type: 'SINGLE_CHOICE' as const, options: ['sucha', 'tłusta'], required: false, appliesTo: 'ALL' as const },
  { id: 'e5f0c2d4-6666-4666-8666-666666666666', label: 'Alergie', type: 'TEXT' as const, options: [], required: true, appliesTo: 'PERSON' as const },
];

describe('the full form values', () => {
  it('a loaded card passes the domain schema unchanged and sends nothing when nothing changed', () => {
    const values = valuesFromClient(CARD, DEFINITIONS);
    expect(safeParseWith(clientCreateSchema, formToInput(values, DEFINITIONS)).ok).toBe(true);
    expect(toUpdatePatch(values, values, DEFINITIONS).fields).toEqual([]);
  });

  it('sends only the changed fields, lists whole, the discount as a number', () => {
    const before = valuesFromClient(CARD, DEFINITIONS);
    const after = {
      ...before,
      lastName: 'Nowak-Kowalska',
      discountPercent: '7,25',
      phones: [...before.phones, { number: '22 621 45 67', typeKey: 'WORK', isPrimary: false, sms: false, whatsapp: false, viber: false }],
    };
    const { fields, input } = toUpdatePatch(before, after, DEFINITIONS);
    expect(fields.sort()).toEqual(['discountPercent', 'lastName', 'phones']);
    expect(input).toMatchObject({ lastName: 'Nowak-Kowalska', discountPercent: 7.25 });
    expect(input.phones).toHaveLength(2);
    expect(input).not.toHaveProperty('firstName');
  });

  it('keeps a birthday without a year, and clears the year when "bez roku" is ticked', () => {
    const values = valuesFromClient(CARD, DEFINITIONS);
    expect(values.birthday).toEqual({ day: '14', month: '5', year: '', noYear: true });
    expect(formToInput({ ...values, birthday: { day: '14', month: '5', year: '1990', noYear: true } }).birthday).toEqual({ day: 14, month: 5, year: null });
  });

  it('puts a required custom field left empty on its own row, with the domain rule', () => {
    const values = valuesFromClient(CARD, DEFINITIONS);
    expect(customFieldIssues(values, DEFINITIONS)).toEqual([expect.objectContaining({ path: ['customFields', 1, 'value'], code: 'REQUIRED' })]);
    const company = { ...values, kind: 'COMPANY' as const, companyName: 'Firma' };
    expect(customFieldIssues(company, DEFINITIONS)).toEqual([]);
  });

  it('carries quick-add values into the full form and creates with consents', () => {
    const values = valuesFromPrefill({ kind: 'PERSON', firstName: 'Jan', phones: [{ number: '600 100 200', isPrimary: true }], consents: [{ purposeKey: 'DATA_PROCESSING', granted: true }] }, []);
    const input = toCreateInput(values, []);
    expect(input).toMatchObject({ firstName: 'Jan', phones: [{ number: '600 100 200', isPrimary: true }], consents: [{ purposeKey: 'DATA_PROCESSING', granted: true }] });
    expect(input.invoiceData).toBeNull();
  });

  it('reports invoice data by kind with the domain messages paths', () => {
    const values = { ...emptyFormValues([]), lastName: 'X', hasInvoice: true };
    values.invoiceData = { ...values.invoiceData, kind: 'COMPANY', companyName: 'Firma', taxId: '5260250275' };
    const result = safeParseWith(clientCreateSchema, formToInput(values));
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.issues.map((i) => `${i.path.join('.')}:${i.code}`);
    expect(paths).toEqual(expect.arrayContaining(['invoiceData.taxId:INVALID_NIP', 'invoiceData.city:REQUIRED']));
  });
});

describe('the conflict view', () => {
  it('finds what someone else changed between the loaded card and the server snapshot', () => {
    const base = cardSnapshotFromClient(CARD);
    const current = { ...base, remarks: 'Alergia na lateks', tags: ['VIP', 'koloryzacja'], phones: [...(base.phones as object[])].reverse() };
    expect(diffClientFields(base, current).map((c) => c.field).sort()).toEqual(['remarks', 'tags']);
  });
});
