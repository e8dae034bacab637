import { safeParseWith } from '../parse-with';
import { clientCreateSchema } from './client-create.schema';
import { clientInvariantIssues, clientUpdateSchema, mergeClientPatch } from './client-update.schema';

const parse = (input: unknown) => safeParseWith(clientUpdateSchema, input);

describe('clientUpdateSchema', () => {
  it('keeps absent fields absent and null as "clear"', () => {
    const r = parse({ version: 3, lastName: null, description: '  ', phones: [{ number: '600100200' }] });
    expect(r).toEqual({
      ok: true,
      value: {
        version: 3,
        lastName: null,
        description: null,
        phones: [{ number: '+48600100200', typeKey: 'MOBILE', isPrimary: true, sms: true, whatsapp: false, viber: false, extension: null }],
      },
    });
    if (r.ok) expect(Object.keys(r.value)).toEqual(['version', 'lastName', 'description', 'phones']);
  });

  it('an empty list clears the list', () => {
    expect(parse({ version: 1, tags: [] })).toEqual({ ok: true, value: { version: 1, tags: [] } });
  });

  it.each([
    [{}, [['version', 'REQUIRED']]],
    [{ version: 0 }, [['version', 'OUT_OF_RANGE']]],
    [{ version: 1.5 }, [['version', 'INVALID_FORMAT']]],
    [{ version: 1, emails: [{ address: 'a@b.pl', isPrimary: true }, { address: 'c@d.pl', isPrimary: true }] }, [['emails.1.isPrimary', 'DUPLICATE']]],
    [{ version: 1, phones: [{ number: '600100200' }, { number: '0048 600 100 200' }] }, [['phones.1.number', 'DUPLICATE']]],
    [{ version: 1, kind: 'COMPANY', firstName: 'x'.repeat(101) }, [['firstName', 'TOO_LONG']]],
  ])('%j → %j', (input, expected) => {
    const r = parse(input);
    expect(r.ok ? [] : r.issues.map((i) => [i.path.join('.'), i.code])).toEqual(expected);
  });
});

describe('mergeClientPatch / clientInvariantIssues', () => {
  const current = (() => {
    const r = safeParseWith(clientCreateSchema, { firstName: 'Anna', lastName: 'Kowalska', tags: ['VIP'] });
    if (!r.ok) throw new Error('fixture');
    const { consents: _consents, ...card } = r.value;
    return card;
  })();

  it('applies present keys, null included, and keeps the rest', () => {
    const r = parse({ version: 2, lastName: null, tags: ['Nowa'] });
    if (!r.ok) throw new Error('patch');
    const merged = mergeClientPatch(current, r.value);
    expect(merged).toMatchObject({ firstName: 'Anna', lastName: null, tags: ['Nowa'], isActive: true });
    expect(clientInvariantIssues(merged)).toEqual([]);
  });

  it.each([
    [{ version: 2, firstName: null, lastName: null }, [['firstName', 'REQUIRED'], ['lastName', 'REQUIRED']]],
    [{ version: 2, kind: 'COMPANY' }, [['companyName', 'REQUIRED']]], // switching kind needs a company name
    [{ version: 2, kind: 'COMPANY', companyName: 'Kowalska Beauty' }, []],
  ])('patch %j on a person → %j', (patch, expected) => {
    const r = parse(patch);
    if (!r.ok) throw new Error('patch');
    expect(clientInvariantIssues(mergeClientPatch(current, r.value)).map((i) => [i.path.join('.'), i.code])).toEqual(expected);
  });
});
