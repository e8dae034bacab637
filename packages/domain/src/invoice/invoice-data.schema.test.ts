import { safeParseWith } from '../parse-with';
import { formatInvoiceTaxId, invoiceDataSchema } from './invoice-data.schema';

const companyAddress = { street: 'ul. Świętokrzyska', building: '12', postalCode: '00916', city: 'Warszawa' };
const issuesOf = (input: unknown) => {
  const r = safeParseWith(invoiceDataSchema, input);
  return r.ok ? [] : r.issues.map((i) => [i.path.join('.'), i.code]);
};

describe('invoiceDataSchema', () => {
  it('normalises a Polish company typed with the prefix in the number', () => {
    const r = safeParseWith(invoiceDataSchema, {
      kind: 'COMPANY',
      companyName: '  Ministerstwo   Finansów ',
      taxId: 'PL 526-025-02-74',
      ...companyAddress,
      email: ' Faktury@MF.gov.pl ',
    });
    expect(r).toEqual({
      ok: true,
      value: {
        kind: 'COMPANY',
        name: null,
        companyName: 'Ministerstwo Finansów',
        taxId: '5260250274',
        taxIdCountry: 'PL',
        street: 'ul. Świętokrzyska',
        building: '12',
        apartment: null,
        postalCode: '00-916',
        city: 'Warszawa',
        country: 'PL',
        email: 'faktury@mf.gov.pl',
      },
    });
  });

  it.each([
    [{ taxIdCountry: 'PL', taxId: '526-025-02-74' }, '5260250274', 'PL'],
    [{ taxIdCountry: 'pl', taxId: '5260250274' }, '5260250274', 'PL'],
    [{ taxId: '7740001454' }, '7740001454', 'PL'], // no prefix anywhere: the address is in Poland
    [{ taxIdCountry: 'DE', taxId: '136695976' }, 'DE136695976', 'DE'],
    [{ taxId: 'DE136695976' }, 'DE136695976', 'DE'],
    [{ taxIdCountry: 'GR', taxId: '094014201' }, 'EL094014201', 'EL'],
    [{ taxIdCountry: 'AT', taxId: 'ATU13585627' }, 'ATU13585627', 'AT'],
    [{ taxIdCountry: 'XI', taxId: '925901618' }, 'XI925901618', 'XI'],
    [{ taxIdCountry: 'CH', taxId: 'che-116.281.710 mwst' }, 'CHE-116.281.710 MWST', 'CH'], // outside the EU: kept as typed
  ])('tax id %j → %s / %s', (tax, taxId, taxIdCountry) => {
    const r = safeParseWith(invoiceDataSchema, { kind: 'COMPANY', companyName: 'Firma', ...companyAddress, ...tax });
    expect(r.ok && [r.value.taxId, r.value.taxIdCountry]).toEqual([taxId, taxIdCountry]);
  });

  it('takes the tax id country from a foreign address when the form has no prefix', () => {
    const r = safeParseWith(invoiceDataSchema, {
      kind: 'COMPANY', companyName: 'Sample GmbH', taxId: '136695976',
      street: 'Unter den Linden', building: '1', postalCode: '10117', city: 'Berlin', country: 'de',
    });
    expect(r.ok && r.value).toMatchObject({ taxId: 'DE136695976', taxIdCountry: 'DE', country: 'DE', postalCode: '10117' });
  });

  it.each([
    [{ kind: 'PERSON' }, [['name', 'REQUIRED'], ['street', 'REQUIRED'], ['postalCode', 'REQUIRED'], ['city', 'REQUIRED']]],
    [{ kind: 'PERSON', name: 'Anna Kowalska', building: '5', postalCode: '32-015', city: 'Kłaj' }, []], // village, no street
    [{ kind: 'PERSON', name: 'Anna Kowalska', street: 'Polna 5', postalCode: '32015', city: 'Kłaj' }, []],
    [{ kind: 'COMPANY', ...companyAddress }, [['companyName', 'REQUIRED'], ['taxId', 'REQUIRED']]],
    [{ kind: 'COMPANY', companyName: 'X', taxId: '5260250275', ...companyAddress }, [['taxId', 'INVALID_NIP']]],
    [{ kind: 'COMPANY', companyName: 'X', taxId: 'DE136695977', ...companyAddress }, [['taxId', 'INVALID_VAT_NUMBER']]],
    [{ kind: 'COMPANY', companyName: 'X', taxId: 'DE136695976', taxIdCountry: 'PL', ...companyAddress }, [['taxId', 'INVALID_VAT_NUMBER']]],
    [{ kind: 'COMPANY', companyName: 'X', taxId: '5260250274', ...companyAddress, postalCode: '0-916' }, [['postalCode', 'INVALID_POSTAL_CODE']]],
    [{ kind: 'COMPANY', companyName: 'X', taxId: '5260250274', ...companyAddress, country: 'XX' }, [['country', 'INVALID_CHOICE']]],
    [{ kind: 'COMPANY', companyName: 'X', taxId: '5260250274', ...companyAddress, email: 'faktury@' }, [['email', 'INVALID_EMAIL']]],
    [{ kind: 'SHOP', companyName: 'X', ...companyAddress }, [['kind', 'INVALID_CHOICE']]],
    // every problem at once, not one per save
    [{ kind: 'PERSON', email: 'x@', postalCode: '1' }, [['email', 'INVALID_EMAIL'], ['name', 'REQUIRED'], ['street', 'REQUIRED'], ['city', 'REQUIRED'], ['postalCode', 'INVALID_POSTAL_CODE']]],
  ])('%j → %j', (input, expected) => {
    expect(issuesOf(input)).toEqual(expected);
  });

  it('is idempotent: its output parses to itself (the server re-validates stored cards)', () => {
    for (const tax of [{ taxId: 'PL 526-025-02-74' }, { taxIdCountry: 'GR', taxId: '094014201' }, { taxIdCountry: 'CH', taxId: 'CHE-116.281.710 MWST' }]) {
      const once = safeParseWith(invoiceDataSchema, { kind: 'COMPANY', companyName: 'Firma', ...companyAddress, ...tax });
      if (!once.ok) throw new Error(JSON.stringify(once.issues));
      expect(safeParseWith(invoiceDataSchema, once.value)).toEqual(once);
    }
  });

  it('prints the tax id as an invoice shows it', () => {
    expect(formatInvoiceTaxId({ taxId: '5260250274', taxIdCountry: 'PL' })).toBe('5260250274');
    expect(formatInvoiceTaxId({ taxId: '5260250274', taxIdCountry: 'PL' }, true)).toBe('PL5260250274');
    expect(formatInvoiceTaxId({ taxId: 'ATU13585627', taxIdCountry: 'AT' })).toBe('ATU13585627');
    expect(formatInvoiceTaxId({ taxId: 'CHE-116.281.710 MWST', taxIdCountry: 'CH' })).toBe('CHE-116.281.710 MWST');
    expect(formatInvoiceTaxId({ taxId: null, taxIdCountry: null })).toBeNull();
  });
});
