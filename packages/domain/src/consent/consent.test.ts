import { DomainError } from '../errors';
import { safeParseWith } from '../parse-with';
import { assertValidConsentProof, ConsentRecord, consentRecordInputSchema } from './consent-record';
import {
  assertCanWithdraw,
  canContactFor,
  canSendAutomaticMessages,
  canWithdraw,
  currentConsentState,
  isNoOpConsentChange,
  planConsentChange,
} from './consent-state';
import {
  BUILT_IN_CONSENT_PURPOSE_KEYS,
  BUILT_IN_CONSENT_PURPOSES,
  consentPurposeInputSchema,
  consentPurposeKeyFromName,
  isBuiltInConsentPurposeKey,
  nextWordingVersion,
  renderConsentWording,
} from './purposes';

const at = (iso: string) => new Date(iso);
const rec = (purposeKey: string, granted: boolean, recordedAt: string, wordingVersion = 1): ConsentRecord => ({
  purposeKey,
  granted,
  method: 'STAFF_OUTSIDE_SYSTEM',
  wording: 'tekst',
  wordingVersion,
  recordedAt: at(recordedAt),
  recordedById: 'staff-1',
});

describe('purposes', () => {
  it('ships the seven built-in purposes with Polish and English wording, version 1', () => {
    expect(BUILT_IN_CONSENT_PURPOSE_KEYS).toEqual([
      'DATA_PROCESSING', 'MARKETING_EMAIL', 'MARKETING_SMS', 'MARKETING_PHONE', 'THIRD_PARTY_MARKETING', 'NOTIFICATIONS', 'PHOTO_USE',
    ]);
    for (const p of BUILT_IN_CONSENT_PURPOSES) {
      expect(p.version).toBe(1);
      expect(p.wording.pl).toMatch(/^Wyrażam zgodę .*\{administrator\}.* wycofać w dowolnym momencie/);
      expect(p.wording.en).toMatch(/^I consent .*\{administrator\}.*withdraw/);
      expect(p.name.pl).toBeTruthy();
      expect(p.name.en).toBeTruthy();
    }
  });

  it('renders the wording with the business name', () => {
    const text = renderConsentWording(BUILT_IN_CONSENT_PURPOSES[1].wording.pl, { businessName: 'Salon Urody Ewa' });
    expect(text).toContain('otrzymywanie od Salon Urody Ewa informacji handlowych');
    expect(text).not.toContain('{administrator}');
  });

  it.each([
    [{ key: 'LOYALTY_PROGRAM', name: 'Program lojalnościowy', wording: 'Wyrażam zgodę…' }, []],
    [{ name: 'Program lojalnościowy', wording: 'Wyrażam zgodę…' }, []],
    [{ key: 'loyalty', name: 'X', wording: 'Y' }, [['key', 'INVALID_FORMAT']]],
    [{ key: 'LOYALTY__X', name: 'X', wording: 'Y' }, [['key', 'INVALID_FORMAT']]],
    [{ key: 'NEWSLETTER_2', name: ' ', wording: '' }, [['name', 'REQUIRED'], ['wording', 'REQUIRED']]],
  ])('purpose input %j → %j', (input, expected) => {
    const r = safeParseWith(consentPurposeInputSchema, input);
    expect(r.ok ? [] : r.issues.map((i) => [i.path.join('.'), i.code])).toEqual(expected);
  });

  it('makes a key from the name when none is given', () => {
    const r = safeParseWith(consentPurposeInputSchema, { name: 'Program lojalnościowy', wording: 'Tekst', isArchived: null });
    expect(r).toEqual({ ok: true, value: { key: 'PROGRAM_LOJALNOSCIOWY', name: 'Program lojalnościowy', wording: 'Tekst', isArchived: undefined, marketingChannel: null } });
    expect(consentPurposeKeyFromName('2 zgoda')).toBe('P_2_ZGODA');
    expect(isBuiltInConsentPurposeKey('MARKETING_SMS')).toBe(true);
    expect(isBuiltInConsentPurposeKey('PROGRAM_LOJALNOSCIOWY')).toBe(false);
  });

  it('bumps the wording version only when the text changes', () => {
    expect(nextWordingVersion(1, 'Tekst A', ' Tekst A ')).toBe(1);
    expect(nextWordingVersion(1, 'Tekst A', 'Tekst B')).toBe(2);
  });
});

