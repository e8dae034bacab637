import { safeParseWith } from '../parse-with';
import { clientCreateSchema } from './client-create.schema';

const GROUP = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const SOURCE = '00000000-0000-0000-0000-000000000001';

const issuesOf = (input: unknown) => {
  const r = safeParseWith(clientCreateSchema, input);
  return r.ok ? [] : r.issues.map((i) => [i.path.join('.'), i.code]);
};
const valueOf = (input: unknown) => {
  const r = safeParseWith(clientCreateSchema, input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};

describe('clientCreateSchema', () => {
  it('fills every default for a minimal person', () => {
    expect(valueOf({ firstName: 'Anna' })).toEqual({
      kind: 'PERSON', firstName: 'Anna', lastName: null, companyName: null, gender: null, preferredLanguage: null,
      description: null, remarks: null, phones: [], emails: [], addresses: [], birthday: null, nameDay: null,
      clientNumber: null, loyaltyCardNumber: null, groupIds: [], tags: [], sourceId: null, assignedStaffId: null,
      isActive: true, isSupplier: false, isConflict: false,
      bookingRestriction: { mode: 'ALLOW', reason: null, expiresAt: null },
      discountPercent: null, onlineBookingLimit: null, blockNewsletter: false, blockAutomaticMessages: false,
      identityDocuments: null, invoiceData: null, customFields: [], consents: [],
    });
  });

  it('normalises a full card', () => {
    const v = valueOf({
      kind: 'PERSON',
      firstName: '  Anna   Maria ',
      lastName: 'Kowalska-Nowak',
      gender: 'FEMALE',
      preferredLanguage: 'UK',
      description: '  Blond, lubi kawę.\nAlergia na lateks. ',
      phones: [
        { number: '600 100 200' },
        { number: '(22) 621 45 67', typeKey: 'HOME' },
        { number: '+44 20 7946 0958', typeKey: '7d1d6e3c-7d8d-4c2e-9a53-1c4f4b1a2f11', whatsapp: true },
      ],
      emails: [{ address: ' Anna.Kowalska@Gmail.com ', acceptsEmail: true }],
      addresses: [{ kind: 'RESIDENCE', street: 'Marszałkowska', building: '1', apartment: '2', postalCode: '00624', city: 'Warszawa' }],
      birthday: { day: 29, month: 2 },
      nameDay: { day: 26, month: 7 },
      clientNumber: ' a-12 ',
      groupIds: [GROUP, GROUP.toUpperCase()],
      tags: ['VIP', ' vip ', 'Stała  klientka', ''],
      sourceId: SOURCE,
      bookingRestriction: { mode: 'REQUIRE_APPROVAL', reason: 'Nie przyszła 2 razy', expiresAt: '2025-12-31' },
      discountPercent: '12,5',
      onlineBookingLimit: 3,
      customFields: [{ fieldId: GROUP, value: 'x' }],
      consents: [{ purposeKey: 'MARKETING_SMS', granted: true }],
    });
    expect(v).toMatchObject({
      firstName: 'Anna Maria', // collapsed, not title-cased
      lastName: 'Kowalska-Nowak',
      preferredLanguage: 'uk',
      description: 'Blond, lubi kawę.\nAlergia na lateks.',
      phones: [
        { number: '+48600100200', typeKey: 'MOBILE', isPrimary: true, sms: true, whatsapp: false, viber: false, extension: null },
        { number: '+48226214567', typeKey: 'HOME', isPrimary: false, sms: false },
        { number: '+442079460958', isPrimary: false, sms: false, whatsapp: true },
      ],
      emails: [{ address: 'anna.kowalska@gmail.com', isPrimary: true, acceptsEmail: true }],
      addresses: [{ kind: 'RESIDENCE', postalCode: '00-624', country: 'PL' }],
      birthday: { day: 29, month: 2, year: null },
      clientNumber: 'A-12',
      groupIds: [GROUP],
      tags: ['VIP', 'Stała klientka'],
      bookingRestriction: { mode: 'REQUIRE_APPROVAL', reason: 'Nie przyszła 2 razy', expiresAt: '2025-12-31' },
      discountPercent: 12.5,
    });
  });

  it('keeps the primary the user chose, and the first otherwise', () => {
    const chosen = valueOf({ firstName: 'A', phones: [{ number: '600100200' }, { number: '600100201', isPrimary: true }] });
    expect(chosen.phones.map((p) => p.isPrimary)).toEqual([false, true]);
    const none = valueOf({ firstName: 'A', emails: [{ address: 'a@b.pl' }, { address: 'c@d.pl' }] });
    expect(none.emails.map((e) => e.isPrimary)).toEqual([true, false]);
  });

  it.each([
    // F1.1 names
    [{}, [['firstName', 'REQUIRED'], ['lastName', 'REQUIRED']]],
    [{ firstName: '   ', lastName: '' }, [['firstName', 'REQUIRED'], ['lastName', 'REQUIRED']]],
    [{ lastName: 'Kowalska' }, []],
    [{ kind: 'COMPANY', firstName: 'Jan' }, [['companyName', 'REQUIRED']]],
    [{ kind: 'COMPANY', companyName: 'Auto-Serwis Nowak Sp. z o.o.' }, []],
    [{ firstName: 'x'.repeat(101) }, [['firstName', 'TOO_LONG']]],
    [{ kind: 'ROBOT', firstName: 'R2' }, [['kind', 'INVALID_CHOICE']]],
    // phones and e-mails
    [{ firstName: 'A', phones: [{ number: '600 100 200' }, { number: '+48600100200' }] }, [['phones.1.number', 'DUPLICATE']]],
    [{ firstName: 'A', phones: [{ number: '600 100' }] }, [['phones.0.number', 'INVALID_PHONE']]],
    [{ firstName: 'A', phones: [{ number: ' ' }] }, [['phones.0.number', 'REQUIRED']]],
    [{ firstName: 'A', phones: [{ number: '600100200', isPrimary: true }, { number: '600100201', isPrimary: true }] }, [['phones.1.isPrimary', 'DUPLICATE']]],
    [{ firstName: 'A', emails: [{ address: 'a@b.pl' }, { address: 'A@B.PL' }] }, [['emails.1.address', 'DUPLICATE']]],
    [{ firstName: 'A', emails: [{ address: 'a@' }] }, [['emails.0.address', 'INVALID_EMAIL']]],
    // everything at once: a bad phone does not hide the missing name
    [{ phones: [{ number: 'abc' }], emails: [{ address: 'x' }] }, [['phones.0.number', 'INVALID_PHONE'], ['emails.0.address', 'INVALID_EMAIL'], ['firstName', 'REQUIRED'], ['lastName', 'REQUIRED']]],
    // other fields
    [{ firstName: 'A', addresses: [{ kind: 'WORK', postalCode: '0-624', city: 'Warszawa' }] }, [['addresses.0.postalCode', 'INVALID_POSTAL_CODE']]],
    [{ firstName: 'A', addresses: [{ kind: 'WORK' }] }, [['addresses.0.city', 'REQUIRED']]],
    [{ firstName: 'A', addresses: [{ kind: 'WORK', postalCode: 'SW1A 1AA', city: 'London', country: 'gb' }] }, []],
    [{ firstName: 'A', birthday: { day: 29, month: 2, year: 2023 } }, [['birthday.day', 'INVALID_DATE']]],
    [{ firstName: 'A', nameDay: { day: 31, month: 4 } }, [['nameDay.day', 'INVALID_DATE']]],
    [{ firstName: 'A', clientNumber: 'nr 12' }, [['clientNumber', 'INVALID_FORMAT']]],
    [{ firstName: 'A', clientNumber: '1'.repeat(33) }, [['clientNumber', 'TOO_LONG']]],
    [{ firstName: 'A', groupIds: ['not-a-uuid'] }, [['groupIds.0', 'INVALID_FORMAT']]],
    [{ firstName: 'A', tags: ['x'.repeat(51)] }, [['tags.0', 'TOO_LONG']]],
    [{ firstName: 'A', preferredLanguage: 'polish' }, [['preferredLanguage', 'INVALID_CHOICE']]],
    [{ firstName: 'A', description: 'x'.repeat(2001) }, [['description', 'TOO_LONG']]],
    [{ firstName: 'A', remarks: 'x'.repeat(5001) }, [['remarks', 'TOO_LONG']]],
    [{ firstName: 'A', discountPercent: 100.5 }, [['discountPercent', 'OUT_OF_RANGE']]],
    [{ firstName: 'A', discountPercent: 12.345 }, [['discountPercent', 'INVALID_FORMAT']]],
    [{ firstName: 'A', discountPercent: 'dużo' }, [['discountPercent', 'INVALID_FORMAT']]],
    [{ firstName: 'A', onlineBookingLimit: 101 }, [['onlineBookingLimit', 'OUT_OF_RANGE']]],
    [{ firstName: 'A', onlineBookingLimit: 2.5 }, [['onlineBookingLimit', 'INVALID_FORMAT']]],
    [{ firstName: 'A', bookingRestriction: { mode: 'BLOCKED' } }, [['bookingRestriction.reason', 'REQUIRED']]],
    [{ firstName: 'A', bookingRestriction: { mode: 'BLOCKED', reason: 'x', expiresAt: '2025-02-30' } }, [['bookingRestriction.expiresAt', 'INVALID_DATE']]],
    [{ firstName: 'A', identityDocuments: { idCardNumber: 'ABA300001' } }, [['identityDocuments.idCardNumber', 'INVALID_FORMAT']]],
    [{ firstName: 'A', invoiceData: { kind: 'COMPANY', companyName: 'X', taxId: '123' } }, [['invoiceData.taxId', 'INVALID_NIP'], ['invoiceData.street', 'REQUIRED'], ['invoiceData.postalCode', 'REQUIRED'], ['invoiceData.city', 'REQUIRED']].sort()],
    [{ firstName: 'A', customFields: [{ fieldId: GROUP, value: 1 }, { fieldId: GROUP, value: 2 }] }, [['customFields.1', 'DUPLICATE']]],
    [{ firstName: 'A', consents: [{ purposeKey: 'marketing', granted: true }] }, [['consents.0.purposeKey', 'INVALID_FORMAT']]],
    [{ firstName: 'A', isSupplier: 'yes' }, [['isSupplier', 'INVALID_FORMAT']]],
  ])('%j → %j', (input, expected) => {
    expect(issuesOf(input).sort()).toEqual([...expected].sort());
  });

  it('is idempotent: a parsed card parses to itself (the server re-validates merged cards)', () => {
    const once = valueOf({
      firstName: ' Anna ', phones: [{ number: '600 100 200' }, { number: '+44 20 7946 0958', typeKey: 'WORK' }],
      emails: [{ address: 'A@B.pl' }], addresses: [{ kind: 'WORK', postalCode: '00950', city: 'Warszawa' }],
      tags: ['VIP', 'vip'], clientNumber: 'a-1', discountPercent: '7,5', birthday: { day: 1, month: 2 },
      bookingRestriction: { mode: 'BLOCKED', reason: 'Nie płaci' },
      invoiceData: { kind: 'COMPANY', companyName: 'X', taxId: 'DE 136695976', street: 'A', postalCode: '10117', city: 'Berlin', country: 'DE' },
      identityDocuments: { idCardNumber: 'aba 300000' },
    });
    expect(valueOf(once)).toEqual(once);
  });

  it('clears the reason of an ALLOW restriction', () => {
    expect(valueOf({ firstName: 'A', bookingRestriction: { mode: 'ALLOW', reason: 'stare', expiresAt: '2020-01-01' } }).bookingRestriction)
      .toEqual({ mode: 'ALLOW', reason: null, expiresAt: null });
  });
});
