import { clientNumberSortKey, clientSearchKeys } from './client-search-keys';

describe('clientSearchKeys', () => {
  it('derives the indexed name, number and text columns of a person', () => {
    expect(clientSearchKeys({
      kind: 'PERSON', firstName: 'Żaneta', lastName: 'Łukasiewicz', companyName: 'Salon Żaneta',
      clientNumber: '42', emails: ['zaneta@wp.pl'], tags: ['VIP', 'Stała klientka'],
    })).toEqual({
      nameLf: 'lukasiewicz zaneta',
      nameFl: 'zaneta lukasiewicz',
      numberSortKey: '000000000042',
      searchText: 'lukasiewicz zaneta zaneta lukasiewicz salon zaneta zaneta@wp.pl 42 vip stala klientka',
    });
  });

  it('uses the company name for companies', () => {
    expect(clientSearchKeys({ kind: 'COMPANY', companyName: 'Auto-Serwis NOWAK', firstName: 'Jan', clientNumber: 'A-7' })).toEqual({
      nameLf: 'auto-serwis nowak',
      nameFl: 'auto-serwis nowak',
      numberSortKey: 'A-000000000007',
      searchText: 'auto-serwis nowak a-7',
    });
  });

  it('sorts client numbers naturally under byte order (collate "C")', () => {
    const numbers = ['10', '2', 'A-10', 'A-2', '2024/7', '2024/17', '1', '007', 'B'];
    const sorted = [...numbers].sort((a, b) => (clientNumberSortKey(a) < clientNumberSortKey(b) ? -1 : 1));
    expect(sorted).toEqual(['1', '2', '007', '10', '2024/7', '2024/17', 'A-2', 'A-10', 'B']);
  });
});