describe('consentRecordInputSchema and proof', () => {
  const base = { purposeKey: 'MARKETING_SMS', granted: true, wording: 'Wyrażam zgodę…', wordingVersion: 1 };
  it.each([
    [{ ...base, method: 'STAFF_OUTSIDE_SYSTEM' }, []],
    [{ ...base, method: 'ONLINE_FORM', ip: '203.0.113.7', userAgent: 'Mozilla/5.0' }, []],
    [{ ...base, method: 'ONLINE_FORM', ip: '2001:db8::1', userAgent: 'Mozilla/5.0' }, []],
    [{ ...base, method: 'ONLINE_FORM' }, [['ip', 'REQUIRED'], ['userAgent', 'REQUIRED']]],
    [{ ...base, method: 'ONLINE_FORM', ip: '300.1.1.1', userAgent: 'x' }, [['ip', 'INVALID_FORMAT']]],
    [{ ...base, method: 'IMPORT' }, [['evidence', 'REQUIRED']]],
    [{ ...base, method: 'IMPORT', evidence: 'klienci.xlsx, wiersz 17' }, []],
    [{ ...base, method: 'API' }, []],
    [{ ...base, method: 'CARRIER_PIGEON' }, [['method', 'INVALID_CHOICE']]],
    [{ ...base, method: 'API', wordingVersion: 0 }, [['wordingVersion', 'OUT_OF_RANGE']]],
    [{ purposeKey: 'MARKETING_SMS', granted: false, method: 'STAFF_OUTSIDE_SYSTEM' }, []], // wording filled in by the service
  ])('%j → %j', (input, expected) => {
    const r = safeParseWith(consentRecordInputSchema, input);
    expect(r.ok ? [] : r.issues.map((i) => [i.path.join('.'), i.code])).toEqual(expected);
  });

  it('staff-entered consents need the recording staff member', () => {
    expect(() => assertValidConsentProof({ method: 'STAFF_OUTSIDE_SYSTEM' }, 'staff-1')).not.toThrow();
    expect(() => assertValidConsentProof({ method: 'STAFF_OUTSIDE_SYSTEM' }, null)).toThrow(DomainError);
  });
});

describe('currentConsentState', () => {
  it('takes the latest record per purpose, ties broken by insertion order', () => {
    const records = [
      rec('MARKETING_SMS', true, '2024-01-01T10:00:00Z'),
      rec('MARKETING_EMAIL', true, '2024-03-01T10:00:00Z'),
      rec('MARKETING_SMS', false, '2024-02-01T10:00:00Z'),
      rec('MARKETING_EMAIL', false, '2024-03-01T10:00:00Z'), // same instant, recorded later: wins
      rec('MARKETING_SMS', true, '2023-12-01T10:00:00Z'), // late insert of an older record: loses
    ];
    expect(currentConsentState(records, ['DATA_PROCESSING', 'MARKETING_SMS'])).toEqual([
      { purposeKey: 'DATA_PROCESSING', granted: false, since: null, method: null, wordingVersion: null },
      { purposeKey: 'MARKETING_SMS', granted: false, since: at('2024-02-01T10:00:00Z'), method: 'STAFF_OUTSIDE_SYSTEM', wordingVersion: 1, recordedById: 'staff-1' },
      { purposeKey: 'MARKETING_EMAIL', granted: false, since: at('2024-03-01T10:00:00Z'), method: 'STAFF_OUTSIDE_SYSTEM', wordingVersion: 1, recordedById: 'staff-1' },
    ]);
  });

  it('is empty for no records and no purposes', () => {
    expect(currentConsentState([])).toEqual([]);
  });
});

