import { diffClientFields } from './diff-client-fields';

describe('diffClientFields', () => {
  const before = {
    id: 'c1',
    version: 3,
    firstName: 'Anna',
    lastName: 'Kowalska',
    description: null,
    phones: [
      { id: 'p1', number: '+48600100200', isPrimary: true },
      { id: 'p2', number: '+48226214567', isPrimary: false },
    ],
    tags: ['VIP', 'Alergia'],
    birthday: { day: 14, month: 5, year: null },
    updatedAt: new Date('2025-01-01T00:00:00Z'),
  };

  it('reports nothing for the same card saved again (new ids, new order, new version)', () => {
    const after = {
      ...before,
      version: 4,
      description: undefined,
      phones: [
        { id: 'p9', number: '+48226214567', isPrimary: false },
        { id: 'p8', number: '+48600100200', isPrimary: true },
      ],
      tags: ['Alergia', 'VIP'],
      birthday: { year: null, month: 5, day: 14 },
      updatedAt: new Date('2025-02-01T00:00:00Z'),
    };
    expect(diffClientFields(before, after)).toEqual([]);
  });

  it('reports each changed field with its old and new value', () => {
    const after = { ...before, lastName: 'Nowak', tags: ['VIP'], description: 'Nowy opis', phones: [before.phones[0]] };
    expect(diffClientFields(before, after)).toEqual([
      { field: 'lastName', from: 'Kowalska', to: 'Nowak' },
      { field: 'description', from: null, to: 'Nowy opis' },
      { field: 'phones', from: before.phones, to: [before.phones[0]] },
      { field: 'tags', from: ['VIP', 'Alergia'], to: ['VIP'] },
    ]);
  });

  it('sees a change of the primary flag and of a date', () => {
    const after = {
      ...before,
      phones: before.phones.map((p) => ({ ...p, isPrimary: !p.isPrimary })),
      updatedAt: new Date('2030-01-01T00:00:00Z'),
    };
    expect(diffClientFields(before, after, { ignore: [] }).map((c) => c.field)).toEqual(['phones', 'updatedAt']);
  });
});
