import { safeParseWith } from '../parse-with';
import { clientCreateSchema } from './client-create.schema';
import { quickCreateClientSchema, quickToFullClientInput } from './quick-create.schema';

const issuesOf = (input: unknown) => {
  const r = safeParseWith(quickCreateClientSchema, input);
  return r.ok ? [] : r.issues.map((i) => [i.path.join('.'), i.code]);
};

describe('quickCreateClientSchema', () => {
  it('normalises phone and e-mail', () => {
    expect(safeParseWith(quickCreateClientSchema, { firstName: 'Kasia', phone: '600 100 200', email: ' Kasia@WP.pl' })).toEqual({
      ok: true,
      value: { kind: 'PERSON', firstName: 'Kasia', lastName: null, companyName: null, phone: '+48600100200', email: 'kasia@wp.pl', consents: [] },
    });
  });

  it.each([
    [{ firstName: 'Kasia' }, [['phone', 'REQUIRED']]],
    [{ firstName: 'Kasia', phone: '', email: '  ' }, [['phone', 'REQUIRED']]],
    [{ firstName: 'Kasia', email: 'kasia@wp.pl' }, []],
    [{ phone: '600100200' }, [['firstName', 'REQUIRED'], ['lastName', 'REQUIRED']]],
    [{ kind: 'COMPANY', phone: '600100200' }, [['companyName', 'REQUIRED']]],
    [{}, [['firstName', 'REQUIRED'], ['lastName', 'REQUIRED'], ['phone', 'REQUIRED']]],
    [{ firstName: 'Kasia', phone: '123' }, [['phone', 'INVALID_PHONE']]],
    [{ firstName: 'Kasia', phone: '600100200', email: 'kasia@' }, [['email', 'INVALID_EMAIL']]],
    [{ firstName: 'Kasia', phone: '600100200', consents: [{ purposeKey: 'DATA_PROCESSING', granted: true }, { purposeKey: 'DATA_PROCESSING', granted: false }] }, []],
  ])('%j → %j', (input, expected) => {
    expect(issuesOf(input)).toEqual(expected);
  });
});

describe('quickToFullClientInput', () => {
  it('carries what was typed into the full form, which then validates the same way', () => {
    const typed = { firstName: 'Kasia', lastName: 'Nowak', phone: '600 100 200', email: 'kasia@wp.pl', consents: [{ purposeKey: 'MARKETING_SMS', granted: true }] };
    const full = quickToFullClientInput(typed);
    expect(full).toEqual({
      kind: 'PERSON', firstName: 'Kasia', lastName: 'Nowak', companyName: null,
      phones: [{ number: '600 100 200', typeKey: 'MOBILE', isPrimary: true }],
      emails: [{ address: 'kasia@wp.pl', isPrimary: true }],
      consents: [{ purposeKey: 'MARKETING_SMS', granted: true }],
    });
    const r = safeParseWith(clientCreateSchema, full);
    expect(r.ok && r.value.phones[0].number).toBe('+48600100200');
  });

  it('carries invalid input too, so the full form can show the error', () => {
    expect(quickToFullClientInput({ phone: '12' }).phones).toEqual([{ number: '12', typeKey: 'MOBILE', isPrimary: true }]);
    expect(quickToFullClientInput({}).phones).toEqual([]);
  });
});