describe('changes and withdrawals', () => {
  const state = currentConsentState(
    [rec('MARKETING_SMS', true, '2024-01-01T00:00:00Z', 2), rec('MARKETING_EMAIL', false, '2024-01-01T00:00:00Z')],
    ['MARKETING_SMS', 'MARKETING_EMAIL', 'PHOTO_USE'],
  );

  it.each([
    [{ purposeKey: 'MARKETING_SMS', granted: true, wordingVersion: 2 }, true, 'NO_OP'],
    [{ purposeKey: 'MARKETING_SMS', granted: true }, true, 'NO_OP'],
    [{ purposeKey: 'MARKETING_SMS', granted: true, wordingVersion: 3 }, false, 'RECORD'], // new text: record again
    [{ purposeKey: 'MARKETING_SMS', granted: false }, false, 'RECORD'],
    [{ purposeKey: 'MARKETING_EMAIL', granted: false }, true, 'NO_OP'], // already withdrawn
    [{ purposeKey: 'MARKETING_EMAIL', granted: true, wordingVersion: 1 }, false, 'RECORD'],
    [{ purposeKey: 'PHOTO_USE', granted: true, wordingVersion: 1 }, false, 'RECORD'],
  ])('%j: no-op %s, plan %s', (change, noOp, plan) => {
    expect(isNoOpConsentChange(state, change)).toBe(noOp);
    expect(planConsentChange(state, change)).toBe(plan);
  });

  it('accepts the state of a single purpose, as a service holding one row does', () => {
    const sms = state.find((s) => s.purposeKey === 'MARKETING_SMS')!;
    expect(isNoOpConsentChange(sms, { granted: true, wordingVersion: 2 })).toBe(true);
    expect(isNoOpConsentChange(sms, { granted: true, wordingVersion: 3 })).toBe(false);
    expect(canWithdraw(sms)).toBe(true);
    expect(planConsentChange(state.find((s) => s.purposeKey === 'MARKETING_EMAIL')!, { granted: false })).toBe('NO_OP');
  });

  it('withdrawing what was never granted is INVALID_STATE', () => {
    expect(canWithdraw(state, 'PHOTO_USE')).toBe(false);
    expect(() => assertCanWithdraw(state, 'PHOTO_USE')).toThrow(expect.objectContaining({ code: 'INVALID_STATE' }));
    expect(() => planConsentChange(state, { purposeKey: 'THIRD_PARTY_MARKETING', granted: false })).toThrow(DomainError);
    expect(canWithdraw(state, 'MARKETING_SMS')).toBe(true);
  });
});

describe('canContactFor / canSendAutomaticMessages', () => {
  const consents = [
    { purposeKey: 'MARKETING_EMAIL', granted: true },
    { purposeKey: 'MARKETING_SMS', granted: false },
  ];
  it.each([
    ['EMAIL', false, true],
    ['EMAIL', true, false], // newsletter block wins over the consent
    ['SMS', false, false],
    ['PHONE', false, false], // never asked
  ] as const)('%s with blockNewsletter=%s → %s', (channel, blockNewsletter, expected) => {
    expect(canContactFor(channel, consents, { blockNewsletter })).toBe(expected);
  });

  it('reminders need no consent but respect a block or a withdrawal', () => {
    const none = currentConsentState([], ['NOTIFICATIONS']);
    const withdrawn = currentConsentState([rec('NOTIFICATIONS', false, '2024-01-01T00:00:00Z')]);
    expect(canSendAutomaticMessages(none, { blockAutomaticMessages: false })).toBe(true);
    expect(canSendAutomaticMessages(none, { blockAutomaticMessages: true })).toBe(false);
    expect(canSendAutomaticMessages(withdrawn, { blockAutomaticMessages: false })).toBe(false);
  });
});
